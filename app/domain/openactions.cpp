#include "openactions.h"

#include "store/store.h"

#include <algorithm>

namespace bro {

std::map<std::string, std::vector<nlohmann::json>> openAgreedActions(const store::Store &store)
{
    std::map<std::string, std::string> meetingOwner;
    for (const auto &m : store.list("meeting"))
        meetingOwner[m["id"].get<std::string>()] = m.value("participant_id", "");
    std::map<std::string, std::vector<nlohmann::json>> open;
    for (auto &a : store.list("agreed_action")) {
        if (a.value("done", nlohmann::json()).is_boolean() && a["done"].get<bool>())
            continue;
        const auto owner = meetingOwner.find(a.value("meeting_id", ""));
        if (owner != meetingOwner.end())
            open[owner->second].push_back(std::move(a));
    }
    const auto due = [](const nlohmann::json &a) {
        const auto it = a.find("due_date");
        return it != a.end() && it->is_string() ? it->get<std::string>() : std::string("9999");
    };
    for (auto &[participant, actions] : open)
        std::stable_sort(actions.begin(), actions.end(),
                         [&](const auto &x, const auto &y) { return due(x) < due(y); });
    return open;
}

} // namespace bro
