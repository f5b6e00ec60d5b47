// bro-cli as a script would use it: the real executable on a real encrypted store.
#include <bro/sync/uuid.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void addSetDeleteDump();
    void badInputIsRefusedWithFieldAndReason_data();
    void badInputIsRefusedWithFieldAndReason();
    void attachStoresTheFileWithItsRecord();
    void usage();
    void trainingBookGoalsAndPdf();

private:
    struct Run
    {
        int exitCode;
        QByteArray out, err;
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(BRO_CLI), QStringList{"--home", m_home.path()} + args);
        p.waitForFinished(30'000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QTemporaryDir m_home;
};

void TestCli::addSetDeleteDump()
{
    const Run added = cli({"add", "participant", "name=Rahaf Al-Hassan", "consent_employer=ja"});
    QCOMPARE(added.exitCode, 0);
    const std::string id = added.out.trimmed().toStdString();
    const auto uuid = bro::sync::Uuid::parse(id);
    QVERIFY(uuid.has_value());
    QCOMPARE(uuid->version(), 7);

    QCOMPARE(cli({"set", QString::fromStdString(id), "phase=qualification", "municipality=Bodø"})
                 .exitCode,
             0);
    const Run book = cli({"add", "training-book", "participant_id=" + QString::fromStdString(id),
                          "employer=Solbakken sykehjem"});
    QCOMPARE(book.exitCode, 0);
    const Run entry = cli({"add", "logbook-entry", "training_book_id=" + book.out.trimmed(),
                           "entry_date=2026-11-20", "hours=7,5", "tasks=Stell og måltider"});
    QCOMPARE(entry.exitCode, 0);
    QCOMPARE(cli({"delete", entry.out.trimmed()}).exitCode, 0);

    const Run dump = cli({"dump"});
    QCOMPARE(dump.exitCode, 0);
    const auto json = nlohmann::json::parse(dump.out.toStdString());
    const auto &p = json["participant"].at(0);
    QCOMPARE(p["id"].get<std::string>(), id);
    QCOMPARE(QString::fromStdString(p["municipality"].get<std::string>()), QStringLiteral("Bodø"));
    QCOMPARE(p["phase"].get<std::string>(), std::string("qualification"));
    QVERIFY(p["consent_employer"].get<bool>());
    const auto &e = json["logbook_entry"].at(0);
    QCOMPARE(e["hours"].get<double>(), 7.5);
    QVERIFY(e["deleted"].get<bool>()); // the tombstone is part of the data
    // Canonical: the same data prints the same bytes, keys sorted.
    QCOMPARE(cli({"dump"}).out, dump.out);
    QVERIFY(dump.out.indexOf("\"assessment\"") < dump.out.indexOf("\"participant\""));
}

void TestCli::badInputIsRefusedWithFieldAndReason_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QStringList{"add", "pet", "name=x"}
                                  << "kind: \"pet\" is not a kind of record";
    QTest::newRow("missing name") << QStringList{"add", "participant", "municipality=Bodø"}
                                  << "name: is required";
    QTest::newRow("bad date") << QStringList{"add", "participant", "name=x", "birth_date=1.1.1990"}
                              << "birth_date: must be a date written YYYY-MM-DD";
    QTest::newRow("not field=value")
        << QStringList{"add", "participant", "name"} << "\"name\": expected field=value";
    QTest::newRow("unknown field") << QStringList{"add", "participant", "name=x", "shoe=44"}
                                   << "shoe: is not a field of participant";
    QTest::newRow("unknown id") << QStringList{"set", "0190f4c2-1e2b-7abc-8def-0123456789ab",
                                               "name=x"}
                                << "id: no record with id";
}

void TestCli::badInputIsRefusedWithFieldAndReason()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray before = cli({"dump"}).out;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(cli({"dump"}).out, before);
}

void TestCli::attachStoresTheFileWithItsRecord()
{
    const QString participant =
        QString::fromUtf8(cli({"add", "participant", "name=Rahaf Al-Hassan"}).out.trimmed());
    QVERIFY(!participant.isEmpty());
    const QString photo = m_home.filePath("fagbrev.png");
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += QByteArray(5000, 'x');
    {
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Run attached = cli({"attach", "participant", participant, photo, "Fagbrev"});
    QVERIFY2(attached.exitCode == 0, attached.err.constData());
    const std::string id = attached.out.trimmed().toStdString();
    QVERIFY(bro::sync::Uuid::parse(id).has_value());
    const auto json = nlohmann::json::parse(cli({"dump"}).out.toStdString());
    const auto &a = json["attachment"].at(0);
    QCOMPARE(a["id"].get<std::string>(), id);
    QCOMPARE(a["owner_kind"].get<std::string>(), std::string("participant"));
    QCOMPARE(a["owner_id"].get<std::string>(), participant.toStdString());
    QCOMPARE(a["file_name"].get<std::string>(), std::string("fagbrev.png"));
    QCOMPARE(a["mime_type"].get<std::string>(), std::string("image/png"));
    QCOMPARE(a["size_bytes"].get<int>(), int(bytes.size()));
    QCOMPARE(a["caption"].get<std::string>(), std::string("Fagbrev"));
    QCOMPARE(QByteArray::fromStdString(a["sha256"].get<std::string>()),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    // Bad owners and unreadable files change nothing.
    const QByteArray before = cli({"dump"}).out;
    const struct
    {
        QStringList args;
        QByteArray message;
    } bad[] = {
        {{"attach", "pet", participant, photo}, "owner_kind: \"pet\" is not a kind of record"},
        {{"attach", "training_book", participant, photo}, "owner_id: no training_book with id"},
        {{"attach", "participant", participant, m_home.filePath("missing.jpg")},
         "FILE: cannot read"},
    };
    for (const auto &b : bad) {
        const Run r = cli(b.args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(b.message), r.err.constData());
    }
    QCOMPARE(cli({"dump"}).out, before);
}

void TestCli::usage()
{
    const Run r = cli({"frobnicate"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("usage: bro-cli"));
}

void TestCli::trainingBookGoalsAndPdf()
{
    const Run p = cli({"add", "participant", "name=Amanuel Tesfay"});
    QCOMPARE(p.exitCode, 0);
    const Run book = cli(
        {"add", "training-book", "participant_id=" + p.out.trimmed(), "employer=Elektro Nord AS"});
    QCOMPARE(book.exitCode, 0);
    const QString bookId = QString::fromUtf8(book.out.trimmed());

    Run r = cli({"import-goals", bookId, "sample:elektrikerfaget"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("import-goals: 8 added, 0 already in the book\n"));
    r = cli({"import-goals", bookId, "sample:elektrikerfaget"});
    QCOMPARE(r.out, QByteArray("import-goals: 0 added, 8 already in the book\n"));
    const QString bad = m_home.filePath("bad.csv");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,title\nX-1,\n");
    f.close();
    const QByteArray before = cli({"dump"}).out;
    r = cli({"import-goals", bookId, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Line 2, title: is missing"), r.err.constData());
    QCOMPARE(cli({"dump"}).out, before);

    const QString pdf = m_home.filePath("bok.pdf");
    r = cli({"export-pdf", bookId, pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.read(5) == "%PDF-");
    r = cli({"export-pdf", "0190f4c2-1e2b-7abc-8def-0123456789ab", pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no training book"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
