// Faults on the way between device and server: a reply lost after the server committed, the
// server killed with SIGKILL in the middle of a push, a device killed in the middle of a pull,
// a reply that is garbage. Nothing is lost, nothing duplicated, and sync recovers by itself.
#include "core/homestore.h"
#include "harness.h"

#include <bro/sync/engine.h>
#include <bro/sync/uuid.h>

#include <QRandomGenerator>
#include <QThread>

#include <set>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

// Passes requests to the real transport and then spoils the reply of chosen ones.
class FaultyTransport : public sync::Transport
{
public:
    explicit FaultyTransport(sync::Transport &real)
        : m_real(real)
    {}
    int dropPushReplies = 0;    // the server gets and commits the push; the reply is lost
    int garbagePullReplies = 0; // the pull's reply arrives as garbage
    int pullsBeforeGarbage = 0; // pull replies that arrive intact before the garbage starts
    int pulls = 0;              // pull requests seen

    sync::HttpResponse request(const std::string &method, const std::string &path,
                               const std::string &body, const std::string &token) override
    {
        sync::HttpResponse r = m_real.request(method, path, body, token);
        if ((path == "/v1/push" || path == "/v2/push") && dropPushReplies > 0) {
            --dropPushReplies;
            return sync::HttpResponse{0, {}, "Connection reset by peer", r.bytesSent, 0, 1};
        }
        const bool pull = path.rfind("/v1/pull", 0) == 0 || path.rfind("/v2/pull", 0) == 0;
        if (pull)
            ++pulls;
        if (pull && pulls > pullsBeforeGarbage && garbagePullReplies > 0) {
            --garbagePullReplies;
            r.body = "<html>502 Bad Gateway</html>";
        }
        return r;
    }

private:
    sync::Transport &m_real;
};

// Speaks v1 and, in the push numbered `spoilPush` (1 = the first), sets the hours of the
// first "hours" change at or after index `from` to 1000: the server refuses that change as
// invalid (400 naming its index) and applies nothing of that request.
class SpoilOneChangeTransport : public sync::Transport
{
public:
    explicit SpoilOneChangeTransport(sync::Transport &real)
        : m_real(real)
    {}
    int spoilPush = 2;
    std::size_t from = 3;
    std::string spoiledOp; // the op id of the change spoiled
    int pushes = 0;
    sync::HttpResponse request(const std::string &method, const std::string &path,
                               const std::string &body, const std::string &token) override
    {
        if (path != "/v1/push" || ++pushes != spoilPush)
            return m_real.request(method, path, body, token);
        json sent = json::parse(body);
        auto &changes = sent["changes"];
        for (std::size_t i = from; i < changes.size(); ++i)
            if (changes[i]["field"] == "hours") {
                changes[i]["value"] = 1000;
                spoiledOp = changes[i]["op"];
                break;
            }
        return m_real.request(method, path, sent.dump(), token);
    }

private:
    sync::Transport &m_real;
};

// A server from before protocol v2: /v2 paths are unknown to it (404, as its router says).
class OldServerTransport : public sync::Transport
{
public:
    explicit OldServerTransport(sync::Transport &real)
        : m_real(real)
    {}
    int refused = 0;
    sync::HttpResponse request(const std::string &method, const std::string &path,
                               const std::string &body, const std::string &token) override
    {
        if (path.rfind("/v2/", 0) == 0) {
            ++refused;
            return sync::HttpResponse{404, R"({"error": "path: no such endpoint"})", {}, 0, 0, 1};
        }
        return m_real.request(method, path, body, token);
    }

private:
    sync::Transport &m_real;
};

// Fills a device's store with a participant, a training book and n logbook entries.
std::set<std::string> fill(const QString &home, int n)
{
    auto store = openHomeStore(home).store;
    std::set<std::string> ids;
    store->batch([&] {
        const auto p = store->create("participant", {{"name", "Farid Ahmadi"}});
        const auto b = store->create("training_book",
                                     {{"participant_id", p.id}, {"employer", "Hotell Nordlys"}});
        for (int i = 0; i < n; ++i) {
            const auto e = store->create(
                "logbook_entry",
                {{"training_book_id", b.id},
                 {"entry_date", "2026-11-20"},
                 {"hours", 7.5},
                 {"tasks", "Forberedte frokost og vasket kjøkken, dag " + std::to_string(i)}});
            ids.insert(e.id);
        }
        return true;
    });
    return ids;
}

