#include "session.h"

#include "domain/pinpolicy.h"
#include "store/store.h"

#include <bro/model/access.h>

#include <QDate>
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

model::Role Session::roleValue() const
{
    model::Role r = model::Role::Adviser;
    if (!model::roleFromName(role().toStdString(), r))
        return model::Role::Leader; // an unknown role may do nothing with records
    return r;
}

QString Session::displayName() const
{
    for (const char *key : {"display_name", "user"})
        if (const std::string name = m_store->meta(key); !name.empty())
            return QString::fromStdString(name);
    return {};
}

void Session::setDisplayNameForDemo(const QString &name)
{
    if (!m_store->meta("token").empty())
        return;
    m_store->setMeta("display_name", name.toStdString());
    emit roleChanged();
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

namespace {
const model::KindSpec *kindOf(const QString &kind)
{
    return model::findKind(kind.toStdString());
}
} // namespace

// Handed over to the participant ("show the participant"), the screen offers only what both
// the device's user (the adviser, whose token the server sees) and a participant may do.
bool Session::participantView() const
{
    return handOver() && m_handOverSection == QLatin1String("participant");
}

template<typename Rule>
static bool allowed(const Session &s, Rule rule)
{
    return rule(s.roleValue()) && (!s.participantView() || rule(model::Role::Participant));
}

bool Session::mayCreate(const QString &kind) const
{
    const auto *k = kindOf(kind);
    return k && allowed(*this, [k](model::Role r) { return model::mayCreate(r, *k); });
}

bool Session::mayEdit(const QString &kind, const QString &field) const
{
    const auto *k = kindOf(kind);
    const auto *f = k ? k->field(field.toStdString()) : nullptr;
    return f && allowed(*this, [k, f](model::Role r) { return model::mayEdit(r, *k, *f); });
}

bool Session::mayDelete(const QString &kind) const
{
    const auto *k = kindOf(kind);
    return k && allowed(*this, [k](model::Role r) { return model::mayDelete(r, *k); });
}

bool Session::maySign(const QString &kind) const
{
    const auto *k = kindOf(kind);
    return k && allowed(*this, [k](model::Role r) { return model::maySign(r, *k); });
}

bool Session::mayRead(const QString &kind, const QString &field) const
{
    return allowed(*this, [&](model::Role r) {
        return model::mayRead(r, kind.toStdString(), field.toStdString());
    });
}

bool Session::hasPin() const
{
    return !m_store->meta("pin_hash").empty();
}

bool Session::mustChangePin() const
{
    // PINs chosen before the rules asked for six digits have no recorded length.
    return hasPin() && std::atoi(m_store->meta("pin_length").c_str()) < pin::kMinLength;
}

int Session::failures() const
{
    return std::atoi(m_store->meta("pin_failures").c_str());
}

int Session::triesLeft() const
{
    return std::max(0, pin::kMaxWrongPins - failures());
}

int Session::retryDelaySeconds() const
{
    const int n = failures();
    if (n < kFreeTries || !m_sinceFailure.isValid())
        return 0;
    const int wait = std::min(300, 5 << std::min(n - kFreeTries, 6));
    return std::max(0, wait - static_cast<int>(m_sinceFailure.elapsed() / 1000));
}

int Session::birthYear() const
{
    std::string date = m_store->meta("birth_date"); // the server's, for any role
    // A participant's device holds their own participant record and no other.
    if (date.empty() && roleValue() == model::Role::Participant) {
        const auto people = m_store->list("participant");
        if (people.size() == 1)
            date = people.front().value("birth_date", std::string());
    }
    const QDate d = QDate::fromString(QString::fromStdString(date), Qt::ISODate);
    return d.isValid() ? d.year() : 0;
}

void Session::setIdleTimeoutMs(int ms)
{
    if (ms == m_idle.interval() || ms <= 0)
        return;
    m_idle.setInterval(ms);
    m_idle.start();
    emit idleTimeoutMsChanged();
}

QString Session::pinProblem(const QString &candidate) const
{
    switch (pin::check(candidate, birthYear())) {
    case pin::Problem::None:
        return {};
    case pin::Problem::NotDigits:
    case pin::Problem::TooShort:
    case pin::Problem::TooLong:
        return tr("PIN: must be %1 to %2 digits.").arg(pin::kMinLength).arg(pin::kMaxLength);
    case pin::Problem::AllSame:
        return tr("PIN: not the same digit repeated. Choose one that is hard to guess.");
    case pin::Problem::Sequence:
        return tr("PIN: not a run of digits such as 123456 or 654321.");
    case pin::Problem::BirthYear:
        return tr("PIN: not your year of birth.");
    }
    return {};
}

QVariantMap Session::setPin(const QString &newPin)
{
    if (hasPin() && m_locked)
        return result(false, tr("Unlock first to change the PIN."));
    if (const QString problem = pinProblem(newPin); !problem.isEmpty())
        return result(false, problem);
    const QByteArray utf8 = newPin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return result(false, tr("PIN: the device has too little memory to protect it."));
    m_store->setMeta("pin_hash", hash);
    m_store->setMeta("pin_length", std::to_string(newPin.size()));
    m_store->setMeta("pin_failures", "0");
    emit hasPinChanged();
    setLocked(false);
    return result(true);
}

QVariantMap Session::unlock(const QString &pinText)
{
    if (m_erasing)
        return result(false, tr("Too many wrong PINs: this device's data is being erased."));
    if (!hasPin())
        return result(false, tr("Choose a PIN first."));
    if (const int wait = retryDelaySeconds(); wait > 0)
        return result(false, tr("Too many wrong PINs. Try again in %n second(s).", "", wait));
    const QByteArray utf8 = pinText.toUtf8();
    const std::string hash = m_store->meta("pin_hash");
    if (crypto_pwhash_str_verify(hash.c_str(), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size())) != 0) {
        const int n = failures() + 1;
        m_store->setMeta("pin_failures", std::to_string(n));
        m_sinceFailure.start();
        if (n >= pin::kMaxWrongPins) {
            m_erasing = true;
            emit lockedChanged();
            emit eraseRequested();
            return result(false, tr("Too many wrong PINs: this device's data is being erased."));
        }
        emit lockedChanged(); // the retry delay and the tries left changed
        return result(false, tr("Wrong PIN. %n try (tries) left before this device is erased.", "",
                                triesLeft()));
    }
    m_store->setMeta("pin_failures", "0");
    if (m_store->meta("pin_length").empty())
        m_store->setMeta("pin_length", std::to_string(pinText.size()));
    emit hasPinChanged(); // mustChangePin may have changed
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
