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
    if (isCborBody(r.body)) { // a v2 pull
        auto parsed = deserialize(r.body, WireEncoding::Cbor);
        reply = parsed ? std::move(*parsed) : Json(Json::value_t::discarded);
    } else {
        reply = Json::parse(r.body, nullptr, false);
    }
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

SyncEngine::Batch SyncEngine::nextBatch(std::int64_t afterSeq)
{
    // One more than a batch, to see whether the batch would end inside one write: a record's
    // changes from one write travel together (the server derives a new record's scope from
    // its parent and employer, which come first).
    auto pending = m_replica.pending(m_batchSize + 1, afterSeq);
    if (int(pending.size()) > m_batchSize) {
        const std::string next = pending.back().second.recordId; // a copy: the row goes
        pending.pop_back();
        std::size_t keep = pending.size();
        while (keep > 0 && pending[keep - 1].second.recordId == next)
            --keep;
        if (keep > 0)
            pending.resize(keep);
    }
    return pending;
}

SyncReport SyncEngine::push()
{
    SyncReport report;
    Batch batch = nextBatch(0);
    std::string body = batch.empty() ? std::string() : pushBody(batch);
    int encodedWith = m_protocol;
    // A wipe the server asks for is acted on only once everything unsent has been pushed: the
    // loop goes on to the end of the outbox.
    while (!batch.empty()) {
        if (encodedWith != m_protocol) { // the server turned out to be from before v2
            body = pushBody(batch);
            encodedWith = m_protocol;
        }
        const int protocol = m_protocol;
        auto reply = std::async(std::launch::async, [this, protocol, &body] {
            return m_transport.request("POST", protocol >= 2 ? "/v2/push" : "/v1/push", body,
                                       m_token);
        });
        // While the server applies this batch: the next one, read and encoded.
        Batch following = nextBatch(batch.back().first);
        std::string followingBody = following.empty() ? std::string() : pushBody(following);
        const Pushed result = pushed(report, batch, protocol, reply.get());
        if (result == Pushed::Stopped)
            return report;
        if (result == Pushed::Partly) { // the rest of this batch is still in the outbox
            following = nextBatch(0);
            followingBody = following.empty() ? std::string() : pushBody(following);
        }
        batch = std::move(following);
        body = std::move(followingBody);
        encodedWith = protocol;
    }
    report.ok = true;
    return report;
}

SyncEngine::Pushed SyncEngine::pushBatch(SyncReport &report, const Batch &batch)
{
    const int protocol = m_protocol;
    return pushed(report, batch, protocol,
                  m_transport.request("POST", protocol >= 2 ? "/v2/push" : "/v1/push",
                                      pushBody(batch), m_token));
}

