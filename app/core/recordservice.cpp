#include "recordservice.h"

#include "domain/labels.h"
#include "domain/openactions.h"
#include "jsonvariant.h"
#include "store/store.h"

#include <bro/sync/blobs.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>

namespace bro {

RecordService::RecordService(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_store->setChangeListener([this](const std::string &kind, const std::string &id) {
        emit recordChanged(QString::fromStdString(kind), QString::fromStdString(id));
        emit unsentChangesChanged();
    });
}

RecordService::~RecordService()
{
    m_store->setChangeListener({});
}

QVariantMap RecordService::result(const QString &kind, const std::string &id,
                                  const std::optional<model::ValidationError> &error) const
{
    QVariantMap r;
    r.insert(QStringLiteral("ok"), !error.has_value());
    r.insert(QStringLiteral("id"), QString::fromStdString(id));
    r.insert(QStringLiteral("field"), error ? QString::fromStdString(error->field) : QString());
    r.insert(QStringLiteral("message"), error ? localizedError(kind, *error) : QString());
    return r;
}

namespace {
// Unknown field names are passed through as strings so that the store names them.
nlohmann::json fieldsToJson(const QString &kind, const QVariantMap &fields)
{
    nlohmann::json out = nlohmann::json::object();
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::string name = it.key().toStdString();
        const model::FieldSpec *f = spec ? spec->field(name) : nullptr;
        out[name] =
            f ? toJson(*f, it.value()) : nlohmann::json(it.value().toString().toStdString());
    }
    return out;
}
} // namespace

QVariantMap RecordService::attachImage(const QString &ownerKind, const QString &ownerId,
                                       const QVariant &image, const QString &caption)
{
    const QImage img = image.value<QImage>();
    if (img.isNull())
        return result(QStringLiteral("attachment"), {},
                      model::ValidationError{model::ErrorCode::Required,
                                             "file_name",
                                             "file_name: there is no image to attach",
                                             {}});
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    const auto r = m_store->attach({{"owner_kind", ownerKind.toStdString()},
                                    {"owner_id", ownerId.toStdString()},
                                    {"file_name", caption.toStdString() + ".png"},
                                    {"mime_type", "image/png"},
                                    {"caption", caption.toStdString()}},
                                   std::string_view(png.constData(), std::size_t(png.size())));
    return result(QStringLiteral("attachment"), r.id, r.error);
}

QVariantMap RecordService::attachFile(const QString &ownerKind, const QString &ownerId,
                                      const QUrl &file, const QString &caption)
{
    const auto refuse = [&](const std::string &reason) {
        return result(QStringLiteral("attachment"), {},
                      model::ValidationError{
                          model::ErrorCode::BadFormat, "file_name", "file_name: " + reason, {}});
    };
    QFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!f.open(QIODevice::ReadOnly))
        return refuse("the file cannot be read");
    if (f.size() > sync::kMaxAttachmentBytes)
        return refuse("the file is larger than " + std::to_string(sync::kMaxAttachmentBytes >> 20) +
                      " MiB");
    const QByteArray bytes = f.readAll();
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    if (!mime.startsWith(QLatin1String("image/")) && mime != QLatin1String("application/pdf"))
        return refuse("only photos (images) and PDF files can be attached");
    const auto r = m_store->attach({{"owner_kind", ownerKind.toStdString()},
                                    {"owner_id", ownerId.toStdString()},
                                    {"file_name", QFileInfo(f.fileName()).fileName().toStdString()},
                                    {"mime_type", mime.toStdString()},
                                    {"caption", caption.toStdString()}},
                                   std::string_view(bytes.constData(), std::size_t(bytes.size())));
    return result(QStringLiteral("attachment"), r.id, r.error);
}

QString RecordService::titleField(const QString &kind) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    return spec ? QString::fromStdString(spec->titleField) : QString();
}

