// Randomized convergence: four devices (real encrypted stores, the real sync engine over
// libcurl) and a real bro-server; a few hundred random operations under a random sync
// schedule. Afterwards every device holds the same data and every entry added anywhere is
// there exactly once. The seed is in the test row's name.
#include "core/homestore.h"
#include "harness.h"

#include <bro/sync/engine.h>

#include <random>
#include <set>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void fourDevicesConverge_data();
    void fourDevicesConverge();
};

void TestConvergence::fourDevicesConverge_data()
{
    QTest::addColumn<int>("seed");
    const int seeds = qEnvironmentVariableIntValue("BRO_CONVERGENCE_SEEDS") > 0
                          ? qEnvironmentVariableIntValue("BRO_CONVERGENCE_SEEDS")
                          : 50;
    for (int seed = 1; seed <= seeds; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestConvergence::fourDevicesConverge()
{
    QFETCH(int, seed);
    std::mt19937 rng(static_cast<unsigned>(seed));
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());

    struct Dev
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Store> store;
        std::unique_ptr<sync::CurlTransport> transport;
        std::unique_ptr<sync::SyncEngine> engine;
    };
    std::vector<std::unique_ptr<Dev>> devices;
    for (int i = 0; i < 4; ++i) {
        auto d = std::make_unique<Dev>();
        d->store = openHomeStore(d->dir.path()).store;
        QVERIFY(d->store);
        d->transport = std::make_unique<sync::CurlTransport>(
            sync::CurlOptions{.baseUrl = server.url().toStdString(), .retries = 0});
        const auto r = d->transport->request(
            "POST", "/v1/login", json{{"user", "kari"}, {"password", "passord-kari"}}.dump(), {});
        QCOMPARE(r.status, 200);
        d->engine = std::make_unique<sync::SyncEngine>(
            *d->store, *d->transport, json::parse(r.body)["token"].get<std::string>(),
            int(rng() % 40) + 5);
        devices.push_back(std::move(d));
    }

    std::set<std::string> addedEntries;
    const char *phases[] = {"before", "qualification", "job_match", "after"};
    const char *goals[] = {"Elektriker", "Kokk", "Helsefagarbeider", "Automatiker"};
    auto pick = [&](const std::vector<json> &rows) -> std::string {
        return rows.empty() ? std::string() : rows[rng() % rows.size()]["id"].get<std::string>();
    };
    for (int step = 0; step < 250; ++step) {
        Dev &d = *devices[rng() % devices.size()];
        auto &s = *d.store;
        const auto participants = s.list("participant");
        const int action = int(rng() % 12);
        if (action == 0 || participants.empty()) {
            const auto p = s.create("participant", {{"name", "Deltaker " + std::to_string(step)}});
            QVERIFY(p.ok());
            QVERIFY(s.create("plan", {{"participant_id", p.id}, {"goal", goals[rng() % 4]}}).ok());
            QVERIFY(s.create("training_book", {{"participant_id", p.id}, {"employer", "Verksted"}})
                        .ok());
        } else if (action <= 3) {
            const std::string book = pick(s.list("training_book"));
            if (book.empty())
                continue;
            const auto e =
                s.create("logbook_entry", {{"training_book_id", book},
                                           {"entry_date", "2026-11-20"},
                                           {"hours", double(rng() % 9)},
                                           {"tasks", "Oppgave " + std::to_string(step)}});
            QVERIFY2(e.ok(), e.error ? e.error->message.c_str() : "");
            addedEntries.insert(e.id);
        } else if (action <= 5) {
            (void)s.update("participant", pick(participants), {{"phase", phases[rng() % 4]}});
        } else if (action <= 7) {
            (void)s.update("plan", pick(s.list("plan")), {{"goal", goals[rng() % 4]}});
        } else if (action == 8 && rng() % 3 == 0) {
            const std::string e = pick(s.list("logbook_entry"));
            if (!e.empty() && s.remove("logbook_entry", e).ok())
                addedEntries.erase(e); // deleted entries stay as tombstones, checked below
        } else {
            const auto report = d.engine->sync();
            QVERIFY2(report.ok, report.error.c_str());
        }
    }
    for (int round = 0; round < 2; ++round)
        for (auto &d : devices) {
            const auto report = d->engine->sync();
            QVERIFY2(report.ok, report.error.c_str());
        }

    const std::string reference = devices[0]->store->dump().dump();
    for (auto &d : devices) {
        QVERIFY2(d->store->dump().dump() == reference, ("seed " + std::to_string(seed)).c_str());
        QCOMPARE(d->store->outboxSize(), 0);
    }
    // Every entry added anywhere (and not deleted) is there exactly once.
    std::multiset<std::string> present;
    for (const auto &e : devices[0]->store->list("logbook_entry"))
        present.insert(e["id"].get<std::string>());
    for (const auto &id : addedEntries)
        QVERIFY2(present.count(id) == 1, ("seed " + std::to_string(seed) + ": " + id).c_str());
    QCOMPARE(present.size(), addedEntries.size());
}

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
