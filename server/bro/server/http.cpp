#include "bro/server/http.h"

#include <bro/model/validation.h>
#include <bro/sync/blobs.h>
#include <bro/sync/change.h>
#include <bro/sync/merge.h>
#include <bro/sync/sha256.h>
#include <bro/sync/transport.h>
#include <bro/sync/wire.h>

#include <arpa/inet.h>
#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <limits>
#include <thread>
#include <unistd.h>

namespace bro::server {

std::string parseAddress(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty() || text.size() > INET6_ADDRSTRLEN)
        return {};
    const std::string s(text);
    unsigned char bytes[sizeof(in6_addr)];
    char out[INET6_ADDRSTRLEN];
    if (::inet_pton(AF_INET, s.c_str(), bytes) == 1)
        return ::inet_ntop(AF_INET, bytes, out, sizeof out) ? out : "";
    if (::inet_pton(AF_INET6, s.c_str(), bytes) == 1)
        return ::inet_ntop(AF_INET6, bytes, out, sizeof out) ? out : "";
    return {};
}

std::string clientAddress(const std::string &remoteAddress, std::string_view forwardedFor,
                          const std::vector<std::string> &trustedProxies)
{
    const auto trusted = [&](const std::string &a) {
        return std::find(trustedProxies.begin(), trustedProxies.end(), a) != trustedProxies.end();
    };
    if (trustedProxies.empty() || !trusted(parseAddress(remoteAddress)))
        return remoteAddress;
    // From the right: each trusted proxy appended the address it was spoken to from.
    while (!forwardedFor.empty()) {
        const auto comma = forwardedFor.rfind(',');
        const std::string_view entry =
            comma == std::string_view::npos ? forwardedFor : forwardedFor.substr(comma + 1);
        forwardedFor = comma == std::string_view::npos ? std::string_view{}
                                                       : forwardedFor.substr(0, comma);
        const std::string address = parseAddress(entry);
        if (address.empty())
            return remoteAddress;
        if (!trusted(address))
            return address;
    }
    return remoteAddress; // only proxies (or no header): the request is the proxy's own
}

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

// Closes the listening socket whether or not the accept loop runs yet (cpp-httplib's stop()
// does nothing before it does): a SIGTERM right after binding still ends serve().
template <class Base>
class Closable : public Base
{
public:
    using Base::Base;
    void closeListener()
    {
        const socket_t sock = this->svr_sock_.exchange(INVALID_SOCKET);
        if (sock != INVALID_SOCKET) {
            ::shutdown(sock, SHUT_RDWR);
            ::close(sock);
        }
    }
    // The library's backlog is 5: listen again with ours after binding.
    void setBacklog(int backlog)
    {
        if (this->svr_sock_ != INVALID_SOCKET)
            ::listen(this->svr_sock_, backlog);
    }
    std::string answer(std::string_view request, const std::string &remoteAddress)
    {
        MemoryStream stream(request, remoteAddress);
        bool closed = false;
        this->process_request(stream, true, closed, [&](httplib::Request &req) {
            req.remote_addr = remoteAddress;
        });
        return stream.takeOutput();
    }
};

// The worker pool, counting the connections its workers hold.
class CountingPool final : public httplib::TaskQueue
{
public:
    CountingPool(std::size_t workers, std::atomic<int> &open)
        : m_pool(workers)
        , m_open(open)
    {}
    void enqueue(std::function<void()> fn) override
    {
        ++m_open;
        m_pool.enqueue([this, fn = std::move(fn)] {
            fn();
            --m_open;
        });
    }
    void shutdown() override { m_pool.shutdown(); }

private:
    httplib::ThreadPool m_pool;
    std::atomic<int> &m_open;
};

// What a request's handlers leave for its log line and its metrics (a connection is served by
// one thread, one request after the other).
struct RequestContext
{
    std::chrono::steady_clock::time_point start{};
    std::int64_t user = 0;
};
thread_local RequestContext t_request;

// A UTC time stamp with milliseconds: 2026-12-02T13:04:05.123Z
std::string utcNow()
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t secs = system_clock::to_time_t(now);
    const int millis = int(duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000);
    std::tm tm{};
    ::gmtime_r(&secs, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
    return buf;
}

} // namespace

// The API's server, plain or TLS.
class HttpApi::Server
{
public:
    virtual ~Server() = default;
    virtual httplib::Server &http() = 0;
    virtual void closeListener() = 0;
    virtual void setBacklog(int backlog) = 0;
    virtual std::string answer(std::string_view request, const std::string &remoteAddress) = 0;
};

