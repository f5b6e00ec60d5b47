// The job match against a hand-built fixture: ten needs of ten employers and twenty
// participants, each ranking worked out by hand from the points in domain/jobmatch.h (the sums
// are in the comments; nothing here is computed by the code under test), the reasons as codes
// with their values, and the reasons in words.
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
            e[nokut == "sent" || nokut == "under_assessment" ? "nokut_sent_date" : "nokut_decision_date"] = date;
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
    std::string tomrer, renholder, kokk, helse, buss, regnskap;
    // The ten needs ranked, by occupation.
    std::map<std::string, std::string> needs;

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

        // Six more employers with a need each, and twelve more participants.
        const std::string bygg = f.add("employer", {{"name", "Bodø Bygg AS"}});
        const std::string renhold = f.add("employer", {{"name", "Nordland Renhold AS"}});
        const std::string hotell = f.add("employer", {{"name", "Hotell Nord AS"}});
        const std::string kommune = f.add("employer", {{"name", "Bodø kommune"}});
        const std::string bussen = f.add("employer", {{"name", "Bussen AS"}});
        const std::string regnskapNord = f.add("employer", {{"name", "Regnskap Nord AS"}});
        tomrer = f.add("employer_need", {{"employer_id", bygg}, {"occupation", "tømrer"}, {"positions", 2},
                                         {"norwegian_listening", "A2"}, {"norwegian_speaking", "A2"},
                                         {"required_qualification", "trade_certificate"},
                                         {"qualification_field", "tømrer"}, {"experience_years", 2},
                                         {"status", "open"}});
        renholder = f.add("employer_need", {{"employer_id", renhold}, {"occupation", "renholder"},
                                            {"positions", 3}, {"status", "open"}});
        kokk = f.add("employer_need", {{"employer_id", hotell}, {"occupation", "kokk"}, {"positions", 1},
                                       {"norwegian_speaking", "A2"}, {"required_qualification", "none"},
                                       {"experience_years", 1}, {"status", "open"}});
        helse = f.add("employer_need", {{"employer_id", kommune}, {"occupation", "helsefagarbeider"},
                                        {"positions", 5}, {"norwegian_speaking", "B1"},
                                        {"norwegian_writing", "A2"},
                                        {"required_qualification", "trade_certificate"},
                                        {"qualification_field", "helse"}, {"status", "open"}});
        buss = f.add("employer_need", {{"employer_id", bussen}, {"occupation", "bussjåfør"}, {"positions", 2},
                                       {"norwegian_reading", "B1"}, {"norwegian_speaking", "B1"},
                                       {"required_qualification", "authorisation"},
                                       {"status", "in_progress"}});
        regnskap = f.add("employer_need", {{"employer_id", regnskapNord}, {"occupation", "regnskapsmedarbeider"},
                                           {"positions", 1}, {"norwegian_reading", "B2"},
                                           {"norwegian_writing", "B1"},
                                           {"required_qualification", "bachelor"},
                                           {"qualification_field", "økonomi"}, {"experience_years", 2},
                                           {"status", "open"}});
        needs = {{"elektriker", elektriker}, {"barnehageassistent", assistent}, {"sykepleier", sykepleier},
                 {"lagermedarbeider", lager}, {"tømrer", tomrer}, {"renholder", renholder},
                 {"kokk", kokk}, {"helsefagarbeider", helse}, {"bussjåfør", buss},
                 {"regnskapsmedarbeider", regnskap}};

        const std::string mohammed = f.participant("Mohammed Idris", "job_match");
        f.norwegian(mohammed, {{"norwegian_listening", "A2"}, {"norwegian_speaking", "A2"}});
        f.work(mohammed, "Tømrer", 5, true);
        f.education(mohammed, "vocational", "Tømrerfaget", "sent", "2026-05-10");

        const std::string ayan = f.participant("Ayan Hussein", "qualification");
        f.norwegian(ayan, {{"norwegian_listening", "B1"}, {"norwegian_speaking", "B1"}, {"norwegian_writing", "A2"}});
        f.education(ayan, "vocational", "Helsefag", "recognised", "2026-02-01");
        const std::string sykehjem = f.add("training_book", {{"participant_id", ayan}, {"employer", "Bodø sykehjem"},
                                                             {"workplace", "Bodø sykehjem"}});
        for (int i = 1; i <= 3; ++i) {
            const std::string goal = f.add("competence_goal", {{"training_book_id", sykehjem},
                                                               {"title", "Mål " + std::to_string(i)},
                                                               {"trade", "Helsefagarbeider"}});
            f.add("assessment", {{"training_book_id", sykehjem}, {"goal_id", goal},
                                 {"status", i < 3 ? "achieved" : "in_progress"}, {"assessed_on", "2026-11-01"}});
        }

        const std::string mariam = f.participant("Mariam Sultani", "job_match");
        f.norwegian(mariam, {{"norwegian_speaking", "A2"}});
        f.work(mariam, "renholder", 3, false);

        const std::string tigist = f.participant("Tigist Alemu", "job_match");
        f.norwegian(tigist, {{"norwegian_listening", "B1"}, {"norwegian_reading", "B1"},
                             {"norwegian_speaking", "B1"}, {"norwegian_writing", "B1"}});
        f.education(tigist, "bachelor", "Økonomi og administrasjon", "recognised", "2025-09-15");
        f.work(tigist, "regnskapsmedarbeider", 1, true);

        const std::string ahmad = f.participant("Ahmad Karimi", "before");
        f.norwegian(ahmad, {{"norwegian_speaking", "A1"}});
        f.work(ahmad, "kokk", 10, true);

        const std::string nadia = f.participant("Nadia Osman", "job_match");
        f.norwegian(nadia, {{"norwegian_listening", "B2"}, {"norwegian_reading", "B2"},
                            {"norwegian_speaking", "B2"}, {"norwegian_writing", "B2"}});
        f.education(nadia, "master", "Økonomi", "partly", "2026-01-20");
        f.add("plan", {{"participant_id", nadia}, {"goal", "Bli regnskapsmedarbeider"}});

        const std::string oleksandr = f.participant("Oleksandr Bondar", "job_match");
        f.norwegian(oleksandr, {{"norwegian_reading", "B1"}, {"norwegian_speaking", "B1"}});
        f.work(oleksandr, "bussjåfør", 12, true);
        f.education(oleksandr, "other", "Yrkessjåførutdanning", "under_assessment", "2026-08-01");

        const std::string kateryna = f.participant("Kateryna Shevchenko", "after");
        f.norwegian(kateryna, {{"norwegian_listening", "B2"}, {"norwegian_reading", "B2"},
                               {"norwegian_speaking", "B2"}, {"norwegian_writing", "B2"}});
        f.work(kateryna, "kokk", 4, true);

        const std::string abdi = f.participant("Abdi Farah", "qualification");
        f.norwegian(abdi, {{"norwegian_listening", "A1"}, {"norwegian_speaking", "A2"}});
        f.work(abdi, "lagerarbeider", 2, true); // not "lagermedarbeider": no match
        f.work(abdi, "Renholder", 1, true);

        f.participant("Zainab Rahimi", "job_match"); // nothing mapped yet

        const std::string habib = f.participant("Habib Noori", "job_match");
        f.norwegian(habib, {{"norwegian_listening", "B1"}, {"norwegian_reading", "A2"},
                            {"norwegian_speaking", "B1"}, {"norwegian_writing", "A1"}});
        f.education(habib, "vocational", "Tømrer", "not_started");
        f.work(habib, "snekker", 3, true);
        // Employed with a wage subsidy: still on the fast track, available.
        f.add("employment", {{"participant_id", habib}, {"employer", "Bodø Bygg AS"}, {"start_date", "2026-10-01"},
                             {"position_percent", 100}, {"wage_subsidy", true}});

        const std::string sara = f.participant("Sara Tesfamariam", "qualification");
        f.norwegian(sara, {{"norwegian_listening", "B2"}, {"norwegian_reading", "B1"},
                           {"norwegian_speaking", "B1"}, {"norwegian_writing", "B1"}});
        f.education(sara, "bachelor", "Sykepleie", "under_assessment", "2026-06-15");
        f.work(sara, "helsefagarbeider", 2, true);
        f.add("plan", {{"participant_id", sara}, {"goal", "Bli sykepleier"}});
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
    void eachNeedRanksByHand_data();
    void eachNeedRanksByHand();
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
    QCOMPARE(candidates.size(), std::size_t(20));
    const auto needs = needsFrom(w.f.records);
    QCOMPARE(needs.size(), std::size_t(11)); // the filled one too; not the deleted one, not the
                                             // unknown employer's
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

