// The sync engine: pushes the outbox in batches, then pulls what the server has since the
// replica's cursor, page by page; each page is merged in one transaction and the cursor moves
// only with it; then moves attachment files both ways (blobs.h). A sync with nothing to do is
// one request. Qt-free; the app runs it on a worker thread.
// Device and server work at the same time: while the server applies one batch, the engine
// reads and encodes the next one from the outbox; while the replica merges one pulled page, the
// next one is being fetched and decoded. One request is in flight at a time (on a helper
// thread), so the Transport is never used by two threads at once; the Replica must allow
// being read from one thread while a request runs on another (the app's Store locks).
#pragma once

#include "bro/sync/replica.h"
#include "bro/sync/transport.h"
#include "bro/sync/wire.h"

#include <cstdint>
#include <future>
#include <string>
#include <vector>

namespace bro::sync {

// Why a sync stopped, typed, so that the app decides what to show and when to retry without
// reading English. The server's own reason (its {"error": "field: reason"}) comes with it.
struct SyncError
{
    enum class Kind {
        None,
        Unreachable,  // no reply: no network, the server down, a timeout
        Unauthorized, // the session is unknown, expired or revoked (401): log in again
        Forbidden,    // the account is disabled or the device not accepted (403)
        Throttled,    // too many requests or logins for now (429): retry after retryAfterSeconds
        Refused,      // the server refused the request as malformed or too large (400, 413, ...)
        ServerFault,  // the server failed (5xx)
        BadReply,     // a reply that could not be read
        LocalStorage, // this device could not save what it received
    };
    Kind kind = Kind::None;
    // Trying the same request again will not help without a change on this side (log in
    // again, an app update, a support case); a transient error (network, 5xx, 429) will.
    bool permanent = false;
    int httpStatus = 0;       // 0 when no reply arrived
    int retryAfterSeconds = 0; // from Retry-After (429, 503), else 0
    std::string serverReason;  // the server's error text, for the details and the log
};

struct SyncReport
{
    bool ok = false;
    std::string error;   // in plain English, for logs and the command line
    SyncError failure;   // the same, typed (kind None when ok)
    int pushed = 0;    // changes the server accepted (applied, merged or kept as conflicts)
    int rejected = 0;  // changes the server refused: rolled back here, kept as notices
    int refreshed = 0; // records rolled back to the server's version
    int quarantined = 0; // pulled changes this device does not accept: kept aside
    bool wipeRequested = false; // the server asks this device to erase its data (after the push)
    int pulled = 0;    // changes merged from the server
    int requests = 0;
    std::size_t bytesSent = 0;
    std::size_t bytesReceived = 0;
    // Attachment files (blobs.h).
    int blobsUploaded = 0;   // files the server confirmed complete (after checking the hash)
    int blobsDownloaded = 0; // files fetched for attachments from other devices, hash checked
    int blobsWaiting = 0;    // left for a later sync: not referred to or not complete yet
    int blobsFailed = 0;     // refused by the server, or bytes that did not match their address
    int chunksSent = 0;      // PUT requests with file bytes
    std::int64_t blobBytesSent = 0;        // file bytes in those requests
    std::vector<std::string> blobProblems; // one line per failed file, in plain words

    // Adds the counts of a later step of the same sync (errors and ok stay this report's).
    void add(const SyncReport &other);
    // Marks the report failed with a typed error and its message.
    void fail(SyncError::Kind kind, std::string message, int httpStatus = 0,
              std::string serverReason = {}, int retryAfterSeconds = 0);
};

// The typed error for a reply with an HTTP status other than 200.
void failFromStatus(SyncReport &report, int status, const nlohmann::json &reply,
                    int retryAfterSeconds = 0);

// Logs a user in on this device: the device's id is registered with the user and the token
// bound to it.
struct LoginResult
{
    bool ok = false;
    std::string error; // plain English
    SyncError failure;
    std::string token;
    std::string role;
    std::string displayName; // the user's name as others know it (the signer of signatures)
    std::int64_t expiresAt = 0;
    std::int64_t serverMillis = 0;
    int offlineDays = 0;
};
[[nodiscard]] LoginResult login(Transport &transport, const std::string &user,
                                const std::string &password, const std::string &deviceId);

class SyncEngine
{
public:
    SyncEngine(Replica &replica, Transport &transport, std::string token, int batchSize = 2000);
    // Push, pull, then upload the files the server lacks and download the ones this replica
    // lacks (after the push, so that the server knows the attachment records first).
    // When the server asks for a wipe (report.wipeRequested), everything unsent is pushed and
    // the files uploaded before sync() returns; report.ok then means nothing is left unsent.
    SyncReport sync();
    // Pushes the whole outbox, batch by batch (also when the server asks for a wipe).
    SyncReport push();
    SyncReport pull();
    SyncReport uploadBlobs();
    SyncReport downloadBlobs();
    // Rolls records with refused changes back to the server's version.
    SyncReport refresh();
    // Tells the server this device has erased its data (after a wipe it asked for): the
    // device's sessions end there. The device erases its store and key after this call.
    SyncReport confirmWiped();

    // The protocol of pushes and pulls: 2 (wire.h, the default) or 1 (one JSON object per
    // change, what app versions before it sent). A server that does not know /v2 (HTTP 404)
    // is spoken to in v1 from then on.
    void setProtocol(int version) { m_protocol = version; }
    [[nodiscard]] int protocol() const { return m_protocol; }

private:
    using Batch = std::vector<std::pair<std::int64_t, Change>>;
    // What became of a batch sent.
    enum class Pushed {
        Whole,   // the server answered for every change of it: they left the outbox
        Partly,  // only a first part was answered (one change refused as invalid): read again
        Stopped, // the sync must stop (the report says why)
    };
    SyncReport finishBeforeWipe(SyncReport total);
    // The next batch of the outbox after outbox sequence afterSeq (0: from the start), cut so
    // that one write's changes of a record travel together.
    [[nodiscard]] Batch nextBatch(std::int64_t afterSeq);
    // Acts on the server's reply to a batch sent with protocol `protocol`.
    Pushed pushed(SyncReport &report, const Batch &batch, int protocol, const HttpResponse &r);
    // Sends one batch and waits for its reply.
    Pushed pushBatch(SyncReport &report, const Batch &batch);
    // The body of a push in the protocol in use, and its path.
    [[nodiscard]] std::string pushBody(const std::vector<std::pair<std::int64_t, Change>> &batch) const;
    // A pull reply's changes, in either protocol; false for a reply that cannot be read.
    bool readPulled(const nlohmann::json &reply, std::vector<Change> &page,
                    std::vector<Quarantined> &aside) const;
    bool call(SyncReport &report, const std::string &method, const std::string &path,
              const std::string &body, nlohmann::json &reply);

    Replica &m_replica;
    Transport &m_transport;
    std::string m_token;
    int m_batchSize;
    int m_protocol = 2;
};

} // namespace bro::sync
