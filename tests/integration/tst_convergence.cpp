// Randomized convergence: four devices (real encrypted stores, the real sync engine over
// libcurl) and a real bro-server; a few hundred random operations under a random sync
// schedule, with a hostile device among them that sends every kind of bad change at random
// (malformed, wrong types, too deep, another device's id, stamps from the past, records moved
// to other parents, second signatures, forbidden kinds). Afterwards every honest device holds
// the same data, every entry added anywhere is there exactly once, and nothing the hostile
// device sent was applied. The seed is in the test row's name.
//
// BRO_TEST_CLUSTER=1 (pg_tst_cluster_convergence, on PostgreSQL): three server processes on
// one database behind HAProxy, the devices' requests spread over them; halfway through, one
// process is SIGKILLed while a device's push of many changes is in flight to it, and the
// device sends it again through HAProxy. Still nothing lost, nothing twice, the same data.
#include "core/homestore.h"
#include "harness.h"

#include <bro/sync/engine.h>

#include <csignal>
#include <map>
#include <random>
#include <set>
#include <thread>

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
    const bool clustered = qEnvironmentVariableIntValue("BRO_TEST_CLUSTER") > 0;
    std::unique_ptr<Cluster> cluster;
    std::unique_ptr<Server> single;
    if (clustered)
        cluster = std::make_unique<Cluster>(3);
    else
        single = std::make_unique<Server>();
    Server &server = clustered ? cluster->first : *single;
    server.addUser("kari", "adviser", {}, "Kari Nordmann");
    server.addUser("mallory", "mentor", "Verksted", "Mallory");
    QVERIFY(clustered ? cluster->start() : server.start());
    const QString url = clustered ? cluster->url() : server.url();

    struct Dev
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Store> store;
        std::unique_ptr<sync::CurlTransport> transport;
        std::unique_ptr<sync::SyncEngine> engine;
        std::string token;
        int pageSize = 0;
    };
    std::vector<std::unique_ptr<Dev>> devices;
    for (int i = 0; i < 4; ++i) {
        auto d = std::make_unique<Dev>();
        d->store = openHomeStore(d->dir.path()).store;
        QVERIFY(d->store);
        d->transport = std::make_unique<sync::CurlTransport>(
            sync::CurlOptions{.baseUrl = url.toStdString(), .retries = 0});
        const auto login = sync::login(*d->transport, "kari", "passord-kari", d->store->deviceId());
        QVERIFY2(login.ok, login.error.c_str());
        d->store->rememberLogin(login, url.toStdString(), {}, "kari");
        d->token = login.token;
        d->pageSize = int(rng() % 40) + 5;
        d->engine = std::make_unique<sync::SyncEngine>(*d->store, *d->transport, login.token,
                                                       d->pageSize);
        devices.push_back(std::move(d));
    }

    // The hostile devices: one of kari's (a stolen tablet speaking raw HTTP) and a mentor
    // placed nowhere.
    Http evil(url), mallory(url);
    const std::string evilToken = evil.login("kari"), malloryToken = mallory.login("mallory");
    QVERIFY(!evilToken.empty() && !malloryToken.empty());
    { // the stolen tablet's one honest change: from now on its stamps must increase
        const std::string own = sync::newRecordId();
        const json r = evil.push(evilToken, {evil.change("participant", own, "name", "Stjålet nettbrett")});
        QCOMPARE(r["results"][0]["status"].get<std::string>(), std::string("applied"));
    }
    int hostilePushes = 0;
    // The hostile devices know what the server would give them: what has been pushed.
    auto attack = [&] {
        std::map<std::string, std::map<std::string, json>> known; // kind -> id -> fields
        const json page = evil.pullAll(evilToken);
        for (const auto &c : page["changes"])
            known[c["kind"]][c["id"]][c["field"].get<std::string>()] = c["value"];
        auto rows = [&](const char *kind) {
            std::vector<json> out;
            for (const auto &[id, fields] : known[kind]) {
                json r = fields;
                r["id"] = id;
                if (!r.contains("deleted"))
                    out.push_back(r);
            }
            return out;
        };
        const auto books = rows("training_book"), plans = rows("plan"),
                   entries = rows("logbook_entry"), people = rows("participant");
        if (books.empty() || plans.empty() || entries.empty() || people.size() < 2)
            return; // attacks on records that exist
        auto any = [&](const std::vector<json> &rows) { return rows[rng() % rows.size()]; };
        const json entryRow = any(entries), planRow = any(plans);
        const std::string entry = entryRow["id"], book = any(books)["id"], plan = planRow["id"],
                          person = any(people)["id"];
        // Another parent than the record's own.
        auto otherThan = [&](const std::vector<json> &rows, const json &current) -> std::string {
            for (const auto &r : rows)
                if (r["id"] != current)
                    return r["id"];
            return sync::newRecordId();
        };
        std::vector<json> changes;
        std::string body;
        Http *who = &evil;
        switch (rng() % 12) {
        case 0: body = "{\"changes\": [" + std::string(rng() % 50, '{'); break; // malformed
        case 1: changes = {evil.change("logbook_entry", entry, "hours", "sju")}; break;
        case 2: changes = {evil.change("logbook_entry", entry, "signature",
                                       {{"signed_by", "Kari Nordmann"}, {"signed_at", "2026-11-21T15:00:00Z"},
                                        {"content", {{"tasks", 12345}}}})}; break;
        case 3: { // nested far too deep
            body = json{{"changes", {evil.change("plan", plan, "goal", nullptr)}}}.dump();
            body.replace(body.find("null"), 4, std::string(5000, '[') + std::string(5000, ']'));
            break;
        }
        case 4: { Http other(url); changes = {other.change("plan", plan, "goal", "Pilot")}; break; }
        case 5: changes = {evil.change("plan", plan, "goal", "Pilot", 978'307'200'000)}; break; // backdated
        case 6: changes = {evil.change("plan", plan, "participant_id", otherThan(people, planRow["participant_id"]))}; break;
        case 7: changes = {evil.change("logbook_entry", entry, "training_book_id", otherThan(books, entryRow["training_book_id"]))}; break;
        case 8: changes = {evil.change("training_book", book, "employer", "Et annet firma")}; break;
        case 9: changes = {evil.change("logbook_entry", entry, "deleted", false)}; break;
        case 10: who = &mallory;
            changes = {mallory.change("logbook_entry", sync::newRecordId(), "training_book_id", book),
                       mallory.change("participant", person, "name", "Overtatt")}; break;
        default: changes = {evil.change("pet", sync::newRecordId(), "name", "Fido")}; break;
        }
        const std::string &token = who == &mallory ? malloryToken : evilToken;
        json reply;
        if (!body.empty()) {
            const auto r = who->post("/v1/push", body, token);
            reply = json{{"http", r.status}};
        } else {
            reply = who->push(token, changes);
        }
        ++hostilePushes;
        // Refused as a whole, or change by change: nothing applied.
        if (reply["http"] == 200)
            for (const auto &res : reply["results"])
                QVERIFY2(res["status"] == "forbidden" || res["status"] == "rejected" ||
                             res["status"] == "duplicate",
                         reply.dump().c_str());
        else
            QVERIFY2(reply["http"].get<int>() >= 400 && reply["http"].get<int>() < 500, reply.dump().c_str());
    };

    std::set<std::string> addedEntries;
    const char *phases[] = {"before", "qualification", "job_match", "after"};
    const char *goals[] = {"Elektriker", "Kokk", "Helsefagarbeider", "Automatiker"};
    auto pick = [&](const std::vector<json> &rows) -> std::string {
        return rows.empty() ? std::string() : rows[rng() % rows.size()]["id"].get<std::string>();
    };
    for (int step = 0; step < 250; ++step) {
        Dev &d = *devices[rng() % devices.size()];
        if (clustered && step == 125) {
            // A push of many changes straight to the second process, SIGKILLed a moment
            // after the push starts: whatever it had done is rolled back by PostgreSQL.
            const auto book = d.store->list("training_book");
            for (int i = 0; i < 40 && !book.empty(); ++i) {
                const auto e = d.store->create("logbook_entry",
                                               {{"training_book_id", book[0]["id"].get<std::string>()},
                                                {"entry_date", "2026-11-20"},
                                                {"hours", 2.0},
                                                {"tasks", "Før drepet " + std::to_string(i)}});
                QVERIFY(e.ok());
                addedEntries.insert(e.id);
            }
            sync::CurlTransport direct(sync::CurlOptions{
                .baseUrl = cluster->server(1).url().toStdString(), .retries = 0});
            sync::SyncEngine engine(*d.store, direct, d.token, d.pageSize);
            const qint64 victim = cluster->server(1).pid();
            std::thread killer([victim] {
                std::this_thread::sleep_for(std::chrono::milliseconds(4));
                ::kill(pid_t(victim), SIGKILL);
            });
            const auto cut = engine.sync();
            killer.join();
            qInfo("the push to the killed process %s", cut.ok ? "finished first" : "was cut off");
            cluster->server(1).kill(); // reap it
            const auto again = d.engine->sync(); // through HAProxy, to the living processes
            QVERIFY2(again.ok, again.error.c_str());
            continue;
        }
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
        } else if (action == 9) {
            attack();
            continue;
        } else if (action == 10) {
            // Sign an entry off (as its adviser): a later edit or a second signature is kept
            // aside or refused, never applied.
            const std::string e = pick(s.list("logbook_entry"));
            if (!e.empty() && s.get("logbook_entry", e)->at("signed_at").is_null())
                (void)s.update("logbook_entry", e, {{"signed_by", "Kari Nordmann"},
                                                    {"signed_at", "2026-11-21T15:00:00Z"}});
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

    // Honest devices may race each other: a second signature, or a delete of an entry another
    // device signed meanwhile, is refused (and rolled back, the entry kept). Anything else
    // refused would be a bug.
    for (auto &d : devices)
        for (const auto &c : d->store->conflicts())
            if (c.conflict.reason == sync::Conflict::Reason::RefusedByServer) {
                if (!((c.conflict.field == "deleted" || c.conflict.field == "signature") &&
                      c.status == "rejected"))
                    for (const auto &all : d->store->conflicts())
                        qWarning("%s %s %s %s: %s", all.kind.c_str(), all.id.c_str(),
                                 all.conflict.field.c_str(), all.status.c_str(),
                                 all.serverReason.c_str());
                QVERIFY2((c.conflict.field == "deleted" || c.conflict.field == "signature") &&
                             c.status == "rejected",
                         (c.conflict.field + ": " + c.serverReason).c_str());
                if (c.conflict.field == "deleted")
                    addedEntries.insert(c.id);
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
    QVERIFY(hostilePushes > 0);
}

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
