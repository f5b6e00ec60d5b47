// Dates as people read and type them. Records hold ISO dates ("1991-03-14") and UTC moments
// ("2026-09-01T15:30:00Z"); people see and type them one way per UI language, on every screen
// and in every document:
//   bokmål  "14.03.1991" (typed dd.mm.åååå, also d.m.åååå)
//   English "14/03/1991" (typed dd/mm/yyyy; either separator is accepted in both languages)
// ISO dates typed as such are accepted too. A year has four digits: "14.03.91" is refused
// rather than guessed.
#pragma once

#include <QString>

#include <optional>

namespace bro::dates {

// "nb" or "en" (the UI languages, see AppController); anything else reads as bokmål.
[[nodiscard]] QString format(const QString &isoDate, const QString &language);
// A moment (UTC) as the local date it fell on.
[[nodiscard]] QString formatMoment(const QString &isoMoment, const QString &language);
// How a date is typed, for placeholders and messages: "DD.MM.ÅÅÅÅ" or "DD/MM/YYYY".
[[nodiscard]] QString inputPattern(const QString &language);
// What a person typed as an ISO date, or nullopt if it is not a real calendar day in one of
// the accepted forms (surrounding spaces are ignored).
[[nodiscard]] std::optional<QString> parse(const QString &typed);

} // namespace bro::dates
