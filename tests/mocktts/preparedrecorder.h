// A voice recorder backend for tests (there is no audio device in CI): a take is a prepared
// WAV file (0.1 s of silence, 8 kHz mono 16-bit PCM) written when the take is stopped, and
// told a moment later, as Qt Multimedia's recorder does. hasMicrophone can be turned off to
// show the "no microphone" path; bytes can be replaced (a file that is no audio, an oversize
// one) to show the file rule.
#pragma once

#include "core/voicerecorder.h"
#include "preparedwav.h"

#include <QFile>
#include <QTimer>

namespace bro::test {

class PreparedRecorder : public RecorderBackend
{
    Q_OBJECT
public:
    bool microphone = true;
    QByteArray bytes = preparedWav();
    QString started; // the path of the last take started
    int stops = 0;

    [[nodiscard]] bool hasMicrophone() const override { return microphone; }
    void start(const QString &path) override { started = path + QStringLiteral(".wav"); }
    void stop() override
    {
        ++stops;
        QFile f(started);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        const QString file = started;
        QTimer::singleShot(0, this, [this, file] { emit finished(file); });
    }
    void cancel() override { ++stops; }
};

} // namespace bro::test
