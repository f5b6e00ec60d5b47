// The server's storage on embedded SQLite: users and tokens, caseloads and placements, the
// change log every device pulls from, each record's merged state, attachment files (stored in
// chunks, addressed by SHA-256), and the audit log.
#pragma once

#include "bro/server/access.h"

#include <bro/model/reporting.h>
#include <bro/sync/change.h>
#include <bro/sync/sqlite.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace bro::server {

class JourneyCache;

class Storage
{
public:
    explicit Storage(const std::string &dataDir); // throws std::runtime_error
    ~Storage();

    // --- administration (error text on failure, empty on success) ---------------------------
    // municipality: a programme leader's (required for one, ignored for anyone else).
    std::string addUser(const std::string &name, Role role, const std::string &employer,
                        const std::string &password, const std::string &municipality = {});
    std::string addToCaseload(const std::string &adviser, const std::string &participantId);
    std::string addPlacement(const std::string &participantId, const std::string &employer);
    std::string linkParticipant(const std::string &user, const std::string &participantId);
    std::string revokeTokens(const std::string &user);

    // --- sessions ---------------------------------------------------------------------------
    struct Login
    {
        std::string token; // empty on failure
        std::int64_t expiresAt = 0;
        std::string role; // what the device shows: "adviser", "mentor" or "participant"
        int delayMs = 0;  // how long to hold the answer back (repeated failures)
    };
    Login login(const std::string &name, const std::string &password, std::int64_t ttlSeconds);
    [[nodiscard]] std::optional<User> userForToken(const std::string &token);
    void logout(const std::string &token);

    // --- sync -------------------------------------------------------------------------------
    struct OpResult
    {
        std::string op;
        std::string status; // applied, duplicate, superseded, conflict, refused, forbidden
        std::string reason;
    };
    // Applies a validated batch in one transaction; a status per change.
    std::vector<OpResult> push(const User &user, const std::vector<sync::Change> &changes);

    struct Page
    {
        std::vector<std::pair<std::int64_t, sync::Change>> changes;
        std::int64_t cursor = 0;
        bool more = false;
        std::int64_t scope = 0; // changes when the user's access grows: pull again from 0
    };
    // The changes the user may see after since, except those made by excludeDevice.
    Page pull(const User &user, std::int64_t since, int limit,
              const std::string &excludeDevice = {});

    // --- attachment files --------------------------------------------------------------------
    // A file is reachable for a user only through an attachment record (not deleted) that
    // refers to its SHA-256 and that the user may read (scope plus mayReadAttachment). For
    // anyone else the file does not exist: the same answer as for a file nobody refers to.
    struct BlobState
    {
        std::int64_t size = 0;     // as announced by the upload (or the record's size_bytes)
        std::int64_t received = 0; // bytes stored so far, from the start of the file
        bool complete = false;     // all bytes stored and their SHA-256 checked
    };
    // nullopt: no attachment the user may read refers to sha256.
    [[nodiscard]] std::optional<BlobState> blobState(const User &user, const std::string &sha256);

    struct ChunkResult
    {
        enum class Outcome {
            Stored,      // appended (and, at the end, checked and complete)
            NotFound,    // no attachment the user may read refers to sha256
            WrongOffset, // offset is not where the upload stands (state says where)
            WrongSize,   // size differs from the upload in progress
            BadFile,     // the whole file does not hash to its address: the upload is discarded
        } outcome = Outcome::Stored;
        BlobState state;
    };
    // Appends one chunk at offset of a file of size bytes: the chunk and the new received
    // count are stored in one transaction, so that a crash keeps either both or neither. The
    // last chunk also checks the whole file's SHA-256 in the same transaction. An upload
    // restarted at offset 0 with a different size replaces the one in progress.
    ChunkResult putChunk(const User &user, const std::string &sha256, std::int64_t offset,
                         std::int64_t size, std::string_view chunk);

    struct BlobRead
    {
        enum class Outcome { Read, NotFound, Incomplete } outcome = Outcome::Read;
        BlobState state;
        std::string bytes;
    };
    // length bytes from offset (fewer at the end) of a complete file.
    BlobRead readBlob(const User &user, const std::string &sha256, std::int64_t offset,
                      std::int64_t length);

    // --- reporting -----------------------------------------------------------------------
    // The journeys (the merged records, not deleted, of the journey kinds, with the history of
    // track and phase from the log) of the participants of a programme leader's municipality
    // (names compared as normalisedName()); audited as the leader's report. Kept between
    // calls (reportcache.h): only participants with changes since the last call are read.
    std::vector<model::reporting::Journey> municipalityJourneys(const User &leader);

    [[nodiscard]] std::int64_t auditCount();

private:
    struct BlobRef
    {
        std::string recordId; // the attachment record that grants access
        std::int64_t sizeBytes = 0;
    };
    // The first attachment record (not deleted) referring to sha256 that the user may read.
    std::optional<BlobRef> readableAttachment(const User &user, const std::string &sha256);
    std::optional<BlobState> storedBlobState(const std::string &sha256);
    // Brings the attachment index (blob_ref) up to date with an attachment record's values.
    void indexAttachment(const std::string &id, const std::string &participantId,
                         const nlohmann::json &values, const std::string &ownerKind);
    // The owner kind of an attachment record, from the index; "" if unknown.
    std::string attachmentOwnerKind(const std::string &id);

    std::optional<User> userByName(const std::string &name);
    bool inScope(const User &user, const std::string &participantId);
    void bumpScope(const std::string &whereSql, const std::string &arg);
    void audit(std::int64_t userId, const std::string &action, const std::string &recordId,
               const std::string &detail = {});

    // The journey records of the given participants (all when only is null) into out.
    void readJourneyRecords(const std::vector<std::string> *only,
                            model::reporting::JourneyCollector &out);

    std::mutex m_mutex;
    sync::Database m_db;
    std::unique_ptr<JourneyCache> m_journeys; // reporting (reportcache.h), made when first used
};

[[nodiscard]] std::int64_t nowSeconds();
[[nodiscard]] std::int64_t nowMillis();

} // namespace bro::server
