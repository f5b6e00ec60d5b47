// The store as QML sees it: create, update and delete records, read them, and the labels
// the forms show. QML never touches SQL; every write goes through here.
//
// Writes are checked against the access rules of the user's role (model/access.h) before they
// reach the store, so that the device never keeps what the server would refuse; a record and
// its file (a logbook photo, a signature image) are written in one batch. While the device is
// locked for being offline too long (SyncController::expired) every write is refused.
#pragma once

#include "qmlsingleton.h"

#include <bro/model/attachments.h>
#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace bro::store {
class Store;
struct WriteResult;
} // namespace bro::store

namespace bro {

namespace match {
struct StepResult;
}

class RecordService : public QObject, public QmlSingleton<RecordService>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Records)
    QML_SINGLETON
    Q_PROPERTY(int unsentChanges READ unsentChanges NOTIFY unsentChangesChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)

public:
    using QmlSingleton<RecordService>::create; // beside create(kind, fields)

    explicit RecordService(store::Store *store, QObject *parent = nullptr);
    ~RecordService() override;

    // Results are maps {ok: bool, id: string, field: string, message: string}; message is
    // in the UI language and names the field and the reason.
    Q_INVOKABLE QVariantMap create(const QString &kind, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap update(const QString &kind, const QString &id,
                                   const QVariantMap &changes);
    Q_INVOKABLE QVariantMap remove(const QString &kind, const QString &id);
    // The record's fields plus "id"; an empty map if there is none.
    Q_INVOKABLE QVariantMap get(const QString &kind, const QString &id) const;
    // The first record of a kind under a parent (e.g. a participant's plan); empty if none.
    Q_INVOKABLE QVariantMap firstChild(const QString &kind, const QString &parentId) const;

    // Evidence: the bytes go to the device's encrypted blob storage (addressed by SHA-256,
    // uploaded by sync), and an attachment record points to them. {ok, id, field, message}
    // like create(); id is the attachment's.
    Q_INVOKABLE QVariantMap attachFile(const QString &ownerKind, const QString &ownerId,
                                       const QUrl &file, const QString &caption);
    // A recorded voice (the voice recorder's take): as attachFile, but only audio is taken.
    Q_INVOKABLE QVariantMap attachRecording(const QString &ownerKind, const QString &ownerId,
                                            const QUrl &file, const QString &caption);
    // Whether the user may attach files to records of the kind (the role's rule, not locked).
    Q_INVOKABLE bool mayAttachTo(const QString &ownerKind) const;
    // Creates a record and attaches a file to it (a logbook entry with its photo) in one batch:
    // both or neither. An empty file: the record alone. id is the record's.
    Q_INVOKABLE QVariantMap createWithFile(const QString &kind, const QVariantMap &fields,
                                           const QUrl &file, const QString &caption);
    // Signs a record off as the logged-in user (the signer is never typed: see signerName),
    // now, with the drawn strokes ("x,y x,y;..." in the 0..1000 square), and keeps the
    // signature's image beside it, in one batch.
    Q_INVOKABLE QVariantMap sign(const QString &kind, const QString &id, const QString &strokes);
    // "Add to plan": the agreed action becomes a measure of the participant's plan (made if
    // there is none): the meeting's date its start, the due date its end; the action points
    // to it. One batch. {ok, id (the measure), field, message}; refused if it is in the plan.
    Q_INVOKABLE QVariantMap addActionToPlan(const QString &actionId);
    // From a job match (app/domain/matchstart.h): the two expectation-clarification meetings
    // (with the employer, with the participant) pre-filled with the need, on date. {ok, id (the
    // employer's meeting), field, message}.
    Q_INVOKABLE QVariantMap planExpectationMeetings(const QString &needId,
                                                    const QString &participantId,
                                                    const QString &date);
    // The participant starts at the need's employer: the training book (with the mentor, when
    // the need offers one) and the work-training, wage-subsidy and mentor measures of the plan.
    // {ok, id (the training book), field, message}.
    Q_INVOKABLE QVariantMap startAtEmployer(const QString &needId, const QString &participantId,
                                            const QString &startDate, const QString &mentorName);
    // The fields of a record that carry a conflict to review.
    Q_INVOKABLE QStringList conflictFields(const QString &kind, const QString &id) const;

    Q_INVOKABLE QString kindLabel(const QString &kind) const;
    Q_INVOKABLE QString label(const QString &kind, const QString &field) const;
    Q_INVOKABLE QString optionLabel(const QString &kind, const QString &field,
                                    const QVariant &value) const;
    // [{value, label}] for an enum field, in catalogue order.
    Q_INVOKABLE QVariantList options(const QString &kind, const QString &field) const;
    Q_INVOKABLE bool isRequired(const QString &kind, const QString &field) const;
    // "text", "freeText", "date", "dateTime", "integer", "decimal", "boolean", "enum",
    // "reference" or "sha256": which control a form shows; "" for an unknown field.
    Q_INVOKABLE QString titleField(const QString &kind) const;
    Q_INVOKABLE QString fieldType(const QString &kind, const QString &field) const;
    // The field that places a record of the kind under its parent ("" for a participant).
    Q_INVOKABLE QString parentField(const QString &kind) const;
    // The participant's agreed actions not done yet, soonest due first (as the caseload's
    // "next"), as maps.
    Q_INVOKABLE QVariantList openActions(const QString &participantId) const;
    // Records of a kind under a parent, as maps (fields plus "id"), in creation order.
    Q_INVOKABLE QVariantList children(const QString &kind, const QString &parentId) const;

    [[nodiscard]] int unsentChanges() const;
    [[nodiscard]] QString deviceId() const;
    [[nodiscard]] store::Store *store() const { return m_store; }
    [[nodiscard]] bool locked() const { return m_locked; }
    void setLocked(bool locked);

    // Who is writing: the role whose rules apply, and the name a signature carries.
    void setIdentity(std::function<model::Role()> role, std::function<QString()> signerName);
    // The outbox may have changed without a record changing (a push left it): re-read counts.
    void notifyOutboxChanged();

signals:
    void recordChanged(const QString &kind, const QString &id);
    void unsentChangesChanged();
    void lockedChanged();

private:
    QVariantMap result(const QString &kind, const std::string &id,
                       const std::optional<model::ValidationError> &error) const;
    // A job-match step's result, its refusal in the UI language.
    QVariantMap stepResult(const QString &kind, const match::StepResult &r) const;
    // Why the user may not make these changes of a record of kind (creating it or changing
    // it), as a result map; empty when allowed.
    QVariantMap refusal(const QString &kind, const QStringList &fields, bool creating) const;
    // refusedBecause: set to why the file rule refused the file, in the UI language.
    store::WriteResult attachBytes(const QString &ownerKind, const std::string &ownerId,
                                   const QUrl &file, const QString &caption, model::FileUse use,
                                   QString *refusedBecause);
    static QString fileRefusalText(const model::FileRefusal &refusal);

    store::Store *m_store;
    bool m_locked = false;
    std::function<model::Role()> m_role;
    std::function<QString()> m_signerName;
};

} // namespace bro
