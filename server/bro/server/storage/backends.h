// Choosing a backend (bro-server --db), and moving a municipality's embedded database into
// PostgreSQL (bro-server import-sqlite).
#pragma once

#include "bro/server/storage/repository.h"

#include <memory>
#include <string>

namespace bro::server {

class PostgresRepository;

// db empty: the embedded SQLCipher database in dataDir (the default); postgresql://...:
// PostgreSQL. Throws std::runtime_error saying what is wrong. migrate = false: a PostgreSQL
// schema that is not up to date is refused rather than migrated. dbConnections: how many
// connections to PostgreSQL this process opens at most (0: the default).
[[nodiscard]] std::unique_ptr<Repository> openRepository(const std::string &dataDir,
                                                         const std::string &db,
                                                         bool migrate = true,
                                                         int dbConnections = 0);

// Copies every table of the embedded database in sqliteDir (brought up to date first) into
// target, which must hold no data yet, in one transaction. Returns "" or what is wrong
// (nothing is changed then); summary says how many rows of what were copied.
[[nodiscard]] std::string importSqlite(const std::string &sqliteDir, PostgresRepository &target,
                                       std::string &summary);

} // namespace bro::server
