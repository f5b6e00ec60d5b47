#include "store.h"

#include "migrations.h"

#include <bro/sync/merge.h>
#include <bro/sync/sha256.h>
#include <bro/sync/uuid.h>

#include <unordered_map>

namespace bro::store {

using model::FieldSpec;
using model::FieldType;
using model::KindSpec;

namespace {

void bindJson(sync::Statement &st, int index, const FieldSpec &f, const Json &v)
{
    if (v.is_null()) {
        st.bind(index, nullptr);
        return;
    }
    switch (f.type) {
    case FieldType::Integer:
        st.bind(index, v.get<std::int64_t>());
        break;
    case FieldType::Decimal:
        st.bind(index, v.get<double>());
        break;
    case FieldType::Boolean:
        st.bind(index, std::int64_t(v.get<bool>() ? 1 : 0));
        break;
    default:
        st.bind(index, v.get_ref<const std::string &>());
    }
}

// Values are stored in one canonical JSON type per field type (8 hours is 8.0).
Json normalized(const FieldSpec &f, const Json &v)
{
    if (f.type == FieldType::Decimal && v.is_number())
        return Json(v.get<double>());
    return v;
}

std::string columnList(const KindSpec &kind)
{
    std::string cols = "id";
    for (const auto &f : kind.fields)
        cols += ", " + f.name;
    return cols;
}

} // namespace

Json columnToJson(const FieldSpec &f, const sync::Statement &st, int col)
{
    if (st.isNull(col))
        return nullptr;
    switch (f.type) {
    case FieldType::Integer:
        return st.int64(col);
    case FieldType::Decimal:
        return st.real(col);
    case FieldType::Boolean:
        return st.int64(col) != 0;
    default:
        return st.text(col);
    }
}

std::variant<std::unique_ptr<Store>, Store::OpenError>
Store::open(const std::string &path, const std::string &key, sync::HybridClock::WallClock wall)
{
    using R = OpenError::Reason;
    sync::Database db;
    try {
        db = sync::Database(path, true);
        db.setKey(key);
    } catch (const sync::SqliteError &e) {
        return OpenError{R::CannotOpen, e.what()};
    }
    // Verify the key with a read before anything can be written to the file.
    try {
        auto st = db.prepare("SELECT count(*) FROM sqlite_master");
        st.step();
    } catch (const sync::SqliteError &e) {
        if (e.primaryCode() == SQLITE_NOTADB)
            return OpenError{R::WrongKey, "cannot open the database " + path +
                                              ": the key is wrong or the file is not a Bro "
                                              "database (nothing was changed)"};
        return OpenError{R::CannotOpen, e.what()};
    }
    try {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = OFF");
        migrate(db);
    } catch (const sync::SqliteError &e) {
        return OpenError{R::Storage, e.what()};
    } catch (const std::runtime_error &e) {
        return OpenError{R::NewerSchema, e.what()};
    }
    try {
        return std::unique_ptr<Store>(new Store(std::move(db), std::move(wall)));
    } catch (const sync::SqliteError &e) {
        return OpenError{R::Storage, e.what()};
    }
}

Store::Store(sync::Database db, sync::HybridClock::WallClock wallClock)
    : m_db(std::move(db))
{
    loadDeviceIdentity(wallClock);
}

Store::~Store() = default;

void Store::loadDeviceIdentity(const sync::HybridClock::WallClock &wallClock)
{
    auto read = [this](const char *key) -> std::string {
        auto st = m_db.prepare("SELECT value FROM device_meta WHERE key = ?");
        st.bind(1, key);
        return st.step() ? st.text(0) : std::string();
    };
    m_deviceId = read("device_id");
    if (m_deviceId.empty()) {
        m_deviceId = sync::Uuid::randomV4().toString();
        sync::Transaction tx(m_db);
        auto st = m_db.prepare("INSERT INTO device_meta(key, value) VALUES ('device_id', ?)");
        st.bind(1, m_deviceId).run();
        tx.commit();
    }
    m_clock = std::make_unique<sync::HybridClock>(m_deviceId, wallClock);
    // Stamps stay monotonic across restarts even if the wall clock went back meanwhile. The
    // newest local stamp is the newest outbox change's; device_meta 'hlc' keeps the newest
    // stamp that has left the outbox or came from another device (whoever removes outbox
    // rows or applies remote changes must move it forward in the same transaction).
    if (auto last = sync::HlcStamp::parse(read("hlc")))
        m_clock->observe(*last);
    auto newest = m_db.prepare("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1");
    if (newest.step())
        if (auto last = sync::HlcStamp::parse(newest.text(0)))
            m_clock->observe(*last);
}

int Store::schemaVersion() const
{
    std::lock_guard lock(m_mutex);
    return m_db.userVersion();
}

std::string Store::integrityCheck() const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.prepare("PRAGMA integrity_check");
    std::string result;
    while (st.step())
        result += (result.empty() ? "" : "\n") + st.text(0);
    return result;
}

