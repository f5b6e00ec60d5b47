#include "syncside.h"

#include <bro/model/validation.h>
#include <bro/sync/merge.h>

#include <chrono>
#include <set>
#include <unordered_map>

namespace bro::store {

using model::KindSpec;

std::vector<std::pair<std::int64_t, sync::Change>> SyncSide::pending(int limit,
                                                                    std::int64_t afterSeq) const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.prepare("SELECT seq, op_id, kind, record_id, field, value, base, hlc, "
                               "device FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?");
    st.bind(1, afterSeq);
    st.bind(2, std::int64_t(limit));
    std::vector<std::pair<std::int64_t, sync::Change>> out;
    while (st.step()) {
        sync::Change c;
        c.opId = st.text(1);
        c.kind = st.text(2);
        c.recordId = st.text(3);
        c.field = st.text(4);
        c.value = sync::valueFromText(st.textView(5));
        c.baseVersion = st.text(6);
        c.stamp = sync::HlcStamp::parse(st.text(7)).value_or(sync::HlcStamp{});
        c.deviceId = st.text(8);
        out.emplace_back(st.int64(0), std::move(c));
    }
    return out;
}

void SyncSide::removePushed(std::int64_t upToSeq, const std::vector<sync::Refusal> &refused)
{
    {
        std::lock_guard lock(m_ctx.mutex);
        sync::Transaction tx(m_ctx.db);
        // What the server refused is kept, with its reason, until the person has seen it; the
        // record waits for the server's version (recordsToRefresh).
        for (const auto &r : refused) {
            auto st = m_ctx.db.cached("INSERT OR REPLACE INTO refusal (record_id, kind, field, "
                                      "stamp, value, status, reason, refreshed) VALUES (?, ?, ?, "
                                      "?, ?, ?, ?, 0)");
            st->bind(1, r.change.recordId)
                .bind(2, r.change.kind)
                .bind(3, r.change.field)
                .bind(4, r.change.stamp.toString())
                .bind(5, r.change.value.dump())
                .bind(6, r.status)
                .bind(7, r.reason)
                .run();
        }
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

std::vector<std::string> SyncSide::recordsToRefresh() const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT DISTINCT record_id FROM refusal WHERE refreshed = 0 ORDER "
                              "BY record_id");
    std::vector<std::string> out;
    while (st->step())
        out.push_back(st->text(0));
    return out;
}

void SyncSide::refreshRecords(const std::vector<std::string> &ids,
                              const std::vector<sync::Change> &serverChanges)
{
    std::lock_guard lock(m_ctx.mutex);
    std::vector<std::pair<std::string, std::string>> touched;
    {
        sync::Transaction tx(m_ctx.db);
        const std::set<std::string> wanted(ids.begin(), ids.end());
        std::unordered_map<std::string, std::vector<const sync::Change *>> byRecord;
        for (const auto &c : serverChanges)
            if (wanted.count(c.recordId))
                byRecord[c.recordId].push_back(&c);
        const auto unsent = pending(-1);
        for (const auto &id : ids) {
            std::optional<std::string> kindName = m_reads.kindOfAny(id);
            if (!kindName && byRecord.count(id))
                kindName = byRecord[id].front()->kind;
            if (!kindName) {
                auto st = m_ctx.db.cached("SELECT kind FROM refusal WHERE record_id = ? LIMIT 1");
                st->bind(1, id);
                if (st->step())
                    kindName = st->text(0);
            }
            const model::KindSpec *kind = kindName ? model::findKind(*kindName) : nullptr;
            if (kind) {
                // The server's version, then what this device has not sent yet on top of it.
                sync::RecordState state;
                bool any = false;
                for (const auto *c : byRecord[id]) {
                    m_ctx.clock->observe(c->stamp);
                    sync::applyChange(*kind, state, *c, sync::Delivery::CausalAgain,
                                      m_ctx.deviceId); // the record's log, oldest first
                    any = true;
                }
                for (const auto &[seq, c] : unsent)
                    if (c.recordId == id) {
                        sync::applyChange(*kind, state, c, sync::Delivery::CausalAgain,
                                          m_ctx.deviceId);
                        any = true;
                    }
                const bool exists = rowExists(m_ctx, *kind, id);
                if (any) {
                    writeRow(m_ctx, *kind, id, state, allFields(*kind), !exists);
                } else if (exists) {
                    // It exists nowhere else: nothing is lost, the refusal keeps its values.
                    auto del = m_ctx.db.cached("DELETE FROM " + kind->name + " WHERE id = ?");
                    del->bind(1, id).run();
                }
                touched.emplace_back(kind->name, id);
            }
            auto done = m_ctx.db.cached("UPDATE refusal SET refreshed = 1 WHERE record_id = ?");
            done->bind(1, id).run();
        }
        tx.commit();
    }
    for (const auto &[k, id] : touched)
        m_ctx.notify(k, id);
}

