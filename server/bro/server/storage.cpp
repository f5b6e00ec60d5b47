#include "bro/server/storage.h"

#include "bro/server/reportcache.h"

#include <bro/sync/merge.h>
#include <bro/model/catalogue.h>
#include <bro/model/reportfigures.h>
#include <bro/model/validation.h>
#include <bro/sync/sha256.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <set>
#include <sodium.h>
#include <stdexcept>
#include <unordered_map>

namespace bro::server {

namespace {

using Json = nlohmann::json;

constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS users (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,
    employer       TEXT NOT NULL DEFAULT '',
    participant_id TEXT NOT NULL DEFAULT '',
    password_hash  TEXT NOT NULL,
    scope_version  INTEGER NOT NULL DEFAULT 0,
    municipality   TEXT NOT NULL DEFAULT ''
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
-- The history of a participant's track and phase, for the reporting form (report.h).
CREATE INDEX IF NOT EXISTS log_track_phase ON log(record_id)
    WHERE kind = 'participant' AND field IN ('track', 'phase');
CREATE TABLE IF NOT EXISTS records (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    doc            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_kind ON records(kind);
CREATE INDEX IF NOT EXISTS records_participant ON records(participant_id);
-- Which attachment records refer to which file, and whose they are: the access rules for
-- files. owner_kind is the kind of the owner record when the attachment was first stored.
CREATE TABLE IF NOT EXISTS blob_ref (
    record_id      TEXT PRIMARY KEY,
    sha256         TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    owner_kind     TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS blob_ref_sha ON blob_ref(sha256);
-- Files being uploaded or complete; their bytes are the chunks, contiguous from 0.
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

std::string hashToken(const std::string &token)
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(token.data()),
                       token.size(), nullptr, 0);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

} // namespace

std::int64_t nowSeconds()
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t nowMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Storage::Storage(const std::string &dataDir)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    m_db = sync::Database(dataDir + "/server.db", true);
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = FULL");
    sync::Transaction tx(m_db);
    {
        // A data directory from before programme leaders: their municipality.
        bool hasUsers = false, hasMunicipality = false;
        auto cols = m_db.prepare("PRAGMA table_info(users)");
        while (cols.step()) {
            hasUsers = true;
            hasMunicipality = hasMunicipality || cols.text(1) == "municipality";
        }
        if (hasUsers && !hasMunicipality)
            m_db.exec("ALTER TABLE users ADD COLUMN municipality TEXT NOT NULL DEFAULT ''");
    }
    m_db.exec(kSchema);
    // Attachment records stored before the attachment index existed.
    std::vector<std::array<std::string, 3>> unindexed;
    {
        auto old = m_db.prepare("SELECT id, participant_id, doc FROM records WHERE kind = "
                                "'attachment' AND id NOT IN (SELECT record_id FROM blob_ref)");
        while (old.step())
            unindexed.push_back({old.text(0), old.text(1), old.text(2)});
    }
    for (const auto &[id, participant, text] : unindexed) {
        const Json doc = Json::parse(text);
        const Json values = doc.value("values", Json::object());
        std::string ownerKind;
        if (values.contains("owner_id") && values["owner_id"].is_string()) {
            auto owner = m_db.prepare("SELECT kind FROM records WHERE id = ?");
            owner.bind(1, values["owner_id"].get<std::string>());
            if (owner.step())
                ownerKind = owner.text(0);
        }
        Json indexed = values;
        indexed["deleted"] = doc.value("state", Json::object()).value("deleted", false);
        indexAttachment(id, participant, indexed, ownerKind);
    }
    tx.commit();
}

Storage::~Storage() = default;

std::optional<User> Storage::userByName(const std::string &name)
{
    auto st = m_db.cached(
        "SELECT id, name, role, employer, participant_id, municipality FROM users WHERE name = ?");
    st->bind(1, name);
    if (!st->step())
        return std::nullopt;
    return User{st->int64(0), st->text(1), roleFromString(st->text(2)).value_or(Role::Participant),
                st->text(3), st->text(4), st->text(5)};
}

std::string Storage::addUser(const std::string &name, Role role, const std::string &employer,
                             const std::string &password, const std::string &municipality)
{
    if (name.empty())
        return "name: is required";
    if (role == Role::Leader && municipality.empty())
        return "municipality: is required for a programme leader";
    if (password.size() < 8)
        return "password: must be at least 8 characters";
    if (role == Role::Mentor && employer.empty())
        return "employer: is required for a mentor";
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.data(), password.size(),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return "password: could not be hashed (out of memory)";
    std::lock_guard lock(m_mutex);
    if (userByName(name))
        return "name: a user called \"" + name + "\" exists already";
    auto st = m_db.prepare("INSERT INTO users (name, role, employer, password_hash, municipality) "
                           "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, name)
        .bind(2, roleName(role))
        .bind(3, employer)
        .bind(4, std::string(hash))
        .bind(5, role == Role::Leader ? municipality : std::string())
        .run();
    return {};
}

void Storage::bumpScope(const std::string &whereSql, const std::string &arg)
{
    auto st = m_db.prepare("UPDATE users SET scope_version = scope_version + 1 WHERE " + whereSql);
    st.bind(1, arg).run();
}

std::string Storage::addToCaseload(const std::string &adviser, const std::string &participantId)
{
    std::lock_guard lock(m_mutex);
    const auto user = userByName(adviser);
    if (!user || user->role != Role::Adviser)
        return "adviser: no adviser called \"" + adviser + "\"";
    auto st =
        m_db.prepare("INSERT OR IGNORE INTO caseload (adviser_id, participant_id) VALUES (?, ?)");
    st.bind(1, user->id).bind(2, participantId).run();
    bumpScope("name = ?", adviser);
    return {};
}

std::string Storage::addPlacement(const std::string &participantId, const std::string &employer)
{
    if (employer.empty())
        return "employer: is required";
    std::lock_guard lock(m_mutex);
    auto st =
        m_db.prepare("INSERT OR IGNORE INTO placement (participant_id, employer) VALUES (?, ?)");
    st.bind(1, participantId).bind(2, employer).run();
    bumpScope("role = 'mentor' AND employer = ?", employer);
    return {};
}

std::string Storage::linkParticipant(const std::string &name, const std::string &participantId)
{
    std::lock_guard lock(m_mutex);
    const auto user = userByName(name);
    if (!user || user->role != Role::Participant)
        return "user: no participant user called \"" + name + "\"";
    auto st = m_db.prepare("UPDATE users SET participant_id = ?, scope_version = scope_version + 1 "
                           "WHERE id = ?");
    st.bind(1, participantId).bind(2, user->id).run();
    return {};
}

std::string Storage::revokeTokens(const std::string &name)
{
    std::lock_guard lock(m_mutex);
    const auto user = userByName(name);
    if (!user)
        return "user: no user called \"" + name + "\"";
    auto st = m_db.prepare("UPDATE tokens SET revoked = 1 WHERE user_id = ?");
    st.bind(1, user->id).run();
    return {};
}

Storage::Login Storage::login(const std::string &name, const std::string &password,
                              std::int64_t ttlSeconds)
{
    Login result;
    std::string hash;
    std::optional<User> user;
    {
        std::lock_guard lock(m_mutex);
        auto failures =
            m_db.prepare("SELECT count(*) FROM login_failures WHERE name = ? AND at > ?");
        failures.bind(1, name).bind(2, nowSeconds() - 15 * 60);
        failures.step();
        const auto recent = failures.int64(0);
        // After three failures in a quarter of an hour each answer waits longer, up to 4 s.
        if (recent >= 3)
            result.delayMs = static_cast<int>(
                std::min<std::int64_t>(4000, 250LL << std::min<std::int64_t>(recent - 3, 4)));
        user = userByName(name);
        if (user) {
            auto st = m_db.prepare("SELECT password_hash FROM users WHERE id = ?");
            st.bind(1, user->id);
            st.step();
            hash = st.text(0);
        }
    }
    const bool ok =
        user && crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
    std::lock_guard lock(m_mutex);
    if (!ok) {
        auto st = m_db.prepare("INSERT INTO login_failures (name, at) VALUES (?, ?)");
        st.bind(1, name).bind(2, nowSeconds()).run();
        audit(user ? user->id : 0, "login-failed", "", name);
        return result;
    }
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    result.token = hex;
    result.expiresAt = nowSeconds() + ttlSeconds;
    result.role = roleName(user->role);
    auto st = m_db.prepare("INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)");
    st.bind(1, hashToken(result.token)).bind(2, user->id).bind(3, result.expiresAt).run();
    auto clear = m_db.prepare("DELETE FROM login_failures WHERE name = ?");
    clear.bind(1, name).run();
    audit(user->id, "login", "");
    return result;
}

std::optional<User> Storage::userForToken(const std::string &token)
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("SELECT u.id, u.name, u.role, u.employer, u.participant_id, "
                          "u.municipality FROM tokens t JOIN users u ON u.id = t.user_id WHERE "
                          "t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ?");
    st->bind(1, hashToken(token)).bind(2, nowSeconds());
    if (!st->step())
        return std::nullopt;
    return User{st->int64(0), st->text(1), roleFromString(st->text(2)).value_or(Role::Participant),
                st->text(3), st->text(4), st->text(5)};
}

void Storage::logout(const std::string &token)
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.prepare("UPDATE tokens SET revoked = 1 WHERE token_hash = ?");
    st.bind(1, hashToken(token)).run();
}

void Storage::audit(std::int64_t userId, const std::string &action, const std::string &recordId,
                    const std::string &detail)
{
    auto st = m_db.cached(
        "INSERT INTO audit (at, user_id, action, record_id, detail) VALUES (?, ?, ?, ?, ?)");
    st->bind(1, nowMillis())
        .bind(2, userId)
        .bind(3, action)
        .bind(4, recordId)
        .bind(5, detail)
        .run();
}

void Storage::readJourneyRecords(const std::vector<std::string> *only,
                                 model::reporting::JourneyCollector &out)
{
    // A record's values, or null when it is deleted.
    auto valuesOf = [](const std::string &text) -> Json {
        Json doc = Json::parse(text, nullptr, false);
        if (!doc.is_object())
            return nullptr;
        Json values = doc.value("values", Json::object());
        if (sync::mergeStateFromJson(doc.value("state", Json::object()), values).deleted)
            return nullptr;
        return values;
    };
    auto add = [&](const std::string &kind, const std::string &id, const std::string &doc) {
        Json values = valuesOf(doc);
        if (!values.is_object())
            return;
        values["id"] = id;
        out.add(kind, values);
    };
    auto addHistory = [&](const std::string &id, const std::string &field,
                          const std::string &valueText, const std::string &hlc) {
        const auto stamp = sync::HlcStamp::parse(hlc);
        const Json value = Json::parse(valueText, nullptr, false);
        if (stamp)
            out.addHistory(id, field,
                           {model::reporting::isoDateOfMillis(stamp->millis),
                            value.is_string() ? value.get<std::string>() : std::string()});
    };
    constexpr const char *kKinds =
        "('participant', 'plan', 'measure', 'training_book', 'employment', 'reporting')";
    if (!only) {
        auto st = m_db.prepare(std::string("SELECT kind, id, doc FROM records WHERE kind IN ") +
                               kKinds);
        while (st.step())
            add(st.text(0), st.text(1), st.text(2));
        auto history = m_db.prepare("SELECT record_id, field, value, hlc FROM log WHERE kind = "
                                    "'participant' AND field IN ('track', 'phase') ORDER BY hlc");
        while (history.step())
            addHistory(history.text(0), history.text(1), history.text(2), history.text(3));
        return;
    }
    for (const std::string &participant : *only) {
        auto st = m_db.cached(std::string("SELECT kind, id, doc FROM records WHERE "
                                          "participant_id = ? AND kind IN ") +
                              kKinds);
        st->bind(1, participant);
        while (st->step())
            add(st->text(0), st->text(1), st->text(2));
        auto history = m_db.cached("SELECT field, value, hlc FROM log WHERE record_id = ? AND "
                                   "kind = 'participant' AND field IN ('track', 'phase') "
                                   "ORDER BY hlc");
        history->bind(1, participant);
        while (history->step())
            addHistory(participant, history->text(0), history->text(1), history->text(2));
    }
}

std::vector<model::reporting::Journey> Storage::municipalityJourneys(const User &leader)
{
    std::lock_guard lock(m_mutex);
    std::int64_t last = 0;
    {
        auto st = m_db.cached("SELECT coalesce(max(seq), 0) FROM log");
        st->step();
        last = st->int64(0);
    }
    if (!m_journeys)
        m_journeys = std::make_unique<JourneyCache>();
    std::vector<std::string> changed;
    bool all = m_journeys->seq() < 0;
    if (!all && m_journeys->seq() < last) {
        auto st = m_db.cached("SELECT DISTINCT participant_id FROM log WHERE seq > ? AND seq <= ?");
        st->bind(1, m_journeys->seq()).bind(2, last);
        while (st->step())
            changed.push_back(st->text(0));
        // Past a point one pass over everything is cheaper than a query per participant.
        all = changed.size() > 2000;
    }
    if (all) {
        model::reporting::JourneyCollector c;
        readJourneyRecords(nullptr, c);
        m_journeys->replaceAll(c.journeys(), last);
    } else if (!changed.empty()) {
        model::reporting::JourneyCollector c;
        readJourneyRecords(&changed, c);
        m_journeys->update(changed, c.journeys(), last);
    }
    audit(leader.id, "report", "", leader.municipality);
    return m_journeys->municipality(leader.municipality);
}

std::int64_t Storage::auditCount()
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.prepare("SELECT count(*) FROM audit");
    st.step();
    return st.int64(0);
}