WriteResult Store::create(const std::string &kind, const Json &fields)
{
    return write(kind, {}, fields, true);
}

WriteResult Store::update(const std::string &kind, const std::string &id, const Json &changes)
{
    return write(kind, id, changes, false);
}

WriteResult Store::write(const std::string &kindName, const std::string &givenId,
                         const Json &changes, bool creating)
{
    std::lock_guard lock(m_mutex);
    const KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return {givenId, makeError(ErrorCode::UnknownKind, "kind",
                                   "\"" + kindName + "\" is not a kind of record")};
    if (!changes.is_object())
        return {givenId, makeError(ErrorCode::WrongType, "", "the fields must be a JSON object")};

    // Validate every given value before anything is touched.
    for (const auto &[name, value] : changes.items()) {
        const FieldSpec *f = kind->field(name);
        if (!f)
            return {givenId,
                    makeError(ErrorCode::UnknownField, name, "is not a field of " + kind->name)};
        if (auto e = model::validateValue(*f, value))
            return {givenId, e};
    }

    Json current = Json::object();
    if (!creating) {
        auto existing = get(kindName, givenId);
        if (!existing)
            return {givenId, makeError(ErrorCode::UnknownRecord, "id",
                                       "no " + kind->name + " with id " + givenId)};
        current = std::move(*existing);
        current.erase("id");
        if (kind->signable && !current.value("signed_at", Json()).is_null())
            return {givenId, makeError(ErrorCode::ReadOnly, "signed_at",
                                       "the " + kind->name +
                                           " is signed off and can no longer be changed; add a "
                                           "correction instead")};
    }

    Json merged = current;
    std::vector<const FieldSpec *> changed;
    for (const auto &f : kind->fields) {
        auto it = changes.find(f.name);
        if (it == changes.end())
            continue;
        const Json value = normalized(f, *it);
        const Json before = current.value(f.name, Json());
        if (value == before)
            continue; // unchanged fields make no outbox change
        merged[f.name] = value;
        changed.push_back(&f);
    }
    if (kind->appendOnly && !creating)
        for (const FieldSpec *f : changed)
            if (!model::isSignatureField(f->name) && !current.value(f->name, Json()).is_null())
                return {givenId, makeError(ErrorCode::ReadOnly, f->name,
                                           "a " + kind->name +
                                               " is not changed once written; add a new one "
                                               "instead")};
    if (auto e = model::validateRecord(*kind, merged))
        return {givenId, e};
    if (auto e = checkReferences(*kind, merged))
        return {givenId, e};
    if (!creating && changed.empty())
        return {givenId, std::nullopt};

    const std::string id = creating ? sync::newRecordId() : givenId;
    return inTransaction(*kind, id, [&] {
        sync::RecordState state = creating ? sync::RecordState{} : readState(*kind, id);
        // Signing (setting signed_at) is one "signature" change that pins the content.
        const bool signing = kind->signable && changes.contains("signed_at") &&
                             !changes["signed_at"].is_null() &&
                             current.value("signed_at", Json()).is_null();
        std::vector<sync::Change> out;
        for (const FieldSpec *f : changed) {
            if (signing && model::isSignatureField(f->name))
                continue;
            out.push_back(makeChange(*kind, state, id, f->name, merged[f->name]));
        }
        if (signing) {
            Json content = Json::object();
            for (const auto &f : kind->fields)
                if (!model::isSignatureField(f.name))
                    content[f.name] = merged.value(f.name, Json());
            out.push_back(
                makeChange(*kind, state, id, std::string(model::kSignatureField),
                           {{"signed_by", merged.value("signed_by", Json())},
                            {"signed_at", merged["signed_at"]},
                            {"signature_strokes", merged.value("signature_strokes", Json())},
                            {"content", std::move(content)}}));
        }
        writeRow(*kind, id, state, changed, creating);
        appendToOutbox(*kind, id, out);
    });
}

