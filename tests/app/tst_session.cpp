// The session: the PIN lock (hashed, never in clear; the PIN rules; wrong PINs slow down and
// the tenth asks for the device to be erased), the idle lock, hand-over mode ending locked, the
// role's access rules as the model states them, drafts kept in the encrypted store; erasing a
// device's data, and the content hidden in the task switcher.
#include "core/appcontroller.h"
#include "core/drafts.h"
#include "core/session.h"
#include "domain/homestore.h"
#include "domain/pinpolicy.h"
#include "testsupport.h"

#include <bro/model/access.h>

#include <QFile>
#include <QSignalSpy>

#include <sodium.h>

using namespace bro;
using bro::test::TempStore;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void startsLockedAndAsksForAPin();
    void trivialPinsAreRefused_data();
    void trivialPinsAreRefused();
    void aParticipantsBirthYearIsRefused();
    void aPinShorterThanTheRulesMustBeChanged();
    void pinIsStoredOnlyAsAHash();
    void wrongPinsAreCountedAndSlowedDown();
    void theTenthWrongPinAsksToEraseTheDevice();
    void erasingRemovesTheDatabaseAndItsKey();
    void contentIsHiddenInTheBackground();
    void accessRulesAreTheModels();
    void signaturesCarryTheLoggedInName();
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
    QVERIFY(!session.unlock("739184").value("ok").toBool());
    // Bad PINs are refused with the reason.
    for (const char *bad : {"2580", "12345", "1234567890123", "12a456", ""}) {
        const auto r = session.setPin(QString::fromLatin1(bad));
        QVERIFY2(!r.value("ok").toBool(), bad);
        QVERIFY(r.value("message").toString().contains("PIN"));
        QVERIFY(!session.hasPin());
    }
    QVERIFY(session.setPin("739184").value("ok").toBool());
    QVERIFY(session.hasPin());
    QVERIFY(!session.mustChangePin());
    QVERIFY(!session.locked());
}

void TestSession::trivialPinsAreRefused_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<int>("problem");
    using P = pin::Problem;
    QTest::newRow("the old 4-digit minimum") << "2222" << int(P::TooShort);
    QTest::newRow("all equal") << "222222" << int(P::AllSame);
    QTest::newRow("all zero, 8 digits") << "00000000" << int(P::AllSame);
    QTest::newRow("ascending") << "123456" << int(P::Sequence);
    QTest::newRow("ascending, wrapping") << "789012" << int(P::Sequence);
    QTest::newRow("descending") << "654321" << int(P::Sequence);
    QTest::newRow("descending, wrapping") << "210987" << int(P::Sequence);
    QTest::newRow("letters") << "12a456" << int(P::NotDigits);
    QTest::newRow("too long") << "1234567890123" << int(P::TooLong);
    QTest::newRow("a fine one") << "739184" << int(P::None);
    QTest::newRow("a fine long one") << "73918462" << int(P::None);
}

void TestSession::trivialPinsAreRefused()
{
    QFETCH(QString, pin);
    QFETCH(int, problem);
    QCOMPARE(int(pin::check(pin)), problem);
    TempStore s;
    Session session(s.store.get());
    const auto r = session.setPin(pin);
    QCOMPARE(r.value("ok").toBool(), problem == int(pin::Problem::None));
    QCOMPARE(session.hasPin(), problem == int(pin::Problem::None));
    if (problem != int(pin::Problem::None))
        QVERIFY(r.value("message").toString().startsWith("PIN"));
}

void TestSession::aParticipantsBirthYearIsRefused()
{
    QCOMPARE(pin::check("199107", 1991), pin::Problem::BirthYear);
    QCOMPARE(pin::check("071991", 1991), pin::Problem::BirthYear);
    QCOMPARE(pin::check("199107", 1985), pin::Problem::None);
    // On a participant's device, their own record tells the year.
    TempStore s;
    QVERIFY(
        s->create("participant", {{"name", "Amanuel Tesfay"}, {"birth_date", "1991-03-14"}}).ok());
    Session session(s.store.get());
    QVERIFY(session.setRole("participant"));
    const auto r = session.setPin("199107");
    QVERIFY(!r.value("ok").toBool());
    QVERIFY(r.value("message").toString().contains("PIN"));
    QVERIFY(session.setPin("739184").value("ok").toBool());
}

