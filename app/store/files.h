// Attachment files (photos, signature images, recordings) in the encrypted database,
// addressed by their SHA-256, kept until the server has confirmed it holds them (and after,
// for viewing). Inside a batch, storing bytes is part of the batch's transaction.
#pragma once

#include "context.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::store {

class Files
{
public:
    explicit Files(StoreContext &ctx)
        : m_ctx(ctx)
    {}

    // Stores the bytes (once per content); returns their SHA-256 in hex.
    std::string put(std::string_view bytes, bool uploaded = false);
    [[nodiscard]] std::optional<std::string> bytes(const std::string &sha256) const;
    [[nodiscard]] std::optional<std::string> range(const std::string &sha256, std::int64_t offset,
                                                   std::int64_t length) const;
    [[nodiscard]] std::optional<std::int64_t> size(const std::string &sha256) const;
    [[nodiscard]] std::vector<std::string> toUpload() const;
    void setUploaded(const std::string &sha256);
    [[nodiscard]] std::vector<std::string> toDownload() const;

private:
    StoreContext &m_ctx;
};

} // namespace bro::store
