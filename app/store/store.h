// The device's local store: an encrypted SQLite (SQLCipher) file holding every record, Qt-free.
// A thin facade over its parts, each in its own file:
//   writes.h     the write path (validate, write the row, append to the outbox, one transaction)
//   reads.h      records, the dump, the caseload's badges
//   files.h      attachment bytes by SHA-256
//   syncside.h   the outbox and the merge of pulled pages (sync::Replica)
//   conflicts.h  conflicts and their resolution
//   rows.h       how a record is kept in its table; context.h what the parts share
// Nothing else writes the database.
#pragma once

#include "conflicts.h"
#include "context.h"
#include "files.h"
#include "reads.h"
#include "syncside.h"
#include "writes.h"

#include <bro/model/catalogue.h>
#include <bro/model/validation.h>
#include <bro/sync/change.h>
#include <bro/sync/checkpoint.h>
#include <bro/sync/engine.h>
#include <bro/sync/hlc.h>
#include <bro/sync/merge.h>
#include <bro/sync/replica.h>
#include <bro/sync/sqlite.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace bro::store {

using model::ErrorCode;
using model::makeError;
using model::ValidationError;

class Store : public sync::Replica
{
public:
    struct OpenError
    {
        enum class Reason { CannotOpen, WrongKey, NewerSchema, Storage } reason;
        std::string message;
    };
    using ConflictView = store::ConflictView;

    // Opens (creating if needed) the encrypted database at path with the given 32-byte key,
    // verifies the key before anything is written, then migrates to the latest schema.
    [[nodiscard]] static std::variant<std::unique_ptr<Store>, OpenError>
    open(const std::string &path, const std::string &key,
         sync::HybridClock::WallClock wallClock = sync::HybridClock::systemMillis);

    ~Store() override;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // --- writes (writes.h) ------------------------------------------------------------------
    [[nodiscard]] WriteResult create(const std::string &kind, const Json &fields)
    {
        return m_writes.create(kind, fields);
    }
    [[nodiscard]] WriteResult update(const std::string &kind, const std::string &id,
                                     const Json &changes)
    {
        return m_writes.update(kind, id, changes);
    }
    [[nodiscard]] WriteResult remove(const std::string &kind, const std::string &id)
    {
        return m_writes.remove(kind, id);
    }
    // Runs several writes as one transaction: if body returns false or a write inside it
    // fails, nothing of it is kept.
    bool batch(const std::function<bool()> &body) { return m_writes.batch(body); }
    // Stores a file's bytes and its attachment record together, or neither: fields are the
    // record's (owner_kind, owner_id, file_name, mime_type, caption); sha256 and size_bytes
    // come from the bytes. The owner is checked like any reference.
    [[nodiscard]] WriteResult attach(Json fields, std::string_view bytes)
    {
        return m_writes.attach(std::move(fields), bytes);
    }

    // --- reads (reads.h) --------------------------------------------------------------------
    // The record's fields plus "id"; nullopt if unknown or deleted.
    [[nodiscard]] std::optional<Json> get(const std::string &kind, const std::string &id) const
    {
        return m_reads.get(kind, id);
    }
    // Records of a kind, optionally only those under parentId, in creation order.
    [[nodiscard]] std::vector<Json> list(const std::string &kind,
                                         const std::string &parentId = {}) const
    {
        return m_reads.list(kind, parentId);
    }
    [[nodiscard]] std::optional<std::string> kindOf(const std::string &id) const
    {
        return m_reads.kindOf(id);
    }
    // Every record the device holds, deleted ones included (with "deleted": true), as
    // {kind: [record, ...]} sorted by kind and id; keys sorted. Two devices holding the same
    // data give the same JSON.
    [[nodiscard]] Json dump() const { return m_reads.dump(); }
    [[nodiscard]] int count(const std::string &kind) const { return m_reads.count(kind); }
    // The participants whose records (at any depth: plan, measures, meetings, training book,
    // logbook ...) have changes not yet sent, or conflicts to review.
    [[nodiscard]] std::set<std::string> participantsWithUnsentChanges() const
    {
        return m_reads.participantsWithUnsentChanges();
    }
    [[nodiscard]] std::set<std::string> participantsWithConflicts() const
    {
        return m_reads.participantsWithConflicts();
    }
    // The values a field marked history (a participant's track and phase) had over time.
    [[nodiscard]] std::vector<Reads::HistoryEntry> fieldHistory(const std::string &recordId,
                                                                const std::string &field) const
    {
        return m_reads.fieldHistory(recordId, field);
    }
    [[nodiscard]] std::string fieldVersion(const std::string &recordId,
                                           const std::string &field) const
    {
        return m_reads.fieldVersion(recordId, field);
    }

