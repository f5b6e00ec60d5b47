#include "bro/sync/change.h"

#include "bro/sync/merge.h"

#include <bro/model/validation.h>

#include <charconv>
#include <cstdint>

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
// UTF-8 as RFC 3629 has it (no overlong forms, no surrogates, nothing above U+10FFFF): what
// the JSON parser accepts inside a string.
bool isUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = p + text.size();
    while (p < end) {
        const unsigned lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int follow = 0;
        unsigned low = 0x80, high = 0xBF; // the range of the first continuation byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            follow = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            follow = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            follow = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (end - p <= follow || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i <= follow; ++i)
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        p += follow + 1;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A plain string, a short integer or decimal, or a literal, read as the JSON parser reads
// it; nullopt for anything else (escapes, exponents, long numbers, arrays, objects, errors).
std::optional<nlohmann::json> plainValue(std::string_view text)
{
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        const std::string_view inner = text.substr(1, text.size() - 2);
        for (char c : inner)
            if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20)
                return std::nullopt;
        if (!isUtf8(inner))
            return std::nullopt;
        return nlohmann::json(std::string(inner));
    }
    if (text == "true")
        return nlohmann::json(true);
    if (text == "false")
        return nlohmann::json(false);
    if (text == "null")
        return nlohmann::json(nullptr);
    // -?(0|[1-9][0-9]*)(\.[0-9]+)? with at most 15 digits (no overflow, no exponent): from_chars
    // and the parser's strtod both round correctly, so they give the same number.
    std::size_t i = text.size() > 0 && text[0] == '-' ? 1 : 0;
    const std::size_t intStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    const std::size_t intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && text[intStart] == '0'))
        return std::nullopt;
    std::size_t fracDigits = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        const std::size_t fracStart = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        fracDigits = i - fracStart;
        if (fracDigits == 0)
            return std::nullopt;
    }
    if (i != text.size() || intDigits + fracDigits > 15)
        return std::nullopt;
    const char *first = text.data(), *last = text.data() + text.size();
    if (fracDigits > 0) {
        double d = 0;
        if (std::from_chars(first, last, d).ptr != last)
            return std::nullopt;
        return nlohmann::json(d);
    }
    if (intStart == 1) { // the parser keeps a negative integer (and -0) signed
        std::int64_t n = 0;
        if (std::from_chars(first, last, n).ptr != last)
            return std::nullopt;
        return nlohmann::json(n);
    }
    std::uint64_t n = 0; // and a non-negative one unsigned
    if (std::from_chars(first, last, n).ptr != last)
        return std::nullopt;
    return nlohmann::json(n);
}

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

nlohmann::json valueFromText(std::string_view text, bool allowExceptions)
{
    if (auto plain = plainValue(text))
        return std::move(*plain);
    return nlohmann::json::parse(text, nullptr, allowExceptions);
}

} // namespace bro::sync