namespace {

// "SELECT DISTINCT <participant id> FROM <kind> t0 JOIN <parent> t1 ... WHERE <condition>":
// the kind's chain of parents up to the participant, as joins. Empty for kinds that do not
// hang under one participant by a fixed chain (attachments, whose owner varies).
std::string participantQuery(const KindSpec &kind, const std::string &join,
                             const std::string &condition)
{
    std::string from = kind.name + " t0" + join;
    const KindSpec *k = &kind;
    int depth = 0;
    while (k->name != "participant") {
        const FieldSpec *parent = k->parentField.empty() ? nullptr : k->field(k->parentField);
        const KindSpec *up = parent ? model::findKind(parent->refKind) : nullptr;
        if (!up)
            return {};
        if (up->name == "participant")
            return "SELECT DISTINCT t" + std::to_string(depth) + "." + k->parentField + " FROM " +
                   from + " WHERE " + condition;
        from += " JOIN " + up->name + " t" + std::to_string(depth + 1) + " ON t" +
                std::to_string(depth + 1) + ".id = t" + std::to_string(depth) + "." +
                k->parentField;
        k = up;
        ++depth;
    }
    return "SELECT DISTINCT t0.id FROM " + from + " WHERE " + condition;
}

} // namespace

std::set<std::string> Store::participantsWithUnsentChanges() const
{
    std::lock_guard lock(m_mutex);
    // The outbox has a row per changed field and no index on the record, so it is read once
    // (not once per kind): its unsent records by kind, then each kind's records are walked up
    // to their participant by key, a few hundred at a time.
    std::unordered_map<std::string, std::vector<std::string>> unsent; // kind -> record ids
    {
        auto st = m_db.cached("SELECT DISTINCT kind, record_id FROM outbox");
        while (st->step())
            unsent[st->text(0)].push_back(st->text(1));
    }
    constexpr std::size_t kChunk = 500;
    std::set<std::string> out;
    for (const auto &kind : model::recordKinds()) {
        const auto found = unsent.find(kind.name);
        if (found == unsent.end())
            continue;
        const std::vector<std::string> &ids = found->second;
        for (std::size_t from = 0; from < ids.size(); from += kChunk) {
            const std::size_t n = std::min(kChunk, ids.size() - from);
            std::string in = "t0.id IN (?";
            for (std::size_t i = 1; i < n; ++i)
                in += ", ?";
            const std::string sql = participantQuery(kind, "", in + ")");
            if (sql.empty())
                break;
            auto st = m_db.prepare(sql);
            for (std::size_t i = 0; i < n; ++i)
                st.bind(static_cast<int>(i + 1), ids[from + i]);
            while (st.step())
                if (!st.isNull(0))
                    out.insert(st.text(0));
        }
    }
    return out;
}

std::set<std::string> Store::participantsWithConflicts() const
{
    std::lock_guard lock(m_mutex);
    std::set<std::string> out;
    for (const auto &kind : model::recordKinds()) {
        const std::string sql = participantQuery(kind, "", "t0.conflicted = 1");
        if (sql.empty())
            continue;
        auto st = m_db.cached(sql);
        while (st->step())
            if (!st->isNull(0))
                out.insert(st->text(0));
    }
    return out;
}

std::string Store::putBlob(std::string_view bytes)
{
    const std::string sha = sync::sha256Hex(bytes);
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)");
    st->bind(1, sha)
        .bind(2, std::int64_t(bytes.size()))
        .bindBlob(3, bytes.data(), int(bytes.size()));
    st->run();
    return sha;
}

WriteResult Store::attach(Json fields, std::string_view bytes)
{
    WriteResult r;
    fields["size_bytes"] = std::int64_t(bytes.size());
    batch([&] {
        fields["sha256"] = putBlob(bytes);
        r = create("attachment", fields);
        return r.ok();
    });
    return r;
}

