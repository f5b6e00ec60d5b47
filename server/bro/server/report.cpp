#include "bro/server/report.h"

#include <bro/model/reportfigures.h>
#include <bro/model/validation.h>

#include <charconv>

namespace bro::server {

using namespace model::reporting;

namespace {

constexpr int kMaxYears = 20;

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

std::string todayUtc()
{
    return isoDateOfMillis(nowMillis());
}

std::optional<ReportQuery> parseReportQuery(const std::string &year, const std::string &from,
                                            const std::string &asOf, std::string *error)
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
        if (!f || *f > q.year || q.year - *f >= kMaxYears)
            return fail("from: must be a year not after year and at most " +
                        std::to_string(kMaxYears - 1) + " years before it");
        q.fromYear = *f;
    }
    q.asOf = asOf.empty() ? todayUtc() : asOf;
    if (!model::isValidDate(q.asOf))
        return fail("as_of: must be a date YYYY-MM-DD");
    return q;
}

Report municipalityReport(Storage &storage, const User &leader, const ReportQuery &query)
{
    return protect(computeFigures(storage.municipalityJourneys(leader), query.fromYear,
                                  query.year, query.asOf),
                   leader.municipality, query.asOf);
}

ReportAnswer answerReport(Storage &storage, const User &user, const std::string &year,
                          const std::string &from, const std::string &asOf)
{
    if (user.role != Role::Leader)
        return {403, {{"error", "report: only a programme leader may see a municipality's "
                                "figures"}}};
    std::string error;
    const auto query = parseReportQuery(year, from, asOf, &error);
    if (!query)
        return {400, {{"error", error}}};
    return {200, reportToJson(municipalityReport(storage, user, *query))};
}

} // namespace bro::server