bool Storage::inScope(const User &user, const std::string &participantId)
{
    switch (user.role) {
    case Role::Adviser: {
        auto st = m_db.cached("SELECT 1 FROM caseload WHERE adviser_id = ? AND participant_id = ?");
        st->bind(1, user.id).bind(2, participantId);
        return st->step();
    }
    case Role::Mentor: {
        auto st = m_db.cached("SELECT 1 FROM placement WHERE participant_id = ? AND employer = ?");
        st->bind(1, participantId).bind(2, user.employer);
        return st->step();
    }
    case Role::Participant:
        return !participantId.empty() && participantId == user.participantId;
    case Role::Leader:
        return false; // no record is a programme leader's: only the report
    }
    return false;
}

std::vector<Storage::OpResult> Storage::push(const User &user,
                                             const std::vector<sync::Change> &changes)
{
    std::lock_guard lock(m_mutex);
    std::vector<OpResult> results;
    results.reserve(changes.size());
    sync::Transaction tx(m_db);

    // Each record touched by the batch is read once and written once.
    struct Record
    {
        std::string kind;
        std::string participant;
        sync::RecordState state;
        bool dirty = false;
    };
    std::unordered_map<std::string, Record> records;
    auto load = [&](const std::string &id) -> Record * {
        if (auto it = records.find(id); it != records.end())
            return &it->second;
        auto st = m_db.cached("SELECT kind, participant_id, doc FROM records WHERE id = ?");
        st->bind(1, id);
        if (!st->step())
            return nullptr;
        const Json doc = Json::parse(st->text(2));
        Record r{st->text(0), st->text(1),
                 sync::mergeStateFromJson(doc.value("state", Json::object()),
                                          doc.value("values", Json::object()))};
        return &records.emplace(id, std::move(r)).first->second;
    };
    // A new record's participant comes from its parent, which may be set by another change of
    // the same batch.
    auto participantOf = [&](const sync::Change &c) -> std::string {
        if (c.kind == "participant")
            return c.recordId;
        if (const Record *r = load(c.recordId))
            return r->participant;
        const model::KindSpec *kind = model::findKind(c.kind);
        if (!kind || kind->parentField.empty())
            return {};
        for (const auto &other : changes)
            if (other.recordId == c.recordId && other.field == kind->parentField &&
                other.value.is_string())
                if (const Record *parent = load(other.value.get<std::string>()))
                    return parent->participant;
        return {};
    };

    // The kind of an attachment's owner record, from the server's own copy (or the owner
    // named in the same batch): it decides whether a mentor may attach evidence to it.
    auto attachmentOwnerKind = [&](const sync::Change &c) -> std::string {
        std::string owner;
        if (const Record *r = load(c.recordId))
            owner = r->state.values.value("owner_id", "");
        for (const auto &other : changes)
            if (owner.empty() && other.recordId == c.recordId && other.field == "owner_id" &&
                other.value.is_string())
                owner = other.value.get<std::string>();
        const Record *ownerRecord = owner.empty() ? nullptr : load(owner);
        return ownerRecord ? ownerRecord->kind : std::string();
    };
    auto allowed = [&](const sync::Change &c) {
        if (mayWrite(user, c.kind, c.field))
            return true;
        // Mentors attach photo evidence to the logbook entries, assessments and feedback they
        // may write, and to nothing else.
        return c.kind == "attachment" && user.role == Role::Mentor &&
               c.field != model::kDeletedField &&
               mayWrite(user, attachmentOwnerKind(c), "attachment");
    };

    for (const auto &c : changes) {
        OpResult r{c.opId, "applied", {}};
        auto dup = m_db.cached("SELECT 1 FROM log WHERE op_id = ?");
        dup->bind(1, c.opId);
        if (dup->step()) {
            r.status = "duplicate";
            results.push_back(std::move(r));
            continue;
        }
        const model::KindSpec *kind = model::findKind(c.kind);
        const std::string participant = participantOf(c);
        Record *record = load(c.recordId);
        const bool newParticipant =
            !record && c.kind == "participant" && user.role == Role::Adviser;
        const bool otherKind = record && record->kind != c.kind;
        if (participant.empty() || otherKind || !(newParticipant || inScope(user, participant)) ||
            !allowed(c)) {
            r.status = "forbidden";
            r.reason = participant.empty() ? "the record's parent is not known to the server"
                       : otherKind         ? "the record is of another kind"
                                           : "not allowed for this user";
            audit(user.id, "write-forbidden", c.recordId, c.kind + "." + c.field);
            results.push_back(std::move(r));
            continue;
        }
        if (newParticipant) {
            auto cl = m_db.cached(
                "INSERT OR IGNORE INTO caseload (adviser_id, participant_id) VALUES (?, ?)");
            cl->bind(1, user.id).bind(2, participant).run();
        }
        if (!record)
            record = &records.emplace(c.recordId, Record{c.kind, participant, {}}).first->second;
        const auto merged = sync::applyChange(*kind, record->state, c);
        record->dirty = true;
        switch (merged.outcome) {
        case sync::MergeOutcome::Applied:
            break;
        case sync::MergeOutcome::Superseded:
            r.status = "superseded";
            break;
        case sync::MergeOutcome::Duplicate:
            r.status = "duplicate";
            break;
        case sync::MergeOutcome::Conflict:
            r.status = "conflict";
            break;
        case sync::MergeOutcome::Refused:
            r.status = "refused";
            break;
        }
        r.reason = merged.reason;
        // Every accepted change goes to the log, so that every replica can merge it too.
        auto log = m_db.cached("INSERT INTO log (op_id, kind, record_id, field, value, base, hlc, "
                               "device, user_id, participant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?)");
        log->bind(1, c.opId)
            .bind(2, c.kind)
            .bind(3, c.recordId)
            .bind(4, c.field)
            .bind(5, c.value.dump())
            .bind(6, c.baseVersion)
            .bind(7, c.stamp.toString())
            .bind(8, c.deviceId)
            .bind(9, user.id)
            .bind(10, participant)
            .run();
        audit(user.id, "write", c.recordId, c.kind + "." + c.field + " " + r.status);
        results.push_back(std::move(r));
    }
    for (const auto &[id, record] : records) {
        if (!record.dirty)
            continue;
        const Json doc = {{"values", record.state.values},
                          {"state", sync::mergeStateToJson(record.state)}};
        auto save = m_db.cached("INSERT OR REPLACE INTO records (id, kind, participant_id, doc) "
                                "VALUES (?, ?, ?, ?)");
        save->bind(1, id)
            .bind(2, record.kind)
            .bind(3, record.participant)
            .bind(4, doc.dump())
            .run();
    }
    std::vector<std::string> attachments; // load() below may add to records
    for (const auto &[id, record] : records)
        if (record.dirty && record.kind == "attachment")
            attachments.push_back(id);
    for (const auto &id : attachments) {
        Json values = records.at(id).state.values;
        values["deleted"] = records.at(id).state.deleted;
        std::string ownerKind;
        if (values.contains("owner_id") && values["owner_id"].is_string())
            if (const Record *owner = load(values["owner_id"].get<std::string>()))
                ownerKind = owner->kind;
        indexAttachment(id, records.at(id).participant, values, ownerKind);
    }
    tx.commit();
    return results;
}

