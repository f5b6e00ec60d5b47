#include <bro/sync/uuid.h>

#include <QTest>

#include <set>

using bro::sync::Uuid;
using bro::sync::UuidV7Generator;

class TestUuid : public QObject
{
    Q_OBJECT

private slots:
    void versionVariantAndTimestamp();
    void uniqueAndIncreasingOver100000Ids();
    void increasingWhenWallClockStepsBack();
    void textRoundTrip();
    void parseRejectsMalformed_data();
    void parseRejectsMalformed();
    void randomV4();
};

void TestUuid::versionVariantAndTimestamp()
{
    const std::int64_t now = 1'763'700'000'123;
    UuidV7Generator gen([&] { return now; });
    const Uuid id = gen.next();
    QCOMPARE(id.version(), 7);
    QCOMPARE(id.variant(), 2);
    QCOMPARE(id.unixMillis(), now);
    const std::string text = id.toString();
    QCOMPARE(text.size(), std::size_t(36));
    QCOMPARE(text[14], '7');
}

void TestUuid::uniqueAndIncreasingOver100000Ids()
{
    UuidV7Generator gen; // the real clock: many ids share a millisecond
    std::set<std::string> seen;
    std::string previous;
    for (int i = 0; i < 100'000; ++i) {
        const std::string id = gen.nextString();
        QVERIFY2(seen.insert(id).second, ("duplicate id " + id).c_str());
        QVERIFY2(previous < id, (previous + " !< " + id).c_str());
        previous = id;
    }
    QCOMPARE(seen.size(), std::size_t(100'000));
}

void TestUuid::increasingWhenWallClockStepsBack()
{
    std::int64_t wall = 1'700'000'000'000;
    UuidV7Generator gen([&] { return wall; });
    Uuid previous = gen.next();
    for (int i = 0; i < 10'000; ++i) {
        wall += (i % 7 == 0) ? -60'000 : (i % 3);
        const Uuid id = gen.next();
        QVERIFY(previous < id);
        previous = id;
    }
}

void TestUuid::textRoundTrip()
{
    UuidV7Generator gen;
    for (int i = 0; i < 100; ++i) {
        const Uuid id = gen.next();
        const auto parsed = Uuid::parse(id.toString());
        QVERIFY(parsed.has_value());
        QVERIFY(*parsed == id);
    }
    QVERIFY(Uuid::parse("0190F4C2-1E2B-7ABC-8DEF-0123456789AB").has_value());
}

void TestUuid::parseRejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("short") << "0190f4c2-1e2b-7abc-8def-0123456789a";
    QTest::newRow("no dashes") << "0190f4c21e2b7abc8def0123456789abcdef";
    QTest::newRow("bad hex") << "0190f4c2-1e2b-7abc-8def-0123456789ag";
    QTest::newRow("dash misplaced") << "0190f4c21-e2b-7abc-8def-0123456789ab";
}

void TestUuid::parseRejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!Uuid::parse(text.toStdString()).has_value());
}

void TestUuid::randomV4()
{
    const Uuid a = Uuid::randomV4(), b = Uuid::randomV4();
    QCOMPARE(a.version(), 4);
    QCOMPARE(a.variant(), 2);
    QVERIFY(!(a == b));
}

QTEST_APPLESS_MAIN(TestUuid)
#include "tst_uuid.moc"
