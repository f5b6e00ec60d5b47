// The catalogue of record kinds and their fields, and the validation rules for them.
// One place, Qt-free, used by the device store, the server and the tools alike.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::sync {

enum class FieldType {
    Text,     // one line, at most kMaxTextLength characters
    FreeText, // several lines, at most kMaxFreeTextLength characters; concurrent edits conflict
    Date,     // "YYYY-MM-DD"
    DateTime, // "YYYY-MM-DDTHH:MM:SSZ" (UTC)
    Integer,  // whole number within [min, max]
    Decimal,  // number within [min, max]
    Boolean,
    Enum,      // one of values
    Reference, // UUID of a record of refKind (or of any kind if refKind is empty)
    Sha256,    // 64 lower-case hex digits
};

inline constexpr std::size_t kMaxTextLength = 200;
// The pseudo-field that carries a record's tombstone (value true) through sync.
inline constexpr std::string_view kDeletedField = "deleted";
inline constexpr std::size_t kMaxFreeTextLength = 20000;

struct FieldSpec
{
    std::string name;
    FieldType type = FieldType::Text;
    bool required = false;
    bool sensitive = false; // special-category data beyond the record itself (advisers only)
    std::vector<std::string> values; // Enum
    double min = 0;                  // Integer, Decimal
    double max = 0;
    std::string refKind; // Reference
};

struct KindSpec
{
    std::string name;        // also the table name
    std::string parentField; // the reference that places the record under its owner
    std::string titleField;  // the field a list shows and searches
    bool appendOnly = false; // written once, never edited: a correction is a new record
    bool signable = false;   // carries signed_by/signed_at; signed records are immutable
    std::vector<FieldSpec> fields;

    [[nodiscard]] const FieldSpec *field(std::string_view name) const;
};

// The fields a sign-off sets (who, when, and the drawn signature as vector strokes); they are
// carried by the one "signature" change and are not part of the signed content.
[[nodiscard]] bool isSignatureField(std::string_view field);

[[nodiscard]] const std::vector<KindSpec> &recordKinds();
[[nodiscard]] const KindSpec *findKind(std::string_view name);

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
    ReadOnly,
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

// Checks one value against its field. null is accepted for optional fields.
[[nodiscard]] std::optional<ValidationError> validateValue(const FieldSpec &field,
                                                           const nlohmann::json &value);

// Checks a whole record (all its fields after the edit): required fields and the rules that
// tie fields together (an end date not before its start date).
[[nodiscard]] std::optional<ValidationError> validateRecord(const KindSpec &kind,
                                                            const nlohmann::json &record);

// A value typed as text (a command line's field=value) in its field's JSON type: "" clears
// the field; numbers take a decimal point or comma; booleans are true/false, yes/no, ja/nei,
// 1/0. Text that does not fit the type is passed on as a string, so that validation names
// the field and the reason.
[[nodiscard]] nlohmann::json valueFromText(const FieldSpec &field, std::string_view text);

[[nodiscard]] bool isValidDate(std::string_view iso);
[[nodiscard]] std::string fieldTypeName(FieldType type);

} // namespace bro::sync
