#include "bro/server/http.h"
#include "bro/server/report.h"

#include <bro/sync/blobs.h>
#include <bro/sync/merge.h>
#include <bro/model/catalogue.h>
#include <bro/model/validation.h>
#include <bro/sync/sha256.h>

#include <charconv>
#include <httplib.h>
#include <limits>
#include <thread>

namespace bro::server {

namespace {

using Json = nlohmann::json;

void reply(httplib::Response &res, int status, const Json &body)
{
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

void error(httplib::Response &res, int status, const std::string &message)
{
    reply(res, status, Json{{"error", message}});
}

std::optional<Json> parseBody(const httplib::Request &req, httplib::Response &res)
{
    Json body = Json::parse(req.body, nullptr, false);
    if (body.is_discarded()) {
        error(res, 400, "body: malformed JSON");
        return std::nullopt;
    }
    if (!body.is_object()) {
        error(res, 400, "body: must be a JSON object");
        return std::nullopt;
    }
    return body;
}

// Checks a pushed change beyond its form: a known kind and field, a value of the field's
// type, a stamp not too far ahead. Returns "" or what is wrong.
std::string checkChange(const sync::Change &c, std::int64_t maxFutureMillis)
{
    const model::KindSpec *kind = model::findKind(c.kind);
    if (!kind)
        return "kind: \"" + c.kind + "\" is not a kind of record";
    if (c.stamp.millis > nowMillis() + maxFutureMillis)
        return "hlc: more than 5 minutes in the future";
    if (c.field == model::kDeletedField) {
        if (!c.value.is_boolean())
            return "value: must be true or false";
        return {};
    }
    if (c.field == model::kSignatureField) {
        if (!kind->signable)
            return "field: a " + kind->name + " cannot be signed";
        if (!c.value.is_object() || !c.value.contains("signed_at") ||
            !c.value["signed_at"].is_string() || !c.value.contains("content") ||
            !c.value["content"].is_object())
            return "value: a signature needs signed_at and content";
        for (const auto &f : kind->fields)
            if (model::isSignatureField(f.name) && c.value.contains(f.name))
                if (auto e = model::validateValue(f, c.value[f.name]))
                    return "value: " + e->message;
        return {};
    }
    const model::FieldSpec *f = kind->field(c.field);
    if (!f)
        return "field: \"" + c.field + "\" is not a field of " + kind->name;
    model::FieldSpec optional = *f;
    optional.required = false; // a required field may still be cleared by a conflict merge
    if (auto e = model::validateValue(optional, c.value))
        return "value: " + e->message;
    return {};
}

// A query parameter that must be a whole number >= 0. Returns "" or what is wrong.
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

Json blobStateJson(const Storage::BlobState &state)
{
    return Json{{"size", state.size}, {"received", state.received}, {"complete", state.complete}};
}

// The file address in the path; false (and a 400) unless it is a SHA-256 in lower-case hex.
bool blobAddress(const httplib::Request &req, httplib::Response &res, std::string &sha)
{
    sha = req.matches[1];
    if (sync::isSha256Hex(sha))
        return true;
    error(res, 400, "sha256: must be 64 lower-case hex digits");
    return false;
}

constexpr const char *kNoSuchFile = "sha256: no attachment you may read refers to this file";

} // namespace

HttpApi::HttpApi(Storage &storage, HttpOptions options)
    : m_storage(storage)
    , m_options(options)
    , m_server(std::make_unique<httplib::Server>())
{
    auto &svr = *m_server;
    svr.set_payload_max_length(m_options.maxBodyBytes);
    svr.set_tcp_nodelay(true); // small JSON replies must not wait for delayed ACKs
    svr.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.body.empty()) {
            const std::string why = res.status == 413   ? "body: larger than the server accepts"
                                    : res.status == 404 ? "path: no such endpoint"
                                                        : "request: refused (HTTP status " +
                                                              std::to_string(res.status) + ")";
            res.set_content(Json{{"error", why}}.dump(), "application/json");
        }
    });

    auto authenticated = [this](const httplib::Request &req,
                                httplib::Response &res) -> std::optional<User> {
        const std::string auth = req.get_header_value("Authorization");
        if (auth.rfind("Bearer ", 0) != 0) {
            error(res, 401, "authorization: missing bearer token");
            return std::nullopt;
        }
        auto user = m_storage.userForToken(auth.substr(7));
        if (!user)
            error(res, 401, "authorization: the token is unknown, expired or revoked");
        return user;
    };

    svr.Post("/v1/login", [this](const httplib::Request &req, httplib::Response &res) {
        auto body = parseBody(req, res);
        if (!body)
            return;
        if (!(*body)["user"].is_string() || !(*body)["password"].is_string())
            return error(res, 400, "user, password: must be strings");
        const auto login =
            m_storage.login((*body)["user"], (*body)["password"], m_options.tokenTtlSeconds);
        if (login.delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(login.delayMs));
        if (login.token.empty())
            return error(res, 401, "login: wrong user name or password");
        reply(res, 200,
              Json{{"token", login.token}, {"expires_at", login.expiresAt}, {"role", login.role}});
    });

    svr.Post("/v1/logout",
             [this, authenticated](const httplib::Request &req, httplib::Response &res) {
                 if (!authenticated(req, res))
                     return;
                 m_storage.logout(req.get_header_value("Authorization").substr(7));
                 reply(res, 200, Json::object());
             });

    svr.Post("/v1/push",
             [this, authenticated](const httplib::Request &req, httplib::Response &res) {
                 auto user = authenticated(req, res);
                 if (!user)
                     return;
                 auto body = parseBody(req, res);
                 if (!body)
                     return;
                 auto it = body->find("changes");
                 if (it == body->end())
                     return error(res, 400, "changes: missing");
                 if (!it->is_array())
                     return error(res, 400, "changes: must be an array");
                 std::vector<sync::Change> changes;
                 changes.reserve(it->size());
                 for (std::size_t i = 0; i < it->size(); ++i) {
                     std::string why;
                     auto c = sync::changeFromJson((*it)[i], &why);
                     if (c)
                         why = checkChange(*c, m_options.maxFutureMillis);
                     if (!why.empty())
                         return error(res, 400, "changes[" + std::to_string(i) + "]." + why);
                     changes.push_back(std::move(*c));
                 }
                 Json results = Json::array();
                 for (const auto &r : m_storage.push(*user, changes)) {
                     // In the order of the request; the op ids are not repeated.
                     Json j = {{"status", r.status}};
                     if (!r.reason.empty())
                         j["reason"] = r.reason;
                     results.push_back(std::move(j));
                 }
                 reply(res, 200, Json{{"results", std::move(results)}});
             });

    svr.Get("/v1/pull", [this, authenticated](const httplib::Request &req, httplib::Response &res) {
        auto user = authenticated(req, res);
        if (!user)
            return;
        std::int64_t since = 0;
        int limit = m_options.pullLimit;
        try {
            if (req.has_param("since"))
                since = std::stoll(req.get_param_value("since"));
            if (req.has_param("limit"))
                limit = std::clamp(std::stoi(req.get_param_value("limit")), 1, m_options.pullLimit);
        } catch (const std::exception &) {
            return error(res, 400, "since, limit: must be whole numbers");
        }
        if (since < 0)
            return error(res, 400, "since: must not be negative");
        const auto page = m_storage.pull(*user, since, limit, req.get_param_value("device"));
        Json changes = Json::array();
        for (const auto &[seq, c] : page.changes)
            changes.push_back(c);
        reply(res, 200,
              Json{{"changes", std::move(changes)},
                   {"cursor", page.cursor},
                   {"more", page.more},
                   {"scope", page.scope}});
    });

    // A programme leader's figures (see report.h).
    svr.Get("/v1/report", [this, authenticated](const httplib::Request &req, httplib::Response &res) {
        if (auto user = authenticated(req, res)) {
            const auto answer = answerReport(m_storage, *user, req.get_param_value("year"),
                                             req.get_param_value("from"),
                                             req.get_param_value("as_of"));
            reply(res, answer.status, answer.body);
        }
    });

    // --- attachment files ---------------------------------------------------------------------
    svr.Get(R"(/v1/blobs/([^/]+))",
            [this, authenticated](const httplib::Request &req, httplib::Response &res) {
                auto user = authenticated(req, res);
                std::string sha;
                if (!user || !blobAddress(req, res, sha))
                    return;
                const auto state = m_storage.blobState(*user, sha);
                if (!state)
                    return error(res, 404, kNoSuchFile);
                reply(res, 200, blobStateJson(*state));
            });

    svr.Put(R"(/v1/blobs/([^/]+))", [this, authenticated](const httplib::Request &req,
                                                          httplib::Response &res) {
        auto user = authenticated(req, res);
        std::string sha;
        if (!user || !blobAddress(req, res, sha))
            return;
        std::int64_t offset = 0, size = 0;
        for (const auto &why :
             {countParam(req, "offset", offset, true), countParam(req, "size", size, true)})
            if (!why.empty())
                return error(res, 400, why);
        if (size > m_options.maxBlobBytes)
            return error(res, 413,
                         "size: a file may be at most " + std::to_string(m_options.maxBlobBytes) +
                             " bytes");
        const std::int64_t length = std::int64_t(req.body.size());
        if (length > m_options.maxChunkBytes)
            return error(res, 413,
                         "body: a chunk may be at most " + std::to_string(m_options.maxChunkBytes) +
                             " bytes");
        if (length == 0 && size > 0)
            return error(res, 400, "body: the chunk is empty");
        if (offset > size || length > size - offset)
            return error(res, 400, "offset: the chunk would end beyond size");
        const std::string chunkSha = req.get_header_value("X-Chunk-Sha256");
        if (chunkSha.empty())
            return error(res, 400, "X-Chunk-Sha256: missing");
        if (!sync::isSha256Hex(chunkSha))
            return error(res, 400, "X-Chunk-Sha256: must be 64 lower-case hex digits");
        if (sync::sha256Hex(req.body) != chunkSha)
            return error(res, 400, "X-Chunk-Sha256: does not match the chunk's bytes");

        using Outcome = Storage::ChunkResult::Outcome;
        const auto r = m_storage.putChunk(*user, sha, offset, size, req.body);
        Json body = blobStateJson(r.state);
        switch (r.outcome) {
        case Outcome::Stored:
            return reply(res, 200, body);
        case Outcome::NotFound:
            return error(res, 404, kNoSuchFile);
        case Outcome::WrongOffset:
            body["error"] = r.state.complete
                                ? "offset: the file is complete already"
                                : "offset: expected " + std::to_string(r.state.received) +
                                      ", the bytes received so far";
            return reply(res, 409, body);
        case Outcome::WrongSize:
            body["error"] =
                "size: the upload in progress is of " + std::to_string(r.state.size) + " bytes";
            return reply(res, 409, body);
        case Outcome::BadFile:
            return error(res, 400,
                         "sha256: the file's bytes do not match this SHA-256; the upload was "
                         "discarded");
        }
    });

    svr.Get(R"(/v1/blobs/([^/]+)/content)",
            [this, authenticated](const httplib::Request &req, httplib::Response &res) {
                auto user = authenticated(req, res);
                std::string sha;
                if (!user || !blobAddress(req, res, sha))
                    return;
                std::int64_t offset = 0, length = std::numeric_limits<std::int64_t>::max();
                for (const auto &why : {countParam(req, "offset", offset, false),
                                        countParam(req, "length", length, false)})
                    if (!why.empty())
                        return error(res, 400, why);
                using Outcome = Storage::BlobRead::Outcome;
                auto r = m_storage.readBlob(*user, sha, offset, length);
                if (r.outcome == Outcome::NotFound)
                    return error(res, 404, kNoSuchFile);
                if (r.outcome == Outcome::Incomplete) {
                    Json body = blobStateJson(r.state);
                    body["error"] = "sha256: the file is not uploaded completely yet";
                    return reply(res, 409, body);
                }
                if (offset > r.state.size)
                    return error(res, 400,
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
    if (port == 0)
        return m_server->bind_to_any_port(host);
    return m_server->bind_to_port(host, port) ? port : -1;
}

bool HttpApi::serve()
{
    return m_server->listen_after_bind();
}

void HttpApi::stop()
{
    m_server->stop();
}

} // namespace bro::server
