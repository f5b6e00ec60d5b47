// The participant's own Bro through a real bro-server (issue 12): a self-evaluation given with
// pictograms alone on the participant's device reaches the adviser's device, in the language it
// was given in and flagged for the next meeting; the participant's own words are theirs to
// write (the adviser's device and the server refuse the adviser) and the adviser reads them;
// the participant's device receives the left bank of the bridge (the mapping without its
// sensitive notes, education, work, meetings without their notes); the trail the app fetches
// holds who opened the participant's own file and nothing about anyone else's.
#include "domain/bridge.h"
#include "domain/homestore.h"
#include "domain/selfevaluation.h"
#include "domain/trailclient.h"
#include "harness.h"
#include "store/store.h"

using namespace bro;
using namespace bro::test;
using json = nlohmann::json;

class TestParticipantSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aSelfEvaluationWithPictogramsAloneReachesTheAdvisersDevice();
    void theParticipantsOwnWordsAreTheirsToWrite();
    void theParticipantsDeviceHoldsTheBridgeButNotTheSensitiveNotes();
    void theTrailHoldsOnlyWhoOpenedMyOwnFile();

private:
    Server m_server;
    std::unique_ptr<Device> m_kari, m_amanuel;
    QString P, plan, measure, mapping, meeting;
};

void TestParticipantSync::initTestCase()
{
    m_server.addUser("kari", "adviser", {}, "Kari Nordmann");
    m_server.addUser("ola", "adviser", {}, "Ola Dahl");
    m_server.addUser("amanuel", "participant", {}, "Amanuel Tesfay");
    QVERIFY(m_server.start());
    m_kari = std::make_unique<Device>("kari");
    m_kari->login(m_server, "kari");
    Device &k = *m_kari;
    P = k.add("participant", {"name=Amanuel Tesfay", "preferred_language=Tigrinja"});
    plan = k.add("plan", {"participant_id=" + P, "goal=Elektriker med fagbrev"});
    measure = k.add("measure", {"plan_id=" + plan, "type=work_training", "status=ongoing",
                                "start_date=2026-09-01"});
    mapping = k.add("mapping", {"participant_id=" + P, "norwegian_speaking=B1",
                                "other_languages=Tigrinja, arabisk", "health_notes=Astma"});
    k.add("education", {"participant_id=" + P, "subject=Elektroinstallasjon", "country=Eritrea"});
    meeting = k.add("meeting", {"participant_id=" + P, "type=status_evaluation",
                                "meeting_date=2099-12-01"});
    k.add("meeting_note", {"meeting_id=" + meeting, "written_at=2026-11-01T10:00:00Z",
                           "text=Snakket om familien."});
    k.add("agreed_action", {"meeting_id=" + meeting, "text=Søke NOKUT", "done=false"});
    QVERIFY(k.sync());
    QCOMPARE(m_server.admin({"participant", "link", "--user", "amanuel", "--participant", P}).exitCode, 0);
    // Ola's own participant, unknown to Kari and to Amanuel.
    Device ola("ola");
    ola.login(m_server, "ola");
    ola.add("participant", {"name=Rahaf Al-Hassan"});
    QVERIFY(ola.sync());
    m_amanuel = std::make_unique<Device>("amanuel");
    m_amanuel->login(m_server, "amanuel");
    QVERIFY(m_amanuel->sync());
}

void TestParticipantSync::aSelfEvaluationWithPictogramsAloneReachesTheAdvisersDevice()
{
    // Four taps on the phone, nothing typed.
    const QString id = m_amanuel->add("self_evaluation",
                                      {"participant_id=" + P, "written_on=2026-11-20",
                                       "likes_work=yes", "is_hard=yes", "continue_path=unsure",
                                       "score=3", "language=ti"});
    QVERIFY(!id.isEmpty());
    QVERIFY(m_amanuel->sync());
    QVERIFY(m_kari->sync());

    auto opened = openHomeStore(m_kari->home());
    QVERIFY(opened.store);
    const auto list = selfEvaluations(*opened.store, P.toStdString());
    QCOMPARE(list.size(), std::size_t(1));
    const json &e = list.front();
    QCOMPARE(QString::fromStdString(e["id"]), id);
    QVERIFY(e["likes_work"] == "yes" && e["is_hard"] == "yes" && e["continue_path"] == "unsure");
    QCOMPARE(e["score"].get<int>(), 3);
    QVERIFY(e["language"] == "ti");
    QVERIFY(e["text"].is_null());
    QVERIFY(needsTalk(e)); // "not sure" about going on: the next meeting takes it up

    // Append-only: the participant cannot change it afterwards, not even through the server.
    opened.store.reset();
    QVERIFY(!m_amanuel->set(id, {"continue_path=yes"}));
}