Storage::Page Storage::pull(const User &user, std::int64_t since, int limit,
                            const std::string &excludeDevice)
{
    std::lock_guard lock(m_mutex);
    Page page;
    {
        auto scope = m_db.cached("SELECT scope_version FROM users WHERE id = ?");
        scope->bind(1, user.id);
        if (scope->step())
            page.scope = scope->int64(0);
    }
    if (user.role == Role::Leader)
        return page; // a programme leader reads no record, only the report (report.h)
    std::string where;
    std::string arg;
    switch (user.role) {
    case Role::Leader:
    case Role::Adviser:
        where = "participant_id IN (SELECT participant_id FROM caseload WHERE adviser_id = ?2)";
        break;
    case Role::Mentor:
        where = "participant_id IN (SELECT participant_id FROM placement WHERE employer = ?2)";
        arg = user.employer;
        break;
    case Role::Participant:
        where = "participant_id = ?2";
        arg = user.participantId;
        break;
    }
    auto st =
        m_db.cached("SELECT seq, op_id, kind, record_id, field, value, base, hlc, device FROM log "
                    "WHERE seq > ?1 AND device <> ?4 AND " +
                    where + " ORDER BY seq LIMIT ?3");
    st->bind(1, since);
    if (user.role == Role::Adviser)
        st->bind(2, user.id);
    else
        st->bind(2, arg);
    st->bind(3, std::int64_t(limit));
    st->bind(4, excludeDevice);
    int rows = 0;
    std::int64_t last = since;
    std::vector<std::string> readRecords;
    std::unordered_map<std::string, std::string> ownerKinds; // attachment -> owner's kind
    while (st->step()) {
        ++rows;
        last = st->int64(0);
        sync::Change c;
        c.opId = st->text(1);
        c.kind = st->text(2);
        c.recordId = st->text(3);
        c.field = st->text(4);
        if (c.kind == "attachment") {
            auto known = ownerKinds.find(c.recordId);
            if (known == ownerKinds.end())
                known = ownerKinds.emplace(c.recordId, attachmentOwnerKind(c.recordId)).first;
            if (!mayReadAttachment(user, known->second))
                continue; // attachments follow their owner record's visibility
        } else if (!mayRead(user, c.kind, c.field)) {
            continue; // rows outside the user's view are never sent
        }
        c.deviceId = st->text(8);
        if (!excludeDevice.empty() && c.deviceId == excludeDevice)
            continue; // the device has it already
        c.value = Json::parse(st->text(5));
        c.baseVersion = st->text(6);
        c.stamp = sync::HlcStamp::parse(st->text(7)).value_or(sync::HlcStamp{});
        c.deviceId = st->text(8);
        if (readRecords.empty() || readRecords.back() != c.recordId)
            readRecords.push_back(c.recordId);
        page.changes.emplace_back(last, std::move(c));
    }
    page.more = rows == limit;
    if (!page.more) {
        // Everything in the log up to now has been looked at for this user.
        auto max = m_db.cached("SELECT coalesce(max(seq), 0) FROM log");
        max->step();
        last = std::max(last, max->int64(0));
    }
    page.cursor = last;
    if (!readRecords.empty()) {
        sync::Transaction tx(m_db);
        for (const auto &id : readRecords)
            audit(user.id, "read", id);
        tx.commit();
    }
    return page;
}

