#include "selfevaluation.h"

#include "trainingbookview.h"

#include "store/store.h"

#include <algorithm>

namespace bro {

using Json = nlohmann::json;

bool needsTalk(const Json &e)
{
    const auto answer = [&e](const char *f) {
        const auto it = e.find(f);
        return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const char *f : {"continue_path", "likes_work"})
        if (answer(f) == "no" || answer(f) == "unsure")
            return true;
    const auto score = e.find("score");
    return score != e.end() && score->is_number() && score->get<double>() <= 2;
}

const std::vector<std::string> &selfEvaluationQuestions()
{
    static const std::vector<std::string> q{"likes_work", "is_hard", "continue_path", "score"};
    return q;
}

std::vector<Json> selfEvaluations(const store::Store &store, const std::string &participantId)
{
    auto list = store.list("self_evaluation", participantId);
    sortByDateThenId(list, "written_on");
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace bro
