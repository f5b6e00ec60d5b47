// WAL checkpoints off the write path. SQLite's automatic checkpoint runs inside the commit
// that lets the WAL pass 1,000 pages: that one write copies the whole WAL into the database
// and waits for its fsync (the p99 of a durable write). A Checkpointer takes the database's
// WAL hook instead (which turns the automatic checkpoint off) and runs a passive checkpoint on
// its own thread and its own connection: once the WAL holds idlePages and no commit came for
// idleMs, or at once when it holds maxPages. A passive checkpoint never blocks a writer; the
// next writer restarts the WAL from its start when the checkpoint got through.
#pragma once

#include "bro/sync/sqlite.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace bro::sync {

struct CheckpointOptions
{
    int idlePages = 1000; // checkpoint when idle with at least this many pages in the WAL
    int idleMs = 250;     // how long no commit came
    int maxPages = 8000;  // checkpoint at once from this size, idle or not
};

class Checkpointer
{
public:
    // db: the connection that writes (its WAL hook is taken); path and key open the second.
    Checkpointer(Database &db, std::string path, std::string key, CheckpointOptions options = {});
    ~Checkpointer(); // stops the thread; gives the WAL hook back (automatic checkpoints again)
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    [[nodiscard]] int checkpoints() const { return m_done.load(); }
    [[nodiscard]] int walPages() const { return m_pages.load(); }
    // The last checkpoint: SQLite's result code, frames in the WAL and frames copied.
    [[nodiscard]] std::string lastResult() const
    {
        return std::to_string(m_lastRc.load()) + ", " + std::to_string(m_lastLog.load()) +
               " frames, " + std::to_string(m_lastCopied.load()) + " copied";
    }

private:
    static int onCommit(void *self, sqlite3 *, const char *, int pages);
    void run();

    Database &m_db;
    std::string m_path;
    std::string m_key;
    CheckpointOptions m_options;
    std::atomic<int> m_pages{0};
    std::atomic<std::int64_t> m_lastCommitNs{0};
    std::atomic<int> m_done{0};
    std::atomic<int> m_lastRc{0}, m_lastLog{0}, m_lastCopied{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace bro::sync
