// The agreed actions of participants' meetings that are not done yet: what the caseload shows
// as "next" and the participant overview lists.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace bro::store {
class Store;
}

namespace bro {

// participant id -> open agreed actions, soonest due first, undated last (then in the order
// they were written).
[[nodiscard]] std::map<std::string, std::vector<nlohmann::json>>
openAgreedActions(const store::Store &store);

} // namespace bro
