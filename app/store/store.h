// The device's local store: an encrypted SQLite (SQLCipher) file holding every record.
// Every write stores the record and appends one outbox change per changed field in the
// same transaction; nothing else writes the database.
#pragma once

#include <bro/sync/change.h>
#include <bro/sync/hlc.h>
#include <bro/sync/merge.h>
#include <bro/sync/replica.h>
#include <bro/model/catalogue.h>
#include <bro/model/validation.h>
#include <bro/sync/sqlite.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace bro::store {

using Json = nlohmann::json;
using model::ErrorCode;
using model::ValidationError;
using model::makeError;

// The outcome of a write: the record id, or an error naming the field and the reason.
struct WriteResult
{
    std::string id;
    std::optional<ValidationError> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
    explicit operator bool() const { return ok(); }
};

class Store : public sync::Replica
{
public:
    struct OpenError
    {
        enum class Reason { CannotOpen, WrongKey, NewerSchema, Storage } reason;
        std::string message;
    };

    // Opens (creating if needed) the encrypted database at path with the given 32-byte key,
    // verifies the key before anything is written, then migrates to the latest schema.
    [[nodiscard]] static std::variant<std::unique_ptr<Store>, OpenError>
    open(const std::string &path, const std::string &key,
         sync::HybridClock::WallClock wallClock = sync::HybridClock::systemMillis);

    ~Store() override;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // --- writes -------------------------------------------------------------------------
    [[nodiscard]] WriteResult create(const std::string &kind, const Json &fields);
    [[nodiscard]] WriteResult update(const std::string &kind, const std::string &id,
                                     const Json &changes);
    [[nodiscard]] WriteResult remove(const std::string &kind, const std::string &id);

    // Runs several writes as one transaction: if body returns false or a write inside it
    // fails, nothing of it is kept.
    bool batch(const std::function<bool()> &body);

    // --- reads --------------------------------------------------------------------------
    // The record's fields plus "id"; nullopt if unknown or deleted.
    [[nodiscard]] std::optional<Json> get(const std::string &kind, const std::string &id) const;
    // Records of a kind, optionally only those under parentId, in creation order.
    [[nodiscard]] std::vector<Json> list(const std::string &kind,
                                         const std::string &parentId = {}) const;
    [[nodiscard]] std::optional<std::string> kindOf(const std::string &id) const;
    // Every record the device holds, deleted ones included (with "deleted": true), as
    // {kind: [record, ...]} sorted by kind and id; keys sorted. Two devices holding the same
    // data give the same JSON.
    [[nodiscard]] Json dump() const;
    [[nodiscard]] int count(const std::string &kind) const;

    // The participants whose records (at any depth: plan, measures, meetings, training book,
    // logbook ...) have changes not yet sent, or conflicts to review.
    [[nodiscard]] std::set<std::string> participantsWithUnsentChanges() const;
    [[nodiscard]] std::set<std::string> participantsWithConflicts() const;

    [[nodiscard]] int outboxSize() const;
    [[nodiscard]] std::vector<sync::Change> outbox(int limit = -1) const;
    [[nodiscard]] std::string fieldVersion(const std::string &recordId,
                                           const std::string &field) const;

    // --- sync -----------------------------------------------------------------------------
    std::vector<std::pair<std::int64_t, sync::Change>> pending(int limit) override;
    void removePushed(std::int64_t upToSeq) override;
    void applyPulled(const std::vector<sync::Change> &changes, std::int64_t cursor) override;
    std::int64_t cursor() override;
    std::int64_t accessScope() override;
    std::string replicaDevice() override { return m_deviceId; }
    void restartPull(std::int64_t scope) override;

    // --- attachment bytes --------------------------------------------------------------
    // Files (photos, signature images) live in the encrypted database, addressed by their
    // SHA-256, until the server has confirmed it holds them (and after, for viewing).
    // Stores the bytes (once per content) and returns their SHA-256 in hex.
    // Inside batch() it is part of the batch's transaction.
    std::string putBlob(std::string_view bytes);
    // Stores a file's bytes and its attachment record together, or neither: fields are the
    // record's (owner_kind, owner_id, file_name, mime_type, caption); sha256 and size_bytes
    // come from the bytes. The owner is checked like any reference.
    [[nodiscard]] WriteResult attach(Json fields, std::string_view bytes);
    [[nodiscard]] std::optional<std::string> blob(const std::string &sha256) const;
    // Part of the bytes: length bytes from offset (fewer at the end).
    [[nodiscard]] std::optional<std::string>
    blobRange(const std::string &sha256, std::int64_t offset, std::int64_t length) const override;
    [[nodiscard]] std::optional<std::int64_t> blobSize(const std::string &sha256) const override;
    // Blobs the server has not confirmed yet, oldest first.
    [[nodiscard]] std::vector<std::string> blobsToUpload() const override;
    void setBlobUploaded(const std::string &sha256) override;
    // SHA-256s of attachment records (not deleted) whose bytes this device does not hold.
    [[nodiscard]] std::vector<std::string> blobsToDownload() const override;
    // Bytes fetched from the server: stored as confirmed (nothing to upload again).
    std::string putDownloadedBlob(std::string_view bytes) override;

