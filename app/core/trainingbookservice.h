// The training book as QML sees it beyond plain records: the PDF export, competence goals
// imported from a trade's list, and the progress of the goals.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace bro::store {
class Store;
}

namespace bro {

class TrainingBookService : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(TrainingBooks)
    QML_SINGLETON

public:
    explicit TrainingBookService(store::Store *store, QObject *parent = nullptr);

    // The instance main() built; QML_SINGLETON's factory returns it.
    static void setInstance(TrainingBookService *instance);
    static TrainingBookService *create(QQmlEngine *, QJSEngine *);

    // Writes the book as a PDF to a file path or file:// URL (empty: a new file in the
    // documents folder). {ok, path, message}; message in the UI language.
    Q_INVOKABLE QVariantMap exportPdf(const QString &bookId, const QString &filePathOrUrl);
    // The goal lists bundled with the app: [{id, name, trade, count}].
    Q_INVOKABLE QVariantList sampleGoalLists() const;
    // Imports the goals of a bundled list (its id) or a CSV/JSON file (path or file:// URL),
    // all or nothing. {ok, added, skipped, message}.
    Q_INVOKABLE QVariantMap importGoals(const QString &bookId, const QString &sourceIdOrFileUrl);
    // The goals by their latest assessment: {total, achieved, inProgress, notStarted}.
    Q_INVOKABLE QVariantMap progress(const QString &bookId) const;

    // Where exportPdf writes when given no path.
    [[nodiscard]] QString defaultPdfPath(const QString &bookId) const;

private:
    store::Store *m_store;
};

} // namespace bro
