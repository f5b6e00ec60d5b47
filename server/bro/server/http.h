// The HTTP API of bro-server (JSON, gzip both ways):
//   POST /v1/login   {"user", "password"}        -> {"token", "expires_at", "role"}
//   POST /v1/logout                              -> {}
//   POST /v1/push    {"changes": [change, ...]}  -> {"results": [{"status", "reason"}]},
//                                                   in request order
//   GET  /v1/pull?since=SEQ&limit=N              -> {"changes": [...], "cursor", "more", "scope"}
//   GET  /v1/report?year=Y[&from=F][&as_of=DAY]  -> a programme leader's figures (report.h)
// Errors are {"error": "field: reason"} with 400 (malformed, wrong types, unknown kinds,
// future stamps), 401 (no, expired or revoked token), 413 (body over the limit).
//
// Attachment files, addressed by the SHA-256 of their bytes (64 lower-case hex digits, else
// 400 "sha256: ..."), uploaded in resumable chunks:
//   GET  /v1/blobs/SHA                  -> {"size", "received", "complete"}: where an upload
//        stands (received 0 and the record's size_bytes before the first chunk)
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
// Access: a file exists for a user only through an attachment record (not deleted) that
// refers to it and that the user may read: its owner record's participant within the user's
// scope, and mayReadAttachment for the owner's kind (mentors: training-book records of their
// placements). This holds for the state, the upload and the content alike; for anyone else
// the answer is 404, the same as for a file no record refers to, so nobody learns whether
// the server holds a file by guessing its hash. The device pushes the attachment record
// before it uploads the file. Every state request, chunk, completion, refusal and read is in
// the audit log.
#pragma once

#include "bro/server/storage.h"

#include <bro/sync/blobs.h>

#include <cstdint>
#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace bro::server {

struct HttpOptions
{
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    std::int64_t tokenTtlSeconds = 12 * 3600;
    std::int64_t maxFutureMillis = 5 * 60 * 1000; // stamps further ahead are refused
    int pullLimit = 5000;
    std::int64_t maxChunkBytes = sync::kMaxChunkBytes;     // per PUT /v1/blobs
    std::int64_t maxBlobBytes = sync::kMaxAttachmentBytes; // per attachment file
};

class HttpApi
{
public:
    HttpApi(Storage &storage, HttpOptions options);
    ~HttpApi();
    // Binds the address (port 0: any free port); returns the port, or -1.
    int bind(const std::string &host, int port);
    // Serves until stop().
    bool serve();
    void stop();

private:
    Storage &m_storage;
    HttpOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace bro::server
