// Encrypted files and their page size (Database::openEncrypted, bro/sync/sqlite.h), on real
// SQLCipher files: new files get 4 KB pages, files written with SQLCipher 3's 1 KB pages
// (every device and server before) still open with everything in them, their WAL included,
// and trying the wrong size first changes no byte of them; a wrong key opens neither.
#include <bro/sync/sqlite.h>

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace bro::sync;

namespace {

const std::string kKey(32, '\x2a');

std::string bytesOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::int64_t countRows(Database &db)
{
    auto st = db.prepare("SELECT count(*) FROM t");
    st.step();
    return st.int64(0);
}

void insertRows(Database &db, int from, int n)
{
    Transaction tx(db);
    auto st = db.prepare("INSERT INTO t (n, x) VALUES (?, ?)");
    for (int i = from; i < from + n; ++i) {
        st.bind(1, std::int64_t(i)).bind(2, "secret row " + std::to_string(i) + std::string(200, '.')).run();
        st.reset();
    }
    tx.commit();
}

} // namespace

class TestCipherPages : public QObject
{
    Q_OBJECT

private slots:
    void aNewFileHasFourKilobytePages()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("new.db").toStdString();
        {
            Database db = Database::openEncrypted(path, kKey);
            QCOMPARE(db.cipherPageSize(), kCipherPageSize);
            db.exec("CREATE TABLE t (n INTEGER, x TEXT)");
            insertRows(db, 0, 500);
        }
        const auto size = std::filesystem::file_size(path);
        QVERIFY2(size > 0 && size % kCipherPageSize == 0, std::to_string(size).c_str());
        QVERIFY(bytesOf(path).find("secret row") == std::string::npos); // encrypted
        // Read back through a plain connection told the size, so the pages are 4 KB indeed.
        Database plain(path, false);
        plain.setKey(kKey);
        plain.exec("PRAGMA cipher_page_size = 4096");
        QCOMPARE(countRows(plain), 500);
        Database again = Database::openEncrypted(path, kKey, false);
        QCOMPARE(again.cipherPageSize(), kCipherPageSize);
        QCOMPARE(countRows(again), 500);
    }

    // A device or server file from before: 1 KB pages, and (as after a crash) committed rows
    // still in the WAL only. It opens with all of them; the failed try at 4 KB wrote nothing.
    void aFileWithOneKilobytePagesOpensWithItsWal()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("old.db").toStdString();
        const std::string copy = dir.filePath("crashed.db").toStdString();
        {
            Database old(path);
            old.setKey(kKey); // SQLCipher's default: 1 KB
            old.exec("PRAGMA journal_mode = WAL");
            old.exec("PRAGMA wal_autocheckpoint = 0");
            old.exec("CREATE TABLE t (n INTEGER, x TEXT)");
            insertRows(old, 0, 300);
            old.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            insertRows(old, 300, 200); // only in the WAL
            // The files as a crash leaves them: copied while the connection is open.
            std::filesystem::copy_file(path, copy);
            std::filesystem::copy_file(path + "-wal", copy + "-wal");
        }
        const std::string dbBefore = bytesOf(copy);
        const std::string walBefore = bytesOf(copy + "-wal");
        QVERIFY2(walBefore.size() > 40 * 1024, std::to_string(walBefore.size()).c_str());
        {
            Database db = Database::openEncrypted(copy, kKey, false);
            QCOMPARE(db.cipherPageSize(), kLegacyCipherPageSize);
            QCOMPARE(countRows(db), 500);
            QCOMPARE(bytesOf(copy), dbBefore); // nothing was checkpointed or written
            QCOMPARE(bytesOf(copy + "-wal"), walBefore);
            insertRows(db, 500, 10);
        }
        Database again = Database::openEncrypted(copy, kKey, false);
        QCOMPARE(again.cipherPageSize(), kLegacyCipherPageSize);
        QCOMPARE(countRows(again), 510);
        auto last = again.prepare("SELECT x FROM t WHERE n = 509");
        QVERIFY(last.step());
        QCOMPARE(last.text(0), "secret row 509" + std::string(200, '.'));
    }

    void aWrongKeyOpensNeitherAndChangesNothing_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("4 KB pages") << false;
        QTest::newRow("1 KB pages") << true;
    }
    void aWrongKeyOpensNeitherAndChangesNothing()
    {
        QFETCH(bool, legacy);
        QTemporaryDir dir;
        const std::string path = dir.filePath("t.db").toStdString();
        {
            Database db = legacy ? Database(path) : Database::openEncrypted(path, kKey);
            if (legacy)
                db.setKey(kKey);
            db.exec("CREATE TABLE t (n INTEGER, x TEXT)");
            insertRows(db, 0, 50);
        }
        const std::string before = bytesOf(path);
        try {
            (void)Database::openEncrypted(path, std::string(32, '\x2b'), false);
            QFAIL("a wrong key opened the file");
        } catch (const SqliteError &e) {
            QCOMPARE(e.primaryCode(), SQLITE_NOTADB);
        }
        QCOMPARE(bytesOf(path), before);
        Database right = Database::openEncrypted(path, kKey, false);
        QCOMPARE(right.cipherPageSize(), legacy ? kLegacyCipherPageSize : kCipherPageSize);
        QCOMPARE(countRows(right), 50);
    }
};

QTEST_APPLESS_MAIN(TestCipherPages)
#include "tst_cipherpages.moc"
