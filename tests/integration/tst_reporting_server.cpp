// A programme leader against a real bro-server on loopback through real libcurl: the leader's
// pull holds nothing, GET /v1/report computes the municipality's figures from the merged
// records on the server (every value below worked out by hand) and hides small numbers before
// they leave it, the answer names no person and holds no id or row; only leaders may ask,
// and bad questions are refused by field; `bro-server report` prints the same figures as CSV
// (read back with Python's csv module); the app fetches them through the sync layer's
// transport, and `bro-cli report` writes them as a PDF.
#include "core/homestore.h"
#include "core/reportingservice.h"
#include "domain/reportclient.h"
#include "harness.h"
#include "store/store.h"

#include <bro/sync/engine.h>
#include <bro/sync/transport.h>
#include <bro/sync/uuid.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

sync::CurlTransport transportFor(const Server &server)
{
    return sync::CurlTransport(
        sync::CurlOptions{.baseUrl = server.url().toStdString(), .retries = 0});
}

// A session of user on a device (a new one unless given: one device, one user).
std::string login(const Server &server, const std::string &user, std::string device = {})
{
    if (device.empty())
        device = sync::Uuid::randomV4().toString();
    auto t = transportFor(server);
    const auto r = t.request(
        "POST", "/v1/login",
        json{{"user", user}, {"password", "passord-" + user}, {"device", device}}.dump(), {});
    return r.status == 200 ? json::parse(r.body)["token"].get<std::string>() : std::string();
}

sync::HttpResponse get(const Server &server, const std::string &path, const std::string &token)
{
    auto t = transportFor(server);
    return t.request("GET", path, {}, token);
}

// JSON compared as its text (QCOMPARE cannot print a json).
QString jt(const json &value)
{
    return QString::fromStdString(value.dump());
}

} // namespace

class TestReportingServer : public QObject
{
    Q_OBJECT

    Server server;
    QTemporaryDir adviserHome;
    std::unique_ptr<store::Store> adviser;
    std::vector<std::string> names, ids, employers;

