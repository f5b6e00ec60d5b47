// The fast track's figures per year (seed 001, "Verktøy 2": the aggregates the reporting form
// makes possible), computed from the forms of a set of participants (an adviser's caseload on
// the device, a municipality on the server). Pure, Qt-free; raw figures here, the protected
// ones that may be shown or sent are in reportdisclosure.h.
//
// Definitions (each participant counts at most once per figure and year):
//  * Dates are the reported values of the form (reporting.h). A date after the as-of day (the
//    day the figures are made) has not happened and counts as absent.
//  * A period counts in every year that holds at least one of its days, the first and the
//    last included. A period still open lasts until the as-of day.
//  * Durations are whole days from the first day to the last, shown in months of 365.2425/12
//    days. Only closed periods have a duration: an open one counts in the year it ends.
//  * The fast track of a participant starts on fast_track_start and ends on the first of
//    work (the earliest of work_over_70_start and work_under_70_start),
//    ended_fast_track_without_result and ended_programme_without_result that is not before
//    its start; open until then. It "ends in work" when work is that first end.
//  * The programme period runs from programme_start to the participant's programme_end (or
//    else ended_programme_without_result); open until then.
//
//  fast_track_participants      participants whose fast track counts in the year
//  programme_participants       participants whose programme period counts in the year, or
//                               whose fast track does (the fast track is part of the programme)
//  fast_track_share             100 * fast_track_participants / programme_participants (%)
//  mean_months_programme_before_fast_track
//                               over the participants whose fast track started in the year and
//                               whose programme started on or before that day: the mean of
//                               programme_start -> fast_track_start (months)
//  wage_subsidy_participants    participants whose wage subsidy during the fast track counts
//                               in the year: from the later of wage_subsidy_start and
//                               fast_track_start to the end of the fast track, if that start
//                               is not after the end
//  work_training_participants   the same for work training, which ends at the wage subsidy's
//                               start when the subsidy starts after it (else with the track)
//  work_participants            participants whose fast track ended in work in the year
//  work_over_70                 of those, the ones whose first work is over 70 % (its start is
//                               work_over_70_start; a tie with work_under_70_start goes here)
//  work_under_70                the others: work_over_70 + work_under_70 = work_participants
//  mean_months_fast_track_before_work
//                               over work_participants: fast_track_start -> work (months)
//  mean_months_subsidy_or_training_before_work
//                               over the work_participants with a wage subsidy or work
//                               training that started on or before work: from the earlier of
//                               the two (not before fast_track_start) to work (months)
//  companies                    distinct employers (case and spacing ignored) of training
//                               books, wage-subsidy measures (not cancelled) and employments
//                               that count in the year (from their start to their end date,
//                               open without one; no start date: not counted) of the
//                               participants whose fast track counts in the year
#pragma once

#include "bro/model/reporting.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::model::reporting {

enum class Figure : std::uint8_t {
    FastTrackParticipants,
    ProgrammeParticipants,
    FastTrackShare,
    MeanMonthsProgrammeBeforeFastTrack,
    WageSubsidyParticipants,
    WorkTrainingParticipants,
    WorkParticipants,
    WorkOver70,
    WorkUnder70,
    MeanMonthsFastTrackBeforeWork,
    MeanMonthsSubsidyOrTrainingBeforeWork,
    Companies,
};
inline constexpr std::size_t kFigureCount = 12;
inline constexpr std::array<Figure, kFigureCount> kFigures = {
    Figure::FastTrackParticipants,
    Figure::ProgrammeParticipants,
    Figure::FastTrackShare,
    Figure::MeanMonthsProgrammeBeforeFastTrack,
    Figure::WageSubsidyParticipants,
    Figure::WorkTrainingParticipants,
    Figure::WorkParticipants,
    Figure::WorkOver70,
    Figure::WorkUnder70,
    Figure::MeanMonthsFastTrackBeforeWork,
    Figure::MeanMonthsSubsidyOrTrainingBeforeWork,
    Figure::Companies};

enum class Unit : std::uint8_t { Count, Percent, Months };

[[nodiscard]] const char *figureName(Figure figure); // "fast_track_participants", ...
[[nodiscard]] std::optional<Figure> figureFromName(std::string_view name);
[[nodiscard]] Unit figureUnit(Figure figure);
[[nodiscard]] const char *unitName(Unit unit); // "count", "percent", "months"

// A mean and how many participants it is computed from.
struct Mean
{
    double sumDays = 0;
    int n = 0;
    [[nodiscard]] std::optional<double> months() const;
};

// One year's figures before any protection: never shown or sent as they are.
struct YearFigures
{
    int year = 0;
    int fastTrack = 0;
    int programme = 0;
    Mean programmeBeforeFastTrack;
    int wageSubsidy = 0;
    int workTraining = 0;
    int work = 0;
    int workOver70 = 0;
    int workUnder70 = 0;
    Mean fastTrackBeforeWork;
    Mean subsidyOrTrainingBeforeWork;
    int companies = 0;

    // The figure's value (counts as whole numbers, the share in %, means in months); nullopt
    // for a share of nobody or a mean of nobody.
    [[nodiscard]] std::optional<double> value(Figure figure) const;
};

// What one participant's form says about a year (the definitions above), for tests and the
// figures alike.
struct Periods
{
    std::optional<std::int64_t> fastTrackStart, fastTrackEnd; // end: nullopt while open
    std::optional<std::int64_t> programmeStart, programmeEnd;
    std::optional<std::int64_t> work; // set only when the fast track ended in work
    bool workOver70 = false;
    std::optional<std::int64_t> wageSubsidyStart, wageSubsidyEnd;
    std::optional<std::int64_t> workTrainingStart, workTrainingEnd;
};
[[nodiscard]] Periods periodsOf(const Journey &journey, const Form &form, std::int64_t asOfDay);

// The figures of the given years over a set of journeys (their forms derived here), as of a
// day ("YYYY-MM-DD", normally today).
[[nodiscard]] std::vector<YearFigures> computeFigures(const std::vector<Journey> &journeys,
                                                      int fromYear, int toYear,
                                                      const std::string &asOf);

// Which figures are asked for: the years fromYear..year (2000..2100, at most kMaxReportYears,
// fromYear by default four years before year) as of a day ("YYYY-MM-DD", by default today).
struct ReportQuery
{
    int year = 0;
    int fromYear = 0;
    std::string asOf;
};
inline constexpr int kMaxReportYears = 20;
// The query from its text ("" when not given; today: the default as-of day); nullopt with
// *error naming the parameter and the reason ("year: must be a year from 2000 to 2100").
[[nodiscard]] std::optional<ReportQuery>
parseReportQuery(const std::string &year, const std::string &from, const std::string &asOf,
                 const std::string &today, std::string *error);

// A name as it is compared (employers for Figure::Companies, municipalities on the server):
// trimmed, inner spacing collapsed, ASCII and Latin-1 capitals (Æ Ø Å among them) lower-cased.
[[nodiscard]] std::string normalisedName(std::string_view name);

} // namespace bro::model::reporting
