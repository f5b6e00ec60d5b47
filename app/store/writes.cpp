#include "writes.h"

#include "files.h"

#include <bro/model/access.h>
#include <bro/sync/merge.h>
#include <bro/sync/uuid.h>
#include <bro/sync/wire.h>

#include <algorithm>

namespace bro::store {

using model::ErrorCode;
using model::FieldSpec;
using model::FieldType;
using model::KindSpec;
using model::makeError;
using model::ValidationError;

WriteResult Writes::create(const std::string &kind, const Json &fields)
{
    return write(kind, {}, fields, true);
}

WriteResult Writes::update(const std::string &kind, const std::string &id, const Json &changes)
{
    return write(kind, id, changes, false);
}

WriteResult Writes::write(const std::string &kindName, const std::string &givenId,
                          const Json &changes, bool creating)
{
    std::lock_guard lock(m_ctx.mutex);
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
        auto existing = m_reads.get(kindName, givenId);
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
    // The parent, then the employer that places a training book, go first: the server derives
    // a new record's scope from them.
    std::stable_sort(changed.begin(), changed.end(), [&](const FieldSpec *a, const FieldSpec *b) {
        auto rank = [&](const FieldSpec *f) {
            return f->name == kind->parentField ? 0 : f->name == kind->employerField ? 1 : 2;
        };
        return rank(a) < rank(b);
    });
    const bool signing = kind->signable && changes.contains("signed_at") &&
                         !changes["signed_at"].is_null() &&
                         current.value("signed_at", Json()).is_null();
    for (const FieldSpec *f : changed) {
        if (model::isSignatureField(f->name) && !signing)
            return {givenId,
                    makeError(ErrorCode::ReadOnly, f->name, "is set by signing off, not edited")};
        if (auto why =
                model::whyNotChange(*kind, *f, current.value(f->name, Json()), merged[f->name]);
            why && !creating && !kind->appendOnly)
            return {givenId,
                    makeError(ErrorCode::ReadOnly, f->name, why->substr(f->name.size() + 2))};
    }
    // What the server would refuse for this device's user is refused here, naming the field.
    if (m_ctx.role) {
        for (const FieldSpec *f : changed)
            if (!model::isSignatureField(f->name))
                if (auto why = model::whyNotWrite(*m_ctx.role, *kind, f->name, creating))
                    return {givenId, makeError(ErrorCode::Forbidden, "", *why)};
        if (changed.empty() && creating)
            if (auto why = model::whyNotWrite(*m_ctx.role, *kind, kind->fields.front().name, true))
                return {givenId, makeError(ErrorCode::Forbidden, "", *why)};
        if (signing) {
            if (auto why = model::whyNotWrite(*m_ctx.role, *kind, model::kSignatureField, false))
                return {givenId, makeError(ErrorCode::Forbidden, "signed_at", *why)};
            if (!m_ctx.signerName.empty() &&
                merged.value("signed_by", Json()) != Json(m_ctx.signerName))
                return {givenId, makeError(ErrorCode::Forbidden, "signed_by",
                                           "must be your own name (" + m_ctx.signerName + ")")};
        }
        if (kind->name == "attachment" && creating) {
            const KindSpec *owner = model::findKind(merged.value("owner_kind", std::string()));
            if (owner && !model::mayAttachTo(*m_ctx.role, *owner))
                return {givenId, makeError(ErrorCode::Forbidden, "owner_id",
                                           std::string(model::roleName(*m_ctx.role)) +
                                               "s may not attach files to a " + owner->name)};
        }
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
        sync::RecordState state = creating ? sync::RecordState{} : readState(m_ctx, *kind, id);
        // Signing (setting signed_at) is one "signature" change that pins the content.
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
        writeRow(m_ctx, *kind, id, state, changed, creating);
        appendToOutbox(*kind, id, out);
    });
}

WriteResult Writes::remove(const std::string &kindName, const std::string &id)
{
    std::lock_guard lock(m_ctx.mutex);
    const KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return {id, makeError(ErrorCode::UnknownKind, "kind",
                              "\"" + kindName + "\" is not a kind of record")};
    auto existing = m_reads.get(kindName, id);
    if (!existing)
        return {id,
                makeError(ErrorCode::UnknownRecord, "id", "no " + kind->name + " with id " + id)};
    if (auto why =
            model::whyNotDelete(*kind, !existing->value("signed_at", Json()).is_null(), false))
        return {id, makeError(ErrorCode::ReadOnly, "signed_at", *why)};
    if (m_ctx.role)
        if (auto why = model::whyNotWrite(*m_ctx.role, *kind, model::kDeletedField, false))
            return {id, makeError(ErrorCode::Forbidden, "", *why)};
    return inTransaction(*kind, id, [&] {
        sync::RecordState state = readState(m_ctx, *kind, id);
        const auto change = makeChange(*kind, state, id, std::string(model::kDeletedField), true);
        writeRow(m_ctx, *kind, id, state, {}, false);
        appendToOutbox(*kind, id, {change});
    });
}

WriteResult Writes::attach(Json fields, std::string_view bytes)
{
    WriteResult r;
    fields["size_bytes"] = std::int64_t(bytes.size());
    batch([&] {
        fields["sha256"] = m_files.put(bytes);
        r = create("attachment", fields);
        return r.ok();
    });
    return r;
}

