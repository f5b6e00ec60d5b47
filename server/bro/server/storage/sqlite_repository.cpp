#include "bro/server/storage/sqlite_repository.h"

#include <bro/model/validation.h>

#include <sodium.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

namespace bro::server {

namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// --- the schema, one frozen step per version ----------------------------------------------

// Version 1 is the schema as it was before the ledger existed (a database of that time has
// these tables and no schema_migrations); every later change is a new step.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE IF NOT EXISTS users (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,
    employer       TEXT NOT NULL DEFAULT '',
    participant_id TEXT NOT NULL DEFAULT '',
    password_hash  TEXT NOT NULL,
    scope_version  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS login_failures (name TEXT NOT NULL, at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS caseload (
    adviser_id     INTEGER NOT NULL,
    participant_id TEXT NOT NULL,
    PRIMARY KEY (adviser_id, participant_id)
);
CREATE TABLE IF NOT EXISTS placement (
    participant_id TEXT NOT NULL,
    employer       TEXT NOT NULL,
    PRIMARY KEY (participant_id, employer)
);
CREATE TABLE IF NOT EXISTS log (
    seq            INTEGER PRIMARY KEY,
    op_id          TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    field          TEXT NOT NULL,
    value          TEXT NOT NULL,
    base           TEXT NOT NULL,
    hlc            TEXT NOT NULL,
    device         TEXT NOT NULL,
    user_id        INTEGER NOT NULL,
    participant_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_participant ON log(participant_id, seq);
CREATE TABLE IF NOT EXISTS records (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    doc            TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS blob_ref (
    record_id      TEXT PRIMARY KEY,
    sha256         TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    owner_kind     TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS blob_ref_sha ON blob_ref(sha256);
CREATE TABLE IF NOT EXISTS blob_upload (
    sha256   TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    received INTEGER NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS blob_chunk (
    sha256 TEXT NOT NULL,
    pos    INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (sha256, pos)
);
CREATE TABLE IF NOT EXISTS audit (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    action    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    detail    TEXT NOT NULL
);
)sql";

// Version 2, the trust boundary: devices bound to tokens, disabled accounts, display names
// and municipalities, failures by address, scope by training book and employer on every
// record and log row, uploads per uploader, files that exist only once complete, and the
// participant an audit row is about.
constexpr const char *kVersion2 = R"sql(
ALTER TABLE users ADD COLUMN full_name TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tokens ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
CREATE INDEX tokens_user ON tokens(user_id);
ALTER TABLE login_failures ADD COLUMN address TEXT NOT NULL DEFAULT '';
CREATE INDEX login_failures_name ON login_failures(name, at);
CREATE INDEX login_failures_address ON login_failures(address, at);
CREATE INDEX login_failures_at ON login_failures(at);
CREATE TABLE devices (
    id             TEXT PRIMARY KEY,
    user_id        INTEGER NOT NULL,
    registered_at  INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL,
    last_stamp     TEXT NOT NULL DEFAULT '',
    wipe_requested INTEGER NOT NULL DEFAULT 0,
    wiped_at       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX devices_user ON devices(user_id);
CREATE INDEX placement_employer ON placement(employer, participant_id);
ALTER TABLE log ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE log ADD COLUMN employer TEXT NOT NULL DEFAULT '';
ALTER TABLE log ADD COLUMN owner_kind TEXT NOT NULL DEFAULT '';
CREATE INDEX log_employer ON log(employer, seq);
CREATE INDEX log_record ON log(record_id, seq);
ALTER TABLE records ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN employer TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN owner_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN creator_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX records_book ON records(kind, employer);
ALTER TABLE blob_ref ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE blob_ref ADD COLUMN employer TEXT NOT NULL DEFAULT '';
ALTER TABLE blob_ref ADD COLUMN creator_id INTEGER NOT NULL DEFAULT 0;
-- Files stored before possession was checked stay readable through their records.
ALTER TABLE blob_ref ADD COLUMN proven INTEGER NOT NULL DEFAULT 1;
CREATE TABLE blob (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL);
INSERT INTO blob (sha256, size) SELECT sha256, size FROM blob_upload WHERE complete = 1;
DELETE FROM blob_chunk WHERE sha256 NOT IN (SELECT sha256 FROM blob);
-- Uploads in progress belong to their uploader; an unfinished upload of the old kind is
-- dropped (the device asks where it stands and sends the file again).
DROP TABLE blob_upload;
CREATE TABLE upload (
    sha256      TEXT NOT NULL,
    uploader_id INTEGER NOT NULL,
    size        INTEGER NOT NULL,
    received    INTEGER NOT NULL,
    PRIMARY KEY (sha256, uploader_id)
);
CREATE TABLE upload_chunk (
    sha256      TEXT NOT NULL,
    uploader_id INTEGER NOT NULL,
    pos         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (sha256, uploader_id, pos)
);
ALTER TABLE audit ADD COLUMN participant_id TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN device_id TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_participant ON audit(participant_id, at);
)sql";

// Version 3, reporting: programme leaders read the merged records of their municipality's
// participants by kind, and the history of a participant's track and phase from the log.
constexpr const char *kVersion3 = R"sql(
CREATE INDEX records_kind ON records(kind, participant_id);
CREATE INDEX log_track_phase ON log(record_id, hlc) WHERE kind = 'participant' AND field IN ('track', 'phase');
)sql";

struct Step
{
    int version;
    const char *sql;
};
constexpr Step kSteps[] = {{1, kVersion1}, {2, kVersion2}, {3, kVersion3}};

// After version 2's SQL: the scope of every record and log row stored before scopes existed
// (the training book and its employer, through the record's parents).
void backfillScopes(sync::Database &db)
{
    struct Rec
    {
        std::string kind;
        Json values;
    };
    std::unordered_map<std::string, Rec> records;
    {
        auto st = db.prepare("SELECT id, kind, doc FROM records");
        while (st.step())
            records[st.text(0)] = {st.text(1), Json::parse(st.text(2)).value("values", Json::object())};
    }
    auto bookOf = [&](std::string id) -> std::string {
        for (int depth = 0; depth < 8; ++depth) {
            auto it = records.find(id);
            if (it == records.end())
                return {};
            const model::KindSpec *kind = model::findKind(it->second.kind);
            if (!kind)
                return {};
            if (!kind->employerField.empty())
                return id;
            if (kind->parentField.empty())
                return {};
            id = it->second.values.value(kind->parentField, std::string());
        }
        return {};
    };
    auto updRecord = db.prepare("UPDATE records SET book_id = ?, employer = ?, owner_kind = ? WHERE id = ?");
    auto updLog = db.prepare("UPDATE log SET book_id = ?, employer = ?, owner_kind = ? WHERE record_id = ?");
    auto updRef = db.prepare("UPDATE blob_ref SET book_id = ?, employer = ? WHERE record_id = ?");
    for (const auto &[id, rec] : records) {
        std::string ownerKind;
        std::string anchor = id;
        if (rec.kind == "attachment") {
            anchor = rec.values.value("owner_id", std::string());
            if (auto owner = records.find(anchor); owner != records.end())
                ownerKind = owner->second.kind;
        }
        const std::string book = bookOf(anchor);
        std::string employer;
        if (!book.empty())
            employer = records[book].values.value("employer", std::string());
        if (book.empty() && ownerKind.empty())
            continue;
        updRecord.bind(1, book).bind(2, employer).bind(3, ownerKind).bind(4, id).run();
        updRecord.reset();
        updLog.bind(1, book).bind(2, employer).bind(3, ownerKind).bind(4, id).run();
        updLog.reset();
        updRef.bind(1, book).bind(2, employer).bind(3, id).run();
        updRef.reset();
    }
}

bool tableExists(sync::Database &db, const char *name)
{
    auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, name);
    return st.step();
}

void migrateSchema(sync::Database &db)
{
    db.exec("BEGIN IMMEDIATE");
    try {
        const bool ledger = tableExists(db, "schema_migrations");
        const bool legacy = !ledger && tableExists(db, "users");
        db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "applied_at INTEGER NOT NULL)");
        if (legacy) { // a database from before the ledger: version 1 is there
            auto st = db.prepare("INSERT INTO schema_migrations VALUES (1, ?)");
            st.bind(1, nowMs()).run();
        }
        int current = 0;
        {
            auto st = db.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations");
            st.step();
            current = int(st.int64(0));
        }
        const int latest = kSteps[std::size(kSteps) - 1].version;
        if (current > latest)
            throw std::runtime_error("the database was written by a newer bro-server (schema " +
                                     std::to_string(current) + ", this one knows up to " +
                                     std::to_string(latest) + "); nothing was changed");
        for (const Step &step : kSteps) {
            if (step.version <= current)
                continue;
            db.exec(step.sql);
            if (step.version == 2)
                backfillScopes(db);
            auto st = db.prepare("INSERT INTO schema_migrations VALUES (?, ?)");
            st.bind(1, step.version).bind(2, nowMs()).run();
        }
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

// --- the key file ---------------------------------------------------------------------------

std::string toHex(const std::string &raw)
{
    std::string hex(raw.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char *>(raw.data()),
                   raw.size());
    hex.pop_back();
    return hex;
}

bool isPlainSqlite(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::memcmp(header, "SQLite format 3", 16) == 0;
}

void writeKeyFile(const std::string &path, const std::string &key)
{
    const std::string tmp = path + ".new";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw KeyFileError("cannot write the key file " + tmp + ": " + std::strerror(errno));
    const std::string text = toHex(key) + "\n";
    const bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0)
        throw KeyFileError("cannot write the key file " + path + ": " + std::strerror(errno));
}

std::string quoted(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

// Encrypts a plain database in place: a complete encrypted copy first, then the key, then the
// copy replaces the original.
void encryptPlainDatabase(const std::string &dbPath, const std::string &keyPath,
                          const std::string &key)
{
    const std::string enc = dbPath + ".encrypting";
    fs::remove(enc);
    {
        sync::Database plain(dbPath, false);
        plain.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        plain.exec("ATTACH DATABASE " + quoted(enc) + " AS encrypted KEY \"x'" + toHex(key) + "'\"");
        plain.exec("PRAGMA encrypted.cipher_page_size = " + std::to_string(sync::kCipherPageSize));
        plain.exec("SELECT sqlcipher_export('encrypted')");
        plain.exec("DETACH DATABASE encrypted");
    }
    writeKeyFile(keyPath, key);
    fs::rename(enc, dbPath);
    std::error_code ec;
    fs::remove(dbPath + "-wal", ec);
    fs::remove(dbPath + "-shm", ec);
}

} // namespace

std::string openServerKey(const std::string &dir)
{
    const std::string keyPath = dir + "/server.key";
    const std::string dbPath = dir + "/server.db";
    std::error_code ec;
    const bool dbExists = fs::exists(dbPath, ec) && fs::file_size(dbPath, ec) > 0;
    struct stat info{};
    if (::stat(keyPath.c_str(), &info) != 0) {
        std::string key(32, '\0');
        randombytes_buf(key.data(), key.size());
        if (dbExists) {
            if (!isPlainSqlite(dbPath))
                throw KeyFileError("the key file " + keyPath + " is missing: the database " +
                                   dbPath + " cannot be read without it. Restore server.key "
                                   "from your backup; nothing was changed");
            encryptPlainDatabase(dbPath, keyPath, key);
            return key;
        }
        if (fs::exists(dbPath, ec))
            throw KeyFileError("the database " + dbPath + " is empty (0 bytes) and there is no "
                               "key: remove the empty file to start a new server, or restore "
                               "both files from a backup; nothing was changed");
        writeKeyFile(keyPath, key);
        return key;
    }
    if (!S_ISREG(info.st_mode))
        throw KeyFileError("the key file " + keyPath + " is not a regular file");
    if (info.st_mode & (S_IRWXG | S_IRWXO)) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", unsigned(info.st_mode & 07777));
        throw KeyFileError("the key file " + keyPath + " may be read or written by others (mode " +
                           mode + "); only the server's user may: chmod 600 " + keyPath);
    }
    std::ifstream in(keyPath);
    std::string hex;
    std::getline(in, hex);
    std::string key(32, '\0');
    std::size_t len = 0;
    if (hex.size() != 64 ||
        sodium_hex2bin(reinterpret_cast<unsigned char *>(key.data()), key.size(), hex.data(),
                       hex.size(), nullptr, &len, nullptr) != 0 ||
        len != 32)
        throw KeyFileError("the key file " + keyPath + " is not a bro-server key (64 hex "
                           "digits); nothing was changed");
    if (dbExists && isPlainSqlite(dbPath)) {
        if (fs::exists(dbPath + ".encrypting", ec)) { // an encryption cut short: finish it
            fs::rename(dbPath + ".encrypting", dbPath);
            fs::remove(dbPath + "-wal", ec);
            fs::remove(dbPath + "-shm", ec);
        } else {
            throw KeyFileError("the database " + dbPath + " is not encrypted, but a key file "
                               "exists; nothing was changed");
        }
    }
    return key;
}

// --- the repository -------------------------------------------------------------------------

SqliteRepository::SqliteRepository(const std::string &dataDir, int busyTimeoutMs)
    : m_path(dataDir + "/server.db")
    , m_busyTimeoutMs(busyTimeoutMs)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    std::error_code ec;
    if (fs::exists(m_path, ec) && fs::file_size(m_path, ec) == 0 && fs::exists(dataDir + "/server.key", ec))
        throw std::runtime_error("the database " + m_path + " is empty (0 bytes): it was "
                                 "truncated or not copied completely; restore it from a backup "
                                 "(nothing was changed)");
    m_key = openServerKey(dataDir);
    sync::Database db = openConnection();
    migrateSchema(db);
    release(std::move(db));
}

SqliteRepository::~SqliteRepository() = default;

sync::Database SqliteRepository::openConnection()
{
    sync::Database db;
    try {
        db = sync::Database::openEncrypted(m_path, m_key);
    } catch (const sync::SqliteError &e) {
        if (e.primaryCode() == SQLITE_NOTADB)
            throw std::runtime_error("cannot read the database " + m_path +
                                     ": the key in server.key does not open it, or the file is "
                                     "damaged or truncated; nothing was changed");
        throw;
    }
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA busy_timeout = " + std::to_string(m_busyTimeoutMs));
    // A push of a few thousand changes touches a thousand pages and more (4 KB; 1 KB in files
    // from before kCipherPageSize): the log and its indexes, the records. With SQLite's default
    // cache (2,000 pages) such a transaction spills dirty pages to the WAL before it commits and
    // reads them back, each time through the cipher (a third of a push's CPU was page
    // encryption).
    // Up to 16 MB per connection, taken only as pages are used.
    db.exec("PRAGMA cache_size = -16384");
    return db;
}

sync::Database SqliteRepository::acquire()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_pool.empty()) {
            sync::Database db = std::move(m_pool.back());
            m_pool.pop_back();
            return db;
        }
    }
    return openConnection();
}

