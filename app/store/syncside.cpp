#include "syncside.h"

#include <bro/sync/merge.h>

#include <unordered_map>

namespace bro::store {

using model::KindSpec;

std::vector<std::pair<std::int64_t, sync::Change>> SyncSide::pending(int limit) const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.prepare("SELECT seq, op_id, kind, record_id, field, value, base, hlc, "
                               "device FROM outbox ORDER BY seq LIMIT ?");
    st.bind(1, std::int64_t(limit));
    std::vector<std::pair<std::int64_t, sync::Change>> out;
    while (st.step()) {
        sync::Change c;
        c.opId = st.text(1);
        c.kind = st.text(2);
        c.recordId = st.text(3);
        c.field = st.text(4);
        c.value = Json::parse(st.text(5));
        c.baseVersion = st.text(6);
        c.stamp = sync::HlcStamp::parse(st.text(7)).value_or(sync::HlcStamp{});
        c.deviceId = st.text(8);
        out.emplace_back(st.int64(0), std::move(c));
    }
    return out;
}

void SyncSide::removePushed(std::int64_t upToSeq)
{
    {
        std::lock_guard lock(m_ctx.mutex);
        sync::Transaction tx(m_ctx.db);
        // The clock's newest stamp must outlive the outbox rows that carried it.
        auto meta =
            m_ctx.db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES ('hlc', ?)");
        meta->bind(1, m_ctx.clock->last().toString()).run();
        auto del = m_ctx.db.cached("DELETE FROM outbox WHERE seq <= ?");
        del->bind(1, upToSeq).run();
        auto unsent = m_ctx.db.cached("DELETE FROM unsent_participant WHERE last_seq <= ?");
        unsent->bind(1, upToSeq).run();
        tx.commit();
    }
    m_ctx.notifyOutbox();
}

void SyncSide::applyPulled(const std::vector<sync::Change> &changes, std::int64_t newCursor)
{
    std::lock_guard lock(m_ctx.mutex);
    std::vector<std::pair<std::string, std::string>> touched;
    {
        sync::Transaction tx(m_ctx.db);
        // Each record of the page is read once, merged change by change, and written once.
        struct Pending
        {
            const KindSpec *kind;
            bool exists;
            sync::RecordState state;
        };
        std::unordered_map<std::string, Pending> records;
        for (const auto &c : changes) {
            m_ctx.clock->observe(c.stamp);
            if (c.deviceId == m_ctx.deviceId)
                continue; // merged when it was made here
            const KindSpec *kind = model::findKind(c.kind);
            if (!kind)
                continue; // a kind from a newer app version: it arrives again after an update
            auto it = records.find(c.recordId);
            if (it == records.end()) {
                const bool exists = rowExists(m_ctx, *kind, c.recordId);
                it = records
                         .emplace(c.recordId,
                                  Pending{kind, exists,
                                          exists ? readState(m_ctx, *kind, c.recordId)
                                                 : sync::RecordState{}})
                         .first;
                touched.emplace_back(kind->name, c.recordId);
            }
            sync::applyChange(*kind, it->second.state, c);
            recordHistory(m_ctx, *kind, c.recordId, c.field, c.stamp.toString(), c.value);
        }
        for (const auto &[id, pending] : records)
            writeRow(m_ctx, *pending.kind, id, pending.state, allFields(*pending.kind),
                     !pending.exists);
        auto meta =
            m_ctx.db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
        meta->bind(1, "cursor").bind(2, std::to_string(newCursor)).run();
        auto hlc = m_ctx.db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
        hlc->bind(1, "hlc").bind(2, m_ctx.clock->last().toString()).run();
        tx.commit();
    }
    for (const auto &[k, id] : touched)
        m_ctx.notify(k, id);
}

std::int64_t SyncSide::cursor() const
{
    const std::string c = m_ctx.meta("cursor");
    return c.empty() ? 0 : std::stoll(c);
}

std::int64_t SyncSide::accessScope() const
{
    const std::string s = m_ctx.meta("scope");
    return s.empty() ? -1 : std::stoll(s);
}

void SyncSide::restartPull(std::int64_t scope)
{
    std::lock_guard lock(m_ctx.mutex);
    sync::Transaction tx(m_ctx.db);
    auto st = m_ctx.db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
    st->bind(1, "scope").bind(2, std::to_string(scope)).run();
    auto c = m_ctx.db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
    c->bind(1, "cursor").bind(2, "0").run();
    tx.commit();
}

int SyncSide::outboxSize() const
{
    // The outbox's seq numbers have no holes: new rows take max(seq) + 1 (a rolled-back insert
    // leaves no gap) and rows only ever leave as a prefix, oldest first. So the size is the
    // span of seq, two index look-ups instead of a count(*) that would decrypt every page.
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached(
        "SELECT (SELECT max(seq) FROM outbox) - (SELECT min(seq) FROM outbox) + 1");
    st->step();
    return st->isNull(0) ? 0 : static_cast<int>(st->int64(0));
}

} // namespace bro::store
