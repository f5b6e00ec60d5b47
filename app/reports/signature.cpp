#include "signature.h"

#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <algorithm>

namespace bro::reports {

Strokes parseStrokes(const QString &text)
{
    Strokes strokes;
    for (const QString &stroke : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        std::vector<QPointF> points;
        for (const QString &point : stroke.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList xy = point.split(QLatin1Char(','));
            bool okX = false, okY = false;
            if (xy.size() != 2)
                continue;
            const double x = xy[0].toDouble(&okX), y = xy[1].toDouble(&okY);
            if (okX && okY)
                points.emplace_back(x, y);
        }
        if (!points.empty())
            strokes.push_back(std::move(points));
    }
    return strokes;
}

void drawStrokes(QPainter &p, const Strokes &strokes, const QRectF &box, qreal lineWidth,
                 const QColor &ink)
{
    if (strokes.empty())
        return;
    QRectF bounds;
    for (const auto &s : strokes)
        for (const auto &pt : s)
            bounds = bounds.isNull() ? QRectF(pt, QSizeF(0.001, 0.001))
                                     : bounds.united(QRectF(pt, QSizeF(0.001, 0.001)));
    const qreal inset = lineWidth * 2;
    const qreal scale = std::min((box.width() - 2 * inset) / std::max(bounds.width(), 1.0),
                                 (box.height() - 2 * inset) / std::max(bounds.height(), 1.0));
    const QPointF origin =
        box.topLeft() +
        QPointF(inset, inset + (box.height() - 2 * inset - bounds.height() * scale) / 2);
    auto map = [&](QPointF pt) {
        return origin + (pt - bounds.topLeft()) * scale;
    };
    p.setPen(QPen(ink, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    for (const auto &s : strokes) {
        if (s.size() == 1) {
            p.drawPoint(map(s.front()));
            continue;
        }
        QPainterPath path(map(s.front()));
        for (std::size_t i = 1; i < s.size(); ++i)
            path.lineTo(map(s[i]));
        p.drawPath(path);
    }
}

QImage signatureImage(const QString &strokes, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawStrokes(p, parseStrokes(strokes), QRectF(QPointF(0, 0), QSizeF(size)), 3,
                QColor(0x1d, 0x3b, 0x8b));
    return image;
}

} // namespace bro::reports
