// The adviser's screens with the app's real QML modules on a real encrypted store:
//  1. opening a participant's overview (full plan, meetings, a training book with 2,000
//     logbook entries) and that training book's logbook, from push to the first frame;
//  2. filtering a caseload of 200 participants, from a keystroke to the next frame, and the
//     model's own filter time without rendering.
// Each figure is printed; nothing passes or fails on time.
#include "benchsupport.h"
#include "core/appservices.h"
#include "core/caseloadmodel.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <atomic>
#include <cstdlib>
#include <string>

Q_IMPORT_QML_PLUGIN(Bro_CorePlugin)
Q_IMPORT_QML_PLUGIN(BroPlugin)

using namespace bro;
using namespace bro::bench;
using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

namespace {

const char *kNames[] = {"Amanuel", "Rahaf", "Olena",    "Farid",  "Hodan",
                        "Yonas",   "Nasra", "Mohammed", "Tigist", "Dawit"};
const char *kSurnames[] = {"Tesfay", "Al-Hassan", "Kovalenko", "Ahmadi", "Warsame",
                           "Haile",  "Abdi",      "Yusuf",     "Bekele", "Gebre"};
const char *kPhases[] = {"before", "qualification", "job_match", "after"};
const char *kTracks[] = {"fast_track", "ordinary", "work_directed", "education_directed"};
const char *kMeasureTypes[] = {"career_guidance",       "intro_cv",          "work_training",
                               "language_practice",     "job_shadowing",     "work_norwegian",
                               "labour_market_course",  "wage_subsidy",      "mentor",
                               "education_recognition", "norwegian_lessons", "other"};
const char *kMeasureStatus[] = {"planned", "ongoing", "completed", "cancelled"};
const char *kMeetingTypes[] = {"three_party",           "mapping",           "nav_cooperation",
                               "employer_expectations", "status_evaluation", "closing"};

std::string isoDate(int dayOffset)
{
    using namespace std::chrono;
    const year_month_day d{sys_days{year{2025} / January / 6} + days{dayOffset}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
                  unsigned(d.day()));
    return buf;
}

struct Writer
{
    store::Store &store;
    bool ok = true;
    std::string add(const std::string &kind, const Json &fields)
    {
        auto r = store.create(kind, fields);
        if (!r.ok()) {
            std::fprintf(stderr, "bench_ui: %s refused: %s\n", kind.c_str(),
                         r.error->message.c_str());
            ok = false;
        }
        return r.id;
    }
};

struct Seeded
{
    std::string participant; // the one with the full plan
    std::string book;        // their training book with 2,000 entries
};

// A participant's plan, measures and meetings; `full` adds what the benchmark's participant
// has (mapping, education, work experience, more meetings).
std::string addParticipant(Writer &w, int i, int measures, int meetings, int notes, int actions)
{
    const std::string name = i == 0 ? std::string("Amanuel Tesfay")
                                    : std::string(kNames[i % 10]) + " " + kSurnames[(i / 10) % 10] +
                                          " " + std::to_string(i);
    const auto p = w.add("participant", {{"name", name},
                                         {"municipality", i % 2 ? "Bodø" : "Fauske"},
                                         {"preferred_language", i % 3 ? "Tigrinja" : "Arabisk"},
                                         {"birth_date", "1990-05-17"},
                                         {"settlement_date", "2025-01-10"},
                                         {"adviser", "Kari Nordmann"},
                                         {"track", kTracks[i % 3]},
                                         {"phase", kPhases[i % 4]}});
    const auto plan =
        w.add("plan", {{"participant_id", p},
                       {"goal", "Fast jobb som elektriker med fagbrev innen 2028"},
                       {"current_situation",
                        "Har seks års erfaring som elektriker fra hjemlandet uten formell "
                        "dokumentasjon. Norsk på B1 muntlig, A2 skriftlig. Deltar i "
                        "arbeidstrening hos et elektrofirma tre dager i uken."},
                       {"prerequisites", "Godkjenning av utdanning (NOKUT), fagnorsk for elektro, "
                                         "førerkort klasse B, praksiskandidatordningen."}});
    for (int m = 0; m < measures; ++m)
        w.add("measure", {{"plan_id", plan},
                          {"type", kMeasureTypes[m % 12]},
                          {"description", "Tiltak " + std::to_string(m + 1) + " i planen"},
                          {"start_date", isoDate(m * 30)},
                          {"end_date", isoDate(m * 30 + 90)},
                          {"status", kMeasureStatus[m % 4]},
                          {"responsible", m % 2 ? "nav" : "municipality"}});
    for (int m = 0; m < meetings; ++m) {
        const std::string date = isoDate(m * 45);
        const auto meeting = w.add("meeting", {{"participant_id", p},
                                               {"type", kMeetingTypes[m % 6]},
                                               {"meeting_date", date},
                                               {"attendees", "Deltaker, rådgiver, NAV-veileder"},
                                               {"interpreter", m % 2 == 0},
                                               {"language", "Tigrinja"}});
        for (int n = 0; n < notes; ++n)
            w.add("meeting_note",
                  {{"meeting_id", meeting},
                   {"written_at", date + "T10:" + std::to_string(10 + n * 10) + ":00Z"},
                   {"author", "Kari Nordmann"},
                   {"text", "Deltakeren forteller at arbeidstreningen går bra, men at "
                            "fagbegrepene er krevende. Vi avtalte å øve på dem hver uke."}});
        for (int a = 0; a < actions; ++a)
            w.add("agreed_action", {{"meeting_id", meeting},
                                    {"text", "Avtalt oppgave " + std::to_string(a + 1) +
                                                 " fra møte " + std::to_string(m + 1)},
                                    {"due_date", isoDate(m * 45 + 14 + a * 7)},
                                    {"responsible", a % 2 ? "participant" : "nav"},
                                    {"done", a == 0}});
    }
    return p;
}

std::string addTrainingBook(Writer &w, const std::string &participant, int goals, int entries,
                            int feedbacks)
{
    const auto book = w.add("training_book", {{"participant_id", participant},
                                              {"employer", "Elektro Nord AS"},
                                              {"workplace", "Verkstedet, Bodø"},
                                              {"hours_per_week", 22.5},
                                              {"mentor_name", "Per Hansen"},
                                              {"start_date", "2025-01-06"}});
    std::vector<std::string> goalIds;
    for (int g = 0; g < goals; ++g)
        goalIds.push_back(w.add("competence_goal",
                                {{"training_book_id", book},
                                 {"title", "Kompetansemål " + std::to_string(g + 1)},
                                 {"code", "ELE-" + std::to_string(g + 1)},
                                 {"description", "Planlegge og utføre installasjoner i bolig."}}));
    for (std::size_t g = 0; g < goalIds.size(); ++g)
        for (int a = 0; a < 2; ++a)
            w.add("assessment", {{"training_book_id", book},
                                 {"goal_id", goalIds[g]},
                                 {"status", a ? "achieved" : "in_progress"},
                                 {"comment", "Jobber selvstendig med veiledning."},
                                 {"assessed_on", isoDate(int(g) * 10 + a * 60)},
                                 {"assessed_by", "Per Hansen"}});
    for (int f = 0; f < feedbacks; ++f)
        w.add("employer_feedback", {{"training_book_id", book},
                                    {"given_on", isoDate(f * 60)},
                                    {"attendance", 4},
                                    {"punctuality", 5},
                                    {"cooperation", 4},
                                    {"safety", 4},
                                    {"work_quality", 3},
                                    {"norwegian_at_work", 3},
                                    {"comment", "Stabil og lærevillig."}});
    for (int e = 0; e < entries; ++e) {
        Json entry = {{"training_book_id", book},
                      {"entry_date", isoDate(e % 700)},
                      {"hours", e % 3 == 2 ? 6.5 : 7.5},
                      {"tasks", "Trakk kabler i ny leilighet sammen med mentor og monterte "
                                "stikkontakter på kjøkkenet, dag " +
                                    std::to_string(e)},
                      {"goals_practised", "Installasjon i bolig"},
                      {"norwegian_used", "sikringsskap, jordfeilbryter, kabelkanal"}};
        if (e % 5 != 0) {
            entry["signed_by"] = "Per Hansen";
            entry["signed_at"] = isoDate(e % 700) + "T15:30:00Z";
        }
        w.add("logbook_entry", entry);
    }
    return book;
}

Seeded populate(store::Store &store, int participants, int entries)
{
    Seeded seeded;
    Writer w{store};
    store.batch([&] {
        // The participant of the benchmark: a full plan, 5 meetings, a training book.
        seeded.participant = addParticipant(w, 0, 12, 5, 4, 3);
        w.add("mapping", {{"participant_id", seeded.participant},
                          {"norwegian_listening", "B1"},
                          {"norwegian_reading", "A2"},
                          {"norwegian_speaking", "B1"},
                          {"norwegian_writing", "A2"},
                          {"other_languages", "Tigrinja (morsmål), arabisk, engelsk"},
                          {"needs", "Fagnorsk for elektro."},
                          {"goals", "Jobbe som elektriker og ta fagbrev."}});
        for (int e = 0; e < 3; ++e) {
            w.add("education", {{"participant_id", seeded.participant},
                                {"level", "vocational"},
                                {"subject", "Elektroinstallasjon " + std::to_string(e + 1)},
                                {"country", "Eritrea"},
                                {"years", 3}});
            w.add("work_experience", {{"participant_id", seeded.participant},
                                      {"occupation", "Elektriker " + std::to_string(e + 1)},
                                      {"years", 2},
                                      {"country", "Eritrea"}});
        }
        seeded.book = addTrainingBook(w, seeded.participant, 10, entries, 5);
        // The rest of the caseload: smaller plans; every fourth has a training book.
        for (int i = 1; i < participants; ++i) {
            const auto p = addParticipant(w, i, 4, 2, 2, 2);
            if (i % 4 == 2)
                addTrainingBook(w, p, 5, 100, 1);
        }
        return w.ok;
    });
    if (!w.ok)
        std::exit(1);
    return seeded;
}

// Times a UI change from the call that makes it to the first frame rendered after it. A frame
// counts only if it was synchronised after the call returned, so a frame already in flight on
// the render thread is not mistaken for it.
class FrameTimer
{
public:
    explicit FrameTimer(QQuickWindow *window)
        : m_window(window)
    {
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(5000);
        QObject::connect(&m_timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        QObject::connect(
            window, &QQuickWindow::beforeSynchronizing, window,
            [this] {
                if (m_armed.load() && !m_synced.exchange(true))
                    m_syncAt = Clock::now();
            },
            Qt::DirectConnection);
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                if (m_synced.load() && !m_done.load()) {
                    m_swapAt = Clock::now();
                    m_done = true;
                }
            },
            Qt::DirectConnection);
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                if (m_done.load())
                    m_loop.quit();
            },
            Qt::QueuedConnection);
    }

    struct Sample
    {
        double call = 0;   // the call itself: model work, page creation, bindings
        double polish = 0; // to the start of the frame's sync: event loop, polish, layouts
        double total = 0;  // to the frame swapped
    };

    template<typename F>
    Sample measure(F &&change)
    {
        settle();
        m_armed = false;
        m_synced = false;
        m_done = false;
        const auto t0 = Clock::now();
        change();
        const auto called = Clock::now();
        m_armed = true;
        m_window->update(); // a change that touched nothing visible still ends in a frame
        m_timeout.start();
        if (!m_done)
            m_loop.exec();
        m_timeout.stop();
        m_armed = false;
        if (!m_done) {
            std::fprintf(stderr, "bench_ui: no frame within 5 s\n");
            std::exit(1);
        }
        auto ms = [](Clock::time_point a, Clock::time_point b) {
            return std::chrono::duration<double, std::milli>(b - a).count();
        };
        return {ms(t0, called), ms(called, m_syncAt), ms(t0, m_swapAt)};
    }

    // Lets pending deletions, follow-up frames and timers run before the next sample.
    void settle(int ms = 60)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QEventLoop idle;
        QTimer::singleShot(ms, &idle, &QEventLoop::quit);
        idle.exec();
    }

