// Voice recording (core/voicerecorder.h) with a prepared recorder backend (there is no audio
// device in CI: tests/mocktts/preparedrecorder.h writes a prepared WAV file as the take): a
// take kept becomes the record's audio attachment in the encrypted file store, waiting to be
// uploaded, and the speaker button then plays it; a take discarded leaves nothing; without a
// microphone, or for a record the role may not attach to, the state is Failed with a message
// and nothing is written; a take that is no audio, or larger than the attachment rule allows,
// is refused by the one file rule (model/attachments.h) and changes nothing.
#include "core/appcontroller.h"
#include "core/readaloud.h"
#include "core/recordservice.h"
#include "core/voicerecorder.h"
#include "preparedrecorder.h"
#include "testsupport.h"

#include <bro/model/attachments.h>
#include <bro/sync/blobs.h>

#include <QSignalSpy>

using namespace bro;
using namespace bro::test;

class TestVoiceRecorder : public QObject
{
    Q_OBJECT

private slots:
    void aKeptTakeBecomesTheRecordsRecording();
    void aDiscardedTakeLeavesNothing();
    void withoutAMicrophoneTheStateSaysSo();
    void onlyWhoMayAttachToTheRecordRecords();
    void aTakeThatIsNoAudioOrTooLargeIsRefused();
    void theFileRuleIsOneRule();
    void aRefusedFileSaysWhy();

private:
    struct Rig
    {
        TempStore s;
        RecordService records{s.store.get()};
        VoiceRecorder recorder{&records};
        PreparedRecorder *backend = nullptr;
        std::string measure;
        Rig()
        {
            auto b = std::make_unique<PreparedRecorder>();
            backend = b.get();
            recorder.setBackend(std::move(b));
            const auto p = s->create("participant", {{"name", "Amanuel"}}).id;
            const auto plan = s->create("plan", {{"participant_id", p}}).id;
            measure =
                s->create("measure",
                          {{"plan_id", plan}, {"type", "work_training"}, {"status", "ongoing"}})
                    .id;
        }
        // record(), stop(), and wait for the take.
        bool take(const QString &kind, const QString &id)
        {
            recorder.record(kind, id);
            if (recorder.state() != VoiceRecorder::Recording)
                return false;
            recorder.stop();
            return QTest::qWaitFor([this] { return recorder.state() != VoiceRecorder::Stopping; },
                                   2000) &&
                   recorder.state() == VoiceRecorder::Recorded;
        }
    };
    QTemporaryDir m_dir;
};

void TestVoiceRecorder::aKeptTakeBecomesTheRecordsRecording()
{
    Rig r;
    const QString m = QString::fromStdString(r.measure);
    QCOMPARE(r.recorder.state(), VoiceRecorder::Idle);
    QSignalSpy states(&r.recorder, &VoiceRecorder::stateChanged);
    r.recorder.record("measure", m);
    QCOMPARE(r.recorder.state(), VoiceRecorder::Recording);
    QVERIFY(r.recorder.error().isEmpty());
    r.recorder.stop();
    QCOMPARE(r.recorder.state(), VoiceRecorder::Stopping);
    QTRY_COMPARE(r.recorder.state(), VoiceRecorder::Recorded);
    const QString take = r.recorder.takeFile();
    QVERIFY(QFile::exists(take));
    QCOMPARE(QFile::permissions(take) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    QCOMPARE(r.s->count("attachment"), 0); // nothing is written before keep

    QSignalSpy kept(&r.recorder, &VoiceRecorder::kept);
    const QVariantMap k = r.recorder.keep();
    QVERIFY2(k.value("ok").toBool(), qPrintable(k.value("message").toString()));
    QCOMPARE(r.recorder.state(), VoiceRecorder::Idle);
    QVERIFY(!QFile::exists(take)); // the take's file is gone; the store holds the bytes
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().at(0).toString(), k.value("id").toString());
    QCOMPARE(kept.first().at(2).toString(), m);

    const auto list = r.s->list("attachment", r.measure);
    QCOMPARE(list.size(), std::size_t(1));
    const auto &a = list.front();
    QCOMPARE(a["owner_kind"].get<std::string>(), std::string("measure"));
    QVERIFY(a["mime_type"].get<std::string>().rfind("audio/", 0) == 0);
    const std::string sha = a["sha256"];
    QVERIFY(r.s->blob(sha) == preparedWav().toStdString());
    QCOMPARE(r.s->blobsToUpload(), std::vector<std::string>{sha}); // synced like any file
    QVERIFY(states.size() >= 4); // Recording, Stopping, Recorded, Idle

    // The speaker button plays it.
    AppController app(m_dir.filePath("a.ini"));
    ReadAloud speaker(r.s.store.get(), &app, QStringLiteral("mock-none"));
    QList<QUrl> played;
    speaker.setPlayer([&played](const QUrl &f) { played << f; });
    QVERIFY(speaker.hasRecording(m));
    speaker.speak(QStringLiteral("Arbeidstrening"), m);
    QCOMPARE(played.size(), 1);
    QFile copy(played.first().toLocalFile());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), preparedWav());

    // Nothing left to keep.
    QVERIFY(!r.recorder.keep().value("ok").toBool());
}

