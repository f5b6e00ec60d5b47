// Who may read and write what: the server's access rules, in one place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bro::server {

enum class Role { Adviser, Mentor, Participant };

[[nodiscard]] std::optional<Role> roleFromString(std::string_view text);
[[nodiscard]] std::string roleName(Role role);

struct User
{
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Adviser;
    std::string employer;      // mentors: the employer whose placements they see
    std::string participantId; // participants: their own participant record
};

// Whether the user may read this field of a record of this kind, given that the record's
// participant is within the user's scope (caseload, placement or self).
//  * advisers read everything of their caseload;
//  * mentors read the training books, competence goals, logbook entries, assessments and
//    employer feedback of participants placed with their employer, and those participants'
//    names: no mapping, no health or family notes, no meetings, no plans;
//  * participants read their own record, plan, measures, training book and its entries,
//    assessments and their self-evaluations.
[[nodiscard]] bool mayRead(const User &user, std::string_view kind, std::string_view field);

// Whether the user may write this field (or create/delete/sign) a record of this kind within
// their scope: advisers everything in their caseload; mentors logbook entries, assessments,
// sign-offs and employer feedback of their placements; participants self-evaluations.
[[nodiscard]] bool mayWrite(const User &user, std::string_view kind, std::string_view field);

// Whether the user may read an attachment (its record and its bytes) whose owner record is of
// ownerKind, given that the owner's participant is within the user's scope: advisers every
// attachment; mentors those on training-book records (never on a mapping, a plan, a health
// note or the participant record itself); participants those on records they may read in
// full. An owner the server does not know (ownerKind "") leaves the attachment to advisers.
// Writing attachment records: advisers; mentors only on the records they may write (checked
// by the storage, which knows the owner record's kind).
[[nodiscard]] bool mayReadAttachment(const User &user, std::string_view ownerKind);

} // namespace bro::server
