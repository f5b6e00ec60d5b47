#include "caseloadmodel.h"

#include "domain/openactions.h"
#include "recordservice.h"
#include "store/store.h"

#include <QCollator>
#include <QDate>

#include <algorithm>
#include <map>

namespace bro {

QString foldForSearch(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters that do not decompose.
        switch (c.toLower().unicode()) {
        case u'ø':
            out += u'o';
            continue;
        case u'æ':
            out += QStringLiteral("ae");
            continue;
        default:
            out += c.toLower();
        }
    }
    return out;
}

CaseloadModel::CaseloadModel(QObject *parent)
    : CaseloadModel(RecordService::instance(), parent)
{}

CaseloadModel::CaseloadModel(RecordService *service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_today(QDate::currentDate().toString(Qt::ISODate))
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(50);
    connect(&m_reloadSoon, &QTimer::timeout, this, &CaseloadModel::reload);
    if (m_service) {
        connect(m_service, &RecordService::recordChanged, this, [this] { m_reloadSoon.start(); });
        connect(m_service, &RecordService::unsentChangesChanged, this,
                [this] { m_reloadSoon.start(); });
    }
    reload();
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r =
        m_all[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(index.row())])];
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case PhaseRole:
        return r.phase;
    case TrackRole:
        return r.track;
    case MunicipalityRole:
        return r.municipality;
    case LanguageRole:
        return r.language;
    case NextActionRole:
        return r.nextAction;
    case NextActionDateRole:
        return r.nextActionDate;
    case NextActionOverdueRole:
        return !r.nextActionDate.isEmpty() && r.nextActionDate < m_today;
    case UnsentRole:
        return r.unsent;
    case ConflictRole:
        return r.conflict;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseloadModel::roleNames() const
{
    return {{IdRole, "recordId"},
            {NameRole, "name"},
            {PhaseRole, "phase"},
            {TrackRole, "track"},
            {MunicipalityRole, "municipality"},
            {LanguageRole, "preferredLanguage"},
            {NextActionRole, "nextAction"},
            {NextActionDateRole, "nextActionDate"},
            {NextActionOverdueRole, "nextActionOverdue"},
            {UnsentRole, "unsent"},
            {ConflictRole, "conflict"}};
}

void CaseloadModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    emit filterChanged();
    refilter();
}

void CaseloadModel::setPhase(const QString &phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit filterChanged();
    refilter();
}

void CaseloadModel::setTrack(const QString &track)
{
    if (track == m_track)
        return;
    m_track = track;
    emit filterChanged();
    refilter();
}

QString CaseloadModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_all[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(row)])].id;
}

void CaseloadModel::reload()
{
    if (!m_service)
        return;
    const store::Store &store = *m_service->store();
    auto str = [](const nlohmann::json &j, const char *key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                : QString();
    };

    const auto open = openAgreedActions(store);
    const auto unsent = store.participantsWithUnsentChanges();
    const auto conflicts = store.participantsWithConflicts();

    std::vector<Row> rows;
    for (const auto &p : store.list("participant")) {
        Row r;
        const std::string id = p["id"];
        r.id = QString::fromStdString(id);
        r.name = str(p, "name");
        r.phase = str(p, "phase");
        r.track = str(p, "track");
        r.municipality = str(p, "municipality");
        r.language = str(p, "preferred_language");
        if (auto it = open.find(id); it != open.end()) {
            const nlohmann::json &next = it->second.front(); // the soonest
            r.nextAction = str(next, "text");
            r.nextActionDate = str(next, "due_date");
        }
        r.unsent = unsent.count(id) > 0;
        r.conflict = conflicts.count(id) > 0;
        r.searchKey = foldForSearch(r.name + u' ' + r.municipality + u' ' + r.language);
        rows.push_back(std::move(r));
    }
    QCollator collator{QLocale(QLocale::NorwegianBokmal)};
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        return collator.compare(a.name, b.name) < 0;
    });

    beginResetModel();
    m_all = std::move(rows);
    m_visible = visibleRows();
    endResetModel();
    emit countChanged();
}

bool CaseloadModel::matches(const Row &row, const QString &folded) const
{
    if (!m_phase.isEmpty() && row.phase != m_phase)
        return false;
    if (!m_track.isEmpty() && row.track != m_track)
        return false;
    if (folded.isEmpty())
        return true;
    // Every word must match the start of a word in the key.
    for (const auto &word : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        qsizetype at = row.searchKey.indexOf(word);
        bool found = false;
        while (at >= 0 && !found) {
            found = at == 0 || row.searchKey.at(at - 1) == u' ' || row.searchKey.at(at - 1) == u'-';
            if (!found)
                at = row.searchKey.indexOf(word, at + 1);
        }
        if (!found)
            return false;
    }
    return true;
}

std::vector<int> CaseloadModel::visibleRows() const
{
    const QString folded = foldForSearch(m_filter.trimmed());
    std::vector<int> visible;
    visible.reserve(m_all.size());
    for (std::size_t i = 0; i < m_all.size(); ++i)
        if (matches(m_all[i], folded))
            visible.push_back(static_cast<int>(i));
    return visible;
}

void CaseloadModel::refilter()
{
    const std::vector<int> visible = visibleRows();
    if (visible == m_visible)
        return;
    // To or from no rows there is no delegate to keep: one reset, after which a ListView's
    // count (and what is bound to it, such as an empty state) changes at once rather than at
    // the next polish.
    if (visible.empty() || m_visible.empty()) {
        beginResetModel();
        m_visible = visible;
        endResetModel();
        emit countChanged();
        return;
    }
    // Otherwise only the rows that leave or arrive are reported, in runs: the rows that stay keep
    // their delegates. (A reset makes a ListView destroy and re-create every delegate, reuseItems
    // or not, which took most of a frame per keystroke.) Both lists are ascending indices into
    // m_all, so after the removals the old list is a subsequence of the new one.
    std::vector<char> stays(m_all.size(), 0);
    for (const int i : visible)
        stays[static_cast<std::size_t>(i)] = 1;
    for (int last = static_cast<int>(m_visible.size()) - 1; last >= 0;) {
        if (stays[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(last)])]) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !stays[static_cast<std::size_t>(m_visible[std::size_t(first - 1)])])
            --first;
        beginRemoveRows({}, first, last);
        m_visible.erase(m_visible.begin() + first, m_visible.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
    std::size_t at = 0; // in m_visible
    for (std::size_t i = 0; i < visible.size();) {
        if (at < m_visible.size() && m_visible[at] == visible[i]) {
            ++at;
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < visible.size() && !(at < m_visible.size() && m_visible[at] == visible[end]))
            ++end;
        beginInsertRows({}, static_cast<int>(at), static_cast<int>(at + (end - i) - 1));
        m_visible.insert(m_visible.begin() + static_cast<std::ptrdiff_t>(at),
                         visible.begin() + static_cast<std::ptrdiff_t>(i),
                         visible.begin() + static_cast<std::ptrdiff_t>(end));
        endInsertRows();
        at += end - i;
        i = end;
    }
    emit countChanged();
}

} // namespace bro
