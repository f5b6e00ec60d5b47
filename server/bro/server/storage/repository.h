// The server's storage, behind one narrow interface: the services (service/) decide what is
// allowed and how records merge; a repository only stores and finds. Each backend keeps its
// SQL to itself (storage/sqlite_repository.cpp, the embedded default).
//
// All work happens in a unit of work (Work): one transaction, committed explicitly, rolled
// back when the Work is destroyed without commit(). Write work serialises where the database
// needs it (SQLite: one writer at a time; reads run beside it); read work never blocks a
// writer. A Work is used by one thread. Several server processes may share one database
// (PostgreSQL): write work then locks what it reads to decide, always in this order: the
// device's row (device() in write work), the records of a push (loadRecords, sorted by id),
// the log (appendLog, last before commit). Read work sees one snapshot.
#pragma once

#include <bro/model/catalogue.h>
#include <bro/sync/change.h>
#include <bro/sync/merge.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bro::server {

struct UserRow
{
    std::int64_t id = 0;
    std::string name;     // the login name
    std::string fullName; // the name people know (the signer of a signature); name if empty
    model::Role role = model::Role::Adviser;
    std::string employer;      // mentors: the employer whose placements they see
    std::string participantId; // participants: their own participant record
    std::string municipality;  // programme leaders: the municipality whose figures they see
    std::string passwordHash;  // argon2id (libsodium's string form)
    bool disabled = false;
    std::int64_t scopeVersion = 0; // moves whenever what the user may see changes

    [[nodiscard]] const std::string &displayName() const { return fullName.empty() ? name : fullName; }
};

struct DeviceRow
{
    std::string id; // canonical UUID, made by the device
    std::int64_t userId = 0;
    std::int64_t registeredAt = 0; // ms
    std::int64_t lastSeenAt = 0;   // ms
    std::string lastStamp;         // the newest HLC stamp accepted from the device
    bool wipeRequested = false;    // erase the device's data at its next sync
    std::int64_t wipedAt = 0;      // ms, when the device confirmed
};

// A session: the token's user and the device the token is bound to.
struct SessionRow
{
    UserRow user;
    std::string deviceId;
    std::int64_t expiresAt = 0;
};

// Where a record belongs: its participant, and for training-book records the book and the
// book's employer (which mentors see it). Derived when the record is made; never moves.
struct Scope
{
    std::string participantId;
    std::string bookId;
    std::string employer;
    friend bool operator==(const Scope &, const Scope &) = default;
};

struct StoredRecord
{
    std::string id;
    std::string kind;
    Scope scope;
    sync::RecordState state;
    std::string ownerKind;       // attachments: the kind of the owner record
    std::int64_t creatorId = 0;  // the user whose change made the record
};

struct LogRow
{
    std::int64_t seq = 0; // the order of the log (assigned by appendLog)
    sync::Change change;
    std::int64_t userId = 0;
    Scope scope;
    std::string ownerKind; // attachments: what decides who reads them
};

// Whose log rows and records a user reaches (their scope), before the field-level rules.
struct Reach
{
    model::Role role = model::Role::Adviser;
    std::int64_t userId = 0;
    std::string employer;      // mentors
    std::string participantId; // participants
};

// What a user reaches now, for a device to forget what it may no longer see.
struct Visible
{
    std::vector<std::string> participants;
    std::vector<std::string> books; // mentors: the training books of their placements
};

struct AuditRow
{
    std::int64_t at = 0; // ms
    std::int64_t userId = 0;
    std::string deviceId;
    std::string action;        // read, write, write-refused, login, blob-read, ...
    std::string participantId; // whose records ("" for none): a participant reads their trail
    std::string detail;        // the records and what happened, as JSON text
};

// Attachment files: which attachment records refer to which file, and who proved that they
// hold the bytes (uploaded them, or could read the file already when they made the record).
struct BlobRef
{
    std::string recordId;
    std::string sha256;
    Scope scope;
    std::string ownerKind;
    std::int64_t creatorId = 0;
    std::int64_t sizeBytes = 0;
    bool proven = false;
    bool deleted = false;
};

struct UploadState
{
    std::int64_t size = 0;
    std::int64_t received = 0;
};

