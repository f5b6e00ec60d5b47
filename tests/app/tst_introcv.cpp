// The Intro-CV: made from the mapping, the training books and the participant's own words,
// nothing sensitive ever offered (health, family, the mapping's needs, meeting notes,
// self-evaluations, employer feedback), sections and items chosen, each fact with its source;
// the A4 PDF in bokmål and English read back with pdftotext; bro-cli export-cv, which makes a
// CV for a named employer only when the participant's consent is recorded.
#include "domain/introcv.h"
#include "reports/introcvpdf.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bro;
using nlohmann::json;

namespace {

// Words from the records that must never reach a CV.
const QStringList kSensitive{"diabetes", "Tre barn", "barnehageplass", "Vanskelig samtale",
                             "sliten", "for sent", "Ønsker fast jobb", "gjeld"};

std::string id(int n)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "01890000-0000-7000-8000-%012d", n);
    return buf;
}

struct Records
{
    json r = json::object();
    int next = 1;
    std::string add(const std::string &kind, json fields)
    {
        fields["id"] = id(next++);
        fields["deleted"] = false;
        r[kind].push_back(fields);
        return fields["id"];
    }
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestIntroCv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheFourSectionsAreOfferedAndNothingSensitiveIsRead();
    void sectionsAndItemsAreChosen();
    void eachFactSaysWhereItComesFrom();
    void thePdfInBokmaalHasTheFactsWithTheirSourcesAndNoSensitiveWord();
    void thePdfInEnglish();
    void consentIsTheLatestRecordForThatEmployer();
    void broCliExportsTheCvForAnEmployerOnlyWithConsent();

private:
    Records m_records;
    std::string m_participant, m_education2, m_work, m_cv, m_goalNotReached;
    QTemporaryDir m_dir;
};

void TestIntroCv::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is missing: install poppler-utils (scripts/deps.sh)");
    Records &r = m_records;
    m_participant = r.add("participant", {{"name", "Amanuel Tesfay"}, {"municipality", "Bodø"}, {"phase", "job_match"}});
    r.add("mapping", {{"participant_id", m_participant}, {"norwegian_listening", "B1"},
                      {"norwegian_reading", "B1"}, {"norwegian_speaking", "B1"},
                      {"norwegian_writing", "A2"}, {"norwegian_test_date", "2026-05-20"},
                      {"other_languages", "Tigrinja (morsmål), engelsk"},
                      {"needs", "Trenger barnehageplass"}, {"goals", "Ønsker fast jobb"},
                      {"health_notes", "diabetes type 2"}, {"family_notes", "Tre barn, gjeld"}});
    r.add("education", {{"participant_id", m_participant}, {"level", "vocational"}, {"subject", "Elektro"},
                        {"country", "Eritrea"}, {"years", 3}, {"nokut_status", "recognised"},
                        {"nokut_decision_date", "2025-06-01"}, {"documentation", "Vitnemål (bilde)"}});
    m_education2 = r.add("education", {{"participant_id", m_participant}, {"level", "upper_secondary"},
                                       {"subject", "Realfag"}, {"country", "Eritrea"},
                                       {"nokut_status", "sent"}, {"nokut_sent_date", "2026-02-01"}});
    m_work = r.add("work_experience", {{"participant_id", m_participant}, {"occupation", "Elektriker"},
                                       {"years", 6}, {"formal", true}, {"country", "Eritrea"},
                                       {"description", "Installasjon i boliger og næringsbygg"}});
    const std::string book = r.add("training_book", {{"participant_id", m_participant}, {"employer", "Elektro Nord AS"},
                                                     {"workplace", "Elektro Nord AS, Bodø"},
                                                     {"start_date", "2026-09-01"}, {"end_date", "2026-11-30"},
                                                     {"hse_info", "Verneutstyr på lager"}});
    const std::string goal = r.add("competence_goal", {{"training_book_id", book}, {"title", "Montere kabelbroer"}});
    m_goalNotReached = r.add("competence_goal", {{"training_book_id", book}, {"title", "Feilsøke styringsanlegg"}});
    r.add("assessment", {{"training_book_id", book}, {"goal_id", goal}, {"status", "achieved"},
                         {"assessed_on", "2026-10-15"}, {"assessed_by", "Kari Nordmann"},
                         {"signed_by", "Kari Nordmann"}, {"signed_at", "2026-10-15T12:00:00Z"},
                         {"comment", "Kommer for sent av og til"}});
    r.add("assessment", {{"training_book_id", book}, {"goal_id", m_goalNotReached}, {"status", "in_progress"},
                         {"assessed_on", "2026-10-15"}});
    r.add("logbook_entry", {{"training_book_id", book}, {"entry_date", "2026-09-02"}, {"hours", 7.5},
                            {"tasks", "Kabling"}, {"signed_by", "Kari Nordmann"}});
    r.add("logbook_entry", {{"training_book_id", book}, {"entry_date", "2026-09-03"}, {"hours", 6},
                            {"tasks", "Lager"}});
    r.add("employer_feedback", {{"training_book_id", book}, {"given_on", "2026-10-01"},
                                {"comment", "Kommer for sent"}});
    const std::string meeting = r.add("meeting", {{"participant_id", m_participant}, {"type", "status_evaluation"},
                                                  {"meeting_date", "2026-10-20"}});
    r.add("meeting_note", {{"meeting_id", meeting}, {"written_at", "2026-10-20T10:00:00Z"},
                           {"text", "Vanskelig samtale om gjeld"}});
    r.add("self_evaluation", {{"participant_id", m_participant}, {"written_on", "2026-10-01"},
                              {"text", "Jeg er sliten"}});
    m_cv = r.add("intro_cv", {{"participant_id", m_participant},
                              {"profile", "Erfaren elektriker med fagbrev godkjent i Norge."},
                              {"own_words", "Jeg liker å jobbe med hendene og lære nye ting."}});
    // Another participant's records never reach this CV.
    const std::string other = r.add("participant", {{"name", "Fatima Noor"}});
    r.add("work_experience", {{"participant_id", other}, {"occupation", "Sykepleier"}, {"years", 8}});
}

