#include "reads.h"

namespace bro::store {

using model::FieldSpec;
using model::KindSpec;

std::optional<Json> Reads::get(const std::string &kindName, const std::string &id) const
{
    std::lock_guard lock(m_ctx.mutex);
    const KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return std::nullopt;
    auto st = m_ctx.db.cached("SELECT " + columnList(*kind) + " FROM " + kind->name +
                              " WHERE id = ? AND deleted = 0");
    st->bind(1, id);
    if (!st->step())
        return std::nullopt;
    return readRow(*kind, *st);
}

std::vector<Json> Reads::list(const std::string &kindName, const std::string &parentId) const
{
    std::lock_guard lock(m_ctx.mutex);
    std::vector<Json> rows;
    const KindSpec *kind = model::findKind(kindName);
    if (!kind)
        return rows;
    std::string sql = "SELECT " + columnList(*kind) + " FROM " + kind->name + " WHERE deleted = 0";
    const bool byParent = !parentId.empty() && !kind->parentField.empty();
    if (byParent)
        sql += " AND " + kind->parentField + " = ?";
    sql += " ORDER BY rowid";
    auto st = m_ctx.db.prepare(sql);
    if (byParent)
        st.bind(1, parentId);
    while (st.step())
        rows.push_back(readRow(*kind, st));
    return rows;
}

Json Reads::dump() const
{
    std::lock_guard lock(m_ctx.mutex);
    Json out = Json::object();
    for (const auto &kind : model::recordKinds()) {
        Json rows = Json::array();
        auto st = m_ctx.db.prepare("SELECT " + columnList(kind) + ", deleted FROM " + kind.name +
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

std::optional<std::string> Reads::kindOf(const std::string &id) const
{
    std::lock_guard lock(m_ctx.mutex);
    for (const auto &kind : model::recordKinds()) {
        auto st = m_ctx.db.cached("SELECT 1 FROM " + kind.name + " WHERE id = ? AND deleted = 0");
        st->bind(1, id);
        if (st->step())
            return kind.name;
    }
    return std::nullopt;
}

std::optional<std::string> Reads::kindOfAny(const std::string &id) const
{
    std::lock_guard lock(m_ctx.mutex);
    for (const auto &kind : model::recordKinds())
        if (rowExists(m_ctx, kind, id))
            return kind.name;
    return std::nullopt;
}

int Reads::count(const std::string &kindName) const
{
    std::lock_guard lock(m_ctx.mutex);
    if (!model::findKind(kindName))
        return 0;
    auto st = m_ctx.db.prepare("SELECT count(*) FROM " + kindName + " WHERE deleted = 0");
    st.step();
    return static_cast<int>(st.int64(0));
}

std::string Reads::fieldVersion(const std::string &recordId, const std::string &field) const
{
    std::lock_guard lock(m_ctx.mutex);
    for (const auto &kind : model::recordKinds()) {
        auto st = m_ctx.db.cached("SELECT merge_state FROM " + kind.name + " WHERE id = ?");
        st->bind(1, recordId);
        if (st->step())
            return Json::parse(st->text(0)).value("v", Json::object()).value(field, std::string());
    }
    return {};
}

std::string Reads::participantOf(const std::string &kindName, const std::string &id) const
{
    std::lock_guard lock(m_ctx.mutex);
    std::string kindNow = kindName, idNow = id;
    for (int depth = 0; depth < 8; ++depth) {
        const KindSpec *kind = model::findKind(kindNow);
        if (!kind)
            return {};
        if (kind->scope == model::ScopeRule::Participant)
            return idNow;
        if (kind->parentField.empty())
            return {};
        const FieldSpec *parent = kind->field(kind->parentField);
        std::string sql = "SELECT " + kind->parentField;
        const bool anyKind = parent->refKind.empty();
        if (anyKind) // an attachment: the owner's kind is stored beside it
            sql += ", owner_kind";
        auto st = m_ctx.db.cached(sql + " FROM " + kind->name + " WHERE id = ?");
        st->bind(1, idNow);
        if (!st->step() || st->isNull(0))
            return {};
        idNow = st->text(0);
        kindNow = anyKind ? st->text(1) : parent->refKind;
    }
    return {};
}

std::vector<Reads::HistoryEntry> Reads::fieldHistory(const std::string &recordId,
                                                      const std::string &field) const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT stamp, value FROM field_history WHERE record_id = ? AND "
                              "field = ? ORDER BY stamp");
    st->bind(1, recordId).bind(2, field);
    std::vector<HistoryEntry> out;
    while (st->step())
        if (auto stamp = sync::HlcStamp::parse(st->text(0)))
            out.push_back({*stamp, Json::parse(st->text(1))});
    return out;
}

std::string Reads::bookOf(const std::string &kindName, const std::string &id) const
{
    std::lock_guard lock(m_ctx.mutex);
    std::string kindNow = kindName, idNow = id;
    for (int depth = 0; depth < 8; ++depth) {
        const KindSpec *kind = model::findKind(kindNow);
        if (!kind || kind->parentField.empty())
            return {};
        if (!kind->employerField.empty())
            return idNow;
        const FieldSpec *parent = kind->field(kind->parentField);
        const bool anyKind = parent->refKind.empty();
        auto st = m_ctx.db.cached("SELECT " + kind->parentField +
                                  (anyKind ? std::string(", owner_kind") : std::string()) +
                                  " FROM " + kind->name + " WHERE id = ?");
        st->bind(1, idNow);
        if (!st->step() || st->isNull(0))
            return {};
        idNow = st->text(0);
        kindNow = anyKind ? st->text(1) : parent->refKind;
    }
    return {};
}

std::set<std::string> Reads::participantsWithUnsentChanges() const
{
    std::lock_guard lock(m_ctx.mutex);
    // Kept up to date by the write path and the sync side (see SyncSide::removePushed), so
    // that the caseload's badges cost one small read, however long the outbox is.
    std::set<std::string> out;
    auto st = m_ctx.db.cached("SELECT participant_id FROM unsent_participant");
    while (st->step())
        out.insert(st->text(0));
    return out;
}

namespace {

// "SELECT DISTINCT <participant id> FROM <kind> t0 JOIN <parent> t1 ... WHERE <condition>":
// the kind's chain of parents up to the participant, as joins. Empty for kinds that do not
// hang under one participant by a fixed chain (attachments, whose owner varies).
std::string participantQuery(const KindSpec &kind, const std::string &condition)
{
    std::string from = kind.name + " t0";
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

std::set<std::string> Reads::participantsWithConflicts() const
{
    std::lock_guard lock(m_ctx.mutex);
    std::set<std::string> out;
    for (const auto &kind : model::recordKinds()) {
        const std::string sql = participantQuery(kind, "t0.conflicted = 1");
        if (sql.empty())
            continue;
        auto st = m_ctx.db.cached(sql);
        while (st->step())
            if (!st->isNull(0))
                out.insert(st->text(0));
    }
    return out;
}

} // namespace bro::store