// A server with the adviser kari, and two of her devices logged in.
struct TwoDevices
{
    Server server;
    Device a{QStringLiteral("a")};
    Device b{QStringLiteral("b")};

    explicit TwoDevices(QStringList serveOptions = {})
        : server(std::move(serveOptions))
    {}
    bool start()
    {
        server.addUser("kari", "adviser");
        if (!server.start())
            return false;
        a.login(server, "kari");
        b.login(server, "kari");
        return true;
    }
};

std::multiset<std::string> entryIds(Device &d)
{
    std::multiset<std::string> ids;
    const json dump = d.json();
    for (const auto &e : dump["logbook_entry"])
        ids.insert(e["id"].get<std::string>());
    return ids;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void replyLostAfterCommitGivesNoDuplicate();
    void garbageReplyChangesNothing();
    void serverKilledMidPushAndRestarted();
    void deviceKilledMidPullAndRestarted();
    void oldAndNewProtocolTogether();
    void invalidChangeInsideOneOfManyBatches();
    void garbageOnALaterPageKeepsTheEarlierOnes();
    void aTestThatAbortsLeavesNoServerRunning();
};

// A process is gone when it no longer exists or is a zombie waiting to be reaped.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const int paren = text.lastIndexOf(')');
    return paren < 0 || text.mid(paren + 2, 1) == "Z";
}