    std::string add(const std::string &kind, json fields)
    {
        const auto r = adviser->create(kind, fields);
        if (!r.ok())
            qFatal("%s refused: %s", kind.c_str(), r.error->message.c_str());
        ids.push_back(r.id);
        return r.id;
    }
    std::string participant(const std::string &name, const std::string &municipality,
                            const std::string &track, const std::string &fastTrackStart)
    {
        names.push_back(name);
        const auto id = add("participant", {{"name", name},
                                            {"municipality", municipality},
                                            {"programme_start", "2023-08-14"},
                                            {"track", track}});
        if (!fastTrackStart.empty())
            add("reporting", {{"participant_id", id}, {"fast_track_start", fastTrackStart}});
        return id;
    }
    void employment(const std::string &p, const std::string &start, double percent,
                    const std::string &employer)
    {
        employers.push_back(employer);
        add("employment", {{"participant_id", p},
                           {"employer", employer},
                           {"start_date", start},
                           {"position_percent", percent},
                           {"wage_subsidy", false}});
    }

private slots:
    void initTestCase()
    {
        server.addUser("kari", "adviser");
        for (const auto &[leader, municipality] : {std::pair{"liv", "Bodø"}, {"lars", "Fauske"}}) {
            const Result r = server.admin({"user", "add", "--name", leader, "--role", "leader",
                                           "--municipality", municipality},
                                          QByteArray("passord-") + leader + "\n");
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // A leader needs a municipality.
        const Result bad =
            server.admin({"user", "add", "--name", "lea", "--role", "leader"}, "passord-lea\n");
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("municipality: is required"), bad.err.constData());
        QVERIFY(server.start());

        // The adviser's tablet: five on the fast track in Bodø from 2024-01-15 (one written
        // "BODØ "), three in the programme only, and one on the fast track in Fauske.
        adviser = openHomeStore(adviserHome.path()).store;
        QVERIFY(adviser);
        const auto p1 = participant("Amina Yusuf", "Bodø", "fast_track", "2024-01-15");
        const auto p2 = participant("Bashir Rahimi", "Bodø", "fast_track", "2024-01-15");
        const auto p3 = participant("Chen Li", "Bodø", "fast_track", "2024-01-15");
        const auto p4 = participant("Dawit Haile", "Bodø", "fast_track", "2024-01-15");
        participant("Esra Demir", "BODØ ", "fast_track", "2024-01-15");
        for (const char *n : {"Farah Ali", "Goran Petrović", "Hawa Jama"})
            participant(n, "Bodø", "ordinary", "");
        const auto q1 = participant("Ivan Shevchenko", "Fauske", "fast_track", "2024-01-15");
        employment(p1, "2025-02-03", 100, "Elektro Nord AS");
        employment(p2, "2025-02-03", 100, "Elektro Nord AS");
        employment(p3, "2025-04-01", 60, "Kiwi Bodø");
        employment(q1, "2025-02-03", 100, "Fauske Bygg AS");
        employers.push_back("Rema 1000 Bodø");
        add("training_book",
            {{"participant_id", p4}, {"employer", "Rema 1000 Bodø"}, {"start_date", "2024-05-02"}});
        const auto plan = add("plan", {{"participant_id", p4}});
        add("measure", {{"plan_id", plan},
                        {"type", "wage_subsidy"},
                        {"status", "ongoing"},
                        {"employer", "Rema 1000 Bodø"},
                        {"start_date", "2024-09-02"}});
        // Deleted records count for nothing.
        const auto gone = participant("Jonas Slettet", "Bodø", "fast_track", "2024-01-15");
        QVERIFY(adviser->remove("participant", gone).ok());

        auto transport = transportFor(server);
        const auto report = sync::SyncEngine(*adviser, transport, login(server, "kari", adviser->deviceId())).sync();
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.rejected, 0);
    }

    void aLeadersPullHoldsNothingAndTheirPushesAreRefused()
    {
        const std::string token = login(server, "liv");
        QVERIFY(!token.empty());
        const auto pull = get(server, "/v1/pull?since=0", token);
        QCOMPARE(pull.status, 200);
        const json page = json::parse(pull.body);
        QCOMPARE(page["changes"].size(), std::size_t(0));
        for (const auto &n : names)
            QVERIFY2(pull.body.find(n) == std::string::npos, n.c_str());
        // A leader's device that syncs holds no record afterwards.
        Device device("liv");
        device.login(server, "liv");
        QVERIFY(device.sync());
        const json dump = device.json();
        for (const auto &[kind, rows] : dump.items())
            QVERIFY2(rows.empty(), kind.c_str());
        // Nor may a leader write: a new participant is forbidden.
        Http raw(server.url());
        const std::string own = raw.login("liv");
        QVERIFY(!own.empty());
        const json reply =
            raw.push(own, {raw.change("participant", sync::newRecordId(), "name", "Noen")});
        QCOMPARE(jt(reply["results"][0]["status"]), jt(json("forbidden")));
    }

    void theReportIsTheMunicipalitysFiguresComputedOnTheServer()
    {
        const auto r =
            get(server, "/v1/report?year=2025&from=2024&as_of=2025-06-30", login(server, "liv"));
        QCOMPARE(r.status, 200);
        const json report = json::parse(r.body);
        QCOMPARE(jt(report["scope"]), jt(json("Bodø")));
        QCOMPARE(jt(report["as_of"]), jt(json("2025-06-30")));
        QCOMPARE(report["years"].size(), std::size_t(2));
        const json y2024 = report["years"][0]["figures"];
        const json y2025 = report["years"][1]["figures"];
        QCOMPARE(jt(report["years"][0]["year"]), jt(json(2024)));
        // 2024: five on the fast track (not Fauske's, not the deleted one) of eight in the
        // programme; 154 days (5.1 months) from the programme start for all five; one wage
        // subsidy (hidden); one company (hidden).
        QCOMPARE(jt(y2024["fast_track_participants"]), jt(json(5)));
        QCOMPARE(jt(y2024["programme_participants"]), jt(json(8)));
        QCOMPARE(jt(y2024["fast_track_share"]), jt(json(62.5)));
        QCOMPARE(jt(y2024["mean_months_programme_before_fast_track"]), jt(json(5.1)));
        QCOMPARE(jt(y2024["wage_subsidy_participants"]), jt(json(":")));
        QCOMPARE(jt(y2024["companies"]), jt(json(":")));
        // 2025: still five on the fast track; three ended in work: 2 over 70 % and 1 under,
        // both hidden, and the total does not give either away; 385, 385 and 442 days
        // (13.3 months) on the fast track before work; three companies.
        QCOMPARE(jt(y2025["fast_track_participants"]), jt(json(5)));
        QCOMPARE(jt(y2025["work_participants"]), jt(json(3)));
        QCOMPARE(jt(y2025["work_over_70"]), jt(json(":")));
        QCOMPARE(jt(y2025["work_under_70"]), jt(json(":")));
        QCOMPARE(jt(y2025["mean_months_fast_track_before_work"]), jt(json(13.3)));
        QCOMPARE(jt(y2025["mean_months_subsidy_or_training_before_work"]), jt(json(":")));
        QCOMPARE(jt(y2025["companies"]), jt(json(3)));
        // Fauske's leader sees Fauske's one participant: every count hidden.
        const json fauske = json::parse(
            get(server, "/v1/report?year=2025&as_of=2025-06-30", login(server, "lars")).body);
        QCOMPARE(jt(fauske["scope"]), jt(json("Fauske")));
        QCOMPARE(fauske["years"].size(), std::size_t(5));
        QCOMPARE(jt(fauske["years"][4]["figures"]["fast_track_participants"]), jt(json(":")));
    }

    void theReportFollowsEveryChangeSinceTheLastOne()
    {
        const std::string token = login(server, "liv");
        auto figures2025 = [&] {
            const auto r = get(server, "/v1/report?year=2025&from=2025&as_of=2025-06-30", token);
            return json::parse(r.body)["years"][0]["figures"];
        };
        QCOMPARE(jt(figures2025()["work_participants"]), jt(json(3)));
        // The adviser records Dawit's job and moves Esra to Fauske; the next report (read
        // from the server's cache and the changes since) has four in work and four on the
        // fast track.
        const auto p4 = adviser->list("participant");
        std::string dawit, esra;
        for (const auto &p : p4) {
            if (p["name"] == "Dawit Haile")
                dawit = p["id"];
            if (p["name"] == "Esra Demir")
                esra = p["id"];
        }
        employment(dawit, "2025-05-05", 80, "Rema 1000 Bodø");
        QVERIFY(adviser->update("participant", esra, {{"municipality", "Fauske"}}).ok());
        auto transport = transportFor(server);
        QVERIFY(sync::SyncEngine(*adviser, transport, login(server, "kari", adviser->deviceId())).sync().ok);
        const json after = figures2025();
        QCOMPARE(jt(after["work_participants"]), jt(json(4)));
        // Three over 70 % (Amina, Bashir, Dawit) and Chen alone under: 4 - 3 would give Chen
        // away, so the three are hidden too.
        QCOMPARE(jt(after["work_over_70"]), jt(json(":")));
        QCOMPARE(jt(after["work_under_70"]), jt(json(":")));
        QCOMPARE(jt(after["fast_track_participants"]), jt(json(4)));
        QCOMPARE(jt(after["programme_participants"]), jt(json(7)));
        // And back, so that the other tests see the first data again.
        QVERIFY(adviser->remove("employment", adviser->list("employment", dawit)[0]["id"]).ok());
        QVERIFY(adviser->update("participant", esra, {{"municipality", "BODØ "}}).ok());
        QVERIFY(sync::SyncEngine(*adviser, transport, login(server, "kari", adviser->deviceId())).sync().ok);
        QCOMPARE(jt(figures2025()["work_participants"]), jt(json(3)));
        QCOMPARE(jt(figures2025()["fast_track_participants"]), jt(json(5)));
    }

    void theReportHoldsNoPersonalData()
    {
        const auto r = get(server, "/v1/report?year=2025&as_of=2025-06-30", login(server, "liv"));
        QCOMPARE(r.status, 200);
        for (const auto &n : names)
            QVERIFY2(r.body.find(n) == std::string::npos, n.c_str());
        for (const auto &e : employers)
            QVERIFY2(r.body.find(e) == std::string::npos, e.c_str());
        for (const auto &id : ids)
            QVERIFY2(r.body.find(id) == std::string::npos, id.c_str());
        QVERIFY(!QString::fromStdString(r.body).contains(
            QRegularExpression("[0-9a-f]{8}-[0-9a-f]{4}-")));
        // Nothing but the scope, the day, and numbers or ":" per figure and year.
        const json report = json::parse(r.body);
        QCOMPARE(report.size(), std::size_t(3));
        for (const auto &y : report["years"]) {
            QCOMPARE(y.size(), std::size_t(2));
            QCOMPARE(y["figures"].size(), std::size_t(12));
            for (const auto &[name, value] : y["figures"].items())
                QVERIFY2(value.is_number() || value == json(":"), name.c_str());
        }
    }

    void onlyALeaderMayAskAndBadQuestionsAreRefusedByField_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("adviser")
            << "kari"
            << "/v1/report?year=2025" << 403
            << "report: only a programme leader may see a municipality's figures";
        QTest::newRow("no token") << ""
                                  << "/v1/report?year=2025" << 401 << "";
        QTest::newRow("no year") << "liv"
                                 << "/v1/report" << 400 << "year: must be a year from 2000 to 2100";
        QTest::newRow("year text")
            << "liv"
            << "/v1/report?year=2025x" << 400 << "year: must be a year from 2000 to 2100";
        QTest::newRow("year far") << "liv"
                                  << "/v1/report?year=9999" << 400
                                  << "year: must be a year from 2000 to 2100";
        QTest::newRow("from after")
            << "liv"
            << "/v1/report?year=2024&from=2025" << 400
            << "from: must be a year not after year and at most 19 years before it";
        QTest::newRow("from far")
            << "liv"
            << "/v1/report?year=2025&from=2000" << 400
            << "from: must be a year not after year and at most 19 years before it";
        QTest::newRow("as_of") << "liv"
                               << "/v1/report?year=2025&as_of=2025-02-30" << 400
                               << "as_of: must be a date YYYY-MM-DD";
    }
    void onlyALeaderMayAskAndBadQuestionsAreRefusedByField()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, error);
        const auto r = get(server, path.toStdString(),
                           user.isEmpty() ? std::string() : login(server, user.toStdString()));
        QCOMPARE(r.status, status);
        if (!error.isEmpty())
            QCOMPARE(QString::fromStdString(errorOf(r)), error);
        for (const auto &n : names)
            QVERIFY(r.body.find(n) == std::string::npos);
    }

    void broServerReportPrintsTheFiguresAsCsv()
    {
        if (QStandardPaths::findExecutable("python3").isEmpty())
            QSKIP("python3 is not installed");
        const Result r = server.admin({"report", "--municipality", "bodø", "--year", "2025",
                                       "--from", "2024", "--as-of", "2025-06-30"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTemporaryDir dir;
        QFile file(dir.filePath("bodo.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.out);
        file.close();
        const char *script = R"py(
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, delimiter=';'))
assert rows[0] == ['figure', 'year', 'value', 'unit'], rows[0]
cell = {(r[0], r[1]): r[2] for r in rows[1:]}
assert len(rows) == 1 + 12 * 2, len(rows)
assert cell[('fast_track_participants', '2024')] == '5'
assert cell[('fast_track_share', '2025')] == '62,5', cell[('fast_track_share', '2025')]
assert cell[('mean_months_fast_track_before_work', '2025')] == '13,3'
assert cell[('work_over_70', '2025')] == ':'
assert cell[('work_participants', '2025')] == '3'
print('ok')
)py";
        const Result py = run("python3", {"-c", QString::fromUtf8(script), file.fileName()});
        QVERIFY2(py.exitCode == 0, py.err.constData());
        QCOMPARE(py.out.trimmed(), QByteArray("ok"));
        for (const auto &n : names)
            QVERIFY(!r.out.contains(QByteArray::fromStdString(n)));
        // An unknown municipality has nobody: every count hidden.
        const Result none =
            server.admin({"report", "--municipality", "Atlantis", "--year", "2025"});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("fast_track_participants;2025;:;count"));
        const Result bad = server.admin({"report", "--municipality", "Bodø", "--year", "tjue"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("year: must be a year from 2000 to 2100"));
    }

    void theAppShowsALeaderTheFiguresItFetchedThroughTheTransport()
    {
        QTemporaryDir home;
        auto store = openHomeStore(home.path()).store;
        store->setMeta("server", server.url().toStdString());
        store->setMeta("token", login(server, "liv"));
        store->setMeta("role", "leader");
        ReportingService reporting(store.get());
        QVERIFY(reporting.leader());
        reporting.setYear(2025);
        QVERIFY(reporting.figures().isEmpty());
        QSignalSpy fetched(&reporting, &ReportingService::fetched);
        reporting.fetch();
        QVERIFY(reporting.fetching());
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 20000);
        QVERIFY(fetched.at(0).at(0).toBool());
        QCOMPARE(reporting.fetchError(), QString());
        QCOMPARE(reporting.scope(), QStringLiteral("Bodø"));
        const QVariantList figures = reporting.figures();
        QCOMPARE(figures.size(), 12);
        QCOMPARE(figures[0].toMap()["figure"].toString(),
                 QStringLiteral("fast_track_participants"));
        QCOMPARE(figures[0].toMap()["values"].toList().size(), 5); // 2021..2025
        QVERIFY(reporting.caseload().isEmpty());

        // A revoked session: the figures stay, the problem is said in plain words.
        QVERIFY(server.admin({"user", "revoke", "--name", "liv"}).exitCode == 0);
        reporting.fetch();
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 2, 20000);
        QVERIFY(!fetched.at(1).at(0).toBool());
        QVERIFY(!reporting.fetchError().isEmpty());
        QCOMPARE(reporting.figures().size(), 12);
    }

    void aLeadersDeviceWritesTheMunicipalitysReportAsPdf()
    {
        for (const char *tool : {"pdftotext"})
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QSKIP("poppler-utils are not installed");
        Device device("lars");
        device.login(server, "lars");
        QTemporaryDir dir;
        const QString pdf = dir.filePath("fauske.pdf");
        const Result r = device.cli({"report", "--year", "2025", "--pdf", pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Result text = run("pdftotext", {"-layout", "-enc", "UTF-8", pdf, "-"});
        QVERIFY2(text.out.contains("Kommune: Fauske"), text.out.constData());
        QVERIFY(text.out.contains("Deltakere i hurtigspor"));
        QVERIFY(!text.out.contains("Ivan"));
        // The CSV on standard output, from the same answer.
        const Result csv = device.cli({"report", "--year", "2025", "--lang", "en"});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.contains(
            "fast_track_participants;2025;:;count;Participants in the fast track"));
    }
};

QTEST_MAIN(TestReportingServer)
#include "tst_reporting_server.moc"
