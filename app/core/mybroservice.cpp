#include "mybroservice.h"

#include "appcontroller.h"
#include "jsonvariant.h"
#include "recordservice.h"
#include "session.h"

#include "domain/bridge.h"
#include "domain/pictograms.h"
#include "domain/selfevaluation.h"
#include "domain/trailclient.h"
#include "store/store.h"

#include <bro/sync/transport.h>

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <QThread>

namespace bro {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QStringList qsList(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << qs(s);
    return out;
}

QString trailProblem(TrailFetch::Outcome o)
{
    switch (o) {
    case TrailFetch::Outcome::Ok:
        return {};
    case TrailFetch::Outcome::Unreachable:
        return QCoreApplication::translate("MyBro", "No network now. Try again later.");
    case TrailFetch::Outcome::Unauthorized:
        return QCoreApplication::translate("MyBro", "Log in again.");
    case TrailFetch::Outcome::Forbidden:
        return QCoreApplication::translate("MyBro", "Only you can see who opened your file.");
    case TrailFetch::Outcome::BadReply:
        return QCoreApplication::translate("MyBro", "Something went wrong. Try again later.");
    }
    return {};
}

} // namespace

MyBroService::MyBroService(store::Store *store, RecordService *records, Session *session,
                           AppController *app, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_records(records)
    , m_session(session)
    , m_app(app)
{
    connect(m_records, &RecordService::recordChanged, this, [this](const QString &kind) {
        ++m_revision;
        emit revisionChanged();
        if (kind == QLatin1String("participant"))
            emit participantChanged();
    });
    connect(m_session, &Session::roleChanged, this, &MyBroService::participantChanged);
    connect(m_session, &Session::handOverChanged, this, &MyBroService::participantChanged);
    connect(m_app, &AppController::languageChanged, this, [this] {
        ++m_revision; // the labels are read again in the new language
        emit revisionChanged();
    });
}

MyBroService::~MyBroService() = default;

bool MyBroService::active() const
{
    return !participantId().isEmpty();
}

QString MyBroService::participantId() const
{
    if (m_session->handOver() && m_session->handOverSection() == QLatin1String("participant"))
        return m_session->handOverArgs().value(QStringLiteral("participantId")).toString();
    if (m_session->roleValue() != model::Role::Participant)
        return {};
    // A participant's device holds one participant: their own (the server sends no other).
    // (A demo device holds them all: the one whose name the session carries.)
    const auto all = m_store->list("participant", {});
    for (const auto &p : all)
        if (qs(p.value("name", std::string())) == m_session->displayName())
            return qs(p.value("id", std::string()));
    return all.empty() ? QString() : qs(all.front().value("id", std::string()));
}

QVariantMap MyBroService::bridge(const QString &participantId) const
{
    const auto v = loadBridge(*m_store, participantId.toStdString(),
                              QDate::currentDate().toString(Qt::ISODate).toStdString());
    if (!v)
        return {};
    QVariantMap m;
    m.insert(QStringLiteral("participantId"), qs(v->participantId));
    m.insert(QStringLiteral("name"), qs(v->participantName));
    m.insert(QStringLiteral("planId"), qs(v->planId));
    m.insert(QStringLiteral("goal"), qs(v->goal));
    m.insert(QStringLiteral("goalPictogram"), qs(goalPictogram(v->goal)));
    m.insert(QStringLiteral("goalInMyWords"), qs(v->goalInMyWords));
    m.insert(QStringLiteral("otherLanguages"), qs(v->otherLanguages));
    m.insert(QStringLiteral("norwegianLevel"), qs(v->norwegianLevel));
    m.insert(QStringLiteral("education"), qsList(v->education));
    QVariantList work;
    for (std::size_t i = 0; i < v->work.size(); ++i)
        work.append(QVariantMap{{QStringLiteral("text"), qs(v->work[i])},
                                {QStringLiteral("years"), v->workYears[i]}});
    m.insert(QStringLiteral("work"), work);
    QVariantList planks;
    for (std::size_t i = 0; i < v->planks.size(); ++i) {
        const Plank &p = v->planks[i];
        const char *state = plankStateName(p.state);
        planks.append(QVariantMap{
            {QStringLiteral("id"), qs(p.measureId)},
            {QStringLiteral("type"), qs(p.type)},
            {QStringLiteral("pictogram"), qs(bro::pictogram("measure", p.type))},
            {QStringLiteral("description"), qs(p.description)},
            {QStringLiteral("startDate"), qs(p.startDate)},
            {QStringLiteral("endDate"), qs(p.endDate)},
            {QStringLiteral("note"), qs(p.participantNote)},
            {QStringLiteral("state"), QString::fromLatin1(state)},
            {QStringLiteral("statePictogram"), qs(bro::pictogram("state", state))},
            {QStringLiteral("current"), int(i) == v->current},
        });
    }
    m.insert(QStringLiteral("planks"), planks);
    m.insert(QStringLiteral("current"), v->current);
    QVariantMap meeting;
    if (!v->nextMeetingDate.empty()) {
        meeting.insert(QStringLiteral("type"), qs(v->nextMeetingType));
        meeting.insert(QStringLiteral("date"), qs(v->nextMeetingDate));
    }
    m.insert(QStringLiteral("nextMeeting"), meeting);
    m.insert(QStringLiteral("agreed"), qsList(v->agreed));
    m.insert(QStringLiteral("hours"), v->hoursLogged);
    m.insert(QStringLiteral("goalsReached"), v->goalsReached);
    m.insert(QStringLiteral("goalsTotal"), v->goalsTotal);
    return m;
}

QVariantList MyBroService::selfEvaluations(const QString &participantId) const
{
    QVariantList out;
    if (participantId.isEmpty())
        return out;
    for (const auto &e : bro::selfEvaluations(*m_store, participantId.toStdString())) {
        QVariantMap m = toVariantMap(e);
        m.insert(QStringLiteral("needsTalk"), needsTalk(e));
        out.append(m);
    }
    return out;
}

int MyBroService::selfEvaluationsNeedingTalk(const QString &participantId) const
{
    int n = 0;
    if (!participantId.isEmpty())
        for (const auto &e : bro::selfEvaluations(*m_store, participantId.toStdString()))
            n += needsTalk(e) ? 1 : 0;
    return n;
}

QVariantMap MyBroService::addSelfEvaluation(const QString &participantId,
                                            const QVariantMap &answers)
{
    QVariantMap fields;
    for (const QString &q : questions())
        if (answers.contains(q) && answers.value(q).isValid() &&
            !answers.value(q).toString().isEmpty())
            fields.insert(q, answers.value(q));
    const QString text = answers.value(QStringLiteral("text")).toString().trimmed();
    if (!text.isEmpty())
        fields.insert(QStringLiteral("text"), text);
    fields.insert(QStringLiteral("participant_id"), participantId);
    fields.insert(QStringLiteral("written_on"), QDate::currentDate().toString(Qt::ISODate));
    fields.insert(QStringLiteral("language"), m_app->language()); // a code, never a label
    return m_records->create(QStringLiteral("self_evaluation"), fields);
}

QStringList MyBroService::questions() const
{
    return qsList(selfEvaluationQuestions());
}

QString MyBroService::pictogram(const QString &category, const QString &value) const
{
    return qs(bro::pictogram(category.toStdString(), value.toStdString()));
}

void MyBroService::fetchTrail()
{
    if (m_trailBusy)
        return;
    m_trailBusy = true;
    m_trailError.clear();
    emit trailChanged();
    auto transport = std::shared_ptr<sync::Transport>(std::make_unique<sync::CurlTransport>(
        sync::CurlOptions{.baseUrl = m_store->meta("server"), .caFile = m_store->meta("ca_file")}));
    const std::string token = m_store->meta("token");
    QPointer<MyBroService> self(this);
    QThread *thread = QThread::create([self, transport, token] {
        TrailFetch result = bro::fetchTrail(*transport, token);
        QMetaObject::invokeMethod(
            qApp,
            [self, result = std::move(result)] {
                if (!self)
                    return;
                self->m_trailBusy = false;
                self->m_trailError = trailProblem(result.outcome);
                QVariantList list;
                for (const auto &e : result.entries)
                    list.append(QVariantMap{
                        {QStringLiteral("at"), QVariant::fromValue<qint64>(e.at)},
                        {QStringLiteral("action"), qs(e.action)},
                        {QStringLiteral("role"), qs(e.role)},
                        {QStringLiteral("name"), qs(e.name)},
                        {QStringLiteral("kinds"), qsList(e.kinds)}});
                if (result.outcome == TrailFetch::Outcome::Ok)
                    self->m_trail = list;
                emit self->trailChanged();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace bro
