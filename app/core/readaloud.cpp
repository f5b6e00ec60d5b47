#include "readaloud.h"

#include "appcontroller.h"

#include "store/store.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QTemporaryFile>
#include <QTextToSpeech>

namespace bro {

ReadAloud::ReadAloud(store::Store *store, AppController *app, QString engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_app(app)
    , m_engineName(std::move(engine))
{}

ReadAloud::~ReadAloud() = default;

QTextToSpeech *ReadAloud::engine()
{
    if (!m_tts)
        m_tts = m_engineName.isEmpty() ? new QTextToSpeech(this)
                                       : new QTextToSpeech(m_engineName, this);
    return m_tts;
}

QString ReadAloud::recordingSha(const QString &ownerId) const
{
    if (ownerId.isEmpty())
        return {};
    // The newest recording of the record (attachments are listed in creation order).
    QString sha;
    for (const auto &a : m_store->list("attachment", ownerId.toStdString())) {
        const std::string mime = a.value("mime_type", std::string());
        if (mime.rfind("audio/", 0) == 0)
            sha = QString::fromStdString(a.value("sha256", std::string()));
    }
    return sha;
}

bool ReadAloud::hasRecording(const QString &ownerId) const
{
    const QString sha = recordingSha(ownerId);
    return !sha.isEmpty() && m_store->blobSize(sha.toStdString()).has_value();
}

bool ReadAloud::hasVoice()
{
    QTextToSpeech *tts = engine();
    if (tts->state() == QTextToSpeech::Error)
        return false;
    const QLocale wanted = AppController::localeOf(m_app->language());
    for (const QLocale &l : tts->availableLocales())
        if (l.language() == wanted.language())
            return true;
    return false;
}

void ReadAloud::stop()
{
    if (m_tts)
        m_tts->stop();
    if (m_player)
        m_player->stop();
}

void ReadAloud::speak(const QString &text, const QString &ownerId)
{
    stop();
    m_noVoice = false;
    m_lastRecording.clear();
    m_lastSpoken.clear();
    const QString sha = recordingSha(ownerId);
    const auto bytes = sha.isEmpty() ? std::nullopt : m_store->blob(sha.toStdString());
    if (bytes) {
        // The player reads a file: a private temporary one, replaced by the next recording.
        m_file = std::make_unique<QTemporaryFile>();
        if (m_file->open()) {
            m_file->write(bytes->data(), qint64(bytes->size()));
            m_file->flush();
            m_lastRecording = QUrl::fromLocalFile(m_file->fileName());
            if (m_play) {
                m_play(m_lastRecording);
            } else {
                if (!m_player) {
                    m_player = new QMediaPlayer(this);
                    m_output = new QAudioOutput(this);
                    m_player->setAudioOutput(m_output);
                }
                m_player->setSource(m_lastRecording);
                m_player->play();
            }
            emit spoke();
            return;
        }
    }
    if (!hasVoice()) {
        m_noVoice = true;
        emit spoke();
        return;
    }
    QTextToSpeech *tts = engine();
    const QLocale wanted = AppController::localeOf(m_app->language());
    for (const QLocale &l : tts->availableLocales())
        if (l.language() == wanted.language()) {
            tts->setLocale(l);
            break;
        }
    m_lastSpoken = text;
    tts->say(text);
    emit spoke();
}

} // namespace bro
