// The v2 wire format (bro/sync/wire.h): round trips in both encodings, op ids derived from
// stamps, and a clear refusal naming the place for each kind of hostile batch.
#include <bro/sync/uuid.h>
#include <bro/sync/wire.h>

#include <QTest>

using namespace bro::sync;
using nlohmann::json;

namespace {

const std::string kDevA = "0190f4c2-1e2b-4abc-8def-00000000000a";
const std::string kDevB = "0190f4c2-1e2b-4abc-8def-00000000000b";

Change change(const std::string &record, const std::string &field, json value,
              const HlcStamp &stamp, std::string base = {}, bool derived = true)
{
    Change c;
    c.kind = "logbook_entry";
    c.recordId = record;
    c.field = field;
    c.value = std::move(value);
    c.stamp = stamp;
    c.deviceId = stamp.device;
    c.baseVersion = std::move(base);
    c.opId = derived ? derivedOpId(stamp) : newRecordId();
    return c;
}

std::vector<Change> sample()
{
    const std::string r1 = newRecordId(), r2 = newRecordId();
    const HlcStamp a0{1'764'000'000'000, 0, kDevA};
    return {
        change(r1, "entry_date", "2026-11-20", a0),
        change(r1, "hours", 7.5, {a0.millis, 1, kDevA}),
        change(r1, "tasks", "Trakk kabler", {a0.millis, 2, kDevA}),
        change(r2, "tasks", "Monterte", {a0.millis + 5, 0, kDevB},
               HlcStamp{a0.millis, 2, kDevA}.toString()),
        change(r2, "tasks", "Flettet", {a0.millis + 3, 0, kDevB}, // an earlier ms: dms < 0
               HlcStamp{a0.millis, 2, kDevA}.toString() + "," +
                   HlcStamp{a0.millis + 5, 0, kDevB}.toString()),
        change(r1, "deleted", true, {a0.millis + 9, 4, kDevA},
               "hours=" + HlcStamp{a0.millis, 1, kDevA}.toString(), false), // an old op id
        change(r1, "signature", json{{"signed_by", "x"}, {"content", {{"hours", 7.5}}}},
               {a0.millis + 9, 5, kDevA}),
        change(r2, "hours", nullptr, {a0.millis + 10, 0, kDevB}, "hours=;tasks=" + HlcStamp{a0.millis, 2, kDevA}.toString()),
    };
}

std::string refusal(const json &batch)
{
    BatchError e;
    if (decodeBatch(batch, &e))
        return "accepted";
    return e.message;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void derivedOpIdIsAStableUuid()
    {
        const HlcStamp s{1'764'000'000'000, 3, kDevA};
        const std::string op = derivedOpId(s);
        QVERIFY(bro::model::isCanonicalUuid(op));
        QCOMPARE(Uuid::parse(op)->version(), 8);
        QCOMPARE(Uuid::parse(op)->variant(), 2);
        QCOMPARE(derivedOpId(s), op);
        QVERIFY(derivedOpId({s.millis, 4, kDevA}) != op);
        QVERIFY(derivedOpId({s.millis, 3, kDevB}) != op);
        // The stamp's milliseconds first (so op ids sort by time, and land side by side in
        // the server's index): 1764000000000 is 0x19ab697e800.
        QCOMPARE(op.substr(0, 13), std::string("019ab697-e800"));
        QVERIFY(derivedOpId({s.millis + 1, 0, kDevB}) > op);
        QVERIFY(derivedOpId({s.millis - 1, 9, kDevB}) < op);
        // What apps before derived for the same stamp, all of it from the SHA-256.
        QCOMPARE(legacyDerivedOpId(s), std::string("688b0f52-06ac-8f6b-a5c5-52d5580c4200"));
        QCOMPARE(Uuid::parse(legacyDerivedOpId(s))->version(), 8);
    }

    void roundTripJsonAndCbor()
    {
        const auto changes = sample();
        for (auto encoding : {WireEncoding::Json, WireEncoding::Cbor}) {
            const std::string body = serialize(encodeBatch(changes, encoding), encoding);
            std::string why;
            const auto parsed = deserialize(body, encoding, &why);
            QVERIFY2(parsed, why.c_str());
            BatchError e;
            const auto back = decodeBatch(*parsed, &e);
            QVERIFY2(back, e.message.c_str());
            QCOMPARE(back->size(), changes.size());
            for (std::size_t i = 0; i < changes.size(); ++i)
                QVERIFY2((*back)[i] == changes[i], json((*back)[i]).dump().c_str());
        }
    }

    void compactForARecordsChanges()
    {
        // Kind, id and device once per run; the op id and the device of each stamp not at all.
        const auto changes = sample();
        const json batch = encodeBatch(changes);
        QCOMPARE(batch["d"].size(), 2u);
        QCOMPARE(batch["k"].size(), 1u);
        QCOMPARE(batch["r"].size(), 4u); // r1, r2, r1, r2: runs keep the order
        QCOMPARE(batch["r"][0].size(), 3u + 3u);
        const std::string text = batch.dump();
        QVERIFY(text.find(derivedOpId(changes[0].stamp)) == std::string::npos);
        QVERIFY(text.find(changes[5].opId) != std::string::npos); // not derivable: sent
        json v1 = json::array();
        for (const auto &c : changes)
            v1.push_back(c);
        const json v1Body = {{"changes", v1}};
        QVERIFY(text.size() * 2 < v1Body.dump().size());
    }

    void emptyBatch()
    {
        const auto back = decodeBatch(encodeBatch({}));
        QVERIFY(back && back->empty());
    }

    void hostileBatches_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an object") << "[]" << "batch: must be an object";
        QTest::newRow("no runs") << "{\"d\":[],\"k\":[],\"f\":[]}" << "r: missing, or not an array";
        QTest::newRow("bad device") << "{\"d\":[\"X\"],\"k\":[],\"f\":[],\"r\":[]}"
                                    << "d[0]: not a device id (a UUID)";
        QTest::newRow("long kind") << ("{\"d\":[],\"k\":[\"" + std::string(65, 'k') + "\"],\"f\":[],\"r\":[]}").c_str()
                                   << "k[0]: must be a name (1 to 64 characters)";
        QTest::newRow("short run") << "RUN[0,\"ID\",0]" << "r[0]: must be [kind, id, device, change, ...]";
        QTest::newRow("kind index") << "RUN[5,\"ID\",0,[0,1,1,0]]" << "r[0].kind: not an index into k";
        QTest::newRow("negative index") << "RUN[-1,\"ID\",0,[0,1,1,0]]" << "r[0].kind: not an index into k";
        QTest::newRow("bad id") << "RUN[0,\"ID-\",0,[0,1,1,0]]" << "r[0].id: not a UUID in lower case";
        QTest::newRow("device index") << "RUN[0,\"ID\",1,[0,1,1,0]]" << "r[0].device: not an index into d";
        QTest::newRow("change not array") << "RUN[0,\"ID\",0,7]"
                                          << "changes[0].change: must be [field, value, ms, counter, base?, op?]";
        QTest::newRow("field index") << "RUN[0,\"ID\",0,[1,1,1,0]]" << "changes[0].field: not an index into f";
        QTest::newRow("ms text") << "RUN[0,\"ID\",0,[0,1,\"1\",0]]" << "changes[0].hlc: milliseconds must be a whole number of at most 15 digits";
        QTest::newRow("ms huge") << "RUN[0,\"ID\",0,[0,1,9223372036854775807,0]]"
                                 << "changes[0].hlc: milliseconds must be a whole number of at most 15 digits";
        QTest::newRow("ms past int64") << "RUN[0,\"ID\",0,[0,1,18446744073709551615,0]]"
                                       << "changes[0].hlc: milliseconds must be a whole number of at most 15 digits";
        QTest::newRow("ms negative") << "RUN[0,\"ID\",0,[0,1,-5,0]]" << "changes[0].hlc: milliseconds out of range";
        QTest::newRow("counter") << "RUN[0,\"ID\",0,[0,1,1,4294967296]]"
                                 << "changes[0].hlc: the counter must be a whole number below 2^32";
        QTest::newRow("base type") << "RUN[0,\"ID\",0,[0,1,1,0,5]]" << "changes[0].base: must be null, a stamp or a string";
        QTest::newRow("base stamp") << "RUN[0,\"ID\",0,[0,1,1,0,[1,2,3]]]"
                                    << "changes[0].base: must be [ms, counter, device index]";
        QTest::newRow("base text") << "RUN[0,\"ID\",0,[0,1,1,0,\"nope\"]]"
                                   << "changes[0].base: not a hybrid logical clock stamp";
        QTest::newRow("op type") << "RUN[0,\"ID\",0,[0,1,1,0,null,5]]" << "changes[0].op: must be a string";
        QTest::newRow("op text") << "RUN[0,\"ID\",0,[0,1,1,0,null,\"op\"]]" << "changes[0].op: not a UUID in lower case";
        QTest::newRow("second change") << "RUN[0,\"ID\",0,[0,1,1,0],[0,1,1,0,7]]"
                                       << "changes[1].base: must be null, a stamp or a string";
    }
    void hostileBatches()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, expected);
        std::string text = mutation.toStdString();
        if (text.rfind("RUN", 0) == 0)
            text = "{\"d\":[\"" + kDevA + "\"],\"k\":[\"logbook_entry\"],\"f\":[\"hours\"],\"r\":[" +
                   text.substr(3) + "]}";
        const std::string id = newRecordId();
        for (std::size_t at; (at = text.find("\"ID")) != std::string::npos;)
            text.replace(at + 1, 2, id);
        const auto batch = json::parse(text);
        QCOMPARE(QString::fromStdString(refusal(batch)), expected);
    }

    void pullPutsBadChangesAside()
    {
        const std::string id = newRecordId();
        const json batch = json::parse("{\"d\":[\"" + kDevA +
                                       "\"],\"k\":[\"logbook_entry\"],\"f\":[\"hours\"],\"r\":[[0,\"" + id +
                                       "\",0,[0,1,1764000000000,0],[0,2,1,0,7],[0,3,1,0]]]}");
        std::vector<BatchAside> aside;
        const auto changes = decodeBatch(batch, nullptr, &aside);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 2u);
        QCOMPARE(aside.size(), 1u);
        QCOMPARE(aside[0].reason, std::string("changes[1].base: must be null, a stamp or a string"));
        QVERIFY(aside[0].raw["id"] == json(id));
        QVERIFY((*changes)[1].value == json(3));
        QCOMPARE((*changes)[1].stamp.millis, 1764000000002);
    }

    void deepAndMalformedBodies()
    {
        std::string why;
        std::string deep(100000, '\x81'); // CBOR: arrays of one, nested
        deep.push_back('\x01');
        QVERIFY(!deserialize(deep, WireEncoding::Cbor, &why));
        QCOMPARE(why, std::string("nested deeper than 16 levels"));
        QVERIFY(!deserialize("\xff\x00", WireEncoding::Cbor, &why));
        QCOMPARE(why, std::string("malformed CBOR"));
        QVERIFY(!deserialize(std::string(100, '['), WireEncoding::Json, &why));
        QCOMPARE(why, std::string("nested deeper than 16 levels"));
    }

    // CBOR text strings are not checked by the parser: one that is not UTF-8 was decoded, and
    // would have been stored and broken every JSON reply carrying it (found by fuzz_change).
    // A CBOR NaN or infinity has no JSON form (found by fuzz_change: a batch with a NaN was not
    // equal to itself once decoded).
    void numbersThatAreNotFiniteAreRefused()
    {
        std::string why;
        for (const QByteArray &cbor : {QByteArray("\xfb\x7f\xf8\x00\x00\x00\x00\x00\x00", 9),   // NaN
                                       QByteArray("\xf9\x7c\x00", 3),                                // +inf, half
                                       QByteArray("\xfa\xff\x80\x00\x00", 5)}) {                   // -inf
            QVERIFY(!deserialize(cbor.toStdString(), WireEncoding::Cbor, &why));
            QCOMPARE(why, std::string("a number is not finite (NaN or infinity)"));
        }
        QVERIFY(deserialize(std::string("\xfb\x40\x1e\x00\x00\x00\x00\x00\x00", 9), WireEncoding::Cbor, &why)); // 7.5
    }

    void aValueWithAByteStringIsRefused()
    {
        // CBOR can carry a byte string as a value (fuzz/regressions/change/crash-8920dfe...);
        // JSON cannot, so it would read differently by the two encodings. Refused by a push,
        // put aside by a pull, named by its field.
        const HlcStamp s{1'764'000'000'000, 0, kDevA};
        const json bytes = json::binary({1, 2, 3});
        for (const json &value : {bytes, json::array({"a", bytes}), json{{"content", {{"hours", bytes}}}}}) {
            const std::vector<Change> one{change(newRecordId(), "hours", value, s)};
            const std::string body = serialize(encodeBatch(one, WireEncoding::Cbor), WireEncoding::Cbor);
            const auto parsed = deserialize(body, WireEncoding::Cbor);
            QVERIFY(parsed);
            BatchError e;
            QVERIFY(!decodeBatch(*parsed, &e));
            QVERIFY(e.aboutChange);
            QVERIFY2(e.message.rfind("changes[0].value: a byte string has no JSON form", 0) == 0,
                     e.message.c_str());
            std::vector<BatchAside> aside;
            const auto rest = decodeBatch(*parsed, nullptr, &aside);
            QVERIFY(rest && rest->empty());
            QCOMPARE(aside.size(), 1u);
        }
        // Ids as byte strings stay what the CBOR encoding is for.
        const std::vector<Change> fine{change(newRecordId(), "hours", 7.5, s)};
        const auto parsed = deserialize(serialize(encodeBatch(fine, WireEncoding::Cbor), WireEncoding::Cbor),
                                        WireEncoding::Cbor);
        QVERIFY(parsed && (*parsed)["d"][0].is_binary());
        QVERIFY(decodeBatch(*parsed));
    }

    void textThatIsNotUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        QTest::newRow("value") << QByteArray("\xa1\x61k\x62\xff\xfe", 6);        // {"k": ff fe}
        QTest::newRow("key") << QByteArray("\xa1\x62\xc0\xaf\x01", 5);           // overlong "/"
        QTest::newRow("surrogate") << QByteArray("\x63\xed\xa0\x80", 4);          // U+D800
        QTest::newRow("cut short") << QByteArray("\x62\xe2\x82", 3);               // 2 of 3 bytes
    }
    void textThatIsNotUtf8IsRefused()
    {
        QFETCH(QByteArray, cbor);
        std::string why;
        QVERIFY(!deserialize(cbor.toStdString(), WireEncoding::Cbor, &why));
        QCOMPARE(why, std::string("a text string is not UTF-8"));
        // Well-formed text of every length passes: "å", "€", "𝄞".
        for (const char *ok : {"\x62\xc3\xa5", "\x63\xe2\x82\xac", "\x64\xf0\x9d\x84\x9e"})
            QVERIFY2(deserialize(ok, WireEncoding::Cbor, &why), why.c_str());
    }
};

QTEST_APPLESS_MAIN(TestWire)
#include "tst_wire.moc"
