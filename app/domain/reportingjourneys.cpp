#include "domain/reportingjourneys.h"

#include "store/store.h"

#include <bro/sync/hlc.h>

namespace bro {

using model::reporting::FieldChange;

std::vector<FieldChange> fieldHistory(const store::Store &store, const std::string &recordId,
                                      const std::string &field)
{
    const auto kind = store.kindOf(recordId);
    const auto record = kind ? store.get(*kind, recordId) : std::nullopt;
    if (!record || !record->contains(field) || !(*record)[field].is_string())
        return {};
    const auto stamp = sync::HlcStamp::parse(store.fieldVersion(recordId, field));
    if (!stamp)
        return {};
    return {{model::reporting::isoDateOfMillis(stamp->millis),
             (*record)[field].get<std::string>()}};
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

} // namespace bro
