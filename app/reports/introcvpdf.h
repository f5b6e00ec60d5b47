// The Intro-CV as an A4 PDF, in bokmål or English, laid out with the reports' page layout
// (pagelayout.h): the profile, the participant's own words, education, work experience,
// languages and work training, each fact with where it comes from ("Godkjent av NOKUT
// 2025-06-01", "Vurdert som oppnådd av mentor, Elektro Nord AS"). When it is made for a named
// employer, the consent that allows it is printed in the footer.
#pragma once

#include "domain/introcv.h"
#include "domain/jobmatchtext.h"

#include <QString>

#include <optional>

namespace bro {

// Needs a QGuiApplication (fonts). false and *error if the file cannot be written.
[[nodiscard]] bool writeIntroCvPdf(const cv::IntroCv &cv, match::Lang lang, const QString &path,
                                   const std::optional<cv::Consent> &sharedWith = std::nullopt,
                                   QString *error = nullptr);

// A source in words ("Godkjent av NOKUT 2025-06-01"), for the PDF and the CV screen.
[[nodiscard]] QString sourceText(const cv::Source &source, match::Lang lang);

} // namespace bro
