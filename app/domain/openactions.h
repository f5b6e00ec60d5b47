// Agreed actions, the rules in one place: which are still open (what the caseload shows as
// "next" and the participant's overview lists), and what "add to plan" makes of one.
#pragma once

#include "store/store.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace bro {

// participant id -> open agreed actions (not marked done), soonest due first, undated last
// (then in the order they were made: by id).
[[nodiscard]] std::map<std::string, std::vector<nlohmann::json>>
openAgreedActions(const store::Store &store);

// "Add to plan": the action becomes a measure of its participant's plan (the plan is made if
// there is none) of type "other", planned, with the action's text and responsible party; it
// starts on the day of the meeting that agreed it (or on the due date, if that came first) and
// its end is the due date. The action then points to the measure. One batch: all or nothing.
// The measure's id, or why not (the action is unknown or in the plan already: "measure_id").
[[nodiscard]] store::WriteResult addAgreedActionToPlan(store::Store &store,
                                                       const std::string &actionId);

} // namespace bro