std::optional<std::string> Store::blob(const std::string &sha256) const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("SELECT data FROM blob WHERE sha256 = ?");
    st->bind(1, sha256);
    if (!st->step())
        return std::nullopt;
    return st->text(0);
}

std::optional<std::string> Store::blobRange(const std::string &sha256, std::int64_t offset,
                                            std::int64_t length) const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("SELECT substr(data, ?, ?) FROM blob WHERE sha256 = ?");
    st->bind(1, offset + 1).bind(2, length).bind(3, sha256);
    if (!st->step())
        return std::nullopt;
    return st->text(0);
}

std::optional<std::int64_t> Store::blobSize(const std::string &sha256) const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("SELECT size FROM blob WHERE sha256 = ?");
    st->bind(1, sha256);
    if (!st->step())
        return std::nullopt;
    return st->int64(0);
}

std::vector<std::string> Store::blobsToUpload() const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("SELECT sha256 FROM blob WHERE uploaded = 0 ORDER BY rowid");
    std::vector<std::string> out;
    while (st->step())
        out.push_back(st->text(0));
    return out;
}

void Store::setBlobUploaded(const std::string &sha256)
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("UPDATE blob SET uploaded = 1 WHERE sha256 = ?");
    st->bind(1, sha256).run();
}

std::vector<std::string> Store::blobsToDownload() const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("SELECT a.sha256 FROM attachment a WHERE a.deleted = 0 AND a.sha256 IS "
                          "NOT NULL AND NOT EXISTS (SELECT 1 FROM blob b WHERE b.sha256 = "
                          "a.sha256) GROUP BY a.sha256 ORDER BY min(a.rowid)");
    std::vector<std::string> out;
    while (st->step())
        out.push_back(st->text(0));
    return out;
}

std::string Store::putDownloadedBlob(std::string_view bytes)
{
    const std::string sha = sync::sha256Hex(bytes);
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached(
        "INSERT OR IGNORE INTO blob (sha256, size, data, uploaded) VALUES (?, ?, ?, 1)");
    st->bind(1, sha)
        .bind(2, std::int64_t(bytes.size()))
        .bindBlob(3, bytes.data(), int(bytes.size()));
    st->run();
    return sha;
}

WriteResult Store::inTransaction(const KindSpec &kind, const std::string &id,
                                 const std::function<void()> &statements)
{
    if (m_batchDepth > 0 && m_batchFailed)
        return {id, makeError(ErrorCode::Storage, "",
                              "not saved: an earlier write of the same batch failed")};
    try {
        std::optional<sync::Transaction> tx;
        if (m_batchDepth == 0)
            tx.emplace(m_db);
        statements();
        if (tx)
            tx->commit();
    } catch (const sync::SqliteError &e) {
        // Inside a batch the whole batch is rolled back; SQLite may already have done so.
        m_batchFailed = m_batchDepth > 0;
        return {id, makeError(ErrorCode::Storage, "", std::string("could not save: ") + e.what())};
    }
    notify(kind.name, id);
    return {id, std::nullopt};
}

WriteResult Store::remove(const std::string &kindName, const std::string &id)
{
    std::lock_guard lock(m_mutex);
    const KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return {id, makeError(ErrorCode::UnknownKind, "kind",
                              "\"" + kindName + "\" is not a kind of record")};
    auto existing = get(kindName, id);
    if (!existing)
        return {id,
                makeError(ErrorCode::UnknownRecord, "id", "no " + kind->name + " with id " + id)};
    if (kind->signable && !existing->value("signed_at", Json()).is_null())
        return {id, makeError(ErrorCode::ReadOnly, "signed_at",
                              "the " + kind->name + " is signed off and cannot be deleted")};
    return inTransaction(*kind, id, [&] {
        sync::RecordState state = readState(*kind, id);
        const auto change = makeChange(*kind, state, id, std::string(model::kDeletedField), true);
        writeRow(*kind, id, state, {}, false);
        appendToOutbox(*kind, id, {change});
    });
}

