// bro-server's access rules and its answers to bad input, over real HTTP on loopback.
#include "harness.h"

#include <bro/sync/wire.h>

#include <QImage>

#include <bro/sync/change.h>
#include <bro/sync/sqlite.h>
#include <bro/sync/transport.h>
#include <bro/sync/uuid.h>

#include <QElapsedTimer>
#include <QThread>

using namespace bro::test;
using nlohmann::json;

namespace {

// A change of the test's own raw-HTTP device (see harness.h).
json change(Http &http, const std::string &kind, const std::string &id, const std::string &field,
            json value, std::int64_t millis = 0)
{
    return http.change(kind, id, field, std::move(value), millis);
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mentorSeesOnlyTheirPlacements();
    void forbiddenPushesChangeNothing();
    void participantSeesOnlyTheirOwn();
    void anotherAdviserSeesNothing();
    void badInput_data();
    void badInput();
    void expiredAndRevokedTokens();
    void everyReadAndWriteIsAudited();
    void v2BatchesInCborAndJson();
    void aChangeLoggedUnderTheOldDerivedOpIdIsADuplicate();

private:
    Server m_server{{"--max-body", "65536"}};
    std::unique_ptr<Http> m_http; // one device for the bad-input rows
    std::unique_ptr<Device> m_adviser;
    QString p1, p2, plan1, book1, book2, entry1, mapping1;
};

void TestServer::initTestCase()
{
    m_server.addUser("kari", "adviser");
    m_server.addUser("ola", "adviser");
    m_server.addUser("per", "mentor", "Elektro Nord AS", "Per Olsen");
    m_server.addUser("amanuel", "participant");
    QVERIFY(m_server.start());
    m_http = std::make_unique<Http>(m_server.url());
    m_adviser = std::make_unique<Device>("kari");
    m_adviser->login(m_server, "kari");
    Device &a = *m_adviser;
    p1 = a.add("participant", {"name=Amanuel Tesfay", "municipality=Bodø"});
    p2 = a.add("participant", {"name=Rahaf Al-Hassan"});
    mapping1 =
        a.add("mapping", {"participant_id=" + p1, "health_notes=Astma", "family_notes=To barn"});
    plan1 = a.add("plan", {"participant_id=" + p1, "goal=Elektriker"});
    a.add("meeting", {"participant_id=" + p1, "type=three_party", "meeting_date=2026-11-01"});
    book1 = a.add("training_book", {"participant_id=" + p1, "employer=Elektro Nord AS"});
    book2 = a.add("training_book", {"participant_id=" + p2, "employer=Solbakken sykehjem"});
    entry1 = a.add("logbook_entry", {"training_book_id=" + book1, "entry_date=2026-11-20",
                                     "hours=7.5", "tasks=Trakk kabel"});
    a.add("logbook_entry",
          {"training_book_id=" + book2, "entry_date=2026-11-20", "hours=6", "tasks=Stell"});
    QVERIFY(a.sync());
    QCOMPARE(
        m_server.admin({"placement", "add", "--participant", p1, "--employer", "Elektro Nord AS"})
            .exitCode,
        0);
    QCOMPARE(
        m_server.admin({"participant", "link", "--user", "amanuel", "--participant", p1}).exitCode,
        0);
}

void TestServer::mentorSeesOnlyTheirPlacements()
{
    Device mentor("per");
    mentor.login(m_server, "per");
    QVERIFY(mentor.sync());
    const json dump = mentor.json();
    QCOMPARE(dump["participant"].size(), std::size_t(1));
    QCOMPARE(dump["participant"][0]["id"].get<std::string>(), p1.toStdString());
    QCOMPARE(dump["participant"][0]["name"].get<std::string>(), std::string("Amanuel Tesfay"));
    QVERIFY(dump["participant"][0]["municipality"].is_null()); // the name, nothing more
    QCOMPARE(dump["training_book"].size(), std::size_t(1));
    QCOMPARE(dump["logbook_entry"].size(), std::size_t(1));
    for (const char *kind : {"mapping", "plan", "meeting", "measure"})
        QVERIFY2(dump[kind].empty(), kind);

    // The raw pull holds no row outside the placement.
    Http http(m_server.url());
    const auto raw = http.get("/v1/pull?since=0", http.login("per"));
    QCOMPARE(raw.status, 200);
    for (const QString &forbidden : {p2, book2, mapping1, plan1})
        QVERIFY(!QByteArray::fromStdString(raw.body).contains(forbidden.toUtf8()));
    QVERIFY(raw.body.find("Astma") == std::string::npos);
    QVERIFY(raw.body.find("Bodø") == std::string::npos);
    const json rawJson = json::parse(raw.body);
    QVERIFY(!rawJson["changes"].empty());
    for (const auto &c : rawJson["changes"]) {
        const std::string kind = c["kind"];
        QVERIFY2(kind == "participant" || kind == "training_book" || kind == "logbook_entry",
                 kind.c_str());
        if (kind == "participant")
            QCOMPARE(c["field"].get<std::string>(), std::string("name"));
    }

    // The mentor writes a logbook entry and signs the existing one: both reach the adviser.
    const QString own =
        mentor.add("logbook_entry", {"training_book_id=" + book1, "entry_date=2026-11-21",
                                     "hours=7", "tasks=Monterte lamper"});
    QVERIFY(mentor.set(entry1, {"signed_by=Per Olsen", "signed_at=2026-11-21T15:00:00Z"}));
    // ...and a photo as evidence on the new entry: the record and the bytes reach the server.
    QTemporaryDir files;
    const QString photo = files.filePath(QStringLiteral("koblingsboks.png"));
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(photo));
    }
    const Result attached = mentor.cli({"attach", "logbook_entry", own, photo, "Koblingsboks"});
    QVERIFY2(attached.exitCode == 0, attached.err.constData());
    QVERIFY(mentor.sync());
    QVERIFY(m_adviser->sync());
    const json adviser = m_adviser->json();
    bool photoArrived = false;
    for (const auto &a : adviser["attachment"])
        photoArrived = photoArrived || (a["owner_id"] == own.toStdString() &&
                                        a["caption"] == "Koblingsboks");
    QVERIFY(photoArrived);
    bool found = false;
    for (const auto &e : adviser["logbook_entry"]) {
        found = found || e["id"] == own.toStdString();
        if (e["id"] == entry1.toStdString())
            QCOMPARE(e["signed_by"].get<std::string>(), std::string("Per Olsen"));
    }
    QVERIFY(found);
}