WriteResult Writes::commitEdit(const KindSpec &kind, const std::string &id,
                               sync::RecordState &state, const FieldSpec &field, const Json &value,
                               bool resolvesConflict)
{
    std::lock_guard lock(m_ctx.mutex);
    return inTransaction(kind, id, [&] {
        const auto c = makeChange(kind, state, id, field.name, value, resolvesConflict);
        writeRow(m_ctx, kind, id, state, {&field}, false);
        appendToOutbox(kind, id, {c});
    });
}

WriteResult Writes::inTransaction(const KindSpec &kind, const std::string &id,
                                  const std::function<void()> &statements)
{
    if (m_ctx.batchDepth > 0 && m_ctx.batchFailed)
        return {id, makeError(ErrorCode::Storage, "",
                              "not saved: an earlier write of the same batch failed")};
    try {
        std::optional<sync::Transaction> tx;
        if (m_ctx.batchDepth == 0)
            tx.emplace(m_ctx.db);
        statements();
        if (tx)
            tx->commit();
    } catch (const sync::SqliteError &e) {
        // Inside a batch the whole batch is rolled back; SQLite may already have done so.
        m_ctx.batchFailed = m_ctx.batchDepth > 0;
        return {id, makeError(ErrorCode::Storage, "", std::string("could not save: ") + e.what())};
    }
    m_ctx.notify(kind.name, id);
    if (m_ctx.batchDepth == 0)
        m_ctx.notifyOutbox();
    return {id, std::nullopt};
}

bool Writes::batch(const std::function<bool()> &body)
{
    std::lock_guard lock(m_ctx.mutex);
    if (m_ctx.batchDepth > 0) // nested: part of the outer batch
        return body() && !m_ctx.batchFailed;

    std::optional<sync::Transaction> tx;
    try {
        tx.emplace(m_ctx.db);
    } catch (const sync::SqliteError &) {
        return false;
    }
    m_ctx.batchDepth = 1;
    m_ctx.batchFailed = false;
    bool ok = false;
    try {
        ok = body() && !m_ctx.batchFailed;
    } catch (...) {
        m_ctx.batchDepth = 0;
        m_ctx.batchNotifications.clear();
        throw; // tx rolls back
    }
    m_ctx.batchDepth = 0;
    auto pending = std::move(m_ctx.batchNotifications);
    m_ctx.batchNotifications.clear();
    if (!ok)
        return false; // tx rolls back
    try {
        tx->commit();
    } catch (const sync::SqliteError &) {
        return false;
    }
    for (const auto &[k, id] : pending)
        if (m_ctx.listener)
            m_ctx.listener(k, id);
    if (!pending.empty())
        m_ctx.notifyOutbox();
    return true;
}

std::optional<ValidationError> Writes::checkReferences(const KindSpec &kind,
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
        if (!m_reads.get(target, v.get<std::string>()))
            return makeError(ErrorCode::UnknownReference, f.name,
                             "no " + target + " with id " + v.get<std::string>());
    }
    return std::nullopt;
}

sync::Change Writes::makeChange(const KindSpec &kind, sync::RecordState &state,
                                const std::string &id, const std::string &field, Json value,
                                bool resolvesConflict)
{
    sync::Change c;
    c.kind = kind.name;
    c.recordId = id;
    c.field = field;
    c.value = std::move(value);
    c.baseVersion = sync::baseForEdit(kind, state, field, resolvesConflict);
    c.stamp = m_ctx.clock->now();
    c.opId = sync::derivedOpId(c.stamp); // need not travel in v2 (sync/wire.h)
    c.deviceId = m_ctx.deviceId;
    // A local edit goes through the same rules as a remote one.
    sync::applyChange(kind, state, c, sync::Delivery::CausalAgain, m_ctx.deviceId);
    return c;
}

void Writes::appendToOutbox(const KindSpec &kind, const std::string &id,
                            const std::vector<sync::Change> &changes)
{
    // The clock's stamps survive a restart through the outbox: on open the clock observes
    // both device_meta's 'hlc' and the newest outbox change (see Store::open()).
    std::int64_t lastSeq = 0;
    for (const auto &c : changes) {
        auto out = m_ctx.db.cached("INSERT INTO outbox (op_id, kind, record_id, field, value, "
                                   "base, hlc, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        out->bind(1, c.opId)
            .bind(2, kind.name)
            .bind(3, id)
            .bind(4, c.field)
            .bind(5, c.value.dump())
            .bind(6, c.baseVersion)
            .bind(7, c.stamp.toString())
            .bind(8, m_ctx.deviceId)
            .run();
        lastSeq = m_ctx.db.lastInsertRowId();
        recordHistory(m_ctx, kind, id, c.field, c.stamp.toString(), c.value);
    }
    if (changes.empty())
        return;
    // The caseload's "not sent" badge: the participant and the newest outbox row that names
    // it (rows leave the outbox as a prefix, so the entry goes with its last row).
    const std::string participant = m_reads.participantOf(kind.name, id);
    if (!participant.empty()) {
        auto unsent = m_ctx.db.cached("INSERT OR REPLACE INTO unsent_participant "
                                      "(participant_id, last_seq) VALUES (?, ?)");
        unsent->bind(1, participant).bind(2, lastSeq).run();
    }
}

} // namespace bro::store
