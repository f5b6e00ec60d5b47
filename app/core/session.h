// Who is using the device and whether they may: the role the server gave at login, the PIN
// lock (on start, after 5 minutes idle, and when the app goes to the background), and
// hand-over mode (the adviser hands the tablet to a mentor or participant for one section).
// The PIN is stored only as an Argon2id hash in the encrypted store.
#pragma once

#include "qmlsingleton.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

namespace bro::store {
class Store;
}

namespace bro {

class Session : public QObject, public QmlSingleton<Session>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(bool isAdviser READ isAdviser NOTIFY roleChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY hasPinChanged)
    Q_PROPERTY(int retryDelaySeconds READ retryDelaySeconds NOTIFY lockedChanged)
    Q_PROPERTY(bool handOver READ handOver NOTIFY handOverChanged)
    Q_PROPERTY(QString handOverSection READ handOverSection NOTIFY handOverChanged)
    Q_PROPERTY(QVariantMap handOverArgs READ handOverArgs NOTIFY handOverChanged)
    Q_PROPERTY(
        int idleTimeoutMs READ idleTimeoutMs WRITE setIdleTimeoutMs NOTIFY idleTimeoutMsChanged)

public:
    static constexpr int kDefaultIdleTimeoutMs = 5 * 60 * 1000;

    explicit Session(store::Store *store, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] QString role() const;
    [[nodiscard]] bool isAdviser() const { return role() == QLatin1String("adviser"); }
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] int retryDelaySeconds() const;
    [[nodiscard]] bool handOver() const { return !m_handOverSection.isEmpty(); }
    [[nodiscard]] QString handOverSection() const { return m_handOverSection; }
    [[nodiscard]] QVariantMap handOverArgs() const { return m_handOverArgs; }
    [[nodiscard]] int idleTimeoutMs() const { return m_idle.interval(); }
    void setIdleTimeoutMs(int ms);

    // Sets (or replaces, when unlocked) the PIN: 4 to 8 digits. {ok, message}.
    Q_INVOKABLE QVariantMap setPin(const QString &pin);
    // {ok, message}; wrong PINs are counted and each further try waits longer.
    Q_INVOKABLE QVariantMap unlock(const QString &pin);
    Q_INVOKABLE void lock();
    // Hands the device over for one section ("logbook", "sign", "feedback", "self_evaluation")
    // with its arguments (e.g. the training book). Ending it locks the device.
    Q_INVOKABLE void startHandOver(const QString &section, const QVariantMap &args);
    Q_INVOKABLE void endHandOver();
    // The role was changed by a login (re-reads it from the store).
    void refreshRole();
    // Shows the app as the role would see it, on a device that is not logged in (demos,
    // screenshots, tests). A logged-in device keeps the role of its login: false.
    bool setRole(const QString &role);
    // For screenshots and tests that show an unlocked app without a PIN.
    void setLockedForTesting(bool locked);

signals:
    void roleChanged();
    void lockedChanged();
    void hasPinChanged();
    void handOverChanged();
    void idleTimeoutMsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLocked(bool locked);

    store::Store *m_store;
    bool m_locked = true;
    QTimer m_idle;
    QString m_handOverSection;
    QVariantMap m_handOverArgs;
    QElapsedTimer m_sinceFailure;
};

} // namespace bro
