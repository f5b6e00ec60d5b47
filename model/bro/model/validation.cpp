#include "bro/model/validation.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace bro::model {

namespace {

using T = FieldType;
using Json = nlohmann::json;

ValidationError error(ErrorCode code, const std::string &field, const std::string &reason)
{
    return makeError(code, field, reason);
}

std::string formatNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

bool isDigits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

int number(std::string_view digits)
{
    int v = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), v);
    return v;
}

} // namespace

ValidationError makeError(ErrorCode code, const std::string &field, const std::string &reason)
{
    return ValidationError{code, field, field.empty() ? reason : field + ": " + reason, {}};
}

std::optional<Json> parseJson(std::string_view text, std::string *error, int maxDepth)
{
    bool tooDeep = false;
    Json::parser_callback_t limit = [&](int depth, Json::parse_event_t event, Json &) {
        if ((event == Json::parse_event_t::object_start ||
             event == Json::parse_event_t::array_start) &&
            depth >= maxDepth) {
            tooDeep = true;
            throw std::invalid_argument("too deep");
        }
        return true;
    };
    try {
        Json j = Json::parse(text.begin(), text.end(), limit, true, false);
        return j;
    } catch (const std::exception &e) {
        if (error)
            *error = tooDeep ? "nested deeper than " + std::to_string(maxDepth) + " levels"
                             : "malformed JSON";
        return std::nullopt;
    }
}

int jsonDepth(const Json &value)
{
    // Iterative, so that a deep value cannot exhaust the stack.
    int deepest = 0;
    std::vector<std::pair<const Json *, int>> todo{{&value, 0}};
    while (!todo.empty()) {
        auto [v, depth] = todo.back();
        todo.pop_back();
        if (!v->is_structured())
            continue;
        deepest = std::max(deepest, depth + 1);
        for (const auto &child : *v)
            todo.emplace_back(&child, depth + 1);
    }
    return deepest;
}

bool isValidDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!isDigits(s.substr(0, 4)) || !isDigits(s.substr(5, 2)) || !isDigits(s.substr(8, 2)))
        return false;
    const int y = number(s.substr(0, 4));
    const int m = number(s.substr(5, 2));
    const int d = number(s.substr(8, 2));
    if (m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int maxDay = (m == 2 && leap) ? 29 : days[m - 1];
    return d <= maxDay;
}

bool isValidDateTime(std::string_view s)
{
    // YYYY-MM-DDTHH:MM:SSZ
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    if (!isValidDate(s.substr(0, 10)))
        return false;
    auto two = [&](std::size_t at, int max) {
        auto p = s.substr(at, 2);
        return isDigits(p) && number(p) <= max;
    };
    return two(11, 23) && two(14, 59) && two(17, 59);
}

bool isCanonicalUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

bool isSha256Hex(std::string_view s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Json valueFromText(const FieldSpec &f, std::string_view text)
{
    if (text.empty())
        return nullptr;
    const std::string s(text);
    switch (f.type) {
    case T::Integer: {
        std::int64_t v = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && end == s.data() + s.size())
            return v;
        return s;
    }
    case T::Decimal: {
        std::string dotted = s;
        std::replace(dotted.begin(), dotted.end(), ',', '.');
        char *end = nullptr;
        const double v = std::strtod(dotted.c_str(), &end);
        if (end == dotted.c_str() + dotted.size() && std::isfinite(v))
            return v;
        return s;
    }
    case T::Boolean:
        for (const char *yes : {"true", "yes", "ja", "1"})
            if (s == yes)
                return true;
        for (const char *no : {"false", "no", "nei", "0"})
            if (s == no)
                return false;
        return s;
    default:
        return s;
    }
}

std::string fieldTypeName(FieldType type)
{
    switch (type) {
    case T::Text:
    case T::FreeText:
    case T::Date:
    case T::DateTime:
    case T::Enum:
    case T::Reference:
    case T::Sha256:
        return "a string";
    case T::Integer:
        return "a whole number";
    case T::Decimal:
        return "a number";
    case T::Boolean:
        return "true or false";
    }
    return "a value";
}

