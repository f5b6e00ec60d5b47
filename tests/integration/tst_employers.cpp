// Employers and their needs against a real bro-server (issue 15): shared by the advisers of
// one municipality, a mentor's own employer's record only, nothing for participants and
// leaders, and no Intro-CV or consent for a mentor. Writes outside the scope are refused and
// change nothing; a bad organisation number is refused naming the field and the reason.
#include "harness.h"

#include <bro/sync/uuid.h>

#include <set>

using namespace bro::test;
using nlohmann::json;

namespace {

// The record ids (of one kind, or every kind) a pull reply carries.
std::set<std::string> idsOf(const json &pull, const std::string &kind = {})
{
    std::set<std::string> out;
    if (!pull.contains("changes"))
        return out;
    for (const auto &c : pull["changes"])
        if (kind.empty() || c["kind"] == kind)
            out.insert(c["id"].get<std::string>());
    return out;
}

std::set<std::string> kindsOf(const json &pull)
{
    std::set<std::string> out;
    if (pull.contains("changes"))
        for (const auto &c : pull["changes"])
            out.insert(c["kind"].get<std::string>());
    return out;
}

} // namespace

class TestEmployers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void advisersOfTheMunicipalityShareItsEmployersAndNeeds();
    void anAdviserOfAnotherMunicipalityGetsNothingAndChangesNothing();
    void aMentorGetsTheirOwnEmployerOnlyAndNoNeedNoCv();
    void participantsAndLeadersGetNoEmployer();
    void aBadOrganisationNumberIsRefusedNamingTheFieldAndTheReason();
    void aDeviceStoresThePulledEmployersAndSyncsAnEditBack();

private:
    void addUser(const QStringList &args, const QString &name);
    json make(Http &http, const std::string &kind, const std::string &id, const json &fields);

    Server m_server;
    std::string m_elektro = bro::sync::newRecordId();
    std::string m_solstua = bro::sync::newRecordId();
    std::string m_tromso = bro::sync::newRecordId();
    std::string m_elektroNeed = bro::sync::newRecordId();
    std::string m_solstuaNeed = bro::sync::newRecordId();
    std::string m_participant = bro::sync::newRecordId();
    std::string m_cv = bro::sync::newRecordId();
    std::string m_consent = bro::sync::newRecordId();
};