bool Store::batch(const std::function<bool()> &body)
{
    std::lock_guard lock(m_mutex);
    if (m_batchDepth > 0) // nested: part of the outer batch
        return body() && !m_batchFailed;

    std::optional<sync::Transaction> tx;
    try {
        tx.emplace(m_db);
    } catch (const sync::SqliteError &) {
        return false;
    }
    m_batchDepth = 1;
    m_batchFailed = false;
    bool ok = false;
    try {
        ok = body() && !m_batchFailed;
    } catch (...) {
        m_batchDepth = 0;
        m_batchNotifications.clear();
        throw; // tx rolls back
    }
    m_batchDepth = 0;
    auto pending = std::move(m_batchNotifications);
    m_batchNotifications.clear();
    if (!ok)
        return false; // tx rolls back
    try {
        tx->commit();
    } catch (const sync::SqliteError &) {
        return false;
    }
    for (const auto &[k, id] : pending)
        if (m_listener)
            m_listener(k, id);
    return true;
}

std::optional<ValidationError> Store::checkReferences(const KindSpec &kind,
                                                      const Json &record) const
{
    for (const auto &f : kind.fields) {
        if (f.type != FieldType::Reference)
            continue;
        const Json v = record.value(f.name, Json());
        if (v.is_null())
            continue;
        std::string target = f.refKind;
        if (target.empty()) {
            // A reference to a record of any kind, named by a companion "<x>_kind" field.
            const std::string kindField = f.name.substr(0, f.name.rfind("_id")) + "_kind";
            target = record.value(kindField, std::string());
            if (!model::findKind(target))
                return makeError(ErrorCode::NotAllowed, kindField,
                                 "\"" + target + "\" is not a kind of record");
        }
        if (!get(target, v.get<std::string>()))
            return makeError(ErrorCode::UnknownReference, f.name,
                             "no " + target + " with id " + v.get<std::string>());
    }
    return std::nullopt;
}

sync::RecordState Store::readState(const KindSpec &kind, const std::string &id) const
{
    auto st = m_db.cached("SELECT " + columnList(kind) + ", merge_state FROM " + kind.name +
                          " WHERE id = ?");
    st->bind(1, id);
    if (!st->step())
        return {};
    Json values = readRow(kind, *st);
    values.erase("id");
    const int stateColumn = static_cast<int>(kind.fields.size()) + 1;
    return sync::mergeStateFromJson(Json::parse(st->text(stateColumn)), std::move(values));
}

sync::Change Store::makeChange(const KindSpec &kind, sync::RecordState &state,
                               const std::string &id, const std::string &field, Json value)
{
    sync::Change c;
    c.opId = sync::newRecordId();
    c.kind = kind.name;
    c.recordId = id;
    c.field = field;
    c.value = std::move(value);
    c.baseVersion = sync::baseForEdit(kind, state, field);
    c.stamp = m_clock->now();
    c.deviceId = m_deviceId;
    // A local edit goes through the same rules as a remote one.
    sync::applyChange(kind, state, c);
    return c;
}

void Store::writeRow(const KindSpec &kind, const std::string &id, const sync::RecordState &state,
                     const std::vector<const FieldSpec *> &fields, bool insert)
{
    const std::string mergeState = sync::mergeStateToJson(state).dump();
    const std::int64_t deleted = state.deleted ? 1 : 0;
    // Flagged (and indexed) so that the conflict list never scans every record.
    const std::int64_t conflicted = state.conflicts().empty() ? 0 : 1;
    if (insert) {
        std::string cols = "id, merge_state, deleted, conflicted", params = "?, ?, ?, ?";
        for (const FieldSpec *f : fields) {
            cols += ", " + f->name;
            params += ", ?";
        }
        auto st =
            m_db.cached("INSERT INTO " + kind.name + " (" + cols + ") VALUES (" + params + ")");
        st->bind(1, id).bind(2, mergeState).bind(3, deleted).bind(4, conflicted);
        int i = 5;
        for (const FieldSpec *f : fields)
            bindJson(*st, i++, *f, state.values.value(f->name, Json()));
        st->run();
        return;
    }
    std::string sets = "merge_state = ?, deleted = ?, conflicted = ?";
    for (const FieldSpec *f : fields)
        sets += ", " + f->name + " = ?";
    auto st = m_db.cached("UPDATE " + kind.name + " SET " + sets + " WHERE id = ?");
    st->bind(1, mergeState).bind(2, deleted).bind(3, conflicted);
    int i = 4;
    for (const FieldSpec *f : fields)
        bindJson(*st, i++, *f, state.values.value(f->name, Json()));
    st->bind(i, id).run();
}

