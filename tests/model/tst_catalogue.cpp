#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QTest>

using namespace bro::model;
using nlohmann::json;

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsConsistent();
    void validValuesPass_data();
    void validValuesPass();
    void invalidValuesAreRefusedWithFieldAndReason_data();
    void invalidValuesAreRefusedWithFieldAndReason();
    void recordRules();
    void valuesFromText_data();
    void valuesFromText();
    void dates_data();
    void dates();
};

void TestCatalogue::catalogueIsConsistent()
{
    QVERIFY(recordKinds().size() >= 15);
    for (const auto &kind : recordKinds()) {
        QVERIFY2(!kind.fields.empty(), kind.name.c_str());
        if (!kind.parentField.empty()) {
            const FieldSpec *p = kind.field(kind.parentField);
            QVERIFY2(p && p->type == FieldType::Reference, kind.name.c_str());
        }
        if (!kind.titleField.empty())
            QVERIFY2(kind.field(kind.titleField), kind.name.c_str());
        if (kind.signable)
            QVERIFY2(kind.field("signed_at") && kind.field("signed_by"), kind.name.c_str());
        for (const auto &f : kind.fields) {
            QVERIFY2(f.name != "id" && f.name != kDeletedField, kind.name.c_str());
            if (f.type == FieldType::Enum)
                QVERIFY2(!f.values.empty(), f.name.c_str());
            if (f.type == FieldType::Reference && !f.refKind.empty())
                QVERIFY2(findKind(f.refKind), f.refKind.c_str());
        }
    }
    // Special-category notes are marked sensitive.
    QVERIFY(findKind("mapping")->field("health_notes")->sensitive);
    QVERIFY(findKind("mapping")->field("family_notes")->sensitive);
    // Meeting notes and self-evaluations are written once; logbook entries and feedback can
    // be corrected until they are signed.
    QVERIFY(findKind("meeting_note")->appendOnly);
    QVERIFY(findKind("self_evaluation")->appendOnly);
    QVERIFY(!findKind("logbook_entry")->appendOnly);
    QVERIFY(findKind("logbook_entry")->signable);
}

void TestCatalogue::validValuesPass_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("text") << "participant"
                          << "name"
                          << R"("Amanuel Tesfay")";
    QTest::newRow("null optional") << "participant"
                                   << "municipality"
                                   << "null";
    QTest::newRow("cefr") << "mapping"
                          << "norwegian_reading"
                          << R"("C2")";
    QTest::newRow("hours 0") << "logbook_entry"
                             << "hours"
                             << "0";
    QTest::newRow("hours 24") << "logbook_entry"
                              << "hours"
                              << "24";
    QTest::newRow("hours 7.5") << "logbook_entry"
                               << "hours"
                               << "7.5";
    QTest::newRow("leap day") << "logbook_entry"
                              << "entry_date"
                              << R"("2028-02-29")";
    QTest::newRow("enum") << "measure"
                          << "type"
                          << R"("wage_subsidy")";
    QTest::newRow("bool") << "participant"
                          << "consent_employer"
                          << "true";
    QTest::newRow("rating") << "employer_feedback"
                            << "safety"
                            << "5";
    QTest::newRow("datetime") << "logbook_entry"
                              << "signed_at"
                              << R"("2026-11-21T14:05:00Z")";
    QTest::newRow("200 chars with æøå")
        << "participant"
        << "name" << QString("\"%1\"").arg(QString(200, QChar(0x00E6)));
}

void TestCatalogue::validValuesPass()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const FieldSpec *f = findKind(kind.toStdString())->field(field.toStdString());
    QVERIFY(f);
    const auto e = validateValue(*f, json::parse(value.toStdString()));
    QVERIFY2(!e, e ? e->message.c_str() : "");
}

