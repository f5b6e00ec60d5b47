// The store's side of sync (sync::Replica): the outbox the engine pushes, and the merge of
// pulled changes, page by page, each in one transaction together with the cursor. A remote
// change goes through the same merge rules as a local one; applying it again changes nothing.
#pragma once

#include "reads.h"
#include "rows.h"

#include <bro/sync/change.h>

#include <bro/sync/replica.h>

#include <cstdint>
#include <optional>
#include <string>
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

    [[nodiscard]] std::vector<std::pair<std::int64_t, sync::Change>> pending(int limit, std::int64_t afterSeq = 0) const;
    void removePushed(std::int64_t upToSeq, const std::vector<sync::Refusal> &refused);
    [[nodiscard]] std::vector<std::string> recordsToRefresh() const;
    void refreshRecords(const std::vector<std::string> &ids,
                        const std::vector<sync::Change> &serverChanges);
    // Each change is checked with the model first (bro/model/validation.h): one that fails is
    // quarantined with the reason instead of merged.
    // Pulls come in commit order, and again after access grew: merged as
    // sync::Delivery::CausalAgain (no version edited over is kept).
    void applyPulled(const std::vector<sync::Change> &changes, std::int64_t cursor,
                     const std::vector<sync::Quarantined> &quarantined);
    void forgetOutside(const std::vector<std::string> &participants,
                       const std::optional<std::vector<std::string>> &books);
    void noteSynced(int offlineDays);
    // Quarantined changes whose kind this app version knows now are merged (after an update).
    // They arrive late, after changes that came after them: merged as sync::Delivery::Any,
    // so a text one of them was edited over may come back as a conflict to resolve, never
    // silently dropped.
    void retryQuarantined();
    [[nodiscard]] std::int64_t cursor() const;
    [[nodiscard]] std::int64_t accessScope() const;
    void restartPull(std::int64_t scope);
    [[nodiscard]] int outboxSize() const;

private:
    void quarantine(const nlohmann::json &raw, const std::string &reason);
    void merge(const std::vector<sync::Change> &changes, std::int64_t cursor,
               const std::vector<sync::Quarantined> &quarantined, sync::Delivery delivery);
    StoreContext &m_ctx;
    Reads &m_reads;
};

} // namespace bro::store