void Store::appendToOutbox(const KindSpec &kind, const std::string &id,
                           const std::vector<sync::Change> &changes)
{
    // The clock's stamps survive a restart through the outbox: on open the clock observes
    // both device_meta's 'hlc' and the newest outbox change (see loadDeviceIdentity()).
    for (const auto &c : changes) {
        auto out = m_db.cached("INSERT INTO outbox (op_id, kind, record_id, field, value, base, "
                               "hlc, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        out->bind(1, c.opId)
            .bind(2, kind.name)
            .bind(3, id)
            .bind(4, c.field)
            .bind(5, c.value.dump())
            .bind(6, c.baseVersion)
            .bind(7, c.stamp.toString())
            .bind(8, m_deviceId)
            .run();
    }
}

void Store::notify(const std::string &kind, const std::string &id)
{
    if (m_batchDepth > 0)
        m_batchNotifications.emplace_back(kind, id);
    else if (m_listener)
        m_listener(kind, id);
}

Json Store::readRow(const KindSpec &kind, sync::Statement &st) const
{
    Json row = Json::object();
    row["id"] = st.text(0);
    int col = 1;
    for (const auto &f : kind.fields)
        row[f.name] = columnToJson(f, st, col++);
    return row;
}

std::optional<Json> Store::get(const std::string &kindName, const std::string &id) const
{
    std::lock_guard lock(m_mutex);
    const KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return std::nullopt;
    auto st = m_db.cached("SELECT " + columnList(*kind) + " FROM " + kind->name +
                          " WHERE id = ? AND deleted = 0");
    st->bind(1, id);
    if (!st->step())
        return std::nullopt;
    return readRow(*kind, *st);
}

std::vector<Json> Store::list(const std::string &kindName, const std::string &parentId) const
{
    std::lock_guard lock(m_mutex);
    std::vector<Json> rows;
    const KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return rows;
    std::string sql = "SELECT " + columnList(*kind) + " FROM " + kind->name + " WHERE deleted = 0";
    const bool byParent = !parentId.empty() && !kind->parentField.empty();
    if (byParent)
        sql += " AND " + kind->parentField + " = ?";
    sql += " ORDER BY rowid";
    auto st = m_db.prepare(sql);
    if (byParent)
        st.bind(1, parentId);
    while (st.step())
        rows.push_back(readRow(*kind, st));
    return rows;
}

Json Store::dump() const
{
    std::lock_guard lock(m_mutex);
    Json out = Json::object();
    for (const auto &kind : model::recordKinds()) {
        Json rows = Json::array();
        auto st = m_db.prepare("SELECT " + columnList(kind) + ", deleted FROM " + kind.name +
                               " ORDER BY id");
        const int deletedColumn = static_cast<int>(kind.fields.size()) + 1;
        while (st.step()) {
            Json row = readRow(kind, st);
            row[std::string(model::kDeletedField)] = st.int64(deletedColumn) != 0;
            rows.push_back(std::move(row));
        }
        out[kind.name] = std::move(rows);
    }
    return out;
}

std::optional<std::string> Store::kindOf(const std::string &id) const
{
    std::lock_guard lock(m_mutex);
    for (const auto &kind : model::recordKinds()) {
        auto st = m_db.prepare("SELECT 1 FROM " + kind.name + " WHERE id = ? AND deleted = 0");
        st.bind(1, id);
        if (st.step())
            return kind.name;
    }
    return std::nullopt;
}

int Store::count(const std::string &kindName) const
{
    std::lock_guard lock(m_mutex);
    if (!model::findKind(kindName))
        return 0;
    auto st = m_db.prepare("SELECT count(*) FROM " + kindName + " WHERE deleted = 0");
    st.step();
    return static_cast<int>(st.int64(0));
}

int Store::outboxSize() const
{
    // The outbox's seq numbers have no holes: new rows take max(seq) + 1 (a rolled-back insert
    // leaves no gap) and rows only ever leave as a prefix, oldest first. So the size is the
    // span of seq, two index look-ups instead of a count(*) that would decrypt every page.
    std::lock_guard lock(m_mutex);
    auto st =
        m_db.cached("SELECT (SELECT max(seq) FROM outbox) - (SELECT min(seq) FROM outbox) + 1");
    st->step();
    return st->isNull(0) ? 0 : static_cast<int>(st->int64(0));
}

std::vector<sync::Change> Store::outbox(int limit) const
{
    std::vector<sync::Change> out;
    for (auto &[seq, change] : readOutbox(limit))
        out.push_back(std::move(change));
    return out;
}

std::string Store::fieldVersion(const std::string &recordId, const std::string &field) const
{
    std::lock_guard lock(m_mutex);
    for (const auto &kind : model::recordKinds()) {
        auto st = m_db.cached("SELECT merge_state FROM " + kind.name + " WHERE id = ?");
        st->bind(1, recordId);
        if (st->step())
            return Json::parse(st->text(0)).value("v", Json::object()).value(field, std::string());
    }
    return {};
}

bool Store::rowExists(const KindSpec &kind, const std::string &id) const
{
    auto st = m_db.cached("SELECT 1 FROM " + kind.name + " WHERE id = ?");
    st->bind(1, id);
    return st->step();
}

std::vector<std::pair<std::int64_t, sync::Change>> Store::pending(int limit)
{
    return readOutbox(limit);
}

std::vector<std::pair<std::int64_t, sync::Change>> Store::readOutbox(int limit) const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.prepare("SELECT seq, op_id, kind, record_id, field, value, base, hlc, device "
                           "FROM outbox ORDER BY seq LIMIT ?");
    st.bind(1, std::int64_t(limit));
    std::vector<std::pair<std::int64_t, sync::Change>> out;
    while (st.step()) {
        sync::Change c;
        c.opId = st.text(1);
        c.kind = st.text(2);
        c.recordId = st.text(3);
        c.field = st.text(4);
        c.value = Json::parse(st.text(5));
        c.baseVersion = st.text(6);
        c.stamp = sync::HlcStamp::parse(st.text(7)).value_or(sync::HlcStamp{});
        c.deviceId = st.text(8);
        out.emplace_back(st.int64(0), std::move(c));
    }
    return out;
}