// The harness's processes end with the test process, even when it aborts (its destructors,
// which stop them, never run then). Run as a child of itself: the child starts a server,
// says its pid, and aborts.
void TestFaults::aTestThatAbortsLeavesNoServerRunning()
{
    if (qEnvironmentVariableIsSet("BRO_TEST_ABORT_WITH_A_SERVER")) {
        auto *server = new Server; // never destroyed: the process aborts
        QVERIFY(server->start());
        std::printf("server pid %lld\n", static_cast<long long>(server->pid()));
        std::fflush(stdout);
        std::abort();
    }
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BRO_TEST_ABORT_WITH_A_SERVER"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("aTestThatAbortsLeavesNoServerRunning")});
    QVERIFY(child.waitForFinished(60'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QByteArray out = child.readAllStandardOutput();
    const int at = out.indexOf("server pid ");
    QVERIFY2(at >= 0, out.constData());
    const qint64 pid = out.mid(at + 11, out.indexOf('\n', at) - at - 11).toLongLong();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10'000);
}

void TestFaults::replyLostAfterCommitGivesNoDuplicate()
{
    TwoDevices devices;
    QVERIFY(devices.start());
    auto &[server, a, b] = devices;
    const auto added = fill(a.home(), 50);

    auto store = openHomeStore(a.home()).store;
    sync::CurlTransport real({.baseUrl = server.url().toStdString(), .retries = 0});
    FaultyTransport faulty(real);
    faulty.dropPushReplies = 1;
    sync::SyncEngine engine(*store, faulty, store->meta("token"), 20);
    const int pending = store->outboxSize();
    const auto first = engine.sync();
    QVERIFY(!first.ok);
    QVERIFY(first.error.find("could not be reached") != std::string::npos);
    QCOMPARE(int(first.failure.kind), int(sync::SyncError::Kind::Unreachable));
    QVERIFY(!first.failure.permanent); // worth retrying
    QCOMPARE(store->outboxSize(), pending); // nothing left the outbox
    const auto second = engine.sync();      // the retry sends the same ops again
    QVERIFY2(second.ok, second.error.c_str());
    QCOMPARE(store->outboxSize(), 0);
    store.reset();

    QVERIFY(b.sync());
    const auto ids = entryIds(b);
    QCOMPARE(ids.size(), added.size());
    for (const auto &id : added)
        QCOMPARE(ids.count(id), std::size_t(1));
    QCOMPARE(b.dump(), (a.sync(), a.dump()));
}

void TestFaults::garbageReplyChangesNothing()
{
    TwoDevices devices;
    QVERIFY(devices.start());
    auto &[server, a, b] = devices;
    fill(a.home(), 10);
    QVERIFY(a.sync());

    auto store = openHomeStore(b.home()).store;
    const std::string before = store->dump().dump();
    sync::CurlTransport real({.baseUrl = server.url().toStdString(), .retries = 0});
    FaultyTransport faulty(real);
    faulty.garbagePullReplies = 1;
    sync::SyncEngine engine(*store, faulty, store->meta("token"));
    const auto bad = engine.sync();
    QVERIFY(!bad.ok);
    QCOMPARE(bad.error, std::string("the server sent a reply that could not be read"));
    QCOMPARE(int(bad.failure.kind), int(sync::SyncError::Kind::BadReply));
    QCOMPARE(store->dump().dump(), before); // nothing applied
    QCOMPARE(store->cursor(), 0);           // the cursor did not move
    const auto good = engine.sync();
    QVERIFY2(good.ok, good.error.c_str());
    QCOMPARE(int(good.failure.kind), int(sync::SyncError::Kind::None));
    store.reset();
    QCOMPARE(b.dump(), a.dump());
}

// An app from before protocol v2 (one JSON object per change, its op ids random) and a
// current one share a server: the server takes both, a change sent in v1 whose reply was lost
// and sent again in v2 is the same op (no duplicate), and a current app that meets a server
// from before v2 speaks v1 to it.
void TestFaults::oldAndNewProtocolTogether()
{
    TwoDevices devices;
    QVERIFY(devices.start());
    auto &[server, a, b] = devices;
    const auto added = fill(a.home(), 30);
    {
        auto store = openHomeStore(a.home()).store;
        // Op ids as the old app made them: random, not derived from the stamp.
        auto ops = store->database().prepare("SELECT seq FROM outbox");
        std::vector<std::int64_t> seqs;
        while (ops.step())
            seqs.push_back(ops.int64(0));
        for (auto seq : seqs) {
            auto set = store->database().prepare("UPDATE outbox SET op_id = ? WHERE seq = ?");
            set.bind(1, sync::newRecordId()).bind(2, seq).run();
        }
        sync::CurlTransport real({.baseUrl = server.url().toStdString(), .retries = 0});
        FaultyTransport faulty(real);
        faulty.dropPushReplies = 1;
        sync::SyncEngine old(*store, faulty, store->meta("token"), 10);
        old.setProtocol(1);
        QVERIFY(!old.push().ok); // the first batch is committed, its reply lost
        sync::SyncEngine current(*store, real, store->meta("token"), 10);
        const auto again = current.sync(); // the same ops again, in v2
        QVERIFY2(again.ok, again.error.c_str());
        QCOMPARE(current.protocol(), 2);
        QCOMPARE(store->outboxSize(), 0);
    }
    QVERIFY(b.sync()); // bro-cli: v2
    const auto ids = entryIds(b);
    QCOMPARE(ids.size(), added.size());
    for (const auto &id : added)
        QCOMPARE(ids.count(id), std::size_t(1));

    // The current app edits; the old one pulls in v1 and pushes an edit in v1.
    QVERIFY(b.set(QString::fromStdString(*added.begin()), {"tasks=Endret på B"}));
    QVERIFY(b.sync());
    {
        auto store = openHomeStore(a.home()).store;
        (void)store->update("logbook_entry", *added.rbegin(), {{"hours", 6.0}});
        sync::CurlTransport real({.baseUrl = server.url().toStdString(), .retries = 0});
        sync::SyncEngine old(*store, real, store->meta("token"));
        old.setProtocol(1);
        const auto r = old.sync();
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.pushed, 1);
        QVERIFY(r.pulled >= 1);

        // A server from before v2: the current engine falls back to v1 and says so.
        (void)store->update("logbook_entry", *added.rbegin(), {{"hours", 5.5}});
        OldServerTransport oldServer(real);
        sync::SyncEngine current(*store, oldServer, store->meta("token"));
        const auto back = current.sync();
        QVERIFY2(back.ok, back.error.c_str());
        QCOMPARE(back.pushed, 1);
        QCOMPARE(current.protocol(), 1);
        QCOMPARE(oldServer.refused, 1);
    }
    QVERIFY(b.sync());
    QCOMPARE(b.dump(), (a.sync(), a.dump()));
}

void TestFaults::serverKilledMidPushAndRestarted()
{
    TwoDevices devices;
    QVERIFY(devices.start());
    auto &[server, a, b] = devices;
    const auto added = fill(a.home(), 3000);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);

    // a pushes in batches through bro-cli; the server dies at a random moment.
    QProcess push;
    push.start(QStringLiteral(BRO_CLI), {"--home", a.home(), "sync"});
    QVERIFY(push.waitForStarted());
    QThread::msleep(50 + QRandomGenerator(seed).bounded(400u));
    server.kill();
    QVERIFY(push.waitForFinished(60'000));

    bro::sync::Database db = server.database();
    auto check = db.prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(QString::fromStdString(check.text(0)), QStringLiteral("ok"));

    QVERIFY(server.start()); // same data, same port
    bool done = false;
    for (int attempt = 0; attempt < 5 && !done; ++attempt)
        done = a.sync();
    QVERIFY(done);
    QVERIFY(b.sync());
    const auto ids = entryIds(b);
    QCOMPARE(ids.size(), added.size());
    for (const auto &id : added)
        QCOMPARE(ids.count(id), std::size_t(1));
}

void TestFaults::deviceKilledMidPullAndRestarted()
{
    TwoDevices devices({"--page-size", "500"});
    QVERIFY(devices.start());
    auto &[server, a, b] = devices;
    const auto added = fill(a.home(), 3000);
    QVERIFY(a.sync());
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);

    QProcess pull;
    pull.start(QStringLiteral(BRO_CLI), {"--home", b.home(), "sync"});
    QVERIFY(pull.waitForStarted());
    QThread::msleep(30 + QRandomGenerator(seed).bounded(300u));
    pull.kill(); // SIGKILL in the middle of the pull
    QVERIFY(pull.waitForFinished());

    {
        auto store = openHomeStore(b.home()).store; // it opens: no damage
        QCOMPARE(QString::fromStdString(store->integrityCheck()), QStringLiteral("ok"));
        // Whatever it had pulled is whole pages: the cursor and the data agree.
        qInfo("killed after %d of 3000 entries (cursor %lld)", store->count("logbook_entry"),
              static_cast<long long>(store->cursor()));
    }
    QVERIFY(b.sync());
    const auto ids = entryIds(b);
    QCOMPARE(ids.size(), added.size());
    QCOMPARE(b.dump(), a.dump());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

// The engine reads and encodes the next batch while the server applies one. When the server
// answers for only the first part of a batch (one change invalid: the ones before it applied,
// it refused), the rest of that batch is sent next, not the batch read ahead.
void TestFaults::invalidChangeInsideOneOfManyBatches()
{
    TwoDevices devices;
    QVERIFY(devices.start());
    auto &[server, a, b] = devices;
    fill(a.home(), 40);

    auto store = openHomeStore(a.home()).store;
    sync::CurlTransport real({.baseUrl = server.url().toStdString(), .retries = 0});
    SpoilOneChangeTransport spoiling(real);
    sync::SyncEngine engine(*store, spoiling, store->meta("token"), 20);
    engine.setProtocol(1);
    const int pending = store->outboxSize();
    QVERIFY(pending > 100);
    const auto pushed = engine.push();
    QVERIFY2(pushed.ok, pushed.error.c_str());
    QVERIFY(!spoiling.spoiledOp.empty());
    QCOMPARE(pushed.rejected, 1);
    QCOMPARE(pushed.pushed, pending - 1);
    QCOMPARE(store->outboxSize(), 0); // one push sent everything
    // The server holds every change but the spoiled one, each once.
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(entryIds(b).size(), std::size_t(40));
    store.reset();
    QCOMPARE(b.dump(), a.dump());
}

// Pages are fetched ahead while the replica merges the one before. A reply that cannot be
// read on the third page: the first two stay merged, the cursor stands after the second, and
// nothing of the pages after it is kept; the next sync goes on from there.
void TestFaults::garbageOnALaterPageKeepsTheEarlierOnes()
{
    TwoDevices devices({QStringLiteral("--page-size"), QStringLiteral("25")});
    QVERIFY(devices.start());
    auto &[server, a, b] = devices;
    fill(a.home(), 40); // about 200 changes: 8 pages or more
    QVERIFY(a.sync());

    auto store = openHomeStore(b.home()).store;
    sync::CurlTransport real({.baseUrl = server.url().toStdString(), .retries = 0});
    FaultyTransport faulty(real);
    faulty.pullsBeforeGarbage = 2;
    faulty.garbagePullReplies = 1;
    sync::SyncEngine engine(*store, faulty, store->meta("token"));
    const auto bad = engine.pull();
    QVERIFY(!bad.ok);
    QCOMPARE(int(bad.failure.kind), int(sync::SyncError::Kind::BadReply));
    QCOMPARE(bad.pulled, 50);        // two pages merged
    QVERIFY(store->cursor() > 0);    // and the cursor moved with them
    const auto cursorAfterTwo = store->cursor();
    const auto good = engine.pull(); // from where it stopped
    QVERIFY2(good.ok, good.error.c_str());
    QVERIFY(store->cursor() > cursorAfterTwo);
    store.reset();
    QCOMPARE(b.dump(), a.dump());
    QCOMPARE(entryIds(b).size(), std::size_t(40));
}
