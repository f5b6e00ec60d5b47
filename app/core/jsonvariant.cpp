#include "jsonvariant.h"

#include <QJSValue>
#include <QString>

namespace bro {

using model::FieldType;

nlohmann::json toJson(const model::FieldSpec &field, const QVariant &input)
{
    QVariant value = input;
    if (value.userType() == qMetaTypeId<QJSValue>())
        value = value.value<QJSValue>().toVariant();
    if (!value.isValid() || value.isNull())
        return nullptr;

    const bool isText = value.typeId() == QMetaType::QString;
    const QString text = isText ? value.toString() : QString();
    if (isText && text.trimmed().isEmpty() && field.type != FieldType::FreeText &&
        field.type != FieldType::Text)
        return nullptr;
    if (isText && text.isEmpty())
        return nullptr;

    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Decimal: {
        bool ok = false;
        double d = 0;
        if (isText) {
            QString t = text.trimmed();
            t.replace(QLatin1Char(','), QLatin1Char('.'));
            d = t.toDouble(&ok);
        } else if (value.canConvert<double>() && value.typeId() != QMetaType::Bool) {
            d = value.toDouble(&ok);
        }
        if (!ok)
            return isText ? nlohmann::json(text.toStdString()) : nlohmann::json(nullptr);
        if (field.type == FieldType::Integer && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return d;
    }
    case FieldType::Boolean:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        if (isText)
            return text.toStdString();
        return value.toInt() != 0;
    default:
        if (isText)
            return text.toStdString();
        return value.toString().toStdString();
    }
}

QVariant toVariant(const nlohmann::json &v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        return QVariant();
    case nlohmann::json::value_t::boolean:
        return v.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return QVariant::fromValue(v.get<qint64>());
    case nlohmann::json::value_t::number_float:
        return v.get<double>();
    case nlohmann::json::value_t::string:
        return QString::fromStdString(v.get<std::string>());
    default:
        return QString::fromStdString(v.dump());
    }
}

QVariantMap toVariantMap(const nlohmann::json &record)
{
    QVariantMap map;
    for (const auto &[key, value] : record.items())
        map.insert(QString::fromStdString(key), toVariant(value));
    return map;
}

} // namespace bro
