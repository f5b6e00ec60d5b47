#include <bro/sync/change.h>
#include <bro/sync/uuid.h>

#include <QTest>

using bro::sync::Change;
using bro::sync::changeFromJson;
using nlohmann::json;

class TestChange : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void strictParse_data();
    void strictParse();

private:
    static Change sample();
};

Change TestChange::sample()
{
    Change c;
    c.opId = bro::sync::newRecordId();
    c.kind = "logbook_entry";
    c.recordId = bro::sync::newRecordId();
    c.field = "hours";
    c.value = 7.5;
    c.baseVersion = bro::sync::HlcStamp{1'700'000'000'000, 1, "0190f4c2-1e2b-4abc-8def-00000000000a"}.toString();
    c.stamp = bro::sync::HlcStamp{1'700'000'000'500, 0, "0190f4c2-1e2b-4abc-8def-00000000000a"};
    c.deviceId = "0190f4c2-1e2b-4abc-8def-00000000000a";
    return c;
}

void TestChange::jsonRoundTrip()
{
    const Change c = sample();
    const json j = c;
    QCOMPARE(QString::fromStdString(j["op"].get<std::string>()), QString::fromStdString(c.opId));
    std::string error;
    const auto back = changeFromJson(json::parse(j.dump()), &error);
    QVERIFY2(back.has_value(), error.c_str());
    QVERIFY(*back == c);
}

void TestChange::strictParse_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("missing op") << R"({"op": null})"
                                << "op: missing";
    QTest::newRow("op not a string") << R"({"op": 5})"
                                     << "op: must be a string";
    QTest::newRow("op not a uuid") << R"({"op": "abc"})"
                                   << "op: not a UUID in lower case";
    QTest::newRow("id not a uuid") << R"({"id": "x"})"
                                   << "id: not a UUID in lower case";
    QTest::newRow("bad hlc") << R"({"hlc": "yesterday"})"
                             << "hlc: not a hybrid logical clock stamp";
    QTest::newRow("device mismatch") << R"({"device": "0190f4c2-1e2b-4abc-8def-00000000000b"})"
                                     << "hlc: device does not match the change's device";
    QTest::newRow("upper-case id") << R"({"id": "0190F4C2-1E2B-7ABC-8DEF-0123456789AB"})"
                                   << "id: not a UUID in lower case";
    QTest::newRow("device with separators")
        << R"({"device": "0190f4c2-1e2b-4abc-8def-00000000000,", "hlc": "x"})"
        << "device: not a device id (a UUID in lower case)";
    QTest::newRow("bad base") << R"({"base": "x"})"
                              << "base: not a hybrid logical clock stamp";
    QTest::newRow("missing value") << R"({"value": null})"
                                   << "value: missing";
}

void TestChange::strictParse()
{
    QFETCH(QString, mutation);
    QFETCH(QString, expectedError);
    json j = sample();
    const json patch = json::parse(mutation.toStdString());
    for (const auto &[key, value] : patch.items()) {
        if (value.is_null())
            j.erase(key);
        else
            j[key] = value;
    }
    std::string error;
    QVERIFY(!changeFromJson(j, &error).has_value());
    QCOMPARE(QString::fromStdString(error), expectedError);
    QVERIFY(!changeFromJson(json::array(), &error).has_value());
}

QTEST_APPLESS_MAIN(TestChange)
#include "tst_change.moc"
