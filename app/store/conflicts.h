// The conflicts on the device and their resolution: free-text fields edited on two devices
// at once (both texts kept), edits after a delete or a sign-off (kept aside). A resolution is
// an edit based on every version, and syncs like any edit.
#pragma once

#include "reads.h"
#include "writes.h"

#include <bro/sync/merge.h>

#include <string>
#include <variant>
#include <vector>

namespace bro::store {

struct ConflictView
{
    std::string kind;
    std::string id;
    sync::Conflict conflict;
    Json current; // the field's value as shown
    // RefusedByServer: "forbidden", "rejected" or "invalid", and the server's reason (English,
    // naming the field) for the details; the UI words it by status.
    std::string status;
    std::string serverReason;
};

class Conflicts
{
public:
    Conflicts(StoreContext &ctx, Reads &reads, Writes &writes)
        : m_ctx(ctx)
        , m_reads(reads)
        , m_writes(writes)
    {}

    // Every conflict on the device, sorted by kind, record, field and version.
    [[nodiscard]] std::vector<ConflictView> list() const;
    // With this device's text ("mine"), the other device's ("theirs"), or a new text.
    [[nodiscard]] WriteResult resolve(const std::string &id, const std::string &field,
                                      const std::string &choice);
    [[nodiscard]] WriteResult resolveWith(const std::string &id, const std::string &field,
                                          const Json &value);
    // The person has seen what the server refused: the notice goes.
    [[nodiscard]] bool dismissRefusal(const std::string &id, const std::string &field);
    [[nodiscard]] int refusalCount() const;
    // Pulled changes kept aside, as {received_at, reason, change} (newest first).
    [[nodiscard]] Json quarantined() const;

private:
    struct ConflictedField
    {
        const model::KindSpec *kind;
        const model::FieldSpec *spec;
        sync::RecordState state;
    };
    // The record and state of a free-text field in conflict, or why there is none.
    [[nodiscard]] std::variant<ConflictedField, model::ValidationError>
    conflictedField(const std::string &id, const std::string &field) const;

    StoreContext &m_ctx;
    Reads &m_reads;
    Writes &m_writes;
};

} // namespace bro::store
