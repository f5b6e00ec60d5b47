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
    void storedValueReadsAsTheParserReadsIt_data();
    void storedValueReadsAsTheParserReadsIt();
    void storedValuesOfEveryFormReadAsTheParserReadsThem();

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

// What valueFromText gives must be what nlohmann's parser gives, type included (an unsigned
// and a signed 0 write different CBOR), and bad text must fail as it fails there.
static void compareWithParser(const std::string &text)
{
    const json expected = json::parse(text, nullptr, false);
    const json got = bro::sync::valueFromText(text, false);
    QCOMPARE(got.is_discarded(), expected.is_discarded());
    if (expected.is_discarded()) {
        int expectedId = 0, gotId = 0;
        try {
            [[maybe_unused]] const json parsed = json::parse(text);
        } catch (const json::exception &e) {
            expectedId = e.id;
        }
        try {
            [[maybe_unused]] const json read = bro::sync::valueFromText(text);
        } catch (const json::exception &e) {
            gotId = e.id;
        }
        QVERIFY(expectedId != 0);
        QCOMPARE(gotId, expectedId);
        return;
    }
    QCOMPARE(int(got.type()), int(expected.type()));
    QVERIFY(got == expected);
    QCOMPARE(got.dump(), expected.dump());
    QVERIFY(json::to_cbor(got) == json::to_cbor(expected));
}

void TestChange::storedValueReadsAsTheParserReadsIt_data()
{
    QTest::addColumn<QByteArray>("text");
    const std::pair<const char *, QByteArray> rows[] = {
        {"name", "\"Amanuel Tesfay\""},
        {"Norwegian letters", "\"Trakk kabler p\xc3\xa5 kj\xc3\xb8kkenet, \xc3\xa6rlig\""},
        {"Tigrinya", "\"\xe1\x88\xb0\xe1\x88\x8b\xe1\x88\x9d\""},
        {"emoji (4 bytes)", "\"\xf0\x9f\x91\x8d\""},
        {"empty string", "\"\""},
        {"escaped quote", "\"a\\\"b\""},
        {"escaped unicode", "\"\\u00e6\""},
        {"raw tab", "\"a\tb\""},
        {"raw DEL", "\"a\x7f\""},
        {"overlong slash", "\"\xc0\xaf\""},
        {"overlong 3 bytes", "\"\xe0\x80\xaf\""},
        {"surrogate", "\"\xed\xa0\x80\""},
        {"above U+10FFFF", "\"\xf4\x90\x80\x80\""},
        {"cut 3-byte form", "\"\xe2\x82\""},
        {"lone continuation", "\"\x80\""},
        {"lead byte F5", "\"\xf5\x80\x80\x80\""},
        {"unterminated", "\"abc"},
        {"quote alone", "\""},
        {"decimal", "7.5"},
        {"negative decimal", "-0.25"},
        {"zero", "0"},
        {"minus zero", "-0"},
        {"minus zero decimal", "-0.0"},
        {"integer", "37"},
        {"negative integer", "-12"},
        {"15 digits", "123456789012345"},
        {"16 digits", "1234567890123456"},
        {"int64 min", "-9223372036854775808"},
        {"uint64 max", "18446744073709551615"},
        {"beyond uint64", "18446744073709551616"},
        {"15-digit decimal", "0.12345678901234"},
        {"17-digit decimal", "3.1415926535897931"},
        {"exponent", "1e5"},
        {"huge exponent", "1e400"},
        {"leading zero", "01"},
        {"leading plus", "+1"},
        {"bare minus", "-"},
        {"dot without digits", "1."},
        {"dot first", ".5"},
        {"space before", " 7"},
        {"space after", "7 "},
        {"true", "true"},
        {"false", "false"},
        {"null", "null"},
        {"cut literal", "nul"},
        {"array", "[1,\"a\"]"},
        {"object", "{\"a\":1}"},
        {"empty text", ""},
    };
    for (const auto &[name, text] : rows)
        QTest::newRow(name) << text;
}

void TestChange::storedValueReadsAsTheParserReadsIt()
{
    QFETCH(QByteArray, text);
    compareWithParser(text.toStdString());
}

// Values as the store and the server write them (value.dump()), of every JSON form, and the
// same texts cut short or with a byte changed.
void TestChange::storedValuesOfEveryFormReadAsTheParserReadsThem()
{
    std::uint64_t seed = 20261204;
    auto next = [&seed] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return seed >> 33;
    };
    for (int round = 0; round < 4000; ++round) {
        json value;
        switch (next() % 6) {
        case 0: {
            std::string text;
            const int length = int(next() % 12);
            for (int i = 0; i < length; ++i) {
                static const char *const pieces[] = {"a", "Z", " ", "\xc3\xa6", "\xe1\x88\xb0",
                                                     "\xf0\x9f\x91\x8d", "\"", "\\", "\n", "/"};
                text += pieces[next() % 10];
            }
            value = text;
            break;
        }
        case 1:
            value = std::int64_t(next()) - std::int64_t(1) * (1LL << 30);
            break;
        case 2:
            value = double(std::int64_t(next() % 2000000) - 1000000) / double(1 + next() % 1000);
            break;
        case 3:
            value = next() % 2 == 0;
            break;
        case 4:
            value = nullptr;
            break;
        default:
            value = json{{"minutes", int(next() % 600)}, {"note", "ok"}};
        }
        std::string text = value.dump();
        compareWithParser(text);
        if (!text.empty()) {
            compareWithParser(text.substr(0, next() % text.size()));
            text[next() % text.size()] = char(next() % 256);
            compareWithParser(text);
        }
    }
}

QTEST_APPLESS_MAIN(TestChange)
#include "tst_change.moc"
