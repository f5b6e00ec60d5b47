// bench_reporting: a municipality's yearly figures computed on the server (embedded SQLite,
// encrypted) from the merged records of 10,000 participants over 10 years, as GET /v1/report
// does: read the records and the track/phase history, derive every form, compute and protect
// the figures. Prints the figures; never passes or fails on time.
#include "bro/server/service/auth_service.h"
#include "bro/server/service/report_service.h"
#include "bro/server/service/sync_service.h"
#include "bro/server/storage/sqlite_repository.h"

#include <bro/model/reporting.h>
#include <bro/sync/change.h>
#include <bro/sync/uuid.h>

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace bro;
using Json = nlohmann::json;

namespace {

constexpr int kParticipants = 10'000;
constexpr int kFirstYear = 2016;
constexpr int kLastYear = 2025;

double millisSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::string day(int year, int dayOfYear)
{
    return model::reporting::isoDate(*model::reporting::dayNumber(std::to_string(year) + "-01-01") +
                                     dayOfYear);
}

std::int64_t millisOf(const std::string &isoDay)
{
    return *model::reporting::dayNumber(isoDay) * 86'400'000 + 9 * 3'600'000;
}

struct Writer
{
    std::vector<sync::Change> batch;
    std::string device;
    std::uint32_t counter = 0;

    void set(const std::string &kind, const std::string &id, const std::string &field, Json value,
             std::int64_t millis)
    {
        sync::Change c;
        c.opId = sync::newRecordId();
        c.kind = kind;
        c.recordId = id;
        c.field = field;
        c.value = std::move(value);
        c.stamp = sync::HlcStamp{millis, ++counter, device};
        c.deviceId = device;
        batch.push_back(std::move(c));
    }
    std::string record(const std::string &kind, const Json &fields, std::int64_t millis)
    {
        const std::string id = sync::newRecordId();
        for (const auto &[field, value] : fields.items())
            set(kind, id, field, value, millis);
        return id;
    }
};

} // namespace