void TestCatalogue::invalidValuesAreRefusedWithFieldAndReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int required = int(ErrorCode::Required), range = int(ErrorCode::OutOfRange),
              format = int(ErrorCode::BadFormat), type = int(ErrorCode::WrongType),
              notAllowed = int(ErrorCode::NotAllowed), tooLong = int(ErrorCode::TooLong);
    QTest::newRow("required null") << "participant"
                                   << "name"
                                   << "null" << required << "name: is required";
    QTest::newRow("required blank") << "participant"
                                    << "name"
                                    << R"("   ")" << required << "name: is required";
    QTest::newRow("too long") << "participant"
                              << "name" << QString("\"%1\"").arg(QString(201, 'a')) << tooLong
                              << "name: is too long (201 characters, at most 200)";
    QTest::newRow("text with NUL") << "participant"
                                   << "name" << R"("Ola\u0000")" << format
                                   << "name: must not contain the character U+0000";
    QTest::newRow("cefr unknown") << "mapping"
                                  << "norwegian_speaking"
                                  << R"("D1")" << notAllowed
                                  << "norwegian_speaking: must be one of A1, A2, B1, B2, C1, C2 "
                                     "(got \"D1\")";
    QTest::newRow("cefr lower case") << "mapping"
                                     << "norwegian_speaking"
                                     << R"("b1")" << notAllowed
                                     << "norwegian_speaking: must be one of A1, A2, B1, B2, C1, "
                                        "C2 (got \"b1\")";
    QTest::newRow("hours over 24")
        << "logbook_entry"
        << "hours"
        << "24.5" << range << "hours: must be between 0 and 24 (got 24.5)";
    QTest::newRow("hours negative") << "logbook_entry"
                                    << "hours"
                                    << "-1" << range << "hours: must be between 0 and 24 (got -1)";
    QTest::newRow("hours as text") << "logbook_entry"
                                   << "hours"
                                   << R"("seven")" << type << "hours: must be a number";
    QTest::newRow("date format") << "logbook_entry"
                                 << "entry_date"
                                 << R"("21.11.2026")" << format
                                 << "entry_date: must be a date written YYYY-MM-DD (got "
                                    "\"21.11.2026\")";
    QTest::newRow("date impossible") << "logbook_entry"
                                     << "entry_date"
                                     << R"("2026-02-30")" << format
                                     << "entry_date: must be a date written YYYY-MM-DD (got "
                                        "\"2026-02-30\")";
    QTest::newRow("date out of range") << "logbook_entry"
                                       << "entry_date"
                                       << R"("1899-12-31")" << range
                                       << "entry_date: must be between 1900-01-01 and "
                                          "2100-12-31 (got 1899-12-31)";
    QTest::newRow("enum unknown") << "measure"
                                  << "status"
                                  << R"("paused")" << notAllowed
                                  << "status: must be one of planned, ongoing, completed, "
                                     "cancelled (got \"paused\")";
    QTest::newRow("bool as text") << "participant"
                                  << "consent_employer"
                                  << R"("yes")" << type
                                  << "consent_employer: must be true or false";
    QTest::newRow("integer fraction") << "education"
                                      << "years"
                                      << "2.5" << type << "years: must be a whole number";
    QTest::newRow("rating 6") << "employer_feedback"
                              << "safety"
                              << "6" << range << "safety: must be between 1 and 5 (got 6)";
    QTest::newRow("reference") << "measure"
                               << "plan_id"
                               << R"("plan-1")" << format << "plan_id: must be a record id (UUID)";
    QTest::newRow("sha256") << "attachment"
                            << "sha256"
                            << R"("ABC")" << format << "sha256: must be 64 lower-case hex digits";
    QTest::newRow("datetime") << "logbook_entry"
                              << "signed_at"
                              << R"("2026-11-21 14:05")" << format
                              << "signed_at: must be a UTC time written YYYY-MM-DDTHH:MM:SSZ";
}

void TestCatalogue::invalidValuesAreRefusedWithFieldAndReason()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, code);
    QFETCH(QString, message);
    const FieldSpec *f = findKind(kind.toStdString())->field(field.toStdString());
    QVERIFY(f);
    const auto e = validateValue(*f, json::parse(value.toStdString()));
    QVERIFY(e.has_value());
    QCOMPARE(int(e->code), code);
    QCOMPARE(QString::fromStdString(e->field), field);
    QCOMPARE(QString::fromStdString(e->message), message);
}

void TestCatalogue::recordRules()
{
    const KindSpec &measure = *findKind("measure");
    const std::string plan = "0190f4c2-1e2b-7abc-8def-0123456789ab";
    json ok = {{"plan_id", plan},
               {"type", "mentor"},
               {"status", "planned"},
               {"start_date", "2026-01-01"},
               {"end_date", "2026-01-01"}};
    QVERIFY(!validateRecord(measure, ok));

    json endBefore = ok;
    endBefore["end_date"] = "2025-12-31";
    auto e = validateRecord(measure, endBefore);
    QVERIFY(e);
    QCOMPARE(int(e->code), int(ErrorCode::EndBeforeStart));
    QCOMPARE(e->field, std::string("end_date"));

    json missing = ok;
    missing.erase("status");
    e = validateRecord(measure, missing);
    QVERIFY(e);
    QCOMPARE(e->message, std::string("status: is required"));

    json unknown = ok;
    unknown["colour"] = "red";
    e = validateRecord(measure, unknown);
    QVERIFY(e);
    QCOMPARE(e->message, std::string("colour: is not a field of measure"));
}

void TestCatalogue::valuesFromText_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json");
    QTest::newRow("text") << "participant" << "name" << "Åse Ødegård" << R"("Åse Ødegård")";
    QTest::newRow("empty clears") << "participant" << "name" << "" << "null";
    QTest::newRow("integer") << "education" << "years" << "3" << "3";
    QTest::newRow("integer with junk") << "education" << "years" << "3x" << R"("3x")";
    QTest::newRow("decimal point") << "logbook_entry" << "hours" << "7.5" << "7.5";
    QTest::newRow("decimal comma") << "logbook_entry" << "hours" << "7,5" << "7.5";
    QTest::newRow("decimal junk") << "logbook_entry" << "hours" << "seven" << R"("seven")";
    QTest::newRow("bool ja") << "participant" << "consent_employer" << "ja" << "true";
    QTest::newRow("bool false") << "participant" << "consent_employer" << "false" << "false";
    QTest::newRow("bool other") << "participant" << "consent_employer" << "maybe" << R"("maybe")";
    QTest::newRow("date stays text") << "measure" << "start_date" << "2026-01-01"
                                     << R"("2026-01-01")";
}

void TestCatalogue::valuesFromText()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, json);
    const FieldSpec *f = findKind(kind.toStdString())->field(field.toStdString());
    QVERIFY(f);
    QCOMPARE(QString::fromStdString(valueFromText(*f, text.toStdString()).dump()), json);
}

void TestCatalogue::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "2026-11-21" << true;
    QTest::newRow("leap 2000") << "2000-02-29" << true;
    QTest::newRow("no leap 1900") << "1900-02-29" << false;
    QTest::newRow("no leap 2026") << "2026-02-29" << false;
    QTest::newRow("month 13") << "2026-13-01" << false;
    QTest::newRow("day 0") << "2026-01-00" << false;
    QTest::newRow("april 31") << "2026-04-31" << false;
    QTest::newRow("signs") << "2026-+1-01" << false;
}

void TestCatalogue::dates()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    QCOMPARE(isValidDate(date.toStdString()), valid);
}

QTEST_APPLESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
