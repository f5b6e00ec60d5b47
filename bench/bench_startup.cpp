// Cold start of the real `bro` executable to its first frame, with a store of 200
// participants and 50,000 logbook entries: once with all its changes unsent, once synced.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cstring>
#include <limits>

using namespace bro;
using namespace bro::bench;
using Clock = std::chrono::steady_clock;

namespace {

void populate(store::Store &store, int participants, int entries)
{
    const char *names[] = {"Amanuel", "Rahaf", "Olena",    "Farid",  "Hodan",
                           "Yonas",   "Nasra", "Mohammed", "Tigist", "Dawit"};
    const char *surnames[] = {"Tesfay", "Al-Hassan", "Kovalenko", "Ahmadi", "Warsame",
                              "Haile",  "Abdi",      "Yusuf",     "Bekele", "Gebre"};
    const char *phases[] = {"before", "qualification", "job_match", "after"};
    std::vector<std::string> books;
    store.batch([&] {
        for (int i = 0; i < participants; ++i) {
            const auto p = store.create(
                "participant", {{"name", std::string(names[i % 10]) + " " +
                                             surnames[(i / 10) % 10] + " " + std::to_string(i)},
                                {"municipality", i % 2 ? "Bodø" : "Fauske"},
                                {"preferred_language", "Tigrinja"},
                                {"track", "fast_track"},
                                {"phase", phases[i % 4]}});
            (void)store.create("plan", {{"participant_id", p.id}, {"goal", "Elektriker"}});
            if (i % 4 == 2)
                books.push_back(store
                                    .create("training_book",
                                            {{"participant_id", p.id}, {"employer", "Verksted AS"}})
                                    .id);
        }
        for (int i = 0; i < entries; ++i)
            (void)store.create(
                "logbook_entry",
                {{"training_book_id", books[std::size_t(i) % books.size()]},
                 {"entry_date", "2026-10-01"},
                 {"hours", 7.5},
                 {"tasks", "Monterte stikkontakter og trakk kabel, dag " + std::to_string(i)},
                 {"norwegian_used", "sikringsskap, kabelkanal"}});
        return true;
    });
}

bool dropPageCache()
{
    ::sync();
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    return f.open(QIODevice::WriteOnly) && f.write("3\n") == 2;
}

// Starts `bro` on the store in home `runs` times (cold: the page cache dropped first, then
// warm) and prints the medians; false when bro failed.
bool measure(const QString &label, const QString &home, int runs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::printf("  %s (platform %s, %d runs each)\n", qPrintable(label),
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))), runs);

    // Cold: the page cache is dropped before each run (needs root), as after a reboot.
    // Warm: as when the app is opened again soon after.
    for (const bool cold : {true, false}) {
        if (cold && !dropPageCache()) {
            std::printf("    cold runs skipped: cannot drop the page cache (not root)\n");
            continue;
        }
        std::vector<double> wall, store, qml, frame;
        for (int i = 0; i < runs; ++i) {
            if (cold)
                dropPageCache();
            QProcess bro;
            bro.setProcessEnvironment(env);
            const auto t0 = Clock::now();
            bro.start(QStringLiteral(BRO_EXECUTABLE),
                      {QStringLiteral("--home"), home, QStringLiteral("--quit-after-first-frame")});
            if (!bro.waitForFinished(30'000) || bro.exitCode() != 0) {
                std::fprintf(stderr, "bro failed: %s\n", bro.readAllStandardError().constData());
                return false;
            }
            wall.push_back(millisSince(t0));
            const QByteArray out = bro.readAllStandardOutput();
            auto figure = [&out](const char *name) {
                const int at = out.indexOf(name);
                return at < 0 ? 0.0
                              : out.mid(at + int(std::strlen(name)) + 1)
                                    .split('\n')
                                    .value(0)
                                    .toDouble();
            };
            store.push_back(figure("store-opened-ms"));
            qml.push_back(figure("qml-loaded-ms"));
            frame.push_back(figure("first-frame-ms"));
        }
        std::printf("    %s start: process start to first frame median %.0f ms, max %.0f ms "
                    "(target <= 1000 ms)\n",
                    cold ? "cold" : "warm", percentile(wall, 50), percentile(wall, 100));
        std::printf("      inside the app (medians): store open %.0f ms, QML loaded %.0f ms, "
                    "first frame %.0f ms\n",
                    percentile(store, 50), percentile(qml, 50), percentile(frame, 50));
    }
    return true;
}

} // namespace

// Two stores of 200 participants and 50,000 logbook entries: one never synced (its 250,000
// changes all unsent, as the tablet that wrote them offline), and one synced (outbox empty).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 7;
    // An optional second argument keeps the stores in that directory (for profiling).
    QTemporaryDir scratch;
    const QDir base(argc > 2 ? QString::fromLocal8Bit(argv[2]) : scratch.path());
    const QString unsentHome = base.filePath(QStringLiteral("unsent"));
    const QString syncedHome = base.filePath(QStringLiteral("synced"));
    for (const bool synced : {false, true}) {
        const auto t0 = Clock::now();
        auto store = openStore(synced ? syncedHome : unsentHome);
        const bool reused = store->count("participant") > 0;
        if (!reused) {
            populate(*store, 200, 50'000);
            if (synced) // as after a sync: the server has taken every change
                store->removePushed(std::numeric_limits<std::int64_t>::max(), {});
        }
        std::printf("bench_startup: store of %d participants, %d logbook entries, %d unsent "
                    "changes (%s in %.0f ms)\n",
                    store->count("participant"), store->count("logbook_entry"),
                    store->outboxSize(), reused ? "reused" : "written", millisSince(t0));
    }
    if (!measure(QStringLiteral("unsent store (250,000 changes in the outbox)"), unsentHome, runs))
        return 1;
    if (!measure(QStringLiteral("synced store (outbox empty)"), syncedHome, runs))
        return 1;
    return 0;
}
