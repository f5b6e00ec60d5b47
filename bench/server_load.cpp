// Load that many tablets put on one bro-server: N simulated devices (two per adviser), each
// logging in once with its own device id, then syncing in a loop: a push of a small batch (one
// logbook entry, 5 changes) followed by a pull. Closed loop (the next sync at once) and with
// think time (1 s between syncs), for N = 10, 50, 200, 500. Prints requests/s, latency
// percentiles, errors and the server's resident memory. Prints figures; never passes or fails
// on time.
//
//   server_load [--db sqlite|postgres|URL] [--processes N] [--haproxy] [--devices 10,50,200,500]
//               [--seconds 10] [--mode closed|think|both] [--think-ms 1000] [--server PATH]
//               [-- SERVE-OPTION...]
//
// --db sqlite (the default) serves the embedded database in a temporary data directory (under
// $TMPDIR, default /tmp); --db postgres starts a throwaway PostgreSQL there (scripts/pg-cluster;
// BRO_PG_DURABLE=1 for fsync and synchronous commit on) and serves a database in it; any
// other URL (postgresql://...) is handed to `bro-server serve --db URL`. --processes N starts
// N `bro-server serve` processes on that database with HAProxy (round robin, health-checked,
// as scripts/cluster) in front; --haproxy puts HAProxy in front of a single one too. Options
// after "--" go to `bro-server serve` as they are (e.g. -- --workers 64).
// Every device speaks through the real transport (sync::CurlTransport: libcurl, gzip,
// kept-alive connections), without retries, so that every failure counts as an error.
#include <bro/sync/change.h>
#include <bro/sync/engine.h>
#include <bro/sync/hlc.h>
#include <bro/sync/transport.h>
#include <bro/sync/uuid.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <mutex>
#include <spawn.h>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

extern char **environ;

namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

// Stops what the benchmark started (servers, HAProxy, PostgreSQL) when it gives up.
std::function<void()> g_cleanup;

[[noreturn]] void fail(const std::string &why)
{
    std::fprintf(stderr, "server_load: %s\n", why.c_str());
    if (auto cleanup = std::exchange(g_cleanup, nullptr))
        cleanup();
    std::exit(1);
}

// The standard output of a shell command (its exit code in code).
std::string capture(const std::string &command, int &code)
{
    std::string out;
    FILE *pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        fail("cannot run " + command);
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0)
        out.append(buf, n);
    const int status = ::pclose(pipe);
    code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