SyncEngine::Pushed SyncEngine::pushed(SyncReport &report, const Batch &pending, int protocol,
                                      const HttpResponse &r)
{
    report.requests += r.attempts > 0 ? r.attempts : 1;
    report.bytesSent += r.bytesSent;
    report.bytesReceived += r.bytesReceived;
    if (protocol >= 2 && r.status == 404) { // a server from before v2: v1 from now on
        m_protocol = 1;
        return pushBatch(report, pending);
    }
    if (r.status == 0) {
        report.fail(SyncError::Kind::Unreachable,
                    "the server could not be reached (" + r.error + ")");
        return Pushed::Stopped;
    }
    const Json reply = Json::parse(r.body, nullptr, false);
    if (r.status == 400 && reply.is_object() && reply.contains("change") &&
        reply["change"].is_number_unsigned() && reply["change"].get<std::size_t>() < pending.size()) {
        // The server refused one change as invalid and applied nothing: the changes before it
        // go again, that one becomes a notice (rolled back), the rest follow.
        const std::size_t bad = reply["change"].get<std::size_t>();
        if (bad > 0) {
            const Batch before(pending.begin(), pending.begin() + long(bad));
            if (pushBatch(report, before) == Pushed::Stopped)
                return Pushed::Stopped;
        }
        const auto &[seq, change] = pending[bad];
        m_replica.removePushed(seq, {Refusal{seq, change, "invalid",
                                             reply.value("error", std::string("invalid"))}});
        ++report.rejected;
        return bad + 1 == pending.size() ? Pushed::Whole : Pushed::Partly;
    }
    if (r.status != 200) {
        failFromStatus(report, r.status, reply, r.retryAfterSeconds);
        return Pushed::Stopped;
    }
    std::vector<Refusal> refused;
    if (protocol >= 2) {
        // {"n": changes answered, "refused": [[index, status, reason], ...]}: the changes not
        // listed are in the server's log (applied, merged, kept as conflicts or duplicates).
        const auto n = reply.is_object() ? reply.find("n") : reply.end();
        const auto list = reply.is_object() ? reply.find("refused") : reply.end();
        bool readable = n != reply.end() && n->is_number_unsigned() &&
                        n->get<std::size_t>() == pending.size() && list != reply.end() &&
                        list->is_array();
        if (readable)
            for (const Json &item : *list) {
                if (!item.is_array() || item.size() != 3 || !item[0].is_number_unsigned() ||
                    item[0].get<std::size_t>() >= pending.size() || !item[1].is_string() ||
                    !item[2].is_string()) {
                    readable = false;
                    break;
                }
                const auto &[seq, change] = pending[item[0].get<std::size_t>()];
                refused.push_back(Refusal{seq, change, item[1], item[2]});
            }
        if (!readable) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return Pushed::Stopped;
        }
        report.rejected += int(refused.size());
        report.pushed += int(pending.size() - refused.size());
        m_replica.removePushed(pending.back().first, refused);
        if (reply.value("wipe", false))
            report.wipeRequested = true;
        return Pushed::Whole;
    }
    const auto results = reply.is_object() ? reply.find("results") : reply.end();
    if (!reply.is_object() || results == reply.end() || !results->is_array() ||
        results->size() != pending.size()) {
        report.fail(SyncError::Kind::BadReply, "the server sent a reply that could not be read",
                    200);
        return Pushed::Stopped;
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const Json &res = (*results)[i];
        if (!res.is_object() || !res.contains("status") || !res["status"].is_string()) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return Pushed::Stopped;
        }
        const std::string status = res["status"];
        if (status == "forbidden" || status == "rejected") {
            refused.push_back(Refusal{pending[i].first, pending[i].second, status,
                                      res.value("reason", std::string())});
            ++report.rejected;
        } else {
            ++report.pushed;
        }
    }
    // The server has answered for the whole batch: it leaves the outbox.
    m_replica.removePushed(pending.back().first, refused);
    if (reply.value("wipe", false))
        report.wipeRequested = true;
    return Pushed::Whole;
}

std::string SyncEngine::pushBody(const std::vector<std::pair<std::int64_t, Change>> &pending) const
{
    if (m_protocol >= 2) {
        std::vector<Change> changes;
        changes.reserve(pending.size());
        for (const auto &[seq, c] : pending)
            changes.push_back(c);
        return serialize(encodeBatch(changes, WireEncoding::Cbor), WireEncoding::Cbor);
    }
    Json changes = Json::array();
    for (const auto &[seq, c] : pending)
        changes.push_back(c);
    return Json{{"changes", std::move(changes)}}.dump();
}

bool SyncEngine::readPulled(const Json &reply, std::vector<Change> &page,
                            std::vector<Quarantined> &aside) const
{
    if (auto batch = reply.find("batch"); batch != reply.end()) {
        std::vector<BatchAside> bad;
        auto changes = decodeBatch(*batch, nullptr, &bad);
        if (!changes)
            return false;
        page = std::move(*changes);
        for (auto &b : bad)
            aside.push_back({std::move(b.raw), std::move(b.reason)});
        return true;
    }
    const auto changes = reply.find("changes");
    if (changes == reply.end() || !changes->is_array())
        return false;
    page.reserve(changes->size());
    for (const auto &j : *changes) {
        std::string why;
        if (auto c = changeFromJson(j, &why))
            page.push_back(std::move(*c));
        else
            aside.push_back({j, why});
    }
    return true;
}

