#include "bro/server/service/auth_service.h"

#include "bro/server/service/sync_service.h"

#include <bro/model/validation.h>

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace bro::server {

namespace {

std::string hashPassword(const std::string &password)
{
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.data(), password.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return hash;
}

// Counts itself in and out of the password checks running at once.
class VerificationSlot
{
public:
    explicit VerificationSlot(std::atomic<int> &running)
        : m_running(running)
        , m_held(running.fetch_add(1) < kConcurrentVerifications)
    {
        if (!m_held)
            m_running.fetch_sub(1);
    }
    ~VerificationSlot()
    {
        if (m_held)
            m_running.fetch_sub(1);
    }
    [[nodiscard]] bool held() const { return m_held; }

private:
    std::atomic<int> &m_running;
    bool m_held;
};

} // namespace

std::string hashToken(const std::string &token)
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(token.data()),
                       token.size(), nullptr, 0);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

AuthService::AuthService(Repository &repository, std::int64_t tokenTtlSeconds, int offlineDays)
    : m_repo(repository)
    , m_ttl(tokenTtlSeconds)
    , m_offlineDays(offlineDays)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    m_dummyHash = hashPassword(std::string(reinterpret_cast<char *>(random), sizeof random));
}

LoginReply AuthService::login(const LoginRequest &req)
{
    LoginReply reply;
    auto fail = [&](int status, std::string error, int retryAfter = 0) {
        reply.status = status;
        reply.error = std::move(error);
        reply.retryAfterSeconds = retryAfter;
        return reply;
    };
    if (!model::isCanonicalUuid(req.deviceId))
        return fail(400, "device: must be this device's id (a UUID in lower case)");
    const std::int64_t now = nowSeconds();
    const std::int64_t since = now - kFailureWindowSeconds;

    std::optional<UserRow> user;
    {
        auto work = m_repo.read();
        if (work->failuresOfAddress(req.address, since) >= kAddressFailures)
            return fail(429, "login: too many failed logins from this address; try again later",
                        int(kFailureWindowSeconds));
        if (work->failuresOfName(req.name, since) >= kAccountFailures) {
            const std::int64_t oldest = work->oldestFailureOfName(req.name, since);
            const int wait = int(std::max<std::int64_t>(1, oldest + kFailureWindowSeconds - now));
            return fail(429, "login: too many failed logins for this user; the account is "
                             "locked for a while",
                        wait);
        }
        user = work->userByName(req.name);
    }

    VerificationSlot slot(m_verifying);
    if (!slot.held())
        return fail(429, "login: the server is busy checking other logins; try again in a moment",
                    1);
    const std::string &hash = user ? user->passwordHash : m_dummyHash;
    const bool ok = crypto_pwhash_str_verify(hash.c_str(), req.password.data(),
                                             req.password.size()) == 0 &&
                    user.has_value();

    auto work = m_repo.write();
    work->pruneFailures(now - 24 * 3600);
    if (!ok) {
        work->addFailure(req.name, req.address, now);
        work->appendAudit({{nowMillis(), user ? user->id : 0, req.deviceId, "login-failed", "",
                            nlohmann::json{{"name", req.name.substr(0, 100)},
                                           {"address", req.address}}
                                .dump()}});
        work->commit();
        return fail(401, "login: wrong user name or password");
    }
    if (user->disabled) {
        work->appendAudit({{nowMillis(), user->id, req.deviceId, "login-disabled", "", "{}"}});
        work->commit();
        return fail(403, "login: this account is disabled; ask the administrator");
    }
    DeviceRow device;
    if (auto known = work->device(req.deviceId)) {
        if (known->userId != user->id) {
            work->appendAudit({{nowMillis(), user->id, req.deviceId, "login-foreign-device", "", "{}"}});
            work->commit();
            return fail(409, "device: this device is registered to another user; a device "
                             "belongs to one user (reinstall the app to hand it over)");
        }
        device = *known;
    } else {
        device = DeviceRow{req.deviceId, user->id, nowMillis(), 0, {}, false, 0};
    }
    device.lastSeenAt = nowMillis();
    work->saveDevice(device);

    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    reply.token = hex;
    reply.expiresAt = now + m_ttl;
    reply.role = model::roleName(user->role);
    reply.displayName = user->displayName();
    reply.serverMillis = nowMillis();
    reply.offlineDays = m_offlineDays;
    work->insertToken(hashToken(reply.token), user->id, req.deviceId, reply.expiresAt);
    work->clearFailures(req.name);
    work->appendAudit({{nowMillis(), user->id, req.deviceId, "login", "", "{}"}});
    work->commit();
    return reply;
}

std::optional<SessionRow> AuthService::authenticate(const std::string &token)
{
    auto work = m_repo.read();
    auto session = work->session(hashToken(token), nowSeconds());
    if (!session || session->user.disabled)
        return std::nullopt;
    return session;
}

std::string AuthService::checkDatabase()
{
    try {
        auto work = m_repo.read();
        (void)work->userById(0); // a read that reaches the database's tables
        return {};
    } catch (const std::exception &e) {
        return e.what();
    }
}

void AuthService::logout(const std::string &token)
{
    auto work = m_repo.write();
    work->revokeToken(hashToken(token));
    work->commit();
}

