// The job match against a hand-built fixture: four needs and eight participants, each
// ranking worked out by hand from the points in domain/jobmatch.h (the sums are in the
// comments), the reasons as codes with their values, and the reasons in words.
#include "domain/jobmatch.h"
#include "domain/jobmatchtext.h"

#include <QTest>

using namespace bro::match;
using nlohmann::json;

namespace {

const std::string kToday = "2026-12-02";

// Record ids sort in the order the fixture makes them (as UUIDv7 ids would).
std::string id(int n)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "01890000-0000-7000-8000-%012d", n);
    return buf;
}

struct Fixture
{
    json records = json::object();
    int next = 1;

    std::string add(const std::string &kind, json fields)
    {
        fields["id"] = id(next++);
        fields["deleted"] = false;
        records[kind].push_back(fields);
        return fields["id"];
    }
    std::string participant(const std::string &name, const std::string &phase)
    {
        return add("participant", {{"name", name}, {"phase", phase}});
    }
    void norwegian(const std::string &p, json levels)
    {
        levels["participant_id"] = p;
        add("mapping", levels);
    }
    void education(const std::string &p, const std::string &level, const std::string &subject,
                   const std::string &nokut, const std::string &date = {})
    {
        json e{{"participant_id", p}, {"level", level}, {"subject", subject}, {"nokut_status", nokut}};
        if (!date.empty())
            e[nokut == "sent" ? "nokut_sent_date" : "nokut_decision_date"] = date;
        add("education", e);
    }
    void work(const std::string &p, const std::string &occupation, double years, bool formal)
    {
        add("work_experience", {{"participant_id", p}, {"occupation", occupation}, {"years", years}, {"formal", formal}});
    }
};

struct World
{
    Fixture f;
    std::string amanuel, dawit, fatima, hassan, olena, yonas, samira, ali;
    std::string elektriker, assistent, sykepleier, lager, filled;

