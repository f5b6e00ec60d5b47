#include "bro/model/reportfigures.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string_view>
#include <unordered_set>

namespace bro::model::reporting {

namespace {

constexpr double kDaysPerMonth = 365.2425 / 12;

using Day = std::optional<std::int64_t>;

Day earliest(std::initializer_list<Day> days)
{
    Day best;
    for (const Day &d : days)
        if (d && (!best || *d < *best))
            best = d;
    return best;
}

// Whether the period [start, end] (open: until asOf) holds a day of [first, last].
bool counts(Day start, Day end, std::int64_t asOf, std::int64_t first, std::int64_t last)
{
    return start && *start <= last && end.value_or(asOf) >= first;
}

bool within(Day day, std::int64_t first, std::int64_t last)
{
    return day && *day >= first && *day <= last;
}

} // namespace

const char *figureName(Figure figure)
{
    switch (figure) {
    case Figure::FastTrackParticipants:
        return "fast_track_participants";
    case Figure::ProgrammeParticipants:
        return "programme_participants";
    case Figure::FastTrackShare:
        return "fast_track_share";
    case Figure::MeanMonthsProgrammeBeforeFastTrack:
        return "mean_months_programme_before_fast_track";
    case Figure::WageSubsidyParticipants:
        return "wage_subsidy_participants";
    case Figure::WorkTrainingParticipants:
        return "work_training_participants";
    case Figure::WorkParticipants:
        return "work_participants";
    case Figure::WorkOver70:
        return "work_over_70";
    case Figure::WorkUnder70:
        return "work_under_70";
    case Figure::MeanMonthsFastTrackBeforeWork:
        return "mean_months_fast_track_before_work";
    case Figure::MeanMonthsSubsidyOrTrainingBeforeWork:
        return "mean_months_subsidy_or_training_before_work";
    case Figure::Companies:
        return "companies";
    }
    return "";
}

std::optional<Figure> figureFromName(std::string_view name)
{
    for (Figure f : kFigures)
        if (name == figureName(f))
            return f;
    return std::nullopt;
}

Unit figureUnit(Figure figure)
{
    switch (figure) {
    case Figure::FastTrackShare:
        return Unit::Percent;
    case Figure::MeanMonthsProgrammeBeforeFastTrack:
    case Figure::MeanMonthsFastTrackBeforeWork:
    case Figure::MeanMonthsSubsidyOrTrainingBeforeWork:
        return Unit::Months;
    default:
        return Unit::Count;
    }
}

const char *unitName(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return "count";
    case Unit::Percent:
        return "percent";
    case Unit::Months:
        return "months";
    }
    return "";
}

std::optional<double> Mean::months() const
{
    if (n <= 0)
        return std::nullopt;
    return sumDays / n / kDaysPerMonth;
}

std::optional<double> YearFigures::value(Figure figure) const
{
    switch (figure) {
    case Figure::FastTrackParticipants:
        return fastTrack;
    case Figure::ProgrammeParticipants:
        return programme;
    case Figure::FastTrackShare:
        if (programme <= 0)
            return std::nullopt;
        return 100.0 * fastTrack / programme;
    case Figure::MeanMonthsProgrammeBeforeFastTrack:
        return programmeBeforeFastTrack.months();
    case Figure::WageSubsidyParticipants:
        return wageSubsidy;
    case Figure::WorkTrainingParticipants:
        return workTraining;
    case Figure::WorkParticipants:
        return work;
    case Figure::WorkOver70:
        return workOver70;
    case Figure::WorkUnder70:
        return workUnder70;
    case Figure::MeanMonthsFastTrackBeforeWork:
        return fastTrackBeforeWork.months();
    case Figure::MeanMonthsSubsidyOrTrainingBeforeWork:
        return subsidyOrTrainingBeforeWork.months();
    case Figure::Companies:
        return companies;
    }
    return std::nullopt;
}

