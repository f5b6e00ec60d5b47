// The device PIN, the rules in one place (Norwegian guidance for mobile devices that hold
// special-category personal data): at least 6 digits (at most 12), and none that is easy to
// guess: every digit the same ("222222"), a run up or down ("123456", "987654", also wrapping:
// "890123"), or holding the user's birth year ("199107"). After kMaxWrongPins wrong PINs in a
// row the device erases its data (after pushing what is unsent, see Session).
#pragma once

#include <QString>

namespace bro::pin {

inline constexpr int kMinLength = 6;
inline constexpr int kMaxLength = 12;
inline constexpr int kMaxWrongPins = 10;

enum class Problem { None, NotDigits, TooShort, TooLong, AllSame, Sequence, BirthYear };

// Why pin may not be chosen; birthYear 0 when the user's is not known.
[[nodiscard]] Problem check(const QString &pin, int birthYear = 0);

} // namespace bro::pin
