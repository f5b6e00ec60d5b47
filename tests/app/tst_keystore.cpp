#include <bro/platform/keystore.h>
#include <bro/platform/paths.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using bro::platform::FileKeyStore;

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void createsA256BitKeyOnlyTheUserCanRead();
    void returnsTheSameKeyLater();
    void damagedKeyFileIsAnErrorNotANewKey();
    void keysDifferPerDevice();
    void dataDirectoryIsPrivate();
};

void TestKeyStore::createsA256BitKeyOnlyTheUserCanRead()
{
    QTemporaryDir dir;
    FileKeyStore store(dir.filePath("sub/db.key"));
    QString error;
    const auto key = store.databaseKey(&error);
    QVERIFY2(key.has_value(), qPrintable(error));
    QCOMPARE(key->size(), 32);
    QVERIFY(*key != QByteArray(32, '\0'));
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(store.path()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
}

void TestKeyStore::returnsTheSameKeyLater()
{
    QTemporaryDir dir;
    const auto a = FileKeyStore(dir.filePath("db.key")).databaseKey(nullptr);
    const auto b = FileKeyStore(dir.filePath("db.key")).databaseKey(nullptr);
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
}

void TestKeyStore::damagedKeyFileIsAnErrorNotANewKey()
{
    QTemporaryDir dir;
    QFile f(dir.filePath("db.key"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("short");
    f.close();
    QString error;
    QVERIFY(!FileKeyStore(f.fileName()).databaseKey(&error).has_value());
    QVERIFY(error.contains("damaged"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("short")); // never overwritten: the data would be lost
}

void TestKeyStore::keysDifferPerDevice()
{
    QTemporaryDir a, b;
    QVERIFY(*FileKeyStore(a.filePath("k")).databaseKey(nullptr) !=
            *FileKeyStore(b.filePath("k")).databaseKey(nullptr));
}

void TestKeyStore::dataDirectoryIsPrivate()
{
    QTemporaryDir dir;
    const QString home = bro::platform::dataDirectory(dir.filePath("home"));
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(home).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