void TestSession::aPinShorterThanTheRulesMustBeChanged()
{
    TempStore s;
    // A PIN chosen with an earlier version of the app (4 digits, no recorded length).
    char hash[crypto_pwhash_STRBYTES];
    QCOMPARE(crypto_pwhash_str(hash, "2580", 4, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                               crypto_pwhash_MEMLIMIT_INTERACTIVE),
             0);
    s->setMeta("pin_hash", hash);
    Session session(s.store.get());
    QVERIFY(session.hasPin());
    QVERIFY(session.mustChangePin());
    QVERIFY(session.unlock("2580").value("ok").toBool()); // it still opens the device ...
    QVERIFY(session.mustChangePin());                     // ... which then asks for a new one
    QVERIFY(!session.setPin("2580").value("ok").toBool());
    QVERIFY(session.setPin("739184").value("ok").toBool());
    QVERIFY(!session.mustChangePin());
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
    QVERIFY(session.setPin("739184").value("ok").toBool());
    session.lock();
    for (int i = 0; i < 3; ++i) {
        const auto r = session.unlock("0000");
        QVERIFY(!r.value("ok").toBool());
        QVERIFY(session.locked());
    }
    // After three wrong PINs the next try has to wait, even with the right PIN.
    QVERIFY(session.retryDelaySeconds() > 0);
    const auto r = session.unlock("739184");
    QVERIFY(!r.value("ok").toBool());
    QVERIFY(session.locked());
    QCOMPARE(s->meta("pin_failures"), std::string("3"));
    QCOMPARE(session.triesLeft(), pin::kMaxWrongPins - 3);
}

void TestSession::theTenthWrongPinAsksToEraseTheDevice()
{
    TempStore s;
    Session session(s.store.get());
    QVERIFY(session.setPin("739184").value("ok").toBool());
    session.lock();
    QSignalSpy erase(&session, &Session::eraseRequested);
    // Nine wrong PINs (the waits between tries are the count's, not this test's).
    s->setMeta("pin_failures", "9");
    QCOMPARE(session.triesLeft(), 1);
    QVERIFY(erase.isEmpty());
    const auto r = session.unlock("000000");
    QVERIFY(!r.value("ok").toBool());
    QCOMPARE(erase.count(), 1);
    QVERIFY(session.erasing());
    QCOMPARE(session.triesLeft(), 0);
    // Nothing opens the device any more, not even the right PIN.
    QVERIFY(!session.unlock("739184").value("ok").toBool());
    QVERIFY(session.locked());
    QCOMPARE(erase.count(), 1);
}

