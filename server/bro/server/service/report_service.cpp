#include "bro/server/service/report_service.h"

#include "bro/server/service/sync_service.h"

#include <bro/model/reporting.h>

namespace bro::server {

using Json = nlohmann::json;
using namespace model::reporting;

std::string todayUtc()
{
    return isoDateOfMillis(nowMillis());
}

void ReportService::readJourneys(Repository::Work &work, const std::vector<std::string> *only,
                                 JourneyCollector &out)
{
    const std::vector<std::string> kinds(kJourneyKinds.begin(), kJourneyKinds.end());
    for (const auto &r : work.recordsOfKinds(kinds, only)) {
        if (r.state.deleted)
            continue;
        Json values = r.state.values;
        values["id"] = r.id;
        out.add(r.kind, values);
    }
    for (const auto &row : work.fieldLog("participant", {"track", "phase"}, only))
        out.addHistory(row.change.recordId, row.change.field,
                       {isoDateOfMillis(row.change.stamp.millis),
                        row.change.value.is_string() ? row.change.value.get<std::string>()
                                                     : std::string()});
}

std::vector<Journey> ReportService::journeys(const std::string &municipality)
{
    std::lock_guard lock(m_mutex);
    auto work = m_repo.read();
    const std::int64_t last = work->logHead();
    std::vector<std::string> changed;
    bool all = m_cache.seq() < 0;
    if (!all && m_cache.seq() < last) {
        changed = work->participantsChangedSince(m_cache.seq(), last);
        // Past a point one pass over everything is cheaper than a query per participant.
        all = changed.size() > 2000;
    }
    if (all) {
        JourneyCollector c;
        readJourneys(*work, nullptr, c);
        m_cache.replaceAll(c.journeys(), last);
    } else if (!changed.empty()) {
        JourneyCollector c;
        readJourneys(*work, &changed, c);
        m_cache.update(changed, c.journeys(), last);
    }
    return m_cache.municipality(municipality);
}

Report ReportService::municipalityReport(const std::string &municipality, const ReportQuery &query,
                                         std::int64_t userId, const std::string &deviceId)
{
    Report report =
        protect(computeFigures(journeys(municipality), query.fromYear, query.year, query.asOf),
                municipality, query.asOf);
    auto work = m_repo.write();
    work->appendAudit({{nowMillis(), userId, deviceId, "report", "",
                        Json{{"municipality", municipality}, {"year", query.year}}.dump()}});
    work->commit();
    return report;
}

ReportService::Answer ReportService::answer(const SessionRow &session, const std::string &year,
                                            const std::string &from, const std::string &asOf)
{
    if (session.user.role != model::Role::Leader)
        return {403, {{"error", "report: only a programme leader may see a municipality's figures"}}};
    std::string error;
    const auto query = parseReportQuery(year, from, asOf, todayUtc(), &error);
    if (!query)
        return {400, {{"error", error}}};
    return {200, reportToJson(municipalityReport(session.user.municipality, *query, session.user.id,
                                                 session.deviceId))};
}

} // namespace bro::server
