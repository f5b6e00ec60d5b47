// Qt Quick Test harness: a real encrypted store with the demo data in a temporary
// directory, the services main() would build, and the app's QML modules.
#include "core/appcontroller.h"
#include "core/blobimageprovider.h"
#include "core/demodata.h"
#include "core/drafts.h"
#include "core/homestore.h"
#include "core/recordservice.h"
#include "core/reportingservice.h"
#include "core/session.h"
#include "core/trainingbookservice.h"
#include "core/synccontroller.h"
#include "store/store.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>
Q_IMPORT_QML_PLUGIN(Bro_CorePlugin)
Q_IMPORT_QML_PLUGIN(BroPlugin)

// What a test needs beyond the app's own singletons: switching the role the UI shows.
class TestHooks : public QObject
{
    Q_OBJECT
public:
    explicit TestHooks(bro::Session *session)
        : m_session(session)
    {}
    Q_INVOKABLE bool setRole(const QString &role) { return m_session->setRole(role); }

private:
    bro::Session *m_session;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_store = bro::openHomeStore(m_dir.path()).store;
        bro::populateDemoData(*m_store);
        m_records = std::make_unique<bro::RecordService>(m_store.get());
        bro::RecordService::setInstance(m_records.get());
        m_sync = std::make_unique<bro::SyncController>(m_store.get());
        bro::SyncController::setInstance(m_sync.get());
        m_session = std::make_unique<bro::Session>(m_store.get());
        bro::Session::setInstance(m_session.get());
        m_session->setLockedForTesting(false); // tst_lock.qml locks it itself
        m_drafts = std::make_unique<bro::Drafts>(m_store.get());
        bro::Drafts::setInstance(m_drafts.get());
        m_books = std::make_unique<bro::TrainingBookService>(m_store.get());
        bro::TrainingBookService::setInstance(m_books.get());
        m_reporting = std::make_unique<bro::ReportingService>(m_store.get());
        bro::ReportingService::setInstance(m_reporting.get());
        QObject::connect(m_records.get(), &bro::RecordService::recordChanged, m_reporting.get(),
                         &bro::ReportingService::invalidate);
        m_app = std::make_unique<bro::AppController>(m_dir.filePath(QStringLiteral("s.ini")));
        bro::AppController::setInstance(m_app.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->addImageProvider(QStringLiteral("blob"), new bro::BlobImageProvider(m_store.get()));
        m_app->setEngine(engine);
        m_hooks = std::make_unique<TestHooks>(m_session.get());
        engine->rootContext()->setContextProperty(QStringLiteral("testHooks"), m_hooks.get());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_drafts.reset();
        m_books.reset();
        m_reporting.reset();
        m_session.reset();
        m_sync.reset();
        m_records.reset();
        m_store.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<bro::store::Store> m_store;
    std::unique_ptr<bro::RecordService> m_records;
    std::unique_ptr<bro::SyncController> m_sync;
    std::unique_ptr<bro::Session> m_session;
    std::unique_ptr<TestHooks> m_hooks;
    std::unique_ptr<bro::TrainingBookService> m_books;
    std::unique_ptr<bro::ReportingService> m_reporting;
    std::unique_ptr<bro::Drafts> m_drafts;
    std::unique_ptr<bro::AppController> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(bro_qml, Setup)
#include "tst_qml.moc"