void TestIntroCv::onlyTheFourSectionsAreOfferedAndNothingSensitiveIsRead()
{
    QCOMPARE(cv::offeredSections().size(), std::size_t(4));
    std::vector<std::string> names;
    for (auto s : cv::offeredSections())
        names.push_back(cv::sectionName(s));
    QCOMPARE(names, (std::vector<std::string>{"education", "work", "languages", "training"}));

    const auto offered = cv::offeredFacts(m_records.r, m_participant);
    json all = json::array();
    for (const auto &f : offered) {
        all.push_back(f.values);
        for (const auto &g : f.items)
            all.push_back(g.values);
    }
    const QString dumped = QString::fromStdString(all.dump());
    for (const QString &word : kSensitive)
        QVERIFY2(!dumped.contains(word, Qt::CaseInsensitive), qPrintable(word + " in " + dumped));
    for (const char *field : {"health_notes", "family_notes", "needs", "goals", "hse_info", "documentation",
                              "comment", "tasks"})
        QVERIFY2(!dumped.contains(QLatin1String(field)), field);
    QVERIFY(!dumped.contains(QLatin1String("Sykepleier")));
    // education x2, work, languages, training (with the one goal reached).
    QCOMPARE(offered.size(), std::size_t(5));
    QCOMPARE(offered.back().items.size(), std::size_t(1));
}

void TestIntroCv::sectionsAndItemsAreChosen()
{
    Records r = m_records;
    for (auto &c : r.r["intro_cv"])
        if (c["id"] == m_cv) {
            c["include_work"] = false;
            c["excluded_items"] = m_education2;
        }
    const auto built = cv::build(r.r, m_participant);
    QVERIFY(built);
    std::vector<std::string> kept;
    for (const auto &f : built->facts)
        kept.push_back(cv::sectionName(f.section));
    QCOMPARE(kept, (std::vector<std::string>{"education", "languages", "training"}));
    QVERIFY(!cv::build(r.r, id(9999)));
}