void SqliteRepository::release(sync::Database db)
{
    std::lock_guard lock(m_poolMutex);
    if (m_pool.size() < 64)
        m_pool.push_back(std::move(db));
}

int SqliteRepository::latestSchemaVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

int SqliteRepository::schemaVersion()
{
    sync::Database db = acquire();
    auto st = db.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations");
    st.step();
    const int v = int(st.int64(0));
    release(std::move(db));
    return v;
}

std::string SqliteRepository::backupTo(const std::string &path)
{
    std::error_code ec;
    fs::remove(path, ec);
    try {
        sync::Database source = acquire();
        sync::Database target(path, true);
        target.setKey(m_key);
        // The copy is page for page, and the cipher must write its pages at the source's size
        // (SQLite sets the copy's page size, SQLCipher does not follow: the copy of a 4 KB
        // database was unreadable without this; tst_ops backupIsConsistentAndRestores).
        target.exec("PRAGMA cipher_page_size = " + std::to_string(source.cipherPageSize()));
        sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
        if (!backup)
            return std::string("backup: ") + sqlite3_errmsg(target.handle());
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        release(std::move(source));
        if (rc != SQLITE_DONE)
            return std::string("backup: ") + sqlite3_errstr(rc);
        ::chmod(path.c_str(), 0600);
        return {};
    } catch (const std::exception &e) {
        return std::string("backup: ") + e.what();
    }
}

