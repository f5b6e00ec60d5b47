// Small RAII owners for SQLite (linked against SQLCipher): a connection, a prepared statement
// and a transaction that rolls back unless committed. Errors throw SqliteError carrying
// SQLite's extended result code.
#pragma once

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bro::sync {

class SqliteError : public std::runtime_error
{
public:
    SqliteError(int extendedCode, const std::string &message)
        : std::runtime_error(message)
        , m_code(extendedCode)
    {}
    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] int primaryCode() const { return m_code & 0xFF; }

private:
    int m_code;
};

class Statement;
class CachedStatement;

// The cipher page size of the encrypted files Bro creates. SQLCipher 3 writes 1 KB pages by
// default, and each page costs a cipher initialisation and an HMAC as it is read and a random
// IV as well as it is written, whatever its size: with 4 KB pages a 10,000-entry push cost the
// server 1.0 s of CPU instead of 1.8 s (README, "Benchmarks"). Files from before keep their
// 1 KB pages (Database::openEncrypted finds out which a file has).
inline constexpr int kCipherPageSize = 4096;
inline constexpr int kLegacyCipherPageSize = 1024;

class Database
{
public:
    Database() = default;
    // Opens (creating if asked) the file. Throws SqliteError.
    Database(const std::string &path, bool create = true);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Sets the SQLCipher key. A 32-byte key is used raw (no key derivation). The page size
    // stays SQLCipher's default (1 KB); openEncrypted is how Bro opens its files.
    void setKey(std::string_view rawKey);
    // Opens an encrypted file and checks the key with a read: a new (or empty) file gets
    // kCipherPageSize pages, an existing one is read with the page size it was written with
    // (kCipherPageSize, or 1 KB for a file from before). Throws SqliteError: SQLITE_NOTADB when
    // the key opens the file at neither size (a wrong key, or not a database).
    static Database openEncrypted(const std::string &path, std::string_view rawKey,
                                  bool create = true);
    // The page size the cipher reads and writes this connection's main file with.
    [[nodiscard]] int cipherPageSize();

    void exec(const std::string &sql);
    [[nodiscard]] Statement prepare(std::string_view sql);
    // A prepared statement kept for reuse (hot paths): ready to bind, and reset when the
    // returned handle goes out of scope so that no read stays open.
    [[nodiscard]] CachedStatement cached(const std::string &sql);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    void close();

    [[noreturn]] void throwError(int rc, std::string_view context) const;

private:
    sqlite3 *m_db = nullptr;
    struct CacheEntry
    {
        std::unique_ptr<Statement> statement;
        bool inUse = false;
    };
    std::unordered_map<std::string, CacheEntry> m_cache;
};

class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;

    // Parameters are 1-based as in SQLite.
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::string &value)
    {
        return bind(index, std::string_view(value));
    }
    Statement &bindBlob(int index, const void *data, int size);

    // Returns true while there is a row.
    bool step();
    // Runs to completion.
    void run();
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] int columnType(int column) const; // SQLITE_INTEGER, ... (0-based)
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    // The text without a copy: valid until the statement steps, resets or is finalized.
    [[nodiscard]] std::string_view textView(int column) const;
    [[nodiscard]] std::string blob(int column) const; // the bytes as they are
    [[nodiscard]] std::string columnName(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

// A leased cached statement, reset when the lease ends. If the same SQL is leased twice at
// once, the second lease gets a statement of its own.
class CachedStatement
{
public:
    CachedStatement(Statement &st, bool *inUse)
        : m_st(&st)
        , m_inUse(inUse)
    {}
    explicit CachedStatement(std::unique_ptr<Statement> owned)
        : m_st(owned.get())
        , m_owned(std::move(owned))
    {}
    ~CachedStatement();
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    Statement *operator->() const { return m_st; }
    Statement &operator*() const { return *m_st; }

private:
    Statement *m_st;
    bool *m_inUse = nullptr;
    std::unique_ptr<Statement> m_owned;
};

// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless commit() ran.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace bro::sync