namespace {

template <class Base>
class ServerOn final : public HttpApi::Server, public Closable<Base>
{
public:
    using Closable<Base>::Closable;
    httplib::Server &http() override { return *this; }
    void closeListener() override { Closable<Base>::closeListener(); }
    void setBacklog(int backlog) override { Closable<Base>::setBacklog(backlog); }
    std::string answer(std::string_view request, const std::string &remoteAddress) override
    {
        return Closable<Base>::answer(request, remoteAddress);
    }
};

} // namespace

class HttpApi::MetricsServer final : public Closable<httplib::Server>
{
};

// Log lines go to standard error through one thread: a request never waits for the log (a
// stalled journal or an unread pipe). Beyond kMaxQueued waiting lines, lines are dropped and
// counted.
class HttpApi::Log
{
public:
    explicit Log(Metrics &metrics)
        : m_metrics(metrics)
        , m_thread([this] { run(); })
    {}
    ~Log()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        // A writer blocked on a full pipe is left behind rather than holding up the exit.
        std::unique_lock lock(m_mutex);
        m_drained.wait_for(lock, std::chrono::seconds(1), [this] { return m_done; });
        const bool done = m_done;
        lock.unlock();
        if (done)
            m_thread.join();
        else
            m_thread.detach();
    }
    void line(std::string text)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.size() >= kMaxQueued) {
                ++m_metrics.logLinesDropped;
                return;
            }
            m_queue.push_back(std::move(text));
        }
        m_wake.notify_one();
    }

private:
    static constexpr std::size_t kMaxQueued = 10000;
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty() && m_stop)
                break;
            std::string batch;
            while (!m_queue.empty() && batch.size() < 3500) { // whole lines, one write
                batch += m_queue.front();
                m_queue.pop_front();
            }
            lock.unlock();
            (void)!::write(2, batch.data(), batch.size());
            lock.lock();
        }
        m_done = true;
        m_drained.notify_all();
    }
    Metrics &m_metrics;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_drained;
    std::deque<std::string> m_queue;
    bool m_stop = false, m_done = false;
    std::thread m_thread;
};