void TestEmployers::addUser(const QStringList &args, const QString &name)
{
    const Result r = m_server.admin(QStringList{"user", "add", "--name", name} + args,
                                    "passord-" + name.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

json TestEmployers::make(Http &http, const std::string &kind, const std::string &id,
                         const json &fields)
{
    std::vector<json> changes;
    for (const auto &[field, value] : fields.items())
        changes.push_back(http.change(kind, id, field, value));
    return changes;
}

void TestEmployers::initTestCase()
{
    addUser({"--role", "adviser", "--municipality", "Bodø"}, "ada");
    addUser({"--role", "adviser", "--municipality", "Bodø"}, "bea");
    addUser({"--role", "adviser", "--municipality", "Tromsø"}, "tor");
    addUser({"--role", "adviser"}, "nils"); // no municipality: no employer
    addUser({"--role", "mentor", "--employer", "Elektro Nord AS"}, "mia");
    addUser({"--role", "mentor", "--employer", "Solstua barnehage"}, "ola");
    addUser({"--role", "participant"}, "pia");
    addUser({"--role", "leader", "--municipality", "Bodø"}, "leo");
    QVERIFY(m_server.start());

    Http ada(m_server.url());
    const std::string token = ada.login("ada");
    QVERIFY(!token.empty());
    std::vector<json> changes;
    auto add = [&](const std::string &kind, const std::string &id, const json &fields) {
        for (const auto &c : make(ada, kind, id, fields))
            changes.push_back(c);
    };
    add("employer", m_elektro,
        {{"name", "Elektro Nord AS"}, {"organisation_number", "974760673"},
         {"municipality", "Bodø"}, {"contact_person", "Kari Nordmann"}});
    add("employer_need", m_elektroNeed,
        {{"employer_id", m_elektro}, {"occupation", "elektriker"}, {"positions", 2},
         {"norwegian_speaking", "B1"}, {"required_qualification", "trade_certificate"},
         {"status", "open"}});
    add("employer", m_solstua,
        {{"name", "Solstua barnehage"}, {"organisation_number", "889640782"},
         {"municipality", "Bodø"}});
    add("employer_need", m_solstuaNeed,
        {{"employer_id", m_solstua}, {"occupation", "barnehageassistent"}, {"positions", 1},
         {"status", "open"}});
    add("participant", m_participant, {{"name", "Amanuel Tesfay"}, {"municipality", "Bodø"}});
    add("intro_cv", m_cv, {{"participant_id", m_participant}, {"profile", "Elektriker fra Asmara"}});
    add("cv_consent", m_consent,
        {{"participant_id", m_participant}, {"employer_name", "Elektro Nord AS"},
         {"organisation_number", "974760673"}, {"given", true}, {"given_on", "2026-11-30"},
         {"recorded_by", "participant"}});
    const json reply = ada.push(token, changes);
    QCOMPARE(reply["http"].get<int>(), 200);
    for (const auto &r : reply["results"])
        QVERIFY2(r["status"] == "applied", r.dump().c_str());

    Http tor(m_server.url());
    const std::string torToken = tor.login("tor");
    const json torReply =
        tor.push(torToken, make(tor, "employer", m_tromso,
                                {{"name", "Tromsø Bygg AS"}, {"organisation_number", "974760673"},
                                 {"municipality", "Tromsø"}}));
    for (const auto &r : torReply["results"])
        QVERIFY2(r["status"] == "applied", r.dump().c_str());

    // The participant is placed with Elektro Nord AS: its mentor reaches the participant's name.
    QCOMPARE(m_server.admin({"placement", "add", "--participant", QString::fromStdString(m_participant),
                             "--employer", "Elektro Nord AS"})
                 .exitCode,
             0);
    QCOMPARE(m_server.admin({"participant", "link", "--user", "pia", "--participant",
                             QString::fromStdString(m_participant)})
                 .exitCode,
             0);
}

void TestEmployers::advisersOfTheMunicipalityShareItsEmployersAndNeeds()
{
    Http bea(m_server.url());
    const json pull = bea.pullAll(bea.login("bea"));
    QCOMPARE(idsOf(pull, "employer"), (std::set<std::string>{m_elektro, m_solstua}));
    QCOMPARE(idsOf(pull, "employer_need"), (std::set<std::string>{m_elektroNeed, m_solstuaNeed}));
    // The caseload stays the adviser's own: bea has no participant of ada's.
    QVERIFY(idsOf(pull, "participant").empty());
    QVERIFY(idsOf(pull, "intro_cv").empty());

    // bea edits a need of her municipality; ada sees it.
    const std::string token = bea.login("bea");
    const json reply = bea.push(token, {bea.change("employer_need", m_elektroNeed, "status", "in_progress")});
    QVERIFY2(reply["results"][0]["status"] == "applied", reply.dump().c_str());
    Http ada(m_server.url());
    const json adaPull = ada.pullAll(ada.login("ada"));
    bool seen = false;
    for (const auto &c : adaPull["changes"])
        seen = seen || (c["id"] == m_elektroNeed && c["field"] == "status" && c["value"] == "in_progress");
    QVERIFY(seen);
}

void TestEmployers::anAdviserOfAnotherMunicipalityGetsNothingAndChangesNothing()
{
    Http tor(m_server.url());
    const std::string token = tor.login("tor");
    const json pull = tor.pullAll(token);
    QCOMPARE(idsOf(pull, "employer"), std::set<std::string>{m_tromso});
    QVERIFY(idsOf(pull, "employer_need").empty());
    for (const auto &c : pull["changes"])
        QVERIFY2(c["id"] != m_elektro && c["id"] != m_solstua, c.dump().c_str());

    // Writes into Bodø's employers are refused, and a Bodø employer cannot be made from Tromsø.
    const std::string newNeed = bro::sync::newRecordId();
    const std::string newEmployer = bro::sync::newRecordId();
    std::vector<json> changes{tor.change("employer", m_elektro, "contact_person", "Hacker")};
    for (const auto &c : make(tor, "employer_need", newNeed,
                              {{"employer_id", m_elektro}, {"occupation", "x"}, {"positions", 1},
                               {"status", "open"}}))
        changes.push_back(c);
    for (const auto &c : make(tor, "employer", newEmployer,
                              {{"name", "Falsk AS"}, {"organisation_number", "974760673"},
                               {"municipality", "Bodø"}}))
        changes.push_back(c);
    const json reply = tor.push(token, changes);
    QCOMPARE(reply["http"].get<int>(), 200);
    for (const auto &r : reply["results"])
        QVERIFY2(r["status"] == "forbidden", r.dump().c_str());
    QVERIFY(reply["results"][0]["reason"].get<std::string>().find("municipality") != std::string::npos);
    QVERIFY(reply["results"][5]["reason"].get<std::string>().find("may not create an employer of Bodø") !=
            std::string::npos);

    // An adviser without a municipality reaches no employer.
    Http nils(m_server.url());
    QVERIFY(idsOf(nils.pullAll(nils.login("nils"))).empty());

    // Nothing changed for Bodø.
    Http bea(m_server.url());
    const json beaPull = bea.pullAll(bea.login("bea"));
    QVERIFY(!idsOf(beaPull).count(newNeed));
    QVERIFY(!idsOf(beaPull).count(newEmployer));
    for (const auto &c : beaPull["changes"])
        QVERIFY2(c["value"] != "Hacker", c.dump().c_str());
}

void TestEmployers::aMentorGetsTheirOwnEmployerOnlyAndNoNeedNoCv()
{
    Http mia(m_server.url());
    const std::string token = mia.login("mia");
    const json pull = mia.pullAll(token);
    QCOMPARE(idsOf(pull, "employer"), std::set<std::string>{m_elektro});
    QCOMPARE(idsOf(pull, "participant"), std::set<std::string>{m_participant});
    QCOMPARE(kindsOf(pull), (std::set<std::string>{"employer", "participant"}));
    // The participant's name, and nothing else of the record.
    for (const auto &c : pull["changes"])
        if (c["kind"] == "participant")
            QCOMPARE(c["field"].get<std::string>(), std::string("name"));

    // What the mentor may not write: their employer record, or a need of it.
    const json reply = mia.push(token, {mia.change("employer", m_elektro, "contact_person", "Mia"),
                                        mia.change("employer_need", m_elektroNeed, "status", "filled")});
    for (const auto &r : reply["results"])
        QVERIFY2(r["status"] == "forbidden", r.dump().c_str());

    // Fetching records by id gives a mentor nothing outside their scope either.
    const auto r = mia.post("/v1/records",
                            json{{"ids", {m_solstua, m_solstuaNeed, m_elektroNeed, m_cv, m_consent}}}.dump(),
                            token);
    QCOMPARE(r.status, 200);
    QVERIFY2(idsOf(json::parse(r.body)).empty(), r.body.c_str());

    Http ola(m_server.url());
    const json olaPull = ola.pullAll(ola.login("ola"));
    QCOMPARE(idsOf(olaPull), std::set<std::string>{m_solstua});
}

void TestEmployers::participantsAndLeadersGetNoEmployer()
{
    Http pia(m_server.url());
    const json pull = pia.pullAll(pia.login("pia"));
    QVERIFY(idsOf(pull, "employer").empty());
    QVERIFY(idsOf(pull, "employer_need").empty());
    // Their own CV and consent they do get.
    QCOMPARE(idsOf(pull, "intro_cv"), std::set<std::string>{m_cv});
    QCOMPARE(idsOf(pull, "cv_consent"), std::set<std::string>{m_consent});

    Http leo(m_server.url());
    QVERIFY(idsOf(leo.pullAll(leo.login("leo"))).empty());
}

void TestEmployers::aBadOrganisationNumberIsRefusedNamingTheFieldAndTheReason()
{
    Http ada(m_server.url());
    const std::string token = ada.login("ada");
    const std::string id = bro::sync::newRecordId();
    const json reply = ada.push(token, make(ada, "employer", id,
                                            {{"name", "Feil AS"}, {"organisation_number", "974760674"},
                                             {"municipality", "Bodø"}}));
    QCOMPARE(reply["http"].get<int>(), 400);
    QVERIFY2(reply["error"].get<std::string>().find(
                 "organisation_number: the check digit is wrong (MOD11: 97476067 needs 3, got 4)") !=
                 std::string::npos,
             reply.dump().c_str());
    Http bea(m_server.url());
    QVERIFY(!idsOf(bea.pullAll(bea.login("bea"))).count(id));
}

void TestEmployers::aDeviceStoresThePulledEmployersAndSyncsAnEditBack()
{
    Device tablet(QStringLiteral("bea-tablet"));
    tablet.login(m_server, QStringLiteral("bea"));
    QVERIFY(tablet.sync());
    const json dump = tablet.json();
    std::set<std::string> employers;
    for (const auto &e : dump["employer"])
        employers.insert(e["id"].get<std::string>());
    QCOMPARE(employers, (std::set<std::string>{m_elektro, m_solstua}));
    QVERIFY(tablet.set(QString::fromStdString(m_solstua), {"contact_phone=75 55 00 00"}));
    QVERIFY(tablet.sync());
    QVERIFY2(tablet.conflicts().empty(), tablet.conflicts().dump().c_str());
    Http ada(m_server.url());
    const json pulled = ada.pullAll(ada.login("ada"));
    bool seen = false;
    for (const auto &c : pulled["changes"])
        seen = seen || (c["id"] == m_solstua && c["field"] == "contact_phone" && c["value"] == "75 55 00 00");
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(TestEmployers)
#include "tst_employers.moc"
