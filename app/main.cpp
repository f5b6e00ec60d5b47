// bro: the tablet app. main() is the one place where the objects are built and wired.
#include "core/appservices.h"
#include "demo/demodata.h"
#include "domain/homestore.h"
#include "screens/screens.h"
#include "store/store.h"

#include <bro/platform/paths.h>

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Bro_CorePlugin)
Q_IMPORT_QML_PLUGIN(BroPlugin)

namespace {

const QUrl kMainUrl(QStringLiteral("qrc:/qt/qml/Bro/Main.qml"));
// run()'s exit code when the device's data is to be erased (ten wrong PINs, a remote wipe).
constexpr int kEraseAndRestart = 77;
// The pages `bro --screenshot PAGE FILE` can render (see showPage() in Main.qml).
const QStringList kScreenshotPages = {
    QStringLiteral("participants"),  QStringLiteral("participant"),
    QStringLiteral("mapping"),       QStringLiteral("plan"),
    QStringLiteral("measure"),       QStringLiteral("meetings"),
    QStringLiteral("meeting"),       QStringLiteral("new-participant"),
    QStringLiteral("sync"),          QStringLiteral("lock"),
    QStringLiteral("logbook"),       QStringLiteral("goals"),
    QStringLiteral("feedback"),      QStringLiteral("workplace"),
    QStringLiteral("logbook-entry"), QStringLiteral("sign"),
    QStringLiteral("new-feedback"),  QStringLiteral("hand-over"),
    QStringLiteral("mentor"),        QStringLiteral("reporting"),
    QStringLiteral("reporting-figures"), QStringLiteral("job-match"), QStringLiteral("cv"),
    QStringLiteral("employer-form"), QStringLiteral("need-form"), QStringLiteral("match-start"),
    QStringLiteral("cv-consent"),
    // The participant's own screens (with --role participant; my-handover on the adviser's).
    QStringLiteral("my-bro"),        QStringLiteral("my-plank"),
    QStringLiteral("my-goal"),       QStringLiteral("my-self-evaluation"),
    QStringLiteral("my-trail"),      QStringLiteral("my-languages"),
    QStringLiteral("my-handover")};

int g_qmlWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_qmlWarnings;
    g_previousHandler(type, ctx, msg);
}

using bro::screens::closeOpenPopups;
using bro::screens::openEveryPopup;
using bro::screens::settle;

// Loads every QML file of the app: each must compile, and each must instantiate without a
// warning. Then the main window is created with the demo data; every page `--screenshot` knows
// is shown in turn, and on each every popup and dialog (the file dialogs too) is opened and
// closed. Any warning fails the test: a missing QML module of Qt's own dialogs shows up here.
int runSelfTest(QQmlApplicationEngine &engine, bro::AppServices &services)
{
    g_previousHandler = qInstallMessageHandler(countingHandler);
    int failures = 0, files = 0, popups = 0;
    QDirIterator it(QStringLiteral(":/qt/qml/Bro"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QUrl url(QStringLiteral("qrc") + path);
        ++files;
        QQmlComponent component(&engine, url);
        if (component.isError()) {
            std::fprintf(stderr, "self-test: %s does not load:\n%s\n", qPrintable(path),
                         qPrintable(component.errorString()));
            ++failures;
            continue;
        }
        // Files that are whole windows are created once, below, with the full app.
        if (url == kMainUrl)
            continue;
        std::unique_ptr<QObject> object(component.create());
        if (!object) {
            std::fprintf(stderr, "self-test: %s cannot be created:\n%s\n", qPrintable(path),
                         qPrintable(component.errorString()));
            ++failures;
        }
    }
    engine.load(kMainUrl);
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "self-test: the main window did not load\n");
        return 1;
    }
    QObject *window = engine.rootObjects().constFirst();
    settle(300);
    QSet<QObject *> seen;
    for (const QString &page : kScreenshotPages) {
        const int before = g_qmlWarnings;
        closeOpenPopups(window);
        QMetaObject::invokeMethod(window, "resetToStart");
        services.session().setLockedForTesting(false);
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, page));
        bro::screens::settlePage(qobject_cast<QQuickWindow *>(window));
        popups += openEveryPopup(window, seen);
        if (g_qmlWarnings > before)
            std::fprintf(stderr, "self-test: warnings on the page \"%s\"\n", qPrintable(page));
    }
    QMetaObject::invokeMethod(window, "resetToStart");
    settle(300);
    std::printf("self-test: %d QML files, %d pages, %d popups and dialogs opened, %d failures, "
                "%d warnings\n",
                files, int(kScreenshotPages.size()), popups, failures, g_qmlWarnings);
    return failures == 0 && g_qmlWarnings == 0 ? 0 : 1;
}

