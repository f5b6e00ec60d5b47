#include "openactions.h"

#include <bro/model/recordfields.h>

#include <algorithm>

namespace bro {

using Json = nlohmann::json;

namespace {
constexpr auto str = &model::stringField;
} // namespace

std::map<std::string, std::vector<Json>> openAgreedActions(const store::Store &store)
{
    std::map<std::string, std::string> meetingOwner;
    for (const auto &m : store.list("meeting"))
        meetingOwner[m["id"].get<std::string>()] = m.value("participant_id", "");
    std::map<std::string, std::vector<Json>> open;
    for (auto &a : store.list("agreed_action")) {
        if (a.value("done", Json()).is_boolean() && a["done"].get<bool>())
            continue;
        const auto owner = meetingOwner.find(a.value("meeting_id", ""));
        if (owner != meetingOwner.end())
            open[owner->second].push_back(std::move(a));
    }
    const auto due = [](const Json &a) {
        const std::string d = str(a, "due_date");
        return d.empty() ? std::string("9999") : d;
    };
    for (auto &[participant, actions] : open)
        std::stable_sort(actions.begin(), actions.end(), [&](const Json &x, const Json &y) {
            return due(x) != due(y) ? due(x) < due(y) : str(x, "id") < str(y, "id");
        });
    return open;
}

store::WriteResult addAgreedActionToPlan(store::Store &store, const std::string &actionId)
{
    const auto notPossible = [](const std::string &why) {
        return store::WriteResult{
            {},
            model::ValidationError{
                model::ErrorCode::NotAllowed, "measure_id", "measure_id: " + why, {}}};
    };
    const auto action = store.get("agreed_action", actionId);
    if (!action)
        return notPossible("there is no such agreed action");
    if (!str(*action, "measure_id").empty())
        return notPossible("the action is in the plan already");
    const auto meeting = store.get("meeting", str(*action, "meeting_id"));
    if (!meeting)
        return notPossible("the action's meeting is not on this device");
    const std::string participant = str(*meeting, "participant_id");

    const std::string due = str(*action, "due_date");
    std::string start = str(*meeting, "meeting_date");
    if (!due.empty() && (start.empty() || due < start))
        start = due;
    Json measure = {
        {"type", "other"}, {"description", str(*action, "text")}, {"status", "planned"}};
    if (!start.empty())
        measure["start_date"] = start;
    if (!due.empty())
        measure["end_date"] = due;
    if (const std::string r = str(*action, "responsible"); !r.empty())
        measure["responsible"] = r;

    store::WriteResult result;
    store.batch([&] {
        std::string plan;
        if (const auto plans = store.list("plan", participant); !plans.empty()) {
            plan = str(plans.front(), "id");
        } else {
            result = store.create("plan", {{"participant_id", participant}});
            if (!result.ok())
                return false;
            plan = result.id;
        }
        measure["plan_id"] = plan;
        result = store.create("measure", measure);
        if (!result.ok())
            return false;
        const auto link = store.update("agreed_action", actionId, {{"measure_id", result.id}});
        if (!link.ok()) {
            result = link;
            return false;
        }
        return true;
    });
    return result;
}

} // namespace bro
