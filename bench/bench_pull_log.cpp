// bench_pull_log: the server's side of a new device's first pull, page by page, for an adviser
// whose caseload holds P participants with R log rows each, among other advisers' rows (the
// embedded SQLCipher backend). Times Repository::readLog (one arm per participant, merged in
// log order) against the query it replaced (participant_id IN (the caseload) ... ORDER BY seq
// LIMIT), run on the same connection and data. Prints the figures; never passes or fails.
//   bench_pull_log [participants=30] [rows per participant=2000] [page=5000]
#include "bro/server/storage/sqlite_repository.h"

#include <bro/sync/uuid.h>

#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace bro;
using namespace bro::server;

namespace {

double millisSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char **argv)
{
    const int participants = argc > 1 ? std::atoi(argv[1]) : 30;
    const int perParticipant = argc > 2 ? std::atoi(argv[2]) : 2000;
    const int page = argc > 3 ? std::atoi(argv[3]) : 5000;
    constexpr int kOthers = 4; // other advisers' participants, as many rows each
    QTemporaryDir dir;
    SqliteRepository repo(dir.path().toStdString());

    std::int64_t adviser = 0;
    {
        auto w = repo.write();
        UserRow u;
        u.name = "kari";
        u.passwordHash = "-";
        adviser = w->insertUser(u);
        w->commit();
    }
    std::vector<std::string> ids;
    for (int p = 0; p < participants + kOthers * participants; ++p)
        ids.push_back(sync::newRecordId());
    // Rows in pushes of 2,000, the participants interleaved as many advisers' devices sync.
    const int total = int(ids.size()) * perParticipant;
    for (int from = 0; from < total; from += 2000) {
        auto w = repo.write();
        if (from == 0)
            for (int p = 0; p < participants; ++p)
                w->addToCaseload(adviser, ids[std::size_t(p)]);
        std::vector<LogRow> rows;
        for (int i = from; i < std::min(total, from + 2000); ++i) {
            LogRow row;
            const std::string &pid = ids[std::size_t(i) % ids.size()];
            row.change.opId = sync::newRecordId();
            row.change.kind = "logbook_entry";
            row.change.recordId = sync::newRecordId();
            row.change.field = "tasks";
            row.change.value = "Trakk kabler og monterte stikkontakter, dag " + std::to_string(i) + ".";
            row.change.stamp = sync::HlcStamp{1'700'000'000'000 + i, 0, "device-a"};
            row.change.deviceId = "device-a";
            row.userId = adviser;
            row.scope = {pid, "book-" + pid, "Elektro Nord AS"};
            rows.push_back(std::move(row));
        }
        w->appendLog(rows);
        w->commit();
    }
    std::printf("bench_pull_log: %d participants in the caseload (%d others), %d rows each, "
                "%d rows in the log; pages of %d for a new device\n",
                participants, kOthers * participants, perParticipant, total, page);

    const Reach reach{model::Role::Adviser, adviser, {}, {}};
    auto merged = [&] {
        std::int64_t cursor = 0, rows = 0;
        int pages = 0;
        for (;; ++pages) {
            auto r = repo.read();
            std::int64_t examined = 0;
            const auto got = r->readLog(reach, cursor, page, "device-b", examined);
            rows += std::int64_t(got.size());
            cursor = examined;
            if (int(got.size()) < page)
                return std::pair{rows, pages + 1};
        }
    };
    sync::Database db = repo.connection();
    auto sorting = [&] {
        auto st = db.prepare("SELECT seq, op_id, kind, record_id, field, value, base, hlc, device, "
                             "user_id, participant_id, book_id, employer, owner_kind FROM log "
                             "WHERE seq > ?1 AND device <> ?2 AND participant_id IN (SELECT "
                             "participant_id FROM caseload WHERE adviser_id = ?4) ORDER BY seq "
                             "LIMIT ?3");
        std::int64_t cursor = 0, rows = 0;
        int pages = 0;
        for (;; ++pages) {
            db.exec("BEGIN");
            st.bind(1, cursor).bind(2, std::string("device-b")).bind(3, std::int64_t(page)).bind(4, adviser);
            int n = 0;
            while (st.step()) {
                cursor = st.int64(0);
                ++n;
            }
            st.reset();
            db.exec("COMMIT");
            rows += n;
            if (n < page)
                return std::pair{rows, pages + 1};
        }
    };
    for (int round = 0; round < 3; ++round) {
        auto t0 = std::chrono::steady_clock::now();
        const auto [sortedRows, sortedPages] = sorting();
        const double sortedMs = millisSince(t0);
        t0 = std::chrono::steady_clock::now();
        const auto [mergedRows, mergedPages] = merged();
        const double mergedMs = millisSince(t0);
        std::printf("  round %d: sorting query %7.0f ms (%lld rows, %d pages; only stepped)   "
                    "readLog, merged %7.0f ms (%lld rows, %d pages; made into LogRows)\n",
                    round + 1, sortedMs, static_cast<long long>(sortedRows), sortedPages, mergedMs,
                    static_cast<long long>(mergedRows), mergedPages);
    }
    return 0;
}
