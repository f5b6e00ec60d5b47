// Sync as the app sees it: the engine runs on a worker thread (the UI never waits for the
// network); state for the header (last successful sync, last error in plain words, conflicts);
// login, and sync every minute while the app is in the foreground.
#pragma once

#include "qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QTimer>

namespace bro::store {
class Store;
}

namespace bro {

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
    void synced(bool ok, const QString &error, int pushed, int rejected, int pulled);
    void loggedIn(bool ok, const QString &error, const QString &token, const QString &role);

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
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY conflictsChanged)

public:
    explicit SyncController(store::Store *store, QObject *parent = nullptr);
    ~SyncController() override;

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool loggedIn() const;
    [[nodiscard]] QString server() const;
    [[nodiscard]] QString user() const;
    [[nodiscard]] QDateTime lastSuccess() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int conflictCount() const { return m_conflictCount; }

    // Sync by itself: shortly after start, a little after each local change, and every minute
    // while the app is in the foreground. Off until turned on (main() turns it on).
    void setAutoSync(bool on);

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void login(const QString &server, const QString &user, const QString &password);
    Q_INVOKABLE void logout();
    // Resolves a free-text conflict with the chosen or merged text; {ok, message}.
    Q_INVOKABLE QVariantMap resolve(const QString &recordId, const QString &field,
                                    const QString &text);
    Q_INVOKABLE void refreshConflicts();
    // A local change was saved: sync a little later (if auto sync is on).
    void scheduleSoon();

signals:
    void stateChanged();
    void conflictsChanged();
    void syncFinished(bool ok);

private:
    void onSynced(bool ok, const QString &error, int pushed, int rejected, int pulled);
    void onLoggedIn(bool ok, const QString &error, const QString &token, const QString &role);

    store::Store *m_store;
    QThread m_thread;
    SyncWorker *m_worker;
    QTimer m_timer;
    QTimer m_soon; // a sync shortly after a local change
    bool m_auto = false;
    bool m_busy = false;
    QString m_lastError;
    int m_conflictCount = 0;
};

} // namespace bro
