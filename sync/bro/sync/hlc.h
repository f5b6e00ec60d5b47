// Hybrid logical clock (Kulkarni et al. 2014): physical milliseconds plus a counter, tied to a
// device id so that every stamp in the system is unique and totally ordered.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace bro::sync {

struct HlcStamp
{
    std::int64_t millis = 0;   // physical component, ms since the Unix epoch
    std::uint32_t counter = 0; // logical component
    std::string device;        // device id, the final tie-breaker

    // Total order by (millis, counter, device). (Written out rather than with <=>: Qt 6.4's
    // moc cannot parse <compare>.)
    friend bool operator<(const HlcStamp &a, const HlcStamp &b)
    {
        return std::tie(a.millis, a.counter, a.device) < std::tie(b.millis, b.counter, b.device);
    }
    friend bool operator>(const HlcStamp &a, const HlcStamp &b) { return b < a; }
    friend bool operator<=(const HlcStamp &a, const HlcStamp &b) { return !(b < a); }
    friend bool operator>=(const HlcStamp &a, const HlcStamp &b) { return !(a < b); }
    friend bool operator==(const HlcStamp &, const HlcStamp &) = default;

    [[nodiscard]] bool isNull() const { return millis == 0 && counter == 0 && device.empty(); }

    // Fixed-width text form "MMMMMMMMMMMMMMM-CCCCCCCC-device" whose byte order equals the
    // stamp order, so that stamps can be compared as strings in SQL.
    [[nodiscard]] std::string toString() const;
    [[nodiscard]] static std::optional<HlcStamp> parse(std::string_view text);
};

class HybridClock
{
public:
    using WallClock = std::function<std::int64_t()>;

    explicit HybridClock(std::string deviceId, WallClock wallClock = systemMillis);

    // Stamp for a local event (an edit). Strictly greater than every stamp this clock has
    // produced or observed, even when the wall clock steps back.
    [[nodiscard]] HlcStamp now();

    // Folds in a stamp received from another device, so that later local stamps order after it.
    void observe(const HlcStamp &remote);

    [[nodiscard]] const std::string &deviceId() const { return m_device; }
    [[nodiscard]] HlcStamp last() const;

    static std::int64_t systemMillis();

private:
    std::string m_device;
    WallClock m_wall;
    mutable std::mutex m_mutex;
    std::int64_t m_millis = 0;
    std::uint32_t m_counter = 0;
};

} // namespace bro::sync
