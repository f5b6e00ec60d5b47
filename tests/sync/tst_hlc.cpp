#include <bro/sync/hlc.h>

#include <QTest>

#include <random>

using bro::sync::HlcStamp;
using bro::sync::HybridClock;

class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void textFormRoundTripsAndSortsLikeStamps();
    void textFormIsFixedWidthDigitsAndHex_data();
    void textFormIsFixedWidthDigitsAndHex();
    void parseRejectsMalformed_data();
    void parseRejectsMalformed();
    void monotonicWhenWallClockStepsBack();
    void followsWallClockWhenItMovesOn();
    void observeOrdersLaterLocalStampsAfterRemote();
    void totalOrderByTimeCounterDevice();
    void counterOverflowBorrowsNextMillisecond();
};

void TestHlc::textFormRoundTripsAndSortsLikeStamps()
{
    std::mt19937_64 rng(42);
    std::vector<HlcStamp> stamps;
    for (int i = 0; i < 2000; ++i) {
        HlcStamp s{static_cast<std::int64_t>(rng() % 4'000'000'000'000ULL),
                   static_cast<std::uint32_t>(rng() % 5), "dev-" + std::to_string(rng() % 3)};
        const auto parsed = HlcStamp::parse(s.toString());
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->millis, s.millis);
        QCOMPARE(parsed->counter, s.counter);
        QCOMPARE(parsed->device, s.device);
        stamps.push_back(s);
    }
    for (std::size_t i = 1; i < stamps.size(); ++i) {
        const auto &a = stamps[i - 1], &b = stamps[i];
        QCOMPARE(a < b, a.toString() < b.toString());
        QCOMPARE(a == b, a.toString() == b.toString());
    }
}

// The text is what the log and the op ids are made of (an op id is derived from it): every
// digit in its place, for every width the fields can have.
void TestHlc::textFormIsFixedWidthDigitsAndHex_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<quint32>("counter");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << quint32(0) << "d"
                          << "000000000000000-00000000-d";
    QTest::newRow("today") << qint64(1'764'820'000'123) << quint32(0x2a) << "dev-1"
                           << "001764820000123-0000002a-dev-1";
    QTest::newRow("widest") << qint64(999'999'999'999'999) << quint32(0xffffffff) << "x"
                            << "999999999999999-ffffffff-x";
    QTest::newRow("all hex digits") << qint64(123'456'789'012'345) << quint32(0x89abcdef) << ""
                                    << "123456789012345-89abcdef-";
    // Out of the fixed width (never made by a clock): as printf writes them.
    QTest::newRow("16 digits") << qint64(1'000'000'000'000'000) << quint32(1) << "d"
                               << "1000000000000000-00000001-d";
    QTest::newRow("negative") << qint64(-5) << quint32(1) << "d"
                              << "-00000000000005-00000001-d";
}

void TestHlc::textFormIsFixedWidthDigitsAndHex()
{
    QFETCH(qint64, millis);
    QFETCH(quint32, counter);
    QFETCH(QString, device);
    QFETCH(QString, text);
    const HlcStamp s{millis, counter, device.toStdString()};
    QCOMPARE(QString::fromStdString(s.toString()), text);
}

void TestHlc::parseRejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("no device") << "000001700000000-00000000-";
    QTest::newRow("short millis") << "1700000000-00000000-dev";
    QTest::newRow("letters in millis") << "00000170000000x-00000000-dev";
    QTest::newRow("bad counter") << "000001700000000-0000000g-dev";
    QTest::newRow("wrong separator") << "000001700000000_00000000_dev";
}

void TestHlc::parseRejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!HlcStamp::parse(text.toStdString()).has_value());
}

void TestHlc::monotonicWhenWallClockStepsBack()
{
    std::int64_t wall = 1'700'000'000'000;
    HybridClock clock("dev-a", [&] { return wall; });
    HlcStamp previous = clock.now();
    // The wall clock jumps around, including a step back of an hour and of a week.
    const std::int64_t steps[] = {5, 0, -3'600'000, 1, 1, -7LL * 24 * 3'600'000, 2, 10'000};
    for (int round = 0; round < 100; ++round) {
        for (auto step : steps) {
            wall += step;
            const HlcStamp s = clock.now();
            QVERIFY2(previous < s, (previous.toString() + " !< " + s.toString()).c_str());
            QVERIFY(s.millis >= previous.millis);
            previous = s;
        }
    }
}

void TestHlc::followsWallClockWhenItMovesOn()
{
    std::int64_t wall = 1000;
    HybridClock clock("dev-a", [&] { return wall; });
    QCOMPARE(clock.now().millis, 1000);
    QCOMPARE(clock.now().counter, 1u);
    wall = 2000;
    const auto s = clock.now();
    QCOMPARE(s.millis, 2000);
    QCOMPARE(s.counter, 0u);
}

void TestHlc::observeOrdersLaterLocalStampsAfterRemote()
{
    std::int64_t wall = 1000;
    HybridClock clock("dev-a", [&] { return wall; });
    (void)clock.now();
    // A device whose clock is ahead by a minute.
    const HlcStamp remote{61'000, 7, "dev-b"};
    clock.observe(remote);
    const HlcStamp next = clock.now();
    QVERIFY(remote < next);
    QCOMPARE(next.millis, 61'000);
    QCOMPARE(next.counter, 8u);
    // An older remote stamp does not move the clock back.
    clock.observe(HlcStamp{500, 99, "dev-c"});
    QVERIFY(next < clock.now());
}

void TestHlc::totalOrderByTimeCounterDevice()
{
    const HlcStamp a{10, 0, "b"}, b{10, 1, "a"}, c{11, 0, "a"}, d{10, 1, "b"};
    QVERIFY(a < b);
    QVERIFY(b < c);
    QVERIFY(b < d); // same time and counter: the device id decides
    QVERIFY(d < c);
    QVERIFY(!(a == b));
}

void TestHlc::counterOverflowBorrowsNextMillisecond()
{
    std::int64_t wall = 5;
    HybridClock clock("dev", [&] { return wall; });
    clock.observe(HlcStamp{5, std::numeric_limits<std::uint32_t>::max() - 1, "x"});
    const auto a = clock.now();
    const auto b = clock.now();
    QVERIFY(a < b);
    QCOMPARE(b.millis, 6);
    QCOMPARE(b.counter, 0u);
}

QTEST_APPLESS_MAIN(TestHlc)
#include "tst_hlc.moc"
