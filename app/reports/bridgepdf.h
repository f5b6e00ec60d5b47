// "Min bro" on paper: the bridge as one A4 landscape page for the meeting and the fridge door,
// every text in the participant's language and in bokmål beside it (the participant's line
// first, the bokmål one under it in grey), with the pictograms of domain/pictograms.h drawn as
// images (colour emoji do not survive as PDF text). Right-to-left languages (Arabic, Dari)
// cross from the right. The words are the participant screens' own translations (the same
// contexts as the QML), so the paper says what the screen says.
#pragma once

#include "domain/bridge.h"

#include <QString>

namespace bro {

// Writes the page to path. language: a UI language code ("ti", "ar", ...; "nb" gives bokmål
// once). Needs a QGuiApplication (fonts). On failure returns false and sets *error.
[[nodiscard]] bool writeBridgePdf(const BridgeView &bridge, const QString &language,
                                  const QString &path, QString *error = nullptr);

} // namespace bro
