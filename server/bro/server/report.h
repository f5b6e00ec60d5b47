// A programme leader's figures, computed on the server from the merged records of the
// municipality's participants with the same rules as the app (bro/model/reporting*.h), and
// protected (small numbers hidden) before anything leaves the server:
//   GET /v1/report?year=Y[&from=F][&as_of=YYYY-MM-DD]
//       -> {"scope": municipality, "as_of", "years": [{"year", "figures": {name: n or ":"}}]}
// Y and F are years 2000..2100 with F <= Y and at most 20 years (default F = Y - 4); as_of
// defaults to today (UTC). Only a programme leader may ask (403 for anyone else): a leader
// reads no record, and the answer names no person, holds no id and no row. Every report is
// in the audit log.
#pragma once

#include "bro/server/storage.h"

#include <bro/model/reportdisclosure.h>
#include <bro/model/reportfigures.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace bro::server {

using model::reporting::ReportQuery;

// The municipality's report for a leader (the figures of the municipality of leader).
[[nodiscard]] model::reporting::Report municipalityReport(Storage &storage, const User &leader,
                                                          const ReportQuery &query);

struct ReportAnswer
{
    int status = 200;
    nlohmann::json body; // the report, or {"error"}
};
// The answer to GET /v1/report for an authenticated user.
[[nodiscard]] ReportAnswer answerReport(Storage &storage, const User &user, const std::string &year,
                                        const std::string &from, const std::string &asOf);

// Today's date in UTC, "YYYY-MM-DD".
[[nodiscard]] std::string todayUtc();

} // namespace bro::server
