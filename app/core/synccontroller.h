// Sync as the app sees it: the engine runs on a worker thread (the UI never waits for the
// network); state for the header (last successful sync, the last problem in plain words,
// conflicts); login; sync by itself while the app is in the foreground.
//
// What a failed sync means is decided from the engine's typed error (sync::SyncError), never
// from its English text: a transient one (no network, a busy or failing server) is tried again
// soon and then less often (2 s, 4 s, 8 s ... at most a minute, or when the server asks to wait),
// so that a device catches up within seconds of the server coming back; an expired login is
// dropped and asks for a new one.
//
// The offline-expiry lock: a device that has been logged in and has not synced for
// offlineExpiryDays (server policy, default 14) is `expired` until it syncs once (logging in
// again first if its login has lapsed); its unsent changes are kept and pushed first.
#pragma once

#include "qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QTimer>

#include <functional>

namespace bro::store {
class Store;
}

namespace bro {

// One sync's outcome, as the worker hands it to the controller.
struct SyncOutcome
{
    bool ok = false;
    int errorKind = 0; // sync::SyncError::Kind
    bool permanent = false;
    int retryAfterSeconds = 0;
    QString serverReason;
    int pushed = 0, rejected = 0, pulled = 0;
    // The server asked this device to erase its data (a remote wipe) and everything unsent has
    // reached it: the device erases its store and key now.
    bool wipe = false;
};

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(store::Store *store)
        : m_store(store)
    {}

public slots:
    void sync(const QString &server, const QString &caFile, const QString &token);
    void login(const QString &server, const QString &caFile, const QString &user,
               const QString &password);

signals:
    void synced(const bro::SyncOutcome &outcome);
    void loggedIn(bool ok, const QString &error);

private:
    store::Store *m_store;
};

class SyncController : public QObject, public QmlSingleton<SyncController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY stateChanged)
    Q_PROPERTY(QString server READ server NOTIFY stateChanged)
    Q_PROPERTY(QString user READ user NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    // The last sync found no server (no network, or the server down).
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged)
    // Seconds until the next try after a failed sync; 0 when none is planned.
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY stateChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY conflictsChanged)
    Q_PROPERTY(bool expired READ expired NOTIFY expiredChanged)
    Q_PROPERTY(int offlineExpiryDays READ offlineExpiryDays NOTIFY expiredChanged)

public:
    static constexpr int kDefaultOfflineExpiryDays = 14;

    explicit SyncController(store::Store *store, QObject *parent = nullptr);
    ~SyncController() override;

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool loggedIn() const;
    [[nodiscard]] QString server() const;
    [[nodiscard]] QString user() const;
    [[nodiscard]] QDateTime lastSuccess() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] bool offline() const { return m_offline; }
    [[nodiscard]] int retryInSeconds() const;
    [[nodiscard]] int conflictCount() const { return m_conflictCount; }
    [[nodiscard]] bool expired() const { return m_expired; }
    [[nodiscard]] int offlineExpiryDays() const;

    // Sync by itself: shortly after start, a little after each local change, and every minute
    // while the app is in the foreground; failed syncs are retried with backoff. Off until
    // turned on (the app turns it on).
    void setAutoSync(bool on);
    // The first and the longest wait between retries after a failed sync (default 2 s and 60 s).
    void setRetryDelays(int firstMs, int maxMs);
    // The clock the expiry lock reads (tests).
    void setClock(std::function<QDateTime()> nowUtc);

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void login(const QString &server, const QString &user, const QString &password);
    Q_INVOKABLE void logout();
    // Resolves a free-text conflict with the chosen or merged text; {ok, message}.
    Q_INVOKABLE QVariantMap resolve(const QString &recordId, const QString &field,
                                    const QString &text);
    Q_INVOKABLE void refreshConflicts();
    // A local change was saved: sync a little later (if auto sync is on).
    void scheduleSoon();
    // Pushes what is unsent if the server can be reached, then emits pushedBeforeErase() (also
    // when the push failed or the device is not logged in): the step before this device's data
    // is erased.
    void pushBeforeErase();
    // Re-reads whether the offline-expiry lock applies (also done every few minutes).
    void checkExpiry();

signals:
    void stateChanged();
    void conflictsChanged();
    void syncFinished(bool ok);
    void expiredChanged();
    void pushedBeforeErase();
    // `bro-server device wipe`: what was unsent has been pushed; the device is to be erased.
    void wipeRequested();

private:
    void onSynced(const SyncOutcome &outcome);
    void onLoggedIn(bool ok, const QString &error);
    void scheduleRetry(int retryAfterSeconds);

    store::Store *m_store;
    QThread m_thread;
    SyncWorker *m_worker;
    QTimer m_timer;
    QTimer m_soon;  // a sync shortly after a local change
    QTimer m_retry; // after a failed sync
    QTimer m_expiryCheck;
    bool m_auto = false;
    bool m_busy = false;
    bool m_offline = false;
    bool m_expired = false;
    bool m_eraseAfterSync = false;
    int m_failures = 0; // failed syncs in a row
    int m_firstRetryMs = 2000, m_maxRetryMs = 60'000;
    QDateTime m_retryAt;
    QString m_lastError;
    int m_conflictCount = 0;
    std::function<QDateTime()> m_now;
};

} // namespace bro

Q_DECLARE_METATYPE(bro::SyncOutcome)
