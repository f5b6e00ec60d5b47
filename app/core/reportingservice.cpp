#include "reportingservice.h"

#include "domain/reportclient.h"
#include "domain/reportingjourneys.h"
#include "domain/labels.h"
#include "reports/reportexport.h"
#include "reports/reportingtext.h"
#include "store/store.h"

#include <bro/model/reportfigures.h>
#include <bro/model/validation.h>
#include <bro/sync/transport.h>

#include <QCollator>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace bro {

using namespace model::reporting;
using Json = nlohmann::json;

namespace {

QVariantMap outcome(bool ok, const QString &field = {}, const QString &message = {})
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("field"), field},
            {QStringLiteral("message"), message}};
}

QString fetchProblem(ReportFetch::Outcome o)
{
    switch (o) {
    case ReportFetch::Outcome::Ok:
        return {};
    case ReportFetch::Outcome::Unreachable:
        return QCoreApplication::translate("Reporting", "The server could not be reached.");
    case ReportFetch::Outcome::Unauthorized:
        return QCoreApplication::translate("Reporting", "The session has ended: log in again.");
    case ReportFetch::Outcome::Forbidden:
        return QCoreApplication::translate("Reporting",
                                           "Only a programme leader may see the municipality's "
                                           "figures.");
    case ReportFetch::Outcome::BadRequest:
    case ReportFetch::Outcome::BadReply:
        return QCoreApplication::translate("Reporting", "The server's answer was not a report.");
    }
    return {};
}

} // namespace

ReportingService::ReportingService(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_year(QDate::currentDate().year())
{
    m_transportFactory = [this]() -> std::unique_ptr<sync::Transport> {
        return std::make_unique<sync::CurlTransport>(sync::CurlOptions{
            .baseUrl = m_store->meta("server"), .caFile = m_store->meta("ca_file")});
    };
}

ReportingService::~ReportingService()
{
    if (m_fetchThread)
        m_fetchThread->wait();
}

void ReportingService::setYear(int year)
{
    year = std::clamp(year, 2000, 2100);
    if (year == m_year)
        return;
    m_year = year;
    if (leader())
        m_fetched.reset(); // another year's figures: fetch them
    emit changed();
}

QString ReportingService::asOf() const
{
    return m_asOf.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : m_asOf;
}

void ReportingService::setAsOf(const QString &day)
{
    if (!day.isEmpty() && !model::isValidDate(day.toStdString()))
        return;
    m_asOf = day;
    emit changed();
}

bool ReportingService::leader() const
{
    return m_store->meta("role") == "leader";
}

void ReportingService::invalidate()
{
    m_state.reset();
    if (m_notifyPending)
        return;
    m_notifyPending = true;
    QTimer::singleShot(0, this, [this] {
        m_notifyPending = false;
        emit changed();
    });
}

const ReportingService::State &ReportingService::state() const
{
    if (m_state)
        return *m_state;
    auto s = std::make_unique<State>();
    s->collector = collectJourneys(*m_store);
    s->journeys = s->collector.journeys();
    for (std::size_t i = 0; i < s->journeys.size(); ++i)
        s->byParticipant[s->journeys[i].participantId] = i;
    for (const auto &p : m_store->list("participant"))
        s->names[p.value("id", std::string())] =
            QString::fromStdString(p.value("name", std::string()));
    m_state = std::move(s);
    return *m_state;
}

const Journey *ReportingService::journey(const QString &participantId) const
{
    const State &s = state();
    const auto it = s.byParticipant.find(participantId.toStdString());
    return it == s.byParticipant.end() ? nullptr : &s.journeys[it->second];
}

QVariantList ReportingService::caseload() const
{
    if (leader())
        return {};
    const State &s = state();
    struct Row
    {
        QString name;
        QVariantMap map;
    };
    std::vector<Row> rows;
    for (const Journey &j : s.journeys) {
        const Form f = deriveForm(j);
        const bool onFastTrack =
            !f.value(DateField::FastTrackStart).empty() ||
            (!j.trackHistory.empty() && j.trackHistory.back().value == "fast_track");
        if (!onFastTrack)
            continue;
        const QString name =
            s.names.count(j.participantId) ? s.names.at(j.participantId) : QString();
        rows.push_back({name,
                        {{QStringLiteral("participantId"), QString::fromStdString(j.participantId)},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("fastTrackStart"),
                          QString::fromStdString(f.value(DateField::FastTrackStart))},
                         {QStringLiteral("unconfirmed"), f.unconfirmed()},
                         {QStringLiteral("notices"), f.notices()}}});
    }
    QCollator collator{QLocale(QLocale::NorwegianBokmal, QLocale::Norway)};
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    QVariantList out;
    for (auto &r : rows)
        out.push_back(std::move(r.map));
    return out;
}

