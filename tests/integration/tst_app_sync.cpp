// The app's sync controller against a real server: the engine runs on its worker thread, the
// state the header shows follows (the caseload's badges too), errors are in plain words, a
// failed sync is tried again soon after the server is back, a conflict is resolved from the
// review; ten wrong PINs push what is unsent before the device is erased; a device offline too
// long is locked until it syncs; a remote wipe (`bro-server device wipe`) is acted on at the next
// sync, after everything unsent has been pushed.
#include "core/appservices.h"
#include "core/caseloadmodel.h"
#include "core/recordservice.h"
#include "core/synccontroller.h"
#include "domain/homestore.h"
#include "harness.h"

#include <QSettings>
#include <QSignalSpy>

using namespace bro;
using namespace bro::test;

class TestAppSync : public QObject
{
    Q_OBJECT

private slots:
    void loginSyncAndStateOnTheWorkerThread();
    void badgesFollowTheOutboxAfterASync();
    void syncResumesSoonAfterTheServerIsBack();
    void tenWrongPinsPushWhatIsUnsentThenEraseTheDevice();
    void tenWrongPinsOfflineEraseAndSayWhatWasLost();
    void aDeviceOfflineTooLongIsLockedUntilItSyncs();
    void aRemoteWipePushesWhatIsUnsentThenErasesTheDevice();
    void aWipeWaitsUntilTheWholeOutboxIsPushed();
    void theDeviceCommandsRefuseUnknownNamesAndIds();

private:
    static AppServices::Options options(const QTemporaryDir &home)
    {
        return {.settingsFile = home.filePath("settings.ini"),
                .exportDirectory = home.filePath("exports")};
    }
    // Logs the services' device in through the app's controller and waits for its first sync.
    static bool logIn(AppServices &app, Server &server, const QString &user)
    {
        QSignalSpy finished(&app.sync(), &SyncController::syncFinished);
        app.sync().login(server.url(), user, "passord-" + user);
        return finished.wait(20000) && finished.at(0).at(0).toBool();
    }
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

void TestAppSync::badgesFollowTheOutboxAfterASync()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    auto store = openHomeStore(home.path()).store;
    AppServices app(*store, options(home));
    CaseloadModel caseload(&app.records());
    const auto p = store->create("participant", {{"name", "Hodan Warsame"}});
    QVERIFY(p.ok());
    auto unsent = [&] {
        for (int row = 0; row < caseload.rowCount(); ++row)
            if (caseload.idAt(row) == QString::fromStdString(p.id))
                return caseload.data(caseload.index(row), CaseloadModel::UnsentRole).toBool();
        return false;
    };
    QTRY_VERIFY(unsent()); // "Ikke sendt"
    QSignalSpy counts(&app.records(), &RecordService::unsentChangesChanged);
    QVERIFY(logIn(app, server, "kari"));
    QCOMPARE(store->outboxSize(), 0);
    // The push emptied the outbox without a record changing: counts and badges follow it.
    QVERIFY(counts.count() > 0);
    QCOMPARE(app.records().unsentChanges(), 0);
    QTRY_VERIFY(!unsent());
}

void TestAppSync::syncResumesSoonAfterTheServerIsBack()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    auto store = openHomeStore(home.path()).store;
    AppServices app(*store, options(home));
    QVERIFY(logIn(app, server, "kari"));
    app.sync().setRetryDelays(200, 1000);
    app.setAutoSync(true);

    server.stop();
    QVERIFY(store->create("participant", {{"name", "Farid Ahmadi"}}).ok());
    QSignalSpy finished(&app.sync(), &SyncController::syncFinished);
    app.sync().syncNow();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(app.sync().offline());
    QVERIFY(app.sync().retryInSeconds() > 0); // tried again soon, by itself
    QVERIFY(store->outboxSize() > 0);

    // The server comes back: the device catches up within seconds, not at the next minute.
    QVERIFY(server.start());
    QTRY_VERIFY_WITH_TIMEOUT(store->outboxSize() == 0, 10000);
    QTRY_VERIFY(!app.sync().offline());
    QCOMPARE(app.sync().lastError(), QString());
}