// The pages of each role the layout check shows (the mentor's screens are reached from the
// mentor's home page).
const QStringList kMentorPages = {
    QStringLiteral("mentor"),   QStringLiteral("logbook"),       QStringLiteral("goals"),
    QStringLiteral("feedback"), QStringLiteral("workplace"),     QStringLiteral("logbook-entry"),
    QStringLiteral("sign"),     QStringLiteral("new-feedback"),  QStringLiteral("hand-over")};

// Shows every page (and every popup and dialog on it) at every size in both languages, as the
// adviser and as the mentor, and prints what layoutProblems() finds; fails when it finds any.
int runLayoutCheck(QQmlEngine &engine, bro::AppServices &services, const QList<QSize> &sizes,
                   const QStringList &languages)
{
    int problems = 0, screens = 0;
    for (const QString &role : {QStringLiteral("adviser"), QStringLiteral("mentor")}) {
        services.session().setRole(role);
        services.session().setDisplayNameForDemo(bro::demoDisplayName(role));
        QQmlComponent component(&engine, kMainUrl);
        std::unique_ptr<QObject> root(component.create());
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        if (!window) {
            std::fprintf(stderr, "layout-check: the main window did not load\n%s\n",
                         qPrintable(component.errorString()));
            return 1;
        }
        const QStringList &pages = role == QLatin1String("mentor") ? kMentorPages
                                                                    : kScreenshotPages;
        for (const QString &language : languages) {
            services.app().setLanguage(language);
            for (const QSize size : sizes) {
                window->resize(size);
                bro::screens::settleFrames(window);
                QSet<QString> reported;
                QSet<QObject *> seen;
                const QString where = QStringLiteral("%1 %2x%3 %4")
                                          .arg(role)
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(language);
                auto check = [&](const QString &screen) {
                    ++screens;
                    for (const QString &p : bro::screens::layoutProblems(window)) {
                        if (reported.contains(p))
                            continue;
                        reported.insert(p);
                        ++problems;
                        std::printf("layout: [%s] %s: %s\n", qPrintable(where),
                                    qPrintable(screen), qPrintable(p));
                        std::fflush(stdout);
                    }
                };
                for (const QString &page : pages) {
                    if (role == QLatin1String("adviser") && page == QLatin1String("mentor"))
                        continue;
                    closeOpenPopups(window);
                    QMetaObject::invokeMethod(window, "resetToStart");
                    services.session().setLockedForTesting(page == QLatin1String("lock"));
                    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, page));
                    bro::screens::settlePage(window);
                    check(page);
                    if (page == QLatin1String("lock"))
                        continue;
                    openEveryPopup(window, seen, [&](QObject *popup) {
                        // Qt Quick Dialogs' own file dialog is laid out by Qt, not here.
                        // (its window is QQuickFileDialogImpl, a popup of its own).
                        for (QObject *o = popup; o; o = o->parent())
                            if (o->inherits("QQuickAbstractDialog") ||
                                o->inherits("QQuickFileDialogImpl") ||
                                o->inherits("QQuickFolderDialogImpl"))
                                return;
                        const QString name = popup->objectName().isEmpty()
                                                 ? QString::fromLatin1(popup->metaObject()->className())
                                                 : popup->objectName();
                        check(page + QStringLiteral(" / ") + name);
                    }, /*instant=*/true);
                }
                closeOpenPopups(window);
                QMetaObject::invokeMethod(window, "resetToStart");
                services.session().setLockedForTesting(false);
            }
        }
    }
    std::printf("layout-check: %d screens looked at, %d problems\n", screens, problems);
    return problems == 0 ? 0 : 1;
}

