#include "appservices.h"

#include "blobimageprovider.h"
#include "store/store.h"

#include <QQmlEngine>

namespace bro {

AppServices::AppServices(store::Store &store, const Options &options)
    : m_store(store)
    , m_records(&store)
    , m_trainingBooks(&store, options.exportDirectory)
    , m_reporting(&store)
    , m_sync(&store)
    , m_session(&store)
    , m_drafts(&store)
    , m_app(options.settingsFile, options.startPage)
    , m_myBro(&store, &m_records, &m_session, &m_app)
    , m_readAloud(&store, &m_app, options.speechEngine)
    , m_voiceRecorder(&m_records)
    , m_jobMatch(&store, [this] { return m_app.language(); }, options.exportDirectory)
{
    RecordService::setInstance(&m_records);
    TrainingBookService::setInstance(&m_trainingBooks);
    ReportingService::setInstance(&m_reporting);
    SyncController::setInstance(&m_sync);
    Session::setInstance(&m_session);
    Drafts::setInstance(&m_drafts);
    AppController::setInstance(&m_app);
    DateService::setInstance(&m_dates);
    MyBroService::setInstance(&m_myBro);
    ReadAloud::setInstance(&m_readAloud);
    VoiceRecorder::setInstance(&m_voiceRecorder);
    JobMatchService::setInstance(&m_jobMatch);

    // Writes follow the access rules of the session's role; signatures carry its name.
    m_records.setIdentity([this] { return m_session.roleValue(); },
                          [this] { return m_session.displayName(); });
    // A login changes the role the session shows.
    QObject::connect(&m_sync, &SyncController::stateChanged, &m_session, &Session::refreshRole);
    // The reporting form and figures follow the records and the login (a leader's server).
    QObject::connect(&m_records, &RecordService::recordChanged, &m_reporting,
                     &ReportingService::invalidate);
    QObject::connect(&m_sync, &SyncController::stateChanged, &m_reporting,
                     &ReportingService::invalidate);
    // A sync empties the outbox without changing a record: counts and badges are read again.
    QObject::connect(&m_sync, &SyncController::syncFinished, &m_records,
                     &RecordService::notifyOutboxChanged);
    // Offline too long: no writes until the device has synced once.
    m_records.setLocked(m_sync.expired());
    QObject::connect(&m_sync, &SyncController::expiredChanged, &m_records,
                     [this] { m_records.setLocked(m_sync.expired()); });
    // Ten wrong PINs: push what is unsent (if the server can be reached), then erase.
    QObject::connect(&m_session, &Session::eraseRequested, &m_sync,
                     &SyncController::pushBeforeErase);
    QObject::connect(&m_sync, &SyncController::pushedBeforeErase, &m_app, [this] {
        m_app.requestErase(AppController::EraseReason::WrongPins, m_store.outboxSize());
    });
    // A remote wipe: the sync has pushed everything unsent; the device erases its data.
    QObject::connect(&m_sync, &SyncController::wipeRequested, &m_app, [this] {
        m_sync.setAutoSync(false);
        m_app.requestErase(AppController::EraseReason::RemoteWipe, m_store.outboxSize());
    });
}

AppServices::~AppServices()
{
    RecordService::setInstance(nullptr);
    TrainingBookService::setInstance(nullptr);
    JobMatchService::setInstance(nullptr);
    ReportingService::setInstance(nullptr);
    SyncController::setInstance(nullptr);
    Session::setInstance(nullptr);
    Drafts::setInstance(nullptr);
    AppController::setInstance(nullptr);
    DateService::setInstance(nullptr);
    MyBroService::setInstance(nullptr);
    ReadAloud::setInstance(nullptr);
    VoiceRecorder::setInstance(nullptr);
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
