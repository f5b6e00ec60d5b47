#include "trainingbookservice.h"

#include "domain/goalimport.h"
#include "domain/trainingbookview.h"
#include "jsonvariant.h"
#include "reports/trainingbookpdf.h"
#include "store/store.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace bro {

TrainingBookService::TrainingBookService(store::Store *store, QString exportDirectory,
                                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_exportDirectory(std::move(exportDirectory))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    if (m_exportDirectory.isEmpty())
        m_exportDirectory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("exports"));
}

QStringList TrainingBookService::feedbackAreas() const
{
    QStringList out;
    for (const auto &a : bro::feedbackAreas())
        out.append(QString::fromStdString(a));
    return out;
}

void TrainingBookService::setDocumentOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
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
    // The document is in bokmål, and so is its name.
    const QString file = QStringLiteral("Opplæringsbok %1 %2.pdf")
                             .arg(name, QDate::currentDate().toString(Qt::ISODate))
                             .simplified();
    return QDir(m_exportDirectory).filePath(file);
}

QVariantMap TrainingBookService::exportPdf(const QString &bookId, const QString &filePathOrUrl)
{
    QString path = filePathOrUrl;
    if (const QUrl url(filePathOrUrl); url.isLocalFile())
        path = url.toLocalFile();
    if (path.isEmpty())
        path = defaultPdfPath(bookId);
    const QString dir = QFileInfo(path).absolutePath();
    // The export folder is the user's alone, like the files in it.
    if (QDir().mkpath(dir) && dir == QDir(m_exportDirectory).absolutePath())
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    QString error;
    const bool ok = writeTrainingBookPdf(*m_store, bookId.toStdString(), path, &error);
    const QString absolute = ok ? QFileInfo(path).absoluteFilePath() : QString();
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("path"), absolute},
            {QStringLiteral("url"), ok ? QUrl::fromLocalFile(absolute) : QUrl()},
            {QStringLiteral("message"),
             ok ? tr("The training book was saved as %1").arg(QFileInfo(path).fileName()) : error}};
}

bool TrainingBookService::openDocument(const QUrl &file)
{
    return file.isLocalFile() && QFileInfo::exists(file.toLocalFile()) && m_opener(file);
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
            {QStringLiteral("notStarted"), p.notStarted},
            {QStringLiteral("achievedShare"), p.achievedShare()}};
}

bool TrainingBookService::isSignatureImage(const QVariantMap &attachment) const
{
    return bro::isSignatureImage(
        {{"file_name", attachment.value(QStringLiteral("file_name")).toString().toStdString()}});
}

QVariantMap TrainingBookService::latestAssessments(const QString &bookId) const
{
    QVariantMap out;
    for (const auto &[goal, assessment] : bro::latestAssessments(*m_store, bookId.toStdString()))
        out.insert(QString::fromStdString(goal), toVariantMap(assessment));
    return out;
}

} // namespace bro