SyncReport SyncEngine::refresh()
{
    SyncReport report;
    const auto ids = m_replica.recordsToRefresh();
    for (std::size_t from = 0; from < ids.size(); from += 1000) {
        const std::vector<std::string> chunk(ids.begin() + long(from),
                                             ids.begin() + long(std::min(ids.size(), from + 1000)));
        Json reply;
        if (!call(report, "POST", "/v1/records", Json{{"ids", chunk}}.dump(), reply))
            return report;
        const auto changes = reply.find("changes");
        if (changes == reply.end() || !changes->is_array()) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return report;
        }
        std::vector<Change> server;
        for (const auto &j : *changes)
            if (auto c = changeFromJson(j))
                server.push_back(std::move(*c));
        try {
            m_replica.refreshRecords(chunk, server);
        } catch (const std::exception &e) {
            report.fail(SyncError::Kind::LocalStorage,
                        std::string("the changes could not be saved on this device: ") + e.what());
            return report;
        }
        report.refreshed += int(chunk.size());
    }
    report.ok = true;
    return report;
}

SyncReport SyncEngine::pull()
{
    SyncReport report;
    std::int64_t cursor = m_replica.cursor();
    struct Page
    {
        SyncReport attempt;
        Json reply;
        bool ok = false;
    };
    const auto fetch = [this](std::int64_t since) {
        std::string path = (m_protocol >= 2 ? "/v2/pull?since=" : "/v1/pull?since=") +
                           std::to_string(since);
        if (m_replica.accessScope() >= 0)
            path += "&scope=" + std::to_string(m_replica.accessScope());
        return std::async(std::launch::async, [this, path] {
            Page page;
            page.ok = call(page.attempt, "GET", path, {}, page.reply);
            return page;
        });
    };
    // The next page, asked for before this one is merged (cursor and scope are known from
    // its reply); anything that starts the pull again leaves it unread.
    std::future<Page> ahead;
    for (;;) {
        Page fetched = ahead.valid() ? ahead.get() : fetch(cursor).get();
        Json &reply = fetched.reply;
        SyncReport &attempt = fetched.attempt;
        if (!fetched.ok) {
            report.add(attempt);
            if (m_protocol >= 2 && attempt.failure.httpStatus == 404) {
                m_protocol = 1; // a server from before v2
                continue;
            }
            report.ok = false;
            report.error = attempt.error;
            report.failure = attempt.failure;
            return report;
        }
        report.add(attempt);
        if ((!reply.contains("changes") && !reply.contains("batch")) ||
            !reply["cursor"].is_number_integer() || !reply["more"].is_boolean() ||
            !reply["scope"].is_number_integer()) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return report;
        }
        if (reply.value("wipe", false))
            report.wipeRequested = true;
        const std::int64_t scope = reply["scope"];
        if (auto reset = reply.find("reset"); reset != reply.end() && reset->is_object()) {
            // What the user may see changed: forget what is no longer theirs, then everything
            // again from the start (merging a change twice changes nothing).
            std::vector<std::string> participants;
            std::optional<std::vector<std::string>> books;
            try {
                participants = reset->at("participants").get<std::vector<std::string>>();
                if (reset->contains("books") && reset->at("books").is_array())
                    books = reset->at("books").get<std::vector<std::string>>();
                m_replica.forgetOutside(participants, books);
            } catch (const nlohmann::json::exception &) {
                report.fail(SyncError::Kind::BadReply,
                            "the server sent a reply that could not be read", 200);
                return report;
            } catch (const std::exception &e) {
                report.fail(SyncError::Kind::LocalStorage,
                            std::string("the changes could not be saved on this device: ") +
                                e.what());
                return report;
            }
            m_replica.restartPull(scope);
            cursor = 0;
            continue;
        }
        if (scope != m_replica.accessScope()) {
            m_replica.restartPull(scope);
            if (cursor != 0) { // access grew: everything from the start
                cursor = 0;
                continue;
            }
        }
        const std::int64_t next = reply["cursor"];
        const bool more = reply["more"].get<bool>();
        // The next page is asked for before this one is decoded, so the server reads it while
        // this device decodes and merges (asked for after decoding, the server stood idle for
        // the decoding: bench_sync's pull of 40,003 changes, 12 alternating rounds, median
        // 400 -> 362 ms). If this page cannot be read, the page asked for is left unread.
        if (more)
            ahead = fetch(next);
        // One bad change never blocks the rest: what this device cannot read is kept aside.
        std::vector<Change> page;
        std::vector<Quarantined> aside;
        if (!readPulled(reply, page, aside)) {
            report.fail(SyncError::Kind::BadReply,
                        "the server sent a reply that could not be read", 200);
            return report;
        }
        try {
            m_replica.applyPulled(page, next, aside);
        } catch (const std::exception &e) {
            report.fail(SyncError::Kind::LocalStorage,
                        std::string("the changes could not be saved on this device: ") + e.what());
            return report;
        }
        report.pulled += int(page.size());
        report.quarantined += int(aside.size());
        cursor = next;
        if (!more) {
            m_replica.noteSynced(reply.value("offline_days", 0));
            break;
        }
    }
    report.ok = true;
    return report;
}

