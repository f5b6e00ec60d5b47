#include "session.h"

#include "store/store.h"

#include <QEvent>
#include <QGuiApplication>

#include <algorithm>
#include <sodium.h>

namespace bro {

namespace {
constexpr int kFreeTries = 3;

QVariantMap result(bool ok, const QString &message = {})
{
    return {{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
}
} // namespace

Session::Session(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    m_idle.setSingleShot(true);
    m_idle.setInterval(kDefaultIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &Session::lock);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        gui->installEventFilter(this);
        connect(gui, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState s) {
                    // Backgrounded (Android and iOS suspend the app): whoever picks the tablet up
                    // next needs the PIN. A desktop window that merely loses focus is "inactive";
                    // the idle lock covers it.
                    if (s == Qt::ApplicationSuspended || s == Qt::ApplicationHidden)
                        lock();
                });
    }
    m_idle.start();
}

Session::~Session() = default;

QString Session::role() const
{
    const std::string r = m_store->meta("role");
    // A device that has never logged in is the adviser's own (set up by the municipality).
    return r.empty() ? QStringLiteral("adviser") : QString::fromStdString(r);
}

bool Session::setRole(const QString &role)
{
    if (!m_store->meta("token").empty())
        return false;
    if (role != QLatin1String("adviser") && role != QLatin1String("mentor") &&
        role != QLatin1String("participant"))
        return false;
    m_store->setMeta("role", role.toStdString());
    emit roleChanged();
    return true;
}

void Session::refreshRole()
{
    emit roleChanged();
}

bool Session::hasPin() const
{
    return !m_store->meta("pin_hash").empty();
}

int Session::retryDelaySeconds() const
{
    const int failures = std::atoi(m_store->meta("pin_failures").c_str());
    if (failures < kFreeTries || !m_sinceFailure.isValid())
        return 0;
    const int wait = std::min(300, 5 << std::min(failures - kFreeTries, 6));
    return std::max(0, wait - static_cast<int>(m_sinceFailure.elapsed() / 1000));
}

void Session::setIdleTimeoutMs(int ms)
{
    if (ms == m_idle.interval() || ms <= 0)
        return;
    m_idle.setInterval(ms);
    m_idle.start();
    emit idleTimeoutMsChanged();
}

QVariantMap Session::setPin(const QString &pin)
{
    if (hasPin() && m_locked)
        return result(false, tr("Unlock first to change the PIN."));
    const bool digits = std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); });
    if (pin.size() < 4 || pin.size() > 8 || !digits)
        return result(false, tr("PIN: must be 4 to 8 digits."));
    const QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return result(false, tr("PIN: the device has too little memory to protect it."));
    m_store->setMeta("pin_hash", hash);
    m_store->setMeta("pin_failures", "0");
    emit hasPinChanged();
    setLocked(false);
    return result(true);
}

QVariantMap Session::unlock(const QString &pin)
{
    if (!hasPin())
        return result(false, tr("Choose a PIN first."));
    if (const int wait = retryDelaySeconds(); wait > 0)
        return result(false, tr("Too many wrong PINs. Try again in %n second(s).", "", wait));
    const QByteArray utf8 = pin.toUtf8();
    const std::string hash = m_store->meta("pin_hash");
    if (crypto_pwhash_str_verify(hash.c_str(), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size())) != 0) {
        const int failures = std::atoi(m_store->meta("pin_failures").c_str()) + 1;
        m_store->setMeta("pin_failures", std::to_string(failures));
        m_sinceFailure.start();
        emit lockedChanged(); // the retry delay changed
        return result(false, tr("Wrong PIN."));
    }
    m_store->setMeta("pin_failures", "0");
    setLocked(false);
    return result(true);
}

void Session::lock()
{
    // A hand-over ends with the lock: the tablet goes back to its adviser.
    if (handOver()) {
        m_handOverSection.clear();
        m_handOverArgs.clear();
        emit handOverChanged();
    }
    setLocked(true);
}

void Session::startHandOver(const QString &section, const QVariantMap &args)
{
    if (m_locked)
        return;
    m_handOverSection = section;
    m_handOverArgs = args;
    emit handOverChanged();
}

void Session::endHandOver()
{
    lock();
}

void Session::setLockedForTesting(bool locked)
{
    setLocked(locked);
}

void Session::setLocked(bool locked)
{
    if (!locked)
        m_idle.start();
    if (locked == m_locked)
        return;
    m_locked = locked;
    emit lockedChanged();
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        if (!m_locked)
            m_idle.start(); // any input counts as activity
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bro
