#include "files.h"

#include <bro/sync/sha256.h>

namespace bro::store {

std::string Files::put(std::string_view bytes, bool uploaded)
{
    const std::string sha = sync::sha256Hex(bytes);
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached(
        "INSERT OR IGNORE INTO blob (sha256, size, data, uploaded) VALUES (?, ?, ?, ?)");
    st->bind(1, sha)
        .bind(2, std::int64_t(bytes.size()))
        .bindBlob(3, bytes.data(), int(bytes.size()))
        .bind(4, std::int64_t(uploaded ? 1 : 0));
    st->run();
    return sha;
}

std::optional<std::string> Files::bytes(const std::string &sha256) const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT data FROM blob WHERE sha256 = ?");
    st->bind(1, sha256);
    if (!st->step())
        return std::nullopt;
    return st->blob(0);
}

std::optional<std::string> Files::range(const std::string &sha256, std::int64_t offset,
                                        std::int64_t length) const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT substr(data, ?, ?) FROM blob WHERE sha256 = ?");
    st->bind(1, offset + 1).bind(2, length).bind(3, sha256);
    if (!st->step())
        return std::nullopt;
    return st->blob(0);
}

std::optional<std::int64_t> Files::size(const std::string &sha256) const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT size FROM blob WHERE sha256 = ?");
    st->bind(1, sha256);
    if (!st->step())
        return std::nullopt;
    return st->int64(0);
}

std::vector<std::string> Files::toUpload() const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT sha256 FROM blob WHERE uploaded = 0 ORDER BY rowid");
    std::vector<std::string> out;
    while (st->step())
        out.push_back(st->text(0));
    return out;
}

void Files::setUploaded(const std::string &sha256)
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("UPDATE blob SET uploaded = 1 WHERE sha256 = ?");
    st->bind(1, sha256).run();
}

std::vector<std::string> Files::toDownload() const
{
    std::lock_guard lock(m_ctx.mutex);
    auto st = m_ctx.db.cached("SELECT a.sha256 FROM attachment a WHERE a.deleted = 0 AND a.sha256 IS "
                              "NOT NULL AND NOT EXISTS (SELECT 1 FROM blob b WHERE b.sha256 = "
                              "a.sha256) GROUP BY a.sha256 ORDER BY min(a.rowid)");
    std::vector<std::string> out;
    while (st->step())
        out.push_back(st->text(0));
    return out;
}

} // namespace bro::store
