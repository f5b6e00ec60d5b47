// Read aloud (QML singleton ReadAloud): the speaker button on every participant screen text.
// A recorded voice comes first: when the record the text belongs to has an audio attachment
// (the adviser or the interpreter recorded the sentence in the participant's language, in a
// meeting; stored like any file and synced), it is played (Qt Multimedia). Otherwise Qt
// TextToSpeech speaks the text in the screen's language, when the engine has a voice for it
// (espeak-ng through speech-dispatcher has nb, en, ar, uk and fa; nothing for Tigrinya or
// Somali). With neither, noVoice is set and the screen says so.
//
// The engine is chosen by name (Options: "" = the platform's default, "mock" in tests: a
// QTextToSpeechPlugin the tests link). Audio attachments are told by their MIME type
// ("audio/..."); the file is written to a private temporary file (0600) for the player.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <functional>
#include <memory>

class QTextToSpeech;
class QMediaPlayer;
class QAudioOutput;
class QTemporaryFile;

namespace bro::store {
class Store;
}

namespace bro {

class AppController;

class ReadAloud : public QObject, public QmlSingleton<ReadAloud>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ReadAloud)
    QML_SINGLETON
    // The last text was spoken by the engine (not played from a recording).
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY spoke)
    // The recording played last (a local file), or empty.
    Q_PROPERTY(QUrl lastRecording READ lastRecording NOTIFY spoke)
    // Neither a recording nor a voice for the language: nothing could be said.
    Q_PROPERTY(bool noVoice READ noVoice NOTIFY spoke)

public:
    ReadAloud(store::Store *store, AppController *app, QString engine, QObject *parent = nullptr);
    ~ReadAloud() override;

    // Reads text aloud in the UI language; ownerId: the record whose recording to prefer
    // (empty: the engine only).
    Q_INVOKABLE void speak(const QString &text, const QString &ownerId = {});
    Q_INVOKABLE void stop();
    // Whether the record has a recorded voice.
    Q_INVOKABLE bool hasRecording(const QString &ownerId) const;
    // Whether the engine has a voice for the UI language.
    Q_INVOKABLE bool hasVoice();
    // What plays a recording (a local file); the default is Qt Multimedia's player. Tests,
    // which have no audio device, replace it.
    void setPlayer(std::function<void(const QUrl &)> play) { m_play = std::move(play); }

    [[nodiscard]] QString lastSpoken() const { return m_lastSpoken; }
    [[nodiscard]] QUrl lastRecording() const { return m_lastRecording; }
    [[nodiscard]] bool noVoice() const { return m_noVoice; }

signals:
    void spoke();

private:
    QTextToSpeech *engine();
    QString recordingSha(const QString &ownerId) const;

    store::Store *m_store;
    AppController *m_app;
    QString m_engineName;
    QTextToSpeech *m_tts = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    std::unique_ptr<QTemporaryFile> m_file;
    std::function<void(const QUrl &)> m_play;
    QString m_lastSpoken;
    QUrl m_lastRecording;
    bool m_noVoice = false;
};

} // namespace bro
