// "Min bro": the participant's plan as a bridge (seed 001, section 2.5). The one place for the
// rules on which measures are the bridge's planks, in which order, in which state, and which
// plank is the current one; what stands on the left bank (where I stand now: my languages,
// Norwegian level, education and work, from the shared mapping) and on the right bank (the
// goal); the next meeting and what was agreed; the training book's progress. The QML bridge,
// the printed page and bro-cli all read it from here.
//
// Planks: every measure of the plan except cancelled ones, ordered by start date (a measure
// without one last), then end date, then id (UUIDv7, the order they were made in: the same on
// every device). State:
//  * done  - completed;
//  * now   - ongoing;
//  * next  - the first planned measure in that order;
//  * later - every other planned measure.
// The current plank is the first "now" plank; with none, the "next" one; with neither, none
// (-1). The bridge is drawn from the left bank to the right in the reading direction: the first
// plank stands by "now", the last by the goal (mirrored for right-to-left languages by the UI).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bro::store {
class Store;
}

namespace bro {

enum class PlankState { Done, Now, Next, Later };
[[nodiscard]] const char *plankStateName(PlankState state); // "done", "now", "next", "later"

struct Plank
{
    std::string measureId;
    std::string type; // the measure's type (pictograms.h gives its picture)
    std::string description;
    std::string startDate; // ISO dates, "" when not set
    std::string endDate;
    std::string participantNote;
    PlankState state = PlankState::Later;
};

// The planks of a plan's measures (records as the store gives them), in bridge order.
[[nodiscard]] std::vector<Plank> bridgePlanks(std::vector<nlohmann::json> measures);
// The index of the current plank, or -1.
[[nodiscard]] int currentPlank(const std::vector<Plank> &planks);

struct BridgeView
{
    std::string participantId;
    std::string participantName;
    std::string planId;
    std::string goal;          // the occupation aimed for (the right bank)
    std::string goalInMyWords; // the participant's own words on it
    // The left bank.
    std::string otherLanguages;
    std::string norwegianLevel; // the mapping's speaking level, else the highest one ("B1")
    std::vector<std::string> education; // "Elektroinstallasjon (Eritrea)"
    std::vector<std::string> work;      // "Elektriker, 6 years (Eritrea)" as {occupation, years}
    std::vector<double> workYears;
    std::vector<Plank> planks;
    int current = -1;
    // The next meeting on or after today (type and ISO date), and the open agreed actions.
    std::string nextMeetingType;
    std::string nextMeetingDate;
    std::vector<std::string> agreed;
    // The training books' progress, all books together.
    double hoursLogged = 0;
    int goalsReached = 0;
    int goalsTotal = 0;
};

// The participant's bridge as the store holds it (the participant's device holds their own
// records only; an adviser's, the caseload); nullopt if there is no such participant. today is
// an ISO date (the next meeting is on or after it).
[[nodiscard]] std::optional<BridgeView> loadBridge(const store::Store &store,
                                                   const std::string &participantId,
                                                   const std::string &today);

} // namespace bro
