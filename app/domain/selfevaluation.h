// The participant's self-evaluations (the end of phase 1: do I want to go on with this career
// path?), as the adviser's participant page and the participant's own screen list them. The
// one place for the rule that a self-evaluation needs to be taken up at the next meeting: any
// of its yes / not sure / no answers is "no" or "unsure" on whether to go on (continue_path)
// or on liking the work (likes_work), or its score is 1 or 2. ("Is it hard: yes" is not a
// problem by itself.)
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace bro::store {
class Store;
}

namespace bro {

[[nodiscard]] bool needsTalk(const nlohmann::json &selfEvaluation);

// The questions in the order they are asked: field names of the self_evaluation kind.
[[nodiscard]] const std::vector<std::string> &selfEvaluationQuestions();

// The participant's self-evaluations, newest first (written_on, then id).
[[nodiscard]] std::vector<nlohmann::json> selfEvaluations(const store::Store &store,
                                                          const std::string &participantId);

} // namespace bro
