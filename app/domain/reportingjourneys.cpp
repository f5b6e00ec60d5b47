#include "domain/reportingjourneys.h"

#include "store/store.h"

#include <bro/model/reportfigures.h>

namespace bro {

using model::reporting::FieldChange;

std::vector<FieldChange> fieldHistory(const store::Store &store, const std::string &recordId,
                                      const std::string &field)
{
    std::vector<FieldChange> out;
    for (const auto &entry : store.fieldHistory(recordId, field))
        out.push_back({model::reporting::isoDateOfMillis(entry.stamp.millis),
                       entry.value.is_string() ? entry.value.get<std::string>() : std::string()});
    return out;
}

model::reporting::JourneyCollector collectJourneys(const store::Store &store)
{
    model::reporting::JourneyCollector c;
    for (const char *kind : model::reporting::kJourneyKinds)
        for (const auto &record : store.list(kind)) {
            c.add(kind, record);
            if (std::string_view(kind) != "participant")
                continue;
            const std::string id = record.value("id", std::string());
            for (const char *field : {"track", "phase"})
                for (auto &change : fieldHistory(store, id, field))
                    c.addHistory(id, field, std::move(change));
        }
    return c;
}

model::reporting::Report caseloadReport(const std::vector<model::reporting::Journey> &journeys,
                                        int fromYear, int toYear, const std::string &asOf)
{
    using namespace model::reporting;
    return protect(computeFigures(journeys, fromYear, toYear, asOf), {}, asOf);
}

} // namespace bro
