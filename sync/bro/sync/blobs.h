// Attachment files between a replica and the server, addressed by SHA-256 and sent in
// resumable chunks (the protocol is described in server/bro/server/http.h):
//  * upload: for each file the replica has not had confirmed, ask the server where the upload
//    stands (GET /v1/blobs/SHA), send the rest in chunks of at most kMaxChunkBytes, each with
//    its own SHA-256 (PUT /v1/blobs/SHA?offset=O&size=N, header X-Chunk-Sha256), and mark the
//    file uploaded only when the server answers that it is complete (which it says only after
//    checking the whole file's SHA-256). A cut connection or a restarted server costs at most
//    the chunk in flight: the next sync asks again and goes on from there; a 409 names the
//    offset the server expects and the upload goes on from that.
//  * download: for each attachment record whose file the replica lacks, fetch the file in
//    chunks (GET /v1/blobs/SHA/content?offset=&length=) once the server has it complete, check
//    size and SHA-256, and only then store it.
// Qt-free; SyncEngine::sync() runs both after its push and pull.
#pragma once

#include "bro/sync/engine.h"

#include <bro/model/attachments.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace bro::sync {

inline constexpr std::int64_t kMaxChunkBytes = 1 << 20; // per PUT
using model::kMaxAttachmentBytes; // per file, the server default (model/attachments.h)

// Whether text is a SHA-256 in the form used as an address: 64 lower-case hex digits.
[[nodiscard]] bool isSha256Hex(std::string_view text);

class BlobTransfer
{
public:
    BlobTransfer(Replica &replica, Transport &transport, std::string token,
                 std::int64_t chunkBytes = kMaxChunkBytes);

    // Uploads every file the replica has not had confirmed. report.ok is false only when the
    // server could not be reached or refused the login; a file the server refuses (too large,
    // bytes not matching their address) is counted in blobsFailed with the reason in
    // blobProblems, and one that no attachment record on the server refers to yet is left for
    // a later sync (blobsWaiting).
    void uploadAll(SyncReport &report);
    // Downloads the files of attachment records that the replica lacks; files the server does
    // not hold complete yet are left for a later sync (blobsWaiting).
    void downloadAll(SyncReport &report);

    enum class Outcome { Done, Waiting, Failed, Unreachable };
    Outcome upload(const std::string &sha256, SyncReport &report);
    Outcome download(const std::string &sha256, SyncReport &report);

private:
    struct State
    {
        std::int64_t size = 0;
        std::int64_t received = 0;
        bool complete = false;
    };
    // Asks the server where the file stands: Done with state filled in; Waiting when the
    // server knows no attachment record the user may read that refers to the file.
    Outcome fetchState(const std::string &sha256, SyncReport &report, State &state);
    HttpResponse count(SyncReport &report, HttpResponse r);
    Outcome failure(const std::string &sha256, const HttpResponse &r, SyncReport &report);

    Replica &m_replica;
    Transport &m_transport;
    std::string m_token;
    std::int64_t m_chunkBytes;
};

} // namespace bro::sync
