#include "reports/reportchart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bro {

namespace {

// The smallest 1, 2 or 5 times a power of ten at or above v.
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= v - 1e-9)
            return m * p;
    return 10 * p;
}

} // namespace

void paintBarChart(QPainter &p, const QRectF &area, const QVector<ChartPoint> &points,
                   const ChartStyle &style)
{
    if (points.isEmpty() || area.width() < 20 || area.height() < 20)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(style.font);
    const QFontMetricsF fm(style.font);
    const qreal line = fm.height();

    double top = 0;
    for (const auto &pt : points)
        if (pt.value)
            top = std::max(top, *pt.value);
    top = niceCeiling(top);
    const QString topText = QLocale().toString(top, 'g', 6);
    const qreal axis = fm.horizontalAdvance(topText) + line * 0.5;
    const QRectF plot(area.left() + axis, area.top() + line * 1.3, area.width() - axis,
                      area.height() - line * 2.8);

    // The scale: the baseline and the top line, with its value.
    p.setPen(QPen(style.grid, 1));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
    p.setPen(style.muted);
    p.drawText(QRectF(area.left(), plot.top() - line / 2, axis - line * 0.25, line),
               Qt::AlignRight | Qt::AlignVCenter, topText);
    p.drawText(QRectF(area.left(), plot.bottom() - line / 2, axis - line * 0.25, line),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));

    const qreal slot = plot.width() / points.size();
    const qreal barWidth = std::min(slot * 0.6, line * 4);
    for (int i = 0; i < points.size(); ++i) {
        const ChartPoint &pt = points[i];
        const qreal cx = plot.left() + slot * (i + 0.5);
        const QColor colour = i == style.highlightIndex ? style.highlight : style.bar;
        qreal labelTop = plot.bottom() - line * 1.2;
        if (pt.value && !pt.hidden) {
            const qreal h = plot.height() * std::clamp(*pt.value / top, 0.0, 1.0);
            const QRectF bar(cx - barWidth / 2, plot.bottom() - h, barWidth, h);
            p.fillRect(bar, colour);
            labelTop = bar.top() - line * 1.1;
            p.setPen(style.text);
        } else {
            // Hidden: an empty dashed box, so that nobody reads it as zero.
            const QRectF box(cx - barWidth / 2, plot.bottom() - line * 1.2, barWidth, line * 1.2);
            p.setPen(QPen(style.muted, 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            labelTop = box.top() - line * 1.1;
            p.setPen(style.muted);
        }
        p.drawText(QRectF(cx - slot / 2, labelTop, slot, line), Qt::AlignCenter, pt.text);
        p.setPen(i == style.highlightIndex ? style.text : style.muted);
        p.drawText(QRectF(cx - slot / 2, plot.bottom() + line * 0.3, slot, line), Qt::AlignCenter,
                   pt.label);
    }
    p.setPen(QPen(style.muted, 1));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    p.restore();
}

} // namespace bro
