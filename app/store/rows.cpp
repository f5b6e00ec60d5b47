#include "rows.h"

namespace bro::store {

using model::FieldSpec;
using model::FieldType;
using model::KindSpec;

std::string columnList(const KindSpec &kind)
{
    std::string cols = "id";
    for (const auto &f : kind.fields)
        cols += ", " + f.name;
    return cols;
}

Json normalized(const FieldSpec &f, const Json &v)
{
    if (f.type == FieldType::Decimal && v.is_number())
        return Json(v.get<double>());
    return v;
}

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

Json readRow(const KindSpec &kind, const sync::Statement &st)
{
    Json row = Json::object();
    row["id"] = st.text(0);
    int col = 1;
    for (const auto &f : kind.fields)
        row[f.name] = columnToJson(f, st, col++);
    return row;
}

bool rowExists(StoreContext &ctx, const KindSpec &kind, const std::string &id)
{
    auto st = ctx.db.cached("SELECT 1 FROM " + kind.name + " WHERE id = ?");
    st->bind(1, id);
    return st->step();
}

sync::RecordState readState(StoreContext &ctx, const KindSpec &kind, const std::string &id)
{
    auto st = ctx.db.cached("SELECT " + columnList(kind) + ", merge_state FROM " + kind.name +
                            " WHERE id = ?");
    st->bind(1, id);
    if (!st->step())
        return {};
    Json values = readRow(kind, *st);
    values.erase("id");
    const int stateColumn = static_cast<int>(kind.fields.size()) + 1;
    return sync::mergeStateFromJson(Json::parse(st->text(stateColumn)), std::move(values));
}

void writeRow(StoreContext &ctx, const KindSpec &kind, const std::string &id,
              const sync::RecordState &state, const std::vector<const FieldSpec *> &fields,
              bool insert)
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
            ctx.db.cached("INSERT INTO " + kind.name + " (" + cols + ") VALUES (" + params + ")");
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
    auto st = ctx.db.cached("UPDATE " + kind.name + " SET " + sets + " WHERE id = ?");
    st->bind(1, mergeState).bind(2, deleted).bind(3, conflicted);
    int i = 4;
    for (const FieldSpec *f : fields)
        bindJson(*st, i++, *f, state.values.value(f->name, Json()));
    st->bind(i, id).run();
}

void recordHistory(StoreContext &ctx, const KindSpec &kind, const std::string &id,
                   const std::string &field, const std::string &stamp, const Json &value)
{
    const FieldSpec *f = kind.field(field);
    if (!f || !f->history)
        return;
    auto st = ctx.db.cached("INSERT OR IGNORE INTO field_history (record_id, field, stamp, value) "
                            "VALUES (?, ?, ?, ?)");
    st->bind(1, id).bind(2, field).bind(3, stamp).bind(4, value.dump()).run();
}

std::vector<const FieldSpec *> allFields(const KindSpec &kind)
{
    std::vector<const FieldSpec *> all;
    for (const auto &f : kind.fields)
        all.push_back(&f);
    return all;
}

} // namespace bro::store