private:
    QQuickWindow *m_window;
    QEventLoop m_loop;
    QTimer m_timeout;
    std::atomic<bool> m_armed{false}, m_synced{false}, m_done{false};
    Clock::time_point m_syncAt, m_swapAt;
};

struct Series
{
    std::vector<double> call, polish, total;
    void add(const FrameTimer::Sample &s)
    {
        call.push_back(s.call);
        polish.push_back(s.polish);
        total.push_back(s.total);
    }
};

void printSeries(const char *name, const Series &s, const char *target)
{
    std::printf("  %s: median %.1f ms, p90 %.1f ms, max %.1f ms%s\n", name, percentile(s.total, 50),
                percentile(s.total, 90), percentile(s.total, 100), target);
    std::printf("    medians: call %.1f ms, to frame sync %.1f ms, sync+render %.1f ms\n",
                percentile(s.call, 50), percentile(s.polish, 50),
                percentile(s.total, 50) - percentile(s.call, 50) - percentile(s.polish, 50));
}

// The window the pages are pushed into: a 1280x800 window with the app's 56 px tool bar and a
// StackView below it, as in Main.qml.
const char kHostQml[] = R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    Material.theme: Material.Light
    header: ToolBar { height: 56 }
    StackView { id: stack; anchors.fill: parent }
    function open(component, properties) {
        return stack.push(component, properties, StackView.Immediate)
    }
    function closeAll() { stack.clear(StackView.Immediate) }
}
)";