void TestAppSync::tenWrongPinsPushWhatIsUnsentThenEraseTheDevice()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    {
        auto store = openHomeStore(home.path()).store;
        AppServices app(*store, options(home));
        QVERIFY(logIn(app, server, "kari"));
        QVERIFY(app.session().setPin("739184").value("ok").toBool());
        // Written, not sent yet, when the tablet falls into the wrong hands.
        QVERIFY(store->create("participant", {{"name", "Yonas Haile"}}).ok());
        QVERIFY(store->outboxSize() > 0);
        app.session().lock();
        QSignalSpy erase(&app.app(), &AppController::eraseRequested);
        store->setMeta("pin_failures", "9"); // nine wrong already (the waits are not this test's)
        QVERIFY(!app.session().erasing());
        QVERIFY(!app.session().unlock("000000").value("ok").toBool());
        QVERIFY(app.session().erasing());
        QTRY_COMPARE_WITH_TIMEOUT(erase.count(), 1, 20000);
        // What was unsent went to the server first.
        QCOMPARE(store->outboxSize(), 0);
        QVERIFY(app.app().erasedNotice().contains("10"));
    }                                     // the app's main loop closes the store here ...
    QVERIFY(eraseHomeStore(home.path())); // ... and erases it
    QVERIFY(!QFile::exists(databasePath(home.path())));
    QVERIFY(!QFile::exists(home.filePath("db.key")));
    Device other("other");
    other.login(server, "kari");
    QVERIFY(other.sync());
    QVERIFY(other.dump().contains("Yonas Haile"));
    // The next start is a fresh device that says why and asks for a login.
    auto fresh = openHomeStore(home.path()).store;
    AppServices again(*fresh, options(home));
    QVERIFY(!again.sync().loggedIn());
    QCOMPARE(fresh->count("participant"), 0);
    QVERIFY(!again.app().erasedNotice().isEmpty());
    again.app().dismissErasedNotice();
    QVERIFY(again.app().erasedNotice().isEmpty());
}

void TestAppSync::tenWrongPinsOfflineEraseAndSayWhatWasLost()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    auto store = openHomeStore(home.path()).store;
    AppServices app(*store, options(home));
    QVERIFY(logIn(app, server, "kari"));
    QVERIFY(app.session().setPin("739184").value("ok").toBool());
    server.stop();
    QVERIFY(store->create("participant", {{"name", "Olena Kovalenko"}}).ok());
    const int unsent = store->outboxSize();
    app.session().lock();
    QSignalSpy erase(&app.app(), &AppController::eraseRequested);
    store->setMeta("pin_failures", "9");
    QVERIFY(!app.session().unlock("000000").value("ok").toBool());
    // The push fails; the device is erased anyway, and says how much could not be sent.
    QTRY_COMPARE_WITH_TIMEOUT(erase.count(), 1, 60000);
    QVERIFY(app.app().erasedNotice().contains(QString::number(unsent)));
}

void TestAppSync::aDeviceOfflineTooLongIsLockedUntilItSyncs()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    auto store = openHomeStore(home.path()).store;
    AppServices app(*store, options(home));
    QVERIFY(logIn(app, server, "kari"));
    QCOMPARE(app.sync().offlineExpiryDays(), SyncController::kDefaultOfflineExpiryDays);
    const QDateTime synced = app.sync().lastSuccess();
    QVERIFY(!app.sync().expired());

    // Thirteen days later: still fine. Fifteen: locked.
    app.sync().setClock([synced] { return synced.addDays(13); });
    QVERIFY(!app.sync().expired());
    QVERIFY(
        app.records().create("participant", {{"name", "Rahaf Al-Hassan"}}).value("ok").toBool());
    app.sync().setClock([synced] { return synced.addDays(15); });
    QVERIFY(app.sync().expired());
    QVERIFY(app.records().locked());
    const QVariantMap refused = app.records().create("participant", {{"name", "Nasra Abdi"}});
    QVERIFY(!refused.value("ok").toBool());
    QVERIFY(!refused.value("message").toString().isEmpty());
    QVERIFY(store->outboxSize() > 0); // what was unsent is kept
    // A policy from the server of 30 days lifts it (read from the device's settings).
    store->setMeta("offline_days", "30");
    app.sync().checkExpiry();
    QVERIFY(!app.sync().expired());
    store->setMeta("offline_days", "");
    app.sync().checkExpiry();
    QVERIFY(app.sync().expired());
    // One sync: the unsent change goes first, and the lock lifts.
    QSignalSpy finished(&app.sync(), &SyncController::syncFinished);
    app.sync().syncNow();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(store->outboxSize(), 0);
    QVERIFY(!app.sync().expired());
    QVERIFY(!app.records().locked());
}