Periods periodsOf(const Journey &journey, const Form &form, std::int64_t asOf)
{
    // A reported date; one after the as-of day has not happened yet.
    auto day = [&](DateField f) -> Day {
        const Day d = dayNumber(form.value(f));
        return d && *d <= asOf ? d : Day();
    };
    Periods p;
    const Day over = day(DateField::WorkOver70Start);
    const Day under = day(DateField::WorkUnder70Start);
    const Day work = earliest({over, under});
    const Day subsidy = day(DateField::WageSubsidyStart);
    const Day training = day(DateField::WorkTrainingStart);
    const Day endedProgramme = day(DateField::EndedProgrammeWithoutResult);

    p.programmeStart = day(DateField::ProgrammeStart);
    const Day programmeEnd = dayNumber(journey.programmeEnd);
    p.programmeEnd = programmeEnd && *programmeEnd <= asOf ? programmeEnd : endedProgramme;

    p.fastTrackStart = day(DateField::FastTrackStart);
    if (!p.fastTrackStart)
        return p;
    const std::int64_t start = *p.fastTrackStart;
    auto fromStart = [&](Day d) {
        return d && *d >= start ? d : Day();
    };
    p.fastTrackEnd =
        earliest({fromStart(work), fromStart(day(DateField::EndedFastTrackWithoutResult)),
                  fromStart(endedProgramme)});
    if (p.fastTrackEnd && work && *work == *p.fastTrackEnd) {
        p.work = work;
        p.workOver70 = over && *over == *work;
    }
    const std::int64_t end = p.fastTrackEnd.value_or(asOf);
    if (subsidy) {
        const std::int64_t s = std::max(*subsidy, start);
        if (s <= end) {
            p.wageSubsidyStart = s;
            p.wageSubsidyEnd = p.fastTrackEnd;
        }
    }
    if (training) {
        const std::int64_t t = std::max(*training, start);
        // Work training gives way to a wage subsidy that starts after it during the track.
        const bool subsidyFollows = subsidy && *subsidy > *training && *subsidy <= end;
        const Day trainingEnd = subsidyFollows ? subsidy : p.fastTrackEnd;
        if (t <= trainingEnd.value_or(asOf)) {
            p.workTrainingStart = t;
            p.workTrainingEnd = trainingEnd;
        }
    }
    return p;
}

namespace {

std::optional<int> yearOf(const std::string &text)
{
    int v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || v < 2000 ||
        v > 2100)
        return std::nullopt;
    return v;
}

} // namespace

std::optional<ReportQuery> parseReportQuery(const std::string &year, const std::string &from,
                                            const std::string &asOf, const std::string &today,
                                            std::string *error)
{
    auto fail = [&](const std::string &why) -> std::optional<ReportQuery> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ReportQuery q;
    const auto y = yearOf(year);
    if (!y)
        return fail("year: must be a year from 2000 to 2100");
    q.year = *y;
    q.fromYear = q.year - 4;
    if (!from.empty()) {
        const auto f = yearOf(from);
        if (!f || *f > q.year || q.year - *f >= kMaxReportYears)
            return fail("from: must be a year not after year and at most " +
                        std::to_string(kMaxReportYears - 1) + " years before it");
        q.fromYear = *f;
    }
    q.asOf = asOf.empty() ? today : asOf;
    if (!dayNumber(q.asOf))
        return fail("as_of: must be a date YYYY-MM-DD");
    return q;
}

std::string normalisedName(std::string_view name)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        if (c >= 'A' && c <= 'Z') {
            out += char(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < name.size()) {
            // Latin-1 capitals (À..Þ, Æ Ø Å among them) to their small letters; × stays.
            auto next = static_cast<unsigned char>(name[++i]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97)
                next = static_cast<unsigned char>(next + 0x20);
            out += char(c);
            out += char(next);
        } else {
            out += char(c);
        }
    }
    return out;
}