void SyncSide::quarantine(const Json &raw, const std::string &reason)
{
    using namespace std::chrono;
    auto st = m_ctx.db.cached("INSERT INTO quarantine (received_at, change, reason) VALUES (?, ?, ?)");
    st->bind(1, duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count())
        .bind(2, raw.dump(-1, ' ', false, Json::error_handler_t::replace).substr(0, 100000))
        .bind(3, reason)
        .run();
}

void SyncSide::applyPulled(const std::vector<sync::Change> &changes, std::int64_t newCursor,
                           const std::vector<sync::Quarantined> &quarantined)
{
    std::lock_guard lock(m_ctx.mutex);
    merge(changes, newCursor, quarantined, sync::Delivery::CausalAgain);
}

void SyncSide::merge(const std::vector<sync::Change> &changes, std::int64_t newCursor,
                     const std::vector<sync::Quarantined> &quarantined, sync::Delivery delivery)
{
    std::vector<std::pair<std::string, std::string>> touched;
    {
        sync::Transaction tx(m_ctx.db);
        for (const auto &q : quarantined)
            quarantine(q.raw, q.reason);
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
            if (!kind) { // a kind from a newer app version: merged after an update
                quarantine(Json(c), "kind: \"" + c.kind + "\" is not known to this app version");
                continue;
            }
            if (auto e = model::validateChangeValue(*kind, c.field, c.value)) {
                quarantine(Json(c), e->message);
                continue;
            }
            auto it = records.find(c.recordId);
            if (it != records.end() && it->second.kind != kind) {
                quarantine(Json(c), "id: the record is a " + it->second.kind->name);
                continue;
            }
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
            // This device's changes are skipped above: its own versions need not be kept.
            sync::applyChange(*kind, it->second.state, c, delivery, m_ctx.deviceId);
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

void SyncSide::forgetOutside(const std::vector<std::string> &participants,
                             const std::optional<std::vector<std::string>> &books)
{
    std::lock_guard lock(m_ctx.mutex);
    const std::set<std::string> keep(participants.begin(), participants.end());
    std::set<std::string> keepBooks;
    if (books)
        keepBooks.insert(books->begin(), books->end());
    std::vector<std::pair<std::string, std::string>> forgotten;
    {
        sync::Transaction tx(m_ctx.db);
        for (const auto &kind : model::recordKinds()) {
            std::vector<std::string> ids;
            {
                auto st = m_ctx.db.prepare("SELECT id FROM " + kind.name);
                while (st.step())
                    ids.push_back(st.text(0));
            }
            for (const auto &id : ids) {
                bool stays = keep.count(m_reads.participantOf(kind.name, id)) > 0;
                if (stays && books) {
                    const std::string book = m_reads.bookOf(kind.name, id);
                    stays = book.empty() || keepBooks.count(book);
                }
                if (!stays)
                    forgotten.emplace_back(kind.name, id);
            }
        }
        // Deepest first does not matter: rows are removed by id, after the walk.
        for (const auto &[kind, id] : forgotten) {
            auto del = m_ctx.db.cached("DELETE FROM " + kind + " WHERE id = ?");
            del->bind(1, id).run();
            auto history = m_ctx.db.cached("DELETE FROM field_history WHERE record_id = ?");
            history->bind(1, id).run();
        }
        // Files no record here refers to any more (and that the server holds).
        m_ctx.db.exec("DELETE FROM blob WHERE uploaded = 1 AND sha256 NOT IN (SELECT sha256 FROM "
                      "attachment WHERE sha256 IS NOT NULL)");
        tx.commit();
    }
    for (const auto &[k, id] : forgotten)
        m_ctx.notify(k, id);
}

void SyncSide::noteSynced(int offlineDays)
{
    using namespace std::chrono;
    m_ctx.setMeta("last_sync_at",
                  std::to_string(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count()));
    if (offlineDays > 0)
        m_ctx.setMeta("offline_days", std::to_string(offlineDays));
}

void SyncSide::retryQuarantined()
{
    std::lock_guard lock(m_ctx.mutex);
    std::vector<std::pair<std::int64_t, sync::Change>> known;
    {
        auto st = m_ctx.db.prepare("SELECT id, change FROM quarantine ORDER BY id");
        while (st.step()) {
            const Json raw = Json::parse(st.text(1), nullptr, false);
            if (auto c = sync::changeFromJson(raw))
                if (const model::KindSpec *kind = model::findKind(c->kind))
                    if (!model::validateChangeValue(*kind, c->field, c->value))
                        known.emplace_back(st.int64(0), std::move(*c));
        }
    }
    if (known.empty())
        return;
    std::vector<sync::Change> changes;
    for (auto &[id, c] : known)
        changes.push_back(std::move(c));
    merge(changes, cursor(), {}, sync::Delivery::Any);
    sync::Transaction tx(m_ctx.db);
    for (const auto &[id, c] : known) {
        auto del = m_ctx.db.cached("DELETE FROM quarantine WHERE id = ?");
        del->bind(1, id).run();
    }
    tx.commit();
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
