// What the records are: the catalogue of record kinds and their fields, and, as data on each
// kind, who may read, create, edit, delete and sign them and how a record's scope is derived.
// One place, Qt-free, used by the device store, the UI, the server and the tools alike; the
// rules themselves are applied by access.h and validation.h.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace bro::model {

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
inline constexpr std::size_t kMaxFreeTextLength = 20000;
// The pseudo-field that carries a record's tombstone (value true) through sync.
inline constexpr std::string_view kDeletedField = "deleted";
// The pseudo-field of a sign-off: value {signed_by, signed_at, signature_strokes, content}.
inline constexpr std::string_view kSignatureField = "signature";

// The people who use Bro. A programme leader sees a municipality's aggregates and no record.
enum class Role : std::uint8_t { Adviser, Mentor, Participant, Leader };

[[nodiscard]] const char *roleName(Role role);
[[nodiscard]] bool roleFromName(std::string_view name, Role &out);

// A set of roles, written Adviser | Mentor.
class Roles
{
public:
    constexpr Roles() = default;
    constexpr Roles(Role r) // NOLINT(google-explicit-constructor): a role is a set of one
        : m_bits(std::uint8_t(1u << unsigned(r)))
    {}
    [[nodiscard]] constexpr bool has(Role r) const { return m_bits & (1u << unsigned(r)); }
    [[nodiscard]] constexpr bool empty() const { return m_bits == 0; }
    friend constexpr Roles operator|(Roles a, Roles b) { return Roles(std::uint8_t(a.m_bits | b.m_bits)); }
    friend constexpr bool operator==(Roles, Roles) = default;

private:
    constexpr explicit Roles(std::uint8_t bits)
        : m_bits(bits)
    {}
    std::uint8_t m_bits = 0;
};

constexpr Roles operator|(Role a, Role b)
{
    return Roles(a) | Roles(b);
}

// How the server decides whose a record is (see access.h). Every record hangs under one
// participant through its parent chain; training-book records also under one training book,
// whose employer decides which mentors see them.
enum class ScopeRule {
    Participant,  // the participant record itself
    Parent,       // the scope of the record named by the parent field
    OwnerRecord,  // attachments: the scope of the owner record (any kind)
    // Records that belong to no participant: an employer (and, through Parent, its needs) is
    // shared by the advisers of the municipality its municipalityField names; the mentors of
    // the employer its employerNameField names read it as the kind's read roles say
    // (reachesEmployerRecord() in access.h).
    Municipality,
};

// How a text field's content is checked beyond its length.
enum class TextFormat : std::uint8_t {
    Plain,
    // A Norwegian organisation number: nine digits (spaces allowed between groups), the last
    // a MOD11 check digit over the first eight with weights 3 2 7 6 5 4 3 2.
    OrganisationNumber,
};

struct FieldSpec
{
    std::string name;
    FieldType type = FieldType::Text;
    bool required = false;
    // Special-category data (health, family): read and written by advisers only, whatever the
    // kind's roles say.
    bool sensitive = false;
    // Set when the record is created and never changed after: the parent reference, what
    // places the record in a scope (a training book's employer), an attachment's owner and
    // file. A change of it is refused with the field named.
    bool immutable = false;
    // Every value the field had is kept with its stamp (a participant's track and phase: the
    // reporting dates follow from when they changed).
    bool history = false;
    std::vector<std::string> values; // Enum
    double min = 0;                  // Integer, Decimal
    double max = 0;
    std::string refKind; // Reference
    TextFormat format = TextFormat::Plain; // Text
    // Who reads / writes this field, when it differs from the kind's roles (e.g. a mentor
    // reads a participant's name and nothing else of the record). Empty: the kind's roles.
    Roles readers;
    Roles writers;
};

struct KindSpec
{
    std::string name;        // also the table name
    std::string parentField; // the reference that places the record under its owner
    std::string titleField;  // the field a list shows and searches
    bool appendOnly = false; // written once, never edited: a correction is a new record
    bool signable = false;   // carries signed_by/signed_at; signed records are immutable
    ScopeRule scope = ScopeRule::Parent;
    // The training-book scope starts here: the record's employer field decides which mentors
    // see the book and everything under it.
    std::string employerField;
    // ScopeRule::Municipality: the (immutable) fields that place the record with the
    // advisers of a municipality and with the mentors of an employer.
    std::string municipalityField;
    std::string employerNameField;
    std::vector<FieldSpec> fields;

    // Who may, within their scope (access.h):
    Roles read;   // read records of the kind (fields may narrow it)
    Roles create; // create records of the kind
    Roles edit;   // change fields of existing records (fields may narrow it)
    Roles remove; // delete records (a tombstone)
    Roles sign;   // sign records off (signable kinds)

    [[nodiscard]] const FieldSpec *field(std::string_view name) const;
};

// The fields a sign-off sets (who, when, and the drawn signature as vector strokes); they are
// carried by the one "signature" change and are not part of the signed content.
[[nodiscard]] bool isSignatureField(std::string_view field);

[[nodiscard]] const std::vector<KindSpec> &recordKinds();
[[nodiscard]] const KindSpec *findKind(std::string_view name);

// The kinds under a training book (the book itself included): their scope carries the book's
// employer.
[[nodiscard]] bool isTrainingBookKind(const KindSpec &kind);
// The kinds under an employer (the employer itself included): no participant's, shared within
// a municipality. nullptr when the kind is not one; otherwise the employer kind at the root.
[[nodiscard]] const KindSpec *employerRootOf(const KindSpec &kind);

// The CEFR levels a Norwegian skill is given in, lowest first; the index is the level's rank.
[[nodiscard]] const std::vector<std::string> &cefrLevels();
// The rank of a level in cefrLevels(), -1 for anything else (no level).
[[nodiscard]] int cefrRank(std::string_view level);
// The four skills of the Norwegian level, as the field suffixes of mapping and employer_need.
[[nodiscard]] const std::vector<std::string> &norwegianSkills();

} // namespace bro::model
