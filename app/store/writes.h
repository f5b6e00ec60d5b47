// The store's write path: every local write is validated against the model (bro/model), then
// in one SQLite transaction the record's row is written and one outbox change per changed
// field is appended (folded into the record through the shared merge rules first, exactly as
// a remote change would be). A refused write changes nothing and says which field and why.
#pragma once

#include "reads.h"
#include "rows.h"

#include <bro/model/validation.h>
#include <bro/sync/change.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::store {

// The outcome of a write: the record id, or an error naming the field and the reason.
struct WriteResult
{
    std::string id;
    std::optional<model::ValidationError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
    explicit operator bool() const { return ok(); }
};

class Files;

class Writes
{
public:
    Writes(StoreContext &ctx, Reads &reads, Files &files)
        : m_ctx(ctx)
        , m_reads(reads)
        , m_files(files)
    {}

    [[nodiscard]] WriteResult create(const std::string &kind, const Json &fields);
    [[nodiscard]] WriteResult update(const std::string &kind, const std::string &id,
                                     const Json &changes);
    [[nodiscard]] WriteResult remove(const std::string &kind, const std::string &id);
    bool batch(const std::function<bool()> &body);
    [[nodiscard]] WriteResult attach(Json fields, std::string_view bytes);

    // One local change of one field of an existing record, built on the record's current
    // state (base version, stamp), folded into state and appended to the outbox, with the
    // row written, in one transaction (or the open batch). For conflict resolutions.
    [[nodiscard]] WriteResult commitEdit(const model::KindSpec &kind, const std::string &id,
                                         sync::RecordState &state, const model::FieldSpec &field,
                                         const Json &value, bool resolvesConflict);

private:
    WriteResult write(const std::string &kind, const std::string &id, const Json &changes,
                      bool creating);
    // Runs one write's statements in its own transaction, or inside the open batch; a
    // storage error becomes the result (and fails the batch). Notifies after the commit.
    WriteResult inTransaction(const model::KindSpec &kind, const std::string &id,
                              const std::function<void()> &statements);
    std::optional<model::ValidationError> checkReferences(const model::KindSpec &kind,
                                                          const Json &record) const;
    // A local change of one field, folded into state through the shared merge rules.
    sync::Change makeChange(const model::KindSpec &kind, sync::RecordState &state,
                            const std::string &id, const std::string &field, Json value,
                            bool resolvesConflict = false);
    void appendToOutbox(const model::KindSpec &kind, const std::string &id,
                        const std::vector<sync::Change> &changes);

    StoreContext &m_ctx;
    Reads &m_reads;
    Files &m_files;
};

} // namespace bro::store