void TestVoiceRecorder::aDiscardedTakeLeavesNothing()
{
    Rig r;
    const QString m = QString::fromStdString(r.measure);
    QVERIFY(r.take("measure", m));
    const QString take = r.recorder.takeFile();
    r.recorder.discard();
    QCOMPARE(r.recorder.state(), VoiceRecorder::Idle);
    QVERIFY(!QFile::exists(take));
    QCOMPARE(r.s->count("attachment"), 0);
    QVERIFY(r.s->blobsToUpload().empty());

    // Discarding while recording stops the backend and keeps nothing either.
    r.recorder.record("measure", m);
    const int stops = r.backend->stops;
    r.recorder.discard();
    QCOMPARE(r.backend->stops, stops + 1);
    QCOMPARE(r.recorder.state(), VoiceRecorder::Idle);
    QTest::qWait(20);
    QCOMPARE(r.recorder.state(), VoiceRecorder::Idle);
    QCOMPARE(r.s->count("attachment"), 0);
}

void TestVoiceRecorder::withoutAMicrophoneTheStateSaysSo()
{
    Rig r;
    r.backend->microphone = false;
    const std::string before = snapshot(*r.s.store);
    r.recorder.record("measure", QString::fromStdString(r.measure));
    QCOMPARE(r.recorder.state(), VoiceRecorder::Failed);
    QVERIFY2(r.recorder.error().contains(QStringLiteral("microphone")),
             qPrintable(r.recorder.error()));
    QVERIFY(r.backend->started.isEmpty());
    r.recorder.stop(); // nothing to stop
    QVERIFY(!r.recorder.keep().value("ok").toBool());
    QCOMPARE(snapshot(*r.s.store), before);
    // Plugged in: the next try records.
    r.backend->microphone = true;
    QVERIFY(r.take("measure", QString::fromStdString(r.measure)));
    QVERIFY(r.recorder.error().isEmpty());
}

void TestVoiceRecorder::onlyWhoMayAttachToTheRecordRecords()
{
    Rig r;
    // A participant records the self-evaluation's spoken answer, but not a plank's sentence
    // (the measure is the adviser's: model::mayAttachTo).
    r.records.setIdentity([] { return model::Role::Participant; }, [] { return QString(); });
    QVERIFY(!r.recorder.mayRecord("measure"));
    QVERIFY(r.recorder.mayRecord("self_evaluation"));
    r.recorder.record("measure", QString::fromStdString(r.measure));
    QCOMPARE(r.recorder.state(), VoiceRecorder::Failed);
    QVERIFY(!r.recorder.error().isEmpty());
    QVERIFY(r.backend->started.isEmpty());

    // The spoken answer is taken before the self-evaluation is written, and kept on it after.
    QVERIFY(r.take("self_evaluation", {}));
    const auto p = r.s->list("participant").front()["id"].get<std::string>();
    const auto e = r.s->create("self_evaluation", {{"participant_id", p},
                                                   {"written_on", "2026-12-02"},
                                                   {"continue_path", "unsure"},
                                                   {"language", "ti"}});
    QVERIFY(e.ok());
    const QVariantMap k = r.recorder.keep("self_evaluation", QString::fromStdString(e.id));
    QVERIFY2(k.value("ok").toBool(), qPrintable(k.value("message").toString()));
    QCOMPARE(r.s->list("attachment", e.id).size(), std::size_t(1));
}

