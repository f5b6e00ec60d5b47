// The one place where the app's services are built and wired. main(), the Quick Tests and the
// benchmarks all build the app with it (as QField's initDeclarative serves the app and its
// tests): every service QML sees, over one open store, each registered as its QML singleton
// (qmlsingleton.h) and connected to the others; attach() prepares a QML engine for them.
//
// The store outlives the services; the services are unregistered when they go away.
#pragma once

#include "appcontroller.h"
#include "dateservice.h"
#include "drafts.h"
#include "mybroservice.h"
#include "readaloud.h"
#include "jobmatchservice.h"
#include "recordservice.h"
#include "reportingservice.h"
#include "session.h"
#include "synccontroller.h"
#include "trainingbookservice.h"
#include "voicerecorder.h"

#include <QString>

class QQmlEngine;

namespace bro::store {
class Store;
}

namespace bro {

class AppServices
{
public:
    struct Options
    {
        QString settingsFile;    // device settings: the UI language
        QString startPage;       // the page to show first (screenshots); empty: the start page
        QString exportDirectory; // where documents (PDFs) are written; empty: the default
        QString speechEngine;    // the text-to-speech engine; empty: the platform's default
    };

    AppServices(store::Store &store, const Options &options);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    // Sync by itself: shortly after start, after each local change, and every minute in the
    // foreground (the app turns it on; tests and screenshots leave it off).
    void setAutoSync(bool on);
    // Lets an engine load the app's QML: its import path, the blob image provider, and
    // retranslation when the language changes.
    void attach(QQmlEngine &engine);

    [[nodiscard]] store::Store &store() { return m_store; }
    [[nodiscard]] RecordService &records() { return m_records; }
    [[nodiscard]] TrainingBookService &trainingBooks() { return m_trainingBooks; }
    [[nodiscard]] JobMatchService &jobMatch() { return m_jobMatch; }
    [[nodiscard]] ReportingService &reporting() { return m_reporting; }
    [[nodiscard]] SyncController &sync() { return m_sync; }
    [[nodiscard]] Session &session() { return m_session; }
    [[nodiscard]] Drafts &drafts() { return m_drafts; }
    [[nodiscard]] AppController &app() { return m_app; }
    [[nodiscard]] MyBroService &myBro() { return m_myBro; }
    [[nodiscard]] ReadAloud &readAloud() { return m_readAloud; }
    [[nodiscard]] VoiceRecorder &voiceRecorder() { return m_voiceRecorder; }

private:
    store::Store &m_store;
    RecordService m_records;
    TrainingBookService m_trainingBooks;
    ReportingService m_reporting;
    SyncController m_sync;
    Session m_session;
    Drafts m_drafts;
    AppController m_app;
    DateService m_dates;
    MyBroService m_myBro;
    ReadAloud m_readAloud;
    VoiceRecorder m_voiceRecorder;
    JobMatchService m_jobMatch;
    QMetaObject::Connection m_autoSync;
};

} // namespace bro