    World()
    {
        const std::string elektro = f.add("employer", {{"name", "Elektro Nord AS"}});
        const std::string solstua = f.add("employer", {{"name", "Solstua barnehage"}});
        const std::string sykehus = f.add("employer", {{"name", "Nordlandssykehuset"}});
        const std::string coop = f.add("employer", {{"name", "Coop Bodø"}});
        elektriker = f.add("employer_need", {{"employer_id", elektro}, {"occupation", "elektriker"}, {"positions", 2},
                                             {"norwegian_speaking", "B1"}, {"norwegian_reading", "A2"},
                                             {"required_qualification", "trade_certificate"},
                                             {"qualification_field", "elektro"}, {"experience_years", 3},
                                             {"status", "open"}});
        assistent = f.add("employer_need", {{"employer_id", solstua}, {"occupation", "barnehageassistent"},
                                            {"positions", 1}, {"norwegian_speaking", "B2"},
                                            {"norwegian_listening", "B1"}, {"required_qualification", "none"},
                                            {"status", "open"}});
        sykepleier = f.add("employer_need", {{"employer_id", sykehus}, {"occupation", "sykepleier"}, {"positions", 3},
                                             {"norwegian_speaking", "B2"}, {"norwegian_writing", "B2"},
                                             {"norwegian_reading", "B2"}, {"required_qualification", "bachelor"},
                                             {"qualification_field", "sykepleie"}, {"status", "in_progress"}});
        lager = f.add("employer_need", {{"employer_id", coop}, {"occupation", "lagermedarbeider"}, {"positions", 4},
                                        {"norwegian_speaking", "A2"}, {"status", "open"}});
        filled = f.add("employer_need", {{"employer_id", coop}, {"occupation", "elektriker"}, {"positions", 1},
                                         {"status", "filled"}});
        f.add("employer_need", {{"employer_id", id(9999)}, {"occupation", "ukjent"}, {"status", "open"}});
        f.add("employer_need", {{"employer_id", coop}, {"occupation", "slettet"}, {"status", "open"}});
        f.records["employer_need"].back()["deleted"] = true;

        amanuel = f.participant("Amanuel Tesfay", "job_match");
        f.norwegian(amanuel, {{"norwegian_speaking", "B1"}, {"norwegian_reading", "B1"},
                              {"norwegian_listening", "B1"}, {"norwegian_writing", "A2"}});
        f.education(amanuel, "vocational", "Elektro", "recognised", "2025-06-01");
        f.work(amanuel, "Elektriker", 6, true);
        const std::string book = f.add("training_book", {{"participant_id", amanuel}, {"employer", "Elektro Nord AS"},
                                                         {"workplace", "Elektro Nord AS"}});
        for (int i = 0; i < 5; ++i) {
            const std::string goal = f.add("competence_goal", {{"training_book_id", book}, {"title", "Mål " + std::to_string(i)},
                                                               {"trade", "Elektrikerfaget"}});
            f.add("assessment", {{"training_book_id", book}, {"goal_id", goal}, {"status", "in_progress"},
                                 {"assessed_on", "2026-09-01"}});
            f.add("assessment", {{"training_book_id", book}, {"goal_id", goal}, {"status", "achieved"},
                                 {"assessed_on", "2026-10-01"}});
        }

        dawit = f.participant("Dawit Haile", "qualification");
        f.norwegian(dawit, {{"norwegian_speaking", "A2"}, {"norwegian_reading", "A2"}});
        f.education(dawit, "vocational", "Elektroteknikk", "sent", "2026-03-01");
        f.work(dawit, "elektriker", 2, true);

        fatima = f.participant("Fatima Noor", "job_match");
        f.norwegian(fatima, {{"norwegian_speaking", "B2"}, {"norwegian_listening", "B2"},
                             {"norwegian_reading", "B1"}, {"norwegian_writing", "B1"}});
        f.education(fatima, "bachelor", "Sykepleie", "partly", "2025-11-10");
        f.work(fatima, "sykepleier", 8, true);
        f.add("plan", {{"participant_id", fatima}, {"goal", "Jobbe som sykepleier"}});

        hassan = f.participant("Hassan Ali", "job_match");
        f.norwegian(hassan, {{"norwegian_speaking", "B1"}, {"norwegian_listening", "B1"}});
        f.work(hassan, "barnehageassistent", 1, false);

        olena = f.participant("Olena Kovalenko", "job_match");
        f.norwegian(olena, {{"norwegian_speaking", "B2"}, {"norwegian_listening", "B2"},
                            {"norwegian_reading", "B2"}, {"norwegian_writing", "B2"}});
        f.work(olena, "lagermedarbeider", 2, true);
        f.add("employment", {{"participant_id", olena}, {"employer", "Rema 1000"}, {"start_date", "2026-01-01"},
                             {"position_percent", 100}, {"wage_subsidy", false}});

        yonas = f.participant("Yonas Berhe", "before");
        f.work(yonas, "Lager", 1, true);
        // An employment that ended does not make him unavailable.
        f.add("employment", {{"participant_id", yonas}, {"employer", "Posten"}, {"start_date", "2025-01-01"},
                             {"end_date", "2025-06-30"}, {"position_percent", 50}, {"wage_subsidy", false}});

        samira = f.participant("Samira Haidari", "qualification");
        f.norwegian(samira, {{"norwegian_speaking", "A1"}});
        f.education(samira, "bachelor", "Sykepleie", "not_started");
        f.add("plan", {{"participant_id", samira}, {"goal", "Bli sykepleier i Norge"}});

        ali = f.participant("Ali Rahimi", "job_match");
        f.norwegian(ali, {{"norwegian_speaking", "B1"}, {"norwegian_reading", "B1"},
                          {"norwegian_listening", "B1"}, {"norwegian_writing", "B1"}});
        f.education(ali, "vocational", "Elektro", "refused");
        f.work(ali, "elektriker", 4, false);

        // Deleted participants are not candidates.
        f.add("participant", {{"name", "Slettet Person"}, {"phase", "job_match"}, {"deleted", true}});
        f.records["participant"].back()["deleted"] = true;
    }
};

const Need &needById(const std::vector<Need> &needs, const std::string &id)
{
    for (const auto &n : needs)
        if (n.id == id)
            return n;
    qFatal("no need %s", id.c_str());
}

