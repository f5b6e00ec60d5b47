// The server's view of a user, and the model's access rules (bro/model/access.h) applied to it.
#pragma once

#include <bro/model/access.h>
#include <bro/model/catalogue.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bro::server {

using model::Role;

[[nodiscard]] std::optional<Role> roleFromString(std::string_view text);

struct User
{
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Adviser;
    std::string employer;      // mentors: the employer whose placements they see
    std::string participantId; // participants: their own participant record
    std::string municipality;  // programme leaders: the municipality whose figures they see
};

// The model's rules by kind and field name (unknown kinds: nothing).
[[nodiscard]] bool mayRead(const User &user, std::string_view kind, std::string_view field);
[[nodiscard]] bool mayWrite(const User &user, std::string_view kind, std::string_view field);
// An attachment whose owner record is of ownerKind ("" when the server does not know it:
// advisers only).
[[nodiscard]] bool mayReadAttachment(const User &user, std::string_view ownerKind);

} // namespace bro::server
