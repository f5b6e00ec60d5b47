#include "reportchartitem.h"

#include "reports/reportchart.h"

#include <QPainter>

namespace bro {

ReportChartItem::ReportChartItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    connect(this, &ReportChartItem::pointsChanged, this, [this] { update(); });
}

void ReportChartItem::setPoints(const QVariantList &points)
{
    m_points = points;
    emit pointsChanged();
}

void ReportChartItem::setHighlightIndex(int index)
{
    if (index == m_highlight)
        return;
    m_highlight = index;
    emit pointsChanged();
}

void ReportChartItem::setBarColor(const QColor &colour)
{
    if (colour == m_bar)
        return;
    m_bar = colour;
    emit pointsChanged();
}

void ReportChartItem::setFontPixelSize(int size)
{
    if (size == m_fontPixelSize || size <= 0)
        return;
    m_fontPixelSize = size;
    emit pointsChanged();
}

void ReportChartItem::paint(QPainter *painter)
{
    QVector<ChartPoint> points;
    for (const QVariant &v : m_points) {
        const QVariantMap m = v.toMap();
        ChartPoint p;
        p.label = m.value(QStringLiteral("label")).toString();
        p.hidden = m.value(QStringLiteral("hidden")).toBool();
        p.text = m.value(QStringLiteral("text")).toString();
        const QVariant value = m.value(QStringLiteral("value"));
        if (!p.hidden && value.isValid() && !value.isNull())
            p.value = value.toDouble();
        points.push_back(p);
    }
    ChartStyle style;
    style.bar = m_bar;
    style.highlightIndex = m_highlight;
    style.font.setPixelSize(m_fontPixelSize);
    paintBarChart(*painter, QRectF(0, 0, width(), height()), points, style);
}

} // namespace bro