void TestSession::erasingRemovesTheDatabaseAndItsKey()
{
    QTemporaryDir home;
    std::string keyBefore;
    {
        auto store = openHomeStore(home.path()).store;
        QVERIFY(store->create("participant", {{"name", "Hodan Warsame"}}).ok());
        QFile key(home.filePath("db.key"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        keyBefore = key.readAll().toStdString();
    }
    QVERIFY(QFile::exists(home.filePath("bro.db")));
    QString error;
    QVERIFY2(eraseHomeStore(home.path(), &error), qPrintable(error));
    for (const char *f : {"bro.db", "bro.db-wal", "bro.db-shm", "db.key"})
        QVERIFY2(!QFile::exists(home.filePath(f)), f);
    // What opens there now is a new, empty device with a new key.
    auto fresh = openHomeStore(home.path()).store;
    QVERIFY(fresh);
    QCOMPARE(fresh->count("participant"), 0);
    QFile key(home.filePath("db.key"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().toStdString() != keyBefore);
}

void TestSession::contentIsHiddenInTheBackground()
{
    QTemporaryDir dir;
    AppController app(dir.filePath("settings.ini"));
    QSignalSpy changed(&app, &AppController::contentHiddenChanged);
    QVERIFY(!app.contentHidden());
    app.setApplicationState(Qt::ApplicationSuspended); // a phone's app switcher, the background
    QVERIFY(app.contentHidden());
    app.setApplicationState(Qt::ApplicationActive);
    QVERIFY(!app.contentHidden());
    app.setApplicationState(Qt::ApplicationHidden);
    QVERIFY(app.contentHidden());
    app.setApplicationState(Qt::ApplicationActive);
    QCOMPARE(changed.count(), 4);
}

void TestSession::accessRulesAreTheModels()
{
    TempStore s;
    Session session(s.store.get());
    // Every kind and field, for every role a device can have: what the session says is what
    // model/access.h says.
    for (const char *roleName : {"adviser", "mentor", "participant"}) {
        QVERIFY(session.setRole(roleName));
        model::Role role;
        QVERIFY(model::roleFromName(roleName, role));
        for (const auto &kind : model::recordKinds()) {
            const QString k = QString::fromStdString(kind.name);
            QCOMPARE(session.mayCreate(k), model::mayCreate(role, kind));
            QCOMPARE(session.mayDelete(k), model::mayDelete(role, kind));
            QCOMPARE(session.maySign(k), model::maySign(role, kind));
            for (const auto &f : kind.fields) {
                const QString field = QString::fromStdString(f.name);
                QCOMPARE(session.mayEdit(k, field), model::mayEdit(role, kind, f));
                QCOMPARE(session.mayRead(k, field), model::mayRead(role, kind, f));
            }
        }
    }
    // The cases the screens depend on.
    QVERIFY(session.setRole("participant"));
    QVERIFY(!session.maySign("logbook_entry"));
    QVERIFY(!session.mayCreate("logbook_entry"));
    QVERIFY(session.mayCreate("self_evaluation"));
    QVERIFY(session.setRole("mentor"));
    QVERIFY(session.maySign("logbook_entry"));
    QVERIFY(!session.mayEdit("training_book", "employer"));
    QVERIFY(!session.mayCreate("competence_goal"));
    QVERIFY(!session.mayRead("mapping", "health_notes"));
    QVERIFY(!session.mayCreate("nonsense"));
}

void TestSession::signaturesCarryTheLoggedInName()
{
    TempStore s;
    Session session(s.store.get());
    QCOMPARE(session.displayName(), QString());
    session.setDisplayNameForDemo("Per Olsen"); // a demo device, not logged in
    QCOMPARE(session.displayName(), QStringLiteral("Per Olsen"));
    // Logged in: the server's name for the user, never a name typed on the device.
    s->setMeta("token", "abc");
    s->setMeta("user", "per");
    s->setMeta("display_name", "");
    QCOMPARE(session.displayName(), QStringLiteral("per"));
    session.setDisplayNameForDemo("Someone Else");
    QCOMPARE(session.displayName(), QStringLiteral("per"));
    s->setMeta("display_name", "Per Olsen");
    QCOMPARE(session.displayName(), QStringLiteral("Per Olsen"));
}

void TestSession::idleLocks()
{
    TempStore s;
    Session session(s.store.get());
    QVERIFY(session.setPin("739184").value("ok").toBool());
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
    QVERIFY(session.setPin("739184").value("ok").toBool());
    session.startHandOver("logbook", {{"bookId", "x"}});
    QVERIFY(session.handOver());
    QCOMPARE(session.handOverSection(), QStringLiteral("logbook"));
    QCOMPARE(session.handOverArgs().value("bookId").toString(), QStringLiteral("x"));
    session.endHandOver();
    QVERIFY(!session.handOver());
    QVERIFY(session.locked()); // back to the adviser's PIN
    // Idle during a hand-over ends it the same way.
    QVERIFY(session.unlock("739184").value("ok").toBool());
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
