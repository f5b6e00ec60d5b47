#include "bro/server/access.h"

#include <algorithm>
#include <array>

namespace bro::server {

namespace {

template<std::size_t N>
bool oneOf(std::string_view v, const std::array<std::string_view, N> &list)
{
    return std::find(list.begin(), list.end(), v) != list.end();
}

constexpr std::array<std::string_view, 6> kTrainingBookKinds = {
    "training_book", "competence_goal",   "hse_item",
    "logbook_entry", "assessment",        "employer_feedback"};
constexpr std::array<std::string_view, 4> kMentorWrites = {"logbook_entry", "assessment",
                                                           "employer_feedback", "hse_item"};
constexpr std::array<std::string_view, 8> kParticipantReads = {
    "plan",          "measure",    "training_book",   "competence_goal", "hse_item",
    "logbook_entry", "assessment", "self_evaluation"};

} // namespace

std::optional<Role> roleFromString(std::string_view text)
{
    if (text == "adviser")
        return Role::Adviser;
    if (text == "mentor")
        return Role::Mentor;
    if (text == "participant")
        return Role::Participant;
    return std::nullopt;
}

std::string roleName(Role role)
{
    switch (role) {
    case Role::Adviser:
        return "adviser";
    case Role::Mentor:
        return "mentor";
    case Role::Participant:
        return "participant";
    }
    return "unknown";
}

bool mayRead(const User &user, std::string_view kind, std::string_view field)
{
    switch (user.role) {
    case Role::Adviser:
        return true;
    case Role::Mentor:
        if (kind == "participant")
            return field == "name";
        return oneOf(kind, kTrainingBookKinds);
    case Role::Participant:
        if (kind == "participant")
            return true;
        return oneOf(kind, kParticipantReads);
    }
    return false;
}

bool mayReadAttachment(const User &user, std::string_view ownerKind)
{
    switch (user.role) {
    case Role::Adviser:
        return true;
    case Role::Mentor:
        return oneOf(ownerKind, kTrainingBookKinds);
    case Role::Participant:
        return ownerKind == "participant" || oneOf(ownerKind, kParticipantReads);
    }
    return false;
}

bool mayWrite(const User &user, std::string_view kind, std::string_view field)
{
    switch (user.role) {
    case Role::Adviser:
        return true;
    case Role::Mentor:
        return oneOf(kind, kMentorWrites) && field != "deleted";
    case Role::Participant:
        return kind == "self_evaluation" && field != "deleted";
    }
    return false;
}

} // namespace bro::server
