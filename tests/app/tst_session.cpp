// The session: the PIN lock (hashed, never in clear; wrong PINs slow down), the idle lock,
// hand-over mode ending locked, and drafts kept in the encrypted store.
#include "testsupport.h"

#include "core/drafts.h"
#include "core/session.h"

#include <QFile>
#include <QSignalSpy>

using namespace bro;
using bro::test::TempStore;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void startsLockedAndAsksForAPin();
    void pinIsStoredOnlyAsAHash();
    void wrongPinsAreCountedAndSlowedDown();
    void idleLocks();
    void handOverEndsLocked();
    void roleFollowsTheLoginNotTheCommandLine();
    void draftsSurviveARestart();
};

void TestSession::startsLockedAndAsksForAPin()
{
    TempStore s;
    Session session(s.store.get());
    QVERIFY(session.locked());
    QVERIFY(!session.hasPin());
    QVERIFY(!session.unlock("1234").value("ok").toBool());
    // Bad PINs are refused with the reason.
    for (const char *bad : {"123", "123456789", "12a4", ""}) {
        const auto r = session.setPin(QString::fromLatin1(bad));
        QVERIFY2(!r.value("ok").toBool(), bad);
        QVERIFY(r.value("message").toString().contains("PIN"));
        QVERIFY(!session.hasPin());
    }
    QVERIFY(session.setPin("2580").value("ok").toBool());
    QVERIFY(session.hasPin());
    QVERIFY(!session.locked());
}

void TestSession::pinIsStoredOnlyAsAHash()
{
    TempStore s;
    {
        Session session(s.store.get());
        QVERIFY(session.setPin("739184").value("ok").toBool());
    }
    const std::string hash = s->meta("pin_hash");
    QVERIFY(hash.rfind("$argon2id$", 0) == 0);
    QVERIFY(hash.find("739184") == std::string::npos);
    auto st = s->database().prepare("SELECT group_concat(value, '|') FROM device_meta");
    QVERIFY(st.step());
    QVERIFY(st.text(0).find("739184") == std::string::npos);
    // A new session (the app restarted) is locked and opens with the PIN.
    Session again(s.store.get());
    QVERIFY(again.locked());
    QVERIFY(again.unlock("739184").value("ok").toBool());
    QVERIFY(!again.locked());
}

void TestSession::wrongPinsAreCountedAndSlowedDown()
{
    TempStore s;
    Session session(s.store.get());
    QVERIFY(session.setPin("2580").value("ok").toBool());
    session.lock();
    for (int i = 0; i < 3; ++i) {
        const auto r = session.unlock("0000");
        QVERIFY(!r.value("ok").toBool());
        QVERIFY(session.locked());
    }
    // After three wrong PINs the next try has to wait, even with the right PIN.
    QVERIFY(session.retryDelaySeconds() > 0);
    const auto r = session.unlock("2580");
    QVERIFY(!r.value("ok").toBool());
    QVERIFY(session.locked());
    QCOMPARE(s->meta("pin_failures"), std::string("3"));
}

void TestSession::idleLocks()
{
    TempStore s;
    Session session(s.store.get());
    QVERIFY(session.setPin("2580").value("ok").toBool());
    QCOMPARE(session.idleTimeoutMs(), Session::kDefaultIdleTimeoutMs); // 5 minutes
    session.setIdleTimeoutMs(100);
    QSignalSpy locked(&session, &Session::lockedChanged);
    QVERIFY(!session.locked());
    QTRY_VERIFY_WITH_TIMEOUT(session.locked(), 2000);
    QVERIFY(locked.count() >= 1);
}

void TestSession::handOverEndsLocked()
{
    TempStore s;
    Session session(s.store.get());
    // Only an unlocked adviser can hand the device over.
    session.startHandOver("logbook", {{"bookId", "x"}});
    QVERIFY(!session.handOver());
    QVERIFY(session.setPin("2580").value("ok").toBool());
    session.startHandOver("logbook", {{"bookId", "x"}});
    QVERIFY(session.handOver());
    QCOMPARE(session.handOverSection(), QStringLiteral("logbook"));
    QCOMPARE(session.handOverArgs().value("bookId").toString(), QStringLiteral("x"));
    session.endHandOver();
    QVERIFY(!session.handOver());
    QVERIFY(session.locked()); // back to the adviser's PIN
    // Idle during a hand-over ends it the same way.
    QVERIFY(session.unlock("2580").value("ok").toBool());
    session.startHandOver("feedback", {});
    session.setIdleTimeoutMs(100);
    QTRY_VERIFY_WITH_TIMEOUT(session.locked(), 2000);
    QVERIFY(!session.handOver());
}

void TestSession::roleFollowsTheLoginNotTheCommandLine()
{
    TempStore s;
    Session session(s.store.get());
    QCOMPARE(session.role(), QStringLiteral("adviser")); // the adviser's own tablet
    QVERIFY(!session.setRole("superuser"));
    QVERIFY(session.setRole("mentor"));
    QCOMPARE(session.role(), QStringLiteral("mentor"));
    QVERIFY(!session.isAdviser());
    // Once logged in, the device shows the role of its login only.
    s->setMeta("token", "abc");
    s->setMeta("role", "mentor");
    QVERIFY(!session.setRole("adviser"));
    QCOMPARE(session.role(), QStringLiteral("mentor"));
}

void TestSession::draftsSurviveARestart()
{
    TempStore s;
    {
        Drafts drafts(s.store.get());
        drafts.save("plan/1", {{"goal", "Helsefagarbeider"}, {"prerequisites", "Norsk B1"}});
        QVERIFY(drafts.has("plan/1"));
    }
    s.reopen();
    Drafts drafts(s.store.get());
    const QVariantMap d = drafts.load("plan/1");
    QCOMPARE(d.value("goal").toString(), QStringLiteral("Helsefagarbeider"));
    QCOMPARE(d.value("prerequisites").toString(), QStringLiteral("Norsk B1"));
    drafts.clear("plan/1");
    QVERIFY(!drafts.has("plan/1"));
    QVERIFY(drafts.load("plan/1").isEmpty());
    // Drafts are in the encrypted file like everything else.
    s->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    drafts.save("plan/2", {{"goal", "Sveiser-utkast-XYZ"}});
    s->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    QFile f(s.dbPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("Sveiser-utkast-XYZ"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