// --- attachment files ------------------------------------------------------------------------

void Storage::indexAttachment(const std::string &id, const std::string &participantId,
                              const Json &values, const std::string &ownerKind)
{
    const std::string sha = values.contains("sha256") && values["sha256"].is_string()
                                ? values["sha256"].get<std::string>()
                                : std::string();
    const std::int64_t size = values.contains("size_bytes") && values["size_bytes"].is_number()
                                  ? values["size_bytes"].get<std::int64_t>()
                                  : 0;
    const bool deleted = values.value("deleted", false);
    auto insert = m_db.cached("INSERT OR IGNORE INTO blob_ref (record_id, sha256, participant_id, "
                              "owner_kind, size_bytes, deleted) VALUES (?, ?, ?, ?, ?, ?)");
    insert->bind(1, id)
        .bind(2, sha)
        .bind(3, participantId)
        .bind(4, ownerKind)
        .bind(5, size)
        .bind(6, deleted ? 1 : 0)
        .run();
    // The owner kind is kept from the first time it is known: what a mentor may see of an
    // attachment does not change behind the cursor of their pulls.
    auto update = m_db.cached(
        "UPDATE blob_ref SET sha256 = ?, size_bytes = ?, deleted = ?, owner_kind = CASE WHEN "
        "owner_kind = '' THEN ? ELSE owner_kind END WHERE record_id = ?");
    update->bind(1, sha)
        .bind(2, size)
        .bind(3, deleted ? 1 : 0)
        .bind(4, ownerKind)
        .bind(5, id)
        .run();
}

