#include "appservices.h"

#include "blobimageprovider.h"

#include <QQmlEngine>

namespace bro {

AppServices::AppServices(store::Store &store, const Options &options)
    : m_store(store)
    , m_records(&store)
    , m_trainingBooks(&store, options.exportDirectory)
    , m_sync(&store)
    , m_session(&store)
    , m_drafts(&store)
    , m_app(options.settingsFile, options.startPage)
{
    RecordService::setInstance(&m_records);
    TrainingBookService::setInstance(&m_trainingBooks);
    SyncController::setInstance(&m_sync);
    Session::setInstance(&m_session);
    Drafts::setInstance(&m_drafts);
    AppController::setInstance(&m_app);

    // A login changes the role the session shows.
    QObject::connect(&m_sync, &SyncController::stateChanged, &m_session, &Session::refreshRole);
}

AppServices::~AppServices()
{
    RecordService::setInstance(nullptr);
    TrainingBookService::setInstance(nullptr);
    SyncController::setInstance(nullptr);
    Session::setInstance(nullptr);
    Drafts::setInstance(nullptr);
    AppController::setInstance(nullptr);
}

void AppServices::setAutoSync(bool on)
{
    m_sync.setAutoSync(on);
    QObject::disconnect(m_autoSync);
    if (on)
        m_autoSync = QObject::connect(&m_records, &RecordService::unsentChangesChanged, &m_sync,
                                      &SyncController::scheduleSoon);
}

void AppServices::attach(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("blob"), new BlobImageProvider(&m_store));
    m_app.setEngine(&engine);
}

} // namespace bro
