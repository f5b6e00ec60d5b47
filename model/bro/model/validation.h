// Validation of everything a record or a change carries, by the same code on the device and on
// the server: a value against its field (type, length, format, range, enum), a whole record
// (required fields, an end not before its start), a change of one field (the pseudo-fields
// "deleted" and "signature" included: a signature's content is checked field by field like
// any edit), JSON nesting depth, and the strict forms of ids. Errors name the field and the
// reason, in English; ErrorCode and args let the UI translate them.
#pragma once

#include "bro/model/catalogue.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::model {

enum class ErrorCode {
    UnknownKind,
    UnknownField,
    UnknownRecord,
    Required,
    WrongType,
    TooLong,
    BadFormat,
    OutOfRange,
    NotAllowed, // enum value not in the list
    EndBeforeStart,
    UnknownReference,
    ReadOnly,  // immutable, signed off or append-only: a change is refused
    Forbidden, // the user's role may not do this
    TooDeep,   // JSON nested deeper than kMaxJsonDepth
    Storage,
};

struct ValidationError
{
    ErrorCode code = ErrorCode::Storage;
    std::string field;             // the field the error is about ("" for the whole record)
    std::string message;           // English, names the field and the reason
    std::vector<std::string> args; // OutOfRange: {min, max}; for translated messages

    [[nodiscard]] std::string text() const { return message; }
};

[[nodiscard]] ValidationError makeError(ErrorCode code, const std::string &field,
                                        const std::string &reason);

// Nesting deeper than this is refused before it is parsed any further: no record needs more
// than a push body {changes: [{value: {content: {...}}}]}, and deep nesting costs stack in
// every later step (comparison, serialisation, destruction).
inline constexpr int kMaxJsonDepth = 16;

// Parses JSON text with a nesting limit. nullopt (and *error, if given) for malformed text or
// nesting deeper than maxDepth.
[[nodiscard]] std::optional<nlohmann::json> parseJson(std::string_view text,
                                                      std::string *error = nullptr,
                                                      int maxDepth = kMaxJsonDepth);
// The nesting depth of a value (a scalar is 0, [] and {} are 1).
[[nodiscard]] int jsonDepth(const nlohmann::json &value);

// Checks one value against its field. null is accepted for optional fields.
[[nodiscard]] std::optional<ValidationError> validateValue(const FieldSpec &field,
                                                           const nlohmann::json &value);

// Checks a whole record (all its fields after the edit): required fields and the rules that
// tie fields together (an end date not before its start date).
[[nodiscard]] std::optional<ValidationError> validateRecord(const KindSpec &kind,
                                                            const nlohmann::json &record);

// Checks what one change of a record carries, without looking at any other record:
//  * "deleted": true (a record is never restored by sync);
//  * "signature" (signable kinds only): an object with signed_by, signed_at (both required),
//    signature_strokes and content; content holds fields of the kind (no signature fields)
//    with valid values, and as a whole passes validateRecord;
//  * any other field: a field of the kind, not a signature field (those are set by signing
//    only), with a valid value (null allowed: a required field may be cleared by a merge).
[[nodiscard]] std::optional<ValidationError>
validateChangeValue(const KindSpec &kind, std::string_view field, const nlohmann::json &value);

// A value typed as text (a command line's field=value) in its field's JSON type: "" clears
// the field; numbers take a decimal point or comma; booleans are true/false, yes/no, ja/nei,
// 1/0. Text that does not fit the type is passed on as a string, so that validation names
// the field and the reason.
[[nodiscard]] nlohmann::json valueFromText(const FieldSpec &field, std::string_view text);

// A Norwegian organisation number (Brønnøysund): nine digits, spaces between groups allowed,
// the ninth a MOD11 check digit over the first eight (weights 3 2 7 6 5 4 3 2; a remainder of
// 1 gives no valid number). nullopt when valid; otherwise the reason, without the field name.
[[nodiscard]] std::optional<std::string> whyNotOrganisationNumber(std::string_view text);
// The digits only ("974 760 673" -> "974760673").
[[nodiscard]] std::string normalisedOrganisationNumber(std::string_view text);

[[nodiscard]] bool isValidDate(std::string_view iso);
[[nodiscard]] bool isValidDateTime(std::string_view iso);
[[nodiscard]] std::string fieldTypeName(FieldType type);

// Record, op and device ids: a UUID in its canonical lower-case form
// (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), nothing else: no separators, no upper case, no
// braces, so that an id can be embedded in stamps and lists without escaping.
[[nodiscard]] bool isCanonicalUuid(std::string_view text);
[[nodiscard]] bool isSha256Hex(std::string_view text);

} // namespace bro::model
