// A text-to-speech engine for tests ("mock"): Qt 6.4 ships none. A test links mocktts.cpp,
// defines QT_STATICPLUGIN and imports it with Q_IMPORT_PLUGIN(MockTtsPlugin); what the engine
// was asked to say is in mocktts::g_heard. Its voices are espeak-ng's: nb, en, ar, uk, fa (none
// for Tigrinya or Somali).
#pragma once

#include <QLocale>
#include <QObject>
#include <QTextToSpeechEngine>
#include <QTextToSpeechPlugin>
#include <QVoice>

namespace mocktts {
struct Heard
{
    QString text;
    QLocale locale;
    int says = 0;
};
inline Heard g_heard;
} // namespace mocktts


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
        mocktts::g_heard.text = text;
        mocktts::g_heard.locale = m_locale;
        ++mocktts::g_heard.says;
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
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "mock_tts.json")
    Q_INTERFACES(QTextToSpeechPlugin)
public:
    QTextToSpeechEngine *createTextToSpeechEngine(const QVariantMap &, QObject *parent,
                                                  QString *) const override
    {
        return new MockEngine(parent);
    }
};


