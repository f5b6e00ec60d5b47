// The PostgreSQL backend (libpqxx), for a county or the country: any number of bro-server
// processes on one database, none holding state of its own (sessions, login failures and
// lockouts, device rows, the log counter: all in the database).
//
// - Record documents are jsonb; upserts are INSERT ... ON CONFLICT; every statement is a
//   prepared statement, prepared on each pooled connection (one connection per unit of work
//   at a time; the pool keeps those it had, so a worker thread reuses its connection).
// - A process opens at most maxConnections connections (--db-connections, default 16): the
//   hundreds of worker threads that hold devices' connections share them, waiting for a free
//   one (at most kConnectionWaitSeconds, then Unavailable: a 503). Several processes on one
//   PostgreSQL therefore stay below its max_connections (16 each by default; at 256 each,
//   three processes under load were refused "too many clients" and answered 500s), and a
//   2-core database runs a few transactions at a time rather than hundreds that contend.
// - Write work is READ COMMITTED. loadRecords() locks the records a push touches, in sorted
//   id order, with a transaction advisory lock per id (which covers records that do not exist
//   yet: two devices making the same record) and SELECT ... FOR UPDATE: a read-merge-write of
//   a record never loses a concurrent one, and the fixed order cannot deadlock. The device row
//   is locked before the records (device() in write work), the log counter after them.
// - A batch is one statement per table whatever its size: ids as one text[] (= ANY($1),
//   the advisory locks over unnest($1) in the array's sorted order), rows as one array per
//   column (INSERT ... SELECT FROM unnest($1, $2, ...)).
// - Read work is REPEATABLE READ, READ ONLY: one snapshot for the whole unit of work (the log
//   rows of a pull page and the head of the log come from the same moment).
// - The pull cursor never skips: see appendLog() in postgres_repository.cpp.
// - The schema has its own versioned ledger (schema_migrations), applied under an advisory
//   lock so that processes starting together migrate once; a newer schema is refused.
#pragma once

#include "bro/server/storage/repository.h"

#include <pqxx/connection>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>


namespace bro::server {

class PostgresRepository final : public Repository
{
public:
    // Connects to url (postgresql://...) and brings the schema up to date (migrate = false:
    // refuses a schema that is not up to date instead). Throws std::runtime_error saying what
    // is wrong.
    explicit PostgresRepository(const std::string &url, bool migrate = true,
                                int maxConnections = kDefaultConnections);
    static constexpr int kDefaultConnections = 16;
    static constexpr int kConnectionWaitSeconds = 10;
    ~PostgresRepository() override;

    std::unique_ptr<Work> read() override;
    std::unique_ptr<Work> write() override;

    [[nodiscard]] int schemaVersion();
    [[nodiscard]] static int latestSchemaVersion();

    // Whether the database holds no users, records, log rows or audit rows (a target for
    // import-sqlite).
    [[nodiscard]] bool empty();

    // Fills an empty database in one transaction (import-sqlite): produce calls the sink
    // once per row with the table, its columns and the row's values as text (bytea as
    // "\\x" followed by hex). Afterwards the log counter and the id sequences follow what
    // was imported. Nothing is kept if anything fails.
    using ImportSink = std::function<void(const std::string &table,
                                          const std::vector<std::string> &columns,
                                          const std::vector<std::string> &row)>;
    void importAll(const std::function<void(const ImportSink &)> &produce);

    class PgWork;

private:
    friend class PgWork;
    // A connection for one unit of work: a pooled one (unless fresh), else a new one while
    // fewer than maxConnections are open, else waits for one. Every acquired connection goes
    // back through release(), broken or not.
    std::unique_ptr<pqxx::connection> acquire(bool fresh = false);
    void release(std::unique_ptr<pqxx::connection> c);

    std::string m_url;
    int m_maxConnections;
    std::mutex m_poolMutex;
    std::condition_variable m_poolChanged;
    int m_open = 0; // connections open: pooled and in use
    std::vector<std::unique_ptr<pqxx::connection>> m_pool;
};

// Whether a --db value names a PostgreSQL database.
[[nodiscard]] bool isPostgresUrl(const std::string &db);

} // namespace bro::server