void TestServer::forbiddenPushesChangeNothing()
{
    Http adviser(m_server.url());
    const std::string kari = adviser.login("kari");
    const auto before = adviser.get("/v1/pull?since=0", kari).body;
    Http http(m_server.url()); // the mentor's device
    const std::string per = http.login("per");
    const json batch = {{"changes",
                         {change(http, "plan", plan1.toStdString(), "goal", "Noe annet"),
                          change(http, "participant", p1.toStdString(), "name", "Endret navn"),
                          change(http, "mapping", mapping1.toStdString(), "health_notes", "x"),
                          change(http, "training_book", book2.toStdString(), "employer", "Annen"),
                          change(http, "logbook_entry", entry1.toStdString(), "deleted", true),
                          // Evidence "attached" to the mapping: a mentor may not.
                          change(http, "attachment", "0190f4c2-1e2b-7abc-8def-00000000a77a",
                                 "owner_id", mapping1.toStdString())}}};
    const auto r = http.post("/v1/push", batch.dump(), per);
    QCOMPARE(r.status, 200);
    const json results = json::parse(r.body)["results"];
    QCOMPARE(results.size(), std::size_t(6));
    for (const auto &result : results)
        QCOMPARE(result["status"].get<std::string>(), std::string("forbidden"));
    QCOMPARE(adviser.get("/v1/pull?since=0", kari).body, before);
}