std::string Storage::attachmentOwnerKind(const std::string &id)
{
    auto st = m_db.cached("SELECT owner_kind FROM blob_ref WHERE record_id = ?");
    st->bind(1, id);
    return st->step() ? st->text(0) : std::string();
}

std::optional<Storage::BlobRef> Storage::readableAttachment(const User &user,
                                                            const std::string &sha256)
{
    auto st = m_db.cached("SELECT record_id, participant_id, owner_kind, size_bytes FROM blob_ref "
                          "WHERE sha256 = ? AND deleted = 0 ORDER BY record_id");
    st->bind(1, sha256);
    std::vector<std::pair<BlobRef, std::pair<std::string, std::string>>> candidates;
    while (st->step())
        candidates.push_back({{st->text(0), st->int64(3)}, {st->text(1), st->text(2)}});
    for (const auto &[ref, owner] : candidates)
        if (mayReadAttachment(user, owner.second) && inScope(user, owner.first))
            return ref;
    return std::nullopt;
}

std::optional<Storage::BlobState> Storage::storedBlobState(const std::string &sha256)
{
    auto st = m_db.cached("SELECT size, received, complete FROM blob_upload WHERE sha256 = ?");
    st->bind(1, sha256);
    if (!st->step())
        return std::nullopt;
    return BlobState{st->int64(0), st->int64(1), st->int64(2) != 0};
}

