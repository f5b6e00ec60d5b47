#include "bro/sync/uuid.h"

#include "bro/sync/hlc.h"

#include <cerrno>
#include <stdexcept>

#include <sys/random.h>

namespace bro::sync {

void fillRandom(void *buffer, std::size_t size)
{
    auto *p = static_cast<std::uint8_t *>(buffer);
    while (size > 0) {
        const ssize_t n = ::getrandom(p, size, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw std::runtime_error("getrandom failed");
        }
        p += n;
        size -= static_cast<std::size_t>(n);
    }
}

std::string Uuid::toString() const
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(36, '-');
    std::size_t at = 0;
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            ++at;
        out[at++] = hex[m_bytes[i] >> 4];
        out[at++] = hex[m_bytes[i] & 0xF];
    }
    return out;
}

std::optional<Uuid> Uuid::parse(std::string_view text)
{
    if (text.size() != 36)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::array<std::uint8_t, 16> bytes{};
    std::size_t b = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return std::nullopt;
            ++i;
            continue;
        }
        const int hi = nibble(text[i]), lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        bytes[b++] = static_cast<std::uint8_t>(hi << 4 | lo);
        i += 2;
    }
    return Uuid(bytes);
}

std::int64_t Uuid::unixMillis() const
{
    std::int64_t ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = ms << 8 | m_bytes[i];
    return ms;
}

bool Uuid::isNull() const
{
    for (auto b : m_bytes)
        if (b)
            return false;
    return true;
}

Uuid Uuid::randomV4()
{
    std::array<std::uint8_t, 16> b{};
    fillRandom(b.data(), b.size());
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
    return Uuid(b);
}

UuidV7Generator::UuidV7Generator(WallClock wallClock)
    : m_wall(wallClock ? std::move(wallClock) : WallClock(&HybridClock::systemMillis))
{}

Uuid UuidV7Generator::next()
{
    std::array<std::uint8_t, 16> b{};
    fillRandom(b.data(), b.size());

    std::int64_t ms;
    std::uint16_t seq;
    {
        std::lock_guard lock(m_mutex);
        ms = m_wall();
        if (ms > m_lastMillis) {
            m_lastMillis = ms;
            // Start the 12-bit sequence at a random value in its lower half so that there is
            // room to count up within the same millisecond.
            m_sequence = static_cast<std::uint16_t>(b[6] << 8 | b[7]) & 0x07FF;
        } else if (m_sequence < 0x0FFF) {
            // Same millisecond, or the wall clock stepped back: keep ids increasing.
            ++m_sequence;
        } else {
            ++m_lastMillis; // sequence exhausted: borrow the next millisecond
            m_sequence = 0;
        }
        ms = m_lastMillis;
        seq = m_sequence;
    }

    for (int i = 5; i >= 0; --i) {
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms & 0xFF);
        ms >>= 8;
    }
    b[6] = static_cast<std::uint8_t>(0x70 | (seq >> 8));
    b[7] = static_cast<std::uint8_t>(seq & 0xFF);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
    return Uuid(b);
}

std::string newRecordId()
{
    static UuidV7Generator generator;
    return generator.nextString();
}

} // namespace bro::sync
