// A signature drawn on the screen, as records keep it: vector strokes "x,y x,y;x,y ..." in a
// 0..1000 square (the pad's longer side). Drawn the same way into the PDF and into the PNG that
// is kept beside the signature as its attachment.
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace bro::reports {

using Strokes = std::vector<std::vector<QPointF>>;

// The strokes of the stored text; malformed points are skipped.
[[nodiscard]] Strokes parseStrokes(const QString &text);
// Draws the strokes fitted into box (keeping their proportions), with a pen of width lineWidth.
void drawStrokes(QPainter &painter, const Strokes &strokes, const QRectF &box, qreal lineWidth,
                 const QColor &ink);
// The signature as an image on white, for the attachment beside it.
[[nodiscard]] QImage signatureImage(const QString &strokes, QSize size = QSize(600, 240));

} // namespace bro::reports
