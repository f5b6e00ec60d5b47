#include "recordmodel.h"

#include "jsonvariant.h"
#include "recordservice.h"
#include "store/store.h"

#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QCollator>

#include <algorithm>

namespace bro {

RecordListModel::RecordListModel(QObject *parent)
    : RecordListModel(RecordService::instance(), parent)
{}

RecordListModel::RecordListModel(RecordService *service, QObject *parent)
    : QAbstractListModel(parent)
{
    attach(service);
}

void RecordListModel::attach(RecordService *service)
{
    m_service = service;
    if (m_service)
        connect(m_service, &RecordService::recordChanged, this, &RecordListModel::onRecordChanged);
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row =
        m_all[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(index.row())])];
    if (role == IdRole)
        return row.id;
    if (role == RecordRole)
        return get(index.row());
    if (role == Qt::DisplayRole) {
        const int t = m_spec ? fieldIndex(QString::fromStdString(m_spec->titleField)) : -1;
        return t >= 0 ? row.values.value(t) : QVariant(row.id);
    }
    const int field = role - FirstFieldRole;
    if (field >= 0 && field < row.values.size())
        return row.values.at(field);
    return {};
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return m_roles;
}

void RecordListModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_spec = model::findKind(kind.toStdString());
    m_roles = {{Qt::DisplayRole, "display"}, {IdRole, "recordId"}, {RecordRole, "record"}};
    if (m_spec) {
        int r = FirstFieldRole;
        for (const auto &f : m_spec->fields)
            m_roles.insert(r++, QByteArray::fromStdString(f.name));
    }
    emit kindChanged();
    reload();
}

void RecordListModel::setParentId(const QString &id)
{
    if (id == m_parentId)
        return;
    m_parentId = id;
    emit parentIdChanged();
    reload();
}

void RecordListModel::setAllParents(bool all)
{
    if (all == m_allParents)
        return;
    m_allParents = all;
    emit allParentsChanged();
    reload();
}

void RecordListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    emit filterTextChanged();
    beginResetModel();
    rebuildVisible();
    endResetModel();
    emit countChanged();
}

void RecordListModel::setSortField(const QString &field)
{
    if (field == m_sortField)
        return;
    m_sortField = field;
    emit sortFieldChanged();
    beginResetModel();
    rebuildVisible();
    endResetModel();
}

void RecordListModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    emit descendingChanged();
    beginResetModel();
    rebuildVisible();
    endResetModel();
}

int RecordListModel::fieldIndex(const QString &field) const
{
    if (!m_spec)
        return -1;
    const std::string name = field.toStdString();
    for (std::size_t i = 0; i < m_spec->fields.size(); ++i)
        if (m_spec->fields[i].name == name)
            return static_cast<int>(i);
    return -1;
}

RecordListModel::Row RecordListModel::makeRow(const QVariantMap &record) const
{
    QVariantList values;
    values.reserve(static_cast<int>(m_spec->fields.size()));
    for (const auto &f : m_spec->fields)
        values.append(record.value(QString::fromStdString(f.name)));
    return makeRow(record.value(QStringLiteral("id")).toString(), std::move(values));
}

RecordListModel::Row RecordListModel::makeRow(QString id, QVariantList values) const
{
    Row row;
    row.id = std::move(id);
    row.values = std::move(values);
    const int t = fieldIndex(QString::fromStdString(m_spec->titleField));
    if (t >= 0)
        row.searchKey = row.values.at(t).toString().toCaseFolded();
    return row;
}

void RecordListModel::reload()
{
    beginResetModel();
    m_all.clear();
    if (m_spec && m_service) {
        const bool needsParent = !m_spec->parentField.empty();
        if (!needsParent || m_allParents || !m_parentId.isEmpty()) {
            const auto rows = m_service->store()->list(
                m_spec->name, needsParent && !m_allParents ? m_parentId.toStdString() : "");
            m_all.reserve(rows.size());
            // Straight from the JSON to the row's values (no map per record in between: a
            // logbook of 2,000 entries is read when its page opens).
            for (const auto &r : rows) {
                QVariantList values;
                values.reserve(static_cast<int>(m_spec->fields.size()));
                for (const auto &f : m_spec->fields) {
                    const auto it = r.find(f.name);
                    values.append(it == r.end() ? QVariant() : toVariant(*it));
                }
                const auto id = r.find("id");
                m_all.push_back(makeRow(id == r.end() ? QString() : toVariant(*id).toString(),
                                        std::move(values)));
            }
        }
    }
    rebuildVisible();
    endResetModel();
    emit countChanged();
}

bool RecordListModel::matches(const Row &row) const
{
    if (m_filter.isEmpty())
        return true;
    const QStringList words = m_filter.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(),
                       [&](const QString &w) { return row.searchKey.contains(w); });
}

