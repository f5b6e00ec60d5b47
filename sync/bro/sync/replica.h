// What the sync engine needs from a replica's storage (the device store implements it).
#pragma once

#include "bro/sync/change.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bro::sync {

// A local change the server did not accept (status forbidden or rejected, or a request it
// refused as invalid): the record goes back to the server's version, and the change is kept
// as a notice with the server's reason, for the person to see. Never silently dropped.
struct Refusal
{
    std::int64_t seq = 0; // outbox sequence number
    Change change;
    std::string status; // forbidden, rejected, invalid
    std::string reason; // the server's words (English), naming the field
};

// A pulled change that this replica does not accept (malformed, of an unknown kind, a value
// that fails validation): kept aside and reported, never merged, never blocking the rest.
struct Quarantined
{
    nlohmann::json raw;
    std::string reason;
};

class Replica
{
public:
    virtual ~Replica() = default;

    // The oldest unsent changes after outbox sequence number afterSeq (0: from the first), with
    // their sequence numbers, oldest first.
    [[nodiscard]] virtual std::vector<std::pair<std::int64_t, Change>>
    pending(int limit, std::int64_t afterSeq = 0) = 0;
    // The server has answered for every change up to and including seq: they leave the
    // outbox, and the refused ones among them are kept as notices and their records marked for
    // a refresh from the server, in the same transaction.
    virtual void removePushed(std::int64_t upToSeq, const std::vector<Refusal> &refused) = 0;
    // Records with refused changes that still wait for the server's version.
    [[nodiscard]] virtual std::vector<std::string> recordsToRefresh() = 0;
    // Rebuilds these records from the server's changes (all it has of them that the user may
    // see, oldest first) and this replica's changes still unsent, in one transaction; a record
    // the server does not have and that has nothing unsent is removed.
    virtual void refreshRecords(const std::vector<std::string> &ids,
                                const std::vector<Change> &serverChanges) = 0;
    // Merges changes pulled from the server (and keeps the quarantined ones aside) and moves
    // the cursor, in one transaction. Throws on failure; then nothing is kept.
    virtual void applyPulled(const std::vector<Change> &changes, std::int64_t cursor,
                             const std::vector<Quarantined> &quarantined = {}) = 0;
    // The user's access shrank: forget every record not under these participants (and, when
    // books is given, every training-book record outside these books). Unsent changes of
    // forgotten records were pushed first and come back as refusals.
    virtual void forgetOutside(const std::vector<std::string> &participants,
                               const std::optional<std::vector<std::string>> &books) = 0;
    // A sync went through: when, and the server's policy for devices that stay offline.
    virtual void noteSynced(int offlineDays) { (void)offlineDays; }
    [[nodiscard]] virtual std::int64_t cursor() = 0;
    // This replica's device id: the server leaves the device's own changes out of its pulls.
    [[nodiscard]] virtual std::string replicaDevice() = 0;
    // The server numbers the extent of a user's access ("scope"); when it grows, the replica
    // pulls everything again from the start (merging a change twice changes nothing).
    [[nodiscard]] virtual std::int64_t accessScope() = 0;
    virtual void restartPull(std::int64_t scope) = 0;

    // --- attachment files, addressed by their SHA-256 (lower-case hex) ----------------------
    // Files the server has not confirmed yet, oldest first. The replica keeps every file
    // (before and after the confirmation).
    [[nodiscard]] virtual std::vector<std::string> blobsToUpload() const = 0;
    [[nodiscard]] virtual std::optional<std::int64_t> blobSize(const std::string &sha256) const = 0;
    // length bytes from offset (fewer at the end); nullopt if the file is unknown.
    [[nodiscard]] virtual std::optional<std::string>
    blobRange(const std::string &sha256, std::int64_t offset, std::int64_t length) const = 0;
    // The server holds the whole file and has checked its hash.
    virtual void setBlobUploaded(const std::string &sha256) = 0;
    // Files referred to by attachment records (not deleted) that the replica does not hold.
    [[nodiscard]] virtual std::vector<std::string> blobsToDownload() const = 0;
    // Stores a file fetched from the server (whose hash the caller has checked) as uploaded
    // already; returns its SHA-256.
    virtual std::string putDownloadedBlob(std::string_view bytes) = 0;
};

} // namespace bro::sync