QString RecordService::fieldType(const QString &kind, const QString &field) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    const model::FieldSpec *f = spec ? spec->field(field.toStdString()) : nullptr;
    if (!f)
        return {};
    switch (f->type) {
    case model::FieldType::Text:
        return QStringLiteral("text");
    case model::FieldType::FreeText:
        return QStringLiteral("freeText");
    case model::FieldType::Date:
        return QStringLiteral("date");
    case model::FieldType::DateTime:
        return QStringLiteral("dateTime");
    case model::FieldType::Integer:
        return QStringLiteral("integer");
    case model::FieldType::Decimal:
        return QStringLiteral("decimal");
    case model::FieldType::Boolean:
        return QStringLiteral("boolean");
    case model::FieldType::Enum:
        return QStringLiteral("enum");
    case model::FieldType::Reference:
        return QStringLiteral("reference");
    case model::FieldType::Sha256:
        return QStringLiteral("sha256");
    }
    return {};
}

QVariantList RecordService::openActions(const QString &participantId) const
{
    QVariantList out;
    const auto open = openAgreedActions(*m_store);
    if (auto it = open.find(participantId.toStdString()); it != open.end())
        for (const auto &a : it->second)
            out.append(toVariantMap(a));
    return out;
}

QVariantList RecordService::children(const QString &kind, const QString &parentId) const
{
    QVariantList out;
    if (parentId.isEmpty())
        return out;
    for (const auto &r : m_store->list(kind.toStdString(), parentId.toStdString()))
        out.append(toVariantMap(r));
    return out;
}

QVariantMap RecordService::create(const QString &kind, const QVariantMap &fields)
{
    const auto r = m_store->create(kind.toStdString(), fieldsToJson(kind, fields));
    return result(kind, r.id, r.error);
}

QVariantMap RecordService::update(const QString &kind, const QString &id,
                                  const QVariantMap &changes)
{
    const auto r =
        m_store->update(kind.toStdString(), id.toStdString(), fieldsToJson(kind, changes));
    return result(kind, r.id, r.error);
}

QVariantMap RecordService::remove(const QString &kind, const QString &id)
{
    const auto r = m_store->remove(kind.toStdString(), id.toStdString());
    return result(kind, r.id, r.error);
}

QVariantMap RecordService::get(const QString &kind, const QString &id) const
{
    if (auto rec = m_store->get(kind.toStdString(), id.toStdString()))
        return toVariantMap(*rec);
    return {};
}

QVariantMap RecordService::firstChild(const QString &kind, const QString &parentId) const
{
    if (parentId.isEmpty())
        return {};
    const auto rows = m_store->list(kind.toStdString(), parentId.toStdString());
    return rows.empty() ? QVariantMap() : toVariantMap(rows.front());
}

QString RecordService::kindLabel(const QString &kind) const
{
    return bro::kindLabel(kind);
}

QString RecordService::label(const QString &kind, const QString &field) const
{
    return fieldLabel(kind, field);
}

QString RecordService::optionLabel(const QString &kind, const QString &field,
                                   const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    return bro::optionLabel(kind, field, value.toString());
}

QVariantList RecordService::options(const QString &kind, const QString &field) const
{
    QVariantList out;
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    const model::FieldSpec *f = spec ? spec->field(field.toStdString()) : nullptr;
    if (!f)
        return out;
    for (const auto &v : f->values) {
        const QString value = QString::fromStdString(v);
        out.append(QVariantMap{{QStringLiteral("value"), value},
                               {QStringLiteral("label"), bro::optionLabel(kind, field, value)}});
    }
    return out;
}

bool RecordService::isRequired(const QString &kind, const QString &field) const
{
    const model::KindSpec *spec = model::findKind(kind.toStdString());
    const model::FieldSpec *f = spec ? spec->field(field.toStdString()) : nullptr;
    return f && f->required;
}

int RecordService::unsentChanges() const
{
    return m_store->outboxSize();
}

QString RecordService::deviceId() const
{
    return QString::fromStdString(m_store->deviceId());
}

} // namespace bro
