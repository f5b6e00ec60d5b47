// What the sync engine needs from a replica's storage (the device store implements it).
#pragma once

#include "bro/sync/change.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace bro::sync {

class Replica
{
public:
    virtual ~Replica() = default;

    // The oldest unsent changes, with their outbox sequence numbers, oldest first.
    [[nodiscard]] virtual std::vector<std::pair<std::int64_t, Change>> pending(int limit) = 0;
    // The server has answered for every change up to and including seq: they leave the outbox.
    virtual void removePushed(std::int64_t upToSeq) = 0;
    // Merges changes pulled from the server and moves the cursor, in one transaction.
    // Throws on failure; then neither the changes nor the cursor are kept.
    virtual void applyPulled(const std::vector<Change> &changes, std::int64_t cursor) = 0;
    [[nodiscard]] virtual std::int64_t cursor() = 0;
    // This replica's device id: the server leaves the device's own changes out of its pulls.
    [[nodiscard]] virtual std::string replicaDevice() = 0;
    // The server numbers the extent of a user's access ("scope"); when it grows, the replica
    // pulls everything again from the start (merging a change twice changes nothing).
    [[nodiscard]] virtual std::int64_t accessScope() = 0;
    virtual void restartPull(std::int64_t scope) = 0;
};

} // namespace bro::sync
