// What bro-server counts while it serves, in Prometheus' text format (GET /metrics on the
// address of --metrics-listen, apart from the API): requests by route and status, their
// latency in buckets, pushes and pulls with their changes, errors, the time spent in the
// services' database work, and the connections held open against the worker pool.
// Routes are named by their pattern (a file's SHA-256 is never a label); nothing personal is
// counted.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace bro::server {

class Metrics
{
public:
    enum class Route {
        Login,
        Logout,
        Push,
        Pull,
        Records,
        Audit,
        DeviceWiped,
        Report,
        Health,
        BlobState,
        BlobPut,
        BlobContent,
        Other,
        Count
    };
    static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

    [[nodiscard]] static Route routeOf(const std::string &method, const std::string &path);
    [[nodiscard]] static const char *routeName(Route route);

    // One request answered: its route, method, HTTP status and seconds from its headers to
    // its reply.
    void request(Route route, const std::string &method, int status, double seconds);
    void database(double seconds);
    void pushed(std::size_t changes);
    void pulled(std::size_t changes);

    std::atomic<int> openConnections{0}; // connections a worker holds (served or kept alive)
    std::atomic<int> workers{0};

    // The exposition text (text/plain; version=0.0.4).
    [[nodiscard]] std::string text() const;

private:
    struct Latency
    {
        std::array<std::atomic<std::uint64_t>, kBuckets.size()> buckets{};
        std::atomic<std::uint64_t> count{0};
        std::atomic<std::uint64_t> micros{0};
    };
    std::array<Latency, std::size_t(Route::Count)> m_latency;
    mutable std::mutex m_mutex;
    std::map<std::tuple<Route, std::string, int>, std::uint64_t> m_requests; // under m_mutex
    std::atomic<std::uint64_t> m_dbMicros{0}, m_dbCalls{0};
    std::atomic<std::uint64_t> m_pushes{0}, m_pushedChanges{0}, m_pulls{0}, m_pulledChanges{0};
};

} // namespace bro::server