void TestServer::participantSeesOnlyTheirOwn()
{
    Device self("amanuel");
    self.login(m_server, "amanuel");
    QVERIFY(self.sync());
    const json dump = self.json();
    QCOMPARE(dump["participant"].size(), std::size_t(1));
    QCOMPARE(dump["participant"][0]["municipality"].get<std::string>(), std::string("Bodø"));
    QCOMPARE(dump["plan"].size(), std::size_t(1));
    QCOMPARE(dump["training_book"].size(), std::size_t(1));
    // The mapping (the left bank of "Min bro") without the health and family notes; the
    // meeting (the next one is on the bridge) without notes.
    QCOMPARE(dump["mapping"].size(), std::size_t(1));
    QVERIFY(dump["mapping"][0].value("health_notes", json()).is_null());
    QVERIFY(dump["mapping"][0].value("family_notes", json()).is_null());
    QVERIFY(dump.dump().find("Astma") == std::string::npos);
    QVERIFY(dump.dump().find("To barn") == std::string::npos);
    QCOMPARE(dump["meeting"].size(), std::size_t(1));
    QVERIFY(dump["meeting_note"].empty());
    // A self-evaluation is theirs to write; the plan is not: the device refuses it already,
    // naming the field, and so would the server.
    self.add("self_evaluation", {"participant_id=" + p1, "written_on=2026-11-21",
                                 "continue_path=yes", "text=Jeg vil bli elektriker."});
    const Result refused = self.cli({"set", plan1, "goal=Pilot"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("goal: participants may not write it"), refused.err.constData());
    const Result r = self.cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    Http http(m_server.url());
    const std::string token = http.login("amanuel");
    const json pushed = http.push(token, {change(http, "plan", plan1.toStdString(), "goal", "Pilot")});
    QCOMPARE(pushed["results"][0]["status"].get<std::string>(), std::string("forbidden"));
    QVERIFY(m_adviser->sync());
    const json adviser = m_adviser->json();
    QCOMPARE(adviser["self_evaluation"].size(), std::size_t(1));
    for (const auto &p : adviser["plan"])
        QCOMPARE(p["goal"].get<std::string>(), std::string("Elektriker"));
}

void TestServer::anotherAdviserSeesNothing()
{
    Device other("ola");
    other.login(m_server, "ola");
    QVERIFY(other.sync());
    const json dump = other.json();
    for (const auto &[kind, rows] : dump.items())
        QVERIFY2(rows.empty(), kind.c_str());
}

void TestServer::badInput_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const auto one = [](json c) {
        return QString::fromStdString(json{{"changes", {c}}}.dump());
    };
    const std::string id = bro::sync::newRecordId();
    Http &http = *m_http; // the changes carry the device that badInput() logs in with
    auto change = [&](auto &&...args) { return ::change(http, args...); };
    QTest::newRow("malformed JSON") << "{\"changes\": [" << 400 << "body: malformed JSON";
    QTest::newRow("not an object") << "[1, 2]" << 400 << "body: must be a JSON object";
    QTest::newRow("no changes") << "{}" << 400 << "changes: missing";
    QTest::newRow("changes not a list") << "{\"changes\": 5}" << 400 << "changes: must be an array";
    json wrongType = change("logbook_entry", id, "hours", "seven");
    QTest::newRow("wrong value type")
        << one(wrongType) << 400 << "changes[0].value: hours: must be a number";
    json badOp = change("participant", id, "name", "X");
    badOp["op"] = 42;
    QTest::newRow("op not a string") << one(badOp) << 400 << "changes[0].op: must be a string";
    QTest::newRow("unknown kind") << one(change("pet", id, "name", "Fido")) << 400
                                  << "changes[0].kind: \"pet\" is not a kind of record";
    QTest::newRow("unknown field")
        << one(change("participant", id, "shoe_size", 44)) << 400
        << "changes[0].field: \"shoe_size\" is not a field of participant";
    QTest::newRow("future stamp") << one(change("participant", id, "name", "X",
                                                std::int64_t(bro::sync::HybridClock::systemMillis() +
                                                             6 * 60 * 1000)))
                                  << 400 << "changes[0].hlc: more than 5 minutes in the future";
    std::string noise; // random text, so that gzip cannot shrink it under the limit
    while (noise.size() < 150000)
        noise += bro::sync::Uuid::randomV4().toString();
    QTest::newRow("oversize body") << one(change("participant", id, "name", noise)) << 413
                                   << "body: larger than the server accepts (65536 bytes)";
    // One bad change spoils the batch: nothing of it is applied.
    QTest::newRow("one bad in a batch")
        << QString::fromStdString(json{{"changes",
                                        {change("participant", id, "name", "Gyldig"),
                                         change("participant", id, "birth_date", "1.1.1990")}}}
                                      .dump())
        << 400
        << "changes[1].value: birth_date: must be a date written YYYY-MM-DD (got \"1.1.1990\")";
}

void TestServer::badInput()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    Http &http = *m_http;
    const std::string kari = http.login("kari");
    const auto before = http.get("/v1/pull?since=0", kari).body;
    const auto r = http.post("/v1/push", body.toStdString(), kari);
    QCOMPARE(r.status, status);
    QCOMPARE(QString::fromStdString(errorOf(r)), error);
    QCOMPARE(http.get("/v1/pull?since=0", kari).body, before);
}

