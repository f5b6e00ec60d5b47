// The adviser's caseload: every participant with their phase and track, the next agreed
// action and its date, and whether they have unsent changes or conflicts. Filtered by text,
// phase and track in memory, so that a keystroke re-filters 200 participants within a frame.
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimer>

#include <vector>

namespace bro {

class RecordService;

class CaseloadModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(QString phase READ phase WRITE setPhase NOTIFY filterChanged)
    Q_PROPERTY(QString track READ track WRITE setTrack NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PhaseRole,
        TrackRole,
        MunicipalityRole,
        LanguageRole,
        NextActionRole,
        NextActionDateRole,
        NextActionOverdueRole,
        UnsentRole,
        ConflictRole,
    };

    explicit CaseloadModel(QObject *parent = nullptr);
    explicit CaseloadModel(RecordService *service, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    [[nodiscard]] QString phase() const { return m_phase; }
    // "" for every phase, else one of the participant's phase values.
    void setPhase(const QString &phase);
    [[nodiscard]] QString track() const { return m_track; }
    void setTrack(const QString &track);
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_all.size()); }

    Q_INVOKABLE QString idAt(int row) const;
    // Reads the caseload from the store again (done by itself after changes).
    Q_INVOKABLE void reload();
    // "Today" for overdue actions, ISO date; tests and screenshots pin it.
    void setToday(const QString &isoDate) { m_today = isoDate; }

signals:
    void filterChanged();
    void countChanged();

private:
    struct Row
    {
        QString id, name, phase, track, municipality, language;
        QString nextAction, nextActionDate;
        bool unsent = false, conflict = false;
        QString searchKey; // folded name, municipality and language
    };

    void refilter();
    [[nodiscard]] std::vector<int> visibleRows() const;
    [[nodiscard]] bool matches(const Row &row, const QString &folded) const;

    RecordService *m_service = nullptr;
    QString m_filter, m_phase, m_track, m_today;
    std::vector<Row> m_all;     // sorted by name
    std::vector<int> m_visible; // indices into m_all
    QTimer m_reloadSoon;        // coalesces bursts of changes (a sync page of 500 records)
};

// Case- and accent-insensitive search key: "Åse Ødegård" -> "ase odegard".
[[nodiscard]] QString foldForSearch(const QString &text);

} // namespace bro
