// Helpers shared by the benchmarks: an encrypted store in a temporary directory and
// percentiles of a sample.
#pragma once

#include "core/homestore.h"

#include <bro/sync/uuid.h>

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

namespace bro::bench {

inline std::unique_ptr<store::Store> openStore(const QString &dir)
{
    auto opened = openHomeStore(dir);
    if (!opened.store) {
        std::fprintf(stderr, "cannot open store: %s\n", qPrintable(opened.error));
        std::exit(1);
    }
    return std::move(opened.store);
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
