#include "trainingbookservice.h"

#include "goalimport.h"
#include "store/store.h"
#include "trainingbook.h"
#include "trainingbookpdf.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace bro {

namespace {
QPointer<TrainingBookService> s_instance;
} // namespace

TrainingBookService::TrainingBookService(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void TrainingBookService::setInstance(TrainingBookService *instance)
{
    s_instance = instance;
}

TrainingBookService *TrainingBookService::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    // The object belongs to main(), not to the engine.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString TrainingBookService::defaultPdfPath(const QString &bookId) const
{
    QString name;
    if (const auto book = m_store->get("training_book", bookId.toStdString()))
        if (const auto p =
                m_store->get("participant", book->value("participant_id", std::string())))
            name = QString::fromStdString(p->value("name", std::string()));
    // A file name that every file system takes.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString file = QStringLiteral("Opplæringsbok %1 %2.pdf")
                             .arg(name, QDate::currentDate().toString(Qt::ISODate))
                             .simplified();
    return QDir(dir).filePath(file);
}

QVariantMap TrainingBookService::exportPdf(const QString &bookId, const QString &filePathOrUrl)
{
    QString path = filePathOrUrl;
    if (const QUrl url(filePathOrUrl); url.isLocalFile())
        path = url.toLocalFile();
    if (path.isEmpty())
        path = defaultPdfPath(bookId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    const bool ok = writeTrainingBookPdf(*m_store, bookId.toStdString(), path, &error);
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("path"), ok ? QFileInfo(path).absoluteFilePath() : QString()},
            {QStringLiteral("message"),
             ok ? tr("The training book was saved as %1").arg(QFileInfo(path).fileName()) : error}};
}

QVariantList TrainingBookService::sampleGoalLists() const
{
    QVariantList out;
    for (const auto &s : bro::sampleGoalLists())
        out.push_back(QVariantMap{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("name"), s.name},
                                  {QStringLiteral("trade"), s.trade},
                                  {QStringLiteral("count"), s.count}});
    return out;
}

QVariantMap TrainingBookService::importGoals(const QString &bookId,
                                             const QString &sourceIdOrFileUrl)
{
    const GoalImportResult r = bro::importGoals(*m_store, bookId.toStdString(), sourceIdOrFileUrl);
    QString message = r.error;
    if (r.ok)
        message = r.skipped == 0
                      ? tr("%n competence goal(s) added", nullptr, r.added)
                      : tr("%n competence goal(s) added", nullptr, r.added) + QStringLiteral("; ") +
                            tr("%n already in the book", nullptr, r.skipped);
    return {{QStringLiteral("ok"), r.ok},
            {QStringLiteral("added"), r.added},
            {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("message"), message}};
}

QVariantMap TrainingBookService::progress(const QString &bookId) const
{
    const GoalProgress p = goalProgress(*m_store, bookId.toStdString());
    return {{QStringLiteral("total"), p.total},
            {QStringLiteral("achieved"), p.achieved},
            {QStringLiteral("inProgress"), p.inProgress},
            {QStringLiteral("notStarted"), p.notStarted}};
}

} // namespace bro