void TestParticipantSync::theParticipantsOwnWordsAreTheirsToWrite()
{
    QVERIFY(m_amanuel->set(plan, {"goal_in_my_words=ኤሌክትሪሻን ክኸውን እደሊ"}));
    QVERIFY(m_amanuel->set(measure, {"participant_note=Per er en god lærer"}));
    // The adviser's fields are not the participant's.
    QVERIFY(!m_amanuel->set(plan, {"goal=Lege"}));
    QVERIFY(!m_amanuel->set(measure, {"status=completed"}));
    QVERIFY(m_amanuel->sync());
    QVERIFY(m_kari->sync());
    json dump = m_kari->json();
    bool goalSeen = false, noteSeen = false;
    for (const auto &r : dump["plan"])
        goalSeen = goalSeen || r.value("goal_in_my_words", json()) == "ኤሌክትሪሻን ክኸውን እደሊ";
    for (const auto &r : dump["measure"])
        noteSeen = noteSeen || r.value("participant_note", json()) == "Per er en god lærer";
    QVERIFY(goalSeen);
    QVERIFY(noteSeen);
    // The adviser may not write them: the device refuses, and so does the server.
    QVERIFY(!m_kari->set(plan, {"goal_in_my_words=Noe annet"}));
    Http tablet(m_server.url());
    const std::string t = tablet.login("kari");
    const json r = tablet.push(t, {tablet.change("plan", plan.toStdString(), "goal_in_my_words",
                                                 "Noe annet")});
    QVERIFY2(r.dump().find("applied") == std::string::npos, r.dump().c_str());
    QVERIFY(m_amanuel->sync());
    for (const auto &p : m_amanuel->json()["plan"])
        QVERIFY(p["goal_in_my_words"] == "ኤሌክትሪሻን ክኸውን እደሊ");
}

void TestParticipantSync::theParticipantsDeviceHoldsTheBridgeButNotTheSensitiveNotes()
{
    QVERIFY(m_amanuel->sync());
    const json dump = m_amanuel->json();
    const QByteArray text = QByteArray::fromStdString(dump.dump());
    QVERIFY(!text.contains("Astma"));
    QVERIFY(!text.contains("Snakket om familien"));
    QVERIFY(!text.contains("Rahaf"));
    QCOMPARE(dump["participant"].size(), std::size_t(1));

    auto opened = openHomeStore(m_amanuel->home());
    QVERIFY(opened.store);
    const auto v = loadBridge(*opened.store, P.toStdString(), "2026-11-20");
    QVERIFY(v);
    QCOMPARE(v->goal, std::string("Elektriker med fagbrev"));
    QCOMPARE(v->norwegianLevel, std::string("B1"));
    QCOMPARE(v->otherLanguages, std::string("Tigrinja, arabisk"));
    QCOMPARE(v->education.size(), std::size_t(1));
    QCOMPARE(v->planks.size(), std::size_t(1));
    QCOMPARE(v->current, 0);
    QCOMPARE(v->nextMeetingDate, std::string("2099-12-01"));
    QVERIFY(v->agreed == std::vector<std::string>{"Søke NOKUT"});
}

void TestParticipantSync::theTrailHoldsOnlyWhoOpenedMyOwnFile()
{
    Http self(m_server.url());
    const std::string token = self.login("amanuel");
    const TrailFetch f = fetchTrail(self.transport, token);
    QVERIFY2(f.outcome == TrailFetch::Outcome::Ok, f.detail.c_str());
    bool kariWrote = false, kariRead = false;
    for (const auto &e : f.entries) {
        kariWrote = kariWrote || (e.name == "Kari Nordmann" && e.role == "adviser" && e.action == "write");
        kariRead = kariRead || (e.name == "Kari Nordmann" && e.action == "read");
        QVERIFY2(e.name != "Ola Dahl", "Ola never touched Amanuel's file");
        QVERIFY(e.at > 0);
    }
    QVERIFY(kariWrote);
    QVERIFY(kariRead);
    for (std::size_t i = 1; i < f.entries.size(); ++i)
        QVERIFY(f.entries[i - 1].at >= f.entries[i].at); // newest first

    // An adviser has no trail of their own here; no token, no trail.
    Http tablet(m_server.url());
    QCOMPARE(int(fetchTrail(tablet.transport, tablet.login("kari")).outcome),
             int(TrailFetch::Outcome::Forbidden));
    QCOMPARE(int(fetchTrail(tablet.transport, "").outcome), int(TrailFetch::Outcome::Unauthorized));
}

QTEST_GUILESS_MAIN(TestParticipantSync)
#include "tst_participant_sync.moc"
