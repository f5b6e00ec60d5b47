#include "synccontroller.h"

#include "store/store.h"

#include <bro/sync/engine.h>

#include <QGuiApplication>

#include <algorithm>

namespace bro {

namespace {
constexpr int kAutoSyncMs = 60'000;
constexpr int kExpiryCheckMs = 5 * 60'000;
using Kind = sync::SyncError::Kind;
} // namespace

void SyncWorker::sync(const QString &server, const QString &caFile, const QString &token)
{
    sync::CurlTransport transport(
        {.baseUrl = server.toStdString(), .caFile = caFile.toStdString()});
    sync::SyncEngine engine(*m_store, transport, token.toStdString());
    const auto r = engine.sync();
    // A remote wipe is acted on only when nothing unsent is left on the device (the sync
    // pushed it all); the server hears that the device is erasing, and its sessions end.
    const bool wipe = r.ok && r.wipeRequested && m_store->outboxSize() == 0;
    if (wipe)
        (void)engine.confirmWiped(); // the device erases its data also if this does not arrive
    emit synced({.ok = r.ok,
                 .errorKind = int(r.failure.kind),
                 .permanent = r.failure.permanent,
                 .retryAfterSeconds = r.failure.retryAfterSeconds,
                 .serverReason = QString::fromStdString(r.failure.serverReason),
                 .pushed = r.pushed,
                 .rejected = r.rejected,
                 .pulled = r.pulled,
                 .wipe = wipe});
}

void SyncWorker::login(const QString &server, const QString &caFile, const QString &user,
                       const QString &password)
{
    sync::CurlTransport transport(
        {.baseUrl = server.toStdString(), .caFile = caFile.toStdString()});
    const auto login =
        sync::login(transport, user.toStdString(), password.toStdString(), m_store->deviceId());
    if (login.ok) {
        // The token (never the password), the role and the user's name, with the server.
        m_store->rememberLogin(login, server.toStdString(), caFile.toStdString(), user.toStdString());
        emit loggedIn(true, {});
    } else if (login.failure.kind == sync::SyncError::Kind::Unreachable) {
        emit loggedIn(false, tr("The server could not be reached."));
    } else if (login.failure.kind == sync::SyncError::Kind::Throttled) {
        emit loggedIn(false, tr("Too many attempts. Wait a little and try again."));
    } else if (login.failure.kind == sync::SyncError::Kind::Forbidden) {
        emit loggedIn(false, tr("This account is disabled."));
    } else {
        emit loggedIn(false, tr("Wrong user name or password."));
    }
}

SyncController::SyncController(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(new SyncWorker(store))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<bro::SyncOutcome>();
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
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    m_expiryCheck.setInterval(kExpiryCheckMs);
    connect(&m_expiryCheck, &QTimer::timeout, this, &SyncController::checkExpiry);
    m_expiryCheck.start();
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
                        m_retry.stop();
                    }
                });
    }
    refreshConflicts();
    checkExpiry();
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
        m_retry.stop();
    }
}

void SyncController::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = std::max(1, firstMs);
    m_maxRetryMs = std::max(m_firstRetryMs, maxMs);
}

void SyncController::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = std::move(nowUtc);
    checkExpiry();
}

