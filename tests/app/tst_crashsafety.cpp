#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <set>

using namespace bro;
using namespace bro::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted();
};

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    TempStore s;
    s.store.reset();
    const QString keyHex = QByteArray::fromStdString(s.key).toHex();
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    qInfo("seed %u", seed);

    std::set<std::string> committed;
    int roundsWithWrites = 0;
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.start(QStringLiteral(BRO_CRASH_WRITER), {s.dbPath(), keyHex});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // A random moment: every fifth round from the start (it may still be opening the
        // store), otherwise once it is writing.
        if (round % 5 != 0)
            QVERIFY2(child.waitForReadyRead(10'000), "the writer did not start writing");
        QThread::msleep(rng.bounded(round % 5 == 0 ? 30u : 200u));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
        // Only whole lines were reported as committed; a cut last line was not.
        const QList<QByteArray> lines = out.split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i)
            committed.insert(lines[i].toStdString());
        roundsWithWrites += !out.isEmpty();

        s.reopen();
        QCOMPARE(QString::fromStdString(s->integrityCheck()), QStringLiteral("ok"));
        auto &db = s->database();
        std::map<std::string, int> changesPerRecord;
        auto counts = db.prepare("SELECT record_id, count(*) FROM outbox GROUP BY record_id");
        while (counts.step())
            changesPerRecord[counts.text(0)] = static_cast<int>(counts.int64(1));
        std::set<std::string> stored;
        auto entries = db.prepare("SELECT id FROM logbook_entry");
        while (entries.step())
            stored.insert(entries.text(0));
        for (const auto &id : committed) {
            QVERIFY2(stored.count(id), ("lost entry " + id).c_str());
            QCOMPARE(changesPerRecord[id], 5); // one change per field written
        }
        // Nothing half-written: every entry in the table has all its changes.
        for (const auto &id : stored)
            QCOMPARE(changesPerRecord[id], 5);
        s.store.reset();
    }
    qInfo("%zu committed entries over 20 kills (%d rounds got to write)", committed.size(),
          roundsWithWrites);
    QVERIFY(roundsWithWrites >= 16); // every round that waited for a write saw one
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
