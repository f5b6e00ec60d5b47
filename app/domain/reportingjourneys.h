// The journeys of the participants this device holds (an adviser's caseload), read from the
// store for the reporting form and the caseload's figures (bro/model/reporting.h).
#pragma once

#include <bro/model/reportdisclosure.h>
#include <bro/model/reporting.h>

#include <string>
#include <vector>

namespace bro::store {
class Store;
}

namespace bro {

// The records of every participant in the store, with the histories of their track and phase.
[[nodiscard]] model::reporting::JourneyCollector collectJourneys(const store::Store &store);

// The figures of the caseload on this device for fromYear..toYear as of a day ("YYYY-MM-DD"),
// protected (reportdisclosure.h); scope "".
[[nodiscard]] model::reporting::Report
caseloadReport(const std::vector<model::reporting::Journey> &journeys, int fromYear, int toYear,
               const std::string &asOf);

// A field's values over time, oldest first, each from the UTC day of its change's stamp (the
// store's history of fields marked history: a participant's track and phase).
[[nodiscard]] std::vector<model::reporting::FieldChange>
fieldHistory(const store::Store &store, const std::string &recordId, const std::string &field);

} // namespace bro
