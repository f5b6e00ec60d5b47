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
#include <QTextToSpeechEngine>
#include <QTextToSpeechPlugin>
#include <QVoice>
#include <QtPlugin>

using namespace bro;
using namespace bro::test;

namespace {
// What the engine was asked, for the test to read.
struct Heard
{
    QString text;
    QLocale locale;
    int says = 0;
} g_heard;
} // namespace

class MockEngine : public QTextToSpeechEngine
{
    Q_OBJECT
public:
    explicit MockEngine(QObject *parent)
        : QTextToSpeechEngine(parent)
    {}
    // The voices espeak-ng has (none for Tigrinya or Somali).
    QList<QLocale> availableLocales() const override
    {
        return {QLocale(QLocale::NorwegianBokmal, QLocale::Norway),
                QLocale(QLocale::English, QLocale::UnitedKingdom),
                QLocale(QLocale::Arabic, QLocale::Egypt), QLocale(QLocale::Ukrainian),
                QLocale(QLocale::Persian)};
    }
    QList<QVoice> availableVoices() const override { return {}; }
    void say(const QString &text) override
    {
        g_heard.text = text;
        g_heard.locale = m_locale;
        ++g_heard.says;
    }
    void stop(QTextToSpeech::BoundaryHint) override {}
    void pause(QTextToSpeech::BoundaryHint) override {}
    void resume() override {}
    double rate() const override { return 0; }
    bool setRate(double) override { return true; }
    double pitch() const override { return 0; }
    bool setPitch(double) override { return true; }
    QLocale locale() const override { return m_locale; }
    bool setLocale(const QLocale &locale) override
    {
        m_locale = locale;
        return true;
    }
    double volume() const override { return 1; }
    bool setVolume(double) override { return true; }
    QVoice voice() const override { return {}; }
    bool setVoice(const QVoice &) override { return true; }
    QTextToSpeech::State state() const override { return QTextToSpeech::Ready; }
    QTextToSpeech::ErrorReason errorReason() const override
    {
        return QTextToSpeech::ErrorReason::NoError;
    }
    QString errorString() const override { return {}; }

private:
    QLocale m_locale;
};

class MockTtsPlugin : public QObject, public QTextToSpeechPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "mocktts/mock_tts.json")
    Q_INTERFACES(QTextToSpeechPlugin)
public:
    QTextToSpeechEngine *createTextToSpeechEngine(const QVariantMap &, QObject *parent,
                                                  QString *) const override
    {
        return new MockEngine(parent);
    }
};

Q_IMPORT_PLUGIN(MockTtsPlugin)

class TestReadAloud : public QObject
{
    Q_OBJECT

private slots:
    void init() { g_heard = {}; }
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
    QCOMPARE(g_heard.says, 1);
    QCOMPARE(g_heard.text, QStringLiteral("Мій міст до роботи"));
    QCOMPARE(g_heard.locale.language(), QLocale::Ukrainian);
    QCOMPARE(speaker.lastSpoken(), QStringLiteral("Мій міст до роботи"));
    QVERIFY(!speaker.noVoice());

    app.setLanguage(QStringLiteral("ar"));
    speaker.speak(QStringLiteral("جسري إلى العمل"));
    QCOMPARE(g_heard.says, 2);
    QCOMPARE(g_heard.locale.language(), QLocale::Arabic);
    QCOMPARE(g_heard.text, QStringLiteral("جسري إلى العمل"));

    app.setLanguage(QStringLiteral("nb"));
    speaker.speak(QStringLiteral("Min bro til jobb"));
    QCOMPARE(g_heard.locale.language(), QLocale::NorwegianBokmal);
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
        QCOMPARE(g_heard.says, 0);
        QVERIFY(speaker.noVoice());
        QVERIFY(speaker.lastSpoken().isEmpty());
    }
}

namespace {
// A short prepared recording: 0.1 s of silence, 8 kHz mono 16-bit PCM WAV.
QByteArray wav()
{
    const quint32 samples = 800, dataBytes = samples * 2;
    QByteArray b;
    auto u32 = [&b](quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    auto u16 = [&b](quint16 v) {
        b.append(char(v & 0xff));
        b.append(char(v >> 8));
    };
    b.append("RIFF");
    u32(36 + dataBytes);
    b.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(8000);
    u32(16000);
    u16(2);
    u16(16);
    b.append("data");
    u32(dataBytes);
    b.append(QByteArray(int(dataBytes), '\0'));
    return b;
}
} // namespace

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
        f.write(wav());
    }
    const auto r = records.attachFile("measure", QString::fromStdString(m),
                                      QUrl::fromLocalFile(file), "Tigrinya");
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    QVERIFY(speaker.hasRecording(QString::fromStdString(m)));

    speaker.speak(QStringLiteral("ስልጠና ስራሕ"), QString::fromStdString(m));
    QCOMPARE(g_heard.says, 0); // the recording, not the engine (and no voice is needed)
    QVERIFY(!speaker.noVoice());
    QVERIFY(speaker.lastRecording().isLocalFile());
    QCOMPARE(played, QList<QUrl>{speaker.lastRecording()});
    QFile copy(played.first().toLocalFile());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), wav()); // the recording's bytes, out of the encrypted store
    QCOMPARE(copy.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    // Another record without one: the engine (no voice for Tigrinya: told).
    speaker.speak(QStringLiteral("ሕቶ"), QString::fromStdString(plan));
    QVERIFY(speaker.lastRecording().isEmpty());
    QVERIFY(speaker.noVoice());
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