std::string shellQuoted(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A port nobody listens on now (for HAProxy).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        fail("cannot find a free port");
    const int port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// Runs program with args; returns the exit code. input is written to its standard input.
int runProcess(const std::vector<std::string> &args, const std::string &input = {})
{
    int in[2];
    if (::pipe(in) != 0)
        fail("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_addclose(&actions, in[1]);
    std::vector<char *> argv;
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        fail("cannot start " + args[0]);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    (void)!::write(in[1], input.data(), input.size());
    ::close(in[1]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A bro-server serving in the background; its first line of output names the port.
struct ServerProcess
{
    pid_t pid = 0;
    int port = 0;

    // logPath: where the server's standard error (its request log) goes. readPort: the first
    // line of its output names the port (bro-server serve); else the output goes to logPath.
    void start(const std::vector<std::string> &args, const std::string &logPath = "/dev/null",
               bool readPort = true)
    {
        int out[2];
        if (::pipe(out) != 0)
            fail("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        if (readPort)
            posix_spawn_file_actions_adddup2(&actions, out[1], 1);
        else
            posix_spawn_file_actions_addopen(&actions, 1, logPath.c_str(),
                                             O_WRONLY | O_CREAT | O_APPEND, 0600);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        posix_spawn_file_actions_addopen(&actions, 2, logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                         0600); // the request log
        std::vector<char *> argv;
        for (const auto &a : args)
            argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
            fail("cannot start " + args[0]);
        posix_spawn_file_actions_destroy(&actions);
        ::close(out[1]);
        if (!readPort) {
            ::close(out[0]);
            return;
        }
        std::string line;
        char c = 0;
        while (::read(out[0], &c, 1) == 1 && c != '\n')
            line += c;
        // The pipe stays open (and unread): the server prints nothing more on stdout.
        const auto colon = line.rfind(':');
        port = colon == std::string::npos ? 0 : std::atoi(line.c_str() + colon + 1);
        if (port <= 0)
            fail("the server did not start: \"" + line + "\"");
    }
    void stop()
    {
        if (pid > 0) {
            ::kill(pid, SIGTERM);
            int status = 0;
            ::waitpid(pid, &status, 0);
            pid = 0;
        }
    }
    // From /proc/PID/status: "VmRSS" (now) or "VmHWM" (the peak), in KiB.
    long memoryKiB(const char *key) const
    {
        std::ifstream status("/proc/" + std::to_string(pid) + "/status");
        std::string line;
        while (std::getline(status, line))
            if (line.rfind(key, 0) == 0)
                return std::atol(line.c_str() + std::strlen(key) + 1);
        return -1;
    }
};

// The failed requests of a run by status (0: no reply), with the first reason of each.
struct ErrorTally
{
    std::mutex mutex;
    std::map<int, std::pair<int, std::string>> byStatus;
};
ErrorTally g_errors;

void noteError(int status, const std::string &reason)
{
    std::lock_guard lock(g_errors.mutex);
    auto &[count, first] = g_errors.byStatus[status];
    if (count++ == 0)
        first = reason.substr(0, 160);
}

// Prints and forgets the run's failed requests.
void printErrors()
{
    std::lock_guard lock(g_errors.mutex);
    for (const auto &[status, tally] : g_errors.byStatus)
        std::printf("  errors with status %d: %d (first: %s)\n", status, tally.first,
                    tally.second.c_str());
    g_errors.byStatus.clear();
}

struct Device
{
    std::string user;
    std::string id = bro::sync::Uuid::randomV4().toString();
    bro::sync::HybridClock clock{id};
    std::unique_ptr<bro::sync::CurlTransport> transport;
    std::string token;
    std::string bookId;
    std::int64_t cursor = 0;

    bro::sync::Change change(const std::string &kind, const std::string &record,
                             const std::string &field, Json value)
    {
        bro::sync::Change c;
        c.opId = bro::sync::newRecordId();
        c.kind = kind;
        c.recordId = record;
        c.field = field;
        c.value = std::move(value);
        c.stamp = clock.now();
        c.deviceId = id;
        return c;
    }
    static std::string body(const std::vector<bro::sync::Change> &changes)
    {
        Json list = Json::array();
        for (const auto &c : changes)
            list.push_back(c);
        return Json{{"changes", std::move(list)}}.dump();
    }
    // One sync: a push of one new logbook entry (5 changes) and a pull. Records each
    // request's milliseconds; returns the number of failed requests.
    int sync(std::vector<float> &latencies, int entry)
    {
        auto failed = [](const bro::sync::HttpResponse &r) {
            noteError(r.status, r.status == 0 ? r.error : r.body);
        };
        int errors = 0;
        const std::string record = bro::sync::newRecordId();
        const std::string push = body(
            {change("logbook_entry", record, "training_book_id", bookId),
             change("logbook_entry", record, "entry_date", "2026-11-20"),
             change("logbook_entry", record, "hours", 7.5),
             change("logbook_entry", record, "tasks",
                    "Trakk kabler og monterte stikkontakter, dag " + std::to_string(entry) + "."),
             change("logbook_entry", record, "goals_practised", "Elektriske installasjoner")});
        auto t0 = Clock::now();
        const auto pushed = transport->request("POST", "/v1/push", push, token);
        latencies.push_back(std::chrono::duration<float, std::milli>(Clock::now() - t0).count());
        if (pushed.status != 200 || pushed.body.find("\"applied\"") == std::string::npos) {
            ++errors;
            failed(pushed);
        }
        t0 = Clock::now();
        const auto pulled =
            transport->request("GET", "/v1/pull?since=" + std::to_string(cursor), {}, token);
        latencies.push_back(std::chrono::duration<float, std::milli>(Clock::now() - t0).count());
        if (pulled.status != 200) {
            ++errors;
            failed(pulled);
        } else {
            const Json j = Json::parse(pulled.body, nullptr, false);
            if (j.is_object() && j.contains("cursor") && j["cursor"].is_number_integer())
                cursor = j["cursor"].get<std::int64_t>();
            else
                ++errors;
        }
        return errors;
    }
};

// The first lines of the server's log that are not a request's line (the reasons of 500s).
void printServerErrors(const std::string &logPath)
{
    std::ifstream in(logPath);
    std::string line;
    int shown = 0;
    while (std::getline(in, line) && shown < 5)
        if (line.find("\"error\"") != std::string::npos || line.rfind("bro-server:", 0) == 0) {
            std::fprintf(stderr, "server_load: server log: %s\n", line.substr(0, 400).c_str());
            ++shown;
        }
}

std::vector<int> parseList(const std::string &text)
{
    std::vector<int> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (std::atoi(item.c_str()) > 0)
            out.push_back(std::atoi(item.c_str()));
    return out;
}

double percentile(std::vector<float> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::max(0.0, p / 100.0 * double(sorted.size()) - 1e-9));
    return sorted[std::min(rank, sorted.size() - 1)];
}

std::string ms(double v)
{
    char buf[32];
    if (v >= 1000)
        std::snprintf(buf, sizeof buf, "%.2f s", v / 1000);
    else if (v >= 10)
        std::snprintf(buf, sizeof buf, "%.0f ms", v);
    else
        std::snprintf(buf, sizeof buf, "%.1f ms", v);
    return buf;
}

} // namespace

int main(int argc, char **argv)
{
    std::string db = "sqlite", server = BRO_SERVER, mode = "both";
    std::vector<int> counts = {10, 50, 200, 500};
    int seconds = 10, thinkMs = 1000, processes = 1;
    bool haproxy = false;
    std::vector<std::string> serveExtra;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                fail(a + ": needs a value");
            return argv[++i];
        };
        if (a == "--db")
            db = next();
        else if (a == "--devices")
            counts = parseList(next());
        else if (a == "--seconds")
            seconds = std::max(1, std::atoi(next().c_str()));
        else if (a == "--mode")
            mode = next();
        else if (a == "--think-ms")
            thinkMs = std::max(0, std::atoi(next().c_str()));
        else if (a == "--server")
            server = next();
        else if (a == "--processes")
            processes = std::max(1, std::atoi(next().c_str()));
        else if (a == "--haproxy")
            haproxy = true;
        else if (a == "--") {
            serveExtra.assign(argv + i + 1, argv + argc);
            break;
        } else
            fail("unknown option " + a +
                 " (--db sqlite|postgres|URL, --processes N, --haproxy, --devices N,N, --seconds S, "
                 "--mode closed|think|both, --think-ms MS, --server PATH, -- SERVE-OPTION...)");
    }
    if (counts.empty() || (mode != "closed" && mode != "think" && mode != "both"))
        fail("--devices needs numbers above 0; --mode is closed, think or both");
    if (processes > 1 && db == "sqlite")
        fail("--processes: several processes share PostgreSQL only (--db postgres or a URL)");
    haproxy = haproxy || processes > 1;
    const int most = *std::max_element(counts.begin(), counts.end());
    const int advisers = (most + 1) / 2;

    // The data directory under $TMPDIR (default /tmp): TMPDIR=/dev/shm shows what fsync costs.
    const char *tmp = std::getenv("TMPDIR");
    std::string dirTemplate = std::string(tmp && *tmp ? tmp : "/tmp") + "/server_load.XXXXXX";
    if (!::mkdtemp(dirTemplate.data()))
        fail("cannot make a temporary directory");
    const std::string dir = dirTemplate;
    std::vector<ServerProcess> procs(static_cast<std::size_t>(processes));
    ServerProcess balancer;
    std::string pgDir;
    auto cleanup = [&] {
        balancer.stop();
        for (auto &p : procs)
            p.stop();
        if (!pgDir.empty()) {
            int code = 0;
            const std::string out = capture(
                "bash " + shellQuoted(BRO_PG_CLUSTER) + " stop " + shellQuoted(pgDir) + " 2>&1", code);
            if (code != 0)
                std::fprintf(stderr, "server_load: stopping PostgreSQL: %s\n", out.c_str());
        }
        std::error_code ec;
        fs::remove_all(dir, ec);
    };
    g_cleanup = cleanup;
    std::string dbLabel = db;
    if (db == "postgres") {
        // A throwaway cluster (scripts/pg-cluster), its server running as its own user: the
        // directory must be passable for it.
        ::chmod(dir.c_str(), 0711);
        pgDir = dir + "/pg";
        int code = 0;
        const std::string baseUrl =
            capture("bash " + shellQuoted(BRO_PG_CLUSTER) + " start " + shellQuoted(pgDir), code);
        if (code != 0 || baseUrl.empty())
            fail("PostgreSQL did not start (scripts/pg-cluster start " + pgDir + ")");
        (void)capture("psql -X -q " + shellQuoted(baseUrl) + " -c 'CREATE DATABASE bro' 2>&1", code);
        if (code != 0)
            fail("cannot create the database bro in " + baseUrl);
        db = baseUrl;
        db.replace(db.find("/postgres?"), 10, "/bro?");
        const char *durable = std::getenv("BRO_PG_DURABLE");
        dbLabel = std::string("PostgreSQL 15 (") +
                  (durable && std::string(durable) == "1" ? "fsync on" : "fsync off") + ")";
    }

    // Two devices per adviser; the accounts are made with the server's own command, two at a
    // time (each hashes a password).
    const auto setup0 = Clock::now();
    std::vector<std::string> base = {server, "--data", dir};
    if (db != "sqlite")
        base.insert(base.end(), {"--db", db});
    {
        std::atomic<int> next{0}, failed{0};
        auto add = [&] {
            for (int a = next++; a < advisers; a = next++) {
                auto args = base;
                args.insert(args.end(), {"user", "add", "--name", "adviser" + std::to_string(a),
                                         "--role", "adviser"});
                if (runProcess(args, "bench-passord\n") != 0)
                    ++failed;
            }
        };
        // The first account alone: it creates the database.
        std::thread first(add);
        while (next.load() == 0)
            std::this_thread::yield();
        first.join();
        std::thread t1(add), t2(add);
        t1.join();
        t2.join();
        if (failed)
            fail(std::to_string(failed.load()) + " accounts could not be made");
    }

    auto serveArgs = base;
    serveArgs.insert(serveArgs.end(), {"serve", "--listen", "127.0.0.1:0"});
    if (haproxy) // as deployed: the login throttle counts the client HAProxy names
        serveArgs.insert(serveArgs.end(), {"--trusted-proxy", "127.0.0.1"});
    serveArgs.insert(serveArgs.end(), serveExtra.begin(), serveExtra.end());
    const std::string serverLog = dir + "/server.log"; // every process's lines
    for (auto &p : procs)
        p.start(serveArgs, serverLog);
    std::string url = "http://127.0.0.1:" + std::to_string(procs[0].port);
    if (haproxy) {
        // As scripts/cluster: round robin, health-checked.
        const int port = freePort();
        {
            std::ofstream cfg(dir + "/haproxy.cfg");
            cfg << "global\n  maxconn 4000\ndefaults\n  mode http\n  timeout connect 2s\n"
                   "  timeout client 60s\n  timeout server 60s\n  retries 3\n"
                   "  option redispatch 1\nfrontend bro\n  bind 127.0.0.1:"
                << port << "\n  option forwardfor\n  default_backend servers\nbackend servers\n  balance roundrobin\n"
                           "  option httpchk GET /v1/health\n"
                           // A saturated server answers its health check late, not never: with
                           // the check timeout at its interval (500 ms) HAProxy took the only
                           // server out under load and answered 503s.
                           "  timeout check 5s\n";
            for (std::size_t i = 0; i < procs.size(); ++i)
                cfg << "  server s" << i + 1 << " 127.0.0.1:" << procs[i].port
                    << " check inter 500ms fall 2 rise 2\n";
        }
        balancer.start({"haproxy", "-db", "-f", dir + "/haproxy.cfg"}, dir + "/haproxy.log", false);
        url = "http://127.0.0.1:" + std::to_string(port);
        bro::sync::CurlTransport probe(bro::sync::CurlOptions{.baseUrl = url, .retries = 0});
        int healthy = 0;
        for (int i = 0; i < 200 && healthy < 2 * processes; ++i) {
            healthy = probe.request("GET", "/v1/health", {}, {}).status == 200 ? healthy + 1 : 0;
            if (healthy == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (healthy < 2 * processes)
            fail("HAProxy does not answer on " + url + " (see " + dir + "/haproxy.log)");
    }
    // The resident memory of every bro-server process, in KiB.
    auto memoryKiB = [&](const char *key) {
        long sum = 0;
        for (const auto &p : procs)
            sum += p.memoryKiB(key);
        return sum;
    };

    // Every device logs in once (the server checks two passwords at a time and answers 429
    // beyond that: wait and try again) and makes its participant and training book.
    std::vector<std::unique_ptr<Device>> devices;
    for (int d = 0; d < most; ++d) {
        auto dev = std::make_unique<Device>();
        dev->user = "adviser" + std::to_string(d / 2);
        dev->transport = std::make_unique<bro::sync::CurlTransport>(
            bro::sync::CurlOptions{.baseUrl = url, .retries = 0});
        devices.push_back(std::move(dev));
    }
    {
        std::atomic<int> next{0};
        std::mutex errorMutex;
        std::string firstError;
        auto prepare = [&] {
            for (int d = next++; d < most; d = next++) {
                Device &dev = *devices[std::size_t(d)];
                std::string why;
                const auto giveUp = Clock::now() + std::chrono::seconds(300);
                while (dev.token.empty() && Clock::now() < giveUp) {
                    const auto r =
                        bro::sync::login(*dev.transport, dev.user, "bench-passord", dev.id);
                    if (r.ok)
                        dev.token = r.token;
                    else if (r.failure.kind == bro::sync::SyncError::Kind::Throttled)
                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    else
                        why = r.error, std::this_thread::sleep_for(std::chrono::milliseconds(200));
                }
                const std::string participant = bro::sync::newRecordId();
                dev.bookId = bro::sync::newRecordId();
                const auto r = dev.transport->request(
                    "POST", "/v1/push",
                    Device::body(
                        {dev.change("participant", participant, "name",
                                    "Deltaker " + std::to_string(d)),
                         dev.change("training_book", dev.bookId, "participant_id", participant),
                         dev.change("training_book", dev.bookId, "employer", "Elektro Nord AS")}),
                    dev.token);
                if (dev.token.empty() || r.status != 200 ||
                    r.body.find("\"refused\"") != std::string::npos ||
                    r.body.find("\"rejected\"") != std::string::npos) {
                    std::lock_guard lock(errorMutex);
                    if (firstError.empty())
                        firstError =
                            "device " + std::to_string(d) + ": " +
                            (dev.token.empty() ? "login failed: " + why : r.body + r.error);
                }
            }
        };
        std::vector<std::thread> threads;
        for (int t = 0; t < 3; ++t) // the server checks two passwords at a time
            threads.emplace_back(prepare);
        for (auto &t : threads)
            t.join();
        if (!firstError.empty()) {
            printServerErrors(serverLog);
            fail(firstError);
        }
    }
    std::printf("server_load: %d bro-server process%s on %s%s in %s (%s), %d devices of %d advisers "
                "logged in (setup %.0f s), %d s per run, %u hardware threads\n",
                processes, processes > 1 ? "es" : "", dbLabel.c_str(),
                haproxy ? " behind HAProxy" : "", dir.c_str(), url.c_str(), most, advisers,
                std::chrono::duration<double>(Clock::now() - setup0).count(), seconds,
                std::thread::hardware_concurrency());
    std::printf("| mode | devices | requests/s | p50 | p95 | p99 | max | errors | server RSS |\n"
                "|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);

    std::vector<std::string> modes;
    if (mode != "think")
        modes.push_back("closed");
    if (mode != "closed")
        modes.push_back("think");
    int entry = 0;
    for (const auto &m : modes) {
        for (const int n : counts) {
            const int pause = m == "think" ? thinkMs : 0;
            std::vector<std::vector<float>> latencies{std::size_t(n)};
            std::vector<int> errors(std::size_t(n), 0);
            std::atomic<bool> go{false};
            std::atomic<int> ready{0};
            Clock::time_point deadline;
            std::vector<std::thread> threads;
            for (int d = 0; d < n; ++d) {
                threads.emplace_back([&, d, start = entry] {
                    Device &dev = *devices[std::size_t(d)];
                    auto &lat = latencies[std::size_t(d)];
                    lat.reserve(4096);
                    ++ready;
                    while (!go)
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    // Devices with think time start spread over the pause, as real ones do.
                    if (pause > 0)
                        std::this_thread::sleep_for(std::chrono::milliseconds(pause * d / n));
                    for (int i = start; Clock::now() < deadline; ++i) {
                        errors[std::size_t(d)] += dev.sync(lat, i);
                        if (pause > 0)
                            std::this_thread::sleep_for(std::chrono::milliseconds(pause));
                    }
                });
            }
            while (ready < n)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            const auto t0 = Clock::now();
            deadline = t0 + std::chrono::seconds(seconds);
            go = true;
            for (auto &t : threads)
                t.join();
            const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
            entry += 100000;
            std::vector<float> all;
            int errorCount = 0;
            for (int d = 0; d < n; ++d) {
                all.insert(all.end(), latencies[std::size_t(d)].begin(),
                           latencies[std::size_t(d)].end());
                errorCount += errors[std::size_t(d)];
            }
            std::sort(all.begin(), all.end());
            std::printf("| %s | %d | %.0f | %s | %s | %s | %s | %d | %.0f MiB (peak %.0f) |\n",
                        m == "think" ? "think 1 s" : "closed", n, double(all.size()) / elapsed,
                        ms(percentile(all, 50)).c_str(), ms(percentile(all, 95)).c_str(),
                        ms(percentile(all, 99)).c_str(), ms(all.empty() ? 0 : all.back()).c_str(),
                        errorCount, double(memoryKiB("VmRSS")) / 1024,
                        double(memoryKiB("VmHWM")) / 1024);
            if (errorCount > 0) {
                printErrors();
                printServerErrors(serverLog);
            }
            std::fflush(stdout);
        }
    }
    g_cleanup = nullptr;
    cleanup();
    return 0;
}
