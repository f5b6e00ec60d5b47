#include "conflictmodel.h"

#include "domain/labels.h"
#include "domain/owner.h"
#include "jsonvariant.h"
#include "recordservice.h"
#include "store/store.h"
#include "synccontroller.h"

namespace bro {

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (auto *sync = SyncController::instance())
        connect(sync, &SyncController::conflictsChanged, this, &ConflictModel::reload);
    reload();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    return {{KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {RecordIdRole, "recordId"},
            {TitleRole, "recordTitle"},
            {ParticipantNameRole, "participantName"},
            {FieldRole, "field"},
            {FieldLabelRole, "fieldLabel"},
            {ReasonRole, "reason"},
            {ReasonTextRole, "reasonText"},
            {ShownRole, "shown"},
            {OtherRole, "other"},
            {ResolvableRole, "resolvable"}};
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case KindRole:
        return r.kind;
    case KindLabelRole:
        return kindLabel(r.kind);
    case RecordIdRole:
        return r.recordId;
    case TitleRole:
        return r.title;
    case ParticipantNameRole:
        return r.participantName;
    case FieldRole:
        return r.field;
    case FieldLabelRole:
        return fieldLabel(r.kind, r.field);
    case ReasonRole:
        return r.reason;
    case ReasonTextRole:
        if (r.reason == QLatin1String("concurrent_text"))
            return tr("Changed on two devices at the same time. Choose one text, or write one "
                      "from both.");
        if (r.reason == QLatin1String("edited_after_delete"))
            return tr("Changed on another device after it was deleted. It stays deleted; the "
                      "change is kept here.");
        return tr("Changed after it was signed off. The signed version stands; the change is "
                  "kept here.");
    case ShownRole:
        return r.shown;
    case OtherRole:
        return r.other;
    case ResolvableRole:
        return r.reason == QLatin1String("concurrent_text");
    }
    return {};
}

void ConflictModel::reload()
{
    auto *records = RecordService::instance();
    beginResetModel();
    m_rows.clear();
    if (records) {
        for (const auto &c : records->store()->conflicts()) {
            Row row;
            row.kind = QString::fromStdString(c.kind);
            row.recordId = QString::fromStdString(c.id);
            row.field = QString::fromStdString(c.conflict.field);
            row.reason = QLatin1String(sync::conflictReasonName(c.conflict.reason));
            row.shown = toVariant(c.current);
            row.other = toVariant(c.conflict.value);
            const auto *spec = model::findKind(c.kind);
            if (spec && !spec->titleField.empty()) {
                const QVariantMap rec = records->get(row.kind, row.recordId);
                row.title = rec.value(QString::fromStdString(spec->titleField)).toString();
            }
            if (const auto p = records->store()->get(
                    "participant", participantOf(*records->store(), c.kind, c.id)))
                row.participantName = QString::fromStdString(p->value("name", std::string()));
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    emit countChanged();
}

} // namespace bro
