// Whose a record is: the participant at the top of its parent chain (a logbook entry's training
// book's participant; an attachment's owner record's participant). For the places that name
// the person a record is about (the conflict review).
#pragma once

#include <string>

namespace bro::store {
class Store;
}

namespace bro {

// The participant's id, or "" when the chain is broken on this device (a parent it does not
// hold) or the record is unknown.
[[nodiscard]] std::string participantOf(const store::Store &store, std::string kind,
                                        std::string id);

} // namespace bro
