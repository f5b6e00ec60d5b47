// Sync on loopback against a real bro-server: 10,000 logbook entries (about 150 bytes of text
// each) pushed from device A, pulled into a fresh device B, then a sync with nothing to do.
// Prints milliseconds, bytes on the wire both ways and HTTP requests for each step.
#include "benchsupport.h"

#include <bro/sync/engine.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <fstream>
#include <numeric>
#include <sstream>

#include <sys/resource.h>
#include <unistd.h>

using namespace bro;
using namespace bro::bench;
using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

namespace {

// CPU time (user + system) of this process and of the server process, in ms: on a shared
// machine wall time says more about the neighbours than about the work.
double ownCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}
double processCpuMs(qint64 pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), {});
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; fields >> field && i <= 15; ++i)
        if (i == 14 || i == 15) // utime, stime
            ticks += std::stod(field);
    return ticks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

void print(const char *step, double ms, double deviceCpu, double serverCpu,
           const sync::SyncReport &r, const char *target)
{
    std::printf("  %-28s %7.0f ms  %9zu bytes sent  %9zu bytes received  %4d requests  "
                "cpu device %5.0f ms, server %5.0f ms  (%s)%s\n",
                step, ms, r.bytesSent, r.bytesReceived, r.requests, deviceCpu, serverCpu, target,
                r.ok ? "" : ("  FAILED: " + r.error).c_str());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10'000;
    QTemporaryDir serverDir, homeA, homeB;

    QProcess add;
    add.start(QStringLiteral(BRO_SERVER),
              {"--data", serverDir.path(), "user", "add", "--name", "kari", "--role", "adviser"});
    add.write("bench-passord\n");
    add.closeWriteChannel();
    add.waitForFinished();
    QProcess server;
    server.start(QStringLiteral(BRO_SERVER),
                 QStringList{"--data", serverDir.path(), "serve", "--listen", "127.0.0.1:0"} +
                     // BENCH_SYNC_PAGE_SIZE=N: the server's pull pages of N changes
                     (qEnvironmentVariableIsSet("BENCH_SYNC_PAGE_SIZE")
                          ? QStringList{"--page-size", qEnvironmentVariable("BENCH_SYNC_PAGE_SIZE")}
                          : QStringList{}));
    server.waitForReadyRead(5000);
    const QByteArray line = server.readAllStandardOutput();
    const std::string url =
        "http://127.0.0.1:" + line.mid(line.lastIndexOf(':') + 1).trimmed().toStdString();

    auto a = openStore(homeA.path());
    auto b = openStore(homeB.path());
    {
        const std::string text = "Trakk kabler i ny leilighet sammen med mentor, monterte "
                                 "stikkontakter på kjøkkenet og målte isolasjonsmotstand.";
        a->batch([&] {
            const auto p = a->create("participant", {{"name", "Amanuel Tesfay"}});
            const auto book = a->create(
                "training_book", {{"participant_id", p.id}, {"employer", "Elektro Nord AS"}});
            for (int i = 0; i < n; ++i)
                (void)a->create("logbook_entry",
                                {{"training_book_id", book.id},
                                 {"entry_date", "2026-11-20"},
                                 {"hours", 7.5},
                                 {"tasks", text + " Dag " + std::to_string(i) + "."}});
            return true;
        });
    }
    std::printf("bench_sync: %d logbook entries (%d changes) on loopback, gzip both ways\n", n,
                a->outboxSize());

    // Each device logs in as itself (the token is bound to its device id).
    auto token = [&](sync::Transport &t, store::Store &s) {
        const auto login = sync::login(t, "kari", "bench-passord", s.deviceId());
        if (!login.ok) {
            std::fprintf(stderr, "bench_sync: login failed: %s\n", login.error.c_str());
            std::exit(1);
        }
        s.rememberLogin(login, url, "", "kari");
        return login.token;
    };
    sync::CurlTransport ta({.baseUrl = url}), tb({.baseUrl = url});
    sync::SyncEngine ea(*a, ta, token(ta, *a)), eb(*b, tb, token(tb, *b));
    // BENCH_SYNC_PROTOCOL=1: the same with protocol v1 (one JSON object per change).
    if (const char *protocol = std::getenv("BENCH_SYNC_PROTOCOL")) {
        ea.setProtocol(std::atoi(protocol));
        eb.setProtocol(std::atoi(protocol));
    }
    std::printf("  protocol v%d\n", ea.protocol());

    const qint64 serverPid = server.processId();
    auto step = [&](const char *name, sync::SyncEngine &engine, const char *target) {
        const double cpu0 = ownCpuMs(), server0 = processCpuMs(serverPid);
        const auto t0 = Clock::now();
        const auto r = engine.sync();
        print(name, millisSince(t0), ownCpuMs() - cpu0, processCpuMs(serverPid) - server0, r,
              target);
        return r;
    };
    const auto push = step("push from A", ea, "target <= 400 ms, <= 1 MB");
    const auto pull = step("pull into fresh B", eb, "target <= 400 ms, <= 0.5 MB");
    const auto noop = step("sync with nothing to do", eb, "target 1 request, <= 1 KB");
    // One field edited 10,000 times on A (each edit based on the one before, pushed as it is
    // made), then one more change of it against one change of a fresh record.
    if (n >= 10'000 && std::getenv("BENCH_SYNC_NO_EDITS") == nullptr) {
        const auto entry = a->list("logbook_entry", {}).front()["id"].get<std::string>();
        for (int i = 0; i < 10'000; i += 500) {
            a->batch([&] {
                for (int k = i; k < i + 500; ++k)
                    (void)a->update("logbook_entry", entry,
                                    {{"tasks", "Versjon " + std::to_string(k)}});
                return true;
            });
            (void)ea.sync();
        }
        // Pushes only (no pull), 15 of each, alternating: the median and the bytes of one.
        const std::string bookId = a->list("training_book", {}).front()["id"];
        std::vector<double> edited, fresh, editedCpu, freshCpu;
        sync::SyncReport lastEdited, lastFresh;
        for (int k = 0; k < 15; ++k) {
            (void)a->update("logbook_entry", entry, {{"tasks", "Siste versjon " + std::to_string(k)}});
            double server0 = processCpuMs(serverPid);
            auto t0 = Clock::now();
            lastEdited = ea.push();
            edited.push_back(millisSince(t0));
            editedCpu.push_back(processCpuMs(serverPid) - server0);
            const auto created = a->create("logbook_entry", {{"training_book_id", bookId},
                                                             {"entry_date", "2026-11-21"},
                                                             {"hours", 7.5},
                                                             {"tasks", "Ny " + std::to_string(k)}});
            if (!created.ok())
                std::fprintf(stderr, "bench_sync: %s\n", created.error->message.c_str());
            server0 = processCpuMs(serverPid);
            t0 = Clock::now();
            lastFresh = ea.push();
            fresh.push_back(millisSince(t0));
            freshCpu.push_back(processCpuMs(serverPid) - server0);
        }
        std::printf("  %-28s %7.1f ms  %9zu bytes sent  (median of 15; server cpu %.0f ms in all)\n",
                    "push 1 change, 10,000 edits", percentile(edited, 50), lastEdited.bytesSent,
                    std::accumulate(editedCpu.begin(), editedCpu.end(), 0.0));
        std::printf("  %-28s %7.1f ms  %9zu bytes sent  (median of 15; server cpu %.0f ms in all; "
                    "target: the line above within 2x of this)\n",
                    "push 1 fresh record", percentile(fresh, 50), lastFresh.bytesSent,
                    std::accumulate(freshCpu.begin(), freshCpu.end(), 0.0));
    }
    std::printf("  B holds %d entries\n", b->count("logbook_entry"));
    server.terminate();
    server.waitForFinished();
    return push.ok && pull.ok && noop.ok ? 0 : 1;
}
