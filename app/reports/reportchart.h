// One figure over the years as a bar chart, painted with QPainter: the same drawing on the
// reporting screen (ReportChart, a QQuickPaintedItem) and in the PDF report, so that what the
// adviser sees is what is printed. A hidden figure is a dashed outline marked ":".
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

class QPainter;

namespace bro {

struct ChartPoint
{
    QString label;               // the year
    std::optional<double> value; // nullopt when hidden or nothing to show
    bool hidden = false;
    QString text; // the value as shown (":" when hidden)
};

struct ChartStyle
{
    QColor bar = QColor(0x0B, 0x5E, 0x55);
    QColor highlight = QColor(0xE0, 0x7A, 0x1F); // the selected year
    QColor text = QColor(0x1B, 0x1F, 0x1E);
    QColor muted = QColor(0x6E, 0x77, 0x75);
    QColor grid = QColor(0xD9, 0xDE, 0xDC);
    QFont font;
    int highlightIndex = -1;
};

void paintBarChart(QPainter &painter, const QRectF &area, const QVector<ChartPoint> &points,
                   const ChartStyle &style);

} // namespace bro
