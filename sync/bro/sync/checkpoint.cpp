#include "bro/sync/checkpoint.h"

namespace bro::sync {

namespace {
std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

Checkpointer::Checkpointer(Database &db, std::string path, std::string key,
                           CheckpointOptions options)
    : m_db(db)
    , m_path(std::move(path))
    , m_key(std::move(key))
    , m_options(options)
{
    sqlite3_wal_hook(m_db.handle(), &Checkpointer::onCommit, this);
    m_thread = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    if (m_db.isOpen())
        sqlite3_wal_autocheckpoint(m_db.handle(), 1000);
}

int Checkpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    // On the writer's thread, inside its commit: two stores and a wake-up, nothing more.
    auto *c = static_cast<Checkpointer *>(self);
    c->m_lastCommitNs.store(nowNs());
    c->m_pages.store(pages);
    if (pages >= c->m_options.idlePages)
        c->m_wake.notify_one();
    return SQLITE_OK;
}

void Checkpointer::run()
{
    Database own;
    try {
        // Its first read checks the key and makes the connection see the WAL (before it, a
        // checkpoint finds a database not in WAL mode and does nothing).
        own = Database::openEncrypted(m_path, m_key, false);
    } catch (const SqliteError &) {
        // Without a second connection the writer's own connection checkpoints as before.
        sqlite3_wal_autocheckpoint(m_db.handle(), 1000);
        return;
    }
    const auto idle = std::chrono::milliseconds(m_options.idleMs);
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        const int pages = m_pages.load();
        if (pages < m_options.idlePages) {
            m_wake.wait(lock, [&] { return m_stop || m_pages.load() >= m_options.idlePages; });
            continue;
        }
        const auto quiet = std::chrono::nanoseconds(nowNs() - m_lastCommitNs.load());
        if (pages < m_options.maxPages && quiet < idle) {
            m_wake.wait_for(lock, idle - quiet, [&] {
                return m_stop || m_pages.load() >= m_options.maxPages;
            });
            continue;
        }
        lock.unlock();
        int logPages = 0, copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(own.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                 &logPages, &copied);
        lock.lock();
        m_lastRc = rc;
        m_lastCopied = copied;
        m_lastLog = logPages;
        if (rc == SQLITE_OK || rc == SQLITE_BUSY) {
            ++m_done;
            // What is left waits for the next commit (which restarts the WAL when all was
            // copied) and its hook.
            m_pages.store(0);
        }
    }
}

} // namespace bro::sync
