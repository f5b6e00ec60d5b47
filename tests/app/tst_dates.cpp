// Dates as people type and read them (domain/dates.h): dd.mm.åååå and the other accepted forms
// become ISO dates, impossible days are refused, and a date is written one way per language.
#include "domain/dates.h"

#include <QTest>

using namespace bro;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void typedDatesBecomeIsoDates_data();
    void typedDatesBecomeIsoDates();
    void datesAreWrittenOneWayPerLanguage();
};

void TestDates::typedDatesBecomeIsoDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("iso"); // "" for refused
    QTest::newRow("bokmål, dd.mm.åååå") << "14.03.1991"
                                        << "1991-03-14";
    QTest::newRow("bokmål, short day and month") << "1.3.1991"
                                                 << "1991-03-01";
    QTest::newRow("slashes") << "14/03/1991"
                             << "1991-03-14";
    QTest::newRow("ISO") << "1991-03-14"
                         << "1991-03-14";
    QTest::newRow("spaces around") << "  14.03.1991 "
                                   << "1991-03-14";
    QTest::newRow("29 February in a leap year") << "29.02.2028"
                                                << "2028-02-29";
    QTest::newRow("29 February otherwise") << "29.02.2027"
                                           << "";
    QTest::newRow("31 April") << "31.04.2026"
                              << "";
    QTest::newRow("month 13") << "01.13.2026"
                              << "";
    QTest::newRow("a two-digit year is not guessed") << "14.03.91"
                                                     << "";
    QTest::newRow("month first (US) is not a date here") << "03/14/1991"
                                                         << "";
    QTest::newRow("words") << "i går"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestDates::typedDatesBecomeIsoDates()
{
    QFETCH(QString, typed);
    QFETCH(QString, iso);
    const auto parsed = dates::parse(typed);
    QCOMPARE(parsed.value_or(QString()), iso);
    QCOMPARE(parsed.has_value(), !iso.isEmpty());
}

void TestDates::datesAreWrittenOneWayPerLanguage()
{
    QCOMPARE(dates::format("2026-09-01", "nb"), QStringLiteral("01.09.2026"));
    QCOMPARE(dates::format("2026-09-01", "en"), QStringLiteral("01/09/2026"));
    // No month names, so no "Sept" next to "Dec".
    QCOMPARE(dates::format("2026-09-16", "en"), QStringLiteral("16/09/2026"));
    QCOMPARE(dates::format("2026-12-02", "en"), QStringLiteral("02/12/2026"));
    QCOMPARE(dates::inputPattern("nb"), QStringLiteral("DD.MM.ÅÅÅÅ"));
    QCOMPARE(dates::inputPattern("en"), QStringLiteral("DD/MM/YYYY"));
    // What is not a date is shown as it is.
    QCOMPARE(dates::format("snart", "nb"), QStringLiteral("snart"));
    // A moment is its local date.
    qputenv("TZ", "Europe/Oslo");
    QCOMPARE(dates::formatMoment("2026-09-01T22:30:00Z", "nb"), QStringLiteral("02.09.2026"));
    // What is written reads back.
    for (const char *language : {"nb", "en"})
        QCOMPARE(dates::parse(dates::format("2027-01-31", language)).value(),
                 QStringLiteral("2027-01-31"));
}

QTEST_APPLESS_MAIN(TestDates)
#include "tst_dates.moc"