std::vector<std::string> order(const std::vector<Match> &ms, bool byNeed = false)
{
    std::vector<std::string> out;
    for (const auto &m : ms)
        out.push_back(byNeed ? m.needId : m.participantId);
    return out;
}

std::vector<int> scores(const std::vector<Match> &ms)
{
    std::vector<int> out;
    for (const auto &m : ms)
        out.push_back(m.score);
    return out;
}

const Match &matchOf(const std::vector<Match> &ms, const std::string &participant)
{
    for (const auto &m : ms)
        if (m.participantId == participant)
            return m;
    qFatal("no match for %s", participant.c_str());
}

} // namespace

class TestJobMatch : public QObject
{
    Q_OBJECT

private slots:
    void candidatesAndNeedsAreReadFromTheRecords();
    void theElectricianNeedRanksByHand();
    void theKindergartenNeedRanksByHandWithTiesByName();
    void theNurseNeedRanksByHand();
    void theWarehouseNeedRanksByHand();
    void aParticipantsOpenNeedsRankByHand();
    void reasonsAreCodesWithTheirValues();
    void reasonsInWords_data();
    void reasonsInWords();
    void theSameRecordsInAnotherOrderRankTheSame();
};

void TestJobMatch::candidatesAndNeedsAreReadFromTheRecords()
{
    World w;
    const auto candidates = candidatesFrom(w.f.records, kToday);
    QCOMPARE(candidates.size(), std::size_t(8));
    const auto needs = needsFrom(w.f.records);
    QCOMPARE(needs.size(), std::size_t(5)); // not the deleted one, not the unknown employer's
    const Candidate &amanuel = candidates.front();
    QCOMPARE(amanuel.name, std::string("Amanuel Tesfay"));
    QCOMPARE(amanuel.training.size(), std::size_t(1));
    QCOMPARE(amanuel.training[0].achieved, 5); // the latest assessment of each goal
    QCOMPARE(amanuel.norwegian.at("speaking"), std::string("B1"));
    QCOMPARE(candidates[4].employedAt, std::string("Rema 1000"));
    QVERIFY(candidates[5].employedAt.empty()); // Yonas's employment ended
    QCOMPARE(needById(needs, w.elektriker).employerName, std::string("Elektro Nord AS"));
    QCOMPARE(needById(needs, w.elektriker).norwegian.size(), std::size_t(2));
}

void TestJobMatch::theElectricianNeedRanksByHand()
{
    World w;
    const auto ranked = rankCandidates(needById(needsFrom(w.f.records), w.elektriker),
                                       candidatesFrom(w.f.records, kToday), kToday);
    // Amanuel 40+15+10+10+30+15; Dawit 25+3+10+10+8; Ali 20+10+10+0+15; Fatima 0+10+10+0+15;
    // Hassan 0+10+0+0+15; Samira 0+0+0+0+8; Yonas 0; Olena 0+10+10+0-100.
    QCOMPARE(order(ranked), (std::vector<std::string>{w.amanuel, w.dawit, w.ali, w.fatima,
                                                      w.hassan, w.samira, w.yonas, w.olena}));
    QCOMPARE(scores(ranked), (std::vector<int>{120, 56, 55, 35, 25, 8, 0, -80}));
}

void TestJobMatch::theKindergartenNeedRanksByHandWithTiesByName()
{
    World w;
    const auto ranked = rankCandidates(needById(needsFrom(w.f.records), w.assistent),
                                       candidatesFrom(w.f.records, kToday), kToday);
    // Hassan 20+3+10+15; Fatima 10+10+15; Ali and Amanuel 3+10+15 (Ali first by name);
    // Dawit and Samira 8 (Dawit first); Yonas 0; Olena 10+10-100.
    QCOMPARE(order(ranked), (std::vector<std::string>{w.hassan, w.fatima, w.ali, w.amanuel,
                                                      w.dawit, w.samira, w.yonas, w.olena}));
    QCOMPARE(scores(ranked), (std::vector<int>{48, 35, 28, 28, 8, 8, 0, -80}));
}

