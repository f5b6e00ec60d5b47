// The reporting form's and the figures' words in the UI language (Qt Linguist): what a figure
// is called, what its unit is, and where a proposed date comes from ("fra tiltaket
// Lønnstilskudd hos Elektro Nord AS"). Nothing here is stored: the model keeps sources as data.
#pragma once

#include <bro/model/reportdisclosure.h>
#include <bro/model/reporting.h>

#include <QString>

namespace bro {

[[nodiscard]] QString figureLabel(model::reporting::Figure figure);
// "%" or "months" in the UI language; "" for counts.
[[nodiscard]] QString unitLabel(model::reporting::Unit unit);
// The form's name of a date (the reporting record's field label).
[[nodiscard]] QString dateFieldLabel(model::reporting::DateField field);
// Where a proposal comes from, as a phrase: "from the measure Wage subsidy at Elektro Nord AS".
[[nodiscard]] QString sourceText(const model::reporting::Source &source);
// A figure's value as shown: ":" when hidden, decimals in the UI language's form.
[[nodiscard]] QString figureText(const model::reporting::ProtectedFigure &figure);
// What ":" means, for the screens and the PDF.
[[nodiscard]] QString hiddenExplanation();

} // namespace bro
