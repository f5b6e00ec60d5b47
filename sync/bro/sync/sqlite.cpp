#include "bro/sync/sqlite.h"

#include <utility>

namespace bro::sync {

Database::Database(const std::string &path, bool create)
{
    const int flags =
        SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        close();
        throw SqliteError(code, "cannot open " + path + ": " + msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::close()
{
    m_cache.clear(); // finalizes the cached statements before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::setKey(std::string_view rawKey)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string keySpec;
    if (rawKey.size() == 32) {
        keySpec = "x'";
        for (unsigned char c : rawKey) {
            keySpec.push_back(hex[c >> 4]);
            keySpec.push_back(hex[c & 0xF]);
        }
        keySpec.push_back('\'');
    } else {
        keySpec = std::string(rawKey);
    }
    const int rc = sqlite3_key(m_db, keySpec.data(), static_cast<int>(keySpec.size()));
    // Wipe the hex copy of the key from memory.
    for (auto &c : keySpec)
        const_cast<volatile char &>(c) = 0;
    if (rc != SQLITE_OK)
        throwError(rc, "setting the database key");
}

Database Database::openEncrypted(const std::string &path, std::string_view rawKey, bool create)
{
    // The page size cannot be read from the file (its header is encrypted too): a read at the
    // wrong size fails its HMAC check (SQLITE_NOTADB) and changes nothing — no page is written
    // and SQLite checkpoints no WAL whose page size is not the connection's — so the current
    // size is tried first, then the old one on a fresh connection.
    auto attempt = [&](int pageSize, bool mayCreate) {
        Database db(path, mayCreate);
        db.setKey(rawKey);
        db.exec("PRAGMA cipher_page_size = " + std::to_string(pageSize));
        auto st = db.prepare("SELECT count(*) FROM sqlite_master");
        st.step();
        return db;
    };
    try {
        return attempt(kCipherPageSize, create);
    } catch (const SqliteError &e) {
        if (e.primaryCode() != SQLITE_NOTADB)
            throw;
        try {
            return attempt(kLegacyCipherPageSize, false);
        } catch (const SqliteError &) {
            throw e; // neither size: report the first failure
        }
    }
}

int Database::cipherPageSize()
{
    auto st = prepare("PRAGMA cipher_page_size");
    return st.step() ? int(st.int64(0)) : kLegacyCipherPageSize;
}

void Database::throwError(int rc, std::string_view context) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
    const std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    throw SqliteError(code ? code : rc, std::string(context) + ": " + msg);
}

void Database::exec(const std::string &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqliteError(sqlite3_extended_errcode(m_db), msg + " (in: " + sql.substr(0, 80) + ")");
    }
}

Statement Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(rc, "preparing \"" + std::string(sql.substr(0, 80)) + "\"");
    return Statement(m_db, stmt);
}

CachedStatement Database::cached(const std::string &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, CacheEntry{std::make_unique<Statement>(prepare(sql)), false})
                 .first;
    if (it->second.inUse)
        return CachedStatement(std::make_unique<Statement>(prepare(sql)));
    it->second.inUse = true;
    return CachedStatement(*it->second.statement, &it->second.inUse);
}

CachedStatement::~CachedStatement()
{
    m_st->reset();
    if (m_inUse)
        *m_inUse = false;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return static_cast<int>(st.int64(0));
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

namespace {
void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK)
        throw SqliteError(sqlite3_extended_errcode(db),
                          std::string(what) + ": " + sqlite3_errmsg(db));
}
} // namespace

Statement &Statement::bind(int i, std::nullptr_t)
{
    check(m_db, sqlite3_bind_null(m_stmt, i), "bind");
    return *this;
}
Statement &Statement::bind(int i, std::int64_t v)
{
    check(m_db, sqlite3_bind_int64(m_stmt, i, v), "bind");
    return *this;
}
Statement &Statement::bind(int i, double v)
{
    check(m_db, sqlite3_bind_double(m_stmt, i, v), "bind");
    return *this;
}
Statement &Statement::bind(int i, std::string_view v)
{
    check(m_db,
          sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT),
          "bind");
    return *this;
}
Statement &Statement::bindBlob(int i, const void *data, int size)
{
    check(m_db, sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_TRANSIENT), "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw SqliteError(sqlite3_extended_errcode(m_db),
                      std::string("step: ") + sqlite3_errmsg(m_db) +
                          " (in: " + std::string(sqlite3_sql(m_stmt)).substr(0, 80) + ")");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
int Statement::columnType(int c) const
{
    return sqlite3_column_type(m_stmt, c);
}
bool Statement::isNull(int c) const
{
    return columnType(c) == SQLITE_NULL;
}
std::int64_t Statement::int64(int c) const
{
    return sqlite3_column_int64(m_stmt, c);
}
double Statement::real(int c) const
{
    return sqlite3_column_double(m_stmt, c);
}
std::string Statement::text(int c) const
{
    return std::string(textView(c));
}
std::string_view Statement::textView(int c) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, c)))
             : std::string_view();
}
std::string Statement::blob(int c) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, c));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, c)))
             : std::string();
}
std::string Statement::columnName(int c) const
{
    return sqlite3_column_name(m_stmt, c);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // The connection may already have rolled back (e.g. after SQLITE_FULL).
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace bro::sync