void TestJobMatch::theNurseNeedRanksByHand()
{
    World w;
    const auto ranked = rankCandidates(needById(needsFrom(w.f.records), w.sykepleier),
                                       candidatesFrom(w.f.records, kToday), kToday);
    // Fatima 40+10+3+3+15+15; Ali 3+3+3+15; Amanuel 3+0+3+15; Hassan 3+15; Samira plan 5 +
    // not sent 3 + 8; Dawit 8; Yonas 0; Olena 30-100.
    QCOMPARE(order(ranked), (std::vector<std::string>{w.fatima, w.ali, w.amanuel, w.hassan,
                                                      w.samira, w.dawit, w.yonas, w.olena}));
    QCOMPARE(scores(ranked), (std::vector<int>{86, 24, 21, 18, 16, 8, 0, -70}));
}

void TestJobMatch::theWarehouseNeedRanksByHand()
{
    World w;
    const auto ranked = rankCandidates(needById(needsFrom(w.f.records), w.lager),
                                       candidatesFrom(w.f.records, kToday), kToday);
    // Yonas 40 ("lager" is in "lagermedarbeider"); Ali, Amanuel, Fatima, Hassan 10+15 (by
    // name); Dawit 10+8; Samira 3+8; Olena 40+10-100.
    QCOMPARE(order(ranked), (std::vector<std::string>{w.yonas, w.ali, w.amanuel, w.fatima,
                                                      w.hassan, w.dawit, w.samira, w.olena}));
    QCOMPARE(scores(ranked), (std::vector<int>{40, 25, 25, 25, 25, 18, 11, -50}));
}

void TestJobMatch::aParticipantsOpenNeedsRankByHand()
{
    World w;
    const auto candidates = candidatesFrom(w.f.records, kToday);
    const auto needs = needsFrom(w.f.records);
    // Amanuel: elektriker 120, barnehageassistent 28, lager 25, sykepleier 21; the filled
    // elektriker need at Coop is not offered.
    const auto ranked = rankNeeds(candidates.front(), needs, kToday);
    QCOMPARE(order(ranked, true),
             (std::vector<std::string>{w.elektriker, w.assistent, w.lager, w.sykepleier}));
    QCOMPARE(scores(ranked), (std::vector<int>{120, 28, 25, 21}));
    // Fatima: sykepleier 86, then barnehageassistent and elektriker at 35 (Elektro Nord AS
    // before Solstua barnehage by employer name), lager 25.
    const auto forFatima = rankNeeds(candidates[2], needs, kToday);
    QCOMPARE(order(forFatima, true),
             (std::vector<std::string>{w.sykepleier, w.elektriker, w.assistent, w.lager}));
}

void TestJobMatch::reasonsAreCodesWithTheirValues()
{
    World w;
    const auto ranked = rankCandidates(needById(needsFrom(w.f.records), w.elektriker),
                                       candidatesFrom(w.f.records, kToday), kToday);
    const Match &amanuel = matchOf(ranked, w.amanuel);
    QCOMPARE(amanuel.reasons.size(), std::size_t(6));
    QCOMPARE(amanuel.reasons[0].code, ReasonCode::ExperienceFull);
    QCOMPARE(amanuel.reasons[0].years, 6.0);
    QCOMPARE(amanuel.reasons[1].code, ReasonCode::TrainingInTrade);
    QCOMPARE(amanuel.reasons[1].count, 5);
    QCOMPARE(amanuel.reasons[2].skill, std::string("reading")); // skills in catalogue order
    QCOMPARE(amanuel.reasons[3].skill, std::string("speaking"));
    QCOMPARE(amanuel.reasons[3].required, std::string("B1"));
    QCOMPARE(amanuel.reasons[3].actual, std::string("B1"));
    QCOMPARE(amanuel.reasons[4].code, ReasonCode::QualificationInPlace);
    QCOMPARE(amanuel.reasons[4].date, std::string("2025-06-01"));
    QCOMPARE(amanuel.reasons[5].code, ReasonCode::AvailableNow);
    int sum = 0;
    for (const auto &r : amanuel.reasons)
        sum += r.points;
    QCOMPARE(sum, amanuel.score);

    const Match &dawit = matchOf(ranked, w.dawit);
    QCOMPARE(dawit.reasons[0].code, ReasonCode::ExperienceShort);
    QCOMPARE(dawit.reasons.back().code, ReasonCode::AvailableSoon);
    QCOMPARE(matchOf(ranked, w.ali).reasons[3].code, ReasonCode::QualificationMissing); // refused
    QCOMPARE(matchOf(ranked, w.olena).reasons.back().code, ReasonCode::NotAvailableEmployed);
    QCOMPARE(matchOf(ranked, w.olena).reasons.back().detail, std::string("Rema 1000"));

    const json j = toJson(dawit);
    QCOMPARE(j["reasons"][3]["code"].get<std::string>(), std::string("qualification_pending"));
    QCOMPARE(j["reasons"][3]["date"].get<std::string>(), std::string("2026-03-01"));
    QCOMPARE(j["score"].get<int>(), 56);
}

