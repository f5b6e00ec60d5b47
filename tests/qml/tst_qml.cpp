// Qt Quick Test harness: a real encrypted store with the demo data in a temporary directory,
// the services built as the app builds them (AppServices), and the app's QML modules.
#include "core/appservices.h"
#include "demo/demodata.h"
#include "domain/homestore.h"
#include "store/store.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>
Q_IMPORT_QML_PLUGIN(Bro_CorePlugin)
Q_IMPORT_QML_PLUGIN(BroPlugin)

// What a test needs beyond the app's own singletons (QML: TestHooks in BroTest): switching the
// role the UI shows.
class TestHooks : public QObject
{
    Q_OBJECT
public:
    explicit TestHooks(bro::AppServices *services)
        : m_services(services)
    {}
    Q_INVOKABLE bool setRole(const QString &role) { return m_services->session().setRole(role); }

private:
    bro::AppServices *m_services;
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
                          .exportDirectory = m_dir.filePath(QStringLiteral("exports"))});
        m_services->session().setLockedForTesting(false); // tst_lock.qml locks it itself
        m_hooks = std::make_unique<TestHooks>(m_services.get());
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
