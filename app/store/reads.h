// The store's reads: records by id, kind and parent, the canonical dump, counts, and which
// participants have unsent changes or conflicts (the caseload's badges).
#pragma once

#include "rows.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bro::store {

class Reads
{
public:
    explicit Reads(StoreContext &ctx)
        : m_ctx(ctx)
    {}

    [[nodiscard]] std::optional<Json> get(const std::string &kind, const std::string &id) const;
    [[nodiscard]] std::vector<Json> list(const std::string &kind,
                                         const std::string &parentId) const;
    [[nodiscard]] std::optional<std::string> kindOf(const std::string &id) const;
    // Also finds deleted records.
    [[nodiscard]] std::optional<std::string> kindOfAny(const std::string &id) const;
    [[nodiscard]] Json dump() const;
    [[nodiscard]] int count(const std::string &kind) const;
    [[nodiscard]] std::string fieldVersion(const std::string &recordId,
                                           const std::string &field) const;

    // The participant a record hangs under (through its parents, or an attachment's owner);
    // "" when the chain is not complete on this device.
    [[nodiscard]] std::string participantOf(const std::string &kind, const std::string &id) const;
    // The training book a record hangs under (itself for a book); "" for other records.
    [[nodiscard]] std::string bookOf(const std::string &kind, const std::string &id) const;

    // The values a field marked history had, oldest first by stamp (every change this
    // device made or pulled, superseded ones included).
    struct HistoryEntry
    {
        sync::HlcStamp stamp;
        Json value;
    };
    [[nodiscard]] std::vector<HistoryEntry> fieldHistory(const std::string &recordId,
                                                         const std::string &field) const;

    [[nodiscard]] std::set<std::string> participantsWithUnsentChanges() const;
    [[nodiscard]] std::set<std::string> participantsWithConflicts() const;

private:
    StoreContext &m_ctx;
};

} // namespace bro::store
