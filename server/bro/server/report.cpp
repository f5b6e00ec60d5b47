#include "bro/server/report.h"

#include <bro/model/reportfigures.h>
#include <bro/model/validation.h>

namespace bro::server {

using namespace model::reporting;

std::string todayUtc()
{
    return isoDateOfMillis(nowMillis());
}

Report municipalityReport(Storage &storage, const User &leader, const ReportQuery &query)
{
    return protect(computeFigures(storage.municipalityJourneys(leader), query.fromYear, query.year,
                                  query.asOf),
                   leader.municipality, query.asOf);
}

ReportAnswer answerReport(Storage &storage, const User &user, const std::string &year,
                          const std::string &from, const std::string &asOf)
{
    if (user.role != Role::Leader)
        return {403,
                {{"error", "report: only a programme leader may see a municipality's "
                           "figures"}}};
    std::string error;
    const auto query = parseReportQuery(year, from, asOf, todayUtc(), &error);
    if (!query)
        return {400, {{"error", error}}};
    return {200, reportToJson(municipalityReport(storage, user, *query))};
}

} // namespace bro::server
