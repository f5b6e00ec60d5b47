#include "bro/server/http.h"

#include <bro/sync/merge.h>
#include <bro/sync/schema.h>

#include <httplib.h>
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
    const sync::KindSpec *kind = sync::findKind(c.kind);
    if (!kind)
        return "kind: \"" + c.kind + "\" is not a kind of record";
    if (c.stamp.millis > nowMillis() + maxFutureMillis)
        return "hlc: more than 5 minutes in the future";
    if (c.field == sync::kDeletedField) {
        if (!c.value.is_boolean())
            return "value: must be true or false";
        return {};
    }
    if (c.field == sync::kSignatureField) {
        if (!kind->signable)
            return "field: a " + kind->name + " cannot be signed";
        if (!c.value.is_object() || !c.value.contains("signed_at") ||
            !c.value["signed_at"].is_string() || !c.value.contains("content") ||
            !c.value["content"].is_object())
            return "value: a signature needs signed_at and content";
        for (const auto &f : kind->fields)
            if (sync::isSignatureField(f.name) && c.value.contains(f.name))
                if (auto e = sync::validateValue(f, c.value[f.name]))
                    return "value: " + e->message;
        return {};
    }
    const sync::FieldSpec *f = kind->field(c.field);
    if (!f)
        return "field: \"" + c.field + "\" is not a field of " + kind->name;
    sync::FieldSpec optional = *f;
    optional.required = false; // a required field may still be cleared by a conflict merge
    if (auto e = sync::validateValue(optional, c.value))
        return "value: " + e->message;
    return {};
}

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
