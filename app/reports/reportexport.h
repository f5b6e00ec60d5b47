// The yearly figures as files, protected (bro/model/reportdisclosure.h) before anything is
// written: CSV for spreadsheets (UTF-8, ';', decimal comma, one row per figure and year, the
// figure's name in the UI language in the last column) and an A4 PDF report with the table of
// figures and a chart per figure over the years. Both need a QGuiApplication (fonts).
#pragma once

#include <bro/model/reportdisclosure.h>

#include <QString>

namespace bro {

// The text of the CSV file (reportToCsv with labels in the UI language).
[[nodiscard]] QByteArray reportCsv(const model::reporting::Report &report);
[[nodiscard]] bool writeReportCsv(const model::reporting::Report &report, const QString &path,
                                  QString *error = nullptr);
// highlightYear: the year the report is for (its column and bars stand out); 0 for none.
[[nodiscard]] bool writeReportPdf(const model::reporting::Report &report, const QString &path,
                                  int highlightYear, QString *error = nullptr);

} // namespace bro
