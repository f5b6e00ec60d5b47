#include "bro/sync/engine.h"

#include "bro/sync/blobs.h"

namespace bro::sync {

using Json = nlohmann::json;

SyncEngine::SyncEngine(Replica &replica, Transport &transport, std::string token, int batchSize)
    : m_replica(replica)
    , m_transport(transport)
    , m_token(std::move(token))
    , m_batchSize(batchSize)
{}

bool SyncEngine::call(SyncReport &report, const std::string &method, const std::string &path,
                      const std::string &body, Json &reply)
{
    const HttpResponse r = m_transport.request(method, path, body, m_token);
    report.requests += r.attempts > 0 ? r.attempts : 1;
    report.bytesSent += r.bytesSent;
    report.bytesReceived += r.bytesReceived;
    if (r.status == 0) {
        report.fail(SyncError::Kind::Unreachable,
                    "the server could not be reached (" + r.error + ")");
        return false;
    }
    reply = Json::parse(r.body, nullptr, false);
    if (r.status != 200) {
        failFromStatus(report, r.status, reply, r.retryAfterSeconds);
        return false;
    }
    if (!reply.is_object()) {
        report.fail(SyncError::Kind::BadReply, "the server sent a reply that could not be read",
                    r.status);
        return false;
    }
    return true;
}

SyncReport SyncEngine::push()
{
    SyncReport report;
    for (;;) {
        const auto pending = m_replica.pending(m_batchSize);
        if (pending.empty())
            break;
        Json changes = Json::array();
        for (const auto &[seq, c] : pending)
            changes.push_back(c);
        Json reply;
        if (!call(report, "POST", "/v1/push", Json{{"changes", std::move(changes)}}.dump(), reply))
            return report;
        const auto results = reply.find("results");
        if (results == reply.end() || !results->is_array() || results->size() != pending.size()) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return report;
        }
        for (std::size_t i = 0; i < pending.size(); ++i) {
            const Json &r = (*results)[i];
            if (!r.is_object() || !r.contains("status") || !r["status"].is_string()) {
                report.fail(SyncError::Kind::BadReply,
                            "the server sent a reply that could not be read", 200);
                return report;
            }
            if (r.value("status", "") == "forbidden")
                ++report.rejected;
            else
                ++report.pushed;
        }
        // The server has answered for the whole batch: it leaves the outbox.
        m_replica.removePushed(pending.back().first);
    }
    report.ok = true;
    return report;
}

SyncReport SyncEngine::pull()
{
    SyncReport report;
    std::int64_t cursor = m_replica.cursor();
    for (;;) {
        Json reply;
        if (!call(report, "GET",
                  "/v1/pull?since=" + std::to_string(cursor) +
                      "&device=" + m_replica.replicaDevice(),
                  {}, reply))
            return report;
        const auto changes = reply.find("changes");
        if (changes == reply.end() || !changes->is_array() ||
            !reply["cursor"].is_number_integer() || !reply["more"].is_boolean() ||
            !reply["scope"].is_number_integer()) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return report;
        }
        const std::int64_t scope = reply["scope"];
        if (scope != m_replica.accessScope()) {
            m_replica.restartPull(scope);
            if (cursor != 0) { // access grew: everything from the start
                cursor = 0;
                continue;
            }
        }
        std::vector<Change> page;
        page.reserve(changes->size());
        for (const auto &j : *changes) {
            auto c = changeFromJson(j);
            if (!c) {
                report.fail(SyncError::Kind::BadReply,
                            "the server sent a reply that could not be read", 200);
                return report;
            }
            page.push_back(std::move(*c));
        }
        const std::int64_t next = reply["cursor"];
        try {
            m_replica.applyPulled(page, next);
        } catch (const std::exception &e) {
            report.fail(SyncError::Kind::LocalStorage,
                        std::string("the changes could not be saved on this device: ") +
                            e.what());
            return report;
        }
        report.pulled += int(page.size());
        cursor = next;
        if (!reply["more"].get<bool>())
            break;
    }
    report.ok = true;
    return report;
}

void SyncReport::fail(SyncError::Kind kind, std::string message, int httpStatus,
                      std::string serverReason, int retryAfterSeconds)
{
    using K = SyncError::Kind;
    ok = false;
    error = std::move(message);
    failure.kind = kind;
    failure.httpStatus = httpStatus;
    failure.serverReason = std::move(serverReason);
    failure.retryAfterSeconds = retryAfterSeconds;
    failure.permanent = kind == K::Unauthorized || kind == K::Forbidden || kind == K::Refused;
}

void failFromStatus(SyncReport &report, int status, const Json &reply, int retryAfterSeconds)
{
    using K = SyncError::Kind;
    const std::string reason =
        reply.is_object() && reply.contains("error") && reply["error"].is_string()
            ? reply["error"].get<std::string>()
            : std::string();
    const std::string why = reason.empty() ? "HTTP " + std::to_string(status) : reason;
    if (status == 401)
        return report.fail(K::Unauthorized,
                           "the server no longer accepts this device's login; log in again",
                           status, reason);
    if (status == 403)
        return report.fail(K::Forbidden, "the server does not accept this login: " + why, status,
                           reason);
    if (status == 429 || status == 503)
        return report.fail(K::Throttled, "the server is busy; it asks to try again later: " + why,
                           status, reason, retryAfterSeconds);
    if (status >= 500)
        return report.fail(K::ServerFault, "the server failed: " + why, status, reason);
    report.fail(K::Refused, "the server refused the request: " + why, status, reason);
}

void SyncReport::add(const SyncReport &o)
{
    pushed += o.pushed;
    rejected += o.rejected;
    pulled += o.pulled;
    requests += o.requests;
    bytesSent += o.bytesSent;
    bytesReceived += o.bytesReceived;
    blobsUploaded += o.blobsUploaded;
    blobsDownloaded += o.blobsDownloaded;
    blobsWaiting += o.blobsWaiting;
    blobsFailed += o.blobsFailed;
    chunksSent += o.chunksSent;
    blobBytesSent += o.blobBytesSent;
    blobProblems.insert(blobProblems.end(), o.blobProblems.begin(), o.blobProblems.end());
}

SyncReport SyncEngine::uploadBlobs()
{
    SyncReport report;
    BlobTransfer(m_replica, m_transport, m_token).uploadAll(report);
    return report;
}

SyncReport SyncEngine::downloadBlobs()
{
    SyncReport report;
    BlobTransfer(m_replica, m_transport, m_token).downloadAll(report);
    return report;
}

SyncReport SyncEngine::sync()
{
    SyncReport total = push();
    if (!total.ok)
        return total;
    for (auto step : {&SyncEngine::pull, &SyncEngine::uploadBlobs, &SyncEngine::downloadBlobs}) {
        SyncReport next = (this->*step)();
        total.add(next);
        if (!next.ok) {
            total.ok = false;
            total.error = next.error;
            total.failure = next.failure;
            return total;
        }
    }
    return total;
}

} // namespace bro::sync
