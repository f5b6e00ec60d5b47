#include "bro/sync/blobs.h"

#include "bro/sync/sha256.h"

#include <algorithm>

namespace bro::sync {

namespace {

using Json = nlohmann::json;

// The server's error text, or the HTTP status.
std::string serverError(const HttpResponse &r)
{
    const Json reply = Json::parse(r.body, nullptr, false);
    if (reply.is_object() && reply.contains("error") && reply["error"].is_string())
        return reply["error"].get<std::string>();
    return "HTTP " + std::to_string(r.status);
}

// {"size", "received", "complete"} from a reply; false if the reply does not carry them.
template<typename State>
bool readState(const std::string &body, State &state)
{
    const Json reply = Json::parse(body, nullptr, false);
    if (!reply.is_object() || !reply.contains("size") || !reply["size"].is_number_integer() ||
        !reply.contains("received") || !reply["received"].is_number_integer() ||
        !reply.contains("complete") || !reply["complete"].is_boolean())
        return false;
    state.size = reply["size"].get<std::int64_t>();
    state.received = reply["received"].get<std::int64_t>();
    state.complete = reply["complete"].get<bool>();
    return state.size >= 0 && state.received >= 0 && state.received <= state.size;
}

} // namespace

bool isSha256Hex(std::string_view text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

BlobTransfer::BlobTransfer(Replica &replica, Transport &transport, std::string token,
                           std::int64_t chunkBytes)
    : m_replica(replica)
    , m_transport(transport)
    , m_token(std::move(token))
    , m_chunkBytes(std::clamp<std::int64_t>(chunkBytes, 1, kMaxChunkBytes))
{}

HttpResponse BlobTransfer::count(SyncReport &report, HttpResponse r)
{
    report.requests += r.attempts > 0 ? r.attempts : 1;
    report.bytesSent += r.bytesSent;
    report.bytesReceived += r.bytesReceived;
    return r;
}

BlobTransfer::Outcome BlobTransfer::failure(const std::string &sha256, const HttpResponse &r,
                                            SyncReport &report)
{
    if (r.status == 0) {
        report.fail(SyncError::Kind::Unreachable,
                    "the server could not be reached (" + r.error + ")");
        return Outcome::Unreachable;
    }
    if (r.status == 401 || r.status == 403 || r.status == 429 || r.status >= 500) {
        failFromStatus(report, r.status, nlohmann::json::parse(r.body, nullptr, false),
                       r.retryAfterSeconds);
        return Outcome::Unreachable;
    }
    if (r.status == 404)
        return Outcome::Waiting; // no attachment record on the server refers to it (yet)
    ++report.blobsFailed;
    report.blobProblems.push_back("file " + sha256.substr(0, 12) +
                                  ": the server refused it: " + serverError(r));
    return Outcome::Failed;
}

BlobTransfer::Outcome BlobTransfer::fetchState(const std::string &sha256, SyncReport &report,
                                               State &state)
{
    const HttpResponse r =
        count(report, m_transport.request("GET", "/v1/blobs/" + sha256, {}, m_token));
    if (r.status != 200)
        return failure(sha256, r, report);
    if (!readState(r.body, state)) {
        report.fail(SyncError::Kind::BadReply, "the server sent a reply that could not be read",
                    r.status);
        return Outcome::Unreachable;
    }
    return Outcome::Done;
}

BlobTransfer::Outcome BlobTransfer::upload(const std::string &sha256, SyncReport &report)
{
    const auto size = m_replica.blobSize(sha256);
    if (!size)
        return Outcome::Done; // nothing to send
    State state;
    if (const Outcome o = fetchState(sha256, report, state); o != Outcome::Done)
        return o;
    int wrongOffsets = 0;
    for (;;) {
        if (state.complete) {
            if (state.size != *size) { // a file of another size cannot have the same hash
                ++report.blobsFailed;
                report.blobProblems.push_back("file " + sha256.substr(0, 12) +
                                              ": the server holds it with another size");
                return Outcome::Failed;
            }
            m_replica.setBlobUploaded(sha256);
            ++report.blobsUploaded;
            return Outcome::Done;
        }
        // An upload in progress with another size is started again from 0 (the server then
        // replaces it); otherwise it goes on from what the server has.
        const std::int64_t offset = state.size == *size ? state.received : 0;
        const std::int64_t length = std::min(m_chunkBytes, *size - offset);
        const auto chunk = m_replica.blobRange(sha256, offset, length);
        if (!chunk || std::int64_t(chunk->size()) != length) {
            ++report.blobsFailed;
            report.blobProblems.push_back("file " + sha256.substr(0, 12) +
                                          ": could not be read on this device");
            return Outcome::Failed;
        }
        ++report.chunksSent;
        report.blobBytesSent += length;
        const HttpResponse r = count(
            report,
            m_transport.requestBytes("PUT",
                                     "/v1/blobs/" + sha256 + "?offset=" + std::to_string(offset) +
                                         "&size=" + std::to_string(*size),
                                     *chunk, m_token, {{"X-Chunk-Sha256", sha256Hex(*chunk)}}));
        State next;
        if (r.status == 200 && readState(r.body, next) &&
            (next.complete || next.received > offset)) { // an empty file completes at once
            state = next;
            continue;
        }
        // 409: the server expects another offset (a chunk whose reply was lost, another
        // device uploading the same file): go on from where it stands, a few times at most.
        if (r.status == 409 && readState(r.body, next) && ++wrongOffsets <= 3) {
            state = next;
            continue;
        }
        if (r.status == 200 || r.status == 409) {
            ++report.blobsFailed;
            report.blobProblems.push_back("file " + sha256.substr(0, 12) +
                                          ": the server's answers do not move the upload on");
            return Outcome::Failed;
        }
        return failure(sha256, r, report);
    }
}

BlobTransfer::Outcome BlobTransfer::download(const std::string &sha256, SyncReport &report)
{
    State state;
    if (const Outcome o = fetchState(sha256, report, state); o != Outcome::Done)
        return o;
    if (!state.complete)
        return Outcome::Waiting; // the device that has it has not uploaded it all yet
    Sha256 hash;
    std::string bytes;
    bytes.reserve(std::size_t(std::min(state.size, kMaxAttachmentBytes)));
    while (std::int64_t(bytes.size()) < state.size) {
        const std::int64_t offset = std::int64_t(bytes.size());
        const std::int64_t length = std::min(m_chunkBytes, state.size - offset);
        const HttpResponse r =
            count(report, m_transport.request("GET",
                                              "/v1/blobs/" + sha256 +
                                                  "/content?offset=" + std::to_string(offset) +
                                                  "&length=" + std::to_string(length),
                                              {}, m_token));
        if (r.status != 200)
            return failure(sha256, r, report);
        if (r.body.empty() || std::int64_t(r.body.size()) > length) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return Outcome::Unreachable;
        }
        hash.add(r.body);
        bytes += r.body;
    }
    if (hash.hex() != sha256) {
        ++report.blobsFailed;
        report.blobProblems.push_back("file " + sha256.substr(0, 12) +
                                      ": the downloaded bytes do not match their SHA-256; "
                                      "nothing was stored");
        return Outcome::Failed;
    }
    m_replica.putDownloadedBlob(bytes);
    ++report.blobsDownloaded;
    return Outcome::Done;
}

void BlobTransfer::uploadAll(SyncReport &report)
{
    for (const auto &sha : m_replica.blobsToUpload()) {
        const Outcome o = upload(sha, report);
        if (o == Outcome::Unreachable)
            return; // report.ok stays false; the next sync goes on from where the server is
        if (o == Outcome::Waiting)
            ++report.blobsWaiting;
    }
    report.ok = true;
}

void BlobTransfer::downloadAll(SyncReport &report)
{
    for (const auto &sha : m_replica.blobsToDownload()) {
        if (!isSha256Hex(sha)) {
            ++report.blobsFailed;
            report.blobProblems.push_back("an attachment refers to \"" + sha +
                                          "\", which is not a SHA-256");
            continue;
        }
        const Outcome o = download(sha, report);
        if (o == Outcome::Unreachable)
            return;
        if (o == Outcome::Waiting)
            ++report.blobsWaiting;
    }
    report.ok = true;
}

} // namespace bro::sync
