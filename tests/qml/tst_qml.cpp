// Qt Quick Test harness: a real encrypted store with the demo data in a temporary directory,
// the services built as the app builds them (AppServices), and the app's QML modules.
#include "core/appservices.h"
#include "demo/demodata.h"
#include "domain/homestore.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include "mocktts.h"
#include "preparedrecorder.h"
Q_IMPORT_QML_PLUGIN(Bro_CorePlugin)
Q_IMPORT_QML_PLUGIN(BroPlugin)
Q_IMPORT_PLUGIN(MockTtsPlugin)

// What a test needs beyond the app's own singletons (QML: TestHooks in BroTest): switching the
// role the UI shows, and files to pick (a photo, a file that is no photo).
class TestHooks : public QObject
{
    Q_OBJECT
public:
    TestHooks(bro::AppServices *services, QString dir)
        : m_services(services)
        , m_dir(std::move(dir))
    {}
    // Shows the app as the role would see it, signing as that role's demo person.
    Q_INVOKABLE bool setRole(const QString &role)
    {
        m_services->session().setDisplayNameForDemo(bro::demoDisplayName(role));
        return m_services->session().setRole(role);
    }
    // What the mock text-to-speech engine was asked to say last, and in which language.
    Q_INVOKABLE QString heardText() const { return mocktts::g_heard.text; }
    Q_INVOKABLE QString heardLanguage() const
    {
        return QLocale::languageToCode(mocktts::g_heard.locale.language());
    }
    Q_INVOKABLE int heardCount() const { return mocktts::g_heard.says; }
    // The voice recorder records a prepared WAV file (no audio device here); without a
    // microphone it says so.
    Q_INVOKABLE void setMicrophone(bool present) { recorder->microphone = present; }
    // What the speaker button played (no audio device here): how many recordings, and whether
    // the last one held the prepared take's bytes.
    Q_INVOKABLE int playedCount() const { return int(played.size()); }
    Q_INVOKABLE bool lastPlayedIsTheTake() const
    {
        QFile f(played.isEmpty() ? QString() : played.last().toLocalFile());
        return f.open(QIODevice::ReadOnly) && f.readAll() == bro::test::preparedWav();
    }
    bro::test::PreparedRecorder *recorder = nullptr;
    QList<QUrl> played;
    // Unlocks the device as after a PIN (a hand-over ends with the lock).
    Q_INVOKABLE void unlock() { m_services->session().setLockedForTesting(false); }
    Q_INVOKABLE QUrl writeFile(const QString &name, const QString &content)
    {
        QFile f(QDir(m_dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content.toUtf8());
        return QUrl::fromLocalFile(f.fileName());
    }
    Q_INVOKABLE QUrl writeImage(const QString &name)
    {
        QImage image(120, 80, QImage::Format_RGB32);
        image.fill(QColor(0x44, 0x55, 0x66));
        const QString path = QDir(m_dir).filePath(name);
        return image.save(path) ? QUrl::fromLocalFile(path) : QUrl();
    }

private:
    bro::AppServices *m_services;
    QString m_dir;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_store = bro::openHomeStore(m_dir.path()).store;
        bro::populateDemoData(*m_store, {.conflictFromAnotherDevice = true});
        m_services = std::make_unique<bro::AppServices>(
            *m_store, bro::AppServices::Options{
                          .settingsFile = m_dir.filePath(QStringLiteral("s.ini")),
                          .exportDirectory = m_dir.filePath(QStringLiteral("exports")),
                          .speechEngine = QStringLiteral("mock")});
        m_services->session().setLockedForTesting(false); // tst_lock.qml locks it itself
        m_services->session().setDisplayNameForDemo(bro::demoDisplayName("adviser"));
        m_hooks = std::make_unique<TestHooks>(m_services.get(), m_dir.path());
        auto recorder = std::make_unique<bro::test::PreparedRecorder>();
        m_hooks->recorder = recorder.get();
        m_services->voiceRecorder().setBackend(std::move(recorder));
        m_services->readAloud().setPlayer([this](const QUrl &file) { m_hooks->played << file; });
        qmlRegisterSingletonInstance("BroTest", 1, 0, "TestHooks", m_hooks.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine) { m_services->attach(*engine); }

    void cleanupTestCase()
    {
        m_services.reset();
        m_store.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<bro::store::Store> m_store;
    std::unique_ptr<bro::AppServices> m_services;
    std::unique_ptr<TestHooks> m_hooks;
};

QUICK_TEST_MAIN_WITH_SETUP(bro_qml, Setup)
#include "tst_qml.moc"
