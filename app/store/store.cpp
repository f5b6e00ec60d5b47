#include "store.h"

#include "migrations.h"

#include <bro/sync/uuid.h>

namespace bro::store {

std::variant<std::unique_ptr<Store>, Store::OpenError>
Store::open(const std::string &path, const std::string &key, sync::HybridClock::WallClock wall)
{
    using R = OpenError::Reason;
    sync::Database db;
    // Opening checks the key with a read before anything can be written to the file.
    try {
        db = sync::Database::openEncrypted(path, key);
    } catch (const sync::SqliteError &e) {
        if (e.primaryCode() == SQLITE_NOTADB)
            return OpenError{R::WrongKey, "cannot open the database " + path +
                                              ": the key is wrong or the file is not a Bro "
                                              "database (nothing was changed)"};
        return OpenError{R::CannotOpen, e.what()};
    }
    try {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = OFF");
        migrate(db);
    } catch (const sync::SqliteError &e) {
        return OpenError{R::Storage, e.what()};
    } catch (const std::runtime_error &e) {
        return OpenError{R::NewerSchema, e.what()};
    }
    try {
        auto store = std::unique_ptr<Store>(new Store(std::move(db), wall));
        store->m_checkpointer =
            std::make_unique<sync::Checkpointer>(store->m_ctx.db, path, key);
        return store;
    } catch (const sync::SqliteError &e) {
        return OpenError{R::Storage, e.what()};
    }
}

Store::Store(sync::Database db, const sync::HybridClock::WallClock &wallClock)
    : m_ctx(std::move(db))
{
    loadDeviceIdentity(wallClock);
    m_ctx.loadPrincipal();
    if (m_ctx.meta("unsent_index").empty())
        rebuildUnsentIndex();
    m_sync.retryQuarantined();
}

Store::~Store() = default;

void Store::loadDeviceIdentity(const sync::HybridClock::WallClock &wallClock)
{
    auto &db = m_ctx.db;
    m_ctx.deviceId = m_ctx.meta("device_id");
    if (m_ctx.deviceId.empty()) {
        m_ctx.deviceId = sync::Uuid::randomV4().toString();
        sync::Transaction tx(db);
        m_ctx.setMeta("device_id", m_ctx.deviceId);
        tx.commit();
    }
    m_ctx.clock = std::make_unique<sync::HybridClock>(m_ctx.deviceId, wallClock);
    // Stamps stay monotonic across restarts even if the wall clock went back meanwhile. The
    // newest local stamp is the newest outbox change's; device_meta 'hlc' keeps the newest
    // stamp that has left the outbox or came from another device (whoever removes outbox
    // rows or applies remote changes must move it forward in the same transaction).
    if (auto last = sync::HlcStamp::parse(m_ctx.meta("hlc")))
        m_ctx.clock->observe(*last);
    auto newest = db.prepare("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1");
    if (newest.step())
        if (auto last = sync::HlcStamp::parse(newest.text(0)))
            m_ctx.clock->observe(*last);
}

void Store::rebuildUnsentIndex()
{
    // Once, for a store written before the index existed: the participant of every record
    // with unsent changes, and the newest outbox row naming it.
    std::lock_guard lock(m_ctx.mutex);
    sync::Transaction tx(m_ctx.db);
    m_ctx.db.exec("DELETE FROM unsent_participant");
    std::vector<std::tuple<std::string, std::string, std::int64_t>> records;
    {
        auto st = m_ctx.db.prepare(
            "SELECT kind, record_id, max(seq) FROM outbox GROUP BY kind, record_id");
        while (st.step())
            records.emplace_back(st.text(0), st.text(1), st.int64(2));
    }
    for (const auto &[kind, id, seq] : records) {
        const std::string participant = m_reads.participantOf(kind, id);
        if (participant.empty())
            continue;
        auto up = m_ctx.db.cached("INSERT OR REPLACE INTO unsent_participant (participant_id, "
                                  "last_seq) SELECT ?, max(?, coalesce((SELECT last_seq FROM "
                                  "unsent_participant WHERE participant_id = ?), 0))");
        up->bind(1, participant).bind(2, seq).bind(3, participant).run();
    }
    m_ctx.setMeta("unsent_index", "1");
    tx.commit();
}

void Store::rememberLogin(const sync::LoginResult &login, const std::string &server,
                          const std::string &caFile, const std::string &user)
{
    std::lock_guard lock(m_ctx.mutex);
    sync::Transaction tx(m_ctx.db);
    m_ctx.setMeta("server", server);
    m_ctx.setMeta("ca_file", caFile);
    m_ctx.setMeta("token", login.token);
    m_ctx.setMeta("user", user);
    m_ctx.setMeta("role", login.role);
    m_ctx.setMeta("display_name", login.displayName);
    if (login.offlineDays > 0)
        m_ctx.setMeta("offline_days", std::to_string(login.offlineDays));
    if (login.serverMillis > 0) {
        m_ctx.clock->observe(sync::HlcStamp{login.serverMillis, 0, {}});
        m_ctx.setMeta("hlc", m_ctx.clock->last().toString());
    }
    tx.commit();
}

int Store::schemaVersion() const
{
    std::lock_guard lock(m_ctx.mutex);
    return m_ctx.db.userVersion();
}

std::string Store::integrityCheck() const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.prepare("PRAGMA integrity_check");
    std::string result;
    while (st.step())
        result += (result.empty() ? "" : "\n") + st.text(0);
    return result;
}

std::vector<sync::Change> Store::outbox(int limit) const
{
    std::vector<sync::Change> out;
    for (auto &[seq, change] : m_sync.pending(limit))
        out.push_back(std::move(change));
    return out;
}

} // namespace bro::store