    // --- the outbox and pulled changes (syncside.h) -----------------------------------------
    [[nodiscard]] int outboxSize() const { return m_sync.outboxSize(); }
    [[nodiscard]] std::vector<sync::Change> outbox(int limit = -1) const;
    std::vector<std::pair<std::int64_t, sync::Change>> pending(int limit,
                                                               std::int64_t afterSeq = 0) override
    {
        return m_sync.pending(limit, afterSeq);
    }
    void removePushed(std::int64_t upToSeq, const std::vector<sync::Refusal> &refused) override
    {
        m_sync.removePushed(upToSeq, refused);
    }
    void removePushed(std::int64_t upToSeq) { m_sync.removePushed(upToSeq, {}); }
    std::vector<std::string> recordsToRefresh() override { return m_sync.recordsToRefresh(); }
    void refreshRecords(const std::vector<std::string> &ids,
                        const std::vector<sync::Change> &serverChanges) override
    {
        m_sync.refreshRecords(ids, serverChanges);
    }
    void applyPulled(const std::vector<sync::Change> &changes, std::int64_t cursor,
                     const std::vector<sync::Quarantined> &quarantined = {}) override
    {
        m_sync.applyPulled(changes, cursor, quarantined);
    }
    void forgetOutside(const std::vector<std::string> &participants,
                       const std::optional<std::vector<std::string>> &books) override
    {
        m_sync.forgetOutside(participants, books);
    }
    void noteSynced(int offlineDays) override { m_sync.noteSynced(offlineDays); }
    std::int64_t cursor() override { return m_sync.cursor(); }
    std::int64_t accessScope() override { return m_sync.accessScope(); }
    std::string replicaDevice() override { return m_ctx.deviceId; }
    void restartPull(std::int64_t scope) override { m_sync.restartPull(scope); }

    // --- attachment bytes (files.h) ---------------------------------------------------------
    // Stores the bytes (once per content) and returns their SHA-256 in hex; inside batch()
    // it is part of the batch's transaction.
    std::string putBlob(std::string_view bytes) { return m_files.put(bytes); }
    [[nodiscard]] std::optional<std::string> blob(const std::string &sha256) const
    {
        return m_files.bytes(sha256);
    }
    [[nodiscard]] std::optional<std::string>
    blobRange(const std::string &sha256, std::int64_t offset, std::int64_t length) const override
    {
        return m_files.range(sha256, offset, length);
    }
    [[nodiscard]] std::optional<std::int64_t> blobSize(const std::string &sha256) const override
    {
        return m_files.size(sha256);
    }
    // Files the server has not confirmed yet, oldest first.
    [[nodiscard]] std::vector<std::string> blobsToUpload() const override
    {
        return m_files.toUpload();
    }
    void setBlobUploaded(const std::string &sha256) override { m_files.setUploaded(sha256); }
    // SHA-256s of attachment records (not deleted) whose bytes this device does not hold.
    [[nodiscard]] std::vector<std::string> blobsToDownload() const override
    {
        return m_files.toDownload();
    }
    // Bytes fetched from the server: stored as confirmed (nothing to upload again).
    std::string putDownloadedBlob(std::string_view bytes) override
    {
        return m_files.put(bytes, true);
    }

    // --- conflicts (conflicts.h) ------------------------------------------------------------
    // Every conflict on the device, sorted by kind, record, field and version.
    [[nodiscard]] std::vector<ConflictView> conflicts() const { return m_conflicts.list(); }
    // Resolves a free-text conflict with this device's text ("mine"), the other device's
    // ("theirs"), or a new text; the resolution syncs like any edit.
    [[nodiscard]] WriteResult resolve(const std::string &id, const std::string &field,
                                      const std::string &choice)
    {
        return m_conflicts.resolve(id, field, choice);
    }
    // Resolves a free-text conflict with the given text (one of the versions, or a merge).
    [[nodiscard]] WriteResult resolveWith(const std::string &id, const std::string &field,
                                          const Json &value)
    {
        return m_conflicts.resolveWith(id, field, value);
    }
    // Removes the notice of a change the server refused (after the person has seen it).
    [[nodiscard]] bool dismissRefusal(const std::string &id, const std::string &field)
    {
        return m_conflicts.dismissRefusal(id, field);
    }
    // Pulled changes this device did not accept, kept aside (newest first).
    [[nodiscard]] Json quarantined() const { return m_conflicts.quarantined(); }

    // --- the device -------------------------------------------------------------------------
    // Device settings that travel with the store (server address, session token).
    [[nodiscard]] std::string meta(const std::string &key) const { return m_ctx.meta(key); }
    void setMeta(const std::string &key, const std::string &value) { m_ctx.setMeta(key, value); }
    // After a login (sync::login): the session token (never the password), the server, the
    // user's role and name (the store refuses what the role may not do, and signs in that
    // name), and the server's time (this device's stamps order after it).
    void rememberLogin(const sync::LoginResult &login, const std::string &server,
                       const std::string &caFile, const std::string &user);
    [[nodiscard]] const std::string &deviceId() const { return m_ctx.deviceId; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] std::string integrityCheck() const;

    // Called after each committed write with the kind and id written (also for pulled
    // records), and after changes joined or left the outbox.
    void setChangeListener(StoreContext::Listener f) { m_ctx.listener = std::move(f); }
    void setOutboxListener(std::function<void()> f) { m_ctx.outboxChanged = std::move(f); }

    [[nodiscard]] sync::Database &database() { return m_ctx.db; }

private:
    Store(sync::Database db, const sync::HybridClock::WallClock &wallClock);
    void loadDeviceIdentity(const sync::HybridClock::WallClock &wallClock);
    void rebuildUnsentIndex();

    StoreContext m_ctx;
    Reads m_reads{m_ctx};
    Files m_files{m_ctx};
    Writes m_writes{m_ctx, m_reads, m_files};
    SyncSide m_sync{m_ctx, m_reads};
    Conflicts m_conflicts{m_ctx, m_reads, m_writes};
    // WAL checkpoints on a worker, not inside a write (declared last: stops first).
    std::unique_ptr<sync::Checkpointer> m_checkpointer;
};

} // namespace bro::store
