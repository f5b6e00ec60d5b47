#include "bro/server/storage/backends.h"

#include "bro/server/storage/postgres_repository.h"
#include "bro/server/storage/sqlite_repository.h"

#include <filesystem>
#include <stdexcept>

namespace bro::server {

std::unique_ptr<Repository> openRepository(const std::string &dataDir, const std::string &db,
                                           bool migrate, int dbConnections)
{
    if (db.empty() || db == "sqlite") {
        if (dataDir.empty())
            throw std::runtime_error("data: the embedded database needs --data DIR");
        return std::make_unique<SqliteRepository>(dataDir);
    }
    if (isPostgresUrl(db))
        return std::make_unique<PostgresRepository>(
            db, migrate, dbConnections > 0 ? dbConnections : PostgresRepository::kDefaultConnections);
    throw std::runtime_error("db: expected sqlite or a postgresql:// URL");
}

namespace {

struct Table
{
    const char *name;
    std::vector<std::string> columns;
    std::vector<int> blobs; // indexes of bytea columns
};

// The tables of SQLite schema version 3, column for column as PostgreSQL schema version 1
// has them.
const std::vector<Table> &tables()
{
    static const std::vector<Table> all = {
        {"users", {"id", "name", "role", "employer", "participant_id", "password_hash",
                   "scope_version", "full_name", "municipality", "disabled"}, {}},
        {"tokens", {"token_hash", "user_id", "expires_at", "revoked", "device_id"}, {}},
        {"login_failures", {"name", "at", "address"}, {}},
        {"devices", {"id", "user_id", "registered_at", "last_seen_at", "last_stamp",
                     "wipe_requested", "wiped_at"}, {}},
        {"caseload", {"adviser_id", "participant_id"}, {}},
        {"placement", {"participant_id", "employer"}, {}},
        {"log", {"seq", "op_id", "kind", "record_id", "field", "value", "base", "hlc", "device",
                 "user_id", "participant_id", "book_id", "employer", "owner_kind"}, {}},
        {"records", {"id", "kind", "participant_id", "doc", "book_id", "employer", "owner_kind",
                     "creator_id"}, {}},
        {"blob_ref", {"record_id", "sha256", "participant_id", "owner_kind", "size_bytes",
                      "deleted", "book_id", "employer", "creator_id", "proven"}, {}},
        {"blob", {"sha256", "size"}, {}},
        {"blob_chunk", {"sha256", "pos", "data"}, {2}},
        {"upload", {"sha256", "uploader_id", "size", "received"}, {}},
        {"upload_chunk", {"sha256", "uploader_id", "pos", "data"}, {3}},
        {"audit", {"id", "at", "user_id", "action", "record_id", "detail", "participant_id",
                   "device_id"}, {}},
    };
    return all;
}

std::string hex(const std::string &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out = "\\x";
    out.reserve(2 + bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

} // namespace

std::string importSqlite(const std::string &sqliteDir, PostgresRepository &target,
                         std::string &summary)
{
    std::error_code ec;
    if (!std::filesystem::exists(sqliteDir + "/server.db", ec))
        return "import-sqlite: no server.db in " + sqliteDir;
    if (!target.empty())
        return "import-sqlite: the PostgreSQL database holds data already; import only into a "
               "new database (nothing was changed)";
    try {
        SqliteRepository source(sqliteDir);
        sync::Database db = source.connection();
        db.exec("BEGIN"); // one snapshot of the whole database
        summary.clear();
        target.importAll([&](const PostgresRepository::ImportSink &sink) {
            for (const Table &t : tables()) {
                std::string sql = "SELECT ";
                for (std::size_t i = 0; i < t.columns.size(); ++i)
                    sql += (i ? ", " : "") + t.columns[i];
                auto st = db.prepare(sql + " FROM " + t.name);
                std::vector<std::string> row(t.columns.size());
                long long n = 0;
                while (st.step()) {
                    for (int i = 0; i < int(row.size()); ++i)
                        row[std::size_t(i)] = std::find(t.blobs.begin(), t.blobs.end(), i) != t.blobs.end()
                                                  ? hex(st.blob(i))
                                                  : st.text(i);
                    sink(t.name, t.columns, row);
                    ++n;
                }
                summary += std::string(summary.empty() ? "" : ", ") + t.name + " " + std::to_string(n);
            }
        });
        db.exec("COMMIT");
    } catch (const std::exception &e) {
        return std::string("import-sqlite: ") + e.what() + " (nothing was changed)";
    }
    return {};
}

} // namespace bro::server
