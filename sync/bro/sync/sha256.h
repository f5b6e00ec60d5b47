// SHA-256, the address of an attachment's bytes on the device and on the server.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace bro::sync {

// Lower-case hex digest of the bytes.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);
// The digest itself.
[[nodiscard]] std::array<unsigned char, 32> sha256(std::string_view bytes);

// Incremental form, for data that arrives in chunks.
class Sha256
{
public:
    Sha256();
    void add(std::string_view bytes);
    [[nodiscard]] std::string hex(); // finishes the hash

private:
    alignas(64) unsigned char m_state[256];
};

} // namespace bro::sync