void TestAppSync::aRemoteWipePushesWhatIsUnsentThenErasesTheDevice()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    std::string token;
    {
        auto store = openHomeStore(home.path()).store;
        AppServices app(*store, options(home));
        QVERIFY(logIn(app, server, "kari"));
        const QString device = QString::fromStdString(store->deviceId());
        Result listed = server.admin({"device", "list", "--user", "kari"});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(device.toUtf8()), listed.out.constData());
        QVERIFY(!listed.out.contains("wipe"));

        // The tablet is lost with a change not sent yet; the administrator asks for a wipe.
        QVERIFY(store->create("participant", {{"name", "Tigist Bekele"}}).ok());
        QVERIFY(store->outboxSize() > 0);
        const Result wiped = server.admin({"device", "wipe", "--device", device});
        QVERIFY2(wiped.exitCode == 0, wiped.err.constData());
        listed = server.admin({"device", "list", "--user", "kari"});
        QVERIFY2(listed.out.contains(device.toUtf8() + " registered") &&
                     listed.out.contains("wipe-requested"),
                 listed.out.constData());

        token = store->meta("token");
        QSignalSpy erase(&app.app(), &AppController::eraseRequested);
        app.sync().syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(erase.count(), 1, 20000);
        QCOMPARE(store->outboxSize(), 0); // pushed before the erase
        // The next start says why (a code kept beside the store, worded when shown).
        const QSettings settings(home.filePath("settings.ini"), QSettings::IniFormat);
        QCOMPARE(settings.value("device/erased_because").toString(), QStringLiteral("remote_wipe"));
        QVERIFY(!app.app().erasedNotice().isEmpty());
    }
    QVERIFY(eraseHomeStore(home.path()));
    QVERIFY(!QFile::exists(databasePath(home.path())));
    QVERIFY(!QFile::exists(home.filePath("db.key")));

    // The server knows the device is erased, and its token no longer works.
    const Result listed = server.admin({"device", "list", "--user", "kari"});
    QVERIFY2(listed.out.contains(" wiped"), listed.out.constData());
    Http http(server.url());
    QCOMPARE(http.get("/v1/pull?since=0", token).status, 401);
    // What had not been sent reached the server.
    Device other("other");
    other.login(server, "kari");
    QVERIFY(other.sync());
    QVERIFY(other.dump().contains("Tigist Bekele"));
    // The next start is a fresh device that says why and asks for a login.
    auto fresh = openHomeStore(home.path()).store;
    AppServices again(*fresh, options(home));
    QVERIFY(!again.sync().loggedIn());
    QCOMPARE(fresh->count("participant"), 0);
    QVERIFY(!again.app().erasedNotice().isEmpty());
}

void TestAppSync::aWipeWaitsUntilTheWholeOutboxIsPushed()
{
    Server server;
    server.addUser("kari", "adviser");
    QVERIFY(server.start());
    QTemporaryDir home;
    auto store = openHomeStore(home.path()).store;
    sync::CurlTransport transport({.baseUrl = server.url().toStdString()});
    const auto login = sync::login(transport, "kari", "passord-kari", store->deviceId());
    QVERIFY(login.ok);
    store->rememberLogin(login, server.url().toStdString(), {}, "kari");
    QCOMPARE(server.admin({"device", "wipe", "--device", QString::fromStdString(store->deviceId())})
                 .exitCode,
             0);
    store->batch([&] {
        for (int i = 0; i < 40; ++i)
            (void)store->create("participant", {{"name", "Deltaker " + std::to_string(i)}});
        return true;
    });
    const int unsent = store->outboxSize();
    QVERIFY(unsent >= 40);

    // Batches of five: the server says "wipe" with the first; the engine pushes all the rest.
    sync::SyncEngine engine(*store, transport, store->meta("token"), 5);
    const auto report = engine.sync();
    QVERIFY2(report.ok, report.error.c_str());
    QVERIFY(report.wipeRequested);
    QCOMPARE(report.pushed, unsent);
    QCOMPARE(store->outboxSize(), 0);
    QVERIFY(engine.confirmWiped().ok);
    Device other("other");
    other.login(server, "kari");
    QVERIFY(other.sync());
    QCOMPARE(other.json()["participant"].size(), std::size_t(40));
}

void TestAppSync::theDeviceCommandsRefuseUnknownNamesAndIds()
{
    Server server;
    server.addUser("kari", "adviser");
    Result r = server.admin({"device", "list", "--user", "nobody"});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("user"), r.err.constData());
    r = server.admin({"device", "wipe", "--device", "0190f2a1-7c3e-4b8a-9d1e-2f3a4b5c6d7e"});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("device"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestAppSync)
#include "tst_app_sync.moc"