std::optional<ValidationError> validateValue(const FieldSpec &f, const Json &v)
{
    if (v.is_null())
        return f.required ? std::optional(error(ErrorCode::Required, f.name, "is required"))
                          : std::nullopt;

    switch (f.type) {
    case T::Integer:
        if (!v.is_number_integer())
            return error(ErrorCode::WrongType, f.name, "must be a whole number");
        break;
    case T::Decimal:
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            return error(ErrorCode::WrongType, f.name, "must be a number");
        break;
    case T::Boolean:
        if (!v.is_boolean())
            return error(ErrorCode::WrongType, f.name, "must be true or false");
        break;
    default:
        if (!v.is_string())
            return error(ErrorCode::WrongType, f.name, "must be " + fieldTypeName(f.type));
    }

    switch (f.type) {
    case T::Text:
    case T::FreeText: {
        const auto &s = v.get_ref<const std::string &>();
        const std::size_t limit = f.type == T::Text ? kMaxTextLength : kMaxFreeTextLength;
        // Count code points, not bytes: "Æøå" is three characters to the person typing.
        std::size_t chars = 0;
        for (unsigned char c : s)
            chars += (c & 0xC0) != 0x80;
        if (f.required && s.find_first_not_of(" \t\r\n") == std::string::npos)
            return error(ErrorCode::Required, f.name, "is required");
        // No one types it, and PostgreSQL's jsonb cannot hold it.
        if (s.find('\0') != std::string::npos)
            return error(ErrorCode::BadFormat, f.name, "must not contain the character U+0000");
        if (chars > limit)
            return error(ErrorCode::TooLong, f.name,
                         "is too long (" + std::to_string(chars) + " characters, at most " +
                             std::to_string(limit) + ")");
        break;
    }
    case T::Date: {
        const auto &s = v.get_ref<const std::string &>();
        if (!isValidDate(s))
            return error(ErrorCode::BadFormat, f.name,
                         "must be a date written YYYY-MM-DD (got \"" + s.substr(0, 40) + "\")");
        if (s < "1900-01-01" || s > "2100-12-31") {
            auto e = error(ErrorCode::OutOfRange, f.name,
                           "must be between 1900-01-01 and 2100-12-31 (got " + s + ")");
            e.args = {"1900-01-01", "2100-12-31"};
            return e;
        }
        break;
    }
    case T::DateTime:
        if (!isValidDateTime(v.get_ref<const std::string &>()))
            return error(ErrorCode::BadFormat, f.name,
                         "must be a UTC time written YYYY-MM-DDTHH:MM:SSZ");
        break;
    case T::Integer:
    case T::Decimal: {
        const double d = v.get<double>();
        if (d < f.min || d > f.max) {
            auto e = error(ErrorCode::OutOfRange, f.name,
                           "must be between " + formatNumber(f.min) + " and " +
                               formatNumber(f.max) + " (got " + formatNumber(d) + ")");
            e.args = {formatNumber(f.min), formatNumber(f.max)};
            return e;
        }
        break;
    }
    case T::Enum: {
        const auto &s = v.get_ref<const std::string &>();
        bool known = false;
        std::string list;
        for (const auto &allowed : f.values) {
            known = known || allowed == s;
            list += (list.empty() ? "" : ", ") + allowed;
        }
        if (!known)
            return error(ErrorCode::NotAllowed, f.name,
                         "must be one of " + list + " (got \"" + s.substr(0, 40) + "\")");
        break;
    }
    case T::Reference:
        if (!isCanonicalUuid(v.get_ref<const std::string &>()))
            return error(ErrorCode::BadFormat, f.name, "must be a record id (UUID)");
        break;
    case T::Sha256:
        if (!isSha256Hex(v.get_ref<const std::string &>()))
            return error(ErrorCode::BadFormat, f.name, "must be 64 lower-case hex digits");
        break;
    case T::Boolean:
        break;
    }
    return std::nullopt;
}