// Writes commit in groups (group commit): write work runs one at a time on the one writer
// connection, each in a savepoint of the group's transaction; a work that ends while others
// wait for the writer hands the open transaction on, and the last one (or the one that fills
// the group) commits it, with one fsync for the whole group. commit() returns only once the
// group's COMMIT is durable, and throws if it failed (every work of that group then failed:
// none of them was answered as done). Without this every write waited for the fsync of each
// write before it (two thirds and more of the workers waited on the writer under load, README
// "Server load").
//
// A work that fails rolls back its own savepoint only: its failure costs nobody else anything.
// But a savepoint is not free: SQLite copies every page that a work changes for the first time
// since its savepoint into the statement journal, and SQLCipher encrypts each copy (a small
// push changes a dozen pages that the works before it in the group changed too; a quarter of
// server_load's requests/s). So a work goes without one when every work before it in the group
// can be run again (writeRerunnable(): the push, the audit of a pull), the first of a group
// always: if it fails, the whole transaction is rolled back and those before it are told
// WorkLost (Repository::rerunnable() runs them again, then as write() work). A work that
// cannot be run again (write()) makes the works after it in its group keep their savepoints,
// so it is never lost to a later one's failure.
struct SqliteRepository::Group
{
    bool done = false;
    std::exception_ptr error;
    int members = 0;
    bool rerunnable = true; // every member so far can be run again
    std::chrono::steady_clock::time_point opened = std::chrono::steady_clock::now();
};

class SqliteRepository::SqliteWork final : public Repository::Work
{
public:
    SqliteWork(SqliteRepository &repo, bool writes, bool rerunnable = false)
        : m_repo(repo)
        , m_writeLock(writes ? repo.lockWriter() : std::unique_lock<std::mutex>())
        , m_own(writes ? sync::Database() : repo.acquire())
        , m_db(writes ? repo.writer() : m_own)
        , m_writes(writes)
    {
        // One writer at a time in this process, in the order they come: waiting on SQLite's
        // busy handler instead sleeps in steps of up to 100 ms and lets later writers pass
        // (seconds of latency, then SQLITE_BUSY, with hundreds of devices). The busy timeout
        // stays for other processes (the admin commands).
        if (!writes) {
            m_db.exec("BEGIN");
            return;
        }
        if (!repo.m_group) {
            m_db.exec("BEGIN IMMEDIATE");
            repo.m_group = std::make_shared<Group>();
        }
        m_group = repo.m_group;
        ++m_group->members;
        m_savepoint = !m_group->rerunnable;
        m_group->rerunnable = m_group->rerunnable && rerunnable;
        if (!m_savepoint)
            return;
        try {
            m_db.exec("SAVEPOINT work");
        } catch (...) {
            finishGroup();
            throw;
        }
    }
    ~SqliteWork() override
    {
        if (m_writes) {
            if (m_group && !m_done) {
                if (!m_savepoint) {
                    abandonGroup();
                    return;
                }
                try {
                    m_db.exec("ROLLBACK TO work");
                    m_db.exec("RELEASE work");
                } catch (...) {
                }
                finishGroup();
            }
            return;
        }
        if (!m_done) {
            try {
                m_db.exec("ROLLBACK");
            } catch (...) {
            }
        }
        m_repo.release(std::move(m_own));
    }
    void commit() override
    {
        if (!m_writes) {
            m_db.exec("COMMIT");
            m_done = true;
            return;
        }
        // After a statement that ended the transaction (OR ROLLBACK) this throws: no
        // transaction is active, and nothing of the Work is kept — nor of the works of the
        // group before it (finishGroup tells them; their requests fail and are sent again).
        if (m_savepoint)
            m_db.exec("RELEASE work");
        m_done = true;
        const auto group = finishGroup();
        if (group->error)
            std::rethrow_exception(group->error);
    }

