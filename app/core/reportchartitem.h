// A figure over the years as a bar chart in QML (ReportChart), painted by the same code as the
// PDF report's charts (reports/reportchart.h).
#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QVariantList>

namespace bro {

class ReportChartItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ReportChart)
    // [{label, value (number or null), hidden, text}], as Reporting.figures[i].values.
    Q_PROPERTY(QVariantList points READ points WRITE setPoints NOTIFY pointsChanged)
    Q_PROPERTY(int highlightIndex READ highlightIndex WRITE setHighlightIndex NOTIFY pointsChanged)
    Q_PROPERTY(QColor barColor READ barColor WRITE setBarColor NOTIFY pointsChanged)
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY pointsChanged)

public:
    explicit ReportChartItem(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

    [[nodiscard]] QVariantList points() const { return m_points; }
    void setPoints(const QVariantList &points);
    [[nodiscard]] int highlightIndex() const { return m_highlight; }
    void setHighlightIndex(int index);
    [[nodiscard]] QColor barColor() const { return m_bar; }
    void setBarColor(const QColor &colour);
    [[nodiscard]] int fontPixelSize() const { return m_fontPixelSize; }
    void setFontPixelSize(int size);

signals:
    void pointsChanged();

private:
    QVariantList m_points;
    int m_highlight = -1;
    QColor m_bar = QColor(0x0B, 0x5E, 0x55);
    int m_fontPixelSize = 13;
};

} // namespace bro
