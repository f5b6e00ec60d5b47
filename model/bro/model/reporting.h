// The seminar's reporting form (seed 001, "Verktøy 2: Rapporteringsskjema"), one participant at
// a time: the eight dates, each proposed from what Bro already holds, confirmed (or typed
// otherwise) by the adviser, and a notice when the source changed after the confirmation.
// Pure functions over plain structs, Qt-free, used by the app (the form, the caseload's
// figures, the exports) and by the server (a municipality's figures) alike.
//
// What each date is proposed from (the earliest candidate wins; on a tie, the first source
// listed; records that are deleted never reach these functions):
//   programme_start          the participant's programme_start field
//   fast_track_start         the first change of the participant's track to fast_track (the
//                            track's history, from the change log; the value set when the
//                            participant was created counts as a change on that day)
//   wage_subsidy_start       the start date of a measure of type wage_subsidy (not
//                            cancelled), or of an employment with a wage subsidy
//   work_training_start      the start date of a measure of type work_training (not cancelled)
//   work_over_70_start       the start date of an employment without wage subsidy of more than
//                            70 % of a full position
//   work_under_70_start      the same for 70 % or less
//   ended_fast_track_without_result
//                            the first change of the track away from fast_track after it
//                            started, when no work (an employment without wage subsidy) had
//                            started on or before that day and the programme did not end on
//                            that day
//   ended_programme_without_result
//                            the participant's programme_end field, or else the first change
//                            of the phase to "after", when the fast track had started on or
//                            before that day, had not ended earlier, and no work had started
//                            on or before it
//
// The reporting record (kind "reporting", one per participant) holds, for each date D, the
// confirmed value in the field D and, in D_basis, the proposal the adviser saw when they
// confirmed (encodeBasis(): which source, which record, which date; never a translated text).
// A date is confirmed when either field is set: D_basis without D confirms "no such date".
// The confirmed value is what is reported; until then the proposal is. When the proposal
// today is not the one confirmed, the form carries a notice (DateEntry::sourceChanged).
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::model::reporting {

// --- dates -------------------------------------------------------------------------------------

// Days since 1970-01-01 of a valid "YYYY-MM-DD"; nullopt for anything else.
[[nodiscard]] std::optional<std::int64_t> dayNumber(std::string_view isoDate);
// "YYYY-MM-DD" of a day number (inverse of dayNumber).
[[nodiscard]] std::string isoDate(std::int64_t dayNumber);
// The UTC day of a moment given in milliseconds since the epoch (an HLC stamp's physical part).
[[nodiscard]] std::string isoDateOfMillis(std::int64_t millis);

// --- what Bro holds about one participant --------------------------------------------------------

// A field's value from a day on (one entry of its history, oldest first). "" is a cleared field.
struct FieldChange
{
    std::string date;
    std::string value;
};

struct MeasureFacts
{
    std::string id;
    std::string type;   // measure.type: wage_subsidy, work_training, ...
    std::string status; // planned, ongoing, completed, cancelled
    std::string employer;
    std::string startDate;
    std::string endDate;
};

struct EmploymentFacts
{
    std::string id;
    std::string employer;
    std::string startDate;
    std::string endDate;
    double percent = 0; // of a full position
    bool wageSubsidy = false;
};

struct TrainingBookFacts
{
    std::string id;
    std::string employer;
    std::string startDate;
    std::string endDate;
};

// The eight dates, in the form's order; their names are the reporting record's fields.
enum class DateField : std::uint8_t {
    ProgrammeStart,
    FastTrackStart,
    WageSubsidyStart,
    WorkTrainingStart,
    WorkOver70Start,
    WorkUnder70Start,
    EndedFastTrackWithoutResult,
    EndedProgrammeWithoutResult,
};
inline constexpr std::size_t kDateFieldCount = 8;
inline constexpr std::array<DateField, kDateFieldCount> kDateFields = {
    DateField::ProgrammeStart,
    DateField::FastTrackStart,
    DateField::WageSubsidyStart,
    DateField::WorkTrainingStart,
    DateField::WorkOver70Start,
    DateField::WorkUnder70Start,
    DateField::EndedFastTrackWithoutResult,
    DateField::EndedProgrammeWithoutResult};

// "programme_start", ... : the reporting record's field of the confirmed value.
[[nodiscard]] const char *dateFieldName(DateField field);
// "programme_start_basis", ...: the field that keeps the proposal that was confirmed.
[[nodiscard]] std::string basisFieldName(DateField field);
[[nodiscard]] std::optional<DateField> dateFieldFromName(std::string_view name);

// What the reporting record says about one date.
struct Confirmation
{
    std::string value; // the confirmed date ("" with a basis: confirmed that there is none)
    std::string basis; // encodeBasis() of the proposal seen when confirming ("" if unknown)
    [[nodiscard]] bool confirmed() const { return !value.empty() || !basis.empty(); }
};

// Everything the form and the figures are computed from.
struct Journey
{
    std::string participantId;
    std::string municipality;   // participant.municipality (which leader's figures it is in)
    std::string programmeStart; // participant.programme_start
    std::string programmeEnd;   // participant.programme_end
    std::vector<FieldChange> trackHistory; // participant.track over time
    std::vector<FieldChange> phaseHistory; // participant.phase over time
    std::vector<MeasureFacts> measures;
    std::vector<EmploymentFacts> employments;
    std::vector<TrainingBookFacts> trainingBooks;
    std::array<Confirmation, kDateFieldCount> confirmations;
};

// Builds a journey from records as the store and the server hold them (field name -> value,
// plus "id"): the participant, the measures of their plan, their training books and
// employments, their reporting record (null if none) and the histories of track and phase.
// Values of the wrong type are ignored, never trusted.
[[nodiscard]] Journey
journeyFromRecords(const nlohmann::json &participant, const std::vector<nlohmann::json> &measures,
                   const std::vector<nlohmann::json> &trainingBooks,
                   const std::vector<nlohmann::json> &employments, const nlohmann::json &reporting,
                   std::vector<FieldChange> trackHistory, std::vector<FieldChange> phaseHistory);

// The kinds of record a journey is made of (what a store or server reads to build them).
inline constexpr std::array<const char *, 6> kJourneyKinds = {
    "participant", "plan", "measure", "training_book", "employment", "reporting"};

// Builds the journeys of many participants from their records in any order (a measure may
// come before its plan): the device's store and the server's storage both feed it. Records of
// other kinds, and records whose participant never comes, are left out. Where a participant
// has several reporting records (made on two devices while offline), each date's confirmation
// comes from the first record, by id, that confirms it; confirmationRecord() names the record
// the app writes confirmations to (the first by id).
class JourneyCollector
{
public:
    // A record (field name -> value, plus "id") of one of kJourneyKinds; not a deleted one.
    void add(std::string_view kind, const nlohmann::json &record);
    // One entry of the history of a participant's field ("track" or "phase"), oldest first.
    void addHistory(const std::string &participantId, std::string_view field, FieldChange change);
    // The journeys, participants in the order they were added.
    [[nodiscard]] std::vector<Journey> journeys() const;
    [[nodiscard]] std::string confirmationRecord(const std::string &participantId) const;

private:
    struct Records
    {
        nlohmann::json participant;
        std::vector<nlohmann::json> trainingBooks, employments, reporting;
        std::vector<FieldChange> track, phase;
    };
    std::vector<std::string> m_order;
    std::map<std::string, Records> m_byParticipant;
    std::map<std::string, std::string> m_planOwner; // plan id -> participant id
    std::vector<nlohmann::json> m_measures;         // resolved through their plan
};

// --- the form ------------------------------------------------------------------------------------

// Where a proposed date comes from, in data the UI turns into words in its own language
// ("fra tiltaket Lønnstilskudd hos Elektro Nord AS").
struct Source
{
    enum class Kind : std::uint8_t {
        None,             // nothing in Bro proposes a date
        ParticipantField, // field: programme_start or programme_end
        TrackChange,      // from -> to on the date
        PhaseChange,      // from -> to on the date
        Measure,          // recordId, detail: the measure's type, employer
        Employment,       // recordId, employer, percent, wageSubsidy
    } kind = Kind::None;
    std::string recordId; // the measure, employment or participant
    std::string field;    // ParticipantField
    std::string from;     // TrackChange, PhaseChange: the value before ("" at creation)
    std::string to;       // TrackChange, PhaseChange: the value after
    std::string detail;   // Measure: its type
    std::string employer; // Measure, Employment
    double percent = 0;   // Employment
    bool wageSubsidy = false;

    friend bool operator==(const Source &, const Source &) = default;
};

[[nodiscard]] const char *sourceKindName(Source::Kind kind);

struct Proposal
{
    std::string date; // "" when nothing proposes one
    Source source;
};

// The proposal as a stable machine-readable text, kept with a confirmation: "none", or
// "<source kind>/<record id or field or new value>/<date>".
[[nodiscard]] std::string encodeBasis(const Proposal &proposal);

struct DateEntry
{
    DateField field = DateField::ProgrammeStart;
    Proposal proposal;         // what Bro proposes today
    Confirmation confirmation; // what the adviser confirmed
    // What is reported: the confirmed value once confirmed, else the proposal.
    std::string value;
    // Confirmed, with a basis, and the proposal today is another one (another date or source,
    // or none any more): the form shows a notice.
    bool sourceChanged = false;
    // Confirmed with a value other than the proposal seen then (typed by the adviser).
    bool overridden = false;
};

struct Form
{
    std::string participantId;
    std::array<DateEntry, kDateFieldCount> dates;
    [[nodiscard]] const DateEntry &at(DateField f) const { return dates[std::size_t(f)]; }
    [[nodiscard]] const std::string &value(DateField f) const { return at(f).value; }
    [[nodiscard]] int unconfirmed() const;
    [[nodiscard]] int notices() const;
};

[[nodiscard]] std::array<Proposal, kDateFieldCount> propose(const Journey &journey);
[[nodiscard]] Form deriveForm(const Journey &journey);

// The reporting record's changes that confirm one date of the form: the value (the proposal's
// date to accept it, another "YYYY-MM-DD" to correct it, "" to confirm that there is none)
// with the basis of today's proposal. The store validates the value like any date.
[[nodiscard]] nlohmann::json confirmationChanges(const Form &form, DateField field,
                                                 const std::string &value);
// The changes that withdraw a confirmation (the proposal is reported again).
[[nodiscard]] nlohmann::json clearConfirmationChanges(DateField field);

} // namespace bro::model::reporting
