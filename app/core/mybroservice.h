// The participant's own Bro as QML sees it (QML singleton MyBro): whose bridge the participant
// screens show (the participant logged in on their own device, or the one the adviser handed
// the tablet over for: Session's "participant" hand-over), the bridge itself (domain/bridge.h),
// the self-evaluations with their needs-a-talk flag (domain/selfevaluation.h), the pictogram
// table (domain/pictograms.h), and who opened the participant's file (the server's audit trail
// of the caller, GET /v1/audit).
//
// Writes go through RecordService (and so through the role's rules); nothing here touches SQL
// or HTTP from QML.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace bro::store {
class Store;
}

namespace bro {

class RecordService;
class Session;
class AppController;

class MyBroService : public QObject, public QmlSingleton<MyBroService>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MyBro)
    QML_SINGLETON
    // The participant whose screens these are: the device's own participant, or the one handed
    // over for; "" when neither (an adviser's device in its ordinary mode).
    Q_PROPERTY(QString participantId READ participantId NOTIFY participantChanged)
    // Participant mode: the device's user is a participant, or the tablet is handed over to one.
    Q_PROPERTY(bool active READ active NOTIFY participantChanged)
    // Goes up by one whenever a record changes: bindings that read the bridge read it again.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    // The last trail fetched (fetchTrail): [{at, action, role, name, kinds}], newest first.
    Q_PROPERTY(QVariantList trail READ trail NOTIFY trailChanged)
    Q_PROPERTY(QString trailError READ trailError NOTIFY trailChanged)
    Q_PROPERTY(bool trailBusy READ trailBusy NOTIFY trailChanged)

public:
    MyBroService(store::Store *store, RecordService *records, Session *session,
                 AppController *app, QObject *parent = nullptr);
    ~MyBroService() override;

    [[nodiscard]] QString participantId() const;
    [[nodiscard]] bool active() const;
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QVariantList trail() const { return m_trail; }
    [[nodiscard]] QString trailError() const { return m_trailError; }
    [[nodiscard]] bool trailBusy() const { return m_trailBusy; }

    // The bridge: {participantId, name, planId, goal, goalPictogram, goalInMyWords,
    // otherLanguages, norwegianLevel, education: [..], work: [{text, years}], planks: [{id,
    // type, pictogram, description, startDate, endDate, note, state, statePictogram,
    // current}], current, nextMeeting: {type, date} or {}, agreed: [..], hours, goalsReached,
    // goalsTotal}; an empty map if there is no such participant.
    Q_INVOKABLE QVariantMap bridge(const QString &participantId) const;
    // Newest first, each the record's fields plus needsTalk (bool).
    Q_INVOKABLE QVariantList selfEvaluations(const QString &participantId) const;
    // How many of the participant's self-evaluations need a talk.
    Q_INVOKABLE int selfEvaluationsNeedingTalk(const QString &participantId) const;
    // A new self-evaluation with these answers (likes_work, is_hard, continue_path, score,
    // text), written today in the UI's language: {ok, id, field, message} as Records.create.
    Q_INVOKABLE QVariantMap addSelfEvaluation(const QString &participantId,
                                              const QVariantMap &answers);
    // The question fields in the order they are asked.
    Q_INVOKABLE QStringList questions() const;
    Q_INVOKABLE QString pictogram(const QString &category, const QString &value) const;

    // Fetches the caller's own audit trail from the server (participants only); trailChanged
    // when it is there or failed (trailError in the UI language).
    Q_INVOKABLE void fetchTrail();

signals:
    void participantChanged();
    void revisionChanged();
    void trailChanged();

private:
    store::Store *m_store;
    RecordService *m_records;
    Session *m_session;
    AppController *m_app;
    int m_revision = 0;
    QVariantList m_trail;
    QString m_trailError;
    bool m_trailBusy = false;
};

} // namespace bro
