#include "pinpolicy.h"

#include <algorithm>

namespace bro::pin {

Problem check(const QString &pin, int birthYear)
{
    if (pin.isEmpty() || !std::all_of(pin.begin(), pin.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return Problem::NotDigits;
    if (pin.size() < kMinLength)
        return Problem::TooShort;
    if (pin.size() > kMaxLength)
        return Problem::TooLong;
    if (std::all_of(pin.begin(), pin.end(), [&](QChar c) { return c == pin.front(); }))
        return Problem::AllSame;
    // Each digit one up (or one down) from the one before, 9 -> 0 wrapping.
    for (const int step : {1, 9}) {
        bool run = true;
        for (qsizetype i = 1; i < pin.size() && run; ++i)
            run = (pin[i].digitValue() - pin[i - 1].digitValue() + 10) % 10 == step;
        if (run)
            return Problem::Sequence;
    }
    if (birthYear >= 1000 && birthYear <= 9999 && pin.contains(QString::number(birthYear)))
        return Problem::BirthYear;
    return Problem::None;
}

} // namespace bro::pin
