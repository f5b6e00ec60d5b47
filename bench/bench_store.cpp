// Durable single writes of a logbook entry with its outbox changes, against a plain insert of
// the same row without change tracking, on the same encrypted database settings
// (WAL, synchronous=FULL, one transaction per write).
#include "benchsupport.h"

#include <QCoreApplication>

using namespace bro;
using namespace bro::bench;
using Clock = std::chrono::steady_clock;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 2000;
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    const auto p = store->create("participant", {{"name", "Amanuel Tesfay"}});
    const auto book =
        store->create("training_book", {{"participant_id", p.id}, {"employer", "Elektro Nord AS"}});
    const std::string tasks =
        "Trakk kabler i ny leilighet sammen med mentor, monterte stikkontakter på kjøkkenet og "
        "målte isolasjonsmotstand før overlevering.";
    const nlohmann::json entry = {{"training_book_id", book.id},
                                  {"entry_date", "2026-11-20"},
                                  {"hours", 7.5},
                                  {"tasks", tasks},
                                  {"goals_practised", "Installasjon i bolig"},
                                  {"norwegian_used", "sikringsskap, jordfeilbryter, kabelkanal"}};

    // Warm up the file and the page cache.
    for (int i = 0; i < 50; ++i)
        (void)store->create("logbook_entry", entry);

    // The same row, plainly: one prepared INSERT in its own durable transaction, into a table
    // made exactly like logbook_entry (same columns, key and index) but without tracking.
    auto &db = store->database();
    {
        auto schema = db.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'logbook_entry' "
                                 "AND sql IS NOT NULL");
        std::vector<std::string> statements;
        while (schema.step())
            statements.push_back(schema.text(0));
        for (auto sql : statements) {
            for (std::size_t at; (at = sql.find("logbook_entry")) != std::string::npos;)
                sql.replace(at, 13, "plain_entry");
            db.exec(sql);
        }
    }
    // Tracked and plain writes alternate, so that both meet the same WAL size and checkpoints.
    std::vector<double> tracked, plain;
    tracked.reserve(std::size_t(n));
    plain.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        auto t0 = Clock::now();
        const auto r = store->create("logbook_entry", entry);
        tracked.push_back(millisSince(t0));
        if (!r.ok()) {
            std::fprintf(stderr, "write refused: %s\n", r.error->message.c_str());
            return 1;
        }

        t0 = Clock::now();
        sync::Transaction tx(db);
        auto st = db.cached("INSERT INTO plain_entry (id, training_book_id, entry_date, hours, "
                            "tasks, goals_practised, norwegian_used, deleted) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
        st->bind(1, sync::newRecordId())
            .bind(2, book.id)
            .bind(3, "2026-11-20")
            .bind(4, 7.5)
            .bind(5, tasks)
            .bind(6, "Installasjon i bolig")
            .bind(7, "sikringsskap, jordfeilbryter, kabelkanal")
            .run();
        tx.commit();
        plain.push_back(millisSince(t0));
    }

    const double tMed = percentile(tracked, 50), tP99 = percentile(tracked, 99);
    const double pMed = percentile(plain, 50), pP99 = percentile(plain, 99);
    std::printf("bench_store: %d durable writes each, SQLCipher, WAL, synchronous=FULL\n", n);
    std::printf("  logbook entry + outbox (6 changes): median %.3f ms, p99 %.3f ms "
                "(target: median <= 5 ms)\n",
                tMed, tP99);
    std::printf("  plain insert of the same row:        median %.3f ms, p99 %.3f ms\n", pMed, pP99);
    std::printf("  change-tracking overhead: %.2fx at the median, %.2fx at p99 (target <= 2x)\n",
                tMed / pMed, tP99 / pP99);
    return 0;
}
