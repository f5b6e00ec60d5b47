// The job match and the Intro-CV as QML sees them (issue 15): the employers and their needs on
// this device, a need's candidates from the caseload ranked with their reasons in the UI
// language, a participant's open needs, the CV's sections and facts to choose from (never
// anything sensitive: domain/introcv.h) and its PDF. Reads the store; writes go through the
// record service like every edit. QML never sees SQL or HTTP.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace bro::store {
class Store;
}

namespace bro {

class JobMatchService : public QObject, public QmlSingleton<JobMatchService>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(JobMatch)
    QML_SINGLETON

public:
    // language: the UI language now ("nb" or "en").
    JobMatchService(store::Store *store, std::function<QString()> language,
                    QString exportDirectory = {}, QObject *parent = nullptr);

    // [{id, name, organisation_number, municipality, contact_person, contact_phone, needs}]
    // by name; needs: the employer's open needs.
    Q_INVOKABLE QVariantList employers() const;
    // The needs (of one employer, or all when employerId is empty): [{id, employer_id,
    // employer, occupation, positions, status, start_date, wage_subsidy_offered,
    // mentor_offered, requirements: [text]}].
    Q_INVOKABLE QVariantList needs(const QString &employerId) const;
    // A need's candidates, best first: [{participant_id, name, score, reasons: [{code, text,
    // points, good}], meetings_planned, started}] (domain/matchstart.h: the expectation
    // meetings for this need are planned; a training book at the employer is open).
    Q_INVOKABLE QVariantList candidates(const QString &needId) const;
    // A participant's open needs, best first: [{need_id, employer, occupation, score, reasons}].
    Q_INVOKABLE QVariantList needsFor(const QString &participantId) const;

    // What the CV may hold, to choose from: {name, cv_id, profile, own_words, sections:
    // [{section, title, included, facts: [{id, title, detail, sources: [text], included}]}]}.
    Q_INVOKABLE QVariantMap cvChoices(const QString &participantId) const;
    // Where the participant's consent to share the CV with the employer (organisation number)
    // stands, by the one rule of domain/introcv.h: {state: "given", "withdrawn", "not_asked" or
    // "bad_number", given_on, recorded_by, text (in the UI language)}.
    Q_INVOKABLE QVariantMap consent(const QString &participantId,
                                    const QString &organisationNumber) const;
    // Writes the CV (bokmål "nb" or English "en") as a PDF; for a named employer (organisation
    // number) only with the participant's consent (as bro-cli export-cv --for). {ok, path,
    // message}.
    Q_INVOKABLE QVariantMap exportCv(const QString &participantId, const QString &language,
                                     const QString &organisationNumber);

private:
    store::Store *m_store;
    std::function<QString()> m_language;
    QString m_exportDirectory;
};

} // namespace bro
