// A recorded voice between devices through a real bro-server (issue 12, read aloud): in a
// meeting the adviser records a plank's sentence in the participant's language on the
// adviser's device (the voice recorder with a prepared backend: no audio device in CI); the
// take becomes the measure's audio attachment, is pushed with its file, reaches the
// participant's own device, and the speaker button there plays it instead of the
// text-to-speech engine (the mock engine: it is not asked).
#include "core/appcontroller.h"
#include "core/readaloud.h"
#include "core/recordservice.h"
#include "core/voicerecorder.h"
#include "domain/homestore.h"
#include "harness.h"
#include "mocktts.h"
#include "preparedrecorder.h"
#include "store/store.h"

#include <QtPlugin>

Q_IMPORT_PLUGIN(MockTtsPlugin)

using namespace bro;
using namespace bro::test;

class TestVoiceSync : public QObject
{
    Q_OBJECT

private slots:
    void aRecordingMadeInTheMeetingIsPlayedOnTheParticipantsDevice();
};

void TestVoiceSync::aRecordingMadeInTheMeetingIsPlayedOnTheParticipantsDevice()
{
    Server server;
    server.addUser("kari", "adviser", {}, "Kari Nordmann");
    server.addUser("amanuel", "participant", {}, "Amanuel Tesfay");
    QVERIFY(server.start());
    Device kari("kari");
    kari.login(server, "kari");
    const QString P =
        kari.add("participant", {"name=Amanuel Tesfay", "preferred_language=Tigrinja"});
    const QString plan = kari.add("plan", {"participant_id=" + P, "goal=Elektriker med fagbrev"});
    const QString measure = kari.add("measure", {"plan_id=" + plan, "type=work_training",
                                                 "status=ongoing", "start_date=2026-09-01"});
    QVERIFY(!measure.isEmpty());
    QCOMPARE(
        server.admin({"participant", "link", "--user", "amanuel", "--participant", P}).exitCode, 0);

    // The adviser's device: the take becomes the plank's recording.
    {
        auto store = openHomeStore(kari.home()).store;
        QVERIFY(store);
        RecordService records(store.get());
        records.setIdentity([] { return model::Role::Adviser; }, [] { return QString(); });
        VoiceRecorder recorder(&records);
        recorder.setBackend(std::make_unique<PreparedRecorder>());
        QVERIFY(recorder.mayRecord("measure"));
        recorder.record("measure", measure);
        QCOMPARE(recorder.state(), VoiceRecorder::Recording);
        recorder.stop();
        QTRY_COMPARE(recorder.state(), VoiceRecorder::Recorded);
        const QVariantMap k = recorder.keep();
        QVERIFY2(k.value("ok").toBool(), qPrintable(k.value("message").toString()));
        QCOMPARE(store->blobsToUpload().size(), std::size_t(1));
    }
    const Result pushed = kari.cli({"sync"});
    QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
    QVERIFY2(pushed.err.contains("uploaded 1 blob(s)"), pushed.err.constData());

    // The participant's own device.
    Device amanuel("amanuel");
    amanuel.login(server, "amanuel");
    QVERIFY(amanuel.sync());
    auto store = openHomeStore(amanuel.home()).store;
    QVERIFY(store);
    const auto attachments = store->list("attachment", measure.toStdString());
    QCOMPARE(attachments.size(), std::size_t(1));
    QVERIFY(store->blob(attachments.front()["sha256"]) == preparedWav().toStdString());

    QTemporaryDir dir;
    AppController app(dir.filePath("s.ini"));
    app.setLanguage(QStringLiteral("ti"));
    ReadAloud speaker(store.get(), &app, QStringLiteral("mock"));
    QList<QUrl> played;
    speaker.setPlayer([&played](const QUrl &f) { played << f; });
    mocktts::g_heard = {};
    QVERIFY(speaker.hasRecording(measure));
    speaker.speak(QStringLiteral("ስልጠና ስራሕ"), measure);
    QCOMPARE(mocktts::g_heard.says, 0); // the recording, not the engine
    QVERIFY(!speaker.noVoice());
    QCOMPARE(played.size(), 1);
    QFile copy(played.first().toLocalFile());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), preparedWav());
}

QTEST_MAIN(TestVoiceSync)
#include "tst_voice_sync.moc"
