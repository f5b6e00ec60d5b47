// Small numbers protected (Statistics Norway's rule), applied to the figures before anything is
// shown, exported or sent: the only form in which figures leave reportfigures.h.
//
//  1. Primary: a count below 3 (0, 1 or 2 participants or companies) is hidden, and so is a
//     mean computed from fewer than 3 participants. A hidden figure is shown as ":".
//  2. Secondary: where figures add up, a hidden one must not be recomputable from the others.
//     The additive groups are
//        work_participants      = work_over_70 + work_under_70
//        programme_participants = fast_track_participants + (programme participants without a
//                                 fast track, a count that is never shown)
//     When exactly one value of a group is unknown to a reader (hidden, or never shown) and
//     it is below 3, the smallest figure of the group still shown is hidden as well (on a tie,
//     a part before the total). Repeated until nothing changes.
//  3. Derived: the share is hidden when its numerator or denominator is hidden (with one of
//     them shown it would give the other away).
// A hidden figure carries no value at all: it cannot leak through any output.
//
// Output: JSON (the server's answer) and CSV (UTF-8, ';'-separated, decimal comma, as
// Norwegian spreadsheets expect; one row per figure and year).
#pragma once

#include "bro/model/reportfigures.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bro::model::reporting {

inline constexpr int kMinimumCount = 3;
inline constexpr const char *kHidden = ":";

struct ProtectedFigure
{
    Figure figure = Figure::FastTrackParticipants;
    std::optional<double> value; // nullopt: hidden (or nothing to compute)
    bool hidden = false;
};

struct ProtectedYear
{
    int year = 0;
    std::array<ProtectedFigure, kFigureCount> figures;
    [[nodiscard]] const ProtectedFigure &at(Figure f) const { return figures[std::size_t(f)]; }
};

// The report as it may be shown and sent.
struct Report
{
    std::string scope; // what it covers: a municipality's name, or "" for a caseload
    std::string asOf;  // "YYYY-MM-DD"
    std::vector<ProtectedYear> years;
};

[[nodiscard]] ProtectedYear protect(const YearFigures &figures);
[[nodiscard]] Report protect(const std::vector<YearFigures> &figures, std::string scope,
                             std::string asOf);

// The text of a figure's value: ":" when hidden, "" when there is nothing (a mean of nobody
// that is not hidden cannot occur: see protect()), whole numbers for counts, one decimal for
// shares and means, with the given decimal separator.
[[nodiscard]] std::string formatValue(const ProtectedFigure &figure, char decimalSeparator = ',');

// {"scope", "as_of", "years": [{"year", "figures": {name: number or ":"}}]}
[[nodiscard]] nlohmann::json reportToJson(const Report &report);
// Reads a report written by reportToJson (what the server sent); nullopt with *error (naming
// the field) when it is not one. Values other than numbers and ":" are refused.
[[nodiscard]] std::optional<Report> reportFromJson(const nlohmann::json &json,
                                                   std::string *error = nullptr);

// "figure;year;value;unit" (and ";label" when label is given: the figure's name in the
// reader's language), then one row per figure and year, figures in their order, years
// ascending. UTF-8 with a byte order mark (so that spreadsheets read æøå), CRLF line ends.
[[nodiscard]] std::string reportToCsv(const Report &report,
                                      const std::function<std::string(Figure)> &label = {});

} // namespace bro::model::reporting