bool RecordListModel::lessThan(const Row &a, const Row &b) const
{
    return lessThan(a, b, fieldIndex(m_sortField));
}

bool RecordListModel::lessThan(const Row &a, const Row &b, int f) const
{
    // The record id breaks ties (and orders a list without a sort field): ids are UUIDv7, made
    // where the record was made and ordered by that time, so every device lists the same
    // records in the same order, whatever order it received them in.
    int cmp = 0;
    if (f >= 0) {
        static thread_local QCollator collator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        const QVariant va = a.values.at(f), vb = b.values.at(f);
        if (va.typeId() == QMetaType::QString || vb.typeId() == QMetaType::QString) {
            cmp = collator.compare(va.toString(), vb.toString());
        } else {
            const auto order = QVariant::compare(va, vb);
            cmp = order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
        }
    }
    if (cmp == 0)
        cmp = a.id.compare(b.id);
    return m_descending ? cmp > 0 : cmp < 0;
}

void RecordListModel::rebuildVisible()
{
    m_visible.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i)
        if (matches(m_all[i]))
            m_visible.push_back(static_cast<int>(i));
    const int f = fieldIndex(m_sortField);
    std::stable_sort(m_visible.begin(), m_visible.end(), [this, f](int a, int b) {
        return lessThan(m_all[static_cast<std::size_t>(a)], m_all[static_cast<std::size_t>(b)], f);
    });
}

void RecordListModel::onRecordChanged(const QString &kind, const QString &id)
{
    if (!m_spec || kind != m_kind)
        return;
    const QVariantMap record = m_service->get(kind, id);
    const bool belongs =
        !record.isEmpty() &&
        (m_spec->parentField.empty() || m_allParents ||
         record.value(QString::fromStdString(m_spec->parentField)).toString() == m_parentId);
    auto it = std::find_if(m_all.begin(), m_all.end(), [&](const Row &r) { return r.id == id; });
    if (it == m_all.end() && !belongs)
        return;

    const int allIndex = it == m_all.end() ? -1 : static_cast<int>(it - m_all.begin());
    const auto visibleIt = std::find(m_visible.begin(), m_visible.end(), allIndex);
    const int oldPos = allIndex >= 0 && visibleIt != m_visible.end()
                           ? static_cast<int>(visibleIt - m_visible.begin())
                           : -1;

    // One record changed in place and keeps its place: a plain dataChanged keeps views steady.
    if (oldPos >= 0 && belongs) {
        Row updated = makeRow(record);
        const bool stays =
            matches(updated) &&
            (oldPos == 0 ||
             !lessThan(updated, m_all[std::size_t(m_visible[std::size_t(oldPos - 1)])])) &&
            (oldPos + 1 >= int(m_visible.size()) ||
             !lessThan(m_all[std::size_t(m_visible[std::size_t(oldPos + 1)])], updated));
        if (stays) {
            *it = std::move(updated);
            emit dataChanged(index(oldPos), index(oldPos));
            return;
        }
    }

    if (oldPos >= 0) {
        beginRemoveRows({}, oldPos, oldPos);
        m_visible.erase(m_visible.begin() + oldPos);
        endRemoveRows();
    }
    int rowIndex = allIndex;
    if (!belongs) {
        m_all.erase(it);
        for (int &v : m_visible)
            if (v > allIndex)
                --v;
        emit countChanged();
        return;
    }
    if (allIndex >= 0) {
        *it = makeRow(record);
    } else {
        m_all.push_back(makeRow(record));
        rowIndex = static_cast<int>(m_all.size()) - 1;
    }
    const Row &row = m_all[std::size_t(rowIndex)];
    if (matches(row)) {
        auto pos =
            std::upper_bound(m_visible.begin(), m_visible.end(), rowIndex, [this](int a, int b) {
                return lessThan(m_all[std::size_t(a)], m_all[std::size_t(b)]);
            });
        const int newPos = static_cast<int>(pos - m_visible.begin());
        beginInsertRows({}, newPos, newPos);
        m_visible.insert(pos, rowIndex);
        endInsertRows();
    }
    emit countChanged();
}

QVariantMap RecordListModel::get(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_visible.size()) || !m_spec)
        return {};
    const Row &r = m_all[static_cast<std::size_t>(m_visible[static_cast<std::size_t>(row)])];
    QVariantMap map;
    map.insert(QStringLiteral("id"), r.id);
    for (std::size_t i = 0; i < m_spec->fields.size(); ++i)
        map.insert(QString::fromStdString(m_spec->fields[i].name), r.values.at(int(i)));
    return map;
}

int RecordListModel::indexOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        if (m_all[static_cast<std::size_t>(m_visible[i])].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace bro
