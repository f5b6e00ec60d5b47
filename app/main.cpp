// bro: the tablet app. main() is the one place where the objects are built and wired.
#include "core/appservices.h"
#include "demo/demodata.h"
#include "domain/homestore.h"
#include "store/store.h"

#include <bro/platform/paths.h>

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Bro_CorePlugin)
Q_IMPORT_QML_PLUGIN(BroPlugin)

namespace {

const QUrl kMainUrl(QStringLiteral("qrc:/qt/qml/Bro/Main.qml"));
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
    QStringLiteral("mentor")};

int g_qmlWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_qmlWarnings;
    g_previousHandler(type, ctx, msg);
}

// Loads every QML file of the app: each must compile, and each must instantiate without a
// warning. Then the main window is created with the demo data and shown for a few frames.
int runSelfTest(QQmlApplicationEngine &engine)
{
    g_previousHandler = qInstallMessageHandler(countingHandler);
    int failures = 0, files = 0;
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
        ++failures;
    }
    QEventLoop loop;
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
    std::printf("self-test: %d QML files, %d failures, %d warnings\n", files, failures,
                g_qmlWarnings);
    return failures == 0 && g_qmlWarnings == 0 ? 0 : 1;
}

int runScreenshot(QQmlApplicationEngine &engine, const QString &file, QSize size)
{
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

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
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
                                     QStringLiteral("UI language: nb (default) or en."),
                                     QStringLiteral("lang"));
    const QCommandLineOption roleOpt(
        QStringLiteral("role"),
        QStringLiteral("Show the app as an adviser, mentor or participant would see it (demos "
                       "and screenshots; a logged-in device uses the role of its login)."),
        QStringLiteral("role"));
    const QCommandLineOption firstFrameOpt(
        QStringLiteral("quit-after-first-frame"),
        QStringLiteral("Print the time to the first frame and exit (benchmarks)."));
    parser.addOptions(
        {homeOpt, demoOpt, selfTestOpt, screenshotOpt, sizeOpt, langOpt, roleOpt, firstFrameOpt});
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOpt);
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

    auto opened = bro::openHomeStore(home);
    if (!opened.store) {
        std::fprintf(stderr, "bro: %s\n", qPrintable(opened.error));
        return 1;
    }
    auto store = std::move(opened.store);
    const qint64 storeOpenedMs = startup.elapsed();
    // Screens of the conflict review need a conflict; a person trying the app starts without.
    if ((parser.isSet(demoOpt) || selfTest || screenshot) &&
        !bro::populateDemoData(*store, {.conflictFromAnotherDevice = selfTest || screenshot})) {
        std::fprintf(stderr, "bro: the demo data could not be written\n");
        return 1;
    }

    bro::AppServices services(*store,
                              {.settingsFile = QDir(home).filePath(QStringLiteral("settings.ini")),
                               .startPage = screenshot ? parser.value(screenshotOpt) : QString(),
                               .exportDirectory = QDir(home).filePath(QStringLiteral("exports"))});
    if (!selfTest && !screenshot)
        services.setAutoSync(true);
    if (parser.isSet(roleOpt) && !services.session().setRole(parser.value(roleOpt))) {
        std::fprintf(stderr, "bro: --role must be adviser, mentor or participant, and only on a "
                             "device that is not logged in\n");
        return 2;
    }
    // Screens render unlocked (the lock screen has a page of its own).
    if (selfTest || (screenshot && parser.value(screenshotOpt) != QLatin1String("lock")))
        services.session().setLockedForTesting(false);
    if (parser.isSet(langOpt))
        services.app().setLanguage(parser.value(langOpt));

    QQmlApplicationEngine engine;
    services.attach(engine);

    if (selfTest)
        return runSelfTest(engine);
    if (screenshot)
        return runScreenshot(engine, screenshotFile, size);

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(kMainUrl);
    if (engine.rootObjects().isEmpty())
        return 1;
    const qint64 qmlLoadedMs = startup.elapsed();
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && parser.isSet(sizeOpt)) {
        window->setWidth(size.width());
        window->setHeight(size.height());
    }
    if (window && parser.isSet(firstFrameOpt)) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&startup, storeOpenedMs, qmlLoadedMs] {
                std::printf("store-opened-ms %lld\nqml-loaded-ms %lld\nfirst-frame-ms %lld\n",
                            static_cast<long long>(storeOpenedMs),
                            static_cast<long long>(qmlLoadedMs),
                            static_cast<long long>(startup.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    }
    return QGuiApplication::exec();
}
