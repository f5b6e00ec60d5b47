// The job match (phase 2): how well a participant meets an employer's need, as points with
// their reasons, and the rankings built from it. Deterministic and explainable, no black box:
// every point a participant gets is a Reason, and the score is their sum. Qt-free.
//
// What counts, for one need and one participant (the points are the constants below):
//  * occupation: work experience in the occupation (formal, with at least the years the need
//    asks, counts most; fewer years or informal experience less), else a training book with
//    goals in the trade, else the plan's goal naming it; nothing otherwise. Occupations match
//    when one, in lower case, contains the other ("elektriker" and "Elektrikerfaget").
//  * Norwegian, per skill the need asks a level for: met (the mapping's level is at least the
//    one asked), one level below, further below, or not mapped.
//  * the qualification the need asks (trade certificate, a degree, an authorisation, in a
//    field when one is given): recognised by NOKUT (in place), partly recognised, applied for
//    (pending: sent or under assessment), an education not yet sent for recognition, or none.
//  * availability: in the job-match phase, still in qualification, before it (mapping), or not
//    available (employed without wage subsidy now, or the fast track is over).
// A ranking orders by score (highest first), then by name, then by id: the same on every
// device. Reasons are codes with their values, never text: the UI words them (jobmatchtext.h).
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace bro::match {

// Points per reason.
inline constexpr int kExperienceFull = 40;     // formal experience, at least the years asked
inline constexpr int kExperienceShort = 25;    // formal, fewer years than asked
inline constexpr int kExperienceInformal = 20; // informal experience only
inline constexpr int kTrainingInTrade = 15;    // a training book with goals of the trade
inline constexpr int kPlanGoal = 5;            // the plan's goal names the occupation
inline constexpr int kNorwegianMet = 10;       // per skill asked
inline constexpr int kNorwegianOneBelow = 3;
inline constexpr int kQualificationInPlace = 30;
inline constexpr int kQualificationPartly = 15;
inline constexpr int kQualificationPending = 10;
inline constexpr int kQualificationNotSent = 3;
inline constexpr int kAvailableNow = 15;   // phase job_match
inline constexpr int kAvailableSoon = 8;   // phase qualification
inline constexpr int kAvailableLater = 0;  // phase before (mapping), or not set
inline constexpr int kNotAvailable = -100; // employed without wage subsidy, or phase after

enum class ReasonCode {
    ExperienceFull,     // years, required
    ExperienceShort,    // years, required
    ExperienceInformal, // years
    TrainingInTrade,    // detail: the workplace; count: goals achieved
    PlanGoal,
    NoOccupation, // nothing in the occupation
    NorwegianMet,       // skill, required, actual
    NorwegianOneBelow,  // skill, required, actual
    NorwegianBelow,     // skill, required, actual
    NorwegianUnknown,   // skill, required
    QualificationInPlace, // required, detail: the education's subject; date: the decision
    QualificationPartly,  // required, detail, date
    QualificationPending, // required, detail, date: when it was sent
    QualificationNotSent, // required, detail
    QualificationMissing, // required
    AvailableNow,
    AvailableSoon,
    AvailableLater,
    NotAvailableEmployed, // detail: the employer
    NotAvailableFinished,
};

struct Reason
{
    ReasonCode code = ReasonCode::NoOccupation;
    int points = 0;
    std::string skill;    // Norwegian: listening, reading, speaking, writing
    std::string required; // the level or qualification asked ("B1", "trade_certificate")
    std::string actual;   // the level the participant has
    std::string detail;   // an education's subject, a workplace, an employer
    std::string date;     // a NOKUT date
    double years = 0;
    double requiredYears = 0;
    int count = 0;
    friend bool operator==(const Reason &, const Reason &) = default;
};

// What the match knows of a participant (from the shared mapping, the plan, the training
// books and employments on the adviser's device).
struct Candidate
{
    std::string id;
    std::string name;
    std::string phase; // participant.phase
    std::map<std::string, std::string> norwegian; // skill -> CEFR level (mapping)
    struct Education
    {
        std::string level, subject, nokutStatus, sentDate, decisionDate;
    };
    std::vector<Education> education;
    struct Work
    {
        std::string occupation;
        double years = 0;
        bool formal = false;
    };
    std::vector<Work> work;
    struct Training
    {
        std::string workplace;
        std::vector<std::string> trades; // of its competence goals (and the goal titles)
        int achieved = 0;                // goals assessed achieved (latest assessment)
    };
    std::vector<Training> training;
    std::string planGoal;
    std::string employedAt; // an employment without wage subsidy that has not ended
};

struct Need
{
    std::string id;
    std::string employerId;
    std::string employerName;
    std::string occupation;
    int positions = 1;
    std::map<std::string, std::string> norwegian; // skill -> the CEFR level asked
    std::string qualification;                   // required_qualification ("" or "none": none)
    std::string qualificationField;
    double experienceYears = 0;
    std::string startDate;
    std::string status;
    bool wageSubsidyOffered = false; // what the employer offers (not ranked: the start uses it)
    bool mentorOffered = false;
};

struct Match
{
    std::string participantId;
    std::string participantName;
    std::string needId;
    std::string employerName;
    std::string occupation;
    int score = 0;
    std::vector<Reason> reasons; // occupation, Norwegian (skills in catalogue order),
                                 // qualification, availability
};

// How one participant meets one need.
[[nodiscard]] Match assess(const Need &need, const Candidate &candidate, const std::string &today);

// For a need: the candidates, best first.
[[nodiscard]] std::vector<Match> rankCandidates(const Need &need,
                                                const std::vector<Candidate> &candidates,
                                                const std::string &today);
// For a participant: the open needs (status open or in_progress), best first; ties by
// employer, occupation and id.
[[nodiscard]] std::vector<Match> rankNeeds(const Candidate &candidate,
                                           const std::vector<Need> &needs,
                                           const std::string &today);

// From records as the store's dump holds them ({kind: [record, ...]}): the participants (not
// deleted) with what the match reads of them, and the employers' needs.
[[nodiscard]] std::vector<Candidate> candidatesFrom(const nlohmann::json &records,
                                                    const std::string &today);
[[nodiscard]] std::vector<Need> needsFrom(const nlohmann::json &records);

// Reasons and matches as JSON (codes as names), for bro-cli and the QML adapters.
[[nodiscard]] const char *codeName(ReasonCode code);
[[nodiscard]] nlohmann::json toJson(const Reason &reason);
[[nodiscard]] nlohmann::json toJson(const Match &match);

} // namespace bro::match
