// Voice recording (QML singleton VoiceRecorder): in a meeting the adviser or the interpreter
// records a plank's sentence in the participant's language; the participant records the
// self-evaluation's spoken answer. The take is kept as an audio attachment of the record
// (RecordService::attachRecording: the role's rules, the one file rule in model/attachments.h,
// the encrypted file store, synced like any file), and the speaker button then plays it
// (ReadAloud prefers a record's recording over the engine).
//
// QML only calls record / stop / keep / discard and shows state and error. States:
//   Idle -> record() -> Recording -> stop() -> Stopping -> (backend done) -> Recorded
//   Recorded -> keep() -> Idle (the attachment is written) | discard() -> Idle
//   anything -> Failed (no microphone, the role may not attach, the backend failed); record()
//   or discard() leaves it.
// The take is a private file (0600, in a private temporary directory) until it is kept or
// discarded; it never leaves the device unless kept.
//
// The backend that records is injectable (as ReadAloud's player): the real one is Qt
// Multimedia's QMediaCaptureSession + QAudioInput + QMediaRecorder (MediaRecorderBackend);
// tests, which have no audio device, inject one that writes a prepared audio file.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace bro {

class RecordService;

// What records: starts a take into a file and stops it; tells when the file is complete or the
// recording failed. finished() and failed() may come at once or later.
class RecorderBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Whether there is a microphone to record from.
    [[nodiscard]] virtual bool hasMicrophone() const = 0;
    // Starts recording into path (without suffix: the backend adds the one of its format).
    virtual void start(const QString &path) = 0;
    virtual void stop() = 0;
    // Stops without keeping anything (the file, if any, is removed by the caller).
    virtual void cancel() { stop(); }

signals:
    // The take is complete on disk, at file.
    void finished(const QString &file);
    // The recording failed; detail in English, for the log and the message.
    void failed(const QString &detail);
};

// Qt Multimedia: the default audio input, a compressed format the platform can encode (Ogg
// Opus or Vorbis, else MPEG-4 AAC, else WAV), mono, speech quality.
class MediaRecorderBackend : public RecorderBackend
{
    Q_OBJECT
public:
    explicit MediaRecorderBackend(QObject *parent = nullptr);
    ~MediaRecorderBackend() override;
    [[nodiscard]] bool hasMicrophone() const override;
    void start(const QString &path) override;
    void stop() override;
    void cancel() override;

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

class VoiceRecorder : public QObject, public QmlSingleton<VoiceRecorder>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(VoiceRecorder)
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // Why the last step failed, in the UI language ("" when nothing failed).
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    // The record the take is for (record()'s arguments; keep() may name the record later).
    Q_PROPERTY(QString ownerKind READ ownerKind NOTIFY stateChanged)
    Q_PROPERTY(QString ownerId READ ownerId NOTIFY stateChanged)
    // Whole seconds recorded so far (while Recording), or the take's length (Recorded).
    Q_PROPERTY(int seconds READ seconds NOTIFY secondsChanged)

public:
    enum State { Idle, Recording, Stopping, Recorded, Failed };
    Q_ENUM(State)

    explicit VoiceRecorder(RecordService *records, QObject *parent = nullptr);
    ~VoiceRecorder() override;

    // Starts a take for the record (ownerId may be "" when the record is written after the
    // take: the self-evaluation's spoken answer, kept with keep(kind, id)). A take not kept
    // yet is discarded. Failed with a message when there is no microphone or the role may not
    // attach files to such a record.
    Q_INVOKABLE void record(const QString &ownerKind, const QString &ownerId);
    Q_INVOKABLE void stop();
    // Keeps the take as an audio attachment of the record given to record() (or of ownerId
    // of ownerKind when given): {ok, id, field, message} as Records.attachFile. The take is
    // removed when it is kept; refused (and kept for another try) otherwise.
    Q_INVOKABLE QVariantMap keep(const QString &ownerKind = {}, const QString &ownerId = {});
    Q_INVOKABLE void discard();
    // Whether recording for a record of the kind is allowed (the role's rule).
    Q_INVOKABLE bool mayRecord(const QString &ownerKind) const;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString ownerKind() const { return m_ownerKind; }
    [[nodiscard]] QString ownerId() const { return m_ownerId; }
    [[nodiscard]] int seconds() const { return m_seconds; }
    // The take waiting to be kept (a local file), or empty.
    [[nodiscard]] QString takeFile() const { return m_take; }

    // Replaces what records (tests: a prepared audio file). The recorder owns it.
    void setBackend(std::unique_ptr<RecorderBackend> backend);
    [[nodiscard]] RecorderBackend *backend() const { return m_backend.get(); }

signals:
    void stateChanged();
    void secondsChanged();
    // A take became the attachment (its id) of the record.
    void kept(const QString &attachmentId, const QString &ownerKind, const QString &ownerId);

private:
    void setState(State state, const QString &error = {});
    void removeTake();
    void connectBackend();

    RecordService *m_records;
    std::unique_ptr<RecorderBackend> m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    State m_state = Idle;
    QString m_error;
    QString m_ownerKind;
    QString m_ownerId;
    QString m_take;
    int m_takes = 0;
    int m_seconds = 0;
    QTimer m_tick;
};

} // namespace bro
