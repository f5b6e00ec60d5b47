// The Intro-CV, made from what Bro already knows: the shared mapping (education with its NOKUT
// status, work experience, the Norwegian level per skill and other languages), the training
// books (workplace, period, the competence goals the mentor assessed as achieved, the hours
// logged) and the participant's own words, with the short profile the adviser and the
// participant write together (the intro_cv record).
//
// What can go in is a fixed list of fields per section, read from no other field: health and
// family notes, the mapping's needs and goals, meeting notes, agreed actions, self-evaluations
// and employer feedback are never offered, whatever the records hold. The intro_cv record
// chooses which sections go in (all, unless switched off) and leaves out single items by
// record id. Every fact carries where it comes from (a Source: "recognised by NOKUT on ...",
// "assessed as achieved by the mentor, Elektro Nord AS"), as codes with values: the document
// words them (reports/introcvpdf.h).
//
// Sharing: before the CV goes to a named employer the participant's consent to share it with
// that employer (by organisation number) is recorded (a cv_consent record); the latest
// consent record for the employer decides. Qt-free.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bro::cv {

enum class Section { Education, Work, Languages, Training };
[[nodiscard]] const char *sectionName(Section section);
// The sections a person may choose from: nothing else is ever offered.
[[nodiscard]] const std::vector<Section> &offeredSections();

enum class SourceCode {
    NokutRecognised, // date: the decision
    NokutPartly,     // date
    NokutPending,    // date: when it was sent
    NokutNotSent,
    Mapping,          // from the shared mapping (what the participant told the adviser)
    NorwegianTest,    // date: the test
    MentorAssessed,   // by: the assessor; organisation: the employer; date
    MentorSigned,     // the assessment is signed off: by, date
    LogbookHours,     // count: hours logged; total: of them in signed-off entries
    TrainingBook,     // organisation: the employer whose book it is
    ParticipantWords, // written by the participant
};

struct Source
{
    SourceCode code = SourceCode::Mapping;
    std::string date;
    std::string by;
    std::string organisation;
    double count = 0;
    double total = 0;
    friend bool operator==(const Source &, const Source &) = default;
};

struct Fact
{
    Section section = Section::Education;
    std::string recordId;   // what leaves it out (excluded_items)
    nlohmann::json values;  // the allowed fields of the record only (see the list in introcv.cpp)
    std::vector<Source> sources;
    std::vector<Fact> items; // training: the goals achieved
};

struct IntroCv
{
    std::string participantId;
    std::string name;
    std::string profile;
    std::string ownWords;
    std::vector<Fact> facts; // education, work, languages, training, each in record order
};

// The CV of a participant from records as the store's dump holds them ({kind: [record]}).
// nullopt when the participant is not among them.
[[nodiscard]] std::optional<IntroCv> build(const nlohmann::json &records,
                                           const std::string &participantId);

// Every fact the records offer for the CV, whatever the intro_cv record leaves out (what a
// person chooses from).
[[nodiscard]] std::vector<Fact> offeredFacts(const nlohmann::json &records,
                                             const std::string &participantId);

struct Consent
{
    std::string recordId;
    std::string employerName;
    std::string organisationNumber;
    std::string givenOn;
    std::string recordedBy;
};
// Where the participant's consent for one employer stands: the latest cv_consent record of the
// participant for the organisation number (by given_on, then id) gives it (Given) or takes it
// back (Withdrawn); none was recorded (NotAsked); the number is not a valid one (BadNumber).
// latest: that record (empty for NotAsked and BadNumber). The one rule for sharing: consentFor()
// below, the CV screen and bro-cli export-cv --for all ask it.
enum class ConsentState { Given, Withdrawn, NotAsked, BadNumber };
struct ConsentStatus
{
    ConsentState state = ConsentState::NotAsked;
    Consent latest;
};
[[nodiscard]] ConsentStatus consentStatus(const nlohmann::json &records,
                                          const std::string &participantId,
                                          const std::string &organisationNumber);
// The consent that lets the CV go to the employer with this organisation number: the latest
// cv_consent record of the participant for it (by given_on, then id), when it gives consent.
// nullopt and *why (English, naming what is missing) otherwise.
[[nodiscard]] std::optional<Consent> consentFor(const nlohmann::json &records,
                                                const std::string &participantId,
                                                const std::string &organisationNumber,
                                                std::string *why = nullptr);

} // namespace bro::cv
