// The embedded backend: one SQLCipher file (server.db) in the data directory, encrypted with
// the key in server.key beside it (32 random bytes, hex, mode 0600), in WAL mode with
// synchronous=FULL. A pool of connections: reads run in parallel beside the one writer that
// SQLite allows (BEGIN IMMEDIATE; others wait up to busyTimeoutMs). Writes of this process
// run one at a time on one writer connection and commit in groups (one fsync for all the
// writes that queued meanwhile; see SqliteWork in the .cpp). The schema has its own
// versioned ledger (schema_migrations); a database from a newer server is refused.
#pragma once

#include "bro/server/storage/repository.h"

#include <bro/sync/sqlite.h>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace bro::server {

// Opening the key of a data directory, and refusing what is not safe.
struct KeyFileError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// The raw 32-byte key of DIR/server.key. Creates it (0600) when neither the key nor the
// database exists. A key file readable or writable by others, a missing key beside an
// existing encrypted database, a key file of the wrong form: KeyFileError saying what to do.
// A database written before encryption existed (plain SQLite) is encrypted in place with a
// new key (the plain file is overwritten only after the encrypted copy is complete).
[[nodiscard]] std::string openServerKey(const std::string &dataDir);

class SqliteRepository final : public Repository
{
public:
    // Opens (creating if needed) DIR/server.db and brings its schema up to date. Throws
    // std::runtime_error (KeyFileError for key problems) with a message saying what is wrong.
    explicit SqliteRepository(const std::string &dataDir, int busyTimeoutMs = 10000);
    ~SqliteRepository() override;

    std::unique_ptr<Work> read() override;
    std::unique_ptr<Work> write() override;
    std::unique_ptr<Work> writeRerunnable() override;

    [[nodiscard]] int schemaVersion();
    [[nodiscard]] static int latestSchemaVersion();

    // A consistent copy of the database (SQLite's online backup API), encrypted with the
    // same key, to path. Returns "" or what went wrong.
    std::string backupTo(const std::string &path);

    // A connection of its own to the database, outside any unit of work (import-sqlite
    // reads the tables through it).
    [[nodiscard]] sync::Database connection() { return openConnection(); }

    class SqliteWork;

private:
    friend class SqliteWork;
    sync::Database openConnection();
    sync::Database acquire();
    void release(sync::Database db);

    std::string m_path;
    std::string m_key;
    int m_busyTimeoutMs;
    std::mutex m_poolMutex;
    std::vector<sync::Database> m_pool;
    // Write work (group commit, see SqliteWork): the writer connection, held by one write Work
    // at a time; the group whose transaction is open on it; how many writers wait for it.
    struct Group;
    std::unique_lock<std::mutex> lockWriter();
    sync::Database &writer();
    std::mutex m_writeMutex;
    sync::Database m_writer;
    std::shared_ptr<Group> m_group;
    std::atomic<int> m_writersWaiting{0};
    std::mutex m_groupMutex; // guards Group::done and Group::error
    std::condition_variable m_groupDone;
};

} // namespace bro::server
