// Who opened my file: the caller's own audit trail from the server (GET /v1/audit, participants
// only; the server answers nothing about anyone else), through the sync layer's transport.
// Qt-free; MyBroService runs it on a worker thread.
#pragma once

#include <bro/sync/transport.h>

#include <cstdint>
#include <string>
#include <vector>

namespace bro {

struct TrailEntry
{
    std::int64_t at = 0; // Unix milliseconds
    std::string action;  // "read" or "write"
    std::string role;    // "adviser", "mentor", ...
    std::string name;
    std::vector<std::string> kinds; // the kinds of records read or changed
};

struct TrailFetch
{
    enum class Outcome { Ok, Unreachable, Unauthorized, Forbidden, BadReply } outcome = Outcome::Ok;
    std::vector<TrailEntry> entries; // newest first
    std::string detail;
};

[[nodiscard]] TrailFetch fetchTrail(sync::Transport &transport, const std::string &token);

} // namespace bro
