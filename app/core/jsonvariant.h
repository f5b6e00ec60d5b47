// Conversions between QML's QVariant values and the store's JSON values, per field type.
#pragma once

#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QVariant>

#include <nlohmann/json.hpp>

namespace bro {

// QML -> store. Empty strings become null (a cleared field); numbers typed as text, with a
// decimal comma or point, become numbers. Values that cannot be converted are passed on
// unchanged so that validation names the field and the reason.
[[nodiscard]] nlohmann::json toJson(const model::FieldSpec &field, const QVariant &value);

// store -> QML
[[nodiscard]] QVariant toVariant(const nlohmann::json &value);
[[nodiscard]] QVariantMap toVariantMap(const nlohmann::json &record);

} // namespace bro
