// Who is using the device and what they may do: the role the server gave at login and the
// access rules of that role (asked of model/access.h, so that the UI never offers what the
// server would refuse); the name a signature carries; the PIN lock (on start, after 5 minutes
// idle, and when the app goes to the background) with the PIN rules of domain/pinpolicy.h;
// and hand-over mode (the adviser hands the tablet to a mentor or participant for one
// section).
//
// The PIN is stored only as an Argon2id hash in the encrypted store. After ten wrong PINs in a
// row the session asks for the device to be erased (eraseRequested): AppServices pushes what is
// unsent first, then the app erases the store and its key and asks for a fresh login.
#pragma once

#include "qmlsingleton.h"

#include <bro/model/catalogue.h>

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
    // The name the logged-in user signs with (the server accepts no other signer).
    Q_PROPERTY(QString displayName READ displayName NOTIFY roleChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY hasPinChanged)
    // The PIN in use is shorter than the rules now ask: choose a new one after unlocking.
    Q_PROPERTY(bool mustChangePin READ mustChangePin NOTIFY hasPinChanged)
    Q_PROPERTY(int retryDelaySeconds READ retryDelaySeconds NOTIFY lockedChanged)
    // Wrong PINs left before the device erases its data.
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY lockedChanged)
    Q_PROPERTY(bool erasing READ erasing NOTIFY lockedChanged)
    Q_PROPERTY(bool handOver READ handOver NOTIFY handOverChanged)
    Q_PROPERTY(QString handOverSection READ handOverSection NOTIFY handOverChanged)
    Q_PROPERTY(QVariantMap handOverArgs READ handOverArgs NOTIFY handOverChanged)
    Q_PROPERTY(bool participantView READ participantView NOTIFY handOverChanged)
    Q_PROPERTY(
        int idleTimeoutMs READ idleTimeoutMs WRITE setIdleTimeoutMs NOTIFY idleTimeoutMsChanged)

public:
    static constexpr int kDefaultIdleTimeoutMs = 5 * 60 * 1000;

    explicit Session(store::Store *store, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] QString role() const;
    [[nodiscard]] model::Role roleValue() const;
    [[nodiscard]] bool isAdviser() const { return roleValue() == model::Role::Adviser; }
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] bool mustChangePin() const;
    [[nodiscard]] int retryDelaySeconds() const;
    [[nodiscard]] int triesLeft() const;
    [[nodiscard]] bool erasing() const { return m_erasing; }
    [[nodiscard]] bool handOver() const { return !m_handOverSection.isEmpty(); }
    [[nodiscard]] QString handOverSection() const { return m_handOverSection; }
    [[nodiscard]] QVariantMap handOverArgs() const { return m_handOverArgs; }
    // Handed over to the participant (section "participant", args {participantId}): the rules
    // are those both the user and a participant have.
    [[nodiscard]] bool participantView() const;
    [[nodiscard]] int idleTimeoutMs() const { return m_idle.interval(); }
    void setIdleTimeoutMs(int ms);

    // What the role may do, from model/access.h (within what the server lets the user see).
    Q_INVOKABLE bool mayCreate(const QString &kind) const;
    Q_INVOKABLE bool mayEdit(const QString &kind, const QString &field) const;
    Q_INVOKABLE bool mayDelete(const QString &kind) const;
    Q_INVOKABLE bool maySign(const QString &kind) const;
    Q_INVOKABLE bool mayRead(const QString &kind, const QString &field) const;

    // Why pin may not be chosen, in the UI language ("" if it may): the lock screen says so
    // before the PIN is typed a second time.
    Q_INVOKABLE QString pinProblem(const QString &pin) const;
    // Sets (or replaces, when unlocked) the PIN, by the rules of domain/pinpolicy.h.
    // {ok, message}; the message names the rule.
    Q_INVOKABLE QVariantMap setPin(const QString &pin);
    // {ok, message}; wrong PINs are counted, each further try after the third waits longer,
    // and the tenth asks for the device to be erased.
    Q_INVOKABLE QVariantMap unlock(const QString &pin);
    Q_INVOKABLE void lock();
    // Hands the device over for one section ("logbook", "sign", "feedback", "participant")
    // with its arguments (e.g. the training book). Ending it locks the device.
    Q_INVOKABLE void startHandOver(const QString &section, const QVariantMap &args);
    Q_INVOKABLE void endHandOver();
    // The role was changed by a login (re-reads it from the store).
    void refreshRole();
    // Shows the app as the role would see it, on a device that is not logged in (demos,
    // screenshots, tests). A logged-in device keeps the role of its login: false.
    bool setRole(const QString &role);
    // The name signatures carry on a device that is not logged in (demos, screenshots, tests).
    void setDisplayNameForDemo(const QString &name);
    // For screenshots and tests that show an unlocked app without a PIN.
    void setLockedForTesting(bool locked);

signals:
    void roleChanged();
    void lockedChanged();
    void hasPinChanged();
    void handOverChanged();
    void idleTimeoutMsChanged();
    // Ten wrong PINs: the device's data must go (after what is unsent has been pushed).
    void eraseRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLocked(bool locked);
    [[nodiscard]] int birthYear() const;
    [[nodiscard]] int failures() const;

    store::Store *m_store;
    bool m_locked = true;
    bool m_erasing = false;
    QTimer m_idle;
    QString m_handOverSection;
    QVariantMap m_handOverArgs;
    QElapsedTimer m_sinceFailure;
};

} // namespace bro
