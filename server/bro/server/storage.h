// The server's storage on embedded SQLite: users and tokens, caseloads and placements, the
// change log every device pulls from, each record's merged state, and the audit log.
#pragma once

#include "bro/server/access.h"

#include <bro/sync/change.h>
#include <bro/sync/sqlite.h>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace bro::server {

class Storage
{
public:
    explicit Storage(const std::string &dataDir); // throws std::runtime_error

    // --- administration (error text on failure, empty on success) ---------------------------
    std::string addUser(const std::string &name, Role role, const std::string &employer,
                        const std::string &password);
    std::string addToCaseload(const std::string &adviser, const std::string &participantId);
    std::string addPlacement(const std::string &participantId, const std::string &employer);
    std::string linkParticipant(const std::string &user, const std::string &participantId);
    std::string revokeTokens(const std::string &user);

    // --- sessions ---------------------------------------------------------------------------
    struct Login
    {
        std::string token; // empty on failure
        std::int64_t expiresAt = 0;
        std::string role; // what the device shows: "adviser", "mentor" or "participant"
        int delayMs = 0; // how long to hold the answer back (repeated failures)
    };
    Login login(const std::string &name, const std::string &password, std::int64_t ttlSeconds);
    [[nodiscard]] std::optional<User> userForToken(const std::string &token);
    void logout(const std::string &token);

    // --- sync -------------------------------------------------------------------------------
    struct OpResult
    {
        std::string op;
        std::string status; // applied, duplicate, superseded, conflict, refused, forbidden
        std::string reason;
    };
    // Applies a validated batch in one transaction; a status per change.
    std::vector<OpResult> push(const User &user, const std::vector<sync::Change> &changes);

    struct Page
    {
        std::vector<std::pair<std::int64_t, sync::Change>> changes;
        std::int64_t cursor = 0;
        bool more = false;
        std::int64_t scope = 0; // changes when the user's access grows: pull again from 0
    };
    // The changes the user may see after since, except those made by excludeDevice.
    Page pull(const User &user, std::int64_t since, int limit,
              const std::string &excludeDevice = {});

    [[nodiscard]] std::int64_t auditCount();

private:
    std::optional<User> userByName(const std::string &name);
    bool inScope(const User &user, const std::string &participantId);
    void bumpScope(const std::string &whereSql, const std::string &arg);
    void audit(std::int64_t userId, const std::string &action, const std::string &recordId,
               const std::string &detail = {});

    std::mutex m_mutex;
    sync::Database m_db;
};

[[nodiscard]] std::int64_t nowSeconds();
[[nodiscard]] std::int64_t nowMillis();

} // namespace bro::server
