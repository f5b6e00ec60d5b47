#include "bro/server/http.h"

#include <bro/model/validation.h>
#include <bro/sync/blobs.h>
#include <bro/sync/change.h>
#include <bro/sync/merge.h>
#include <bro/sync/sha256.h>
#include <bro/sync/transport.h>
#include <bro/sync/wire.h>

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace bro::server {

namespace {

using Json = nlohmann::json;

// JSON replies carry a content type that cpp-httplib does not compress by itself: the server
// compresses them with gzip (never brotli, whose compression costs seconds per page) when the
// client accepts it.
constexpr const char *kJson = "application/json; charset=utf-8";

void reply(const httplib::Request &req, httplib::Response &res, int status, const Json &body)
{
    res.status = status;
    std::string text = body.dump(-1, ' ', false, Json::error_handler_t::replace);
    const std::string accept = req.get_header_value("Accept-Encoding");
    if (text.size() > 512 && accept.find("gzip") != std::string::npos) {
        res.set_header("Content-Encoding", "gzip");
        text = sync::gzipCompress(text);
    }
    res.set_content(std::move(text), kJson);
}

// A v2 reply in CBOR (sync/wire.h), compressed like a JSON one.
void replyCbor(const httplib::Request &req, httplib::Response &res, const Json &body)
{
    res.status = 200;
    std::string bytes = sync::serialize(body, sync::WireEncoding::Cbor);
    if (bytes.size() > 512 && req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos) {
        res.set_header("Content-Encoding", "gzip");
        bytes = sync::gzipCompress(bytes);
    }
    res.set_content(std::move(bytes), sync::kCborContentType);
}

void error(const httplib::Request &req, httplib::Response &res, int status,
           const std::string &message, Json extra = Json::object())
{
    extra["error"] = message;
    reply(req, res, status, extra);
}

// A query parameter that must be a whole number >= 0 (digits only: "12abc" is refused).
// Returns "" or what is wrong.
std::string countParam(const httplib::Request &req, const char *name, std::int64_t &out,
                       bool required)
{
    if (!req.has_param(name))
        return required ? std::string(name) + ": missing" : std::string();
    const std::string text = req.get_param_value(name);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || out < 0)
        return std::string(name) + ": must be a whole number, 0 or more";
    return {};
}

Json stateJson(const FileService::State &state)
{
    return Json{{"size", state.size}, {"received", state.received}, {"complete", state.complete}};
}

// The file address in the path; false (and a 400) unless it is a SHA-256 in lower-case hex.
bool blobAddress(const httplib::Request &req, httplib::Response &res, std::string &sha)
{
    sha = req.matches[1];
    if (model::isSha256Hex(sha))
        return true;
    error(req, res, 400, "sha256: must be 64 lower-case hex digits");
    return false;
}

constexpr const char *kNoSuchFile = "sha256: no attachment you may read refers to this file";

// Checks what a pushed change carries, before anything is looked up: its form, a known kind
// and field with a valid value, the session's device, a stamp not too far ahead. Returns ""
// or what is wrong.
// The checks after the form (v1 and v2 alike).
std::string checkDecoded(const sync::Change &c, const SessionRow &session,
                         std::int64_t maxFutureMillis)
{
    const model::KindSpec *kind = model::findKind(c.kind);
    if (!kind)
        return "kind: \"" + c.kind.substr(0, 60) + "\" is not a kind of record";
    if (c.deviceId != session.deviceId)
        return "device: the change was not made on this session's device";
    if (c.stamp.millis > nowMillis() + maxFutureMillis)
        return "hlc: more than 5 minutes in the future";
    if (auto e = model::validateChangeValue(*kind, c.field, c.value))
        return e->message;
    return {};
}

std::string checkChange(const Json &j, const SessionRow &session, std::int64_t maxFutureMillis,
                        sync::Change &out)
{
    std::string why;
    auto c = sync::changeFromJson(j, &why);
    if (!c)
        return why;
    if (why = checkDecoded(*c, session, maxFutureMillis); !why.empty())
        return why;
    out = std::move(*c);
    return {};
}

// A request in memory and the reply written beside it.
class MemoryStream final : public httplib::Stream
{
public:
    MemoryStream(std::string_view request, std::string remoteAddress)
        : m_in(request)
        , m_remote(std::move(remoteAddress))
    {}
    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char *ptr, size_t size) override
    {
        const std::size_t n = std::min(size, m_in.size() - m_pos);
        std::memcpy(ptr, m_in.data() + m_pos, n);
        m_pos += n;
        return ssize_t(n);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        m_out.append(ptr, size);
        return ssize_t(size);
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = m_remote;
        port = 40000;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 8470;
    }
    socket_t socket() const override { return INVALID_SOCKET; }
    std::string takeOutput() { return std::move(m_out); }

private:
    std::string_view m_in;
    std::size_t m_pos = 0;
    std::string m_remote;
    std::string m_out;
};

} // namespace

