// The store's side of sync (sync::Replica): the outbox the engine pushes, and the merge of
// pulled changes, page by page, each in one transaction together with the cursor. A remote
// change goes through the same merge rules as a local one; applying it again changes nothing.
#pragma once

#include "reads.h"
#include "rows.h"

#include <bro/sync/change.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace bro::store {

class SyncSide
{
public:
    SyncSide(StoreContext &ctx, Reads &reads)
        : m_ctx(ctx)
        , m_reads(reads)
    {}

    [[nodiscard]] std::vector<std::pair<std::int64_t, sync::Change>> pending(int limit) const;
    void removePushed(std::int64_t upToSeq);
    void applyPulled(const std::vector<sync::Change> &changes, std::int64_t cursor);
    [[nodiscard]] std::int64_t cursor() const;
    [[nodiscard]] std::int64_t accessScope() const;
    void restartPull(std::int64_t scope);
    [[nodiscard]] int outboxSize() const;

private:
    StoreContext &m_ctx;
    Reads &m_reads;
};

} // namespace bro::store
