// Several bro-server processes on one PostgreSQL database (run on PostgreSQL only:
// pg_tst_cluster): a pull cursor that never skips while other processes write, state shared
// through the database (a session made on one process serves on another; a lockout counted on
// all), and a municipality's embedded database moved into PostgreSQL (import-sqlite).
#include "harness.h"

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

class TestCluster : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!onPostgres())
            QSKIP("several processes share a PostgreSQL database only (pg_tst_cluster)");
    }
    void pullsNeverSkipAChangeWhileOtherProcessesWrite();
    void sessionsAndLockoutsAreSharedByTheProcesses();
    void importSqliteMovesAMunicipality();
    void manyDevicesShareAFewDatabaseConnections();
};

// Writers push through two processes, pullers pull page after page through a third, all at
// once. A log numbered by a sequence would let a puller's cursor pass a change that commits
// later with a smaller number; numbered in commit order, every puller sees every change once.
void TestCluster::pullsNeverSkipAChangeWhileOtherProcessesWrite()
{
    Server a;
    a.addUser("kari", "adviser", {}, "Kari Nordmann");
    Server b(Server::SameDatabase{}, a), c(Server::SameDatabase{}, a);
    QVERIFY(a.start() && b.start() && c.start());

    constexpr int kWriters = 4, kPushes = 25, kPullers = 2;
    std::atomic<int> writing{kWriters};
    std::mutex mutex;
    std::set<std::string> pushed; // op ids applied
    std::vector<std::string> failures;
    auto fail = [&](std::string why) {
        std::lock_guard lock(mutex);
        failures.push_back(std::move(why));
    };

    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w)
        threads.emplace_back([&, w] {
            Http http(w % 2 ? b.url() : a.url());
            const std::string token = http.login("kari");
            for (int i = 0; i < kPushes && !token.empty(); ++i) {
                const std::string p = sync::newRecordId(), plan = sync::newRecordId();
                std::vector<json> changes = {
                    http.change("participant", p, "name", "Deltaker " + std::to_string(w * 100 + i)),
                    http.change("participant", p, "phase", "before"),
                    http.change("plan", plan, "participant_id", p),
                    http.change("plan", plan, "goal", "Elektriker"),
                    http.change("participant", p, "phase", "qualification")};
                const json reply = http.push(token, changes);
                if (reply["http"] != 200) {
                    fail("push: " + reply.dump());
                    continue;
                }
                std::lock_guard lock(mutex);
                for (std::size_t k = 0; k < changes.size(); ++k)
                    if (reply["results"][k]["status"] == "applied")
                        pushed.insert(changes[k]["op"].get<std::string>());
                    else
                        failures.push_back("not applied: " + reply["results"][k].dump());
            }
            if (token.empty())
                fail("writer login failed");
            --writing;
        });
    std::vector<std::multiset<std::string>> seen(kPullers);
    for (int p = 0; p < kPullers; ++p)
        threads.emplace_back([&, p] {
            Http http(c.url());
            const std::string token = http.login("kari");
            std::int64_t cursor = 0;
            bool last = false;
            while (!last) {
                last = writing == 0; // one more full pass after the writers are done
                bool more = true;
                while (more) {
                    const auto r = http.get("/v1/pull?since=" + std::to_string(cursor) + "&limit=7", token);
                    if (r.status != 200) {
                        fail("pull: " + std::to_string(r.status));
                        return;
                    }
                    const json page = json::parse(r.body);
                    for (const auto &ch : page["changes"])
                        seen[std::size_t(p)].insert(ch["op"].get<std::string>());
                    cursor = page["cursor"].get<std::int64_t>();
                    more = page["more"].get<bool>();
                }
            }
        });
    for (auto &t : threads)
        t.join();
    for (const auto &f : failures)
        qWarning("%s", f.c_str());
    QVERIFY(failures.empty());
    QCOMPARE(int(pushed.size()), kWriters * kPushes * 5);
    for (const auto &s : seen) {
        QCOMPARE(s.size(), pushed.size()); // none twice
        QVERIFY(std::set<std::string>(s.begin(), s.end()) == pushed); // none skipped
    }
}

void TestCluster::sessionsAndLockoutsAreSharedByTheProcesses()
{
    Server a;
    a.addUser("kari", "adviser");
    Server b(Server::SameDatabase{}, a);
    QVERIFY(a.start() && b.start());
    Http onA(a.url()), onB(b.url());
    const std::string token = onA.login("kari");
    QVERIFY(!token.empty());
    QCOMPARE(onB.get("/v1/pull?since=0", token).status, 200); // made on a, valid on b
    QCOMPARE(onB.post("/v1/logout", "{}", token).status / 100, 2);
    QCOMPARE(onA.get("/v1/pull?since=0", token).status, 401); // ended on b, gone on a
    // Ten wrong passwords, alternating between the processes, lock the name on both.
    for (int i = 0; i < 10; ++i)
        (i % 2 ? onA : onB).login("kari", "gjetter");
    QCOMPARE(onA.login("kari", "passord-kari").status, 429);
    QCOMPARE(onB.login("kari", "passord-kari").status, 429);
}