    // --- batches ------------------------------------------------------------------------
    // A batch goes to SQLite in as few statements as its limit of host parameters allows
    // (SQLITE_LIMIT_VARIABLE_NUMBER: 999 in SQLite 3.15, which the SQLCipher 3.4 that the
    // server links is): f(from, n, full) for each chunk of at most that many parameters,
    // reserved of them taken by parameters outside the rows (full: the chunk has the
    // largest size, whose statement is kept).
    template <typename F>
    void inChunks(std::size_t count, int perItem, int reserved, F &&f)
    {
        const int limit = sqlite3_limit(m_db.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
        const std::size_t per = std::size_t(std::max(1, (limit - reserved) / perItem));
        for (std::size_t from = 0; from < count; from += per) {
            const std::size_t n = std::min(per, count - from);
            f(from, n, n == per);
        }
    }
    // head, then n times group (comma-separated), then tail: one statement for n rows (or
    // n values of an IN list). Kept prepared for the common sizes (small batches, and full
    // chunks); others are prepared for the one use, so that a connection keeps at most a few
    // dozen of them per table.
    sync::CachedStatement rows(const char *head, const char *group, std::size_t n,
                               const char *tail, bool full)
    {
        std::string sql(head);
        const std::size_t groupLength = std::strlen(group);
        sql.reserve(sql.size() + n * (groupLength + 2) + std::strlen(tail));
        for (std::size_t i = 0; i < n; ++i) {
            if (i)
                sql += ", ";
            sql.append(group, groupLength);
        }
        sql += tail;
        if (n <= 16 || full)
            return m_db.cached(sql);
        return sync::CachedStatement(std::make_unique<sync::Statement>(m_db.prepare(sql)));
    }
    // The items once each, in their first order.
    static std::vector<std::string> distinct(const std::vector<std::string> &items)
    {
        std::vector<std::string> out;
        out.reserve(items.size());
        std::unordered_set<std::string_view> seen;
        seen.reserve(items.size());
        for (const auto &item : items)
            if (seen.insert(item).second)
                out.push_back(item);
        return out;
    }

private:
    // A work without a savepoint that ends without commit(): the whole transaction is rolled
    // back, and the works of the group before it (each of them rerunnable) are told WorkLost.
    // Holds the writer lock on entry.
    void abandonGroup()
    {
        auto group = std::move(m_group);
        m_repo.m_group.reset();
        rollbackQuietly();
        endGroup(*group, std::make_exception_ptr(WorkLost(
                             "database: another request written in the same transaction "
                             "failed; nothing of this one was kept")));
    }
    void rollbackQuietly()
    {
        try {
            if (m_db.inTransaction())
                m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
    // The group's transaction is over (committed, or not: error): the writer goes to the
    // next work, and the group's works waiting in finishGroup learn how it ended.
    void endGroup(Group &group, std::exception_ptr error)
    {
        m_writeLock.unlock();
        {
            std::lock_guard lock(m_repo.m_groupMutex);
            group.error = std::move(error);
            group.done = true;
        }
        m_repo.m_groupDone.notify_all();
    }
    // Ends this work's part in the group: hands the open transaction to the next writer, or
    // commits it; then waits until the group is committed. Holds the writer lock on entry.
    std::shared_ptr<Group> finishGroup()
    {
        auto group = std::move(m_group);
        const bool othersWait = m_repo.m_writersWaiting.load() > 0;
        const bool full = group->members >= kMaxGroupWorks ||
                          std::chrono::steady_clock::now() - group->opened >= kMaxGroupAge;
        if (othersWait && !full && m_db.inTransaction()) {
            m_writeLock.unlock(); // the next writer goes on in this group's transaction
            std::unique_lock lock(m_repo.m_groupMutex);
            m_repo.m_groupDone.wait(lock, [&] { return group->done; });
            return group;
        }
        m_repo.m_group.reset();
        std::exception_ptr error;
        if (!m_db.inTransaction()) {
            // SQLite rolled the whole transaction back (an I/O error, a full disk).
            error = std::make_exception_ptr(std::runtime_error(
                "database: the transaction was rolled back by SQLite; nothing of it was kept"));
        } else {
            try {
                m_db.exec("COMMIT");
            } catch (...) {
                error = std::current_exception();
                rollbackQuietly();
            }
        }
        endGroup(*group, error);
        return group;
    }

public:
    // --- users -------------------------------------------------------------------------
    static constexpr const char *kUserColumns =
        "id, name, role, employer, participant_id, password_hash, scope_version, full_name, "
        "municipality, disabled";
    static UserRow readUser(const sync::Statement &st, int c = 0)
    {
        UserRow u;
        u.id = st.int64(c);
        u.name = st.text(c + 1);
        const bool knownRole = model::roleFromName(st.text(c + 2), u.role);
        u.employer = st.text(c + 3);
        u.participantId = st.text(c + 4);
        u.passwordHash = st.text(c + 5);
        u.scopeVersion = st.int64(c + 6);
        u.fullName = st.text(c + 7);
        u.municipality = st.text(c + 8);
        // A role this server does not know (a row from a newer server) grants nothing.
        u.disabled = st.int64(c + 9) != 0 || !knownRole;
        return u;
    }
    std::optional<UserRow> userByName(const std::string &name) override
    {
        auto st = m_db.cached(std::string("SELECT ") + kUserColumns + " FROM users WHERE name = ?");
        st->bind(1, name);
        return st->step() ? std::optional(readUser(*st)) : std::nullopt;
    }
    std::optional<UserRow> userById(std::int64_t id) override
    {
        auto st = m_db.cached(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?");
        st->bind(1, id);
        return st->step() ? std::optional(readUser(*st)) : std::nullopt;
    }
    std::int64_t insertUser(const UserRow &u) override
    {
        auto st = m_db.cached("INSERT INTO users (name, role, employer, participant_id, "
                              "password_hash, full_name, municipality) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st->bind(1, u.name)
            .bind(2, model::roleName(u.role))
            .bind(3, u.employer)
            .bind(4, u.participantId)
            .bind(5, u.passwordHash)
            .bind(6, u.fullName)
            .bind(7, u.municipality)
            .run();
        return m_db.lastInsertRowId();
    }
    void setUserDisabled(std::int64_t id, bool disabled) override
    {
        auto st = m_db.cached("UPDATE users SET disabled = ?, scope_version = scope_version + 1 "
                              "WHERE id = ?");
        st->bind(1, disabled ? 1 : 0).bind(2, id).run();
    }
    void linkParticipant(std::int64_t userId, const std::string &participantId) override
    {
        auto st = m_db.cached("UPDATE users SET participant_id = ?, scope_version = "
                              "scope_version + 1 WHERE id = ?");
        st->bind(1, participantId).bind(2, userId).run();
    }
    void insertToken(const std::string &hash, std::int64_t userId, const std::string &deviceId,
                     std::int64_t expiresAt) override
    {
        auto st = m_db.cached("INSERT INTO tokens (token_hash, user_id, expires_at, device_id) "
                              "VALUES (?, ?, ?, ?)");
        st->bind(1, hash).bind(2, userId).bind(3, expiresAt).bind(4, deviceId).run();
    }
    std::optional<SessionRow> session(const std::string &hash, std::int64_t now) override
    {
        auto st = m_db.cached(std::string("SELECT t.device_id, t.expires_at, ") +
                              "u.id, u.name, u.role, u.employer, u.participant_id, "
                              "u.password_hash, u.scope_version, u.full_name, u.municipality, "
                              "u.disabled FROM tokens t JOIN users u ON u.id = t.user_id WHERE "
                              "t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ?");
        st->bind(1, hash).bind(2, now);
        if (!st->step())
            return std::nullopt;
        return SessionRow{readUser(*st, 2), st->text(0), st->int64(1)};
    }
    void revokeToken(const std::string &hash) override
    {
        auto st = m_db.cached("UPDATE tokens SET revoked = 1 WHERE token_hash = ?");
        st->bind(1, hash).run();
    }
    void revokeTokensOf(std::int64_t userId) override
    {
        auto st = m_db.cached("UPDATE tokens SET revoked = 1 WHERE user_id = ?");
        st->bind(1, userId).run();
    }
    void revokeTokensOfDevice(const std::string &deviceId) override
    {
        auto st = m_db.cached("UPDATE tokens SET revoked = 1 WHERE device_id = ?");
        st->bind(1, deviceId).run();
    }
    static DeviceRow readDevice(const sync::Statement &st)
    {
        return DeviceRow{st.text(0), st.int64(1), st.int64(2), st.int64(3),
                         st.text(4), st.int64(5) != 0, st.int64(6)};
    }
    std::optional<DeviceRow> device(const std::string &id) override
    {
        auto st = m_db.cached("SELECT id, user_id, registered_at, last_seen_at, last_stamp, "
                              "wipe_requested, wiped_at FROM devices WHERE id = ?");
        st->bind(1, id);
        return st->step() ? std::optional(readDevice(*st)) : std::nullopt;
    }
    // Every push saves its device: an UPDATE of the columns a sync changes, when the row is
    // there with the same owner (the usual case), else INSERT OR REPLACE. A statement that may
    // stop half-way (a REPLACE deletes and then may fail; an UPDATE may fail a NOT NULL) keeps
    // a statement journal, and SQLCipher encrypts every page it copies there (4 % of the
    // server's CPU under server_load); OR ROLLBACK (see saveRecords) keeps none, and the
    // UPDATE leaves the index of owners alone.
    void saveDevice(const DeviceRow &d) override
    {
        auto update = m_db.cached("UPDATE OR ROLLBACK devices SET last_seen_at = ?, last_stamp = ?, "
                                  "wipe_requested = ?, wiped_at = ? WHERE id = ? AND "
                                  "user_id = ? AND registered_at = ?");
        update->bind(1, d.lastSeenAt)
            .bind(2, d.lastStamp)
            .bind(3, d.wipeRequested ? 1 : 0)
            .bind(4, d.wipedAt)
            .bind(5, d.id)
            .bind(6, d.userId)
            .bind(7, d.registeredAt)
            .run();
        if (m_db.changes() > 0)
            return;
        auto st = m_db.cached("INSERT OR REPLACE INTO devices (id, user_id, registered_at, "
                              "last_seen_at, last_stamp, wipe_requested, wiped_at) VALUES (?, ?, "
                              "?, ?, ?, ?, ?)");
        st->bind(1, d.id)
            .bind(2, d.userId)
            .bind(3, d.registeredAt)
            .bind(4, d.lastSeenAt)
            .bind(5, d.lastStamp)
            .bind(6, d.wipeRequested ? 1 : 0)
            .bind(7, d.wipedAt)
            .run();
    }
    std::vector<DeviceRow> devicesOf(std::int64_t userId) override
    {
        auto st = m_db.cached("SELECT id, user_id, registered_at, last_seen_at, last_stamp, "
                              "wipe_requested, wiped_at FROM devices WHERE user_id = ? ORDER BY "
                              "registered_at, id");
        st->bind(1, userId);
        std::vector<DeviceRow> out;
        while (st->step())
            out.push_back(readDevice(*st));
        return out;
    }

    // --- failed logins -----------------------------------------------------------------
    int failuresOfName(const std::string &name, std::int64_t since) override
    {
        auto st = m_db.cached("SELECT count(*) FROM login_failures WHERE name = ? AND at > ?");
        st->bind(1, name).bind(2, since);
        st->step();
        return int(st->int64(0));
    }
    int failuresOfAddress(const std::string &address, std::int64_t since) override
    {
        auto st = m_db.cached("SELECT count(*) FROM login_failures WHERE address = ? AND at > ?");
        st->bind(1, address).bind(2, since);
        st->step();
        return int(st->int64(0));
    }
    std::int64_t oldestFailureOfName(const std::string &name, std::int64_t since) override
    {
        auto st = m_db.cached("SELECT coalesce(min(at), 0) FROM login_failures WHERE name = ? AND at > ?");
        st->bind(1, name).bind(2, since);
        st->step();
        return st->int64(0);
    }
    void addFailure(const std::string &name, const std::string &address, std::int64_t at) override
    {
        auto st = m_db.cached("INSERT INTO login_failures (name, at, address) VALUES (?, ?, ?)");
        st->bind(1, name).bind(2, at).bind(3, address).run();
    }
    void clearFailures(const std::string &name) override
    {
        auto st = m_db.cached("DELETE FROM login_failures WHERE name = ?");
        st->bind(1, name).run();
    }
    void pruneFailures(std::int64_t before) override
    {
        auto st = m_db.cached("DELETE FROM login_failures WHERE at <= ?");
        st->bind(1, before).run();
    }

    // --- caseloads and placements --------------------------------------------------------
    bool addToCaseload(std::int64_t adviser, const std::string &participant) override
    {
        auto st = m_db.cached("INSERT OR IGNORE INTO caseload (adviser_id, participant_id) VALUES (?, ?)");
        st->bind(1, adviser).bind(2, participant).run();
        return m_db.changes() > 0;
    }
    bool removeFromCaseload(std::int64_t adviser, const std::string &participant) override
    {
        auto st = m_db.cached("DELETE FROM caseload WHERE adviser_id = ? AND participant_id = ?");
        st->bind(1, adviser).bind(2, participant).run();
        return m_db.changes() > 0;
    }
    std::set<std::string> inCaseload(std::int64_t adviser,
                                     const std::vector<std::string> &participants) override
    {
        std::set<std::string> out;
        const auto ids = distinct(participants);
        inChunks(ids.size(), 1, 1, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("SELECT participant_id FROM caseload WHERE adviser_id = ? AND "
                           "participant_id IN (", "?", n, ")", full);
            st->bind(1, adviser);
            for (std::size_t i = 0; i < n; ++i)
                st->bind(int(i) + 2, ids[from + i]);
            while (st->step())
                out.insert(st->text(0));
        });
        return out;
    }
    bool addPlacement(const std::string &participant, const std::string &employer) override
    {
        auto st = m_db.cached("INSERT OR IGNORE INTO placement (participant_id, employer) VALUES (?, ?)");
        st->bind(1, participant).bind(2, employer).run();
        return m_db.changes() > 0;
    }
    bool endPlacement(const std::string &participant, const std::string &employer) override
    {
        auto st = m_db.cached("DELETE FROM placement WHERE participant_id = ? AND employer = ?");
        st->bind(1, participant).bind(2, employer).run();
        return m_db.changes() > 0;
    }
    std::set<std::string> placedWith(const std::string &employer,
                                     const std::vector<std::string> &participants) override
    {
        std::set<std::string> out;
        const auto ids = distinct(participants);
        inChunks(ids.size(), 1, 1, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("SELECT participant_id FROM placement WHERE employer = ? AND "
                           "participant_id IN (", "?", n, ")", full);
            st->bind(1, employer);
            for (std::size_t i = 0; i < n; ++i)
                st->bind(int(i) + 2, ids[from + i]);
            while (st->step())
                out.insert(st->text(0));
        });
        return out;
    }
    void bumpScopeOfUser(std::int64_t userId) override
    {
        auto st = m_db.cached("UPDATE users SET scope_version = scope_version + 1 WHERE id = ?");
        st->bind(1, userId).run();
    }
    void bumpScopeOfMentors(const std::string &employer) override
    {
        auto st = m_db.cached("UPDATE users SET scope_version = scope_version + 1 WHERE role = "
                              "'mentor' AND employer = ?");
        st->bind(1, employer).run();
    }
    void bumpScopeOfParticipantUsers(const std::string &participantId) override
    {
        auto st = m_db.cached("UPDATE users SET scope_version = scope_version + 1 WHERE role = "
                              "'participant' AND participant_id = ?");
        st->bind(1, participantId).run();
    }
    Visible visible(const Reach &reach) override
    {
        Visible v;
        auto collect = [](sync::Statement &st, std::vector<std::string> &out) {
            while (st.step())
                out.push_back(st.text(0));
        };
        switch (reach.role) {
        case model::Role::Adviser: {
            auto st = m_db.cached("SELECT participant_id FROM caseload WHERE adviser_id = ? ORDER BY 1");
            st->bind(1, reach.userId);
            collect(*st, v.participants);
            break;
        }
        case model::Role::Mentor: {
            auto st = m_db.cached("SELECT participant_id FROM placement WHERE employer = ? ORDER BY 1");
            st->bind(1, reach.employer);
            collect(*st, v.participants);
            auto books = m_db.cached("SELECT r.id FROM records r WHERE r.kind = 'training_book' "
                                     "AND r.employer = ? AND r.participant_id IN (SELECT "
                                     "participant_id FROM placement WHERE employer = ?) ORDER BY 1");
            books->bind(1, reach.employer).bind(2, reach.employer);
            collect(*books, v.books);
            break;
        }
        case model::Role::Participant:
            if (!reach.participantId.empty())
                v.participants.push_back(reach.participantId);
            break;
        case model::Role::Leader:
            break;
        }
        return v;
    }

    // --- records and the log -------------------------------------------------------------
    // The records of a batch with one statement per chunk of ids (SELECT ... IN (...)).
    std::vector<StoredRecord> loadRecords(const std::vector<std::string> &ids) override
    {
        const auto wanted = distinct(ids);
        std::unordered_map<std::string, StoredRecord> found;
        inChunks(wanted.size(), 1, 0, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("SELECT id, kind, participant_id, doc, book_id, employer, owner_kind, "
                           "creator_id FROM records WHERE id IN (", "?", n, ")", full);
            for (std::size_t i = 0; i < n; ++i)
                st->bind(int(i) + 1, wanted[from + i]);
            while (st->step()) {
                StoredRecord r = readRecord(*st);
                std::string id = r.id;
                found.emplace(std::move(id), std::move(r));
            }
        });
        std::vector<StoredRecord> out;
        out.reserve(found.size());
        for (const auto &id : wanted)
            if (auto it = found.find(id); it != found.end())
                out.push_back(std::move(it->second));
        return out;
    }
    // The rows of a batch are replaced as a DELETE and an INSERT per chunk (a record named
    // twice ends as its last occurrence, as row-by-row writes would leave it). Not INSERT OR
    // REPLACE: a statement that writes several rows and may stop half-way on a constraint
    // keeps a statement journal, and SQLCipher encrypts every page it puts there (that was
    // most of a push's CPU). OR ROLLBACK has nothing to undo half-way: a conflict (which
    // cannot happen after the DELETE) ends the whole transaction, and the Work with it, and
    // the works committed before it in the same group (group commit, above): they are told,
    // and their requests fail whole and are sent again; nothing is kept half.
    void saveRecords(const std::vector<StoredRecord> &records) override
    {
        std::unordered_map<std::string_view, std::size_t> last;
        for (std::size_t i = 0; i < records.size(); ++i)
            last[records[i].id] = i;
        std::vector<const StoredRecord *> batch;
        std::vector<std::string> ids;
        batch.reserve(last.size());
        ids.reserve(last.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            if (last[records[i].id] == i) {
                batch.push_back(&records[i]);
                ids.push_back(records[i].id);
            }
        inChunks(ids.size(), 1, 0, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("DELETE FROM records WHERE id IN (", "?", n, ")", full);
            for (std::size_t i = 0; i < n; ++i)
                st->bind(int(i) + 1, ids[from + i]);
            st->run();
        });
        inChunks(batch.size(), 8, 0, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("INSERT OR ROLLBACK INTO records (id, kind, participant_id, doc, "
                           "book_id, employer, owner_kind, creator_id) VALUES ",
                           "(?, ?, ?, ?, ?, ?, ?, ?)", n, "", full);
            int p = 1;
            for (std::size_t i = from; i < from + n; ++i) {
                const auto &r = *batch[i];
                const Json doc = {{"values", r.state.values},
                                  {"state", sync::mergeStateToJson(r.state)}};
                st->bind(p, r.id)
                    .bind(p + 1, r.kind)
                    .bind(p + 2, r.scope.participantId)
                    .bind(p + 3, doc.dump())
                    .bind(p + 4, r.scope.bookId)
                    .bind(p + 5, r.scope.employer)
                    .bind(p + 6, r.ownerKind)
                    .bind(p + 7, r.creatorId);
                p += 8;
            }
            st->run();
        });
    }
    std::set<std::string> knownOps(const std::vector<std::string> &opIds) override
    {
        std::set<std::string> out;
        const auto ops = distinct(opIds);
        inChunks(ops.size(), 1, 0, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("SELECT op_id FROM log WHERE op_id IN (", "?", n, ")", full);
            for (std::size_t i = 0; i < n; ++i)
                st->bind(int(i) + 1, ops[from + i]);
            while (st->step())
                out.insert(st->text(0));
        });
        return out;
    }
    // The log numbers are given here, not left to the rowid: the next after the largest, in
    // the order of rows (one writer at a time holds the writer connection, so nobody else
    // numbers).
    // OR ROLLBACK (see saveRecords): an op id the log holds already ends the transaction.
    void appendLog(std::vector<LogRow> &logRows) override
    {
        if (logRows.empty())
            return;
        std::int64_t seq = logHead();
        for (auto &row : logRows)
            row.seq = ++seq;
        inChunks(logRows.size(), 14, 0, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("INSERT OR ROLLBACK INTO log (seq, op_id, kind, record_id, field, value, base, hlc, "
                           "device, user_id, participant_id, book_id, employer, owner_kind) VALUES ",
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", n, "", full);
            int p = 1;
            for (std::size_t i = from; i < from + n; ++i) {
                const auto &row = logRows[i];
                const auto &c = row.change;
                st->bind(p, row.seq)
                    .bind(p + 1, c.opId)
                    .bind(p + 2, c.kind)
                    .bind(p + 3, c.recordId)
                    .bind(p + 4, c.field)
                    .bind(p + 5, c.value.dump())
                    .bind(p + 6, c.baseVersion)
                    .bind(p + 7, c.stamp.toString())
                    .bind(p + 8, c.deviceId)
                    .bind(p + 9, row.userId)
                    .bind(p + 10, row.scope.participantId)
                    .bind(p + 11, row.scope.bookId)
                    .bind(p + 12, row.scope.employer)
                    .bind(p + 13, row.ownerKind);
                p += 14;
            }
            st->run();
        });
    }
    static constexpr const char *kLogColumns =
        "seq, op_id, kind, record_id, field, value, base, hlc, device, user_id, participant_id, "
        "book_id, employer, owner_kind";
    static LogRow readLogRow(const sync::Statement &st)
    {
        LogRow row;
        row.seq = st.int64(0);
        auto &c = row.change;
        c.opId = st.text(1);
        c.kind = st.text(2);
        c.recordId = st.text(3);
        c.field = st.text(4);
        c.value = sync::valueFromText(st.textView(5), false);
        c.baseVersion = st.text(6);
        c.stamp = sync::HlcStamp::parse(st.text(7)).value_or(sync::HlcStamp{});
        c.deviceId = st.text(8);
        row.userId = st.int64(9);
        row.scope = {st.text(10), st.text(11), st.text(12)};
        row.ownerKind = st.text(13);
        return row;
    }
    // The reach's participants, each read from log_participant (participant_id, seq) in seq
    // order, merged: one arm per participant in a UNION ALL with ORDER BY, which SQLite runs
    // as a merge of the arms, each stepped only as far as the page needs. The query it
    // replaced (participant_id IN (the caseload) ... ORDER BY seq LIMIT) sorted every row of
    // the reach after the cursor for each page, so a device pulling N pages read the log's
    // rows about N/2 times (bench_pull_log, 180,000 rows of 30 participants in 37 pages:
    // 2.3 s against 0.8 s now; bench_sync's pull of 40,000 changes: 15 % of its server CPU).
    // The statement is kept for arm counts of powers of two; the arms beyond the participants
    // are bound to NULL, which matches no row. Reaches larger than kMaxArms (SQLite allows
    // 500 arms) use the sorting query.
    static constexpr std::size_t kMaxArms = 64;
    std::vector<std::string> participantsOf(const Reach &reach)
    {
        std::vector<std::string> out;
        auto collect = [&](const char *sql, auto value) {
            auto st = m_db.cached(sql);
            st->bind(1, value);
            while (st->step())
                out.push_back(st->text(0));
        };
        switch (reach.role) {
        case model::Role::Adviser:
            collect("SELECT participant_id FROM caseload WHERE adviser_id = ?", reach.userId);
            break;
        case model::Role::Mentor:
            collect("SELECT participant_id FROM placement WHERE employer = ?", reach.employer);
            break;
        case model::Role::Participant:
            if (!reach.participantId.empty())
                out.push_back(reach.participantId);
            break;
        case model::Role::Leader:
            break; // figures only, never a record
        }
        return out;
    }
    std::vector<LogRow> readLog(const Reach &reach, std::int64_t since, int limit,
                                const std::string &excludeDevice,
                                std::int64_t &lastExamined) override
    {
        std::vector<LogRow> out;
        // The training books of the employer's placements, and the placed participants'
        // records (the field-level rules leave their names only).
        const char *mentorRows =
            reach.role == model::Role::Mentor ? " AND (employer = ?4 OR kind = 'participant')" : "";
        const std::vector<std::string> participants = participantsOf(reach);
        std::string sql;
        std::size_t arms = 0;
        if (!participants.empty() && participants.size() <= kMaxArms) {
            arms = 1;
            while (arms < participants.size())
                arms *= 2;
            for (std::size_t i = 0; i < arms; ++i)
                sql += std::string(i ? " UNION ALL " : "") + "SELECT " + kLogColumns +
                       " FROM log WHERE participant_id = ?" + std::to_string(5 + i) +
                       " AND seq > ?1 AND device <> ?2" + mentorRows;
            sql += " ORDER BY 1 LIMIT ?3";
        } else if (!participants.empty()) {
            const char *where =
                reach.role == model::Role::Adviser
                    ? "participant_id IN (SELECT participant_id FROM caseload WHERE adviser_id = ?4)"
                    : "participant_id IN (SELECT participant_id FROM placement WHERE employer = ?4)";
            sql = std::string("SELECT ") + kLogColumns + " FROM log WHERE seq > ?1 AND device <> ?2 AND " +
                  where + mentorRows + " ORDER BY seq LIMIT ?3";
        }
        if (!sql.empty()) {
            auto st = m_db.cached(sql);
            st->bind(1, since).bind(2, excludeDevice).bind(3, std::int64_t(limit));
            if (reach.role == model::Role::Adviser)
                st->bind(4, reach.userId);
            else if (reach.role == model::Role::Mentor)
                st->bind(4, reach.employer);
            // SQLite 3.15 merges the arms left-deep: a row of the first arm passes every merge,
            // one of the last arm one. The spare arms go first, so that a row passes at most
            // as many merges as there are participants.
            const std::size_t spare = arms - std::min(arms, participants.size());
            for (std::size_t i = 0; i < arms; ++i) {
                if (i < spare)
                    st->bind(int(5 + i), nullptr);
                else
                    st->bind(int(5 + i), participants[i - spare]);
            }
            while (st->step()) {
                if (out.size() == 64) // a big page: room for all of it once, not moved a dozen times
                    out.reserve(std::size_t(limit));
                out.push_back(readLogRow(*st));
            }
        }
        if (int(out.size()) == limit) {
            lastExamined = out.back().seq;
        } else {
            // Everything in the log up to now has been looked at for this reach. One writer
            // at a time (SQLite): every seq up to max(seq) of this snapshot is committed.
            auto max = m_db.cached("SELECT coalesce(max(seq), 0) FROM log");
            max->step();
            lastExamined = std::max(since, max->int64(0));
        }
        return out;
    }
    std::vector<LogRow> logOfRecords(const std::vector<std::string> &ids) override
    {
        std::vector<LogRow> out;
        auto st = m_db.cached(std::string("SELECT ") + kLogColumns +
                              " FROM log WHERE record_id = ? ORDER BY seq");
        for (const auto &id : ids) {
            st->bind(1, id);
            while (st->step())
                out.push_back(readLogRow(*st));
            st->reset();
        }
        std::sort(out.begin(), out.end(),
                  [](const LogRow &a, const LogRow &b) { return a.seq < b.seq; });
        return out;
    }