void TestIntroCv::eachFactSaysWhereItComesFrom()
{
    const auto built = cv::build(m_records.r, m_participant);
    QVERIFY(built);
    QCOMPARE(built->facts.size(), std::size_t(5));
    QCOMPARE(built->facts[0].sources.front(), (cv::Source{cv::SourceCode::NokutRecognised, "2025-06-01"}));
    QCOMPARE(built->facts[1].sources.front(), (cv::Source{cv::SourceCode::NokutPending, "2026-02-01"}));
    QCOMPARE(built->facts[2].sources.front().code, cv::SourceCode::Mapping);
    QCOMPARE(built->facts[3].sources.front(), (cv::Source{cv::SourceCode::NorwegianTest, "2026-05-20"}));
    const auto &training = built->facts[4];
    QCOMPARE(training.sources.back().code, cv::SourceCode::LogbookHours);
    QCOMPARE(training.sources.back().count, 13.5);
    QCOMPARE(training.sources.back().total, 7.5);
    QCOMPARE(training.items[0].sources[0],
             (cv::Source{cv::SourceCode::MentorAssessed, "2026-10-15", "Kari Nordmann", "Elektro Nord AS"}));
    QCOMPARE(sourceText(training.items[0].sources[0], match::Lang::Nb),
             QString::fromUtf8("Vurdert som oppnådd av mentor, Elektro Nord AS (Kari Nordmann) 2026-10-15"));
    QCOMPARE(sourceText(built->facts[0].sources[0], match::Lang::Nb),
             QStringLiteral("Godkjent av NOKUT 2025-06-01"));
}