LoginResult login(Transport &transport, const std::string &user, const std::string &password,
                  const std::string &deviceId)
{
    LoginResult result;
    const auto r = transport.request(
        "POST", "/v1/login",
        Json{{"user", user}, {"password", password}, {"device", deviceId}}.dump(), {});
    const Json reply = Json::parse(r.body, nullptr, false);
    SyncReport failed;
    if (r.status == 0) {
        failed.fail(SyncError::Kind::Unreachable,
                    "the server could not be reached (" + r.error + ")");
    } else if (r.status != 200) {
        failFromStatus(failed, r.status, reply, r.retryAfterSeconds);
        if (r.status == 401) // at login, 401 is the password, not an expired session
            failed.error = reply.value("error", std::string("login: wrong user name or password"));
    } else if (!reply.is_object() || !reply.contains("token") || !reply["token"].is_string()) {
        failed.fail(SyncError::Kind::BadReply, "the server sent a reply that could not be read",
                    200);
    } else {
        result.ok = true;
        result.token = reply["token"];
        result.role = reply.value("role", std::string("adviser"));
        result.displayName = reply.value("name", user);
        result.expiresAt = reply.value("expires_at", std::int64_t(0));
        result.serverMillis = reply.value("server_time", std::int64_t(0));
        result.offlineDays = reply.value("offline_days", 0);
        return result;
    }
    result.error = failed.error;
    result.failure = failed.failure;
    return result;
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
    refreshed += o.refreshed;
    quarantined += o.quarantined;
    wipeRequested = wipeRequested || o.wipeRequested;
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
    if (total.wipeRequested)
        return finishBeforeWipe(total);
    for (auto step : {&SyncEngine::refresh, &SyncEngine::pull, &SyncEngine::uploadBlobs,
                      &SyncEngine::downloadBlobs}) {
        SyncReport next = (this->*step)();
        total.add(next);
        if (!next.ok) {
            total.ok = false;
            total.error = next.error;
            total.failure = next.failure;
            return total;
        }
        if (total.wipeRequested)
            return finishBeforeWipe(total);
    }
    return total;
}

SyncReport SyncEngine::finishBeforeWipe(SyncReport total)
{
    // The device is to erase its data: first what was written since the push (during the
    // pull) and the files the server lacks go up; nothing more comes down.
    for (auto step : {&SyncEngine::push, &SyncEngine::uploadBlobs}) {
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

SyncReport SyncEngine::confirmWiped()
{
    SyncReport report;
    Json reply;
    if (call(report, "POST", "/v1/device/wiped", "{}", reply))
        report.ok = true;
    return report;
}

} // namespace bro::sync
