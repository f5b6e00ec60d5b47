#include "bro/sync/change.h"

#include "bro/sync/merge.h"

#include <bro/model/validation.h>

namespace bro::sync {

void to_json(nlohmann::json &j, const Change &c)
{
    j = nlohmann::json{{"op", c.opId},
                       {"kind", c.kind},
                       {"id", c.recordId},
                       {"field", c.field},
                       {"value", c.value},
                       {"base", c.baseVersion},
                       {"hlc", c.stamp.toString()},
                       {"device", c.deviceId}};
}

namespace {
// The ids and the field name (checked before the stamp is read, whatever the encoding).
std::string idsError(const Change &c)
{
    if (!model::isCanonicalUuid(c.opId))
        return "op: not a UUID in lower case";
    if (!model::isCanonicalUuid(c.recordId))
        return "id: not a UUID in lower case";
    if (!model::isCanonicalUuid(c.deviceId))
        return "device: not a device id (a UUID in lower case)";
    if (c.field.empty() || c.field.size() > 64)
        return "field: not a field name";
    return {};
}

// Whether a value holds a CBOR byte string anywhere. JSON has no form for one: it would be
// written as {"bytes": [...], "subtype": ...} and read back as that object, so replicas that
// got it by JSON and by CBOR would hold different values.
bool holdsBytes(const nlohmann::json &v)
{
    if (v.is_binary())
        return true;
    if (v.is_structured())
        for (const auto &item : v)
            if (holdsBytes(item))
                return true;
    return false;
}

} // namespace

std::string changeFormError(const Change &c)
{
    if (std::string why = idsError(c); !why.empty())
        return why;
    if (holdsBytes(c.value))
        return "value: a byte string has no JSON form (send text, a number, true/false, null, a "
               "list or an object)";
    if (c.stamp.device != c.deviceId)
        return "hlc: device does not match the change's device";
    // The base is one stamp, stamps joined by ',' (free text), or "field=stamp;..." (what a
    // delete or a signature saw); see merge.h.
    if (c.baseVersion.find('=') != std::string::npos) {
        for (const auto &[field, stamp] : decodeSeen(c.baseVersion))
            if (!stamp.empty() && !HlcStamp::parse(stamp))
                return "base: not a hybrid logical clock stamp";
    } else {
        for (const auto &stamp : splitStamps(c.baseVersion))
            if (!HlcStamp::parse(stamp))
                return "base: not a hybrid logical clock stamp";
    }
    return {};
}

std::optional<Change> changeFromJson(const nlohmann::json &j, std::string *error)
{
    auto fail = [error](std::string why) -> std::optional<Change> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    if (!j.is_object())
        return fail("change: must be a JSON object");
    for (const char *key : {"op", "kind", "id", "field", "base", "hlc", "device"}) {
        auto it = j.find(key);
        if (it == j.end())
            return fail(std::string(key) + ": missing");
        if (!it->is_string())
            return fail(std::string(key) + ": must be a string");
    }
    if (!j.contains("value"))
        return fail("value: missing");

    Change c;
    c.opId = j["op"].get<std::string>();
    c.kind = j["kind"].get<std::string>();
    c.recordId = j["id"].get<std::string>();
    c.field = j["field"].get<std::string>();
    c.value = j["value"];
    c.baseVersion = j["base"].get<std::string>();
    c.deviceId = j["device"].get<std::string>();
    if (std::string why = idsError(c); !why.empty())
        return fail(std::move(why));
    auto stamp = HlcStamp::parse(j["hlc"].get<std::string>());
    if (!stamp)
        return fail("hlc: not a hybrid logical clock stamp");
    c.stamp = *stamp;
    if (std::string why = changeFormError(c); !why.empty())
        return fail(std::move(why));
    return c;
}

} // namespace bro::sync
