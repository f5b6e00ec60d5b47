#include "bro/server/service/sync_service.h"

#include <bro/model/access.h>
#include <bro/model/validation.h>
#include <bro/sync/merge.h>
#include <bro/sync/wire.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace bro::server {

namespace {

using Json = nlohmann::json;
using model::KindSpec;
using model::Role;

const char *statusOf(sync::MergeOutcome outcome)
{
    switch (outcome) {
    case sync::MergeOutcome::Applied:
        return "applied";
    case sync::MergeOutcome::Superseded:
        return "superseded";
    case sync::MergeOutcome::Duplicate:
        return "duplicate";
    case sync::MergeOutcome::Conflict:
        return "conflict";
    case sync::MergeOutcome::Refused:
        return "refused";
    }
    return "applied";
}

// One record touched by a push, loaded once and written once.
struct Entry
{
    StoredRecord record;
    bool exists = false;     // on the server before this change (or made earlier in the batch)
    bool newInBatch = false; // made by this push: its changes are the changes that make it
    bool dirty = false;
};

// The audit rows of one request: one per participant it touched.
class AuditBatch
{
public:
    AuditBatch(const SessionRow &session, std::string action)
        : m_session(session)
        , m_action(std::move(action))
    {}
    void add(const std::string &participant, const std::string &recordId, const std::string &kind,
             const std::string &what = {})
    {
        auto &detail = m_rows[participant];
        detail["records"].push_back(recordId);
        detail["kinds"][kind] = true;
        if (!what.empty())
            detail["what"].push_back(what);
    }
    [[nodiscard]] std::vector<AuditRow> rows() const
    {
        std::vector<AuditRow> out;
        const std::int64_t at = nowMillis();
        for (const auto &[participant, detail] : m_rows)
            out.push_back({at, m_session.user.id, m_session.deviceId, m_action, participant,
                           detail.dump()});
        return out;
    }
    [[nodiscard]] bool empty() const { return m_rows.empty(); }

private:
    const SessionRow &m_session;
    std::string m_action;
    std::map<std::string, Json> m_rows;
};

// What of a change a role may read: nullopt when nothing; a signature keeps only the content
// fields the role reads. Takes the change out of the row (a pull page moves thousands of them).
std::optional<sync::Change> visibleChange(Role role, LogRow &row)
{
    const KindSpec *kind = model::findKind(row.change.kind);
    if (!kind)
        return std::nullopt;
    if (kind->name == "attachment") {
        const KindSpec *owner = model::findKind(row.ownerKind);
        if (!owner || !model::mayReadAttachment(role, *owner))
            return std::nullopt;
        return std::move(row.change);
    }
    if (!model::mayRead(role, kind->name, row.change.field))
        return std::nullopt;
    sync::Change c = std::move(row.change);
    if (c.field == model::kSignatureField && c.value.is_object() && c.value.contains("content") &&
        c.value["content"].is_object()) {
        Json &content = c.value["content"];
        for (auto it = content.begin(); it != content.end();) {
            const model::FieldSpec *f = kind->field(it.key());
            if (!f || !model::mayRead(role, *kind, *f))
                it = content.erase(it);
            else
                ++it;
        }
    }
    return c;
}

// The kinds under an employer (no participant's): an employer's scope is its own record
// (scope.bookId, as the book is for training-book records) and its name (scope.employer).
bool isEmployerScope(const Scope &scope)
{
    return scope.participantId.empty() && !scope.bookId.empty();
}

std::optional<model::EmployerScope> employerScopeOf(const StoredRecord &root)
{
    const KindSpec *kind = model::findKind(root.kind);
    if (!kind || kind->scope != model::ScopeRule::Municipality)
        return std::nullopt;
    const auto &v = root.state.values;
    auto textOf = [&](const std::string &field) {
        auto it = v.find(field);
        return it != v.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    return model::EmployerScope{textOf(kind->municipalityField), textOf(kind->employerNameField)};
}

// The log rows of the employer records (and their needs) the user reaches, in (since, upTo]:
// the repository's log query knows participants and books only, so the service adds these
// (one query of the employer kinds' records per pull; see README, "Employers" for the column
// that would let the repository do it).
std::vector<LogRow> employerRows(Repository::Work &work, const UserRow &user, std::int64_t since,
                                 std::int64_t upTo, const std::string &excludeDevice)
{
    std::vector<LogRow> out;
    if (user.role != Role::Adviser && user.role != Role::Mentor)
        return out;
    std::vector<std::string> kinds;
    for (const auto &k : model::recordKinds())
        if (model::employerRootOf(k) && model::mayReadKind(user.role, k))
            kinds.push_back(k.name);
    if (kinds.empty())
        return out;
    const auto records = work.recordsOfKinds(kinds, nullptr);
    std::unordered_map<std::string, model::EmployerScope> roots;
    for (const auto &r : records)
        if (auto es = employerScopeOf(r))
            roots.emplace(r.id, *es);
    std::vector<std::string> ids;
    for (const auto &r : records) {
        auto root = roots.find(r.scope.bookId);
        if (root != roots.end() &&
            model::reachesEmployerRecord(user.role, user.municipality, user.employer, root->second))
            ids.push_back(r.id);
    }
    if (ids.empty())
        return out;
    for (auto &row : work.logOfRecords(ids))
        if (row.seq > since && row.seq <= upTo && row.change.deviceId != excludeDevice)
            out.push_back(std::move(row));
    return out;
}

// What of reaching a scope the database answers: whether a participant is in the adviser's
// caseload, or placed with the mentor's employer. A push asks it for every change; it is read
// for all the participants the batch names at once (one query), then answered from memory. A
// participant not named beforehand is read when first asked.
class Linked
{
public:
    Linked(Repository::Work &work, const UserRow &user)
        : m_work(work)
        , m_user(user)
    {}
    void prefetch(std::vector<std::string> participants)
    {
        participants.erase(std::remove_if(participants.begin(), participants.end(),
                                          [&](const std::string &p) {
                                              return p.empty() || m_known.count(p);
                                          }),
                           participants.end());
        if (participants.empty())
            return;
        std::set<std::string> linked;
        if (m_user.role == Role::Adviser)
            linked = m_work.inCaseload(m_user.id, participants);
        else if (m_user.role == Role::Mentor)
            linked = m_work.placedWith(m_user.employer, participants);
        for (auto &p : participants) {
            const bool yes = linked.count(p) > 0;
            m_known.emplace(std::move(p), yes);
        }
    }
    bool operator()(const std::string &participant)
    {
        auto it = m_known.find(participant);
        if (it == m_known.end()) {
            prefetch({participant});
            it = m_known.find(participant);
        }
        return it != m_known.end() && it->second;
    }
    // The adviser made the participant in this push (and has them in the caseload now).
    void grant(const std::string &participant) { m_known[participant] = true; }

private:
    Repository::Work &m_work;
    const UserRow &m_user;
    std::unordered_map<std::string, bool> m_known;
};

// Who reaches a participant's scope: advisers their caseload; mentors the training books of
// their employer whose participant is placed with that employer, and the participant record
// itself (whose name the field rules leave them) of those participants; participants their
// own record; programme leaders nothing.
bool reachesParticipantScope(const UserRow &user, const Scope &scope, const std::string &kind,
                             Linked &linked)
{
    if (scope.participantId.empty())
        return false;
    switch (user.role) {
    case Role::Adviser:
        return linked(scope.participantId);
    case Role::Mentor:
        if (!linked(scope.participantId))
            return false;
        return kind == "participant" || (!scope.employer.empty() && scope.employer == user.employer);
    case Role::Participant:
        return scope.participantId == user.participantId;
    case Role::Leader:
        return false;
    }
    return false;
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

Reach SyncService::reachOf(const UserRow &user)
{
    return Reach{user.role, user.id, user.employer, user.participantId};
}

bool SyncService::reaches(Repository::Work &work, const UserRow &user, const Scope &scope,
                          const std::string &kind)
{
    if (isEmployerScope(scope)) {
        // An employer's records: the employer record holds the municipality and the name.
        const auto roots = work.loadRecords({scope.bookId});
        const auto es = roots.empty() ? std::nullopt : employerScopeOf(roots.front());
        return es && model::reachesEmployerRecord(user.role, user.municipality, user.employer, *es);
    }
    Linked linked(work, user);
    return reachesParticipantScope(user, scope, kind, linked);
}

SyncService::PushReply SyncService::push(const SessionRow &session,
                                         const std::vector<sync::Change> &changes)
{
    // Run again from the start if another request's failure took its transaction with it.
    return m_repo.rerunnable(
        [&](Repository::Work &work) { return applyPush(work, session, changes); });
}

SyncService::PushReply SyncService::applyPush(Repository::Work &work, const SessionRow &session,
                                              const std::vector<sync::Change> &changes)
{
    const UserRow &user = session.user;
    PushReply reply;
    reply.results.reserve(changes.size());

    // The order of locks, the same in every push (storage/repository.h): the device's row,
    // then the records of the batch (sorted), then the log. The op ids are looked up only
    // once the records are locked: a batch sent again while the first is still being applied
    // (by another server process) waits for it and then finds its ops in the log.
    DeviceRow device = work.device(session.deviceId).value_or(DeviceRow{session.deviceId, user.id, nowMillis(), 0, {}, false, 0});
    reply.wipe = device.wipeRequested;

    // Every record the batch names (its own records and every record its references point at)
    // is read once.
    std::unordered_map<std::string, Entry> entries;
    {
        std::vector<std::string> ids;
        std::unordered_set<std::string> seen;
        auto want = [&](const std::string &id) {
            if (!id.empty() && seen.insert(id).second)
                ids.push_back(id);
        };
        for (const auto &c : changes) {
            want(c.recordId);
            const KindSpec *kind = model::findKind(c.kind);
            if (!kind)
                continue;
            auto refsOf = [&](const Json &values) {
                for (const auto &f : kind->fields)
                    if (f.type == model::FieldType::Reference)
                        if (auto it = values.find(f.name); it != values.end() && it->is_string())
                            want(it->get<std::string>());
            };
            if (c.field == model::kSignatureField && c.value.is_object() &&
                c.value.contains("content"))
                refsOf(c.value["content"]);
            else if (const model::FieldSpec *f = kind->field(c.field);
                     f && f->type == model::FieldType::Reference && c.value.is_string())
                want(c.value.get<std::string>());
        }
        for (auto &r : work.loadRecords(ids)) {
            const std::string id = r.id;
            entries.emplace(id, Entry{std::move(r), true, false});
        }
    }
    std::vector<std::string> opIds;
    opIds.reserve(changes.size());
    for (const auto &c : changes)
        opIds.push_back(c.opId);
    const std::set<std::string> knownOps = work.knownOps(opIds);
    std::unordered_set<std::string> batchOps; // the op ids this push puts in the log
    // Whether the user reaches the participants of the batch: read once, for every
    // participant its records belong to (and every participant record it names).
    Linked linked(work, user);
    {
        std::vector<std::string> participants;
        for (const auto &[id, entry] : entries)
            participants.push_back(entry.record.scope.participantId);
        for (const auto &c : changes)
            if (const KindSpec *kind = model::findKind(c.kind);
                kind && kind->scope == model::ScopeRule::Participant)
                participants.push_back(c.recordId);
        std::sort(participants.begin(), participants.end());
        participants.erase(std::unique(participants.begin(), participants.end()), participants.end());
        linked.prefetch(std::move(participants));
    }
    auto find = [&](const std::string &id) -> Entry * {
        auto it = entries.find(id);
        return it == entries.end() || !it->second.exists ? nullptr : &it->second;
    };
    // The value a change of this batch gives a record's field (the first one).
    auto batchValue = [&](const std::string &recordId, const std::string &field) -> const Json * {
        for (const auto &c : changes)
            if (c.recordId == recordId && c.field == field)
                return &c.value;
        return nullptr;
    };
    // A reference is good when it names a record of the right kind under the same participant
    // (and, between training-book records, in the same book).
    auto badReference = [&](const KindSpec &kind, const Scope &scope, const model::FieldSpec &f,
                            const Json &value) -> std::optional<std::string> {
        if (!value.is_string())
            return std::nullopt; // null clears an optional reference
        const Entry *target = find(value.get<std::string>());
        const std::string what = f.refKind.empty() ? "record" : f.refKind;
        if (!target || (!f.refKind.empty() && target->record.kind != f.refKind))
            return f.name + ": no " + what + " with id " + value.get<std::string>() + " on the server";
        const Scope &ts = target->record.scope;
        if (ts.participantId != scope.participantId ||
            (!ts.bookId.empty() && !scope.bookId.empty() && ts.bookId != scope.bookId))
            return f.name + ": the " + what + " belongs to another " +
                   (ts.participantId != scope.participantId ? "participant" : "training book") +
                   " than this " + kind.name;
        return std::nullopt;
    };

    // The employer records a push reaches through records it does not name (read once).
    std::optional<std::unordered_map<std::string, model::EmployerScope>> storedRoots;
    std::vector<LogRow> log;
    log.reserve(changes.size());
    std::vector<BlobRef> blobRefs;
    std::unordered_map<std::string, bool> readableBlobs; // sha -> the user can read it already
    AuditBatch audit(session, "write");
    AuditBatch refusals(session, "write-refused");
    std::string lastStamp = device.lastStamp;

    for (const auto &c : changes) {
        Result r{"applied", {}};
        const KindSpec *kind = model::findKind(c.kind);
        Entry *entry = find(c.recordId);
        auto refuse = [&](const char *status, std::string why) {
            r.status = status;
            r.reason = std::move(why);
            refusals.add(entry ? entry->record.scope.participantId : std::string(), c.recordId,
                         c.kind, c.field + " " + r.status);
        };
        const std::string stamp = c.stamp.toString();
        // A change not newer than the device's last one may be in the log under the op id
        // derived before (sync::legacyDerivedOpId): pushed by an older app to a server from
        // before, its reply lost, and sent again now. Looked for only then: every other change
        // is newer than all that the device sent before.
        const bool duplicate =
            knownOps.count(c.opId) || batchOps.count(c.opId) ||
            (!lastStamp.empty() && stamp <= lastStamp && c.opId == sync::derivedOpId(c.stamp) &&
             !work.knownOps({sync::legacyDerivedOpId(c.stamp)}).empty());
        if (duplicate) {
            r.status = "duplicate";
            reply.results.push_back(std::move(r));
            continue;
        }
        if (!lastStamp.empty() && stamp <= lastStamp) {
            refuse("rejected", "hlc: not newer than a change this device sent before; a device's "
                               "changes are stamped in the order it made them");
            reply.results.push_back(std::move(r));
            continue;
        }
        if (entry && entry->record.kind != c.kind) {
            refuse("rejected", "id: the record is a " + entry->record.kind + ", not a " + c.kind);
            reply.results.push_back(std::move(r));
            continue;
        }

        const bool creating = !entry;
        // The changes of one write that makes a record come together; they all count as
        // making it (the roles that create a kind may set what only they set at creation).
        const bool making = creating || entry->newInBatch;
        Scope scope;
        std::string ownerKind;
        if (creating) {
            if (c.field == model::kDeletedField || c.field == model::kSignatureField) {
                refuse("rejected", "id: no " + c.kind + " with this id on the server");
                reply.results.push_back(std::move(r));
                continue;
            }
            if (kind->scope == model::ScopeRule::Participant) {
                scope.participantId = c.recordId;
            } else if (kind->scope == model::ScopeRule::Municipality) {
                // Placed by its own (immutable) municipality and name, in the same push.
                std::optional<std::string> missing;
                model::EmployerScope es;
                for (const auto &[field, out] :
                     {std::pair{kind->municipalityField, &es.municipality},
                      std::pair{kind->employerNameField, &es.employer}}) {
                    const Json *v = batchValue(c.recordId, field);
                    if (!v || !v->is_string() || v->get<std::string>().empty())
                        missing = field;
                    else
                        *out = v->get<std::string>();
                }
                if (missing) {
                    refuse("rejected", *missing + ": a new " + kind->name + " needs its " +
                                           *missing + " in the same push");
                    reply.results.push_back(std::move(r));
                    continue;
                }
                if (!model::reachesEmployerRecord(user.role, user.municipality, user.employer, es)) {
                    refuse("forbidden", "not allowed for this user: " + std::string(model::roleName(user.role)) +
                                            "s of " + (user.municipality.empty() ? "no municipality" : user.municipality) +
                                            " may not create an employer of " + es.municipality);
                    reply.results.push_back(std::move(r));
                    continue;
                }
                scope.bookId = c.recordId;
                scope.employer = es.employer;
            } else {
                const Json *parentId = batchValue(c.recordId, kind->parentField);
                const Entry *parent =
                    parentId && parentId->is_string() ? find(parentId->get<std::string>()) : nullptr;
                const model::FieldSpec *pf = kind->field(kind->parentField);
                if (!parent || (!pf->refKind.empty() && parent->record.kind != pf->refKind) ||
                    parent->record.kind == "attachment") {
                    refuse("forbidden", kind->parentField + ": the record's parent is not known to "
                                                            "the server");
                    reply.results.push_back(std::move(r));
                    continue;
                }
                scope = parent->record.scope;
                if (kind->scope == model::ScopeRule::OwnerRecord)
                    ownerKind = parent->record.kind;
            }
            if (!kind->employerField.empty()) {
                const Json *employer = batchValue(c.recordId, kind->employerField);
                if (!employer || !employer->is_string() || employer->get<std::string>().empty()) {
                    refuse("rejected", kind->employerField + ": a new " + kind->name +
                                           " needs its " + kind->employerField +
                                           " in the same push");
                    reply.results.push_back(std::move(r));
                    continue;
                }
                scope.bookId = c.recordId;
                scope.employer = employer->get<std::string>();
            }
        } else {
            scope = entry->record.scope;
            ownerKind = entry->record.ownerKind;
        }

        // Whose is it, and may this role do this?
        const bool newParticipant = creating && kind->scope == model::ScopeRule::Participant &&
                                    user.role == Role::Adviser;
        const bool newEmployer = creating && kind->scope == model::ScopeRule::Municipality;
        // An employer's records: its municipality and name from the batch when this push
        // makes the employer, else from the employer record as stored.
        auto reachesHere = [&]() {
            if (!isEmployerScope(scope))
                return reachesParticipantScope(user, scope, c.kind, linked);
            const Entry *root = find(scope.bookId);
            if (!root) {
                // Not named by this push: as stored, read without locking it (its municipality
                // and name never change), so that a push locks only the records it names, in
                // one sorted loadRecords (the lock order of repository.h).
                if (!storedRoots) {
                    storedRoots.emplace();
                    std::vector<std::string> rootKinds;
                    for (const auto &k : model::recordKinds())
                        if (k.scope == model::ScopeRule::Municipality)
                            rootKinds.push_back(k.name);
                    for (const auto &r : work.recordsOfKinds(rootKinds, nullptr))
                        if (auto es = employerScopeOf(r))
                            storedRoots->emplace(r.id, *es);
                }
                auto it = storedRoots->find(scope.bookId);
                return it != storedRoots->end() &&
                       model::reachesEmployerRecord(user.role, user.municipality, user.employer, it->second);
            }
            std::optional<model::EmployerScope> es;
            if (root->newInBatch) {
                const KindSpec *rk = model::findKind(root->record.kind);
                const Json *m = batchValue(scope.bookId, rk->municipalityField);
                const Json *n = batchValue(scope.bookId, rk->employerNameField);
                if (m && n && m->is_string() && n->is_string())
                    es = model::EmployerScope{m->get<std::string>(), n->get<std::string>()};
            } else {
                es = employerScopeOf(root->record);
            }
            return es && model::reachesEmployerRecord(user.role, user.municipality, user.employer, *es);
        };
        if (!newParticipant && !newEmployer && !reachesHere()) {
            refuse("forbidden", "not allowed for this user: the record is outside your " +
                                    std::string(isEmployerScope(scope)
                                                    ? (user.role == Role::Mentor ? "own employer"
                                                                                 : "municipality")
                                                : user.role == Role::Mentor ? "placements"
                                                : user.role == Role::Participant ? "own records"
                                                                                 : "caseload"));
            reply.results.push_back(std::move(r));
            continue;
        }
        if (kind->name == "attachment") {
            const KindSpec *owner = model::findKind(ownerKind);
            const bool mine = making || entry->record.creatorId == user.id;
            std::optional<std::string> why;
            if (making && (!owner || !model::mayAttachTo(user.role, *owner)))
                why = "owner_id: " + std::string(model::roleName(user.role)) +
                      "s may not attach files to a " + ownerKind;
            else if (!mine && user.role != Role::Adviser)
                why = "not allowed for this user: only its author or an adviser changes an attachment";
            else if (c.field == "owner_kind" && c.value != Json(ownerKind))
                why = "owner_kind: must be the kind of the owner record (" + ownerKind + ")";
            if (why) {
                refuse(c.field == "owner_kind" ? "rejected" : "forbidden", *why);
                reply.results.push_back(std::move(r));
                continue;
            }
        } else if (auto why = model::whyNotWrite(user.role, *kind, c.field, making)) {
            refuse("forbidden", "not allowed for this user: " + *why);
            reply.results.push_back(std::move(r));
            continue;
        }

        // What may never change, whatever the stamp.
        std::optional<std::string> impossible;
        const sync::RecordState *state = creating ? nullptr : &entry->record.state;
        if (const model::FieldSpec *f = kind->field(c.field)) {
            const Json current = state ? state->values.value(c.field, Json()) : Json();
            if (auto why = model::whyNotChange(*kind, *f, current, c.value))
                impossible = *why;
            else if (f->type == model::FieldType::Reference && f->name != kind->parentField)
                impossible = badReference(*kind, scope, *f, c.value);
            else if (creating && f->name == kind->parentField && kind->scope != model::ScopeRule::OwnerRecord)
                impossible = badReference(*kind, scope, *f, c.value).has_value()
                                 ? std::optional<std::string>(f->name + ": the parent is not in this record's scope")
                                 : std::nullopt;
            if (!impossible && state && kind->signable && state->signature && !model::isSignatureField(f->name)) {
                // Kept as a conflict by the merge rules (an honest offline edit); nothing to refuse.
            }
        } else if (c.field == model::kSignatureField) {
            const Json content = c.value.value("content", Json::object());
            if (state->signature)
                impossible = "signature: the " + kind->name + " is signed already (by " +
                             state->signature->value.value("signed_by", std::string("?")) +
                             "); a signature is never replaced";
            else if (c.baseVersion.empty() || sync::decodeSeen(c.baseVersion).empty())
                impossible = "base: a signature names the version of each field it signs "
                             "(field=stamp;...)";
            else if (c.value.value("signed_by", Json()) != Json(user.displayName()))
                impossible = "signature: signed_by must be the name of the user who signs (" +
                             user.displayName() + ")";
            else
                for (const auto &[name, value] : content.items()) {
                    const model::FieldSpec *f = kind->field(name);
                    const Json current = state->values.value(name, Json());
                    if (model::whyNotChange(*kind, *f, current, value))
                        impossible = "signature: content." + name +
                                     " differs from the record's, which cannot change";
                    else if (f->type == model::FieldType::Reference && name != kind->parentField)
                        if (auto bad = badReference(*kind, scope, *f, value))
                            impossible = "signature: content." + *bad;
                    if (impossible)
                        break;
                }
        } else if (c.field == model::kDeletedField && state) {
            if (auto why = model::whyNotDelete(*kind, state->signature.has_value(), state->deleted))
                impossible = "deleted: " + *why;
        }
        if (impossible) {
            refuse("rejected", *impossible);
            reply.results.push_back(std::move(r));
            continue;
        }

        // Accepted: merged by the shared rules, and logged for every replica.
        if (newParticipant) {
            work.addToCaseload(user.id, c.recordId);
            linked.grant(c.recordId);
        }
        if (creating) {
            entry = &entries[c.recordId];
            entry->record = StoredRecord{c.recordId, c.kind, scope, {}, ownerKind, user.id};
            entry->exists = true;
            entry->newInBatch = true;
        }
        // Each change reaches the merge once (op ids above, stamps newer than the device's
        // last), after what it was based on: the record keeps no superseded versions.
        const auto merged =
            sync::applyChange(*kind, entry->record.state, c, sync::Delivery::CausalOnce);
        entry->dirty = true;
        r.status = statusOf(merged.outcome);
        r.reason = merged.reason;
        log.push_back(LogRow{0, c, user.id, scope, ownerKind});
        batchOps.insert(c.opId);
        lastStamp = stamp;
        audit.add(scope.participantId, c.recordId, c.kind, c.field);
        reply.results.push_back(std::move(r));
    }

    // The file index follows the attachment records: who made each, and whether they proved
    // that they hold the bytes (the upload proves it; so does being able to read the file
    // already through another attachment).
    std::vector<StoredRecord> dirty;
    dirty.reserve(entries.size());
    for (auto &[id, entry] : entries) {
        if (!entry.dirty)
            continue;
        dirty.push_back(std::move(entry.record)); // entries are done with
        const StoredRecord &record = dirty.back();
        if (record.kind != "attachment")
            continue;
        const auto &values = record.state.values;
        const std::string sha = values.value("sha256", std::string());
        if (sha.empty())
            continue;
        BlobRef ref{id, sha, record.scope, record.ownerKind, record.creatorId,
                    values.value("size_bytes", std::int64_t(0)), false, record.state.deleted};
        std::optional<BlobRef> previous;
        for (auto &existing : work.blobRefs(sha))
            if (existing.recordId == id)
                previous = existing;
        if (previous) {
            ref.proven = previous->proven;
        } else {
            auto known = readableBlobs.find(sha);
            if (known == readableBlobs.end()) {
                bool readable = false;
                for (const auto &other : work.blobRefs(sha)) {
                    const KindSpec *owner = model::findKind(other.ownerKind);
                    readable = readable || (other.proven && !other.deleted && owner &&
                                            model::mayReadAttachment(user.role, *owner) &&
                                            (isEmployerScope(other.scope)
                                                 ? reaches(work, user, other.scope, "attachment")
                                                 : reachesParticipantScope(user, other.scope,
                                                                           "attachment", linked)));
                }
                known = readableBlobs.emplace(sha, readable).first;
            }
            ref.proven = known->second;
        }
        blobRefs.push_back(ref);
    }
    work.saveRecords(dirty);
    for (const auto &ref : blobRefs)
        work.saveBlobRef(ref);
    device.lastStamp = lastStamp;
    device.lastSeenAt = nowMillis();
    work.saveDevice(device);
    auto rows = audit.rows();
    for (auto &row : refusals.rows())
        rows.push_back(std::move(row));
    work.appendAudit(rows);
    // Last: appending numbers the log in commit order, which may serialise pushes from here
    // to the commit (storage/postgres_repository.cpp).
    work.appendLog(log);
    work.commit();
    return reply;
}

SyncService::PullPage SyncService::pull(const SessionRow &session, std::int64_t since, int limit,
                                        std::optional<std::int64_t> knownScope)
{
    const UserRow &user = session.user;
    PullPage page;
    page.scope = user.scopeVersion;
    std::vector<LogRow> rows;
    {
        auto work = m_repo.read();
        if (auto device = work->device(session.deviceId))
            page.wipe = device->wipeRequested;
        if (knownScope && *knownScope != user.scopeVersion) {
            // What the user may see changed: the device forgets what is not listed and pulls
            // everything again from the start (merging a change twice changes nothing).
            page.reset = work->visible(reachOf(user));
            // Only a mentor's training books are a list of their own; anyone else sees the
            // books of the participants listed (an empty list there would make an adviser's
            // device forget every book, its own included, which a pull never sends back).
            page.resetBooks = user.role == model::Role::Mentor;
            page.cursor = 0;
            page.more = true;
            return page;
        }
        std::int64_t examined = since;
        rows = work->readLog(reachOf(user), since, limit, session.deviceId, examined);
        page.more = int(rows.size()) == limit;
        page.cursor = examined;
        auto employers = employerRows(*work, user, since, examined, session.deviceId);
        if (!employers.empty()) {
            rows.insert(rows.end(), std::make_move_iterator(employers.begin()),
                        std::make_move_iterator(employers.end()));
            std::sort(rows.begin(), rows.end(),
                      [](const LogRow &a, const LogRow &b) { return a.seq < b.seq; });
        }
    }
    AuditBatch audit(session, "read");
    std::string lastRecord;
    page.changes.reserve(rows.size());
    for (auto &row : rows) {
        auto c = visibleChange(user.role, row);
        if (!c)
            continue; // rows outside the user's view are never sent
        if (c->recordId != lastRecord)
            audit.add(row.scope.participantId, c->recordId, c->kind);
        lastRecord = c->recordId;
        page.changes.push_back(std::move(*c));
    }
    if (!audit.empty())
        m_repo.rerunnable([&](Repository::Work &work) {
            work.appendAudit(audit.rows());
            work.commit();
        });
    return page;
}

std::vector<sync::Change> SyncService::records(const SessionRow &session,
                                               const std::vector<std::string> &ids)
{
    const UserRow &user = session.user;
    std::vector<sync::Change> out;
    AuditBatch audit(session, "read");
    {
        auto work = m_repo.read();
        std::map<std::string, bool> reach; // record -> the user reaches it
        for (auto &row : work->logOfRecords(ids)) {
            auto known = reach.find(row.change.recordId);
            if (known == reach.end())
                known = reach.emplace(row.change.recordId,
                                      reaches(*work, user, row.scope, row.change.kind)).first;
            if (!known->second)
                continue;
            if (auto c = visibleChange(user.role, row)) {
                audit.add(row.scope.participantId, c->recordId, c->kind);
                out.push_back(std::move(*c));
            }
        }
    }
    if (!audit.empty())
        m_repo.rerunnable([&](Repository::Work &work) {
            work.appendAudit(audit.rows());
            work.commit();
        });
    return out;
}

std::vector<SyncService::TrailEntry> SyncService::trail(const SessionRow &session, int limit)
{
    std::vector<TrailEntry> out;
    if (session.user.role != Role::Participant || session.user.participantId.empty())
        return out;
    auto work = m_repo.read();
    std::map<std::int64_t, std::optional<UserRow>> users;
    for (const auto &row : work->auditOfParticipant(session.user.participantId, limit)) {
        if (row.action != "read" && row.action != "write")
            continue;
        auto u = users.find(row.userId);
        if (u == users.end())
            u = users.emplace(row.userId, work->userById(row.userId)).first;
        TrailEntry e{row.at, row.action, u->second ? model::roleName(u->second->role) : "",
                     u->second ? u->second->displayName() : "", {}};
        const Json detail = Json::parse(row.detail, nullptr, false);
        if (detail.is_object() && detail.contains("kinds") && detail["kinds"].is_object())
            for (const auto &[kind, yes] : detail["kinds"].items())
                e.kinds.push_back(kind);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace bro::server
