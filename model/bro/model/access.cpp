#include "bro/model/access.h"

namespace bro::model {

namespace {

Roles readersOf(const KindSpec &kind, const FieldSpec &field)
{
    if (field.sensitive)
        return Role::Adviser;
    return field.readers.empty() ? kind.read : field.readers;
}

Roles writersOf(const KindSpec &kind, const FieldSpec &field, bool creating)
{
    if (field.sensitive)
        return Role::Adviser;
    if (!field.writers.empty())
        return field.writers;
    return creating ? kind.create : kind.edit;
}

} // namespace

bool mayRead(Role role, const KindSpec &kind, const FieldSpec &field)
{
    return readersOf(kind, field).has(role);
}

bool mayRead(Role role, std::string_view kindName, std::string_view fieldName)
{
    const KindSpec *kind = findKind(kindName);
    if (!kind)
        return false;
    if (const FieldSpec *f = kind->field(fieldName))
        return mayRead(role, *kind, *f);
    return kind->read.has(role); // deleted, signature
}

bool mayReadKind(Role role, const KindSpec &kind)
{
    if (kind.read.has(role))
        return true;
    for (const auto &f : kind.fields)
        if (mayRead(role, kind, f))
            return true;
    return false;
}

bool mayReadWhole(Role role, const KindSpec &kind)
{
    if (!kind.read.has(role))
        return false;
    for (const auto &f : kind.fields)
        if (!mayRead(role, kind, f))
            return false;
    return true;
}

bool mayCreate(Role role, const KindSpec &kind)
{
    return kind.create.has(role);
}

bool mayEdit(Role role, const KindSpec &kind, const FieldSpec &field)
{
    if (isSignatureField(field.name) || isWriteOnce(kind, field))
        return false;
    return writersOf(kind, field, false).has(role);
}

bool mayDelete(Role role, const KindSpec &kind)
{
    return kind.remove.has(role);
}

bool maySign(Role role, const KindSpec &kind)
{
    return kind.signable && kind.sign.has(role);
}

bool mayReadAttachment(Role role, const KindSpec &ownerKind)
{
    return ownerKind.name != "attachment" && mayReadWhole(role, ownerKind);
}

bool mayAttachTo(Role role, const KindSpec &ownerKind)
{
    return ownerKind.name != "attachment" && mayCreate(role, ownerKind) &&
           mayReadAttachment(role, ownerKind);
}

std::optional<std::string> whyNotWrite(Role role, const KindSpec &kind, std::string_view field,
                                       bool creating)
{
    const std::string who = std::string(roleName(role)) + "s";
    if (field == kDeletedField) {
        if (!mayDelete(role, kind))
            return "deleted: " + who + " may not delete a " + kind.name;
        return std::nullopt;
    }
    if (field == kSignatureField) {
        if (!maySign(role, kind))
            return "signature: " + who + " may not sign a " + kind.name;
        return std::nullopt;
    }
    if (creating && !mayCreate(role, kind))
        return "kind: " + who + " may not create a " + kind.name;
    const FieldSpec *f = kind.field(field);
    if (!f)
        return std::string(field) + ": is not a field of " + kind.name;
    if (isSignatureField(f->name))
        return f->name + ": is set by signing off, not edited";
    if (!writersOf(kind, *f, creating).has(role))
        return f->name + ": " + who + " may not write it" +
               (f->sensitive ? " (special-category data: advisers only)" : "");
    return std::nullopt;
}

bool isWriteOnce(const KindSpec &kind, const FieldSpec &field)
{
    return field.immutable || (kind.appendOnly && !isSignatureField(field.name));
}

std::optional<std::string> whyNotDelete(const KindSpec &kind, bool signedOff, bool deletedAlready)
{
    if (kind.signable && signedOff && !deletedAlready)
        return "the " + kind.name + " is signed off and cannot be deleted";
    return std::nullopt;
}

std::optional<std::string> whyNotChange(const KindSpec &kind, const FieldSpec &field,
                                        const nlohmann::json &current, const nlohmann::json &next)
{
    if (!isWriteOnce(kind, field) || current.is_null() || current == next)
        return std::nullopt;
    if (field.immutable)
        return field.name + ": is set when the " + kind.name +
               " is made and cannot be changed (a record never moves)";
    return field.name + ": a " + kind.name + " is not changed once written";
}

bool reachesEmployerRecord(Role role, std::string_view userMunicipality,
                           std::string_view userEmployer, const EmployerScope &scope)
{
    switch (role) {
    case Role::Adviser:
        return !userMunicipality.empty() && userMunicipality == scope.municipality;
    case Role::Mentor:
        return !userEmployer.empty() && userEmployer == scope.employer;
    case Role::Participant:
    case Role::Leader:
        return false;
    }
    return false;
}

} // namespace bro::model
