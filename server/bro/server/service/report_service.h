// A programme leader's figures, computed on the server from the merged records of the
// municipality's participants with the same rules as the app (bro/model/reporting*.h), and
// protected (small numbers hidden) before anything leaves the server:
//   GET /v1/report?year=Y[&from=F][&as_of=YYYY-MM-DD]
//       -> {"scope": municipality, "as_of", "years": [{"year", "figures": {name: n or ":"}}]}
// Y and F are years 2000..2100 with F <= Y and at most 20 years (default F = Y - 4); as_of
// defaults to today (UTC). Only a programme leader may ask (403 for anyone else): a leader
// reads no record, and the answer names no person, holds no id and no row. Every report is
// in the audit log. The journeys are kept between reports (journey_cache.h) and brought up to
// date from the change log: a report reads again only the participants changed since.
#pragma once

#include "bro/server/service/journey_cache.h"
#include "bro/server/storage/repository.h"

#include <bro/model/reportdisclosure.h>
#include <bro/model/reportfigures.h>

#include <nlohmann/json.hpp>

#include <mutex>
#include <string>

namespace bro::server {

class ReportService
{
public:
    explicit ReportService(Repository &repository)
        : m_repo(repository)
    {}

    struct Answer
    {
        int status = 200;
        nlohmann::json body; // the report, or {"error"}
    };
    // The answer to GET /v1/report for an authenticated user.
    [[nodiscard]] Answer answer(const SessionRow &session, const std::string &year,
                                const std::string &from, const std::string &asOf);

    // The municipality's report, audited as asked by userId (0: the administrator's command).
    [[nodiscard]] model::reporting::Report
    municipalityReport(const std::string &municipality, const model::reporting::ReportQuery &query,
                       std::int64_t userId = 0, const std::string &deviceId = {});

private:
    std::vector<model::reporting::Journey> journeys(const std::string &municipality);
    void readJourneys(Repository::Work &work, const std::vector<std::string> *only,
                      model::reporting::JourneyCollector &out);

    Repository &m_repo;
    std::mutex m_mutex;
    JourneyCache m_cache;
};

// Today's date in UTC, "YYYY-MM-DD".
[[nodiscard]] std::string todayUtc();

} // namespace bro::server
