#include "conflicts.h"

#include <bro/model/validation.h>

namespace bro::store {

using model::ErrorCode;
using model::KindSpec;
using model::makeError;
using model::ValidationError;

std::vector<ConflictView> Conflicts::list() const
{
    std::lock_guard lock(m_ctx.mutex);
    std::vector<ConflictView> out;
    for (const auto &kind : model::recordKinds()) {
        auto st =
            m_ctx.db.prepare("SELECT id FROM " + kind.name + " WHERE conflicted = 1 ORDER BY id");
        std::vector<std::string> ids;
        while (st.step())
            ids.push_back(st.text(0));
        for (const auto &id : ids) {
            const auto state = readState(m_ctx, kind, id);
            for (auto &c : state.conflicts())
                out.push_back({kind.name, id, c, state.values.value(c.field, Json()), {}, {}});
        }
    }
    // What the server refused, beside the record as the server has it.
    auto st = m_ctx.db.prepare("SELECT record_id, kind, field, stamp, value, status, reason FROM "
                               "refusal ORDER BY kind, record_id, field, stamp");
    while (st.step()) {
        const std::string kindName = st.text(1), id = st.text(0), field = st.text(2);
        Json current;
        if (const KindSpec *kind = model::findKind(kindName))
            current = readState(m_ctx, *kind, id).values.value(field, Json());
        out.push_back({kindName,
                       id,
                       {field, sync::Conflict::Reason::RefusedByServer, st.text(3),
                        Json::parse(st.text(4), nullptr, false)},
                       current,
                       st.text(5),
                       st.text(6)});
    }
    return out;
}

bool Conflicts::dismissRefusal(const std::string &id, const std::string &field)
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("DELETE FROM refusal WHERE record_id = ? AND field = ? AND refreshed = 1");
    st->bind(1, id).bind(2, field).run();
    const bool removed = m_ctx.db.changes() > 0;
    if (removed)
        if (auto kind = m_reads.kindOfAny(id))
            m_ctx.notify(*kind, id);
    return removed;
}

int Conflicts::refusalCount() const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT count(*) FROM refusal");
    st->step();
    return int(st->int64(0));
}

Json Conflicts::quarantined() const
{
    std::lock_guard lock(m_ctx.mutex);
    Json out = Json::array();
    auto st = m_ctx.db.prepare("SELECT received_at, reason, change FROM quarantine ORDER BY id DESC");
    while (st.step())
        out.push_back({{"received_at", st.int64(0)},
                       {"reason", st.text(1)},
                       {"change", Json::parse(st.text(2), nullptr, false)}});
    return out;
}

std::variant<Conflicts::ConflictedField, ValidationError>
Conflicts::conflictedField(const std::string &id, const std::string &field) const
{
    const auto kindName = m_reads.kindOf(id);
    if (!kindName)
        return makeError(ErrorCode::UnknownRecord, "id", "no record with id " + id);
    const KindSpec *kind = model::findKind(*kindName);
    const model::FieldSpec *spec = kind->field(field);
    if (!spec)
        return makeError(ErrorCode::UnknownField, field, "is not a field of " + kind->name);
    sync::RecordState state = readState(m_ctx, *kind, id);
    if (!state.heads.count(field))
        return makeError(ErrorCode::NotAllowed, field, "has no conflict to resolve");
    return ConflictedField{kind, spec, std::move(state)};
}

WriteResult Conflicts::resolve(const std::string &id, const std::string &field,
                               const std::string &choice)
{
    if (choice != "mine" && choice != "theirs")
        return resolveWith(id, field, choice);
    std::lock_guard lock(m_ctx.mutex);
    auto found = conflictedField(id, field);
    if (auto *e = std::get_if<ValidationError>(&found))
        return {id, *e};
    const bool mine = choice == "mine";
    Json value;
    for (const auto &h : std::get<ConflictedField>(found).state.heads.at(field)) {
        // Oldest first: the last match is the newest version of that side.
        const auto stamp = sync::HlcStamp::parse(h.stamp);
        if (stamp && (stamp->device == m_ctx.deviceId) == mine)
            value = h.value;
    }
    if (value.is_null())
        return {id, makeError(ErrorCode::NotAllowed, field,
                              mine ? "this device has no version of it"
                                   : "no other device has a version of it")};
    return resolveWith(id, field, value);
}

WriteResult Conflicts::resolveWith(const std::string &id, const std::string &field,
                                   const Json &value)
{
    std::lock_guard lock(m_ctx.mutex);
    auto found = conflictedField(id, field);
    if (auto *e = std::get_if<ValidationError>(&found))
        return {id, *e};
    auto &[kind, spec, state] = std::get<ConflictedField>(found);
    if (auto e = model::validateValue(*spec, value))
        return {id, e};
    return m_writes.commitEdit(*kind, id, state, *spec, value, true);
}

} // namespace bro::store