    std::int64_t logHead() override
    {
        auto st = m_db.cached("SELECT coalesce(max(seq), 0) FROM log");
        st->step();
        return st->int64(0);
    }
    std::vector<std::string> participantsChangedSince(std::int64_t after, std::int64_t upTo) override
    {
        auto st = m_db.cached("SELECT DISTINCT participant_id FROM log WHERE seq > ? AND seq <= ?");
        st->bind(1, after).bind(2, upTo);
        std::vector<std::string> out;
        while (st->step())
            out.push_back(st->text(0));
        return out;
    }
    static std::string inList(std::size_t n)
    {
        std::string list = "(";
        for (std::size_t i = 0; i < n; ++i)
            list += i ? ", ?" : "?";
        return list + ")";
    }
    static StoredRecord readRecord(const sync::Statement &st)
    {
        // id, kind, participant_id, doc, book_id, employer, owner_kind, creator_id
        const Json doc = Json::parse(st.text(3));
        StoredRecord r;
        r.id = st.text(0);
        r.kind = st.text(1);
        r.scope = {st.text(2), st.text(4), st.text(5)};
        r.state = sync::mergeStateFromJson(doc.value("state", Json::object()),
                                           doc.value("values", Json::object()));
        r.ownerKind = st.text(6);
        r.creatorId = st.int64(7);
        return r;
    }
    std::vector<StoredRecord> recordsOfKinds(const std::vector<std::string> &kinds,
                                             const std::vector<std::string> *participants) override
    {
        std::vector<StoredRecord> out;
        const std::string select = "SELECT id, kind, participant_id, doc, book_id, employer, "
                                   "owner_kind, creator_id FROM records WHERE kind IN " +
                                   inList(kinds.size());
        auto bindKinds = [&](sync::Statement &st) {
            int i = 1;
            for (const auto &k : kinds)
                st.bind(i++, k);
            return i;
        };
        if (!participants) { // every pull asks this (SyncService's employer rows): kept prepared
            auto st = m_db.cached(select);
            bindKinds(*st);
            while (st->step())
                out.push_back(readRecord(*st));
            return out;
        }
        auto st = m_db.cached(select + " AND participant_id = ?");
        for (const auto &p : *participants) {
            st->bind(bindKinds(*st), p);
            while (st->step())
                out.push_back(readRecord(*st));
            st->reset();
        }
        return out;
    }
    std::vector<LogRow> fieldLog(const std::string &kind, const std::vector<std::string> &fields,
                                 const std::vector<std::string> *records) override
    {
        std::vector<LogRow> out;
        std::string select = std::string("SELECT ") + kLogColumns + " FROM log WHERE kind = ? AND field IN " +
                             inList(fields.size());
        auto bindAll = [&](sync::Statement &st) {
            st.bind(1, kind);
            int i = 2;
            for (const auto &f : fields)
                st.bind(i++, f);
            return i;
        };
        if (!records) {
            auto st = m_db.prepare(select + " ORDER BY hlc");
            bindAll(st);
            while (st.step())
                out.push_back(readLogRow(st));
            return out;
        }
        auto st = m_db.cached(select + " AND record_id = ? ORDER BY hlc");
        for (const auto &id : *records) {
            st->bind(bindAll(*st), id);
            while (st->step())
                out.push_back(readLogRow(*st));
            st->reset();
        }
        return out;
    }

