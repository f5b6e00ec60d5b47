// Logins, sessions and devices, and the administration of users, caseloads and placements.
//
// A login names the device it is made on (a canonical UUID the device made): the device is
// registered to the user on its first login, and the session token is bound to it; a device
// registered to another user is refused. Passwords are argon2id hashes (libsodium); a token is
// 32 random bytes, stored only as its BLAKE2b hash, and expires.
//
// Against guessing, without ever sleeping in a worker thread:
//  * an unknown user name costs the same argon2id verification as a wrong password, so the
//    answer time tells nothing;
//  * after kAccountFailures failed logins of a name within kFailureWindow the name is locked
//    (the right password too) until the oldest of them is older than the window: 429 with
//    Retry-After;
//  * after kAddressFailures failed logins from one client address within the window, that
//    address gets 429 too;
//  * at most kConcurrentVerifications password checks run at once in a process; a login
//    beyond that gets 429 with Retry-After 1 at once (the CPU stays free for syncs).
// Failures older than a day are pruned. All state is in the repository, so that several
// server processes share it.
#pragma once

#include "bro/server/storage/repository.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bro::server {

inline constexpr int kAccountFailures = 10;
inline constexpr int kAddressFailures = 50;
inline constexpr std::int64_t kFailureWindowSeconds = 15 * 60;
inline constexpr int kConcurrentVerifications = 2;
// Devices that have not synced for this many days lock their records until they sync again.
inline constexpr int kDefaultOfflineDays = 14;

struct LoginRequest
{
    std::string name;
    std::string password;
    std::string deviceId;
    std::string address; // the client's IP address
};

struct LoginReply
{
    int status = 200; // 200, 400, 401, 403, 409, 429
    std::string error;
    int retryAfterSeconds = 0;
    std::string token;
    std::int64_t expiresAt = 0;
    std::string role;
    std::string displayName;
    std::int64_t serverMillis = 0;
    int offlineDays = kDefaultOfflineDays;
};

class AuthService
{
public:
    AuthService(Repository &repository, std::int64_t tokenTtlSeconds,
                int offlineDays = kDefaultOfflineDays);

    [[nodiscard]] LoginReply login(const LoginRequest &request);
    // The session of a bearer token: nullopt when unknown, expired, revoked or the account is
    // disabled.
    [[nodiscard]] std::optional<SessionRow> authenticate(const std::string &token);
    void logout(const std::string &token);
    // The device confirms that it erased its data: its sessions end.
    void confirmWiped(const SessionRow &session);

    [[nodiscard]] int offlineDays() const { return m_offlineDays; }
    // "" while the database answers a read (GET /v1/health), else what went wrong.
    [[nodiscard]] std::string checkDatabase();

private:
    Repository &m_repo;
    std::int64_t m_ttl;
    int m_offlineDays;
    std::string m_dummyHash; // verified for unknown names, so that they cost the same
    std::atomic<int> m_verifying{0};
};

// Administration (the bro-server commands). Each returns "" or what is wrong, naming the
// option ("adviser: no adviser called \"x\"").
class AdminService
{
public:
    explicit AdminService(Repository &repository)
        : m_repo(repository)
    {}

    struct NewUser
    {
        std::string name;
        model::Role role = model::Role::Adviser;
        std::string password;
        std::string fullName;
        std::string employer;     // mentors
        std::string municipality; // leaders
    };
    std::string addUser(const NewUser &user);
    // Disabling ends every session of the user at once; re-enabling lets them log in again.
    std::string setDisabled(const std::string &name, bool disabled);
    std::string revokeSessions(const std::string &name);
    std::string addToCaseload(const std::string &adviser, const std::string &participantId);
    std::string removeFromCaseload(const std::string &adviser, const std::string &participantId);
    std::string addPlacement(const std::string &participantId, const std::string &employer);
    std::string endPlacement(const std::string &participantId, const std::string &employer);
    std::string linkParticipant(const std::string &user, const std::string &participantId);

    struct DeviceInfo
    {
        DeviceRow device;
    };
    std::string listDevices(const std::string &user, std::vector<DeviceRow> &out);
    // The device erases its data at its next sync, after pushing what it has not sent.
    std::string wipeDevice(const std::string &deviceId);

private:
    Repository &m_repo;
};

[[nodiscard]] std::string hashToken(const std::string &token);

} // namespace bro::server
