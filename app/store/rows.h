// How a record of a kind is kept in its table: one typed column per field, a tombstone flag,
// the merge state (versions, heads, delete, signature, refused edits) as JSON, and a flag for
// records in conflict. Shared by every part of the store that reads or writes rows.
#pragma once

#include "context.h"

#include <bro/model/catalogue.h>
#include <bro/sync/merge.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace bro::store {

using Json = nlohmann::json;

// "id, f1, f2, ..." in catalogue order.
[[nodiscard]] std::string columnList(const model::KindSpec &kind);
// Values are stored in one canonical JSON type per field type (8 hours is 8.0).
[[nodiscard]] Json normalized(const model::FieldSpec &field, const Json &value);
void bindJson(sync::Statement &st, int index, const model::FieldSpec &field, const Json &value);
// Converts a stored column value to its JSON form per the field's type.
[[nodiscard]] Json columnToJson(const model::FieldSpec &field, const sync::Statement &st, int col);
// The row of a statement selecting columnList(kind) first: the record's fields plus "id".
[[nodiscard]] Json readRow(const model::KindSpec &kind, const sync::Statement &st);

[[nodiscard]] bool rowExists(StoreContext &ctx, const model::KindSpec &kind,
                             const std::string &id);
// A record's merge state with its values (empty for an unknown record).
[[nodiscard]] sync::RecordState readState(StoreContext &ctx, const model::KindSpec &kind,
                                          const std::string &id);
// Writes the given fields' values from state, and the merge state, to the record's row.
void writeRow(StoreContext &ctx, const model::KindSpec &kind, const std::string &id,
              const sync::RecordState &state, const std::vector<const model::FieldSpec *> &fields,
              bool insert);
// Keeps the value of a change of a field marked history (catalogue.h) in field_history.
void recordHistory(StoreContext &ctx, const model::KindSpec &kind, const std::string &id,
                   const std::string &field, const std::string &stamp, const Json &value);
// Every field of the kind (for writeRow of a whole record).
[[nodiscard]] std::vector<const model::FieldSpec *> allFields(const model::KindSpec &kind);

} // namespace bro::store