// A municipality on the embedded database moves to PostgreSQL: every user, session, record,
// log row, file and audit row comes along; sessions stay valid, passwords too, and the log
// numbers go on from where they were.
void TestCluster::importSqliteMovesAMunicipality()
{
    qputenv("BRO_TEST_BACKEND", "sqlite"); // this one server on the embedded database
    Server old;
    qputenv("BRO_TEST_BACKEND", "postgres");
    old.addUser("kari", "adviser", {}, "Kari Nordmann");
    QVERIFY(old.start());
    Device tablet("tablet"), phone("phone");
    tablet.login(old, "kari");
    phone.login(old, "kari");
    const QString p = tablet.add("participant", {"name=Amanuel"});
    tablet.add("plan", {"participant_id=" + p, "goal=Elektriker"});
    QVERIFY(tablet.sync() && phone.sync());
    const std::string session = Http(old.url()).login("kari");
    QVERIFY(!session.empty());
    old.stop();

    Server fresh; // a new PostgreSQL database
    QVERIFY(fresh.admin({"migrate"}).out.contains("schema version 1"));
    Result r = fresh.admin({"import-sqlite", old.dataDir()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("users 1") && r.out.contains("log "), r.out.constData());
    // Only into an empty database.
    r = fresh.admin({"import-sqlite", old.dataDir()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("holds data already"), r.err.constData());
    QVERIFY(fresh.start());

    // The session made on the old server is valid on the new one; the password too.
    Http raw(fresh.url());
    QCOMPARE(raw.get("/v1/pull?since=0", session).status, 200);
    QVERIFY(!json::parse(raw.get("/v1/pull?since=0", session).body)["changes"].empty());
    tablet.login(fresh, "kari");
    phone.login(fresh, "kari");
    phone.set(p, {"phase=qualification"});
    QVERIFY(phone.sync() && tablet.sync());
    QCOMPARE(tablet.dump(), phone.dump());
    QCOMPARE(tablet.json()["participant"][0]["phase"].get<std::string>(), std::string("qualification"));
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"

// Each process opens at most --db-connections connections, however many devices it serves at
// once: three processes of 256 workers each, every worker with a connection of its own, went
// past PostgreSQL's max_connections under 500 devices and answered 500s ("too many clients").
// Here 24 devices sync at once through one process that may open 2: every request succeeds,
// and the database never sees more than 2 connections from it.
void TestCluster::manyDevicesShareAFewDatabaseConnections()
{
    Server server({"--db-connections", "2"});
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    constexpr int kDevices = 24, kSyncs = 15;
    std::atomic<bool> done{false};
    std::atomic<int> most{0}, failed{0}, applied{0};
    const QString count = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1'")
                              .arg(server.postgresDatabase());
    // Each a device of its own, logged in one after the other (the server verifies two
    // passwords at a time).
    std::vector<std::unique_ptr<Http>> https;
    std::vector<std::string> tokens;
    for (int d = 0; d < kDevices; ++d) {
        https.push_back(std::make_unique<Http>(server.url()));
        tokens.push_back(https.back()->login("kari"));
        QVERIFY(!tokens.back().empty());
    }
    std::thread watcher([&] {
        while (!done) {
            const Result r = run(QStringLiteral("psql"), {"-X", "-At", qEnvironmentVariable("BRO_TEST_PG_URL"),
                                                          "-c", count});
            most = std::max(most.load(), r.out.trimmed().toInt());
        }
    });
    std::vector<std::thread> devices;
    for (int d = 0; d < kDevices; ++d)
        devices.emplace_back([&, d] {
            Http &http = *https[std::size_t(d)];
            const std::string &token = tokens[std::size_t(d)];
            for (int i = 0; i < kSyncs; ++i) {
                const std::string p = sync::newRecordId();
                const json reply = http.push(token, {http.change("participant", p, "name", "Deltaker"),
                                                     http.change("participant", p, "phase", "before")});
                if (reply["http"] == 200 && reply["results"][0]["status"] == "applied")
                    ++applied;
                else if (failed++ == 0)
                    qWarning("push: %s", reply.dump().c_str());
                if (http.get("/v1/pull?since=0&limit=50", token).status != 200)
                    ++failed;
            }
        });
    for (auto &t : devices)
        t.join();
    done = true;
    watcher.join();
    QCOMPARE(failed.load(), 0);
    QCOMPARE(applied.load(), kDevices * kSyncs);
    QVERIFY2(most.load() >= 1, "the watcher saw the server's connections");
    QVERIFY2(most.load() <= 2, qPrintable(QStringLiteral("%1 connections open").arg(most.load())));
}