std::optional<Storage::BlobState> Storage::blobState(const User &user, const std::string &sha256)
{
    std::lock_guard lock(m_mutex);
    const auto ref = readableAttachment(user, sha256);
    if (!ref) {
        audit(user.id, "blob-forbidden", "", sha256 + " state");
        return std::nullopt;
    }
    audit(user.id, "blob-state", ref->recordId, sha256);
    return storedBlobState(sha256).value_or(BlobState{ref->sizeBytes, 0, false});
}

Storage::ChunkResult Storage::putChunk(const User &user, const std::string &sha256,
                                       std::int64_t offset, std::int64_t size,
                                       std::string_view chunk)
{
    using Outcome = ChunkResult::Outcome;
    std::lock_guard lock(m_mutex);
    sync::Transaction tx(m_db);
    auto done = [&](Outcome outcome, BlobState state) {
        tx.commit(); // the chunk and its count, or only the audit entry
        return ChunkResult{outcome, state};
    };
    auto discard = [&] {
        auto chunks = m_db.cached("DELETE FROM blob_chunk WHERE sha256 = ?");
        chunks->bind(1, sha256).run();
        auto upload = m_db.cached("DELETE FROM blob_upload WHERE sha256 = ?");
        upload->bind(1, sha256).run();
    };

    const auto ref = readableAttachment(user, sha256);
    if (!ref) {
        audit(user.id, "blob-forbidden", "", sha256 + " write");
        return done(Outcome::NotFound, {});
    }
    auto state = storedBlobState(sha256);
    if (state && !state->complete && offset == 0 && state->size != size) {
        discard(); // a fresh start with another size replaces the upload in progress
        state.reset();
    }
    if (!state) {
        if (offset != 0)
            return done(Outcome::WrongOffset, BlobState{size, 0, false});
        auto create =
            m_db.cached("INSERT INTO blob_upload (sha256, size, received) VALUES (?, ?, 0)");
        create->bind(1, sha256).bind(2, size).run();
        state = BlobState{size, 0, false};
    }
    if (state->size != size)
        return done(Outcome::WrongSize, *state);
    if (state->complete || offset != state->received)
        return done(Outcome::WrongOffset, *state);

    if (!chunk.empty()) {
        auto insert = m_db.cached("INSERT INTO blob_chunk (sha256, pos, data) VALUES (?, ?, ?)");
        insert->bind(1, sha256).bind(2, offset).bindBlob(3, chunk.data(), int(chunk.size()));
        insert->run();
    }
    state->received = offset + std::int64_t(chunk.size());
    audit(user.id, "blob-write", ref->recordId,
          sha256 + " " + std::to_string(offset) + "+" + std::to_string(chunk.size()));
    if (state->received == state->size) {
        sync::Sha256 hash;
        {
            auto chunks = m_db.cached("SELECT data FROM blob_chunk WHERE sha256 = ? ORDER BY pos");
            chunks->bind(1, sha256);
            while (chunks->step())
                hash.add(chunks->blob(0));
        }
        if (hash.hex() != sha256) {
            discard();
            audit(user.id, "blob-refused", ref->recordId, sha256 + " hash mismatch");
            return done(Outcome::BadFile, BlobState{size, 0, false});
        }
        state->complete = true;
        audit(user.id, "blob-complete", ref->recordId, sha256);
    }
    auto update = m_db.cached("UPDATE blob_upload SET received = ?, complete = ? WHERE sha256 = ?");
    update->bind(1, state->received).bind(2, state->complete ? 1 : 0).bind(3, sha256).run();
    return done(Outcome::Stored, *state);
}