void TestVoiceRecorder::aTakeThatIsNoAudioOrTooLargeIsRefused()
{
    Rig r;
    const QString m = QString::fromStdString(r.measure);
    const std::string before = snapshot(*r.s.store);

    r.backend->bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x');
    QVERIFY(r.take("measure", m));
    QVariantMap k = r.recorder.keep();
    QVERIFY(!k.value("ok").toBool());
    QCOMPARE(k.value("field").toString(), QStringLiteral("file_name"));
    QVERIFY2(k.value("message").toString().contains(QStringLiteral("audio")),
             qPrintable(k.value("message").toString()));
    // Still there for another try, or to be discarded; the message is shown.
    QCOMPARE(r.recorder.state(), VoiceRecorder::Recorded);
    QCOMPARE(r.recorder.error(), k.value("message").toString());
    r.recorder.discard();

    r.backend->bytes = preparedWav(quint32(model::kMaxAttachmentBytes / 2)); // 44 bytes over
    QVERIFY(r.take("measure", m));
    k = r.recorder.keep();
    QVERIFY(!k.value("ok").toBool());
    QVERIFY2(k.value("message").toString().contains(QStringLiteral("larger than 25 MiB")),
             qPrintable(k.value("message").toString()));
    r.recorder.discard();

    r.backend->bytes = QByteArray();
    r.recorder.record("measure", m);
    r.recorder.stop();
    QTRY_COMPARE(r.recorder.state(), VoiceRecorder::Failed); // an empty take
    QVERIFY(!r.recorder.error().isEmpty());
    QCOMPARE(snapshot(*r.s.store), before);
}

void TestVoiceRecorder::theFileRuleIsOneRule()
{
    using model::FileUse;
    QVERIFY(!model::attachmentFileRefusal(1000, "audio/ogg", FileUse::Recording));
    QVERIFY(!model::attachmentFileRefusal(1000, "audio/x-wav", FileUse::Evidence));
    QVERIFY(!model::attachmentFileRefusal(1000, "image/png", FileUse::Evidence));
    QVERIFY(!model::attachmentFileRefusal(1000, "application/pdf", FileUse::Evidence));
    QVERIFY(model::attachmentFileRefusal(1000, "image/png", FileUse::Recording));
    QVERIFY(model::attachmentFileRefusal(1000, "text/plain", FileUse::Evidence));
    QVERIFY(model::attachmentFileRefusal(0, "audio/ogg", FileUse::Recording));
    QVERIFY(
        !model::attachmentFileRefusal(model::kMaxAttachmentBytes, "audio/ogg", FileUse::Recording));
    const auto tooLarge = model::attachmentFileRefusal(model::kMaxAttachmentBytes + 1, "audio/ogg",
                                                       FileUse::Recording);
    QVERIFY(tooLarge && tooLarge->problem == model::FileProblem::TooLarge);
    QCOMPARE(tooLarge->message, std::string("the file is larger than 25 MiB"));
    QVERIFY(model::attachmentFileRefusal(10, "image/png", FileUse::Recording)->problem ==
            model::FileProblem::NotAudio);
    QVERIFY(model::attachmentFileRefusal(10, "text/plain", FileUse::Evidence)->problem ==
            model::FileProblem::WrongType);
    QCOMPARE(sync::kMaxAttachmentBytes, model::kMaxAttachmentBytes); // the server's limit
}

// The file rule's reason reaches the screen (it was "File name has the wrong format." for any
// refused file).
void TestVoiceRecorder::aRefusedFileSaysWhy()
{
    Rig r;
    const QString text = m_dir.filePath("notes.txt");
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just words, no photo\n");
    }
    const QVariantMap refused = r.records.attachFile("measure", QString::fromStdString(r.measure),
                                                     QUrl::fromLocalFile(text), {});
    QVERIFY(!refused.value("ok").toBool());
    QCOMPARE(refused.value("field").toString(), QStringLiteral("file_name"));
    QCOMPARE(refused.value("message").toString(),
             QStringLiteral("Only photos, PDF files and recordings can be attached."));
    const QVariantMap asRecording = r.records.attachRecording(
        "measure", QString::fromStdString(r.measure), QUrl::fromLocalFile(text), {});
    QCOMPARE(asRecording.value("message").toString(), QStringLiteral("A recording must be audio."));
    QCOMPARE(r.s->count("attachment"), 0);
}

QTEST_MAIN(TestVoiceRecorder)
#include "tst_voicerecorder.moc"
