// WAL checkpoints off the write path (bro/sync/checkpoint.h), on a real SQLCipher file: the
// writing connection never checkpoints inside a commit, and the worker does once writes pause.
#include <bro/sync/checkpoint.h>

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <thread>

using namespace bro::sync;

class TestCheckpoint : public QObject
{
    Q_OBJECT

private slots:
    void checkpointsWhenIdleNotInsideAWrite()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("t.db").toStdString();
        const std::string key(32, '\x07');
        Database db(path);
        db.setKey(key);
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("CREATE TABLE t (x TEXT)");
        auto walPages = [&] {
            std::error_code ec;
            const auto size = std::filesystem::file_size(path + "-wal", ec);
            return ec ? 0 : int(size / 1024);
        };
        {
            Checkpointer worker(db, path, key, {.idlePages = 100, .idleMs = 100, .maxPages = 1 << 30});
            for (int i = 0; i < 600; ++i) {
                Transaction tx(db);
                auto st = db.prepare("INSERT INTO t (x) VALUES (?)");
                st.bind(1, std::string(4000, char('a' + i % 26))).run();
                tx.commit();
            }
            // SQLite's own checkpoint would have run inside the commit at 1,000 pages.
            QVERIFY2(worker.walPages() > 1000, std::to_string(worker.walPages()).c_str());
            QCOMPARE(worker.checkpoints(), 0);
            QTRY_VERIFY_WITH_TIMEOUT(worker.checkpoints() >= 1, 5000); // once writes pause
            const int before = walPages();
            {
                Transaction tx(db);
                db.exec("INSERT INTO t (x) VALUES ('again')");
                tx.commit();
            }
            // The WAL starts over: the commit's frames are at its start, the file does not grow.
            QVERIFY2(worker.walPages() < 10,
                     (std::to_string(worker.walPages()) + "; " + worker.lastResult()).c_str());
            QVERIFY(walPages() <= before);
        }
        auto count = db.prepare("SELECT count(*) FROM t");
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), 601);
    }
};

QTEST_APPLESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
