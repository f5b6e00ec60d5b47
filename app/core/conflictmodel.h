// The conflicts on the device for the review screen: for each, whose record it is (the
// participant), which record and field, and the version shown and the version kept aside, side
// by side.
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace bro {

class SyncController;

class ConflictModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindLabelRole,
        RecordIdRole,
        TitleRole,
        ParticipantNameRole,
        FieldRole,
        FieldLabelRole,
        ReasonRole,
        ReasonTextRole,
        ShownRole,
        OtherRole,
        ResolvableRole,
    };

    explicit ConflictModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE void reload();

signals:
    void countChanged();

private:
    struct Row
    {
        QString kind, recordId, title, participantName, field, reason;
        QVariant shown, other;
    };
    std::vector<Row> m_rows;
};

} // namespace bro