// The database cannot take the work now (every connection a process may open is busy for
// longer than a request should wait): the request is answered 503 with Retry-After, and the
// device tries again later. Nothing was changed.
class Unavailable : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A write Work that shared its transaction with another that failed (SQLite's group commit,
// storage/sqlite_repository.cpp): nothing of it was kept, through no fault of its own.
// Thrown only by the commit() of a Work from writeRerunnable(); rerunnable() runs it again.
class WorkLost : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class Repository
{
public:
    virtual ~Repository() = default;

    class Work
    {
    public:
        virtual ~Work() = default; // rolls back unless committed
        virtual void commit() = 0;

        // --- users, sessions, devices ------------------------------------------------------
        virtual std::optional<UserRow> userByName(const std::string &name) = 0;
        virtual std::optional<UserRow> userById(std::int64_t id) = 0;
        virtual std::int64_t insertUser(const UserRow &user) = 0; // returns the id
        virtual void setUserDisabled(std::int64_t id, bool disabled) = 0;
        virtual void linkParticipant(std::int64_t userId, const std::string &participantId) = 0;
        virtual void insertToken(const std::string &tokenHash, std::int64_t userId,
                                 const std::string &deviceId, std::int64_t expiresAt) = 0;
        // A token that is not revoked and not expired at now (seconds).
        virtual std::optional<SessionRow> session(const std::string &tokenHash,
                                                  std::int64_t now) = 0;
        virtual void revokeToken(const std::string &tokenHash) = 0;
        virtual void revokeTokensOf(std::int64_t userId) = 0;
        virtual void revokeTokensOfDevice(const std::string &deviceId) = 0;
        virtual std::optional<DeviceRow> device(const std::string &id) = 0;
        virtual void saveDevice(const DeviceRow &device) = 0;
        virtual std::vector<DeviceRow> devicesOf(std::int64_t userId) = 0;

        // --- failed logins (the throttle and the lockout) ----------------------------------
        virtual int failuresOfName(const std::string &name, std::int64_t since) = 0;
        virtual int failuresOfAddress(const std::string &address, std::int64_t since) = 0;
        // The oldest failure of the name since since (seconds), 0 if none.
        virtual std::int64_t oldestFailureOfName(const std::string &name, std::int64_t since) = 0;
        virtual void addFailure(const std::string &name, const std::string &address,
                                std::int64_t at) = 0;
        virtual void clearFailures(const std::string &name) = 0;
        virtual void pruneFailures(std::int64_t before) = 0;

        // --- caseloads and placements ------------------------------------------------------
        virtual bool addToCaseload(std::int64_t adviserId, const std::string &participantId) = 0;
        virtual bool removeFromCaseload(std::int64_t adviserId,
                                        const std::string &participantId) = 0;
        // Of these participants, the ones in the adviser's caseload (one query per batch).
        virtual std::set<std::string> inCaseload(std::int64_t adviserId,
                                                 const std::vector<std::string> &participants) = 0;
        virtual bool addPlacement(const std::string &participantId,
                                  const std::string &employer) = 0;
        virtual bool endPlacement(const std::string &participantId,
                                  const std::string &employer) = 0;
        // Of these participants, the ones placed with the employer (one query per batch).
        virtual std::set<std::string> placedWith(const std::string &employer,
                                                 const std::vector<std::string> &participants) = 0;
        // Moves the scope version of these users (what they may see changed).
        virtual void bumpScopeOfUser(std::int64_t userId) = 0;
        virtual void bumpScopeOfMentors(const std::string &employer) = 0;
        virtual void bumpScopeOfParticipantUsers(const std::string &participantId) = 0;
        virtual Visible visible(const Reach &reach) = 0;

        // --- records and the change log ----------------------------------------------------
        // A push's work is done per batch, not per change: each of these takes the whole batch
        // and costs one statement per table (or a few: SQLite allows 999 host parameters in a
        // statement, so the embedded backend cuts a large batch into chunks that fit).
        //
        // The records with these ids that exist, each once, in the order asked for (written,
        // or locked, for the rest of the Work).
        virtual std::vector<StoredRecord> loadRecords(const std::vector<std::string> &ids) = 0;
        // Inserts or replaces; a record named twice is written as its last occurrence.
        virtual void saveRecords(const std::vector<StoredRecord> &records) = 0;
        // Of these op ids (repeats allowed), the ones the log holds already.
        virtual std::set<std::string> knownOps(const std::vector<std::string> &opIds) = 0;
        // Appends in order; sets each row's seq (consecutive, in the order of rows). Seqs
        // follow commit order: a row that commits later never gets a smaller seq than one a
        // reader has seen (the pull cursor). Op ids are unique in the log: a row whose op id
        // the log (or this batch) holds already fails the whole Work.
        virtual void appendLog(std::vector<LogRow> &rows) = 0;
        // The rows the reach covers after since, oldest first, at most limit, leaving out
        // the changes made by excludeDevice. lastExamined: the seq up to which the log has
        // been looked at for this page (the next cursor when the page is not full).
        virtual std::vector<LogRow> readLog(const Reach &reach, std::int64_t since, int limit,
                                            const std::string &excludeDevice,
                                            std::int64_t &lastExamined) = 0;
        // Every log row of these records, oldest first.
        virtual std::vector<LogRow> logOfRecords(const std::vector<std::string> &ids) = 0;
        // The newest seq of the log (0 when empty).
        virtual std::int64_t logHead() = 0;
        // The participants with log rows in (after, upTo].
        virtual std::vector<std::string> participantsChangedSince(std::int64_t after,
                                                                  std::int64_t upTo) = 0;
        // The records of these kinds (of these participants only, when given).
        virtual std::vector<StoredRecord>
        recordsOfKinds(const std::vector<std::string> &kinds,
                       const std::vector<std::string> *participants) = 0;
        // The log rows of these fields of records of a kind (of these records only, when
        // given), in stamp order: a field's history.
        virtual std::vector<LogRow> fieldLog(const std::string &kind,
                                             const std::vector<std::string> &fields,
                                             const std::vector<std::string> *records) = 0;

        // --- attachment files --------------------------------------------------------------
        virtual void saveBlobRef(const BlobRef &ref) = 0;
        virtual std::vector<BlobRef> blobRefs(const std::string &sha256) = 0;
        virtual std::optional<std::int64_t> completeBlobSize(const std::string &sha256) = 0;
        virtual std::optional<UploadState> upload(const std::string &sha256,
                                                  std::int64_t uploaderId) = 0;
        virtual void startUpload(const std::string &sha256, std::int64_t uploaderId,
                                 std::int64_t size) = 0;
        virtual void appendUploadChunk(const std::string &sha256, std::int64_t uploaderId,
                                       std::int64_t offset, std::string_view bytes) = 0;
        // The upload's bytes, in order, to check the whole file's hash (chunk by chunk).
        virtual void forEachUploadChunk(const std::string &sha256, std::int64_t uploaderId,
                                        const std::function<void(std::string_view)> &f) = 0;
        virtual void discardUpload(const std::string &sha256, std::int64_t uploaderId) = 0;
        // Makes the upload the file's content (unless the file is complete already) and
        // removes the upload.
        virtual void completeUpload(const std::string &sha256, std::int64_t uploaderId) = 0;
        virtual std::string readBlob(const std::string &sha256, std::int64_t offset,
                                     std::int64_t length) = 0;

        // --- the audit log (a legal record: only ever appended) ----------------------------
        // All rows of a request in one go (one statement, or chunks of one on SQLite).
        virtual void appendAudit(const std::vector<AuditRow> &rows) = 0;
        virtual std::vector<AuditRow> auditOfParticipant(const std::string &participantId,
                                                         int limit) = 0;
        virtual std::int64_t auditCount() = 0;
    };

    // A unit of work that reads only.
    virtual std::unique_ptr<Work> read() = 0;
    // A unit of work that writes.
    virtual std::unique_ptr<Work> write() = 0;
    // A unit of work that writes, for work that can be run again from the start: a backend may
    // let it share a transaction without a way to undo it alone, so that when another work of
    // that transaction fails, its commit() throws WorkLost. Use it through rerunnable().
    virtual std::unique_ptr<Work> writeRerunnable() { return write(); }

    // f(work) on a writeRerunnable() Work, and once more on a write() Work if that one was
    // lost: f does the whole work, commit() included, and changes nothing outside the Work
    // before it commits. Run again, it can no longer be lost to another work's failure (no
    // write() Work is), so one device's failing requests cost another's at most one more run.
    template <typename F>
    decltype(auto) rerunnable(F &&f)
    {
        try {
            auto work = writeRerunnable();
            return f(*work);
        } catch (const WorkLost &) {
        }
        auto work = write();
        return f(*work);
    }
};

} // namespace bro::server