std::optional<ValidationError> validateRecord(const KindSpec &kind, const Json &record)
{
    if (!record.is_object())
        return error(ErrorCode::WrongType, "", "a record must be a JSON object");
    for (const auto &[name, value] : record.items()) {
        if (name == "id" || name == kDeletedField)
            continue;
        const FieldSpec *f = kind.field(name);
        if (!f)
            return error(ErrorCode::UnknownField, name, "is not a field of " + kind.name);
        if (auto e = validateValue(*f, value))
            return e;
    }
    for (const auto &f : kind.fields) {
        if (f.required && (!record.contains(f.name) || record[f.name].is_null()))
            return error(ErrorCode::Required, f.name, "is required");
    }
    auto str = [&](const char *n) -> std::string {
        auto it = record.find(n);
        return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (kind.field("start_date") && kind.field("end_date")) {
        const auto start = str("start_date"), end = str("end_date");
        if (!start.empty() && !end.empty() && end < start)
            return error(ErrorCode::EndBeforeStart, "end_date",
                         "must not be before start_date (" + start + ")");
    }
    return std::nullopt;
}

std::optional<ValidationError> validateChangeValue(const KindSpec &kind, std::string_view fieldName,
                                                   const Json &value)
{
    if (fieldName == kDeletedField) {
        if (!value.is_boolean() || !value.get<bool>())
            return error(ErrorCode::WrongType, "value",
                         "deleted: must be true (a deleted record is not restored)");
        return std::nullopt;
    }
    if (fieldName == kSignatureField) {
        if (!kind.signable)
            return error(ErrorCode::UnknownField, "field",
                         "a " + kind.name + " cannot be signed");
        if (!value.is_object())
            return error(ErrorCode::WrongType, "value", "a signature must be a JSON object");
        for (const auto &[key, v] : value.items())
            if (!isSignatureField(key) && key != "content")
                return error(ErrorCode::UnknownField, "value." + key,
                             "is not part of a signature (signed_by, signed_at, "
                             "signature_strokes, content)");
        for (const char *key : {"signed_by", "signed_at"}) {
            auto it = value.find(key);
            if (it == value.end() || it->is_null())
                return error(ErrorCode::Required, std::string("value.") + key, "is required");
        }
        for (const auto &f : kind.fields)
            if (isSignatureField(f.name) && value.contains(f.name))
                if (auto e = validateValue(f, value[f.name])) {
                    e->field = "value." + e->field;
                    e->message = "value." + e->message;
                    return e;
                }
        auto content = value.find("content");
        if (content == value.end() || !content->is_object())
            return error(ErrorCode::WrongType, "value.content",
                         "must be a JSON object with the signed fields");
        for (const auto &[key, v] : content->items())
            if (isSignatureField(key) || key == "id" || key == kDeletedField)
                return error(ErrorCode::NotAllowed, "value.content." + key,
                             "is not part of the signed content");
        if (auto e = validateRecord(kind, *content)) {
            e->field = "value.content." + e->field;
            e->message = "value.content." + e->message;
            return e;
        }
        return std::nullopt;
    }
    const FieldSpec *f = kind.field(fieldName);
    if (!f)
        return error(ErrorCode::UnknownField, "field",
                     "\"" + std::string(fieldName.substr(0, 60)) + "\" is not a field of " +
                         kind.name);
    if (isSignatureField(f->name))
        return error(ErrorCode::ReadOnly, f->name, "is set by signing off, not edited");
    FieldSpec optional = *f;
    optional.required = false; // a required field may still be cleared by a conflict merge
    if (auto e = validateValue(optional, value)) {
        e->message = "value: " + e->message;
        return e;
    }
    return std::nullopt;
}

} // namespace bro::model
