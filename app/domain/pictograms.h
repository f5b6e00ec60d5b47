// Every pictogram the participant screens and the printed bridge show, in one table: a
// category ("measure", "state", "answer", "score", "bank", "goal", "ui") and a value -> an emoji
// of Noto Color Emoji (Debian fonts-noto-color-emoji, SIL Open Font License: free for municipal
// and commercial use). No national flags (a language is not a country), no ARASAAC (its
// licence excludes commercial products).
//
// To change a picture, change it here: QML (MyBro.pictogram), the PDF and bro-cli read this
// table only.
#pragma once

#include <string>
#include <string_view>

namespace bro {

// The pictogram of a value ("" for an unknown category; the category's fallback for an
// unknown value).
[[nodiscard]] std::string pictogram(std::string_view category, std::string_view value);

// The picture of a goal (an occupation, as the adviser wrote it in Norwegian or English): a
// keyword table ("elektr" -> a plug, "kokk" -> a cook, ...), else a briefcase.
[[nodiscard]] std::string goalPictogram(std::string_view goal);

} // namespace bro