QQuickItem *push(QObject *host, QQmlComponent &component, const QVariantMap &properties)
{
    QVariant item;
    QMetaObject::invokeMethod(host, "open", Q_RETURN_ARG(QVariant, item),
                              Q_ARG(QVariant, QVariant::fromValue<QObject *>(&component)),
                              Q_ARG(QVariant, properties));
    auto *page = qvariant_cast<QQuickItem *>(item);
    if (!page) {
        std::fprintf(stderr, "bench_ui: %s could not be pushed: %s\n",
                     qPrintable(component.url().toString()), qPrintable(component.errorString()));
        std::exit(1);
    }
    return page;
}

void closeAll(QObject *host)
{
    QMetaObject::invokeMethod(host, "closeAll");
}

// Opens a page `runs` times (after `warmup` untimed opens) and prints the figures.
void benchOpen(FrameTimer &timer, QObject *host, QQmlComponent &component,
               const QVariantMap &properties, int runs, const char *name, const char *target)
{
    Series series;
    double first = 0;
    for (int i = -2; i < runs; ++i) {
        const auto s = timer.measure([&] { push(host, component, properties); });
        if (i == -2)
            first = s.total;
        if (i >= 0)
            series.add(s);
        closeAll(host);
        timer.settle();
    }
    printSeries(name, series, target);
    std::printf("    the first open of the session (QML types not yet cached): %.1f ms\n", first);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const int runs = argc > 1 ? std::atoi(argv[1]) : 30;
    // An optional second argument runs one part only (for profiling): participant, book,
    // caseload.
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    auto part = [&only](const char *name) {
        return only.isEmpty() || only == QLatin1String(name);
    };
    const int entries = 2000;

    QTemporaryDir dir;
    auto store = openStore(dir.path());
    const auto t0 = Clock::now();
    const Seeded seeded = populate(*store, 200, entries);
    std::printf("bench_ui: store of %d participants, %d logbook entries (%d in the book "
                "measured), %d meetings (written in %.0f ms)\n",
                store->count("participant"), store->count("logbook_entry"), entries,
                store->count("meeting"), millisSince(t0));

    AppServices services(*store, {.settingsFile = dir.filePath(QStringLiteral("settings.ini")),
                                  .exportDirectory = dir.filePath(QStringLiteral("exports"))});
    services.session().setLockedForTesting(false);
    RecordService &records = services.records();

    QQmlApplicationEngine engine;
    services.attach(engine);
    engine.loadData(kHostQml, QUrl(QStringLiteral("bench_ui_host.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    FrameTimer timer(window);
    timer.settle(300);

    const char *api = "other";
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        api = "software";
        break;
    case QSGRendererInterface::OpenGL:
        api = "OpenGL";
        break;
    case QSGRendererInterface::Vulkan:
        api = "Vulkan";
        break;
    default:
        break;
    }
    std::printf("  platform %s, scene graph %s, window %dx%d, %d runs each (2 warm-up runs "
                "not counted)\n",
                qPrintable(QGuiApplication::platformName()), api, window->width(), window->height(),
                runs);

    // 1. Opening the participant and the training book.
    {
        QQmlComponent participantPage(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Bro/pages/ParticipantPage.qml")));
        QQmlComponent bookPage(&engine,
                               QUrl(QStringLiteral("qrc:/qt/qml/Bro/pages/TrainingBookPage.qml")));
        if (participantPage.isError() || bookPage.isError()) {
            std::fprintf(stderr, "bench_ui: %s%s\n", qPrintable(participantPage.errorString()),
                         qPrintable(bookPage.errorString()));
            return 1;
        }
        if (part("participant"))
            benchOpen(
                timer, window, participantPage,
                {{QStringLiteral("participantId"), QString::fromStdString(seeded.participant)}},
                runs, "open participant overview (12 measures, 5 meetings, 2,000 entries)",
                " (target <= 100 ms)");
        if (part("book"))
            benchOpen(timer, window, bookPage,
                      {{QStringLiteral("bookId"), QString::fromStdString(seeded.book)}}, runs,
                      "open training book, logbook tab (2,000 entries)", " (no target)");
    }

    // 2. Filtering the caseload.
    if (part("caseload")) {
        QQmlComponent listPage(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Bro/pages/ParticipantListPage.qml")));
        QQuickItem *page = push(window, listPage, {});
        timer.settle(300);
        auto *model = qvariant_cast<CaseloadModel *>(page->property("participants"));
        if (!model) {
            std::fprintf(stderr, "bench_ui: ParticipantListPage has no caseload model\n");
            return 1;
        }
        struct Step
        {
            const char *label, *property, *value;
        };
        const Step steps[] = {
            {"\"a\"", "searchText", "a"},
            {"\"am\"", "searchText", "am"},
            {"\"ama\"", "searchText", "ama"},
            {"\"aman\"", "searchText", "aman"},
            {"\"ama\" (back)", "searchText", "ama"},
            {"\"am\" (back)", "searchText", "am"},
            {"\"a\" (back)", "searchText", "a"},
            {"\"\" (cleared)", "searchText", ""},
            {"phase qualification", "phaseFilter", "qualification"},
            {"+ track fast_track", "trackFilter", "fast_track"},
            {"phase all", "phaseFilter", ""},
            {"track all", "trackFilter", ""},
        };
        constexpr std::size_t kSteps = std::size(steps);
        std::vector<Series> perStep(kSteps);
        std::vector<int> visible(kSteps);
        Series all;
        for (int round = -1; round < runs; ++round)
            for (std::size_t i = 0; i < kSteps; ++i) {
                const auto s = timer.measure([&] {
                    page->setProperty(steps[i].property, QString::fromUtf8(steps[i].value));
                });
                visible[i] = model->rowCount();
                if (round >= 0) {
                    perStep[i].add(s);
                    all.add(s);
                }
            }
        std::printf("  caseload filter, keystroke to next frame (%d participants):\n",
                    model->totalCount());
        for (std::size_t i = 0; i < kSteps; ++i) {
            const Series &s = perStep[i];
            std::printf(
                "    %-20s %3d shown: median %5.1f ms, p90 %5.1f ms, max %5.1f ms "
                "(medians: call %.1f, to sync %.1f, sync+render %.1f)\n",
                steps[i].label, visible[i], percentile(s.total, 50), percentile(s.total, 90),
                percentile(s.total, 100), percentile(s.call, 50), percentile(s.polish, 50),
                percentile(s.total, 50) - percentile(s.call, 50) - percentile(s.polish, 50));
        }
        printSeries("caseload filter, every step", all, " (target <= 16 ms)");
        closeAll(window);
        timer.settle();

        // The model alone: setFilterText in C++, no view attached.
        CaseloadModel bare(&records);
        std::vector<double> filter, reload;
        for (int round = 0; round < runs * 10; ++round)
            for (const char *text : {"a", "am", "ama", "aman", "ama", "am", "a", ""}) {
                const auto t = Clock::now();
                bare.setFilterText(QString::fromUtf8(text));
                filter.push_back(millisSince(t));
            }
        for (int round = 0; round < runs; ++round) {
            const auto t = Clock::now();
            bare.reload();
            reload.push_back(millisSince(t));
        }
        std::printf("  CaseloadModel::setFilterText alone: median %.3f ms, p90 %.3f ms, max "
                    "%.3f ms\n",
                    percentile(filter, 50), percentile(filter, 90), percentile(filter, 100));
        std::printf("  CaseloadModel::reload (after any change, 50 ms debounced): median %.1f ms, "
                    "max %.1f ms\n",
                    percentile(reload, 50), percentile(reload, 100));
        // What reload() reads, one part at a time.
        auto timed = [](auto &&f) {
            const auto t = Clock::now();
            f();
            return millisSince(t);
        };
        std::printf("    of which (outbox of %d changes): participants %.1f ms, meetings %.1f ms, "
                    "agreed actions %.1f ms, participants with unsent changes %.1f ms, with "
                    "conflicts %.1f ms\n",
                    store->outboxSize(), timed([&] { (void)store->list("participant"); }),
                    timed([&] { (void)store->list("meeting"); }),
                    timed([&] { (void)store->list("agreed_action"); }),
                    timed([&] { (void)store->participantsWithUnsentChanges(); }),
                    timed([&] { (void)store->participantsWithConflicts(); }));
    }
    return 0;
}
