#include "reports/reportexport.h"

#include "reports/reportchart.h"
#include "reports/reportingtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace bro {

using namespace model::reporting;

namespace {

QString scopeText(const Report &r)
{
    return r.scope.empty() ? QCoreApplication::translate("Reporting", "The caseload on this device")
                           : QCoreApplication::translate("Reporting", "Municipality: %1")
                                 .arg(QString::fromStdString(r.scope));
}

QString titleWithUnit(Figure f)
{
    const QString unit = unitLabel(figureUnit(f));
    return unit.isEmpty() ? figureLabel(f) : figureLabel(f) + QStringLiteral(" (") + unit + ')';
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QByteArray reportCsv(const Report &report)
{
    const std::string csv =
        reportToCsv(report, [](Figure f) { return figureLabel(f).toStdString(); });
    return QByteArray::fromStdString(csv);
}

bool writeReportCsv(const Report &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QCoreApplication::translate("Reporting", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    file.write(reportCsv(report));
    if (!file.commit())
        return fail(error, QCoreApplication::translate("Reporting", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    return true;
}

bool writeReportPdf(const Report &report, const QString &path, int highlightYear, QString *error)
{
    if (QFileInfo(path).fileName().isEmpty())
        return fail(
            error,
            QCoreApplication::translate("Reporting", "Cannot write %1: no file name").arg(path));
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    pdf.setTitle(QCoreApplication::translate("Reporting", "Fast track: figures per year"));
    pdf.setCreator(QStringLiteral("Bro"));
    QPainter p;
    if (!p.begin(&pdf))
        return fail(error, QCoreApplication::translate("Reporting", "Cannot write %1").arg(path));

    const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const qreal mm = pdf.resolution() / 25.4;
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(9);
    QFont heading = body;
    heading.setPointSizeF(16);
    heading.setBold(true);
    QFont small = body;
    small.setPointSizeF(7.5);
    QFont bold = body;
    bold.setBold(true);
    const qreal line = QFontMetricsF(body, &pdf).height();

    // Page 1: what it covers, and the table.
    qreal y = 0;
    p.setFont(heading);
    p.drawText(QRectF(0, y, page.width(), line * 2.2), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Reporting", "Fast track: figures per year"));
    y += line * 2.6;
    p.setFont(body);
    QString years;
    if (!report.years.empty())
        years = QString::number(report.years.front().year) + QStringLiteral("–") +
                QString::number(report.years.back().year);
    p.drawText(QRectF(0, y, page.width(), line), Qt::AlignLeft,
               scopeText(report) + QStringLiteral(" · ") +
                   QCoreApplication::translate("Reporting", "Years %1").arg(years) +
                   QStringLiteral(" · ") +
                   QCoreApplication::translate("Reporting", "As of %1")
                       .arg(QLocale().toString(
                           QDate::fromString(QString::fromStdString(report.asOf), Qt::ISODate),
                           QLocale::LongFormat)));
    y += line * 2;

    const qreal labelWidth = page.width() * 0.46;
    const int n = int(report.years.size());
    const qreal col = n > 0 ? (page.width() - labelWidth) / n : 0;
    p.setFont(bold);
    p.drawText(QRectF(0, y, labelWidth, line * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("Reporting", "Figure"));
    for (int i = 0; i < n; ++i)
        p.drawText(QRectF(labelWidth + col * i, y, col, line * 1.4),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(report.years[i].year));
    y += line * 1.4;
    p.setPen(QPen(Qt::black, 0.3 * mm));
    p.drawLine(QPointF(0, y), QPointF(page.width(), y));
    for (Figure f : kFigures) {
        p.setFont(body);
        p.setPen(Qt::black);
        const QRectF labelRect(0, y + line * 0.2, labelWidth - mm * 2, line * 2.4);
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   titleWithUnit(f));
        for (int i = 0; i < n; ++i) {
            QFont cell = report.years[i].year == highlightYear ? bold : body;
            p.setFont(cell);
            p.drawText(QRectF(labelWidth + col * i, y + line * 0.2, col, line * 2.4),
                       Qt::AlignRight | Qt::AlignVCenter, figureText(report.years[i].at(f)));
        }
        y += line * 2.8;
        p.setPen(QPen(QColor(0xD9, 0xDE, 0xDC), 0.2 * mm));
        p.drawLine(QPointF(0, y), QPointF(page.width(), y));
    }
    y += line;
    p.setFont(small);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, y, page.width(), line * 3), Qt::AlignLeft | Qt::TextWordWrap,
               hiddenExplanation());

    // Then a chart per figure over the years, two columns of three per page.
    ChartStyle style;
    style.font = small;
    for (int i = 0; i < n; ++i)
        if (report.years[i].year == highlightYear)
            style.highlightIndex = i;
    const qreal cellW = page.width() / 2, cellH = page.height() / 3;
    for (std::size_t k = 0; k < kFigures.size(); ++k) {
        if (k % 6 == 0)
            pdf.newPage();
        const Figure f = kFigures[k];
        const QRectF cell(cellW * qreal(k % 2), cellH * qreal((k % 6) / 2), cellW, cellH);
        const QRectF inner = cell.adjusted(mm * 3, mm * 3, -mm * 3, -mm * 3);
        p.setFont(bold);
        p.setPen(Qt::black);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line * 2.4),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, titleWithUnit(f));
        QVector<ChartPoint> points;
        for (const ProtectedYear &py : report.years)
            points.push_back(
                {QString::number(py.year), py.at(f).value, py.at(f).hidden, figureText(py.at(f))});
        paintBarChart(p, inner.adjusted(0, line * 2.8, 0, 0), points, style);
    }
    if (!p.end())
        return fail(error, QCoreApplication::translate("Reporting", "Cannot write %1").arg(path));
    return true;
}

} // namespace bro
