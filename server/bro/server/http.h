// The HTTP API of bro-server (JSON; request bodies may be gzip, nothing else):
//   POST /v1/login   {"user", "password", "device"}
//        -> {"token", "expires_at", "role", "name", "device", "server_time", "offline_days"}
//        "device" is the device's own id (a UUID in lower case): the token is bound to it.
//        401 wrong user name or password (the same answer, in the same time, for an unknown
//        user); 403 account disabled; 409 device registered to another user; 429 with
//        Retry-After: too many failures for the user or the address, or too many logins at
//        once.
//   POST /v1/logout                              -> {}
//   POST /v1/push    {"changes": [change, ...]}  -> {"results": [{"status", "reason"}], "wipe"}
//        in request order; status applied, superseded, conflict, refused, duplicate (merged
//        or known: in the log), forbidden or rejected (changes nothing; reason says why).
//        Every change must carry the session's own device.
//   GET  /v1/pull?since=SEQ[&limit=N][&scope=V]
//        -> {"changes": [...], "cursor", "more", "scope", "offline_days", "wipe"}
//        With scope = the version the device pulled with last, a changed scope answers
//        {"reset": {"participants": [...], "books": [...]}, "scope", "cursor": 0, "more": true}:
//        the device forgets what is not listed and pulls again from 0 ("books" for mentors
//        only: anyone else keeps the books of the participants listed).
//   POST /v2/push    a batch (sync/wire.h) in CBOR (application/cbor, self-describe tag
//        first) or JSON -> {"n": changes, "refused": [[index, status, reason], ...], "wipe"}:
//        the same changes, checks and statuses as v1; only forbidden and rejected are listed.
//        A malformed batch: 400 naming the place ("r[2].kind: ...", "changes[5].base: ...",
//        with "change" when it is about one change).
//   GET  /v2/pull?since=SEQ[&limit=N][&scope=V]   -> the v1 reply in CBOR, with "batch" (a
//        batch of the page's changes, ids as 16 bytes) instead of "changes"
//   POST /v1/records {"ids": [...]}              -> {"changes": [...]}: every change of these
//        records the user may see, the device's own included (to roll a refused change back)
//   GET  /v1/audit                               -> {"entries": [{"at", "action", "role",
//        "name", "kinds"}]}: who read or changed the participant's records (participants only)
//   POST /v1/device/wiped                        -> {}: the device erased its data (sessions end)
//   GET  /v1/health                              -> {"ok": true, "database": "ok"}, or 503
//        {"ok": false, "error": "database: ..."} when the database does not answer a read
//        (for the load balancer; no token needed)
//   GET  /v1/report?year=Y[&from=F][&as_of=DAY]  -> a programme leader's figures
//        (service/report_service.h)
// A change is {"op", "kind", "id", "field", "value", "base", "hlc", "device"}; see
// sync/change.h. Errors are {"error": "field: reason"} (a push also gives "change": the index
// of the change) with 400 (malformed JSON, nested deeper than 16 levels, wrong types, unknown
// kinds or fields, invalid values, stamps more than 5 minutes ahead, another device's change,
// a query parameter that is not a whole number), 401 (no, expired or revoked token; disabled
// account), 413 (body over the limit, after decompression too), 415 (a body encoding other
// than gzip), 429 and 503 (with Retry-After).
//
// Attachment files, addressed by the SHA-256 of their bytes (64 lower-case hex digits, else
// 400 "sha256: ..."), uploaded in resumable chunks:
//   GET  /v1/blobs/SHA                  -> {"size", "received", "complete"}: where the user's
//        upload stands (received 0 and the record's size_bytes before the first chunk), or,
//        for a reader, whether the file is there
//   PUT  /v1/blobs/SHA?offset=O&size=N  body: the chunk's bytes (application/octet-stream, at
//        most maxChunkBytes = 1 MiB, else 413), header X-Chunk-Sha256: the chunk's SHA-256
//        -> 200 {"size", "received", "complete"}
//        The chunk hash is checked first (mismatch: 400 "X-Chunk-Sha256: ...", nothing stored).
//        Only offset == received is appended; otherwise 409 with {"error", "size",
//        "received", "complete"} so that the client goes on from received (also when the file
//        is complete already). N above maxBlobBytes (25 MiB): 413. A size that differs from
//        the upload in progress: 409, unless offset is 0 (a fresh start replaces it). The chunk
//        and the new received count are committed in one transaction; when received reaches
//        N, the whole file's SHA-256 is checked in the same transaction: it matches (complete)
//        or the upload is discarded (400 "sha256: ...").
//   GET  /v1/blobs/SHA/content[?offset=O&length=L]  -> the bytes (application/octet-stream,
//        header X-Blob-Size), of a complete file only (else 409 with the state)
// Access (service/file_service.h): a file exists for a user only through an attachment record
// they may read whose author proved possession of the bytes; an upload belongs to the author
// of the attachment record. For anyone else the answer is 404, the same as for a file no
// record refers to. Every request about a file is in the audit log.
//
// Hostile clients: bodies are limited after decompression (maxBodyBytes), gzip is the only
// encoding accepted (brotli and others cost seconds of CPU per page: 415), reads and writes
// time out, idle kept-alive connections are closed after keepAliveSeconds, the worker pool
// is bounded and the listen backlog fits it, and login throttles answer 429 at once (no
// worker ever sleeps). In production a reverse proxy (HAProxy, `timeout http-request`) in
// front also bounds how long a client may take to send its headers.
#pragma once