int runScreenshot(QQmlApplicationEngine &engine, const QString &file, QSize size)
{
    // The window is made at its size, as on the device (the page is built at that size).
    if (size.isValid())
        engine.setInitialProperties(
            {{QStringLiteral("width"), size.width()}, {QStringLiteral("height"), size.height()}});
    engine.load(kMainUrl);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (size.isValid()) {
        window->setWidth(size.width());
        window->setHeight(size.height());
    }
    // Let bindings, layouts and images settle over a few frames.
    QEventLoop loop;
    QTimer::singleShot(1200, &loop, &QEventLoop::quit);
    loop.exec();
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(file)) {
        std::fprintf(stderr, "screenshot: cannot write %s\n", qPrintable(file));
        return 1;
    }
    std::printf("screenshot: %s (%dx%d)\n", qPrintable(file), image.width(), image.height());
    return 0;
}

struct RunOptions
{
    QElapsedTimer startup;
    QString home;
    bool demo = false, selfTest = false, screenshot = false, quitAfterFirstFrame = false;
    bool layoutCheck = false;
    bool sizeGiven = false;
    QString page, screenshotFile, language, role;
    QSize size;
};

// Opens the device's store, builds the services and shows the app until it quits; returns the
// exit code (kEraseAndRestart: the device's data is to be erased, with the store closed).
int run(RunOptions &o)
{
    const QString &home = o.home;
    auto opened = bro::openHomeStore(home);
    if (!opened.store) {
        std::fprintf(stderr, "bro: %s\n", qPrintable(opened.error));
        return 1;
    }
    auto store = std::move(opened.store);
    const qint64 storeOpenedMs = o.startup.elapsed();
    // Screens of the conflict review need a conflict; a person trying the app starts without.
    const bool checking = o.selfTest || o.layoutCheck;
    if ((o.demo || checking || o.screenshot) &&
        !bro::populateDemoData(*store, {.conflictFromAnotherDevice = checking || o.screenshot})) {
        std::fprintf(stderr, "bro: the demo data could not be written\n");
        return 1;
    }

    bro::AppServices services(*store,
                              {.settingsFile = QDir(home).filePath(QStringLiteral("settings.ini")),
                               .startPage = o.screenshot ? o.page : QString(),
                               .exportDirectory = QDir(home).filePath(QStringLiteral("exports"))});
    if (!checking && !o.screenshot)
        services.setAutoSync(true);
    if (!o.role.isEmpty() && !services.session().setRole(o.role)) {
        std::fprintf(stderr, "bro: --role must be adviser, mentor or participant, and only on a "
                             "device that is not logged in\n");
        return 2;
    }
    // A demo device that is not logged in signs as the demo person of its role.
    if (o.demo || checking || o.screenshot)
        services.session().setDisplayNameForDemo(bro::demoDisplayName(services.session().role()));
    // Erasing (ten wrong PINs) needs the store closed: the loop in main() does it.
    QObject::connect(
        &services.app(), &bro::AppController::eraseRequested, &services.app(),
        [] { QCoreApplication::exit(kEraseAndRestart); }, Qt::QueuedConnection);
    // Screens render unlocked (the lock screen has a page of its own).
    if (checking || (o.screenshot && o.page != QLatin1String("lock")))
        services.session().setLockedForTesting(false);
    if (!o.language.isEmpty())
        services.app().setLanguage(o.language);

    QQmlApplicationEngine engine;
    services.attach(engine);

    if (o.selfTest)
        return runSelfTest(engine, services);
    if (o.layoutCheck) {
        QList<QSize> sizes = {{412, 860}, {800, 1280}, {1280, 800}};
        if (o.sizeGiven)
            sizes = {o.size};
        const QStringList languages = o.language.isEmpty()
                                          ? QStringList{QStringLiteral("nb"), QStringLiteral("en")}
                                          : QStringList{o.language};
        return runLayoutCheck(engine, services, sizes, languages);
    }
    if (o.screenshot)
        return runScreenshot(engine, o.screenshotFile, o.size);

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &engine,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(kMainUrl);
    if (engine.rootObjects().isEmpty())
        return 1;
    const qint64 qmlLoadedMs = o.startup.elapsed();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && o.sizeGiven) {
        window->setWidth(o.size.width());
        window->setHeight(o.size.height());
    }
    if (window && o.quitAfterFirstFrame) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [&o, storeOpenedMs, qmlLoadedMs] {
                std::printf("store-opened-ms %lld\nqml-loaded-ms %lld\nfirst-frame-ms %lld\n",
                            static_cast<long long>(storeOpenedMs),
                            static_cast<long long>(qmlLoadedMs),
                            static_cast<long long>(o.startup.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    }
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    RunOptions o;
    o.startup.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Bro"));
    QGuiApplication::setApplicationName(QStringLiteral("bro"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BRO_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bro: the fast track, offline"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption homeOpt(QStringLiteral("home"),
                                     QStringLiteral("Data directory (default: the platform's)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), QStringLiteral("Create the demo data set if the store is empty."));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"),
                                         QStringLiteral("Load every QML file and exit."));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        QStringLiteral("Render PAGE with the demo data to FILE (PNG) and exit."),
        QStringLiteral("page"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     QStringLiteral("Window size WIDTHxHEIGHT (default 1280x800)."),
                                     QStringLiteral("size"), QStringLiteral("1280x800"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("UI language: nb (default), en, ar, uk, ti, so or fa."),
                                     QStringLiteral("lang"));
    const QCommandLineOption roleOpt(
        QStringLiteral("role"),
        QStringLiteral("Show the app as an adviser, mentor or participant would see it (demos "
                       "and screenshots; a logged-in device uses the role of its login)."),
        QStringLiteral("role"));
    const QCommandLineOption layoutCheckOpt(
        QStringLiteral("layout-check"),
        QStringLiteral("Show every screen at 412x860, 800x1280 and 1280x800 (or --size) in both "
                       "languages (or --lang) and report text that is elided, broken mid-word, "
                       "drawn over other text or smaller than 12 px."));
    const QCommandLineOption firstFrameOpt(
        QStringLiteral("quit-after-first-frame"),
        QStringLiteral("Print the time to the first frame and exit (benchmarks)."));
    parser.addOptions(
        {homeOpt, demoOpt, selfTestOpt, layoutCheckOpt, screenshotOpt, sizeOpt, langOpt, roleOpt,
         firstFrameOpt});
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOpt) || parser.isSet(layoutCheckOpt);
    const bool screenshot = parser.isSet(screenshotOpt);
    QString screenshotFile;
    if (screenshot) {
        if (parser.positionalArguments().size() != 1) {
            std::fprintf(stderr, "usage: bro --screenshot PAGE FILE\n");
            return 2;
        }
        screenshotFile = parser.positionalArguments().constFirst();
        if (!kScreenshotPages.contains(parser.value(screenshotOpt))) {
            std::fprintf(stderr, "bro: unknown page \"%s\"; pages: %s\n",
                         qPrintable(parser.value(screenshotOpt)),
                         qPrintable(kScreenshotPages.join(QStringLiteral(", "))));
            return 2;
        }
    }
    const QStringList sizeParts = parser.value(sizeOpt).split(QLatin1Char('x'));
    const QSize size = sizeParts.size() == 2 ? QSize(sizeParts[0].toInt(), sizeParts[1].toInt())
                                             : QSize(1280, 800);

    // Self-test and screenshots never touch the user's data: they use a fresh demo store.
    QTemporaryDir scratch;
    QString home;
    if ((selfTest || screenshot) && !parser.isSet(homeOpt))
        home = bro::platform::dataDirectory(scratch.path());
    else
        home = bro::platform::dataDirectory(parser.value(homeOpt));

    o.home = home;
    o.demo = parser.isSet(demoOpt);
    o.selfTest = parser.isSet(selfTestOpt);
    o.layoutCheck = parser.isSet(layoutCheckOpt);
    o.screenshot = screenshot;
    o.page = parser.value(screenshotOpt);
    o.screenshotFile = screenshotFile;
    o.language = parser.value(langOpt);
    o.role = parser.value(roleOpt);
    o.size = size;
    o.sizeGiven = parser.isSet(sizeOpt);
    o.quitAfterFirstFrame = parser.isSet(firstFrameOpt);
    for (;;) {
        const int code = run(o);
        if (code != kEraseAndRestart)
            return code;
        QString error;
        if (!bro::eraseHomeStore(home, &error)) {
            std::fprintf(stderr, "bro: the device's data could not be erased: %s\n",
                         qPrintable(error));
            return 1;
        }
        // The next start is a fresh device: no demo data, no role from the command line.
        o.demo = false;
        o.role.clear();
    }
}
