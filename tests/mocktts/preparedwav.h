// A prepared recording for tests (no audio device in CI): silence as 8 kHz mono 16-bit PCM WAV,
// 800 samples (0.1 s) unless told otherwise.
#pragma once

#include <QByteArray>

namespace bro::test {

inline QByteArray preparedWav(quint32 samples = 800)
{
    const quint32 dataBytes = samples * 2;
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

} // namespace bro::test