void TestJobMatch::reasonsInWords_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("skill");
    QTest::addColumn<QString>("required");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("nb");
    QTest::addColumn<QString>("en");
    QTest::newRow("met") << int(ReasonCode::NorwegianMet) << "speaking" << "B1" << "B1" << ""
                         << QString::fromUtf8("B1 muntlig krevd \u2014 har B1")
                         << QString::fromUtf8("B1 speaking required \u2014 has B1");
    QTest::newRow("one below") << int(ReasonCode::NorwegianOneBelow) << "writing" << "B2" << "B1" << ""
                               << QString::fromUtf8("B2 skriftlig krevd \u2014 har B1 (ett nivå under)")
                               << QString::fromUtf8("B2 writing required \u2014 has B1 (one level below)");
    QTest::newRow("pending") << int(ReasonCode::QualificationPending) << "" << "trade_certificate" << ""
                             << "2026-03-01"
                             << QString::fromUtf8("fagbrev mangler \u2014 NOKUT-søknad sendt 2026-03-01")
                             << QString::fromUtf8("trade certificate missing \u2014 NOKUT application sent 2026-03-01");
    QTest::newRow("in place") << int(ReasonCode::QualificationInPlace) << "" << "bachelor" << ""
                              << "2025-06-01"
                              << QString::fromUtf8("bachelorgrad krevd \u2014 godkjent av NOKUT 2025-06-01")
                              << QString::fromUtf8("bachelor's degree required \u2014 recognised by NOKUT 2025-06-01");
}

void TestJobMatch::reasonsInWords()
{
    QFETCH(int, code);
    QFETCH(QString, skill);
    QFETCH(QString, required);
    QFETCH(QString, actual);
    QFETCH(QString, date);
    QFETCH(QString, nb);
    QFETCH(QString, en);
    Reason r;
    r.code = ReasonCode(code);
    r.skill = skill.toStdString();
    r.required = required.toStdString();
    r.actual = actual.toStdString();
    r.date = date.toStdString();
    QCOMPARE(QString::fromStdString(reasonText(r, Lang::Nb)), nb);
    QCOMPARE(QString::fromStdString(reasonText(r, Lang::En)), en);
}

void TestJobMatch::theSameRecordsInAnotherOrderRankTheSame()
{
    World w;
    json reversed = w.f.records;
    for (auto &[kind, list] : reversed.items())
        std::reverse(list.begin(), list.end());
    for (const std::string &need : {w.elektriker, w.assistent, w.sykepleier, w.lager}) {
        const auto a = rankCandidates(needById(needsFrom(w.f.records), need),
                                      candidatesFrom(w.f.records, kToday), kToday);
        const auto b = rankCandidates(needById(needsFrom(reversed), need),
                                      candidatesFrom(reversed, kToday), kToday);
        QCOMPARE(order(a), order(b));
        QCOMPARE(scores(a), scores(b));
    }
}

QTEST_APPLESS_MAIN(TestJobMatch)
#include "tst_jobmatch.moc"
