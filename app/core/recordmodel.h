// A list of records of one kind for QML: optionally only those under a parent record,
// filtered by text and sorted by a field (ties, and a list without one, by record id: the
// order the records were made in, the same on every device). Updates itself row by row when
// the store changes.
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

namespace bro::model {
struct KindSpec;
}

namespace bro {

class RecordService;

class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(RecordModel)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString parentId READ parentId WRITE setParentId NOTIFY parentIdChanged)
    // Every record of the kind whatever its parent (a mentor's list of training books);
    // otherwise a kind that lives under a parent lists nothing until parentId is set.
    Q_PROPERTY(bool allParents READ allParents WRITE setAllParents NOTIFY allParentsChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString sortField READ sortField WRITE setSortField NOTIFY sortFieldChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY descendingChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, RecordRole, FirstFieldRole };

    explicit RecordListModel(QObject *parent = nullptr);
    // For C++ use and tests; QML gets the service through the Records singleton.
    explicit RecordListModel(RecordService *service, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString parentId() const { return m_parentId; }
    void setParentId(const QString &id);
    [[nodiscard]] bool allParents() const { return m_allParents; }
    void setAllParents(bool all);
    [[nodiscard]] QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString sortField() const { return m_sortField; }
    void setSortField(const QString &field);
    [[nodiscard]] bool descending() const { return m_descending; }
    void setDescending(bool descending);
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_all.size()); }

    // The record at a row as a map (fields plus "id"); empty for a bad row.
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString &id) const;
    Q_INVOKABLE void reload();

signals:
    void kindChanged();
    void parentIdChanged();
    void filterTextChanged();
    void allParentsChanged();
    void sortFieldChanged();
    void descendingChanged();
    void countChanged();

private:
    struct Row
    {
        QString id;
        QVariantList values; // by field index of the kind
        QString searchKey;   // folded title, for filtering
    };

    void attach(RecordService *service);
    void onRecordChanged(const QString &kind, const QString &id);
    void rebuildVisible();
    [[nodiscard]] bool matches(const Row &row) const;
    [[nodiscard]] bool lessThan(const Row &a, const Row &b) const;
    [[nodiscard]] bool lessThan(const Row &a, const Row &b, int sortField) const;
    [[nodiscard]] Row makeRow(const QVariantMap &record) const;
    [[nodiscard]] Row makeRow(QString id, QVariantList values) const;
    [[nodiscard]] int fieldIndex(const QString &field) const;

    RecordService *m_service = nullptr;
    const model::KindSpec *m_spec = nullptr;
    QString m_kind;
    QString m_parentId;
    QString m_filter;
    QString m_sortField;
    bool m_descending = false;
    bool m_allParents = false;
    bool m_componentReady = false;
    std::vector<Row> m_all;     // every record of the kind under the parent
    std::vector<int> m_visible; // indices into m_all after filter and sort
    QHash<int, QByteArray> m_roles;
};

} // namespace bro
