// Employers and their needs, the Intro-CV and the consent to share it (issue 15): the
// organisation number's MOD11 check, who reads and writes the new kinds, and who reaches an
// employer's records.
#include <bro/model/access.h>
#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QTest>

using namespace bro::model;
using nlohmann::json;

class TestEmployer : public QObject
{
    Q_OBJECT

private slots:
    void organisationNumbersWithARightCheckDigitPass_data();
    void organisationNumbersWithARightCheckDigitPass();
    void badOrganisationNumbersAreRefusedNamingTheFieldAndTheReason_data();
    void badOrganisationNumbersAreRefusedNamingTheFieldAndTheReason();
    void anEmployerRecordNeedsItsNameNumberAndMunicipality();
    void advisersKeepEmployersMentorsReadTheirOwnParticipantsAndLeadersNothing();
    void theNameAndMunicipalityThatPlaceAnEmployerAreSetOnce();
    void aMunicipalitysAdvisersAndAnEmployersMentorsReachItsRecords();
    void theCvAndTheConsentAreTheParticipantsAndNoMentorsAndConsentIsWrittenOnce();
    void cefrRanks();
};

void TestEmployer::organisationNumbersWithARightCheckDigitPass_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("Brønnøysundregistrene") << "974760673";
    QTest::newRow("with spaces") << "974 760 673";
    QTest::newRow("NAV") << "889640782";
    QTest::newRow("remainder 0 gives check digit 0") << "000000000";
}

void TestEmployer::organisationNumbersWithARightCheckDigitPass()
{
    QFETCH(QString, number);
    const FieldSpec *f = findKind("employer")->field("organisation_number");
    const auto e = validateValue(*f, json(number.toStdString()));
    QVERIFY2(!e, e ? e->message.c_str() : "");
    QCOMPARE(normalisedOrganisationNumber(number.toStdString()).size(), std::size_t(9));
}

void TestEmployer::badOrganisationNumbersAreRefusedNamingTheFieldAndTheReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("message");
    QTest::newRow("check digit off by one")
        << "employer"
        << "974760674"
        << "organisation_number: the check digit is wrong (MOD11: 97476067 needs 3, got 4)";
    QTest::newRow("eight digits") << "employer"
                                  << "97476067"
                                  << "organisation_number: must be nine digits (got 8)";
    QTest::newRow("ten digits") << "cv_consent"
                                << "9747606730"
                                << "organisation_number: must be nine digits (got 10)";
    QTest::newRow("a letter") << "employer"
                              << "97476067X"
                              << "organisation_number: must be nine digits (got a \"X\")";
    QTest::newRow("a dash") << "employer"
                            << "974-760-673"
                            << "organisation_number: must be nine digits (got a \"-\")";
    // 1*3+0+...: weighted sum 12, remainder 1: no check digit makes it valid.
    QTest::newRow("remainder 1") << "employer"
                                 << "400000000"
                                 << "organisation_number: is not an organisation number (no "
                                    "MOD11 check digit exists for 40000000)";
}

void TestEmployer::badOrganisationNumbersAreRefusedNamingTheFieldAndTheReason()
{
    QFETCH(QString, kind);
    QFETCH(QString, number);
    QFETCH(QString, message);
    const KindSpec *k = findKind(kind.toStdString());
    const auto e = validateValue(*k->field("organisation_number"), json(number.toStdString()));
    QVERIFY(e);
    QCOMPARE(int(e->code), int(ErrorCode::BadFormat));
    QCOMPARE(QString::fromStdString(e->field), QStringLiteral("organisation_number"));
    QCOMPARE(QString::fromStdString(e->message), message);
    // The same through a change (what the device store and the server check).
    const auto c = validateChangeValue(*k, "organisation_number", json(number.toStdString()));
    QVERIFY(c);
    QCOMPARE(QString::fromStdString(c->message), QStringLiteral("value: ") + message);
}

void TestEmployer::anEmployerRecordNeedsItsNameNumberAndMunicipality()
{
    const KindSpec *employer = findKind("employer");
    json record{{"name", "Elektro Nord AS"}, {"organisation_number", "974760673"},
                {"municipality", "Bodø"}};
    QVERIFY(!validateRecord(*employer, record));
    for (const char *field : {"name", "organisation_number", "municipality"}) {
        json without = record;
        without.erase(field);
        const auto e = validateRecord(*employer, without);
        QVERIFY2(e, field);
        QCOMPARE(e->field, std::string(field));
        QCOMPARE(int(e->code), int(ErrorCode::Required));
    }
    const KindSpec *need = findKind("employer_need");
    QVERIFY(need->field("norwegian_speaking") && need->field("norwegian_writing"));
    const auto e = validateValue(*need->field("positions"), json(0));
    QVERIFY(e);
    QCOMPARE(QString::fromStdString(e->message),
             QStringLiteral("positions: must be between 1 and 1000 (got 0)"));
    QVERIFY(validateValue(*need->field("status"), json("closed")));
}

