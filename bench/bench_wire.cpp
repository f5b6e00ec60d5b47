// The sync wire formats side by side, without a network: a push batch of 2,000 changes like
// bench_sync's (logbook entries of one training book) encoded as v1 (one JSON object per
// change), v2 columnar JSON and v2 CBOR; then gzip and the way back (parse and decode). Prints
// bytes before and after gzip and microseconds per change for each step (median of rounds).
#include <bro/sync/change.h>
#include <bro/sync/transport.h>
#include <bro/sync/uuid.h>
#include <bro/sync/wire.h>

#include <bro/model/validation.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace bro;
using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

namespace {
double millisSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 2000;
    const std::string device = sync::Uuid::randomV4().toString();
    const std::string book = sync::newRecordId();
    sync::HybridClock clock(device);
    std::vector<sync::Change> changes;
    const std::string text = "Trakk kabler i ny leilighet sammen med mentor, monterte "
                             "stikkontakter på kjøkkenet og målte isolasjonsmotstand.";
    for (int i = 0; changes.size() < std::size_t(n); ++i) {
        const std::string id = sync::newRecordId();
        for (auto [field, value] : std::vector<std::pair<std::string, Json>>{
                 {"training_book_id", book},
                 {"entry_date", "2026-11-20"},
                 {"hours", 7.5},
                 {"tasks", text + " Dag " + std::to_string(i) + "."}}) {
            sync::Change c;
            c.kind = "logbook_entry";
            c.recordId = id;
            c.field = field;
            c.value = value;
            c.stamp = clock.now();
            c.deviceId = device;
            c.opId = sync::derivedOpId(c.stamp);
            changes.push_back(std::move(c));
        }
    }
    std::printf("bench_wire: %zu changes (logbook entries), median of 7 rounds, us per change\n",
                changes.size());
    std::printf("  %-14s %9s %9s %8s %8s %8s %8s %8s\n", "format", "bytes", "gzipped", "encode",
                "gzip", "parse", "decode", "total");
    auto run = [&](const char *name, auto encode, auto parse) {
        std::vector<double> enc, gz, par, dec;
        std::size_t bytes = 0, zipped = 0;
        for (int round = 0; round < 7; ++round) {
            auto t0 = Clock::now();
            const std::string body = encode();
            enc.push_back(millisSince(t0));
            t0 = Clock::now();
            zipped = sync::gzipCompress(body).size();
            gz.push_back(millisSince(t0));
            bytes = body.size();
            double parseMs = 0;
            t0 = Clock::now();
            const auto back = parse(body, parseMs);
            dec.push_back(millisSince(t0) - parseMs);
            par.push_back(parseMs);
            if (back != changes) {
                std::fprintf(stderr, "%s: the changes did not survive the round trip\n", name);
                std::exit(1);
            }
        }
        const double k = 1000.0 / double(changes.size());
        const double e = median(enc) * k, z = median(gz) * k,
                     p = median(par) * k, d = median(dec) * k;
        std::printf("  %-14s %9zu %9zu %8.2f %8.2f %8.2f %8.2f %8.2f\n", name, bytes, zipped, e,
                    z, p, d, e + z + p + d);
    };
    run(
        "v1 json",
        [&] {
            Json list = Json::array();
            for (const auto &c : changes)
                list.push_back(c);
            return Json{{"changes", std::move(list)}}.dump();
        },
        [&](const std::string &body, double &parseMs) {
            auto t0 = Clock::now();
            const auto j = model::parseJson(body);
            parseMs = millisSince(t0);
            std::vector<sync::Change> out;
            for (const auto &item : (*j)["changes"])
                out.push_back(*sync::changeFromJson(item));
            return out;
        });
    for (auto [name, encoding] : {std::pair{"v2 json", sync::WireEncoding::Json},
                                  std::pair{"v2 cbor", sync::WireEncoding::Cbor}}) {
        run(
            name, [&, encoding = encoding] { return sync::serialize(sync::encodeBatch(changes, encoding), encoding); },
            [&, encoding = encoding](const std::string &body, double &parseMs) {
                auto t0 = Clock::now();
                const auto j = sync::deserialize(body, encoding);
                parseMs = millisSince(t0);
                return *sync::decodeBatch(*j);
            });
    }
    return 0;
}
