// UUIDv7 record ids (RFC 9562): 48-bit Unix milliseconds, version 7, a 12-bit sequence that
// keeps ids from one generator strictly increasing within a millisecond, and 62 random bits.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace bro::sync {

class Uuid
{
public:
    Uuid() = default;
    explicit Uuid(const std::array<std::uint8_t, 16> &bytes)
        : m_bytes(bytes)
    {}

    [[nodiscard]] std::string toString() const; // lower-case 8-4-4-4-12 form
    [[nodiscard]] static std::optional<Uuid> parse(std::string_view text);
    [[nodiscard]] int version() const { return m_bytes[6] >> 4; }
    [[nodiscard]] int variant() const { return m_bytes[8] >> 6; } // 0b10 for RFC 9562
    [[nodiscard]] std::int64_t unixMillis() const;
    [[nodiscard]] bool isNull() const;
    [[nodiscard]] const std::array<std::uint8_t, 16> &bytes() const { return m_bytes; }

    friend auto operator<=>(const Uuid &, const Uuid &) = default;

    // A random (version 4) id, used for device ids.
    [[nodiscard]] static Uuid randomV4();

private:
    std::array<std::uint8_t, 16> m_bytes{};
};

// Cryptographically strong random bytes from the operating system (getrandom).
void fillRandom(void *buffer, std::size_t size);

class UuidV7Generator
{
public:
    using WallClock = std::function<std::int64_t()>;
    explicit UuidV7Generator(WallClock wallClock = {});

    [[nodiscard]] Uuid next();
    [[nodiscard]] std::string nextString() { return next().toString(); }

private:
    WallClock m_wall;
    std::mutex m_mutex;
    std::int64_t m_lastMillis = -1;
    std::uint16_t m_sequence = 0;
};

// Process-wide generator for convenience.
[[nodiscard]] std::string newRecordId();

} // namespace bro::sync
