#include "bro/sync/sha256.h"

#include <sodium.h>

namespace bro::sync {

static_assert(sizeof(crypto_hash_sha256_state) <= 256);

Sha256::Sha256()
{
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state *>(m_state));
}

void Sha256::add(std::string_view bytes)
{
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state *>(m_state),
                              reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
}

std::string Sha256::hex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state *>(m_state), digest);
    char out[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(out, sizeof out, digest, sizeof digest);
    return out;
}

std::array<unsigned char, 32> sha256(std::string_view bytes)
{
    static_assert(crypto_hash_sha256_BYTES == 32);
    std::array<unsigned char, 32> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char *>(bytes.data()),
                       bytes.size());
    return digest;
}

std::string sha256Hex(std::string_view bytes)
{
    Sha256 h;
    h.add(bytes);
    return h.hex();
}

} // namespace bro::sync
