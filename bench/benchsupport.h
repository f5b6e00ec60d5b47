// Helpers shared by the benchmarks: an encrypted store in a temporary directory and
// percentiles of a sample.
#pragma once

#include "store/store.h"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <bro/platform/keystore.h>
#include <bro/sync/uuid.h>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

namespace bro::bench {

inline std::unique_ptr<store::Store> openStore(const QString &dir)
{
    platform::FileKeyStore keys(QDir(dir).filePath(QStringLiteral("db.key")));
    const auto key = keys.databaseKey(nullptr);
    auto r = store::Store::open(QDir(dir).filePath(QStringLiteral("bro.db")).toStdString(),
                                key->toStdString());
    if (auto *e = std::get_if<store::Store::OpenError>(&r)) {
        std::fprintf(stderr, "cannot open store: %s\n", e->message.c_str());
        std::exit(1);
    }
    return std::move(std::get<std::unique_ptr<store::Store>>(r));
}

// The p-th percentile (0..100) of a sample, nearest rank.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::max(0.0, p / 100.0 * v.size() - 1e-9));
    return v[std::min(rank, v.size() - 1)];
}

inline double millisSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace bro::bench