QVariantList ReportingService::form(const QString &participantId) const
{
    const Journey *j = leader() ? nullptr : journey(participantId);
    if (!j)
        return {};
    const Form f = deriveForm(*j);
    QVariantList out;
    for (const DateEntry &e : f.dates) {
        QString notice;
        if (e.sourceChanged)
            notice = e.proposal.date.empty()
                         ? tr("Changed since it was confirmed: Bro no longer proposes a date.")
                         : tr("Changed since it was confirmed: Bro now proposes %1, %2.")
                               .arg(QLocale().toString(
                                        QDate::fromString(QString::fromStdString(e.proposal.date),
                                                          Qt::ISODate),
                                        QLocale::ShortFormat),
                                    sourceText(e.proposal.source));
        out.push_back(
            QVariantMap{{QStringLiteral("field"), QString::fromLatin1(dateFieldName(e.field))},
                        {QStringLiteral("label"), dateFieldLabel(e.field)},
                        {QStringLiteral("value"), QString::fromStdString(e.value)},
                        {QStringLiteral("proposedDate"), QString::fromStdString(e.proposal.date)},
                        {QStringLiteral("source"), sourceText(e.proposal.source)},
                        {QStringLiteral("sourceKind"),
                         QString::fromLatin1(sourceKindName(e.proposal.source.kind))},
                        {QStringLiteral("confirmed"), e.confirmation.confirmed()},
                        {QStringLiteral("overridden"), e.overridden},
                        {QStringLiteral("sourceChanged"), e.sourceChanged},
                        {QStringLiteral("notice"), notice}});
    }
    return out;
}

QVariantMap ReportingService::write(const QString &participantId, const QString &fieldName,
                                    const std::function<Json(const Form &, DateField)> &changes)
{
    const auto field = dateFieldFromName(fieldName.toStdString());
    if (!field)
        return outcome(false, fieldName,
                       tr("%1 is not a date of the reporting form.").arg(fieldName));
    const Journey *j = leader() ? nullptr : journey(participantId);
    if (!j)
        return outcome(false, QStringLiteral("participant_id"),
                       tr("There is no such participant on this device."));
    Json fields = changes(deriveForm(*j), *field);
    const std::string recordId = state().collector.confirmationRecord(participantId.toStdString());
    store::WriteResult r;
    if (recordId.empty()) {
        fields["participant_id"] = participantId.toStdString();
        r = m_store->create("reporting", fields);
    } else {
        r = m_store->update("reporting", recordId, fields);
    }
    invalidate();
    if (!r.ok())
        return outcome(false, QString::fromStdString(r.error->field),
                       localizedError(QStringLiteral("reporting"), *r.error));
    return outcome(true, fieldName);
}

QVariantMap ReportingService::confirm(const QString &participantId, const QString &field)
{
    return write(participantId, field, [](const Form &f, DateField d) {
        return confirmationChanges(f, d, f.at(d).proposal.date);
    });
}

