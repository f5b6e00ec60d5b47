#include "trainingbook.h"

#include "store/store.h"

namespace bro {

namespace {
std::string str(const nlohmann::json &record, const char *field)
{
    const auto it = record.find(field);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}
} // namespace

std::map<std::string, nlohmann::json> latestAssessments(const store::Store &store,
                                                        const std::string &bookId)
{
    std::map<std::string, nlohmann::json> latest;
    // list() is in creation order, so ">=" lets a later record win a tie on the date.
    for (const auto &a : store.list("assessment", bookId)) {
        const std::string goal = str(a, "goal_id");
        auto it = latest.find(goal);
        if (it == latest.end())
            latest.emplace(goal, a);
        else if (str(a, "assessed_on") >= str(it->second, "assessed_on"))
            it->second = a;
    }
    return latest;
}

GoalProgress goalProgress(const store::Store &store, const std::string &bookId)
{
    const auto latest = latestAssessments(store, bookId);
    GoalProgress p;
    for (const auto &goal : store.list("competence_goal", bookId)) {
        ++p.total;
        const auto it = latest.find(str(goal, "id"));
        const std::string status = it == latest.end() ? std::string() : str(it->second, "status");
        if (status == "achieved")
            ++p.achieved;
        else if (status == "in_progress")
            ++p.inProgress;
        else
            ++p.notStarted;
    }
    return p;
}

} // namespace bro