void AuthService::confirmWiped(const SessionRow &session)
{
    auto work = m_repo.write();
    if (auto device = work->device(session.deviceId)) {
        device->wipeRequested = false;
        device->wipedAt = nowMillis();
        work->saveDevice(*device);
    }
    work->revokeTokensOfDevice(session.deviceId);
    work->appendAudit({{nowMillis(), session.user.id, session.deviceId, "device-wiped", "", "{}"}});
    work->commit();
}

// --- administration --------------------------------------------------------------------------

std::string AdminService::addUser(const NewUser &u)
{
    if (u.name.empty())
        return "name: is required";
    if (u.name.size() > 100)
        return "name: is too long (at most 100 characters)";
    if (u.password.size() < 8)
        return "password: must be at least 8 characters";
    if (u.role == model::Role::Mentor && u.employer.empty())
        return "employer: is required for a mentor";
    if (u.role == model::Role::Leader && u.municipality.empty())
        return "municipality: is required for a programme leader";
    UserRow row;
    row.name = u.name;
    row.role = u.role;
    row.fullName = u.fullName;
    row.employer = u.employer;
    row.municipality = u.municipality;
    row.passwordHash = hashPassword(u.password);
    if (row.passwordHash.empty())
        return "password: could not be hashed (out of memory)";
    auto work = m_repo.write();
    if (work->userByName(u.name))
        return "name: a user called \"" + u.name + "\" exists already";
    work->insertUser(row);
    work->commit();
    return {};
}

std::string AdminService::setDisabled(const std::string &name, bool disabled)
{
    auto work = m_repo.write();
    const auto user = work->userByName(name);
    if (!user)
        return "name: no user called \"" + name + "\"";
    work->setUserDisabled(user->id, disabled);
    if (disabled)
        work->revokeTokensOf(user->id);
    work->appendAudit({{nowMillis(), 0, "", disabled ? "user-disabled" : "user-enabled", "",
                        nlohmann::json{{"user", name}}.dump()}});
    work->commit();
    return {};
}

std::string AdminService::revokeSessions(const std::string &name)
{
    auto work = m_repo.write();
    const auto user = work->userByName(name);
    if (!user)
        return "name: no user called \"" + name + "\"";
    work->revokeTokensOf(user->id);
    work->commit();
    return {};
}

std::string AdminService::addToCaseload(const std::string &adviser, const std::string &participant)
{
    if (!model::isCanonicalUuid(participant))
        return "participant: must be a participant's record id (a UUID in lower case)";
    auto work = m_repo.write();
    const auto user = work->userByName(adviser);
    if (!user || user->role != model::Role::Adviser)
        return "adviser: no adviser called \"" + adviser + "\"";
    if (work->addToCaseload(user->id, participant))
        work->bumpScopeOfUser(user->id);
    work->commit();
    return {};
}

std::string AdminService::removeFromCaseload(const std::string &adviser,
                                             const std::string &participant)
{
    auto work = m_repo.write();
    const auto user = work->userByName(adviser);
    if (!user || user->role != model::Role::Adviser)
        return "adviser: no adviser called \"" + adviser + "\"";
    if (!work->removeFromCaseload(user->id, participant))
        return "participant: " + participant + " is not in " + adviser + "'s caseload";
    work->bumpScopeOfUser(user->id);
    work->commit();
    return {};
}

std::string AdminService::addPlacement(const std::string &participant, const std::string &employer)
{
    if (employer.empty())
        return "employer: is required";
    if (!model::isCanonicalUuid(participant))
        return "participant: must be a participant's record id (a UUID in lower case)";
    auto work = m_repo.write();
    if (work->addPlacement(participant, employer))
        work->bumpScopeOfMentors(employer);
    work->commit();
    return {};
}

std::string AdminService::endPlacement(const std::string &participant, const std::string &employer)
{
    auto work = m_repo.write();
    if (!work->endPlacement(participant, employer))
        return "placement: " + participant + " has no placement with \"" + employer + "\"";
    work->bumpScopeOfMentors(employer);
    work->commit();
    return {};
}

std::string AdminService::linkParticipant(const std::string &name, const std::string &participant)
{
    if (!model::isCanonicalUuid(participant))
        return "participant: must be a participant's record id (a UUID in lower case)";
    auto work = m_repo.write();
    const auto user = work->userByName(name);
    if (!user || user->role != model::Role::Participant)
        return "user: no participant user called \"" + name + "\"";
    work->linkParticipant(user->id, participant);
    work->commit();
    return {};
}

std::string AdminService::listDevices(const std::string &name, std::vector<DeviceRow> &out)
{
    auto work = m_repo.read();
    const auto user = work->userByName(name);
    if (!user)
        return "user: no user called \"" + name + "\"";
    out = work->devicesOf(user->id);
    return {};
}

std::string AdminService::wipeDevice(const std::string &deviceId)
{
    auto work = m_repo.write();
    auto device = work->device(deviceId);
    if (!device)
        return "device: no device with id " + deviceId;
    device->wipeRequested = true;
    work->saveDevice(*device);
    work->appendAudit({{nowMillis(), 0, deviceId, "device-wipe-requested", "", "{}"}});
    work->commit();
    return {};
}

} // namespace bro::server
