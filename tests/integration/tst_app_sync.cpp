// The app's sync controller against a real server: the engine runs on its worker thread, the
// state the header shows follows, errors are in plain words, and a conflict is resolved from
// the review.
#include "domain/homestore.h"
#include "core/recordservice.h"
#include "core/synccontroller.h"
#include "harness.h"

#include <QSignalSpy>

using namespace bro;
using namespace bro::test;

class TestAppSync : public QObject
{
    Q_OBJECT

private slots:
    void loginSyncAndStateOnTheWorkerThread();
};

void TestAppSync::loginSyncAndStateOnTheWorkerThread()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    auto store = openHomeStore(home.path()).store;
    RecordService records(store.get());
    RecordService::setInstance(&records);
    SyncController sync(store.get());
    QVERIFY(!sync.loggedIn());

    const auto p = store->create("participant", {{"name", "Hodan Warsame"}});
    const auto plan = store->create("plan", {{"participant_id", p.id}, {"goal", "Barnehage"}});
    QVERIFY(store->outboxSize() > 0);

    // A wrong password: refused in plain words, nothing stored.
    QSignalSpy state(&sync, &SyncController::stateChanged);
    sync.login(server.url(), "kari", "feil-passord");
    QTRY_VERIFY(!sync.busy());
    QVERIFY(!sync.loggedIn());
    QVERIFY(!sync.lastError().isEmpty());

    QSignalSpy finished(&sync, &SyncController::syncFinished);
    sync.login(server.url(), "kari", "passord-kari");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(sync.loggedIn());
    QVERIFY(sync.lastSuccess().isValid());
    QCOMPARE(sync.lastError(), QString());
    QCOMPARE(store->outboxSize(), 0);
    QVERIFY(store->meta("token").size() == 64); // the token is kept, not the password

    // Another device edits the goal at the same time: a conflict, resolved from the review.
    Device other("other");
    other.login(server, "kari");
    QVERIFY(other.sync());
    QVERIFY(other.set(QString::fromStdString(plan.id), {"goal=Barne- og ungdomsarbeider"}));
    QVERIFY(store->update("plan", plan.id, {{"goal", "Assistent i barnehage"}}).ok());
    QVERIFY(other.sync());
    sync.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(sync.conflictCount(), 1);
    const QVariantMap resolved =
        sync.resolve(QString::fromStdString(plan.id), "goal", "Barne- og ungdomsarbeider");
    QVERIFY(resolved.value("ok").toBool());
    QCOMPARE(sync.conflictCount(), 0);
    sync.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 20000);
    QVERIFY(other.sync());
    QVERIFY(other.conflicts().empty());

    // The server goes away: the header says so in plain words, and nothing is lost.
    server.stop();
    QVERIFY(store->update("participant", p.id, {{"municipality", "Bodø"}}).ok());
    sync.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 60000);
    QVERIFY(!finished.at(3).at(0).toBool());
    QCOMPARE(sync.lastError(),
             QStringLiteral("No connection to the server. Everything is saved on this device."));
    QVERIFY(store->outboxSize() > 0);
}

QTEST_GUILESS_MAIN(TestAppSync)
#include "tst_app_sync.moc"
