// Sync on loopback against a real bro-server: 10,000 logbook entries (about 150 bytes of text
// each) pushed from device A, pulled into a fresh device B, then a sync with nothing to do.
// Prints milliseconds, bytes on the wire both ways and HTTP requests for each step.
#include "benchsupport.h"

#include <bro/sync/engine.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace bro;
using namespace bro::bench;
using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

namespace {

void print(const char *step, double ms, const sync::SyncReport &r, const char *target)
{
    std::printf("  %-28s %7.0f ms  %9zu bytes sent  %9zu bytes received  %4d requests  (%s)%s\n",
                step, ms, r.bytesSent, r.bytesReceived, r.requests, target,
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
                 {"--data", serverDir.path(), "serve", "--listen", "127.0.0.1:0"});
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

    auto t0 = Clock::now();
    const auto push = ea.sync();
    print("push from A", millisSince(t0), push, "target <= 400 ms, <= 1 MB");
    t0 = Clock::now();
    const auto pull = eb.sync();
    print("pull into fresh B", millisSince(t0), pull, "target <= 400 ms, <= 0.5 MB");
    t0 = Clock::now();
    const auto noop = eb.sync();
    print("sync with nothing to do", millisSince(t0), noop, "target 1 request, <= 1 KB");
    std::printf("  B holds %d entries\n", b->count("logbook_entry"));
    server.terminate();
    server.waitForFinished();
    return push.ok && pull.ok && noop.ok ? 0 : 1;
}