int main()
{
    QTemporaryDir dir;
    server::SqliteRepository repo(dir.path().toStdString());
    if (!server::AdminService(repo).addUser({"kari", model::Role::Adviser, "passord-kari"}).empty())
        return 1;
    server::AuthService auth(repo, 3600);
    const std::string device = sync::Uuid::randomV4().toString();
    const auto adviser = auth.login({"kari", "passord-kari", device, "127.0.0.1"});
    const auto session = auth.authenticate(adviser.token);
    if (!session)
        return 1;
    server::SyncService sync(repo);
    // A device's stamps only increase: the history is pushed in stamp order, in batches that
    // end between records (a record's changes travel together, as the engine sends them).
    auto pushAll = [&](std::vector<sync::Change> &changes) {
        std::stable_sort(changes.begin(), changes.end(),
                         [](const sync::Change &a, const sync::Change &b) { return a.stamp < b.stamp; });
        std::vector<sync::Change> part;
        for (std::size_t i = 0; i < changes.size(); ++i) {
            part.push_back(changes[i]);
            if ((part.size() >= 2000 && (i + 1 == changes.size() ||
                                         changes[i + 1].recordId != changes[i].recordId)) ||
                i + 1 == changes.size()) {
                (void)sync.push(*session, part);
                part.clear();
            }
        }
        changes.clear();
    };

    // Every participant in the programme from a day of 2016..2025; two in five on the fast
    // track (the track changed some months later, phase changes too), each with work training,
    // a wage subsidy at one of 300 employers, a training book, and mostly a job at the end.
    std::mt19937 rng(13);
    Writer w;
    w.device = device;
    std::vector<std::string> participantIds;
    std::size_t changes = 0;
    const auto fill0 = std::chrono::steady_clock::now();
    for (int i = 0; i < kParticipants; ++i) {
        const int year = kFirstYear + i % (kLastYear - kFirstYear + 1);
        const std::string start = day(year, int(rng() % 300));
        const std::int64_t t0 = millisOf(start);
        const bool fastTrack = i % 5 < 2;
        const auto p = w.record("participant",
                                {{"name", "Deltaker " + std::to_string(i)},
                                 {"municipality", i % 10 == 9 ? "Fauske" : "Bodø"},
                                 {"programme_start", start},
                                 {"track", "ordinary"},
                                 {"phase", "before"}},
                                t0);
        participantIds.push_back(p);
        if (fastTrack) {
            const std::int64_t ft = t0 + std::int64_t(30 + rng() % 200) * 86'400'000;
            w.set("participant", p, "track", "fast_track", ft);
            w.set("participant", p, "phase", "qualification", ft);
            const auto plan = w.record("plan", {{"participant_id", p}}, ft);
            const std::string employer = "Bedrift " + std::to_string(rng() % 300);
            const std::int64_t training = ft + std::int64_t(20 + rng() % 60) * 86'400'000;
            const std::int64_t subsidy = training + std::int64_t(60 + rng() % 120) * 86'400'000;
            const std::string trainingDay = model::reporting::isoDateOfMillis(training);
            const std::string subsidyDay = model::reporting::isoDateOfMillis(subsidy);
            w.record("measure",
                     {{"plan_id", plan},
                      {"type", "work_training"},
                      {"status", "completed"},
                      {"employer", employer},
                      {"start_date", trainingDay}},
                     training);
            w.record("measure",
                     {{"plan_id", plan},
                      {"type", "wage_subsidy"},
                      {"status", "ongoing"},
                      {"employer", employer},
                      {"start_date", subsidyDay}},
                     subsidy);
            w.record("training_book",
                     {{"participant_id", p}, {"employer", employer}, {"start_date", trainingDay}},
                     training);
            w.set("participant", p, "phase", "job_match", subsidy);
            if (i % 5 == 0) {
                const std::int64_t job = subsidy + std::int64_t(90 + rng() % 200) * 86'400'000;
                w.record("employment",
                         {{"participant_id", p},
                          {"employer", employer},
                          {"start_date", model::reporting::isoDateOfMillis(job)},
                          {"position_percent", rng() % 3 ? 100 : 50},
                          {"wage_subsidy", false}},
                         job);
                w.set("participant", p, "phase", "after", job);
            }
            w.record("reporting",
                     {{"participant_id", p},
                      {"programme_start", start},
                      {"programme_start_basis", "participant/programme_start/" + start}},
                     ft);
        }
        if (i + 1 == kParticipants) {
            // The server refuses stamps from the future, not from the past.
            changes += w.batch.size();
            pushAll(w.batch);
        }
    }
    std::printf("bench_reporting: %d participants, %zu changes pushed in %.1f s\n", kParticipants,
                changes, millisSince(fill0) / 1000);

    server::ReportService reports(repo);
    const model::reporting::ReportQuery query{kLastYear, kFirstYear, "2025-12-31"};
    auto timed = [&](model::reporting::Report &out) {
        const auto t0 = std::chrono::steady_clock::now();
        out = reports.municipalityReport("Bodø", query);
        return millisSince(t0);
    };
    model::reporting::Report report;
    // The first report after the server started reads every record; later ones only what
    // changed since (a cache kept from the change log).
    const double first = timed(report);
    std::vector<double> warm, changed;
    for (int run = 0; run < 9; ++run)
        warm.push_back(timed(report));
    for (int run = 0; run < 5; ++run) {
        // 100 participants' records change between two reports (a busy day).
        for (int i = 0; i < 100; ++i) {
            const std::string id = participantIds[std::size_t(rng() % participantIds.size())];
            w.set("participant", id, "phase", run % 2 ? "job_match" : "qualification",
                  sync::HybridClock::systemMillis() + run * 1000 + i);
        }
        pushAll(w.batch);
        changed.push_back(timed(report));
    }
    std::sort(warm.begin(), warm.end());
    std::sort(changed.begin(), changed.end());
    std::printf("bench_reporting: the report of Bodø (9,000 participants, %d years) on the server: "
                "first after start %.0f ms; then median %.0f ms (max %.0f); after 100 "
                "participants changed median %.0f ms (max %.0f)\n",
                kLastYear - kFirstYear + 1, first, warm[warm.size() / 2], warm.back(),
                changed[changed.size() / 2], changed.back());
    const auto &last = report.years.back();
    std::printf(
        "bench_reporting: %d: %s on the fast track of %s in the programme, %s companies\n",
        last.year,
        model::reporting::formatValue(last.at(model::reporting::Figure::FastTrackParticipants))
            .c_str(),
        model::reporting::formatValue(last.at(model::reporting::Figure::ProgrammeParticipants))
            .c_str(),
        model::reporting::formatValue(last.at(model::reporting::Figure::Companies)).c_str());
    return 0;
}
