// Human-readable, translated names for record kinds, fields, enum values and validation
// errors. The single source for every form and message in the UI.
#pragma once

#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QString>

class QTranslator;

namespace bro {

[[nodiscard]] QString kindLabel(const QString &kind);
[[nodiscard]] QString fieldLabel(const QString &kind, const QString &field);
// The field's name in the language of the given translation (documents written in bokmål
// whatever the UI language).
[[nodiscard]] QString fieldLabelIn(const QTranslator &translation, const QString &kind,
                                   const QString &field);
[[nodiscard]] QString optionLabel(const QString &kind, const QString &field, const QString &value);
// The error in the UI language, naming the field by its label and giving the reason.
[[nodiscard]] QString localizedError(const QString &kind, const model::ValidationError &error);

} // namespace bro
