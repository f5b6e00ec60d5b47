#include "bro/server/service/journey_cache.h"

#include <bro/model/reportfigures.h>

namespace bro::server {

using model::reporting::Journey;

void JourneyCache::put(Journey journey)
{
    std::string key = journey.participantId;
    Entry e{model::reporting::normalisedName(journey.municipality), std::move(journey)};
    m_entries.insert_or_assign(std::move(key), std::move(e));
}

void JourneyCache::replaceAll(std::vector<Journey> journeys, std::int64_t seq)
{
    m_entries.clear();
    for (auto &j : journeys)
        put(std::move(j));
    m_seq = seq;
}

void JourneyCache::update(const std::vector<std::string> &participants,
                          std::vector<Journey> journeys, std::int64_t seq)
{
    for (const auto &id : participants)
        m_entries.erase(id);
    for (auto &j : journeys)
        put(std::move(j));
    m_seq = seq;
}

std::vector<Journey> JourneyCache::municipality(const std::string &name) const
{
    const std::string wanted = model::reporting::normalisedName(name);
    std::vector<Journey> out;
    if (wanted.empty())
        return out;
    for (const auto &[id, e] : m_entries)
        if (e.municipality == wanted)
            out.push_back(e.journey);
    return out;
}

} // namespace bro::server
