#include "bro/sync/hlc.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <limits>

namespace bro::sync {

namespace {
constexpr std::size_t kMillisDigits = 15;
constexpr std::size_t kCounterDigits = 8;
} // namespace

std::string HlcStamp::toString() const
{
    constexpr std::size_t head = kMillisDigits + kCounterDigits + 2;
    if (millis < 0 || millis >= 1'000'000'000'000'000) { // not 15 digits: printf's widths
        char buf[32];
        std::snprintf(buf, sizeof buf, "%015lld-%08x-", static_cast<long long>(millis), counter);
        return std::string(buf) + device;
    }
    // Digit by digit: printf's formatting was a third of the time of deriving an op id, which
    // a pull does for every change on both sides.
    std::string out(head + device.size(), '-');
    auto m = static_cast<std::uint64_t>(millis);
    for (std::size_t i = kMillisDigits; i-- > 0; m /= 10)
        out[i] = char('0' + m % 10);
    static constexpr char hex[] = "0123456789abcdef";
    std::uint32_t c = counter;
    for (std::size_t i = kMillisDigits + kCounterDigits; i > kMillisDigits; c >>= 4)
        out[i--] = hex[c & 0xF];
    device.copy(out.data() + head, device.size());
    return out;
}

std::optional<HlcStamp> HlcStamp::parse(std::string_view text)
{
    if (text.size() < kMillisDigits + kCounterDigits + 2 || text[kMillisDigits] != '-' ||
        text[kMillisDigits + kCounterDigits + 1] != '-')
        return std::nullopt;
    HlcStamp s;
    const char *b = text.data();
    auto r1 = std::from_chars(b, b + kMillisDigits, s.millis);
    if (r1.ec != std::errc() || r1.ptr != b + kMillisDigits || s.millis < 0)
        return std::nullopt;
    const char *c = b + kMillisDigits + 1;
    auto r2 = std::from_chars(c, c + kCounterDigits, s.counter, 16);
    if (r2.ec != std::errc() || r2.ptr != c + kCounterDigits)
        return std::nullopt;
    s.device = std::string(text.substr(kMillisDigits + kCounterDigits + 2));
    if (s.device.empty())
        return std::nullopt;
    return s;
}

HybridClock::HybridClock(std::string deviceId, WallClock wallClock)
    : m_device(std::move(deviceId))
    , m_wall(std::move(wallClock))
{}

std::int64_t HybridClock::systemMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

HlcStamp HybridClock::now()
{
    const std::int64_t physical = m_wall();
    std::lock_guard lock(m_mutex);
    if (physical > m_millis) {
        m_millis = physical;
        m_counter = 0;
    } else if (m_counter == std::numeric_limits<std::uint32_t>::max()) {
        // Counter exhausted within one millisecond: borrow the next millisecond.
        ++m_millis;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return HlcStamp{m_millis, m_counter, m_device};
}

void HybridClock::observe(const HlcStamp &remote)
{
    const std::int64_t physical = m_wall();
    std::lock_guard lock(m_mutex);
    const std::int64_t top = std::max({m_millis, remote.millis, physical});
    if (top == m_millis && top == remote.millis)
        m_counter = std::max(m_counter, remote.counter);
    else if (top == remote.millis)
        m_counter = remote.counter;
    else if (top != m_millis)
        m_counter = 0;
    m_millis = top;
}

HlcStamp HybridClock::last() const
{
    std::lock_guard lock(m_mutex);
    return HlcStamp{m_millis, m_counter, m_device};
}

} // namespace bro::sync
