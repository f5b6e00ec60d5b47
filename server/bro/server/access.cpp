#include "bro/server/access.h"

namespace bro::server {

std::optional<Role> roleFromString(std::string_view text)
{
    Role r;
    if (model::roleFromName(text, r))
        return r;
    return std::nullopt;
}

bool mayRead(const User &user, std::string_view kind, std::string_view field)
{
    return model::mayRead(user.role, kind, field);
}

bool mayWrite(const User &user, std::string_view kindName, std::string_view field)
{
    const model::KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return false;
    if (field == "attachment") // may attach a file to a record of this kind
        return model::mayAttachTo(user.role, *kind);
    if (kind->name == "attachment") // decided by the owner record (see Storage::push)
        return user.role == Role::Adviser;
    return !model::whyNotWrite(user.role, *kind, field, false) ||
           !model::whyNotWrite(user.role, *kind, field, true);
}

bool mayReadAttachment(const User &user, std::string_view ownerKind)
{
    const model::KindSpec *kind = model::findKind(ownerKind);
    if (!kind)
        return user.role == Role::Adviser;
    return model::mayReadAttachment(user.role, *kind);
}

} // namespace bro::server
