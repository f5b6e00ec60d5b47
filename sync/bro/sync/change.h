// One field-level change: the unit that is stored in the outbox, sent over the wire and merged.
#pragma once

#include "bro/sync/hlc.h"
#include "bro/model/catalogue.h"
#include "bro/model/validation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace bro::sync {

struct Change
{
    std::string opId;        // UUIDv7 of this operation; retries deduplicate on it
    std::string kind;        // record kind, e.g. "logbook_entry"
    std::string recordId;    // UUIDv7 of the record
    std::string field;       // field name in snake_case, or "deleted"
    nlohmann::json value;    // new value (null clears the field)
    std::string baseVersion; // HLC text of the field's version the edit was based on; "" if none
    HlcStamp stamp;          // when the change was made
    std::string deviceId;    // device that made the change

    friend bool operator==(const Change &, const Change &) = default;
};

void to_json(nlohmann::json &j, const Change &c);

// Strict parse of a wire change: every key present with the right type.
// On failure returns nullopt and, if given, writes what was wrong to *error.
[[nodiscard]] std::optional<Change> changeFromJson(const nlohmann::json &j,
                                                   std::string *error = nullptr);

// What is wrong with a change's form whatever its encoding (canonical ids, a field name, the
// stamp's device, a base of stamps), or "" when nothing is.
[[nodiscard]] std::string changeFormError(const Change &c);

} // namespace bro::sync
