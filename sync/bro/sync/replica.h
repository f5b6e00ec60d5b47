// What the sync engine needs from a replica's storage (the device store implements it).
#pragma once

#include "bro/sync/change.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bro::sync {

class Replica
{
public:
    virtual ~Replica() = default;

    // The oldest unsent changes, with their outbox sequence numbers, oldest first.
    [[nodiscard]] virtual std::vector<std::pair<std::int64_t, Change>> pending(int limit) = 0;
    // The server has answered for every change up to and including seq: they leave the outbox.
    virtual void removePushed(std::int64_t upToSeq) = 0;
    // Merges changes pulled from the server and moves the cursor, in one transaction.
    // Throws on failure; then neither the changes nor the cursor are kept.
    virtual void applyPulled(const std::vector<Change> &changes, std::int64_t cursor) = 0;
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
