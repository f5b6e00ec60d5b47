// Schema migrations of the device database, keyed on PRAGMA user_version.
#pragma once

#include <bro/sync/sqlite.h>

#include <span>
#include <string_view>

namespace bro::store {

struct Migration
{
    int version;          // user_version after this step
    std::string_view sql; // additive: new tables, columns and indexes
};

[[nodiscard]] std::span<const Migration> migrations();
[[nodiscard]] int latestSchemaVersion();

// Brings the database up to targetVersion (default: the latest), each step in its own
// transaction together with its user_version bump. Throws sync::SqliteError.
void migrate(sync::Database &db, int targetVersion = -1);

} // namespace bro::store
