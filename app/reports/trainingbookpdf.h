// The training book (opplæringsbok) as a PDF document in Norwegian bokmål, for the participant,
// the employer and the trade certificate board (yrkesopplæringsnemnda): workplace facts, the
// HSE introduction, competence goals with their latest assessment, the logbook with
// signatures, employer feedback and the evidence as thumbnails.
#pragma once

#include <QString>

#include <string>

namespace bro::store {
class Store;
}

namespace bro {

// Writes the book as an A4 PDF to path (Qt's own PDF writer). Needs a QGuiApplication (fonts).
// On failure returns false and sets *error (in the UI language) if error is given.
[[nodiscard]] bool writeTrainingBookPdf(const store::Store &store, const std::string &bookId,
                                        const QString &path, QString *error = nullptr);

} // namespace bro