void TestIntroCv::thePdfInBokmaalHasTheFactsWithTheirSourcesAndNoSensitiveWord()
{
    const auto built = cv::build(m_records.r, m_participant);
    const QString path = m_dir.filePath(QStringLiteral("cv-nb.pdf"));
    QString error;
    QVERIFY2(writeIntroCvPdf(*built, match::Lang::Nb, path, std::nullopt, &error), qPrintable(error));
    const QString text = pdfText(path);
    const QString flat = QString(text).simplified();
    for (const char *expected :
         {"Intro-CV", "Amanuel Tesfay", "Erfaren elektriker med fagbrev godkjent i Norge.",
          "Jeg liker å jobbe med hendene", "Skrevet av deltakeren selv", "Utdanning",
          "Elektro, Yrkesfaglig utdanning", "Godkjent av NOKUT 2025-06-01",
          "Søknad til NOKUT sendt 2026-02-01", "Arbeidserfaring", "Elektriker",
          "Fra kartleggingen hos programrådgiver", "Språk", "muntlig B1", "skriftlig A2",
          "Norskprøve 2026-05-20", "Tigrinja (morsmål), engelsk", "Arbeidstrening",
          "Montere kabelbroer", "Vurdert som oppnådd av mentor, Elektro Nord AS",
          "Signert av Kari Nordmann 2026-10-15",
          "13.5 timer ført i opplæringsboka, 7.5 signert av mentor", "Side 1 av 1"})
        QVERIFY2(flat.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + "\n---\n" + text));
    for (const QString &word : kSensitive)
        QVERIFY2(!flat.contains(word, Qt::CaseInsensitive), qPrintable(word));
    QVERIFY(!flat.contains(QLatin1String("Feilsøke styringsanlegg"))); // not reached
    QVERIFY(!flat.contains(QLatin1String("Fatima")));
    QVERIFY((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

void TestIntroCv::thePdfInEnglish()
{
    const auto built = cv::build(m_records.r, m_participant);
    const QString path = m_dir.filePath(QStringLiteral("cv-en.pdf"));
    QVERIFY(writeIntroCvPdf(*built, match::Lang::En, path,
                            cv::Consent{"x", "Elektro Nord AS", "974760673", "2026-11-30", "participant"}));
    const QString flat = pdfText(path).simplified();
    for (const char *expected :
         {"Intro CV", "Education", "Recognised by NOKUT 2025-06-01", "Work experience",
          "speaking B1", "Assessed as achieved by the mentor, Elektro Nord AS", "Written by the participant",
          "Shared with Elektro Nord AS (org. no. 974760673) with consent given 2026-11-30", "Page 1 of 1"})
        QVERIFY2(flat.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + "\n---\n" + flat));
    for (const QString &word : kSensitive)
        QVERIFY2(!flat.contains(word, Qt::CaseInsensitive), qPrintable(word));
}

void TestIntroCv::consentIsTheLatestRecordForThatEmployer()
{
    Records r = m_records;
    std::string why;
    QVERIFY(!cv::consentFor(r.r, m_participant, "974760673", &why));
    QCOMPARE(why, std::string("consent: the participant has not consented to share the CV with the "
                              "employer 974760673 (record it as a cv_consent first)"));
    r.add("cv_consent", {{"participant_id", m_participant}, {"employer_name", "Elektro Nord AS"},
                         {"organisation_number", "974 760 673"}, {"given", true},
                         {"given_on", "2026-11-30"}, {"recorded_by", "participant"}});
    const auto given = cv::consentFor(r.r, m_participant, "974760673");
    QVERIFY(given);
    QCOMPARE(given->employerName, std::string("Elektro Nord AS"));
    QCOMPARE(given->givenOn, std::string("2026-11-30"));
    // Consent to one employer is not consent to another.
    QVERIFY(!cv::consentFor(r.r, m_participant, "889640782"));
    // A later withdrawal decides.
    r.add("cv_consent", {{"participant_id", m_participant}, {"employer_name", "Elektro Nord AS"},
                         {"organisation_number", "974760673"}, {"given", false},
                         {"given_on", "2026-12-01"}, {"recorded_by", "participant"}});
    QVERIFY(!cv::consentFor(r.r, m_participant, "974760673", &why));
    QVERIFY2(why.find("withdrawn") != std::string::npos, why.c_str());
    QVERIFY(!cv::consentFor(r.r, m_participant, "974760674", &why));
    QVERIFY2(why.rfind("organisation_number: the check digit is wrong", 0) == 0, why.c_str());
}

void TestIntroCv::broCliExportsTheCvForAnEmployerOnlyWithConsent()
{
    QTemporaryDir home;
    auto cli = [&](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(BRO_CLI), QStringList{"--home", home.path()} + args);
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed()};
    };
    const auto [rc, participant] = cli({"add", "participant", "name=Amanuel Tesfay"});
    QCOMPARE(rc, 0);
    QCOMPARE(cli({"add", "education", "participant_id=" + participant, "subject=Elektro", "level=vocational",
                  "nokut_status=recognised", "nokut_decision_date=2025-06-01"}).first, 0);
    QCOMPARE(cli({"add", "mapping", "participant_id=" + participant, "norwegian_speaking=B1",
                  "health_notes=diabetes"}).first, 0);
    const QString pdf = home.filePath(QStringLiteral("cv.pdf"));
    const auto plain = cli({"export-cv", participant, pdf});
    QVERIFY2(plain.first == 0, qPrintable(plain.second));
    QString flat = pdfText(pdf).simplified();
    QVERIFY2(flat.contains(QLatin1String("Godkjent av NOKUT 2025-06-01")), qPrintable(flat));
    QVERIFY(flat.contains(QLatin1String("muntlig B1")));
    QVERIFY(!flat.contains(QLatin1String("diabetes")));

    const QString forEmployer = home.filePath(QStringLiteral("cv-elektro.pdf"));
    const auto refused = cli({"export-cv", participant, forEmployer, "--for", "974760673"});
    QCOMPARE(refused.first, 1);
    QVERIFY2(refused.second.contains(QLatin1String("consent: the participant has not consented")),
             qPrintable(refused.second));
    QVERIFY(!QFile::exists(forEmployer));
    const auto badNumber = cli({"add", "cv-consent", "participant_id=" + participant, "employer_name=Elektro Nord AS",
                                "organisation_number=974760674", "given=ja", "given_on=2026-11-30",
                                "recorded_by=participant"});
    QCOMPARE(badNumber.first, 1);
    QVERIFY2(badNumber.second.contains(QLatin1String("check digit")), qPrintable(badNumber.second));
    QCOMPARE(cli({"add", "cv-consent", "participant_id=" + participant, "employer_name=Elektro Nord AS",
                  "organisation_number=974760673", "given=ja", "given_on=2026-11-30", "recorded_by=participant"})
                 .first,
             0);
    const auto shared = cli({"export-cv", participant, forEmployer, "--for", "974760673", "--lang", "en"});
    QVERIFY2(shared.first == 0, qPrintable(shared.second));
    flat = pdfText(forEmployer).simplified();
    QVERIFY2(flat.contains(QLatin1String("Shared with Elektro Nord AS (org. no. 974760673) with consent given 2026-11-30")),
             qPrintable(flat));
    QVERIFY(flat.contains(QLatin1String("Recognised by NOKUT 2025-06-01")));
}

QTEST_MAIN(TestIntroCv)
#include "tst_introcv.moc"
