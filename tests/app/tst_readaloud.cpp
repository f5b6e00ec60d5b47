// Read aloud (core/readaloud.h) with a mock text-to-speech engine (Qt 6.4 ships none: this test
// links its own QTextToSpeechPlugin, "mock", as a static plugin) and a prepared recording (no
// audio device in CI): the engine is asked to speak the text in the screen's language; where it
// has no voice (Tigrinya) nothing is said and the screen is told; a record's recorded voice is
// played instead of the engine when there is one.
#include "core/appcontroller.h"
#include "core/readaloud.h"
#include "core/recordservice.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtPlugin>

using namespace bro;
using namespace bro::test;

// The mock engine (tests/mocktts): what it was asked, in mocktts::g_heard.
#include "mocktts.h"
#include "preparedwav.h"

Q_IMPORT_PLUGIN(MockTtsPlugin)

class TestReadAloud : public QObject
{
    Q_OBJECT

private slots:
    void init() { mocktts::g_heard = {}; }
    void theEngineSpeaksTheTextInTheScreensLanguage();
    void withoutAVoiceNothingIsSaidAndTheScreenIsTold();
    void aRecordedVoiceIsPlayedInsteadOfTheEngine();

private:
    QTemporaryDir m_dir;
};

void TestReadAloud::theEngineSpeaksTheTextInTheScreensLanguage()
{
    TempStore s;
    AppController app(m_dir.filePath("a.ini"));
    ReadAloud speaker(s.store.get(), &app, QStringLiteral("mock"));
    app.setLanguage(QStringLiteral("uk"));
    QVERIFY(speaker.hasVoice());
    speaker.speak(QStringLiteral("Мій міст до роботи"));
    QCOMPARE(mocktts::g_heard.says, 1);
    QCOMPARE(mocktts::g_heard.text, QStringLiteral("Мій міст до роботи"));
    QCOMPARE(mocktts::g_heard.locale.language(), QLocale::Ukrainian);
    QCOMPARE(speaker.lastSpoken(), QStringLiteral("Мій міст до роботи"));
    QVERIFY(!speaker.noVoice());

    app.setLanguage(QStringLiteral("ar"));
    speaker.speak(QStringLiteral("جسري إلى العمل"));
    QCOMPARE(mocktts::g_heard.says, 2);
    QCOMPARE(mocktts::g_heard.locale.language(), QLocale::Arabic);
    QCOMPARE(mocktts::g_heard.text, QStringLiteral("جسري إلى العمل"));

    app.setLanguage(QStringLiteral("nb"));
    speaker.speak(QStringLiteral("Min bro til jobb"));
    QCOMPARE(mocktts::g_heard.locale.language(), QLocale::NorwegianBokmal);
}

void TestReadAloud::withoutAVoiceNothingIsSaidAndTheScreenIsTold()
{
    TempStore s;
    AppController app(m_dir.filePath("b.ini"));
    ReadAloud speaker(s.store.get(), &app, QStringLiteral("mock"));
    for (const char *lang : {"ti", "so"}) {
        app.setLanguage(QString::fromLatin1(lang));
        QVERIFY(!speaker.hasVoice());
        speaker.speak(QStringLiteral("ድልድየይ"));
        QCOMPARE(mocktts::g_heard.says, 0);
        QVERIFY(speaker.noVoice());
        QVERIFY(speaker.lastSpoken().isEmpty());
    }
}


void TestReadAloud::aRecordedVoiceIsPlayedInsteadOfTheEngine()
{
    TempStore s;
    AppController app(m_dir.filePath("c.ini"));
    RecordService records(s.store.get());
    ReadAloud speaker(s.store.get(), &app, QStringLiteral("mock"));
    QList<QUrl> played; // no audio device here: what the player was given
    speaker.setPlayer([&played](const QUrl &file) { played << file; });
    app.setLanguage(QStringLiteral("ti"));
    const auto p = s->create("participant", {{"name", "Amanuel"}}).id;
    const auto plan = s->create("plan", {{"participant_id", p}}).id;
    const auto m = s->create("measure", {{"plan_id", plan},
                                         {"type", "work_training"},
                                         {"status", "ongoing"}})
                       .id;
    QVERIFY(!speaker.hasRecording(QString::fromStdString(m)));

    // The interpreter's recording of the plank's sentence, in Tigrinya.
    const QString file = m_dir.filePath("plank.wav");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bro::test::preparedWav());
    }
    const auto r = records.attachFile("measure", QString::fromStdString(m),
                                      QUrl::fromLocalFile(file), "Tigrinya");
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    QVERIFY(speaker.hasRecording(QString::fromStdString(m)));

    speaker.speak(QStringLiteral("ስልጠና ስራሕ"), QString::fromStdString(m));
    QCOMPARE(mocktts::g_heard.says, 0); // the recording, not the engine (and no voice is needed)
    QVERIFY(!speaker.noVoice());
    QVERIFY(speaker.lastRecording().isLocalFile());
    QCOMPARE(played, QList<QUrl>{speaker.lastRecording()});
    QFile copy(played.first().toLocalFile());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bro::test::preparedWav()); // the recording's bytes, out of the encrypted store
    QCOMPARE(copy.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    // Another record without one: the engine (no voice for Tigrinya: told).
    speaker.speak(QStringLiteral("ሕቶ"), QString::fromStdString(plan));
    QVERIFY(speaker.lastRecording().isEmpty());
    QVERIFY(speaker.noVoice());
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