void TestJobMatch::eachNeedRanksByHand_data()
{
    QTest::addColumn<QString>("occupation");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("scores");
    // Sums per participant: occupation + Norwegian per skill asked (catalogue order) +
    // qualification + availability (job_match 15, qualification 8, before 0; employed without
    // subsidy or after: -100). Ties by name.
    //
    // elektriker (speaking B1, reading A2; trade certificate in elektro; 3 years):
    // Amanuel 40+15+10+10+30+15; Dawit 25+3+10+10+8; Ali 20+10+10+0+15; Fatima, Habib, Nadia,
    // Oleksandr, Tigist 0+10+10+0+15; Sara 10+10+8; Hassan 0+10+0+0+15; Ayan 0+10+8, Mariam and
    // Mohammed 0+3+15; Zainab 15; Abdi 3+8; Samira 0+8; Ahmad 0, Yonas 0; Kateryna and Olena
    // 10+10-100.
    QTest::newRow("elektriker")
        << "elektriker"
        << QStringList{"Amanuel Tesfay", "Dawit Haile", "Ali Rahimi", "Fatima Noor", "Habib Noori",
                       "Nadia Osman", "Oleksandr Bondar", "Tigist Alemu", "Sara Tesfamariam",
                       "Hassan Ali", "Ayan Hussein", "Mariam Sultani", "Mohammed Idris",
                       "Zainab Rahimi", "Abdi Farah", "Samira Haidari", "Ahmad Karimi",
                       "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{120, 56, 55, 35, 35, 35, 35, 35, 28, 25, 18, 18, 18, 15, 11, 8, 0, 0, -80, -80};
    // barnehageassistent (listening B1, speaking B2; none): Hassan 20+10+3+15; Fatima and Nadia
    // 10+10+15; Ali, Amanuel, Habib, Tigist 10+3+15; Ayan and Sara 10+3+8; Mohammed 3+0+15,
    // Oleksandr 0+3+15; Mariam 0+0+15, Zainab 15; Abdi 0+0+8, Dawit 8, Samira 8; Ahmad 0, Yonas
    // 0; Kateryna and Olena 10+10-100.
    QTest::newRow("barnehageassistent")
        << "barnehageassistent"
        << QStringList{"Hassan Ali", "Fatima Noor", "Nadia Osman", "Ali Rahimi", "Amanuel Tesfay",
                       "Habib Noori", "Tigist Alemu", "Ayan Hussein", "Sara Tesfamariam",
                       "Mohammed Idris", "Oleksandr Bondar", "Mariam Sultani", "Zainab Rahimi",
                       "Abdi Farah", "Dawit Haile", "Samira Haidari", "Ahmad Karimi", "Yonas Berhe",
                       "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{48, 35, 35, 28, 28, 28, 28, 21, 21, 18, 18, 15, 15, 8, 8, 8, 0, 0, -80, -80};
    // sykepleier (reading, speaking, writing B2; bachelor in sykepleie): Fatima 40+10+3+3+15+15;
    // Nadia 0+10+10+10+0+15; Sara plan 5 + 3+3+3 + pending 10 + 8; Ali and Tigist 3+3+3+15;
    // Amanuel 3+0+3+15, Oleksandr 3+3+15; Habib 0+3+0+15, Hassan 3+15; Samira plan 5 + not sent
    // 3 + 8; Mariam, Mohammed, Zainab 15; Ayan 3+8; Abdi 8, Dawit 8; Ahmad 0, Yonas 0; Kateryna
    // and Olena 30-100.
    QTest::newRow("sykepleier")
        << "sykepleier"
        << QStringList{"Fatima Noor", "Nadia Osman", "Sara Tesfamariam", "Ali Rahimi",
                       "Tigist Alemu", "Amanuel Tesfay", "Oleksandr Bondar", "Habib Noori",
                       "Hassan Ali", "Samira Haidari", "Mariam Sultani", "Mohammed Idris",
                       "Zainab Rahimi", "Ayan Hussein", "Abdi Farah", "Dawit Haile",
                       "Ahmad Karimi", "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{86, 45, 32, 24, 24, 21, 21, 18, 18, 16, 15, 15, 15, 11, 8, 8, 0, 0, -70, -70};
    // lagermedarbeider (speaking A2): Yonas 40 ("lager" is in "lagermedarbeider"); ten at 10+15;
    // Abdi ("lagerarbeider" is not "lagermedarbeider") 10+8, Ayan, Dawit, Sara 10+8; Zainab 15;
    // Samira 3+8; Ahmad 3+0; Olena 40+10-100; Kateryna 10-100.
    QTest::newRow("lagermedarbeider")
        << "lagermedarbeider"
        << QStringList{"Yonas Berhe", "Ali Rahimi", "Amanuel Tesfay", "Fatima Noor", "Habib Noori",
                       "Hassan Ali", "Mariam Sultani", "Mohammed Idris", "Nadia Osman",
                       "Oleksandr Bondar", "Tigist Alemu", "Abdi Farah", "Ayan Hussein",
                       "Dawit Haile", "Sara Tesfamariam", "Zainab Rahimi", "Samira Haidari",
                       "Ahmad Karimi", "Olena Kovalenko", "Kateryna Shevchenko"}
        << QList<int>{40, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 18, 18, 18, 18, 15, 11, 3, -50, -90};
    // tømrer (listening, speaking A2; trade certificate in tømrer; 2 years): Mohammed
    // 40+10+10+pending 10+15; Habib 10+10+not sent 3+15; Ali, Amanuel, Fatima, Hassan, Nadia,
    // Tigist 10+10+15; Ayan and Sara 10+10+8; Mariam 0+10+15, Oleksandr 0+10+15; Abdi 3+10+8;
    // Dawit 0+10+8; Zainab 15; Samira 0+3+8; Ahmad 3+0; Yonas 0; Kateryna and Olena 10+10-100.
    QTest::newRow("tømrer")
        << "tømrer"
        << QStringList{"Mohammed Idris", "Habib Noori", "Ali Rahimi", "Amanuel Tesfay",
                       "Fatima Noor", "Hassan Ali", "Nadia Osman", "Tigist Alemu", "Ayan Hussein",
                       "Sara Tesfamariam", "Mariam Sultani", "Oleksandr Bondar", "Abdi Farah",
                       "Dawit Haile", "Zainab Rahimi", "Samira Haidari", "Ahmad Karimi",
                       "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{85, 38, 35, 35, 35, 35, 35, 35, 28, 28, 25, 25, 21, 18, 15, 11, 3, 0, -80, -80};
    // renholder (nothing asked): Abdi formal 40+8; Mariam informal 20+15; ten at 15; Ayan,
    // Dawit, Samira, Sara 8; Ahmad 0, Yonas 0; Kateryna and Olena -100.
    QTest::newRow("renholder")
        << "renholder"
        << QStringList{"Abdi Farah", "Mariam Sultani", "Ali Rahimi", "Amanuel Tesfay",
                       "Fatima Noor", "Habib Noori", "Hassan Ali", "Mohammed Idris", "Nadia Osman",
                       "Oleksandr Bondar", "Tigist Alemu", "Zainab Rahimi", "Ayan Hussein",
                       "Dawit Haile", "Samira Haidari", "Sara Tesfamariam", "Ahmad Karimi",
                       "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{48, 35, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 8, 8, 8, 8, 0, 0, -100, -100};
    // kokk (speaking A2; 1 year): Ahmad 40+3+0 (before); ten at 10+15; Abdi, Ayan, Dawit, Sara
    // 10+8; Zainab 15; Samira 3+8; Yonas 0; Kateryna 40+10-100; Olena 10-100.
    QTest::newRow("kokk")
        << "kokk"
        << QStringList{"Ahmad Karimi", "Ali Rahimi", "Amanuel Tesfay", "Fatima Noor", "Habib Noori",
                       "Hassan Ali", "Mariam Sultani", "Mohammed Idris", "Nadia Osman",
                       "Oleksandr Bondar", "Tigist Alemu", "Abdi Farah", "Ayan Hussein",
                       "Dawit Haile", "Sara Tesfamariam", "Zainab Rahimi", "Samira Haidari",
                       "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{43, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 18, 18, 18, 18, 15, 11, 0, -50, -90};
    // helsefagarbeider (speaking B1, writing A2; trade certificate in helse): Ayan training 15 +
    // 10+10 + recognised 30 + 8; Sara 40+10+10+0+8; Ali, Amanuel, Fatima, Nadia, Tigist
    // 10+10+15; Habib 10+3+15; Hassan and Oleksandr 10+0+15; Mariam and Mohammed 3+15; Zainab
    // 15; Abdi and Dawit 3+8; Samira 8; Ahmad 0, Yonas 0; Kateryna and Olena 10+10-100.
    QTest::newRow("helsefagarbeider")
        << "helsefagarbeider"
        << QStringList{"Ayan Hussein", "Sara Tesfamariam", "Ali Rahimi", "Amanuel Tesfay",
                       "Fatima Noor", "Nadia Osman", "Tigist Alemu", "Habib Noori", "Hassan Ali",
                       "Oleksandr Bondar", "Mariam Sultani", "Mohammed Idris", "Zainab Rahimi",
                       "Abdi Farah", "Dawit Haile", "Samira Haidari", "Ahmad Karimi",
                       "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{73, 68, 35, 35, 35, 35, 35, 28, 25, 25, 18, 18, 15, 11, 11, 8, 0, 0, -80, -80};
    // bussjåfør (reading, speaking B1; an authorisation, any education): Oleksandr
    // 40+10+10+pending 10+15; Amanuel and Tigist 10+10+recognised 30+15; Fatima and Nadia
    // 10+10+partly 15+15; Ayan 0+10+30+8; Sara 10+10+10+8; Ali 10+10+refused 0+15; Habib
    // 3+10+not sent 3+15; Mohammed 0+3+10+15; Hassan 0+10+0+15; Dawit 3+3+10+8; Mariam 3+15;
    // Zainab 15; Abdi 3+8, Samira 0+3+8; Ahmad 0, Yonas 0; Kateryna and Olena 10+10-100.
    QTest::newRow("bussjåfør")
        << "bussjåfør"
        << QStringList{"Oleksandr Bondar", "Amanuel Tesfay", "Tigist Alemu", "Fatima Noor",
                       "Nadia Osman", "Ayan Hussein", "Sara Tesfamariam", "Ali Rahimi",
                       "Habib Noori", "Mohammed Idris", "Hassan Ali", "Dawit Haile",
                       "Mariam Sultani", "Zainab Rahimi", "Abdi Farah", "Samira Haidari",
                       "Ahmad Karimi", "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{85, 65, 65, 50, 50, 48, 38, 35, 31, 28, 25, 24, 18, 15, 11, 11, 0, 0, -80, -80};
    // regnskapsmedarbeider (reading B2, writing B1; bachelor in økonomi; 2 years): Tigist
    // 25+3+10+recognised 30+15; Nadia plan 5 + 10+10 + partly 15 + 15; Ali and Fatima 3+10+15;
    // Amanuel 3+3+15, Sara 3+10+8; Oleksandr 3+15; Habib 0+0+15, Hassan, Mariam, Mohammed,
    // Zainab 15; Ayan 3+8; Abdi, Dawit, Samira 8; Ahmad 0, Yonas 0; Kateryna and Olena
    // 10+10-100.
    QTest::newRow("regnskapsmedarbeider")
        << "regnskapsmedarbeider"
        << QStringList{"Tigist Alemu", "Nadia Osman", "Ali Rahimi", "Fatima Noor",
                       "Amanuel Tesfay", "Sara Tesfamariam", "Oleksandr Bondar", "Habib Noori",
                       "Hassan Ali", "Mariam Sultani", "Mohammed Idris", "Zainab Rahimi",
                       "Ayan Hussein", "Abdi Farah", "Dawit Haile", "Samira Haidari",
                       "Ahmad Karimi", "Yonas Berhe", "Kateryna Shevchenko", "Olena Kovalenko"}
        << QList<int>{83, 55, 28, 28, 21, 21, 18, 15, 15, 15, 15, 15, 11, 8, 8, 8, 0, 0, -80, -80};
}

void TestJobMatch::eachNeedRanksByHand()
{
    QFETCH(QString, occupation);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, scores);
    World w;
    const auto ranked = rankCandidates(needById(needsFrom(w.f.records), w.needs.at(occupation.toStdString())),
                                       candidatesFrom(w.f.records, kToday), kToday);
    QStringList gotNames;
    QList<int> gotScores;
    for (const auto &m : ranked) {
        gotNames << QString::fromStdString(m.participantName);
        gotScores << m.score;
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotScores, scores);
}

void TestJobMatch::aParticipantsOpenNeedsRankByHand()
{
    World w;
    const auto candidates = candidatesFrom(w.f.records, kToday);
    const auto needs = needsFrom(w.f.records);
    // Amanuel (the sums as in eachNeedRanksByHand): elektriker 120, bussjåfør 65, tømrer and
    // helsefagarbeider 35 (Bodø Bygg AS before Bodø kommune by employer name),
    // barnehageassistent 28, lagermedarbeider and kokk 25 (Coop Bodø before Hotell Nord AS),
    // sykepleier and regnskapsmedarbeider 21 (Nordlandssykehuset before Regnskap Nord AS),
    // renholder 15; the filled elektriker need at Coop is not offered.
    const auto ranked = rankNeeds(candidates.front(), needs, kToday);
    QCOMPARE(order(ranked, true),
             (std::vector<std::string>{w.elektriker, w.buss, w.tomrer, w.helse, w.assistent, w.lager,
                                       w.kokk, w.sykepleier, w.regnskap, w.renholder}));
    QCOMPARE(scores(ranked), (std::vector<int>{120, 65, 35, 35, 28, 25, 25, 21, 21, 15}));
    // Fatima: sykepleier 86, bussjåfør 50, then tømrer, helsefagarbeider, elektriker and
    // barnehageassistent at 35 (Bodø Bygg AS, Bodø kommune, Elektro Nord AS, Solstua
    // barnehage), regnskapsmedarbeider 28, lagermedarbeider and kokk 25, renholder 15.
    const auto forFatima = rankNeeds(candidates[2], needs, kToday);
    QCOMPARE(order(forFatima, true),
             (std::vector<std::string>{w.sykepleier, w.buss, w.tomrer, w.helse, w.elektriker,
                                       w.assistent, w.regnskap, w.lager, w.kokk, w.renholder}));
    QCOMPARE(scores(forFatima), (std::vector<int>{86, 50, 35, 35, 35, 35, 28, 25, 25, 15}));
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
    for (const auto &[occupation, need] : w.needs) {
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
