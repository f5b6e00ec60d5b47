#include "synccontroller.h"

#include "store/store.h"

#include <bro/sync/engine.h>

#include <QGuiApplication>

namespace bro {

namespace {
constexpr int kAutoSyncMs = 60'000;
} // namespace

void SyncWorker::sync(const QString &server, const QString &caFile, const QString &token)
{
    sync::CurlTransport transport(
        {.baseUrl = server.toStdString(), .caFile = caFile.toStdString()});
    sync::SyncEngine engine(*m_store, transport, token.toStdString());
    const auto r = engine.sync();
    emit synced(r.ok, QString::fromStdString(r.error), r.pushed, r.rejected, r.pulled);
}

void SyncWorker::login(const QString &server, const QString &caFile, const QString &user,
                       const QString &password)
{
    sync::CurlTransport transport(
        {.baseUrl = server.toStdString(), .caFile = caFile.toStdString()});
    const auto r = transport.request(
        "POST", "/v1/login",
        nlohmann::json{{"user", user.toStdString()}, {"password", password.toStdString()}}.dump(),
        {});
    const auto reply = nlohmann::json::parse(r.body, nullptr, false);
    if (r.status == 200 && reply.is_object() && reply["token"].is_string())
        emit loggedIn(true, {}, QString::fromStdString(reply["token"].get<std::string>()),
                      QString::fromStdString(reply.value("role", "adviser")));
    else if (r.status == 0)
        emit loggedIn(false, tr("The server could not be reached."), {}, {});
    else
        emit loggedIn(false, tr("Wrong user name or password."), {}, {});
}

SyncController::SyncController(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(new SyncWorker(store))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::synced, this, &SyncController::onSynced);
    connect(m_worker, &SyncWorker::loggedIn, this, &SyncController::onLoggedIn);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();

    m_timer.setInterval(kAutoSyncMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_soon.setSingleShot(true);
    m_soon.setInterval(3000);
    connect(&m_soon, &QTimer::timeout, this, &SyncController::syncNow);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Sync pauses in the background and catches up when the app comes back.
        connect(gui, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState s) {
                    if (!m_auto)
                        return;
                    if (s == Qt::ApplicationActive) {
                        m_timer.start();
                        syncNow();
                    } else {
                        m_timer.stop();
                    }
                });
    }
    refreshConflicts();
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setAutoSync(bool on)
{
    m_auto = on;
    if (on) {
        m_timer.start();
        m_soon.start(); // shortly after start
    } else {
        m_timer.stop();
        m_soon.stop();
    }
}

void SyncController::scheduleSoon()
{
    if (m_auto && loggedIn())
        m_soon.start();
}

bool SyncController::loggedIn() const
{
    return !m_store->meta("token").empty();
}
QString SyncController::server() const
{
    return QString::fromStdString(m_store->meta("server"));
}
QString SyncController::user() const
{
    return QString::fromStdString(m_store->meta("user"));
}

QDateTime SyncController::lastSuccess() const
{
    return QDateTime::fromString(QString::fromStdString(m_store->meta("last_sync")), Qt::ISODate);
}

void SyncController::syncNow()
{
    if (m_busy || !loggedIn())
        return;
    m_busy = true;
    emit stateChanged();
    QMetaObject::invokeMethod(m_worker, "sync", Qt::QueuedConnection, Q_ARG(QString, server()),
                              Q_ARG(QString, QString::fromStdString(m_store->meta("ca_file"))),
                              Q_ARG(QString, QString::fromStdString(m_store->meta("token"))));
}

void SyncController::login(const QString &serverUrl, const QString &userName,
                           const QString &password)
{
    if (m_busy)
        return;
    m_busy = true;
    m_store->setMeta("server", serverUrl.trimmed().toStdString());
    m_store->setMeta("user", userName.trimmed().toStdString());
    emit stateChanged();
    QMetaObject::invokeMethod(m_worker, "login", Qt::QueuedConnection,
                              Q_ARG(QString, serverUrl.trimmed()),
                              Q_ARG(QString, QString::fromStdString(m_store->meta("ca_file"))),
                              Q_ARG(QString, userName.trimmed()), Q_ARG(QString, password));
}

void SyncController::logout()
{
    m_store->setMeta("token", "");
    emit stateChanged();
}

void SyncController::onLoggedIn(bool ok, const QString &error, const QString &token,
                                const QString &role)
{
    m_busy = false;
    m_lastError = ok ? QString() : error;
    if (ok) {
        m_store->setMeta("token", token.toStdString()); // the token, never the password
        m_store->setMeta("role", role.toStdString());   // what the session shows
    }
    emit stateChanged();
    if (ok)
        syncNow();
}

void SyncController::onSynced(bool ok, const QString &error, int pushed, int rejected, int pulled)
{
    Q_UNUSED(pushed);
    Q_UNUSED(pulled);
    m_busy = false;
    if (ok) {
        m_store->setMeta("last_sync",
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
        m_lastError =
            rejected > 0
                ? tr("%n change(s) were not allowed by the server and were not saved there.", "",
                     rejected)
                : QString();
    } else if (error.startsWith(QLatin1String("the server could not be reached"))) {
        m_lastError = tr("No connection to the server. Everything is saved on this device.");
    } else if (error.contains(QLatin1String("log in again"))) {
        m_lastError = tr("The login has expired. Log in again to sync.");
        m_store->setMeta("token", "");
    } else {
        m_lastError = tr("Sync failed: %1").arg(error);
    }
    emit stateChanged();
    refreshConflicts();
    emit syncFinished(ok);
}

void SyncController::refreshConflicts()
{
    const int count = static_cast<int>(m_store->conflicts().size());
    if (count != m_conflictCount) {
        m_conflictCount = count;
        emit conflictsChanged();
    }
}

QVariantMap SyncController::resolve(const QString &recordId, const QString &field,
                                    const QString &text)
{
    const auto r =
        m_store->resolveWith(recordId.toStdString(), field.toStdString(), text.toStdString());
    refreshConflicts();
    return {
        {QStringLiteral("ok"), r.ok()},
        {QStringLiteral("message"), r.ok() ? QString() : QString::fromStdString(r.error->message)}};
}

} // namespace bro