// cpp-httplib's server with the listen backlog set after binding (the library's is 5).
class HttpApi::Server : public httplib::Server
{
public:
    void setBacklog(int backlog)
    {
        if (svr_sock_ != INVALID_SOCKET)
            ::listen(svr_sock_, backlog);
    }
    std::string answer(std::string_view request, const std::string &remoteAddress)
    {
        MemoryStream stream(request, remoteAddress);
        bool closed = false;
        process_request(stream, true, closed, [&](httplib::Request &req) {
            req.remote_addr = remoteAddress;
        });
        return stream.takeOutput();
    }
};

HttpApi::HttpApi(Services services, HttpOptions options)
    : m_services(services)
    , m_options(options)
    , m_server(std::make_unique<Server>())
{
    auto &svr = *m_server;
    const int workers = std::max(2, m_options.workers);
    svr.new_task_queue = [workers] { return new httplib::ThreadPool(std::size_t(workers)); };
    svr.set_payload_max_length(m_options.maxBodyBytes);
    svr.set_read_timeout(m_options.readTimeoutSeconds, 0);
    svr.set_write_timeout(m_options.writeTimeoutSeconds, 0);
    svr.set_keep_alive_timeout(m_options.keepAliveSeconds);
    svr.set_keep_alive_max_count(std::size_t(m_options.keepAliveRequests));
    svr.set_tcp_nodelay(true); // small JSON replies must not wait for delayed ACKs

    svr.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        if (req.has_header("Content-Length")) {
            std::int64_t length = 0;
            const std::string text = req.get_header_value("Content-Length");
            std::from_chars(text.data(), text.data() + text.size(), length);
            if (length > std::int64_t(m_options.maxBodyBytes)) {
                // The body is not read: the connection cannot carry another request.
                res.set_header("Connection", "close");
                error(req, res, 413, "body: larger than the server accepts (" +
                                         std::to_string(m_options.maxBodyBytes) + " bytes)");
                return httplib::Server::HandlerResponse::Handled;
            }
        }
        const bool hasBody = req.has_header("Transfer-Encoding") ||
                             (req.has_header("Content-Length") &&
                              req.get_header_value("Content-Length") != "0");
        if (hasBody && (req.method == "GET" || req.method == "HEAD")) {
            res.set_header("Connection", "close");
            error(req, res, 400, "body: a " + req.method + " request carries no body");
            return httplib::Server::HandlerResponse::Handled;
        }
        const std::string encoding = req.get_header_value("Content-Encoding");
        if (!encoding.empty() && encoding != "gzip" && encoding != "identity") {
            res.set_header("Connection", "close");
            error(req, res, 415, "Content-Encoding: only gzip is accepted");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (!encoding.empty() && encoding != "identity" && req.path.rfind("/v1/blobs/", 0) == 0) {
            res.set_header("Connection", "close");
            error(req, res, 415, "Content-Encoding: file chunks are sent as they are");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    svr.set_exception_handler([](const httplib::Request &req, httplib::Response &res,
                                 std::exception_ptr) {
        error(req, res, 500, "server: the request failed on the server");
    });
    svr.set_error_handler([](const httplib::Request &req, httplib::Response &res) {
        if (res.body.empty()) {
            const std::string why = res.status == 413   ? "body: larger than the server accepts"
                                    : res.status == 404 ? "path: no such endpoint"
                                                        : "request: refused (HTTP status " +
                                                              std::to_string(res.status) + ")";
            const int status = res.status;
            error(req, res, status, why);
        }
    });

    auto authenticated = [this](const httplib::Request &req,
                                httplib::Response &res) -> std::optional<SessionRow> {
        const std::string auth = req.get_header_value("Authorization");
        if (auth.rfind("Bearer ", 0) != 0) {
            error(req, res, 401, "authorization: missing bearer token");
            return std::nullopt;
        }
        auto session = m_services.auth.authenticate(auth.substr(7));
        if (!session)
            error(req, res, 401, "authorization: the token is unknown, expired or revoked");
        return session;
    };
    // The body of a POST, decompressed and limited as it is read: a small gzip body that
    // inflates past the limit is cut off at the limit (413), never held in memory whole.
    auto readBytes = [this](const httplib::Request &req, httplib::Response &res,
                            const httplib::ContentReader &reader) -> std::optional<std::string> {
        std::string body;
        bool tooLarge = false;
        const bool ok = reader([&](const char *data, std::size_t length) {
            if (body.size() + length > m_options.maxBodyBytes) {
                tooLarge = true;
                return false;
            }
            body.append(data, length);
            return true;
        });
        if (tooLarge) {
            res.set_header("Connection", "close"); // the rest of the body is not read
            error(req, res, 413,
                  "body: larger than the server accepts (" +
                      std::to_string(m_options.maxBodyBytes) + " bytes after decompression)");
            return std::nullopt;
        }
        if (!ok) {
            error(req, res, 400, "body: could not be read (cut off, or not valid gzip)");
            return std::nullopt;
        }
        return body;
    };
    auto readBody = [readBytes](const httplib::Request &req, httplib::Response &res,
                                const httplib::ContentReader &reader,
                                bool allowEmpty = false) -> std::optional<Json> {
        const auto bytes = readBytes(req, res, reader);
        if (!bytes)
            return std::nullopt;
        const std::string &body = *bytes;
        if (allowEmpty && body.find_first_not_of(" \t\r\n") == std::string::npos)
            return Json::object();
        std::string why;
        auto json = model::parseJson(body, &why);
        if (!json) {
            error(req, res, 400, "body: " + why);
            return std::nullopt;
        }
        if (!json->is_object()) {
            error(req, res, 400, "body: must be a JSON object");
            return std::nullopt;
        }
        return json;
    };

    svr.Post("/v1/login", [this, readBody](const httplib::Request &req, httplib::Response &res,
                                           const httplib::ContentReader &reader) {
        auto body = readBody(req, res, reader);
        if (!body)
            return;
        for (const char *key : {"user", "password", "device"})
            if (!body->contains(key) || !(*body)[key].is_string())
                return error(req, res, 400, std::string(key) + ": must be a string");
        const auto r = m_services.auth.login(
            {(*body)["user"], (*body)["password"], (*body)["device"], req.remote_addr});
        if (r.status != 200) {
            if (r.retryAfterSeconds > 0)
                res.set_header("Retry-After", std::to_string(r.retryAfterSeconds));
            return error(req, res, r.status, r.error);
        }
        reply(req, res, 200,
              Json{{"token", r.token},
                   {"expires_at", r.expiresAt},
                   {"role", r.role},
                   {"name", r.displayName},
                   {"device", (*body)["device"]},
                   {"server_time", r.serverMillis},
                   {"offline_days", r.offlineDays}});
    });

    svr.Post("/v1/logout", [this, authenticated, readBody](const httplib::Request &req,
                                                           httplib::Response &res,
                                                           const httplib::ContentReader &reader) {
        if (!authenticated(req, res) || !readBody(req, res, reader, true))
            return;
        m_services.auth.logout(req.get_header_value("Authorization").substr(7));
        reply(req, res, 200, Json::object());
    });

    svr.Post("/v1/push", [this, authenticated, readBody](const httplib::Request &req,
                                                         httplib::Response &res,
                                                         const httplib::ContentReader &reader) {
        auto session = authenticated(req, res);
        if (!session)
            return;
        auto body = readBody(req, res, reader);
        if (!body)
            return;
        auto it = body->find("changes");
        if (it == body->end())
            return error(req, res, 400, "changes: missing");
        if (!it->is_array())
            return error(req, res, 400, "changes: must be an array");
        std::vector<sync::Change> changes(it->size());
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string why =
                checkChange((*it)[i], *session, m_options.maxFutureMillis, changes[i]);
            if (!why.empty())
                return error(req, res, 400, "changes[" + std::to_string(i) + "]." + why,
                             Json{{"change", i}});
        }
        const auto pushed = m_services.sync.push(*session, changes);
        Json results = Json::array();
        for (const auto &r : pushed.results) {
            // In the order of the request; the op ids are not repeated.
            Json j = {{"status", r.status}};
            if (!r.reason.empty())
                j["reason"] = r.reason;
            results.push_back(std::move(j));
        }
        Json out{{"results", std::move(results)}};
        if (pushed.wipe)
            out["wipe"] = true;
        reply(req, res, 200, out);
    });

    // v2 (sync/wire.h): one batch, decoded into the same changes as v1's and checked the same
    // way; the reply lists only the refused changes: {"n": count, "refused": [[i, status,
    // reason], ...]}.
    svr.Post("/v2/push", [this, authenticated, readBytes](const httplib::Request &req,
                                                          httplib::Response &res,
                                                          const httplib::ContentReader &reader) {
        auto session = authenticated(req, res);
        if (!session)
            return;
        const auto bytes = readBytes(req, res, reader);
        if (!bytes)
            return;
        // CBOR (what the app sends) or JSON, told apart by the self-describe tag.
        std::string why;
        const auto body = sync::deserialize(
            *bytes, sync::isCborBody(*bytes) ? sync::WireEncoding::Cbor : sync::WireEncoding::Json,
            &why);
        if (!body)
            return error(req, res, 400, "body: " + why);
        sync::BatchError bad;
        auto changes = sync::decodeBatch(*body, &bad);
        if (!changes)
            return bad.aboutChange ? error(req, res, 400, bad.message, Json{{"change", bad.index}})
                                   : error(req, res, 400, bad.message);
        for (std::size_t i = 0; i < changes->size(); ++i)
            if (const std::string why =
                    checkDecoded((*changes)[i], *session, m_options.maxFutureMillis);
                !why.empty())
                return error(req, res, 400, "changes[" + std::to_string(i) + "]." + why,
                             Json{{"change", i}});
        const auto pushed = m_services.sync.push(*session, *changes);
        Json refused = Json::array();
        for (std::size_t i = 0; i < pushed.results.size(); ++i)
            if (const auto &r = pushed.results[i];
                r.status == "forbidden" || r.status == "rejected")
                refused.push_back(Json::array({i, r.status, r.reason}));
        Json out{{"n", pushed.results.size()}, {"refused", std::move(refused)}};
        if (pushed.wipe)
            out["wipe"] = true;
        reply(req, res, 200, out);
    });

    // v2 (sync/wire.h): the changes as one batch {"batch": {...}} instead of "changes".
    auto pull = [this, authenticated](const httplib::Request &req, httplib::Response &res,
                                      int protocol) {
        auto session = authenticated(req, res);
        if (!session)
            return;
        std::int64_t since = 0, limit = m_options.pullLimit, scope = -1;
        for (const auto &why : {countParam(req, "since", since, false),
                                countParam(req, "limit", limit, false),
                                countParam(req, "scope", scope, false)})
            if (!why.empty())
                return error(req, res, 400, why);
        limit = std::clamp<std::int64_t>(limit, 1, m_options.pullLimit);
        const auto page =
            m_services.sync.pull(*session, since, int(limit),
                                 req.has_param("scope") ? std::optional(scope) : std::nullopt);
        Json out{{"cursor", page.cursor},
                 {"more", page.more},
                 {"scope", page.scope},
                 {"offline_days", m_services.auth.offlineDays()}};
        if (page.wipe)
            out["wipe"] = true;
        if (page.reset) {
            out["reset"] = {{"participants", page.reset->participants},
                            {"books", page.reset->books}};
            out["changes"] = Json::array();
        } else if (protocol >= 2) {
            out["batch"] = sync::encodeBatch(page.changes, sync::WireEncoding::Cbor);
        } else {
            Json changes = Json::array();
            for (const auto &c : page.changes)
                changes.push_back(c);
            out["changes"] = std::move(changes);
        }
        if (protocol >= 2)
            return replyCbor(req, res, out);
        reply(req, res, 200, out);
    };
    svr.Get("/v1/pull", [pull](const httplib::Request &req, httplib::Response &res) {
        pull(req, res, 1);
    });
    svr.Get("/v2/pull", [pull](const httplib::Request &req, httplib::Response &res) {
        pull(req, res, 2);
    });

    svr.Post("/v1/records", [this, authenticated, readBody](const httplib::Request &req,
                                                            httplib::Response &res,
                                                            const httplib::ContentReader &reader) {
        auto session = authenticated(req, res);
        if (!session)
            return;
        auto body = readBody(req, res, reader);
        if (!body)
            return;
        auto ids = body->find("ids");
        if (ids == body->end() || !ids->is_array() || ids->size() > 10000)
            return error(req, res, 400, "ids: must be an array of at most 10000 record ids");
        std::vector<std::string> list;
        for (const auto &id : *ids) {
            if (!id.is_string() || !model::isCanonicalUuid(id.get<std::string>()))
                return error(req, res, 400, "ids: must be record ids (UUIDs in lower case)");
            list.push_back(id.get<std::string>());
        }
        Json changes = Json::array();
        for (const auto &c : m_services.sync.records(*session, list))
            changes.push_back(c);
        reply(req, res, 200, Json{{"changes", std::move(changes)}});
    });

    svr.Get("/v1/audit", [this, authenticated](const httplib::Request &req, httplib::Response &res) {
        auto session = authenticated(req, res);
        if (!session)
            return;
        if (session->user.role != model::Role::Participant)
            return error(req, res, 403, "audit: only a participant reads their own trail here");
        Json entries = Json::array();
        for (const auto &e : m_services.sync.trail(*session))
            entries.push_back(
                {{"at", e.at}, {"action", e.action}, {"role", e.role}, {"name", e.name}, {"kinds", e.kinds}});
        reply(req, res, 200, Json{{"entries", std::move(entries)}});
    });

    svr.Post("/v1/device/wiped", [this, authenticated, readBody](const httplib::Request &req,
                                                                 httplib::Response &res,
                                                                 const httplib::ContentReader &reader) {
        auto session = authenticated(req, res);
        if (!session || !readBody(req, res, reader, true))
            return;
        m_services.auth.confirmWiped(*session);
        reply(req, res, 200, Json::object());
    });

    // A programme leader's figures (service/report_service.h).
    svr.Get("/v1/report", [this, authenticated](const httplib::Request &req, httplib::Response &res) {
        if (auto session = authenticated(req, res)) {
            const auto answer = m_services.reports.answer(*session, req.get_param_value("year"),
                                                          req.get_param_value("from"),
                                                          req.get_param_value("as_of"));
            reply(req, res, answer.status, answer.body);
        }
    });

    svr.Get("/v1/health", [](const httplib::Request &req, httplib::Response &res) {
        reply(req, res, 200, Json{{"ok", true}});
    });


    // --- attachment files ---------------------------------------------------------------------
    svr.Get(R"(/v1/blobs/([^/]+))",
            [this, authenticated](const httplib::Request &req, httplib::Response &res) {
                auto session = authenticated(req, res);
                std::string sha;
                if (!session || !blobAddress(req, res, sha))
                    return;
                const auto state = m_services.files.state(*session, sha);
                if (!state)
                    return error(req, res, 404, kNoSuchFile);
                reply(req, res, 200, stateJson(*state));
            });

    svr.Put(R"(/v1/blobs/([^/]+))", [this, authenticated](const httplib::Request &req,
                                                          httplib::Response &res) {
        auto session = authenticated(req, res);
        std::string sha;
        if (!session || !blobAddress(req, res, sha))
            return;
        std::int64_t offset = 0, size = 0;
        for (const auto &why :
             {countParam(req, "offset", offset, true), countParam(req, "size", size, true)})
            if (!why.empty())
                return error(req, res, 400, why);
        if (size > m_options.maxBlobBytes)
            return error(req, res, 413,
                         "size: a file may be at most " + std::to_string(m_options.maxBlobBytes) +
                             " bytes");
        const std::int64_t length = std::int64_t(req.body.size());
        if (length > m_options.maxChunkBytes)
            return error(req, res, 413,
                         "body: a chunk may be at most " + std::to_string(m_options.maxChunkBytes) +
                             " bytes");
        if (length == 0 && size > 0)
            return error(req, res, 400, "body: the chunk is empty");
        if (offset > size || length > size - offset)
            return error(req, res, 400, "offset: the chunk would end beyond size");
        const std::string chunkSha = req.get_header_value("X-Chunk-Sha256");
        if (chunkSha.empty())
            return error(req, res, 400, "X-Chunk-Sha256: missing");
        if (!model::isSha256Hex(chunkSha))
            return error(req, res, 400, "X-Chunk-Sha256: must be 64 lower-case hex digits");
        if (sync::sha256Hex(req.body) != chunkSha)
            return error(req, res, 400, "X-Chunk-Sha256: does not match the chunk's bytes");

        using Outcome = FileService::ChunkResult::Outcome;
        const auto r = m_services.files.putChunk(*session, sha, offset, size, req.body);
        Json body = stateJson(r.state);
        switch (r.outcome) {
        case Outcome::Stored:
            return reply(req, res, 200, body);
        case Outcome::NotFound:
            return error(req, res, 404, kNoSuchFile);
        case Outcome::WrongOffset:
            return error(req, res, 409,
                         r.state.complete ? "offset: the file is complete already"
                                          : "offset: expected " + std::to_string(r.state.received) +
                                                ", the bytes received so far",
                         body);
        case Outcome::WrongSize:
            return error(req, res, 409,
                         "size: the upload in progress is of " + std::to_string(r.state.size) +
                             " bytes",
                         body);
        case Outcome::BadFile:
            return error(req, res, 400,
                         "sha256: the file's bytes do not match this SHA-256; the upload was "
                         "discarded");
        }
    });

    svr.Get(R"(/v1/blobs/([^/]+)/content)",
            [this, authenticated](const httplib::Request &req, httplib::Response &res) {
                auto session = authenticated(req, res);
                std::string sha;
                if (!session || !blobAddress(req, res, sha))
                    return;
                std::int64_t offset = 0, length = std::numeric_limits<std::int64_t>::max();
                for (const auto &why : {countParam(req, "offset", offset, false),
                                        countParam(req, "length", length, false)})
                    if (!why.empty())
                        return error(req, res, 400, why);
                using Outcome = FileService::Read::Outcome;
                auto r = m_services.files.read(*session, sha, offset, length);
                if (r.outcome == Outcome::NotFound)
                    return error(req, res, 404, kNoSuchFile);
                if (r.outcome == Outcome::Incomplete)
                    return error(req, res, 409, "sha256: the file is not uploaded completely yet",
                                 stateJson(r.state));
                if (offset > r.state.size)
                    return error(req, res, 400,
                                 "offset: beyond the end of the file (" +
                                     std::to_string(r.state.size) + " bytes)");
                res.status = 200;
                res.set_header("X-Blob-Size", std::to_string(r.state.size));
                res.set_content(std::move(r.bytes), "application/octet-stream");
            });
}

HttpApi::~HttpApi() = default;

int HttpApi::bind(const std::string &host, int port)
{
    const int bound = port == 0 ? m_server->bind_to_any_port(host)
                                : (m_server->bind_to_port(host, port) ? port : -1);
    if (bound > 0)
        m_server->setBacklog(m_options.backlog);
    return bound;
}

bool HttpApi::serve()
{
    return m_server->listen_after_bind();
}

void HttpApi::stop()
{
    m_server->stop();
}

std::string HttpApi::answer(std::string_view request, const std::string &remoteAddress)
{
    return m_server->answer(request, remoteAddress);
}

} // namespace bro::server