void Store::removePushed(std::int64_t upToSeq)
{
    std::lock_guard lock(m_mutex);
    sync::Transaction tx(m_db);
    // The clock's newest stamp must outlive the outbox rows that carried it.
    auto meta = m_db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES ('hlc', ?)");
    meta->bind(1, m_clock->last().toString()).run();
    auto del = m_db.cached("DELETE FROM outbox WHERE seq <= ?");
    del->bind(1, upToSeq).run();
    tx.commit();
}

void Store::applyPulled(const std::vector<sync::Change> &changes, std::int64_t newCursor)
{
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<std::string, std::string>> touched;
    {
        sync::Transaction tx(m_db);
        // Each record of the page is read once, merged change by change, and written once.
        struct Pending
        {
            const KindSpec *kind;
            bool exists;
            sync::RecordState state;
        };
        std::unordered_map<std::string, Pending> records;
        for (const auto &c : changes) {
            m_clock->observe(c.stamp);
            if (c.deviceId == m_deviceId)
                continue; // merged when it was made here
            const KindSpec *kind = model::findKind(c.kind);
            if (!kind)
                continue; // a kind from a newer app version: it arrives again after an update
            auto it = records.find(c.recordId);
            if (it == records.end()) {
                const bool exists = rowExists(*kind, c.recordId);
                it = records
                         .emplace(c.recordId, Pending{kind, exists,
                                                      exists ? readState(*kind, c.recordId)
                                                             : sync::RecordState{}})
                         .first;
                touched.emplace_back(kind->name, c.recordId);
            }
            sync::applyChange(*kind, it->second.state, c);
        }
        for (const auto &[id, pending] : records) {
            std::vector<const FieldSpec *> all;
            for (const auto &f : pending.kind->fields)
                all.push_back(&f);
            writeRow(*pending.kind, id, pending.state, all, !pending.exists);
        }
        auto meta = m_db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
        meta->bind(1, "cursor").bind(2, std::to_string(newCursor)).run();
        auto hlc = m_db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
        hlc->bind(1, "hlc").bind(2, m_clock->last().toString()).run();
        tx.commit();
    }
    for (const auto &[k, id] : touched)
        notify(k, id);
}