    // --- files ---------------------------------------------------------------------------
    void saveBlobRef(const BlobRef &r) override
    {
        auto st = m_db.cached("INSERT OR REPLACE INTO blob_ref (record_id, sha256, participant_id, "
                              "owner_kind, size_bytes, deleted, book_id, employer, creator_id, "
                              "proven) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st->bind(1, r.recordId)
            .bind(2, r.sha256)
            .bind(3, r.scope.participantId)
            .bind(4, r.ownerKind)
            .bind(5, r.sizeBytes)
            .bind(6, r.deleted ? 1 : 0)
            .bind(7, r.scope.bookId)
            .bind(8, r.scope.employer)
            .bind(9, r.creatorId)
            .bind(10, r.proven ? 1 : 0)
            .run();
    }
    std::vector<BlobRef> blobRefs(const std::string &sha256) override
    {
        auto st = m_db.cached("SELECT record_id, sha256, participant_id, book_id, employer, "
                              "owner_kind, creator_id, size_bytes, proven, deleted FROM blob_ref "
                              "WHERE sha256 = ? ORDER BY record_id");
        st->bind(1, sha256);
        std::vector<BlobRef> out;
        while (st->step())
            out.push_back(BlobRef{st->text(0), st->text(1), {st->text(2), st->text(3), st->text(4)},
                                  st->text(5), st->int64(6), st->int64(7), st->int64(8) != 0,
                                  st->int64(9) != 0});
        return out;
    }
    std::optional<std::int64_t> completeBlobSize(const std::string &sha256) override
    {
        auto st = m_db.cached("SELECT size FROM blob WHERE sha256 = ?");
        st->bind(1, sha256);
        return st->step() ? std::optional(st->int64(0)) : std::nullopt;
    }
    std::optional<UploadState> upload(const std::string &sha256, std::int64_t uploader) override
    {
        auto st = m_db.cached("SELECT size, received FROM upload WHERE sha256 = ? AND uploader_id = ?");
        st->bind(1, sha256).bind(2, uploader);
        return st->step() ? std::optional(UploadState{st->int64(0), st->int64(1)}) : std::nullopt;
    }
    void startUpload(const std::string &sha256, std::int64_t uploader, std::int64_t size) override
    {
        discardUpload(sha256, uploader);
        auto st = m_db.cached("INSERT INTO upload (sha256, uploader_id, size, received) VALUES (?, ?, ?, 0)");
        st->bind(1, sha256).bind(2, uploader).bind(3, size).run();
    }
    void appendUploadChunk(const std::string &sha256, std::int64_t uploader, std::int64_t offset,
                           std::string_view bytes) override
    {
        if (!bytes.empty()) {
            auto st = m_db.cached("INSERT INTO upload_chunk (sha256, uploader_id, pos, data) VALUES (?, ?, ?, ?)");
            st->bind(1, sha256).bind(2, uploader).bind(3, offset).bindBlob(4, bytes.data(), int(bytes.size()));
            st->run();
        }
        auto up = m_db.cached("UPDATE upload SET received = ? WHERE sha256 = ? AND uploader_id = ?");
        up->bind(1, offset + std::int64_t(bytes.size())).bind(2, sha256).bind(3, uploader).run();
    }
    void forEachUploadChunk(const std::string &sha256, std::int64_t uploader,
                            const std::function<void(std::string_view)> &f) override
    {
        auto st = m_db.cached("SELECT data FROM upload_chunk WHERE sha256 = ? AND uploader_id = ? ORDER BY pos");
        st->bind(1, sha256).bind(2, uploader);
        while (st->step())
            f(st->blob(0));
    }
    void discardUpload(const std::string &sha256, std::int64_t uploader) override
    {
        auto chunks = m_db.cached("DELETE FROM upload_chunk WHERE sha256 = ? AND uploader_id = ?");
        chunks->bind(1, sha256).bind(2, uploader).run();
        auto up = m_db.cached("DELETE FROM upload WHERE sha256 = ? AND uploader_id = ?");
        up->bind(1, sha256).bind(2, uploader).run();
    }
    void completeUpload(const std::string &sha256, std::int64_t uploader) override
    {
        if (!completeBlobSize(sha256)) {
            auto move = m_db.cached("INSERT INTO blob_chunk (sha256, pos, data) SELECT sha256, "
                                    "pos, data FROM upload_chunk WHERE sha256 = ? AND uploader_id = ?");
            move->bind(1, sha256).bind(2, uploader).run();
            auto blob = m_db.cached("INSERT INTO blob (sha256, size) SELECT sha256, size FROM "
                                    "upload WHERE sha256 = ? AND uploader_id = ?");
            blob->bind(1, sha256).bind(2, uploader).run();
        }
        discardUpload(sha256, uploader);
    }
    std::string readBlob(const std::string &sha256, std::int64_t offset, std::int64_t length) override
    {
        const std::int64_t end = offset + length;
        std::string out;
        auto st = m_db.cached("SELECT pos, data FROM blob_chunk WHERE sha256 = ? AND pos < ? AND "
                              "pos + length(data) > ? ORDER BY pos");
        st->bind(1, sha256).bind(2, end).bind(3, offset);
        while (st->step()) {
            const std::int64_t pos = st->int64(0);
            const std::string data = st->blob(1);
            const std::int64_t from = std::max(offset, pos) - pos;
            const std::int64_t to = std::min(end, pos + std::int64_t(data.size())) - pos;
            out.append(data, std::size_t(from), std::size_t(to - from));
        }
        return out;
    }

    // --- audit -----------------------------------------------------------------------------
    void appendAudit(const std::vector<AuditRow> &auditRows) override
    {
        inChunks(auditRows.size(), 6, 0, [&](std::size_t from, std::size_t n, bool full) {
            auto st = rows("INSERT OR ROLLBACK INTO audit (at, user_id, action, record_id, detail, "
                           "participant_id, device_id) VALUES ",
                           "(?, ?, ?, '', ?, ?, ?)", n, "", full);
            int p = 1;
            for (std::size_t i = from; i < from + n; ++i) {
                const auto &r = auditRows[i];
                st->bind(p, r.at)
                    .bind(p + 1, r.userId)
                    .bind(p + 2, r.action)
                    .bind(p + 3, r.detail)
                    .bind(p + 4, r.participantId)
                    .bind(p + 5, r.deviceId);
                p += 6;
            }
            st->run();
        });
    }
    std::vector<AuditRow> auditOfParticipant(const std::string &participantId, int limit) override
    {
        auto st = m_db.cached("SELECT at, user_id, device_id, action, participant_id, detail FROM "
                              "audit WHERE participant_id = ? ORDER BY at DESC, id DESC LIMIT ?");
        st->bind(1, participantId).bind(2, std::int64_t(limit));
        std::vector<AuditRow> out;
        while (st->step())
            out.push_back(AuditRow{st->int64(0), st->int64(1), st->text(2), st->text(3),
                                   st->text(4), st->text(5)});
        return out;
    }
    std::int64_t auditCount() override
    {
        auto st = m_db.cached("SELECT count(*) FROM audit");
        st->step();
        return st->int64(0);
    }

private:
    static constexpr int kMaxGroupWorks = 32;
    static constexpr auto kMaxGroupAge = std::chrono::milliseconds(20);
    SqliteRepository &m_repo;
    std::unique_lock<std::mutex> m_writeLock; // write work: the writer connection is this work's
    sync::Database m_own;                     // read work: a connection of the pool
    sync::Database &m_db;
    bool m_writes;
    std::shared_ptr<Group> m_group; // write work: the group whose transaction it writes in
    bool m_savepoint = false;       // write work: it can be rolled back alone
    bool m_done = false;
};

std::unique_lock<std::mutex> SqliteRepository::lockWriter()
{
    ++m_writersWaiting;
    std::unique_lock lock(m_writeMutex);
    --m_writersWaiting;
    return lock;
}

sync::Database &SqliteRepository::writer()
{
    // SQLite's automatic checkpoint runs inside the commit that passes 1,000 pages. The
    // device's Checkpointer (sync/checkpoint.h), tried here, moved it to a thread of its own
    // but cost server_load 4-7 % of its requests/s and gained bench_sync's push nothing
    // beyond the noise: on 2 cores the checkpoint's CPU is spent either way.
    if (!m_writer.isOpen())
        m_writer = openConnection();
    return m_writer;
}

std::unique_ptr<Repository::Work> SqliteRepository::read()
{
    return std::make_unique<SqliteWork>(*this, false);
}

std::unique_ptr<Repository::Work> SqliteRepository::write()
{
    return std::make_unique<SqliteWork>(*this, true);
}

std::unique_ptr<Repository::Work> SqliteRepository::writeRerunnable()
{
    return std::make_unique<SqliteWork>(*this, true, true);
}

} // namespace bro::server
