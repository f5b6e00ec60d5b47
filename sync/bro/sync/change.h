// One field-level change: the unit that is stored in the outbox, sent over the wire and merged.
#pragma once

#include "bro/sync/hlc.h"
#include "bro/model/catalogue.h"
#include "bro/model/validation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

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

// A change's value read back from its stored JSON text (what value.dump() wrote), as
// nlohmann::json::parse(text, nullptr, allowExceptions) reads it: on bad text it throws, or
// gives a discarded value. Most values are a plain string or a short number; those are read
// without the JSON parser, whose set-up costs more than such a value: the parser took a tenth
// of the server's pull in perf, and bench_pull_log's readLog went from 257-267 to 242-251 ms.
// tst_change and fuzz_change hold the two readers to the same result.
[[nodiscard]] nlohmann::json valueFromText(std::string_view text, bool allowExceptions = true);

// What is wrong with a change's form whatever its encoding (canonical ids, a field name, the
// stamp's device, a base of stamps), or "" when nothing is.
[[nodiscard]] std::string changeFormError(const Change &c);

} // namespace bro::sync
