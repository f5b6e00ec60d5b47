#include "jobmatchservice.h"

#include "domain/dates.h"
#include "domain/introcv.h"
#include "domain/jobmatch.h"
#include "domain/jobmatchtext.h"
#include "domain/matchstart.h"
#include "reports/introcvpdf.h"
#include "store/store.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <map>
#include <set>

namespace bro {

namespace {

using Json = nlohmann::json;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString str(const Json &r, const char *field)
{
    auto it = r.find(field);
    return it != r.end() && it->is_string() ? q(it->get<std::string>()) : QString();
}

std::string today()
{
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

bool good(match::ReasonCode c)
{
    using C = match::ReasonCode;
    switch (c) {
    case C::ExperienceFull:
    case C::ExperienceShort:
    case C::ExperienceInformal:
    case C::TrainingInTrade:
    case C::PlanGoal:
    case C::NorwegianMet:
    case C::QualificationInPlace:
    case C::QualificationPartly:
    case C::AvailableNow:
    case C::AvailableSoon:
        return true;
    default:
        return false;
    }
}

QVariantList reasons(const match::Match &m, match::Lang lang)
{
    QVariantList out;
    for (const auto &r : m.reasons)
        out.push_back(QVariantMap{{"code", QString::fromLatin1(match::codeName(r.code))},
                                  {"text", q(match::reasonText(r, lang))},
                                  {"points", r.points},
                                  {"good", good(r.code)}});
    return out;
}

} // namespace

JobMatchService::JobMatchService(store::Store *store, std::function<QString()> language,
                                 QString exportDirectory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_language(std::move(language))
    , m_exportDirectory(std::move(exportDirectory))
{}

QVariantList JobMatchService::employers() const
{
    const Json records = m_store->dump();
    const auto needs = match::needsFrom(records);
    std::vector<Json> list;
    for (const auto &e : records.value("employer", Json::array()))
        if (!e.value("deleted", false))
            list.push_back(e);
    std::sort(list.begin(), list.end(), [](const Json &a, const Json &b) {
        return str(a, "name").localeAwareCompare(str(b, "name")) < 0;
    });
    QVariantList out;
    for (const auto &e : list) {
        int open = 0;
        for (const auto &n : needs)
            open += n.employerId == e.value("id", std::string()) && (n.status == "open" || n.status == "in_progress");
        out.push_back(QVariantMap{{"id", str(e, "id")},
                                  {"name", str(e, "name")},
                                  {"organisation_number", str(e, "organisation_number")},
                                  {"municipality", str(e, "municipality")},
                                  {"contact_person", str(e, "contact_person")},
                                  {"contact_phone", str(e, "contact_phone")},
                                  {"needs", open}});
    }
    return out;
}

QVariantList JobMatchService::needs(const QString &employerId) const
{
    const match::Lang lang = m_language() == QLatin1String("en") ? match::Lang::En : match::Lang::Nb;
    QVariantList out;
    for (const auto &n : match::needsFrom(m_store->dump())) {
        if (!employerId.isEmpty() && q(n.employerId) != employerId)
            continue;
        QStringList requirements;
        for (const auto &[skill, level] : n.norwegian)
            requirements << q(level + " " + match::skillText(skill, lang));
        if (!n.qualification.empty() && n.qualification != "none")
            requirements << q(match::qualificationText(n.qualification, lang)) +
                                (n.qualificationField.empty() ? QString() : QStringLiteral(" (") + q(n.qualificationField) + QLatin1Char(')'));
        out.push_back(QVariantMap{{"id", q(n.id)},
                                  {"employer_id", q(n.employerId)},
                                  {"employer", q(n.employerName)},
                                  {"occupation", q(n.occupation)},
                                  {"positions", n.positions},
                                  {"status", q(n.status)},
                                  {"start_date", q(n.startDate)},
                                  {"wage_subsidy_offered", n.wageSubsidyOffered},
                                  {"mentor_offered", n.mentorOffered},
                                  {"requirements", requirements}});
    }
    return out;
}

QVariantList JobMatchService::candidates(const QString &needId) const
{
    const match::Lang lang = m_language() == QLatin1String("en") ? match::Lang::En : match::Lang::Nb;
    const Json records = m_store->dump();
    const auto needs = match::needsFrom(records);
    auto need = std::find_if(needs.begin(), needs.end(), [&](const match::Need &n) { return q(n.id) == needId; });
    QVariantList out;
    if (need == needs.end())
        return out;
    for (const auto &m : match::rankCandidates(*need, match::candidatesFrom(records, today()), today()))
        out.push_back(QVariantMap{
            {"participant_id", q(m.participantId)},
            {"name", q(m.participantName)},
            {"score", m.score},
            {"reasons", reasons(m, lang)},
            {"meetings_planned", match::expectationMeetingsPlanned(*m_store, need->id, m.participantId)},
            {"started", match::trainingBookOpenAt(*m_store, m.participantId, need->employerName, today())}});
    return out;
}

QVariantList JobMatchService::needsFor(const QString &participantId) const
{
    const match::Lang lang = m_language() == QLatin1String("en") ? match::Lang::En : match::Lang::Nb;
    const Json records = m_store->dump();
    QVariantList out;
    for (const auto &c : match::candidatesFrom(records, today())) {
        if (q(c.id) != participantId)
            continue;
        for (const auto &m : match::rankNeeds(c, match::needsFrom(records), today()))
            out.push_back(QVariantMap{{"need_id", q(m.needId)},
                                      {"employer", q(m.employerName)},
                                      {"occupation", q(m.occupation)},
                                      {"score", m.score},
                                      {"reasons", reasons(m, lang)}});
    }
    return out;
}

QVariantMap JobMatchService::cvChoices(const QString &participantId) const
{
    const match::Lang lang = m_language() == QLatin1String("en") ? match::Lang::En : match::Lang::Nb;
    const bool nb = lang == match::Lang::Nb;
    const Json records = m_store->dump();
    const std::string pid = participantId.toStdString();
    const auto chosen = cv::build(records, pid);
    if (!chosen)
        return {};
    std::set<std::string> kept;
    for (const auto &f : chosen->facts) {
        kept.insert(f.recordId);
        for (const auto &g : f.items)
            kept.insert(g.recordId);
    }
    QString cvId;
    Json choice = Json::object();
    for (const auto &c : records.value("intro_cv", Json::array()))
        if (c.value("participant_id", std::string()) == pid && !c.value("deleted", false)) {
            cvId = str(c, "id");
            choice = c;
        }
    QVariantList sections;
    const auto offered = cv::offeredFacts(records, pid);
    for (cv::Section s : cv::offeredSections()) {
        const char *name = cv::sectionName(s);
        const bool included = !choice.contains(std::string("include_") + name) ||
                              !choice[std::string("include_") + name].is_boolean() ||
                              choice[std::string("include_") + name].get<bool>();
        QVariantList facts;
        for (const auto &f : offered) {
            if (f.section != s)
                continue;
            QString title, detail;
            switch (s) {
            case cv::Section::Education:
                title = str(f.values, "subject");
                detail = str(f.values, "country");
                break;
            case cv::Section::Work:
                title = str(f.values, "occupation");
                detail = str(f.values, "country");
                break;
            case cv::Section::Languages: {
                title = nb ? QStringLiteral("Norsk") : QStringLiteral("Norwegian");
                QStringList levels;
                for (const char *skill : {"listening", "reading", "speaking", "writing"})
                    if (const QString l = str(f.values, (std::string("norwegian_") + skill).c_str()); !l.isEmpty())
                        levels << q(match::skillText(skill, lang)) + QLatin1Char(' ') + l;
                detail = levels.join(QStringLiteral(", "));
                break;
            }
            case cv::Section::Training:
                title = str(f.values, "workplace").isEmpty() ? str(f.values, "employer") : str(f.values, "workplace");
                detail = QString::number(f.items.size()) + (nb ? QStringLiteral(" mål oppnådd") : QStringLiteral(" goals reached"));
                break;
            }
            QStringList sources;
            for (const auto &src : f.sources)
                sources << sourceText(src, lang);
            facts.push_back(QVariantMap{{"id", q(f.recordId)},
                                        {"title", title},
                                        {"detail", detail},
                                        {"sources", sources},
                                        {"included", kept.count(f.recordId) > 0}});
        }
        static const std::map<std::string, std::pair<const char *, const char *>> titles{
            {"education", {"Utdanning", "Education"}},
            {"work", {"Arbeidserfaring", "Work experience"}},
            {"languages", {"Språk", "Languages"}},
            {"training", {"Arbeidstrening", "Work training"}}};
        const auto &t = titles.at(name);
        sections.push_back(QVariantMap{{"section", QString::fromLatin1(name)},
                                       {"title", QString::fromUtf8(nb ? t.first : t.second)},
                                       {"included", included},
                                       {"facts", facts}});
    }
    return QVariantMap{{"name", q(chosen->name)},
                       {"cv_id", cvId},
                       {"profile", q(chosen->profile)},
                       {"own_words", q(chosen->ownWords)},
                       {"sections", sections}};
}

QVariantMap JobMatchService::consent(const QString &participantId,
                                     const QString &organisationNumber) const
{
    const auto status = cv::consentStatus(m_store->dump(), participantId.toStdString(),
                                          organisationNumber.toStdString());
    const QString date = q(status.latest.givenOn);
    QString state, text;
    switch (status.state) {
    case cv::ConsentState::Given:
        state = QStringLiteral("given");
        text = tr("The participant agreed on %1 that the CV may be shared with this employer.")
                   .arg(date);
        break;
    case cv::ConsentState::Withdrawn:
        state = QStringLiteral("withdrawn");
        text = tr("The participant said no on %1: the CV is not shared with this employer.")
                   .arg(date);
        break;
    case cv::ConsentState::NotAsked:
        state = QStringLiteral("not_asked");
        text = tr("The participant has not been asked yet: the CV is not shared with this "
                  "employer before they agree.");
        break;
    case cv::ConsentState::BadNumber:
        state = QStringLiteral("bad_number");
        text = tr("Organisation number: it is not a valid Norwegian organisation number.");
        break;
    }
    return {{"state", state},
            {"given_on", date},
            {"recorded_by", q(status.latest.recordedBy)},
            {"text", text}};
}

QVariantMap JobMatchService::exportCv(const QString &participantId, const QString &language,
                                      const QString &organisationNumber)
{
    const Json records = m_store->dump();
    const std::string pid = participantId.toStdString();
    const auto chosen = cv::build(records, pid);
    if (!chosen)
        return {{"ok", false}, {"message", tr("There is no participant with this id")}};
    std::optional<cv::Consent> consent;
    if (!organisationNumber.isEmpty()) {
        consent = cv::consentFor(records, pid, organisationNumber.toStdString());
        if (!consent)
            return {{"ok", false},
                    {"field", QStringLiteral("consent")},
                    {"message", this->consent(participantId, organisationNumber)
                                    .value(QStringLiteral("text"))
                                    .toString()}};
    }
    QString dir = m_exportDirectory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      : m_exportDirectory;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("intro-cv-%1-%2.pdf").arg(participantId.left(8), language));
    QString error;
    if (!writeIntroCvPdf(*chosen, language == QLatin1String("en") ? match::Lang::En : match::Lang::Nb, path, consent, &error))
        return {{"ok", false}, {"message", error}};
    return {{"ok", true}, {"path", path}};
}

} // namespace bro
