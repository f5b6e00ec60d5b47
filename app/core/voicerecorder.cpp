#include "voicerecorder.h"

#include "recordservice.h"

#include <QAudioDevice>
#include <QAudioInput>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaRecorder>

namespace bro {

// --- Qt Multimedia ---------------------------------------------------------------------------

struct MediaRecorderBackend::Parts
{
    QMediaCaptureSession session;
    QAudioInput input;
    QMediaRecorder recorder;
    bool cancelled = false;
};

MediaRecorderBackend::MediaRecorderBackend(QObject *parent)
    : RecorderBackend(parent)
{}

MediaRecorderBackend::~MediaRecorderBackend() = default;

bool MediaRecorderBackend::hasMicrophone() const
{
    return !QMediaDevices::audioInputs().isEmpty();
}

namespace {
// A compressed format for speech that this platform's backend can write; WAV at worst.
QMediaFormat speechFormat()
{
    const struct
    {
        QMediaFormat::FileFormat file;
        QMediaFormat::AudioCodec codec;
    } wanted[] = {{QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus},
                  {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Vorbis},
                  {QMediaFormat::MPEG4, QMediaFormat::AudioCodec::AAC},
                  {QMediaFormat::Wave, QMediaFormat::AudioCodec::Wave}};
    for (const auto &w : wanted) {
        QMediaFormat f(w.file);
        if (f.supportedAudioCodecs(QMediaFormat::Encode).contains(w.codec)) {
            f.setAudioCodec(w.codec);
            return f;
        }
    }
    return QMediaFormat(QMediaFormat::Wave);
}
} // namespace

void MediaRecorderBackend::start(const QString &path)
{
    // A fresh session per take: the default input may have changed (a headset plugged in).
    m_parts = std::make_unique<Parts>();
    Parts &p = *m_parts;
    p.input.setDevice(QMediaDevices::defaultAudioInput());
    p.session.setAudioInput(&p.input);
    p.session.setRecorder(&p.recorder);
    p.recorder.setMediaFormat(speechFormat());
    p.recorder.setAudioChannelCount(1);
    p.recorder.setQuality(QMediaRecorder::NormalQuality);
    p.recorder.setOutputLocation(QUrl::fromLocalFile(path));
    QObject::connect(&p.recorder, &QMediaRecorder::errorOccurred, this,
                     [this](QMediaRecorder::Error, const QString &detail) {
                         emit failed(detail.isEmpty() ? QStringLiteral("the recorder failed")
                                                      : detail);
                     });
    QObject::connect(
        &p.recorder, &QMediaRecorder::recorderStateChanged, this,
        [this](QMediaRecorder::RecorderState state) {
            if (state != QMediaRecorder::StoppedState || !m_parts || m_parts->cancelled)
                return;
            const QUrl where = m_parts->recorder.actualLocation();
            emit finished(where.isLocalFile() ? where.toLocalFile() : where.toString());
        });
    p.recorder.record();
}

void MediaRecorderBackend::stop()
{
    if (m_parts)
        m_parts->recorder.stop();
}

void MediaRecorderBackend::cancel()
{
    if (!m_parts)
        return;
    m_parts->cancelled = true;
    m_parts->recorder.stop();
}

// --- the service -----------------------------------------------------------------------------

VoiceRecorder::VoiceRecorder(RecordService *records, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_backend(std::make_unique<MediaRecorderBackend>())
{
    connectBackend();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        ++m_seconds;
        emit secondsChanged();
    });
}

VoiceRecorder::~VoiceRecorder()
{
    if (m_state == Recording || m_state == Stopping)
        m_backend->cancel();
    removeTake();
}

void VoiceRecorder::setBackend(std::unique_ptr<RecorderBackend> backend)
{
    if (m_state == Recording || m_state == Stopping)
        m_backend->cancel();
    m_backend = std::move(backend);
    connectBackend();
    removeTake();
    setState(Idle);
}

void VoiceRecorder::connectBackend()
{
    connect(m_backend.get(), &RecorderBackend::finished, this, [this](const QString &file) {
        if (m_state != Recording && m_state != Stopping)
            return; // discarded meanwhile
        m_tick.stop();
        m_take = file;
        if (!QFileInfo(file).isFile() || QFileInfo(file).size() == 0) {
            removeTake();
            setState(Failed, tr("Nothing was recorded. Check the microphone."));
            return;
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        setState(Recorded);
    });
    connect(m_backend.get(), &RecorderBackend::failed, this, [this](const QString &detail) {
        if (m_state != Recording && m_state != Stopping)
            return;
        m_tick.stop();
        qWarning("bro: recording failed: %s", qPrintable(detail));
        removeTake();
        setState(Failed, tr("The recording failed: %1").arg(detail));
    });
}

void VoiceRecorder::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void VoiceRecorder::removeTake()
{
    if (!m_take.isEmpty())
        QFile::remove(m_take);
    m_take.clear();
}

bool VoiceRecorder::mayRecord(const QString &ownerKind) const
{
    return m_records->mayAttachTo(ownerKind);
}

void VoiceRecorder::record(const QString &ownerKind, const QString &ownerId)
{
    if (m_state == Recording || m_state == Stopping)
        return;
    removeTake();
    m_ownerKind = ownerKind;
    m_ownerId = ownerId;
    m_seconds = 0;
    emit secondsChanged();
    if (!mayRecord(ownerKind)) {
        setState(Failed, tr("You may not record a voice here."));
        return;
    }
    if (!m_backend->hasMicrophone()) {
        setState(Failed, tr("No microphone found. Connect one, or allow Bro to use it."));
        return;
    }
    if (!m_dir || !m_dir->isValid()) {
        m_dir = std::make_unique<QTemporaryDir>(); // 0700
        if (!m_dir->isValid()) {
            setState(Failed, tr("The recording failed: %1").arg(m_dir->errorString()));
            return;
        }
    }
    setState(Recording);
    m_tick.start();
    m_backend->start(m_dir->filePath(QStringLiteral("take-%1").arg(++m_takes)));
}

void VoiceRecorder::stop()
{
    if (m_state != Recording)
        return;
    m_tick.stop();
    setState(Stopping);
    m_backend->stop();
}

void VoiceRecorder::discard()
{
    if (m_state == Recording || m_state == Stopping) {
        m_tick.stop();
        m_backend->cancel();
    }
    removeTake();
    m_seconds = 0;
    emit secondsChanged();
    setState(Idle);
}

QVariantMap VoiceRecorder::keep(const QString &ownerKind, const QString &ownerId)
{
    if (m_state != Recorded || m_take.isEmpty()) {
        QVariantMap r;
        r.insert(QStringLiteral("ok"), false);
        r.insert(QStringLiteral("field"), QString());
        r.insert(QStringLiteral("message"), tr("There is no recording to keep."));
        return r;
    }
    const QString kind = ownerKind.isEmpty() ? m_ownerKind : ownerKind;
    const QString id = ownerId.isEmpty() ? m_ownerId : ownerId;
    QVariantMap r = m_records->attachRecording(kind, id, QUrl::fromLocalFile(m_take), {});
    if (!r.value(QStringLiteral("ok")).toBool()) {
        m_error = r.value(QStringLiteral("message")).toString();
        emit stateChanged(); // still Recorded: another try, or discard
        return r;
    }
    removeTake();
    m_ownerKind = kind;
    m_ownerId = id;
    setState(Idle);
    emit kept(r.value(QStringLiteral("id")).toString(), kind, id);
    return r;
}

} // namespace bro