void SyncController::scheduleSoon()
{
    if (m_auto && loggedIn() && !m_retry.isActive())
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

int SyncController::retryInSeconds() const
{
    if (!m_retry.isActive() || !m_retryAt.isValid())
        return 0;
    return int(
        std::max<qint64>(1, (QDateTime::currentDateTimeUtc().msecsTo(m_retryAt) + 999) / 1000));
}

int SyncController::offlineExpiryDays() const
{
    // The server's policy, sent at login and with each sync (kept by the store).
    const int days = std::atoi(m_store->meta("offline_days").c_str());
    return days > 0 ? days : kDefaultOfflineExpiryDays;
}

void SyncController::checkExpiry()
{
    bool expired = false;
    // A device that has been logged in (also one whose login has lapsed since: it stays locked
    // until it has logged in and synced again).
    if (!m_store->meta("logged_in_at").empty()) {
        // Since the last successful sync, or the login if it has not synced since.
        QDateTime since = lastSuccess();
        const QDateTime login = QDateTime::fromString(
            QString::fromStdString(m_store->meta("logged_in_at")), Qt::ISODate);
        if (!since.isValid() || (login.isValid() && login > since))
            since = login;
        expired = since.isValid() && since.addDays(offlineExpiryDays()) < m_now();
    }
    if (expired != m_expired) {
        m_expired = expired;
        emit expiredChanged();
    }
}

void SyncController::syncNow()
{
    if (m_busy || !loggedIn())
        return;
    m_retry.stop();
    m_busy = true;
    emit stateChanged();
    QMetaObject::invokeMethod(m_worker, "sync", Qt::QueuedConnection, Q_ARG(QString, server()),
                              Q_ARG(QString, QString::fromStdString(m_store->meta("ca_file"))),
                              Q_ARG(QString, QString::fromStdString(m_store->meta("token"))));
}

void SyncController::pushBeforeErase()
{
    if (!loggedIn()) {
        emit pushedBeforeErase();
        return;
    }
    m_eraseAfterSync = true;
    if (!m_busy)
        syncNow(); // else the sync under way pushes, and its end is the signal
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
    m_retry.stop();
    emit stateChanged();
    checkExpiry();
}

void SyncController::onLoggedIn(bool ok, const QString &error)
{
    m_busy = false;
    m_lastError = ok ? QString() : error;
    if (ok) {
        m_store->setMeta("logged_in_at", m_now().toString(Qt::ISODate).toStdString());
        m_failures = 0;
    }
    emit stateChanged();
    checkExpiry();
    if (ok)
        syncNow();
}

void SyncController::scheduleRetry(int retryAfterSeconds)
{
    // 2 s, 4 s, 8 s ... up to the longest wait; never sooner than the server asked.
    const int shift = std::min(m_failures - 1, 16);
    qint64 delay = std::min<qint64>(m_maxRetryMs, qint64(m_firstRetryMs) << std::max(0, shift));
    delay = std::max<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_retry.start(int(delay));
}

void SyncController::onSynced(const SyncOutcome &r)
{
    m_busy = false;
    m_offline = false;
    if (r.ok) {
        m_failures = 0;
        m_retry.stop();
        m_store->setMeta("last_sync", m_now().toString(Qt::ISODate).toStdString());
        m_lastError =
            r.rejected > 0
                ? tr("%n change(s) were not allowed by the server and were not saved there.", "",
                     r.rejected)
                : QString();
    } else {
        ++m_failures;
        switch (Kind(r.errorKind)) {
        case Kind::Unreachable:
            m_offline = true;
            m_lastError = tr("No connection to the server. Everything is saved on this device.");
            break;
        case Kind::Unauthorized:
            m_lastError = tr("The login has expired. Log in again to sync.");
            m_store->setMeta("token", "");
            break;
        case Kind::Forbidden:
            m_lastError = tr("The server does not accept this device or user. Contact your "
                             "administrator; everything is kept on this device.");
            break;
        case Kind::Throttled:
            m_lastError = tr("The server is busy. The device tries again by itself.");
            break;
        case Kind::ServerFault:
        case Kind::BadReply:
            m_lastError = tr("The server has a problem. The device tries again by itself.");
            break;
        case Kind::LocalStorage:
            m_lastError = tr("This device could not save what it received. It tries again.");
            break;
        case Kind::Refused:
        case Kind::None:
            m_lastError = tr("The server refused the sync: %1").arg(r.serverReason);
            break;
        }
        if (!r.permanent && m_auto && loggedIn())
            scheduleRetry(r.retryAfterSeconds);
    }
    emit stateChanged();
    refreshConflicts();
    checkExpiry();
    emit syncFinished(r.ok);
    if (r.wipe) {
        m_eraseAfterSync = false;
        emit wipeRequested();
        return;
    }
    if (m_eraseAfterSync) {
        m_eraseAfterSync = false;
        emit pushedBeforeErase();
    }
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
