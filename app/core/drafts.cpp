#include "drafts.h"

#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bro {

namespace {

std::string metaKey(const QString &key)
{
    return "draft:" + key.toStdString();
}
} // namespace

Drafts::Drafts(store::Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QString Drafts::key(const QString &kind, const QString &id, const QString &form) const
{
    return kind + QLatin1Char('/') + id + (form.isEmpty() ? QString() : QLatin1Char('/') + form);
}

QString Drafts::newKey(const QString &kind, const QString &parentId, const QString &variant) const
{
    return QStringLiteral("new/") + kind + QLatin1Char('/') + parentId +
           (variant.isEmpty() ? QString() : QLatin1Char('/') + variant);
}

void Drafts::save(const QString &key, const QVariantMap &values)
{
    if (key.isEmpty())
        return;
    const QByteArray json =
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact);
    m_store->setMeta(metaKey(key), json.toStdString());
}

QVariantMap Drafts::load(const QString &key) const
{
    const std::string json = m_store->meta(metaKey(key));
    if (json.empty())
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object().toVariantMap();
}

bool Drafts::has(const QString &key) const
{
    return !m_store->meta(metaKey(key)).empty();
}

void Drafts::clear(const QString &key)
{
    m_store->setMeta(metaKey(key), {}); // an empty draft is no draft
}

} // namespace bro