Storage::BlobRead Storage::readBlob(const User &user, const std::string &sha256,
                                    std::int64_t offset, std::int64_t length)
{
    using Outcome = BlobRead::Outcome;
    std::lock_guard lock(m_mutex);
    const auto ref = readableAttachment(user, sha256);
    if (!ref) {
        audit(user.id, "blob-forbidden", "", sha256 + " read");
        return {Outcome::NotFound, {}, {}};
    }
    const auto state = storedBlobState(sha256);
    if (!state || !state->complete)
        return {Outcome::Incomplete, state.value_or(BlobState{ref->sizeBytes, 0, false}), {}};
    BlobRead read{Outcome::Read, *state, {}};
    offset = std::clamp<std::int64_t>(offset, 0, state->size);
    const std::int64_t end = offset + std::clamp<std::int64_t>(length, 0, state->size - offset);
    read.bytes.reserve(std::size_t(end - offset));
    auto st = m_db.cached("SELECT pos, data FROM blob_chunk WHERE sha256 = ? AND pos < ? AND "
                          "pos + length(data) > ? ORDER BY pos");
    st->bind(1, sha256).bind(2, end).bind(3, offset);
    while (st->step()) {
        const std::int64_t pos = st->int64(0);
        const std::string data = st->blob(1);
        const std::int64_t from = std::max(offset, pos) - pos;
        const std::int64_t to = std::min(end, pos + std::int64_t(data.size())) - pos;
        read.bytes.append(data, std::size_t(from), std::size_t(to - from));
    }
    audit(user.id, "blob-read", ref->recordId,
          sha256 + " " + std::to_string(offset) + "+" + std::to_string(end - offset));
    return read;
}

} // namespace bro::server