    // Device settings that travel with the store (server address, session token).
    [[nodiscard]] std::string meta(const std::string &key) const;
    void setMeta(const std::string &key, const std::string &value);

    struct ConflictView
    {
        std::string kind;
        std::string id;
        sync::Conflict conflict;
        Json current; // the field's value as shown
    };
    // Every conflict on the device, sorted by kind, record, field and version.
    [[nodiscard]] std::vector<ConflictView> conflicts() const;
    // Resolves a free-text conflict with this device's text ("mine"), the other device's
    // ("theirs"), or a new text; the resolution syncs like any edit.
    [[nodiscard]] WriteResult resolve(const std::string &id, const std::string &field,
                                      const std::string &choice);
    // Resolves a free-text conflict with the given text (one of the versions, or a merge).
    [[nodiscard]] WriteResult resolveWith(const std::string &id, const std::string &field,
                                          const Json &value);

    [[nodiscard]] const std::string &deviceId() const { return m_deviceId; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] std::string integrityCheck() const;

    // Called after each committed write with the kind and id written.
    void setChangeListener(std::function<void(const std::string &, const std::string &)> f)
    {
        m_listener = std::move(f);
    }

    [[nodiscard]] sync::Database &database() { return m_db; }

private:
    Store(sync::Database db, sync::HybridClock::WallClock wallClock);
    void loadDeviceIdentity(const sync::HybridClock::WallClock &wallClock);

    WriteResult write(const std::string &kind, const std::string &id, const Json &changes,
                      bool creating);
    // Runs one write's statements in its own transaction, or inside the open batch; a
    // storage error becomes the result (and fails the batch). Notifies after the commit.
    WriteResult inTransaction(const model::KindSpec &kind, const std::string &id,
                              const std::function<void()> &statements);
    std::optional<ValidationError> checkReferences(const model::KindSpec &kind,
                                                   const Json &record) const;
    // A record's merge state (versions, heads, delete, signature) with its values.
    [[nodiscard]] sync::RecordState readState(const model::KindSpec &kind,
                                              const std::string &id) const;
    // A local change of one field, folded into state through the shared merge rules.
    sync::Change makeChange(const model::KindSpec &kind, sync::RecordState &state,
                            const std::string &id, const std::string &field, Json value);
    // Writes the given fields' values from state, and the merge state, to the record's row.
    void writeRow(const model::KindSpec &kind, const std::string &id, const sync::RecordState &state,
                  const std::vector<const model::FieldSpec *> &fields, bool insert);
    [[nodiscard]] bool rowExists(const model::KindSpec &kind, const std::string &id) const;
    struct ConflictedField
    {
        const model::KindSpec *kind;
        const model::FieldSpec *spec;
        sync::RecordState state;
    };
    // The record and state of a free-text field in conflict, or why there is none.
    [[nodiscard]] std::variant<ConflictedField, ValidationError>
    conflictedField(const std::string &id, const std::string &field) const;
    [[nodiscard]] std::vector<std::pair<std::int64_t, sync::Change>> readOutbox(int limit) const;
    void appendToOutbox(const model::KindSpec &kind, const std::string &id,
                        const std::vector<sync::Change> &changes);
    Json readRow(const model::KindSpec &kind, sync::Statement &st) const;
    void notify(const std::string &kind, const std::string &id);

    mutable std::recursive_mutex m_mutex;
    mutable sync::Database m_db; // reads prepare statements too
    std::string m_deviceId;
    std::unique_ptr<sync::HybridClock> m_clock;
    int m_batchDepth = 0;
    bool m_batchFailed = false;
    std::vector<std::pair<std::string, std::string>> m_batchNotifications;
    std::function<void(const std::string &, const std::string &)> m_listener;
};

// Converts a stored column value to its JSON form per the field's type.
[[nodiscard]] Json columnToJson(const model::FieldSpec &field, const sync::Statement &st, int col);

} // namespace bro::store