void TestEmployer::advisersKeepEmployersMentorsReadTheirOwnParticipantsAndLeadersNothing()
{
    const KindSpec &employer = *findKind("employer");
    const KindSpec &need = *findKind("employer_need");
    QVERIFY(mayReadWhole(Role::Adviser, employer) && mayCreate(Role::Adviser, employer) &&
            mayDelete(Role::Adviser, employer));
    QVERIFY(mayReadWhole(Role::Adviser, need) && mayCreate(Role::Adviser, need));
    QVERIFY(mayEdit(Role::Adviser, need, *need.field("status")));
    // A mentor reads the employer record (their own: the scope decides which) and writes
    // nothing of it; a need is the advisers' work.
    QVERIFY(mayReadKind(Role::Mentor, employer));
    QVERIFY(!mayCreate(Role::Mentor, employer));
    QVERIFY(!mayEdit(Role::Mentor, employer, *employer.field("contact_person")));
    QVERIFY(!mayReadKind(Role::Mentor, need));
    QVERIFY(whyNotWrite(Role::Mentor, need, "status", false).has_value());
    for (Role r : {Role::Participant, Role::Leader}) {
        QVERIFY(!mayReadKind(r, employer));
        QVERIFY(!mayReadKind(r, need));
        QVERIFY(!mayCreate(r, employer));
    }
    QCOMPARE(employerRootOf(need), &employer);
    QCOMPARE(employerRootOf(employer), &employer);
    QVERIFY(!employerRootOf(*findKind("training_book")));
    QVERIFY(!isTrainingBookKind(employer) && !isTrainingBookKind(need));
}

void TestEmployer::theNameAndMunicipalityThatPlaceAnEmployerAreSetOnce()
{
    const KindSpec &employer = *findKind("employer");
    for (const char *field : {"name", "municipality"}) {
        const auto why = whyNotChange(employer, *employer.field(field), json("Old"), json("New"));
        QVERIFY2(why, field);
        QVERIFY(!mayEdit(Role::Adviser, employer, *employer.field(field)));
    }
    QVERIFY(mayEdit(Role::Adviser, employer, *employer.field("organisation_number")));
    QVERIFY(mayEdit(Role::Adviser, employer, *employer.field("contact_phone")));
    const KindSpec &need = *findKind("employer_need");
    QVERIFY(whyNotChange(need, *need.field("employer_id"),
                         json("01890000-0000-7000-8000-000000000001"),
                         json("01890000-0000-7000-8000-000000000002")));
}

void TestEmployer::aMunicipalitysAdvisersAndAnEmployersMentorsReachItsRecords()
{
    const EmployerScope elektro{"Bodø", "Elektro Nord AS"};
    QVERIFY(reachesEmployerRecord(Role::Adviser, "Bodø", "", elektro));
    QVERIFY(!reachesEmployerRecord(Role::Adviser, "Tromsø", "", elektro));
    QVERIFY(!reachesEmployerRecord(Role::Adviser, "", "", EmployerScope{"", "Elektro Nord AS"}));
    QVERIFY(reachesEmployerRecord(Role::Mentor, "", "Elektro Nord AS", elektro));
    QVERIFY(!reachesEmployerRecord(Role::Mentor, "Bodø", "Solstua barnehage", elektro));
    QVERIFY(!reachesEmployerRecord(Role::Mentor, "", "", EmployerScope{"Bodø", ""}));
    QVERIFY(!reachesEmployerRecord(Role::Participant, "Bodø", "Elektro Nord AS", elektro));
    QVERIFY(!reachesEmployerRecord(Role::Leader, "Bodø", "Elektro Nord AS", elektro));
}

void TestEmployer::theCvAndTheConsentAreTheParticipantsAndNoMentorsAndConsentIsWrittenOnce()
{
    const KindSpec &cv = *findKind("intro_cv");
    const KindSpec &consent = *findKind("cv_consent");
    for (const KindSpec *k : {&cv, &consent}) {
        QVERIFY(!mayReadKind(Role::Mentor, *k));
        QVERIFY(!mayReadKind(Role::Leader, *k));
        QVERIFY(mayCreate(Role::Participant, *k));
        QVERIFY(mayCreate(Role::Adviser, *k));
    }
    QVERIFY(mayEdit(Role::Participant, cv, *cv.field("own_words")));
    QVERIFY(consent.appendOnly);
    QVERIFY(whyNotChange(consent, *consent.field("given"), json(true), json(false)));
    QVERIFY(!validateRecord(consent, json{{"participant_id", "01890000-0000-7000-8000-000000000001"},
                                          {"employer_name", "Elektro Nord AS"},
                                          {"organisation_number", "974760673"},
                                          {"given", true},
                                          {"given_on", "2026-11-30"},
                                          {"recorded_by", "participant"}}));
}

void TestEmployer::cefrRanks()
{
    QCOMPARE(cefrRank("A1"), 0);
    QCOMPARE(cefrRank("B1"), 2);
    QCOMPARE(cefrRank("C2"), 5);
    QCOMPARE(cefrRank(""), -1);
    QCOMPARE(cefrRank("b1"), -1);
    QCOMPARE(norwegianSkills().size(), std::size_t(4));
}

QTEST_APPLESS_MAIN(TestEmployer)
#include "tst_employer.moc"