#include "bro/server/metrics.h"
#include "bro/server/service/auth_service.h"
#include "bro/server/service/file_service.h"
#include "bro/server/service/report_service.h"
#include "bro/server/service/sync_service.h"

#include <bro/sync/blobs.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bro::server {

struct HttpOptions
{
    std::size_t maxBodyBytes = 8 * 1024 * 1024; // after decompression
    std::int64_t maxFutureMillis = 5 * 60 * 1000; // stamps further ahead are refused
    // Changes per pull page. bench_sync's pull of 40,003 changes, pages of 2,000 against 5,000
    // (alternating, 11 and 9 rounds): median 341 against 365 ms, server CPU 180-270 against
    // 220-270 ms, 4 % more bytes; pages of 500 or 10,000 were slower (450-500, 420-460 ms).
    int pullLimit = 2000;
    std::int64_t maxChunkBytes = sync::kMaxChunkBytes;     // per PUT /v1/blobs
    std::int64_t maxBlobBytes = sync::kMaxAttachmentBytes; // per attachment file
    int workers = 256;           // threads serving connections
    int readTimeoutSeconds = 5;  // per read of a request
    int writeTimeoutSeconds = 5; // per write of a reply
    int keepAliveSeconds = 1;    // an idle kept-alive connection is closed after this
    int keepAliveRequests = 100; // requests per connection
    // Once more than this share of the workers hold a connection, every reply closes its
    // connection ("Connection: close"): a kept-alive connection holds its worker while it is
    // idle, and idle devices must not keep the others waiting for a worker.
    double keepAliveBusyShare = 0.5;
    int backlog = 1024; // pending connections the kernel keeps
    // Proxies (their IP addresses, as parseAddress() writes them) whose X-Forwarded-For is
    // believed: behind HAProxy every request comes from the proxy's address, and the login
    // throttle counts failures per client address. Empty: the header is ignored.
    std::vector<std::string> trustedProxies;
    // TLS in the server itself (cpp-httplib's OpenSSL server): PEM files. Both or neither.
    std::string tlsCertFile;
    std::string tlsKeyFile;
    // One structured line per request on standard error (the journal under systemd): time,
    // method, path, status, milliseconds and the user's number; no names, no addresses.
    bool logRequests = false;
};

// An IPv4 or IPv6 address in its one canonical text form ("" if text is not one): the
// form --trusted-proxy and X-Forwarded-For entries are compared in.
[[nodiscard]] std::string parseAddress(std::string_view text);

// The address a request came from: remoteAddress itself, unless it is a trusted proxy; then
// the right-most entry of forwardedFor (the X-Forwarded-For headers, joined by commas) that
// is not a trusted proxy itself. Entries to the left of it are whatever the client wrote, and
// are never read. An entry there that is not an address: the proxy's own address.
[[nodiscard]] std::string clientAddress(const std::string &remoteAddress,
                                        std::string_view forwardedFor,
                                        const std::vector<std::string> &trustedProxies);

struct Services
{
    AuthService &auth;
    SyncService &sync;
    FileService &files;
    ReportService &reports;
};

class HttpApi
{
public:
    HttpApi(Services services, HttpOptions options);
    ~HttpApi();
    // False when the TLS certificate or key could not be loaded (or do not match).
    [[nodiscard]] bool valid() const;
    // Binds the address (port 0: any free port); returns the port, or -1.
    int bind(const std::string &host, int port);
    // Binds the address of GET /metrics (plain HTTP, apart from the API); returns the port,
    // or -1. Served beside the API by serve().
    int bindMetrics(const std::string &host, int port);
    // Serves until stop(). Requests in flight when stop() is called are answered; new
    // connections are refused and kept-alive ones are closed after their current request.
    bool serve();
    void stop();
    [[nodiscard]] Metrics &metrics() { return *m_metrics; }
    // Answers one raw HTTP request held in memory, from remoteAddress, and returns the raw
    // reply: the whole path of a request (cpp-httplib's parser, the routes, the services)
    // without a socket. For the fuzz target (fuzz/fuzz_http.cpp) and tests.
    [[nodiscard]] std::string answer(std::string_view request,
                                     const std::string &remoteAddress = "127.0.0.1");

    class Server; // the API's (plain or TLS), in http.cpp
    class MetricsServer;
    class Log;

private:
    Services m_services;
    HttpOptions m_options;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<Log> m_log;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<MetricsServer> m_metricsServer;
};

} // namespace bro::server
