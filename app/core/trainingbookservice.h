// The training book as QML sees it beyond plain records: the goals' latest assessments and
// progress (domain/trainingbookview.h, the same rules as the PDF), the rating areas of employer
// feedback, the PDF export and opening or sharing the PDF, and competence goals imported from a
// trade's list.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace bro::store {
class Store;
}

namespace bro {

class TrainingBookService : public QObject, public QmlSingleton<TrainingBookService>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TrainingBooks)
    QML_SINGLETON
    // The rating areas of employer feedback, in catalogue order ("attendance", ...).
    Q_PROPERTY(QStringList feedbackAreas READ feedbackAreas CONSTANT)

public:
    // exportDirectory: where exportPdf() writes when given no path (the app's own data
    // directory: the PDF holds a person's data); empty: the platform's app data location.
    explicit TrainingBookService(store::Store *store, QString exportDirectory = {},
                                 QObject *parent = nullptr);

    [[nodiscard]] QStringList feedbackAreas() const;

    // Writes the book as a PDF (readable by this user only) to a file path or file:// URL
    // (empty: a new file in the export directory). {ok, path, url, message}; message in the UI
    // language.
    Q_INVOKABLE QVariantMap exportPdf(const QString &bookId, const QString &filePathOrUrl);
    // Hands a written document to the platform: the desktop's viewer (QDesktopServices), the
    // share sheet on a phone. false if nothing could take it.
    Q_INVOKABLE bool openDocument(const QUrl &file);
    // The goal lists bundled with the app: [{id, name, trade, count}].
    Q_INVOKABLE QVariantList sampleGoalLists() const;
    // Imports the goals of a bundled list (its id) or a CSV/JSON file (path or file:// URL),
    // all or nothing. {ok, added, skipped, message}.
    Q_INVOKABLE QVariantMap importGoals(const QString &bookId, const QString &sourceIdOrFileUrl);
    // The goals by their latest assessment: {total, achieved, inProgress, notStarted,
    // achievedShare} (achievedShare: the filled part of a progress bar, 0..1).
    Q_INVOKABLE QVariantMap progress(const QString &bookId) const;
    // Whether an attachment record is a signature's image (shown with its signature, not as
    // evidence).
    Q_INVOKABLE bool isSignatureImage(const QVariantMap &attachment) const;
    // Goal id -> its latest assessment (a record map).
    Q_INVOKABLE QVariantMap latestAssessments(const QString &bookId) const;

    // Where exportPdf writes when given no path.
    [[nodiscard]] QString defaultPdfPath(const QString &bookId) const;
    // Replaces how openDocument() hands a file to the platform (tests).
    void setDocumentOpener(std::function<bool(const QUrl &)> opener);

private:
    store::Store *m_store;
    QString m_exportDirectory;
    std::function<bool(const QUrl &)> m_opener;
};

} // namespace bro
