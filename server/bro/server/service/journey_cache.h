// The journeys (bro/model/reporting.h) of every participant the server holds, kept between
// reports and brought up to date from the change log: a report reads again only the
// participants whose records changed since the last report (the first one reads them all).
// The report service owns one and fills it under its lock (report_service.h).
#pragma once

#include <bro/model/reporting.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace bro::server {

class JourneyCache
{
public:
    // The last log sequence number folded in; -1 before the first read.
    [[nodiscard]] std::int64_t seq() const { return m_seq; }
    // Everything, read from scratch.
    void replaceAll(std::vector<model::reporting::Journey> journeys, std::int64_t seq);
    // The participants read again: their journeys replace the old ones, and those that are
    // gone (deleted) are dropped.
    void update(const std::vector<std::string> &participants,
                std::vector<model::reporting::Journey> journeys, std::int64_t seq);
    // The journeys of a municipality (names compared as normalisedName()).
    [[nodiscard]] std::vector<model::reporting::Journey>
    municipality(const std::string &name) const;
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }

private:
    struct Entry
    {
        std::string municipality; // normalised
        model::reporting::Journey journey;
    };
    void put(model::reporting::Journey journey);

    std::int64_t m_seq = -1;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace bro::server