QVariantMap ReportingService::setDate(const QString &participantId, const QString &field,
                                      const QString &date)
{
    const std::string value = date.trimmed().toStdString();
    return write(participantId, field,
                 [&](const Form &f, DateField d) { return confirmationChanges(f, d, value); });
}

QVariantMap ReportingService::clearConfirmation(const QString &participantId, const QString &field)
{
    return write(participantId, field,
                 [](const Form &, DateField d) { return clearConfirmationChanges(d); });
}

Report ReportingService::report() const
{
    if (leader())
        return m_fetched.value_or(Report{});
    return caseloadReport(state().journeys, fromYear(), m_year, asOf().toStdString());
}

QString ReportingService::scope() const
{
    return QString::fromStdString(report().scope);
}

QString ReportingService::hiddenExplanation() const
{
    return bro::hiddenExplanation();
}

QVariantList ReportingService::figures() const
{
    const Report r = report();
    QVariantList out;
    if (r.years.empty())
        return out;
    for (Figure f : kFigures) {
        QVariantList values;
        QString text;
        for (const ProtectedYear &y : r.years) {
            const ProtectedFigure &pf = y.at(f);
            values.push_back(
                QVariantMap{{QStringLiteral("year"), y.year},
                            {QStringLiteral("label"), QString::number(y.year)},
                            {QStringLiteral("value"), pf.value ? QVariant(*pf.value) : QVariant()},
                            {QStringLiteral("hidden"), pf.hidden},
                            {QStringLiteral("text"), figureText(pf)}});
            if (y.year == m_year)
                text = figureText(pf);
        }
        out.push_back(QVariantMap{{QStringLiteral("figure"), QString::fromLatin1(figureName(f))},
                                  {QStringLiteral("label"), figureLabel(f)},
                                  {QStringLiteral("unit"), unitLabel(figureUnit(f))},
                                  {QStringLiteral("text"), text},
                                  {QStringLiteral("values"), values}});
    }
    return out;
}

QString ReportingService::exportPath(const QString &fileOrUrl, const QString &suffix) const
{
    if (!fileOrUrl.isEmpty()) {
        const QUrl url(fileOrUrl);
        return url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("bro-rapport-%1.%2").arg(m_year).arg(suffix));
}

QVariantMap ReportingService::exportCsv(const QString &fileOrUrl)
{
    const QString path = exportPath(fileOrUrl, QStringLiteral("csv"));
    QString error;
    const bool ok = writeReportCsv(report(), path, &error);
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("path"), path},
            {QStringLiteral("message"), error}};
}

QVariantMap ReportingService::exportPdf(const QString &fileOrUrl)
{
    const QString path = exportPath(fileOrUrl, QStringLiteral("pdf"));
    QString error;
    const bool ok = writeReportPdf(report(), path, m_year, &error);
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("path"), path},
            {QStringLiteral("message"), error}};
}

void ReportingService::setTransportFactory(
    std::function<std::unique_ptr<sync::Transport>()> factory)
{
    m_transportFactory = std::move(factory);
}

void ReportingService::fetch()
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_fetchError.clear();
    emit fetchingChanged();
    auto transport = std::shared_ptr<sync::Transport>(m_transportFactory());
    const std::string token = m_store->meta("token");
    const int year = m_year, from = fromYear();
    QPointer<ReportingService> self(this);
    QThread *thread = QThread::create([self, transport, token, year, from] {
        ReportFetch result = fetchReport(*transport, token, year, from);
        QMetaObject::invokeMethod(
            qApp,
            [self, result = std::move(result), year] {
                if (!self)
                    return;
                self->m_fetching = false;
                self->m_fetchError = fetchProblem(result.outcome);
                if (result.report && year == self->m_year)
                    self->m_fetched = result.report;
                emit self->fetchingChanged();
                emit self->changed();
                emit self->fetched(result.outcome == ReportFetch::Outcome::Ok);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_fetchThread = thread;
    thread->start();
}

} // namespace bro
