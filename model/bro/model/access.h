// Who may do what, from the rules on each kind in the catalogue (catalogue.h). The server, the
// device store and the UI all ask these functions, so that a device never offers or stores
// what the server would refuse.
//
// Within their scope (whose records a user reaches is the server's business: an adviser's
// caseload, a mentor's placements, a participant's own record):
//  * a role reads a field when the kind's read roles (or the field's own readers) hold it;
//    sensitive fields (health, family) only advisers read or write, whatever the kind says;
//  * a role creates, edits (per field), deletes and signs records as the kind says;
//    signature fields are set by signing only; immutable fields only when a record is made;
//  * attachments follow their owner record: a role reads an attachment (and its file) when
//    it may read every field of the owner record, and attaches files to records of kinds it
//    may create (mentors: their logbook entries, assessments, feedback, HSE items;
//    participants: their self-evaluations);
//  * a programme leader reads no record at all (only aggregates, computed on the server).
#pragma once

#include "bro/model/catalogue.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace bro::model {

[[nodiscard]] bool mayRead(Role role, const KindSpec &kind, const FieldSpec &field);
// The kind and field by name; "deleted" and "signature" follow the kind's read roles.
[[nodiscard]] bool mayRead(Role role, std::string_view kind, std::string_view field);
// Any field of the kind.
[[nodiscard]] bool mayReadKind(Role role, const KindSpec &kind);
// Every field of the kind, sensitive ones included.
[[nodiscard]] bool mayReadWhole(Role role, const KindSpec &kind);

[[nodiscard]] bool mayCreate(Role role, const KindSpec &kind);
[[nodiscard]] bool mayEdit(Role role, const KindSpec &kind, const FieldSpec &field);
[[nodiscard]] bool mayDelete(Role role, const KindSpec &kind);
[[nodiscard]] bool maySign(Role role, const KindSpec &kind);

[[nodiscard]] bool mayReadAttachment(Role role, const KindSpec &ownerKind);
[[nodiscard]] bool mayAttachTo(Role role, const KindSpec &ownerKind);

// Whether the role may make this change of a record of the kind (a field's value, "deleted"
// or "signature"), creating the record (the changes that make it, in one write) or changing
// an existing one. nullopt when allowed; otherwise the reason, naming the field
// ("health_notes: mentors may not write it (special-category data: advisers only)").
[[nodiscard]] std::optional<std::string> whyNotWrite(Role role, const KindSpec &kind,
                                                     std::string_view field, bool creating);

// Fields written once: immutable fields (parents, a book's employer, an attachment's owner and
// file) and every field of an append-only kind. Whether a field with value current may take
// value next: a write-once field that has a value keeps it, whatever the stamp of the change.
[[nodiscard]] bool isWriteOnce(const KindSpec &kind, const FieldSpec &field);
[[nodiscard]] std::optional<std::string> whyNotChange(const KindSpec &kind, const FieldSpec &field,
                                                      const nlohmann::json &current,
                                                      const nlohmann::json &next);

// Whether a record may be deleted: a signed-off record never is, unless it is deleted already
// (a signature that had not seen a delete is kept beside it as an edit after the delete, and
// another delete agrees with what every replica holds). nullopt when allowed.
[[nodiscard]] std::optional<std::string> whyNotDelete(const KindSpec &kind, bool signedOff,
                                                      bool deletedAlready);

// Whose are the records that belong to no participant (an employer and its needs, kinds under
// a ScopeRule::Municipality root): the advisers of the employer's municipality, and the
// mentors of that employer (who then read what the kind's read roles leave them: the employer
// record, no need). Nobody else: participants and programme leaders, an adviser without a
// municipality, a mentor of another employer. Empty values never match.
struct EmployerScope
{
    std::string municipality; // the employer record's municipality field
    std::string employer;     // its name, what mentors' accounts and training books name
};
[[nodiscard]] bool reachesEmployerRecord(Role role, std::string_view userMunicipality,
                                         std::string_view userEmployer,
                                         const EmployerScope &scope);

} // namespace bro::model