void TestServer::expiredAndRevokedTokens()
{
    Http http(m_server.url());
    const auto missing = http.get("/v1/pull?since=0", {});
    QCOMPARE(missing.status, 401);
    QCOMPARE(QString::fromStdString(errorOf(missing)),
             QStringLiteral("authorization: missing bearer token"));
    QCOMPARE(http.get("/v1/pull?since=0", "not-a-token").status, 401);
    QCOMPARE(http.login("kari", "feil").status, 401);

    {
        // A server whose sessions last three seconds.
        Server shortLived({"--token-ttl", "3"});
        shortLived.addUser("kari", "adviser");
        QVERIFY(shortLived.start());
        Http brief(shortLived.url());
        const std::string token = brief.login("kari");
        QCOMPARE(brief.get("/v1/pull?since=0", token).status, 200);
        QThread::msleep(3100);
        const auto expired = brief.get("/v1/pull?since=0", token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(QString::fromStdString(errorOf(expired)),
                 QStringLiteral("authorization: the token is unknown, expired or revoked"));
    }
    const auto expired = http.get("/v1/pull?since=0", "0123456789abcdef");
    QCOMPARE(expired.status, 401);
    QCOMPARE(QString::fromStdString(errorOf(expired)),
             QStringLiteral("authorization: the token is unknown, expired or revoked"));

    const std::string fresh = http.login("kari");
    QCOMPARE(m_server.admin({"user", "revoke", "--name", "kari"}).exitCode, 0);
    QCOMPARE(http.get("/v1/pull?since=0", fresh).status, 401);
    // A device whose token is gone says so in plain words.
    const Result r = m_adviser->cli({"sync"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("log in again"), r.err.constData());
    m_adviser->login(m_server, "kari");
}

void TestServer::everyReadAndWriteIsAudited()
{
    if (onPostgres())
        QSKIP("about the embedded database (its file, key or data directory)");
    bro::sync::Database db = m_server.database();
    auto count = [&](const char *action) {
        auto st = db.prepare("SELECT count(*) FROM audit WHERE action = ?");
        st.bind(1, action);
        st.step();
        return st.int64(0);
    };
    const auto reads = count("read"), writes = count("write");
    QVERIFY(writes > 0);
    QVERIFY(count("write-refused") >= 1);
    QVERIFY(count("login-failed") >= 1);
    QVERIFY(m_adviser->sync());
    m_adviser->set(p2, {"municipality=Fauske"});
    QVERIFY(m_adviser->sync());
    QCOMPARE(count("write"), writes + 1);
    Device mentor("per2");
    mentor.login(m_server, "per");
    QVERIFY(mentor.sync());
    QVERIFY(count("read") > reads);
    auto who = db.prepare("SELECT count(*) FROM audit a JOIN users u ON u.id = a.user_id "
                          "WHERE u.name = 'per' AND a.action = 'read' AND a.participant_id = ?");
    who.bind(1, p1.toStdString());
    who.step();
    QVERIFY(who.int64(0) >= 1);
}


// Protocol v2 (sync/wire.h) on the wire: a CBOR push and a JSON one are taken, a hostile batch
// is refused naming the place and changes nothing, and a pull in v2 (CBOR) holds what v1 holds.
void TestServer::v2BatchesInCborAndJson()
{
    Http http(m_server.url());
    const std::string kari = http.login("kari");
    auto make = [&](const std::string &id, const std::string &field, json value) {
        bro::sync::Change c;
        c.kind = "logbook_entry";
        c.recordId = id;
        c.field = field;
        c.value = std::move(value);
        c.stamp = http.clock.now();
        c.deviceId = http.device;
        c.opId = bro::sync::derivedOpId(c.stamp);
        return c;
    };
    const std::string e1 = bro::sync::newRecordId(), e2 = bro::sync::newRecordId();
    const std::vector<bro::sync::Change> first = {make(e1, "training_book_id", book1.toStdString()),
                                             make(e1, "entry_date", "2026-11-21"),
                                             make(e1, "hours", 6.5)};
    const auto cbor = http.post(
        "/v2/push", bro::sync::serialize(bro::sync::encodeBatch(first, bro::sync::WireEncoding::Cbor),
                                    bro::sync::WireEncoding::Cbor),
        kari);
    QCOMPARE(cbor.status, 200);
    QVERIFY(json::parse(cbor.body) == json::parse(R"({"n": 3, "refused": []})"));
    const std::vector<bro::sync::Change> second = {make(e2, "training_book_id", book2.toStdString()),
                                              make(e2, "entry_date", "2026-11-22"),
                                              make(e1, "hours", 30)}; // refused: out of range
    const auto bad = http.post("/v2/push", bro::sync::encodeBatch(second).dump(), kari);
    QCOMPARE(bad.status, 400);
    QCOMPARE(QString::fromStdString(errorOf(bad)),
             QStringLiteral("changes[2].value: hours: must be between 0 and 24 (got 30)"));
    QVERIFY(json::parse(bad.body)["change"] == json(2));
    json hostile = bro::sync::encodeBatch(second);
    hostile["r"][0][0] = 9;
    const auto broken = http.post("/v2/push", hostile.dump(), kari);
    QCOMPARE(broken.status, 400);
    QCOMPARE(QString::fromStdString(errorOf(broken)),
             QStringLiteral("r[0].kind: not an index into k"));
    const auto cut = http.post("/v2/push", std::string("\xd9\xd9\xf7\xa4\x61", 5), kari);
    QCOMPARE(cut.status, 400);
    QCOMPARE(QString::fromStdString(errorOf(cut)), QStringLiteral("body: malformed CBOR"));

    // A pull in v2 holds the same changes as one in v1.
    const json v1 = http.pullAll(kari);
    const auto r = http.get("/v2/pull?since=0", kari);
    QCOMPARE(r.status, 200);
    QVERIFY(bro::sync::isCborBody(r.body));
    const auto page = bro::sync::deserialize(r.body, bro::sync::WireEncoding::Cbor);
    QVERIFY(page);
    const auto changes = bro::sync::decodeBatch((*page)["batch"]);
    QVERIFY(changes);
    QCOMPARE(changes->size(), v1["changes"].size());
    for (std::size_t i = 0; i < changes->size(); ++i)
        QVERIFY(json((*changes)[i]) == v1["changes"][i]);
    QVERIFY((*page)["cursor"] == v1["cursor"]);
    // Another device of kari's gets the pushed entry (the refused batch left nothing).
    Http other(m_server.url());
    const auto theirs = other.get("/v2/pull?since=0", other.login("kari"));
    const auto theirPage = bro::sync::deserialize(theirs.body, bro::sync::WireEncoding::Cbor);
    QVERIFY(theirPage);
    const auto theirChanges = bro::sync::decodeBatch((*theirPage)["batch"]);
    QVERIFY(theirChanges);
    QCOMPARE(std::count_if(theirChanges->begin(), theirChanges->end(),
                           [&](const bro::sync::Change &c) { return c.recordId == e1; }),
             3);
    QVERIFY(std::none_of(theirChanges->begin(), theirChanges->end(),
                         [&](const bro::sync::Change &c) { return c.recordId == e2; }));
}

// An older app pushed in v2 without op ids, and a server from before logged the changes under
// the op ids it derived then (sync::legacyDerivedOpId); the reply was lost, the server was
// upgraded, and the app sends the same changes again: duplicates, logged once, not refused as
// "not newer" than the device's last stamp.
void TestServer::aChangeLoggedUnderTheOldDerivedOpIdIsADuplicate()
{
    Http http(m_server.url());
    const std::string kari = http.login("kari");
    const std::string entry = bro::sync::newRecordId();
    std::vector<bro::sync::Change> batch;
    for (const auto &[field, value] : std::vector<std::pair<std::string, json>>{
             {"training_book_id", book1.toStdString()}, {"entry_date", "2026-11-23"}, {"hours", 4}}) {
        bro::sync::Change c;
        c.kind = "logbook_entry";
        c.recordId = entry;
        c.field = field;
        c.value = value;
        c.stamp = http.clock.now();
        c.deviceId = http.device;
        c.opId = bro::sync::legacyDerivedOpId(c.stamp);
        QVERIFY(c.opId != bro::sync::derivedOpId(c.stamp));
        batch.push_back(c);
    }
    std::vector<json> asBefore; // what the server from before logged: the old op ids
    for (const auto &c : batch)
        asBefore.push_back(c);
    const json first = http.push(kari, asBefore);
    QCOMPARE(first["http"].get<int>(), 200);
    for (const auto &r : first["results"])
        QCOMPARE(r["status"].get<std::string>(), std::string("applied"));
    for (auto &c : batch)
        c.opId = bro::sync::derivedOpId(c.stamp); // not sent: the server derives it
    const auto again = http.post("/v2/push", bro::sync::encodeBatch(batch).dump(), kari);
    QCOMPARE(again.status, 200);
    QVERIFY2(json::parse(again.body) == json::parse(R"({"n": 3, "refused": []})"),
             again.body.c_str());
    Http other(m_server.url());
    const json page = other.pullAll(other.login("kari"));
    QCOMPARE(std::count_if(page["changes"].begin(), page["changes"].end(),
                           [&](const json &c) { return c["id"] == entry; }),
             3);
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