std::vector<YearFigures> computeFigures(const std::vector<Journey> &journeys, int fromYear,
                                        int toYear, const std::string &asOfText)
{
    std::vector<YearFigures> years;
    const auto asOfDay = dayNumber(asOfText);
    if (!asOfDay || fromYear > toYear)
        return years;
    const std::int64_t asOf = *asOfDay;

    // An employer's part in the fast track: its name as compared, and its period.
    struct Company
    {
        std::string name;
        Day start, end;
    };
    struct Row
    {
        Periods periods;
        std::vector<Company> companies;
    };
    std::vector<Row> rows;
    rows.reserve(journeys.size());
    for (const Journey &j : journeys) {
        Row row{periodsOf(j, deriveForm(j), asOf), {}};
        auto company = [&](const std::string &name, const std::string &startDate,
                           const std::string &endDate) {
            const Day start = dayNumber(startDate);
            std::string n = normalisedName(name);
            if (start && *start <= asOf && !n.empty())
                row.companies.push_back({std::move(n), start, dayNumber(endDate)});
        };
        if (row.periods.fastTrackStart) {
            for (const auto &b : j.trainingBooks)
                company(b.employer, b.startDate, b.endDate);
            for (const auto &m : j.measures)
                if (m.type == "wage_subsidy" && m.status != "cancelled")
                    company(m.employer, m.startDate, m.endDate);
            for (const auto &e : j.employments)
                company(e.employer, e.startDate, e.endDate);
        }
        rows.push_back(std::move(row));
    }

    for (int year = fromYear; year <= toYear; ++year) {
        YearFigures y;
        y.year = year;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-01-01", year);
        const std::int64_t first = dayNumber(buf).value_or(0);
        std::snprintf(buf, sizeof buf, "%04d-12-31", year);
        const std::int64_t last = dayNumber(buf).value_or(0);
        std::unordered_set<std::string_view> employers;

        for (const Row &row : rows) {
            const Periods &p = row.periods;
            const bool onFastTrack = counts(p.fastTrackStart, p.fastTrackEnd, asOf, first, last);
            if (onFastTrack)
                ++y.fastTrack;
            if (onFastTrack || counts(p.programmeStart, p.programmeEnd, asOf, first, last))
                ++y.programme;
            if (within(p.fastTrackStart, first, last) && p.programmeStart &&
                *p.programmeStart <= *p.fastTrackStart) {
                y.programmeBeforeFastTrack.sumDays += double(*p.fastTrackStart - *p.programmeStart);
                ++y.programmeBeforeFastTrack.n;
            }
            if (counts(p.wageSubsidyStart, p.wageSubsidyEnd, asOf, first, last))
                ++y.wageSubsidy;
            if (counts(p.workTrainingStart, p.workTrainingEnd, asOf, first, last))
                ++y.workTraining;
            if (within(p.work, first, last)) {
                const std::int64_t work = *p.work;
                ++y.work;
                ++(p.workOver70 ? y.workOver70 : y.workUnder70);
                y.fastTrackBeforeWork.sumDays += double(work - *p.fastTrackStart);
                ++y.fastTrackBeforeWork.n;
                const Day before = earliest(
                    {p.wageSubsidyStart && *p.wageSubsidyStart <= work ? p.wageSubsidyStart : Day(),
                     p.workTrainingStart && *p.workTrainingStart <= work ? p.workTrainingStart
                                                                         : Day()});
                if (before) {
                    y.subsidyOrTrainingBeforeWork.sumDays += double(work - *before);
                    ++y.subsidyOrTrainingBeforeWork.n;
                }
            }
            if (!onFastTrack)
                continue;
            for (const Company &c : row.companies)
                if (counts(c.start, c.end, asOf, first, last))
                    employers.insert(c.name);
        }
        y.companies = int(employers.size());
        years.push_back(y);
    }
    return years;
}

} // namespace bro::model::reporting