HttpApi::HttpApi(Services services, HttpOptions options)
    : m_services(services)
    , m_options(options)
    , m_metrics(std::make_unique<Metrics>())
    , m_log(std::make_unique<Log>(*m_metrics))
{
    if (!m_options.tlsCertFile.empty() || !m_options.tlsKeyFile.empty())
        m_server = std::make_unique<ServerOn<httplib::SSLServer>>(m_options.tlsCertFile.c_str(),
                                                                 m_options.tlsKeyFile.c_str());
    else
        m_server = std::make_unique<ServerOn<httplib::Server>>();
    auto &svr = m_server->http();
    const int workers = std::max(2, m_options.workers);
    m_metrics->workers = workers;
    svr.new_task_queue = [this, workers] {
        return new CountingPool(std::size_t(workers), m_metrics->openConnections);
    };
    // Above this many held connections, replies close their connection (see HttpOptions).
    const int busy = std::max(1, int(workers * m_options.keepAliveBusyShare));
    // Counted and logged as the reply is about to be written (a client that has its reply
    // finds it counted).
    svr.set_post_routing_handler([this, busy](const httplib::Request &req, httplib::Response &res) {
        if (m_metrics->openConnections.load() > busy)
            res.set_header("Connection", "close");
        const auto now = std::chrono::steady_clock::now();
        const auto start = t_request.start == std::chrono::steady_clock::time_point{}
                               ? now
                               : t_request.start;
        const double seconds = std::chrono::duration<double>(now - start).count();
        m_metrics->request(Metrics::routeOf(req.method, req.path), req.method, res.status, seconds);
        if (m_options.logRequests) {
            // The path without its query; the user's number, never a name or an address.
            nlohmann::ordered_json line{{"time", utcNow()},
                      {"method", req.method},
                      {"path", req.path.substr(0, 200)},
                      {"status", res.status},
                      {"ms", std::round(seconds * 1e5) / 100},
                      {"user", t_request.user ? nlohmann::ordered_json(t_request.user)
                                              : nlohmann::ordered_json()}};
            m_log->line(line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");
        }
        t_request = {};
    });
    // The services' work is database work: its time is counted.
    auto timed = [this](auto &&work) -> decltype(auto) {
        struct Timer
        {
            Metrics &metrics;
            std::chrono::steady_clock::time_point t0 = std::chrono::steady_clock::now();
            ~Timer()
            {
                metrics.database(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                                     .count());
            }
        } timer{*m_metrics};
        return work();
    };
    svr.set_payload_max_length(m_options.maxBodyBytes);
    svr.set_read_timeout(m_options.readTimeoutSeconds, 0);
    svr.set_write_timeout(m_options.writeTimeoutSeconds, 0);
    svr.set_keep_alive_timeout(m_options.keepAliveSeconds);
    svr.set_keep_alive_max_count(std::size_t(m_options.keepAliveRequests));
    svr.set_tcp_nodelay(true); // small JSON replies must not wait for delayed ACKs

    svr.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        t_request = {std::chrono::steady_clock::now(), 0};
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
    svr.set_exception_handler([this](const httplib::Request &req, httplib::Response &res,
                                     std::exception_ptr failure) {
        // The reason goes to the server's log, not to whoever asked.
        std::string why = "unknown exception";
        bool unavailable = false;
        try {
            std::rethrow_exception(failure);
        } catch (const Unavailable &e) {
            why = e.what();
            unavailable = true;
        } catch (const std::exception &e) {
            why = e.what();
        } catch (...) {
        }
        nlohmann::ordered_json line{{"time", utcNow()},
                                    {"error", "request failed: " + why.substr(0, 500)},
                                    {"method", req.method},
                                    {"path", req.path.substr(0, 200)}};
        m_log->line(line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");
        if (unavailable) {
            // Nothing was done; the device comes back (its transport retries 503s).
            res.set_header("Retry-After", "1");
            error(req, res, 503, "server: the database is busy, try again");
            return;
        }
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

    auto authenticated = [this, timed](const httplib::Request &req,
                                       httplib::Response &res) -> std::optional<SessionRow> {
        const std::string auth = req.get_header_value("Authorization");
        if (auth.rfind("Bearer ", 0) != 0) {
            error(req, res, 401, "authorization: missing bearer token");
            return std::nullopt;
        }
        auto session = timed([&] { return m_services.auth.authenticate(auth.substr(7)); });
        if (!session)
            error(req, res, 401, "authorization: the token is unknown, expired or revoked");
        else
            t_request.user = session->user.id;
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

    svr.Post("/v1/login", [this, readBody, timed](const httplib::Request &req, httplib::Response &res,
                                           const httplib::ContentReader &reader) {
        auto body = readBody(req, res, reader);
        if (!body)
            return;
        for (const char *key : {"user", "password", "device"})
            if (!body->contains(key) || !(*body)[key].is_string())
                return error(req, res, 400, std::string(key) + ": must be a string");
        const auto r = timed([&] {
            std::string forwarded;
            for (std::size_t i = 0, n = req.get_header_value_count("X-Forwarded-For"); i < n; ++i)
                forwarded += (i ? "," : "") + req.get_header_value("X-Forwarded-For", i);
            return m_services.auth.login(
                {(*body)["user"], (*body)["password"], (*body)["device"],
                 clientAddress(req.remote_addr, forwarded, m_options.trustedProxies)});
        });
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

    svr.Post("/v1/logout", [this, authenticated, readBody, timed](const httplib::Request &req,
                                                           httplib::Response &res,
                                                           const httplib::ContentReader &reader) {
        if (!authenticated(req, res) || !readBody(req, res, reader, true))
            return;
        timed([&] { m_services.auth.logout(req.get_header_value("Authorization").substr(7)); });
        reply(req, res, 200, Json::object());
    });

    svr.Post("/v1/push", [this, authenticated, readBody, timed](const httplib::Request &req,
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
        const auto pushed = timed([&] { return m_services.sync.push(*session, changes); });
        m_metrics->pushed(changes.size());
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
    svr.Post("/v2/push", [this, authenticated, readBytes, timed](const httplib::Request &req,
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
        const auto pushed = timed([&] { return m_services.sync.push(*session, *changes); });
        m_metrics->pushed(changes->size());
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
    auto pull = [this, authenticated, timed](const httplib::Request &req, httplib::Response &res,
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
        const auto page = timed([&] {
            return m_services.sync.pull(*session, since, int(limit),
                                        req.has_param("scope") ? std::optional(scope)
                                                               : std::nullopt);
        });
        m_metrics->pulled(page.changes.size());
        Json out{{"cursor", page.cursor},
                 {"more", page.more},
                 {"scope", page.scope},
                 {"offline_days", m_services.auth.offlineDays()}};
        if (page.wipe)
            out["wipe"] = true;
        if (page.reset) {
            out["reset"] = {{"participants", page.reset->participants}};
            if (page.resetBooks)
                out["reset"]["books"] = page.reset->books;
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

    svr.Post("/v1/records", [this, authenticated, readBody, timed](const httplib::Request &req,
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
        for (const auto &c : timed([&] { return m_services.sync.records(*session, list); }))
            changes.push_back(c);
        reply(req, res, 200, Json{{"changes", std::move(changes)}});
    });

    svr.Get("/v1/audit", [this, authenticated, timed](const httplib::Request &req, httplib::Response &res) {
        auto session = authenticated(req, res);
        if (!session)
            return;
        if (session->user.role != model::Role::Participant)
            return error(req, res, 403, "audit: only a participant reads their own trail here");
        Json entries = Json::array();
        for (const auto &e : timed([&] { return m_services.sync.trail(*session); }))
            entries.push_back(
                {{"at", e.at}, {"action", e.action}, {"role", e.role}, {"name", e.name}, {"kinds", e.kinds}});
        reply(req, res, 200, Json{{"entries", std::move(entries)}});
    });

    svr.Post("/v1/device/wiped", [this, authenticated, readBody, timed](const httplib::Request &req,
                                                                 httplib::Response &res,
                                                                 const httplib::ContentReader &reader) {
        auto session = authenticated(req, res);
        if (!session || !readBody(req, res, reader, true))
            return;
        timed([&] { m_services.auth.confirmWiped(*session); });
        reply(req, res, 200, Json::object());
    });

    // A programme leader's figures (service/report_service.h).
    svr.Get("/v1/report", [this, authenticated, timed](const httplib::Request &req, httplib::Response &res) {
        if (auto session = authenticated(req, res)) {
            const auto answer = timed([&] {
                return m_services.reports.answer(*session, req.get_param_value("year"),
                                                 req.get_param_value("from"),
                                                 req.get_param_value("as_of"));
            });
            reply(req, res, answer.status, answer.body);
        }
    });

    // For the load balancer: 200 while the database answers a read, else 503.
    svr.Get("/v1/health", [this, timed](const httplib::Request &req, httplib::Response &res) {
        const std::string why = timed([&] { return m_services.auth.checkDatabase(); });
        if (why.empty())
            return reply(req, res, 200, Json{{"ok", true}, {"database", "ok"}});
        // The reason goes to the server's log, not to whoever asks.
        m_log->line("bro-server: health: the database does not answer: " + why + "\n");
        res.set_header("Retry-After", "5");
        reply(req, res, 503,
              Json{{"ok", false}, {"error", "database: does not answer (see the server's log)"}});
    });


    // --- attachment files ---------------------------------------------------------------------
    svr.Get(R"(/v1/blobs/([^/]+))",
            [this, authenticated, timed](const httplib::Request &req, httplib::Response &res) {
                auto session = authenticated(req, res);
                std::string sha;
                if (!session || !blobAddress(req, res, sha))
                    return;
                const auto state = timed([&] { return m_services.files.state(*session, sha); });
                if (!state)
                    return error(req, res, 404, kNoSuchFile);
                reply(req, res, 200, stateJson(*state));
            });

    svr.Put(R"(/v1/blobs/([^/]+))", [this, authenticated, timed](const httplib::Request &req,
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
        const auto r =
            timed([&] { return m_services.files.putChunk(*session, sha, offset, size, req.body); });
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
            [this, authenticated, timed](const httplib::Request &req, httplib::Response &res) {
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
                auto r = timed([&] { return m_services.files.read(*session, sha, offset, length); });
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

bool HttpApi::valid() const
{
    return m_server->http().is_valid();
}

int HttpApi::bind(const std::string &host, int port)
{
    auto &svr = m_server->http();
    const int bound = port == 0 ? svr.bind_to_any_port(host)
                                : (svr.bind_to_port(host, port) ? port : -1);
    if (bound > 0)
        m_server->setBacklog(m_options.backlog);
    return bound;
}

int HttpApi::bindMetrics(const std::string &host, int port)
{
    m_metricsServer = std::make_unique<MetricsServer>();
    auto &svr = *m_metricsServer;
    svr.new_task_queue = [] { return new httplib::ThreadPool(2); };
    svr.set_read_timeout(m_options.readTimeoutSeconds, 0);
    svr.set_write_timeout(m_options.writeTimeoutSeconds, 0);
    svr.set_keep_alive_timeout(m_options.keepAliveSeconds);
    svr.Get("/metrics", [this](const httplib::Request &, httplib::Response &res) {
        res.set_content(m_metrics->text(), "text/plain; version=0.0.4; charset=utf-8");
    });
    const int bound = port == 0 ? svr.bind_to_any_port(host)
                                : (svr.bind_to_port(host, port) ? port : -1);
    if (bound < 0)
        m_metricsServer.reset();
    return bound;
}

bool HttpApi::serve()
{
    std::thread metrics;
    if (m_metricsServer)
        metrics = std::thread([this] { m_metricsServer->listen_after_bind(); });
    const bool ok = m_server->http().listen_after_bind();
    if (metrics.joinable()) {
        m_metricsServer->closeListener();
        metrics.join();
    }
    return ok;
}

void HttpApi::stop()
{
    m_server->closeListener();
    if (m_metricsServer)
        m_metricsServer->closeListener();
}

std::string HttpApi::answer(std::string_view request, const std::string &remoteAddress)
{
    return m_server->answer(request, remoteAddress);
}

} // namespace bro::server
