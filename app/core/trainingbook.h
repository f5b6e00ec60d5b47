// Reading a training book: the latest interim assessment of each competence goal and the
// progress they add up to. Shared by the PDF, the QML service and bro-cli.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace bro::store {
class Store;
}

namespace bro {

struct GoalProgress
{
    int total = 0;
    int achieved = 0;
    int inProgress = 0;
    int notStarted = 0; // includes goals that have not been assessed yet
};

// Goal id -> its latest assessment: the one with the latest assessed_on, and of those the
// one recorded last. Goals without an assessment are absent.
[[nodiscard]] std::map<std::string, nlohmann::json> latestAssessments(const store::Store &store,
                                                                      const std::string &bookId);

[[nodiscard]] GoalProgress goalProgress(const store::Store &store, const std::string &bookId);

} // namespace bro