std::int64_t Store::cursor()
{
    const std::string c = meta("cursor");
    return c.empty() ? 0 : std::stoll(c);
}

std::int64_t Store::accessScope()
{
    const std::string s = meta("scope");
    return s.empty() ? -1 : std::stoll(s);
}

void Store::restartPull(std::int64_t scope)
{
    std::lock_guard lock(m_mutex);
    sync::Transaction tx(m_db);
    auto st = m_db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
    st->bind(1, "scope").bind(2, std::to_string(scope)).run();
    auto c = m_db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
    c->bind(1, "cursor").bind(2, "0").run();
    tx.commit();
}

std::string Store::meta(const std::string &key) const
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("SELECT value FROM device_meta WHERE key = ?");
    st->bind(1, key);
    return st->step() ? st->text(0) : std::string();
}

void Store::setMeta(const std::string &key, const std::string &value)
{
    std::lock_guard lock(m_mutex);
    auto st = m_db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
    st->bind(1, key).bind(2, value).run();
}

std::vector<Store::ConflictView> Store::conflicts() const
{
    std::lock_guard lock(m_mutex);
    std::vector<ConflictView> out;
    for (const auto &kind : model::recordKinds()) {
        auto st = m_db.prepare("SELECT id FROM " + kind.name + " WHERE conflicted = 1 ORDER BY id");
        std::vector<std::string> ids;
        while (st.step())
            ids.push_back(st.text(0));
        for (const auto &id : ids) {
            const auto state = readState(kind, id);
            for (auto &c : state.conflicts())
                out.push_back({kind.name, id, c, state.values.value(c.field, Json())});
        }
    }
    return out;
}

std::variant<Store::ConflictedField, ValidationError>
Store::conflictedField(const std::string &id, const std::string &field) const
{
    const auto kindName = kindOf(id);
    if (!kindName)
        return makeError(ErrorCode::UnknownRecord, "id", "no record with id " + id);
    const KindSpec *kind = model::findKind(*kindName);
    const FieldSpec *spec = kind->field(field);
    if (!spec)
        return makeError(ErrorCode::UnknownField, field, "is not a field of " + kind->name);
    sync::RecordState state = readState(*kind, id);
    if (!state.heads.count(field))
        return makeError(ErrorCode::NotAllowed, field, "has no conflict to resolve");
    return ConflictedField{kind, spec, std::move(state)};
}

WriteResult Store::resolve(const std::string &id, const std::string &field,
                           const std::string &choice)
{
    if (choice != "mine" && choice != "theirs")
        return resolveWith(id, field, choice);
    std::lock_guard lock(m_mutex);
    auto found = conflictedField(id, field);
    if (auto *e = std::get_if<ValidationError>(&found))
        return {id, *e};
    const bool mine = choice == "mine";
    Json value;
    for (const auto &h : std::get<ConflictedField>(found).state.heads.at(field)) {
        // Oldest first: the last match is the newest version of that side.
        const auto stamp = sync::HlcStamp::parse(h.stamp);
        if (stamp && (stamp->device == m_deviceId) == mine)
            value = h.value;
    }
    if (value.is_null())
        return {id, makeError(ErrorCode::NotAllowed, field,
                              mine ? "this device has no version of it"
                                   : "no other device has a version of it")};
    return resolveWith(id, field, value);
}

WriteResult Store::resolveWith(const std::string &id, const std::string &field, const Json &value)
{
    std::lock_guard lock(m_mutex);
    auto found = conflictedField(id, field);
    if (auto *e = std::get_if<ValidationError>(&found))
        return {id, *e};
    auto &[kind, spec, state] = std::get<ConflictedField>(found);
    if (auto e = model::validateValue(*spec, value))
        return {id, e};
    return inTransaction(*kind, id, [&] {
        sync::Change c;
        c.opId = sync::newRecordId();
        c.kind = kind->name;
        c.recordId = id;
        c.field = field;
        c.value = value;
        c.baseVersion = sync::baseForEdit(*kind, state, field, true);
        c.stamp = m_clock->now();
        c.deviceId = m_deviceId;
        sync::applyChange(*kind, state, c);
        writeRow(*kind, id, state, {spec}, false);
        appendToOutbox(*kind, id, {c});
    });
}

} // namespace bro::store
