#include "bro/server/metrics.h"

#include <cstdio>

namespace bro::server {

namespace {

constexpr const char *kRouteNames[] = {"login",    "logout",       "push",   "pull",   "records",
                                       "audit",    "device_wiped", "report", "health", "blob_state",
                                       "blob_put", "blob_content", "other"};
static_assert(std::size(kRouteNames) == std::size_t(Metrics::Route::Count));

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

std::string number(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace

Metrics::Route Metrics::routeOf(const std::string &method, const std::string &path)
{
    if (path == "/v1/login")
        return Route::Login;
    if (path == "/v1/logout")
        return Route::Logout;
    if (path == "/v1/push")
        return Route::Push;
    if (path == "/v1/pull")
        return Route::Pull;
    if (path == "/v1/records")
        return Route::Records;
    if (path == "/v1/audit")
        return Route::Audit;
    if (path == "/v1/device/wiped")
        return Route::DeviceWiped;
    if (path == "/v1/report")
        return Route::Report;
    if (path == "/v1/health")
        return Route::Health;
    if (startsWith(path, "/v1/blobs/")) {
        if (path.size() > 8 && path.compare(path.size() - 8, 8, "/content") == 0)
            return Route::BlobContent;
        return method == "PUT" ? Route::BlobPut : Route::BlobState;
    }
    return Route::Other;
}

const char *Metrics::routeName(Route route)
{
    return kRouteNames[std::size_t(route)];
}

void Metrics::request(Route route, const std::string &method, int status, double seconds)
{
    Latency &l = m_latency[std::size_t(route)];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++l.buckets[i]; // cumulative: every bucket at or above the value
    ++l.count;
    l.micros += std::uint64_t(seconds * 1e6);
    // Methods outside the API's are one label, so that a client cannot make new series.
    const bool known = method == "GET" || method == "POST" || method == "PUT" || method == "HEAD";
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, known ? method : "other", status}];
}

void Metrics::database(double seconds)
{
    m_dbMicros += std::uint64_t(seconds * 1e6);
    ++m_dbCalls;
}

void Metrics::pushed(std::size_t changes)
{
    ++m_pushes;
    m_pushedChanges += changes;
}

void Metrics::pulled(std::size_t changes)
{
    ++m_pulls;
    m_pulledChanges += changes;
}

std::string Metrics::text() const
{
    std::string out;
    out += "# HELP bro_http_requests_total Requests answered, by route, method and status.\n"
           "# TYPE bro_http_requests_total counter\n";
    std::map<std::pair<Route, bool>, std::uint64_t> errors; // (route, server error) -> count
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[key, count] : m_requests) {
            const auto &[route, method, status] = key;
            out += "bro_http_requests_total{route=\"" + std::string(routeName(route)) +
                   "\",method=\"" + method + "\",status=\"" + std::to_string(status) + "\"} " +
                   std::to_string(count) + "\n";
            if (status >= 400)
                errors[{route, status >= 500}] += count;
        }
    }
    out += "# HELP bro_http_errors_total Requests answered with a 4xx (client) or 5xx (server) "
           "status.\n# TYPE bro_http_errors_total counter\n";
    for (const auto &[key, count] : errors)
        out += "bro_http_errors_total{route=\"" + std::string(routeName(key.first)) +
               "\",class=\"" + (key.second ? "server" : "client") + "\"} " + std::to_string(count) +
               "\n";
    out += "# HELP bro_http_request_duration_seconds Seconds from a request's headers to its "
           "reply.\n# TYPE bro_http_request_duration_seconds histogram\n";
    for (std::size_t r = 0; r < m_latency.size(); ++r) {
        const Latency &l = m_latency[r];
        const std::uint64_t count = l.count.load();
        if (count == 0)
            continue;
        const std::string route = "route=\"" + std::string(kRouteNames[r]) + "\"";
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out += "bro_http_request_duration_seconds_bucket{" + route + ",le=\"" +
                   number(kBuckets[i]) + "\"} " + std::to_string(l.buckets[i].load()) + "\n";
        out += "bro_http_request_duration_seconds_bucket{" + route + ",le=\"+Inf\"} " +
               std::to_string(count) + "\n";
        out += "bro_http_request_duration_seconds_sum{" + route + "} " +
               number(double(l.micros.load()) / 1e6) + "\n";
        out += "bro_http_request_duration_seconds_count{" + route + "} " + std::to_string(count) +
               "\n";
    }
    auto counter = [&](const char *name, const char *help, std::uint64_t value) {
        out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " counter\n" +
               name + " " + std::to_string(value) + "\n";
    };
    counter("bro_pushes_total", "Pushes answered with results.", m_pushes.load());
    counter("bro_pushed_changes_total", "Changes in those pushes.", m_pushedChanges.load());
    counter("bro_pulls_total", "Pulls answered with a page.", m_pulls.load());
    counter("bro_pulled_changes_total", "Changes sent in those pages.", m_pulledChanges.load());
    out += "# HELP bro_database_seconds_total Seconds spent in the services' database work.\n"
           "# TYPE bro_database_seconds_total counter\nbro_database_seconds_total " +
           number(double(m_dbMicros.load()) / 1e6) + "\n";
    counter("bro_database_calls_total", "Calls into the services' database work.",
            m_dbCalls.load());
    out += "# HELP bro_http_connections_open Connections a worker holds (served or kept alive).\n"
           "# TYPE bro_http_connections_open gauge\nbro_http_connections_open " +
           std::to_string(openConnections.load()) + "\n";
    out += "# HELP bro_http_workers Threads serving connections.\n"
           "# TYPE bro_http_workers gauge\nbro_http_workers " +
           std::to_string(workers.load()) + "\n";
    return out;
}

} // namespace bro::server
