#include "pagelayout.h"

#include "signature.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <limits>

namespace bro::reports {

// A piece of a cell: one text line, a signature, an image. Rows break between pieces.
struct PageLayout::Piece
{
    qreal height = 0;
    std::function<void(QPainter &, QPointF)> draw; // at the piece's top left
};

struct PageLayout::Painter
{
    QPainter painter;
};

namespace {

QFont fontFor(const TextStyle &s)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                   QStringLiteral("Liberation Sans"), QStringLiteral("Roboto")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(s.points);
    f.setBold(s.bold);
    f.setItalic(s.italic);
    return f;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("PageLayout", text);
}

} // namespace

bool PageLayout::writePdf(const QString &path, const DocumentInfo &info, const Content &content,
                          QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Created for its owner only, before a byte is written; an existing file is replaced
    // (and narrowed to 0600 too).
    QFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) ||
        !file.setPermissions(ownerOnly))
        return fail(
            tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(info.title);
    writer.setCreator(QStringLiteral("Bro"));

    PageLayout counting(writer, info, 0);
    content(counting);
    counting.finish();

    PageLayout doc(writer, info, counting.m_page);
    if (!doc.begin())
        return fail(tr("Cannot write %1").arg(QFileInfo(path).absoluteFilePath()));
    content(doc);
    doc.finish();
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(
            tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return true;
}

PageLayout::PageLayout(QPdfWriter &writer, const DocumentInfo &info, int totalPages)
    : m_writer(writer)
    , m_painter(std::make_unique<Painter>())
    , m_info(info)
    , m_totalPages(totalPages)
{
    m_top = mm(18);
    m_bottom = m_writer.height() - mm(22);
    m_left = mm(20);
    m_width = m_writer.width() - mm(40);
    m_y = m_top;
}

PageLayout::~PageLayout() = default;

bool PageLayout::begin()
{
    if (m_totalPages == 0)
        return true;
    if (!m_painter->painter.begin(&m_writer))
        return false;
    m_painter->painter.setRenderHint(QPainter::Antialiasing);
    return true;
}

void PageLayout::finish()
{
    drawFooter();
    if (drawing())
        m_painter->painter.end();
}

qreal PageLayout::mm(qreal v) const
{
    return v * m_writer.resolution() / 25.4;
}

void PageLayout::space(qreal millimetres)
{
    m_y += mm(millimetres);
}

// Starts a new page unless height fits below the current position.
void PageLayout::ensure(qreal height)
{
    if (m_y + height > m_bottom && m_y > m_top)
        newPage();
}

void PageLayout::newPage()
{
    drawFooter();
    if (drawing())
        m_writer.newPage();
    ++m_page;
    m_y = m_top;
}

void PageLayout::keepTogether(const std::function<void()> &block)
{
    if (!m_measuring) {
        // Measured on an endless page: no breaks, nothing drawn.
        const qreal y = m_y, bottom = m_bottom;
        const int page = m_page;
        m_measuring = true;
        m_y = 0;
        m_bottom = std::numeric_limits<qreal>::max();
        block();
        const qreal height = m_y;
        m_measuring = false;
        m_y = y;
        m_bottom = bottom;
        m_page = page;
        if (height <= m_bottom - m_top)
            ensure(height);
    }
    block();
}

void PageLayout::titleBlock(const QString &title, const QString &name, const QString &subtitle,
                            const QString &printed)
{
    flow({TextItem{title, {.points = 24, .bold = true, .color = Ink::accent}}});
    space(1);
    flow({TextItem{name, {.points = 16, .bold = true}}});
    if (!subtitle.isEmpty())
        flow({TextItem{subtitle, {.points = 11, .color = Ink::text}}});
    space(1);
    flow({TextItem{printed, styles::small}});
    space(2);
    rule(Ink::accent, 0.6);
    space(4);
}

void PageLayout::heading(const QString &text, qreal keepWith)
{
    ensure(mm(keepWith + 10));
    if (m_y > m_top)
        space(4);
    flow({TextItem{text, {.points = 14, .bold = true, .color = Ink::accent}}});
    space(0.8);
    rule(Ink::accent, 0.3);
    space(2.5);
}

void PageLayout::subheading(const QString &text)
{
    ensure(mm(40));
    space(2);
    flow({TextItem{text, {.points = 10.5, .bold = true}}});
    space(1.2);
}

void PageLayout::flow(const Cell &cell)
{
    for (const Piece &p : layout(cell, m_width)) {
        ensure(p.height);
        if (drawing())
            p.draw(m_painter->painter, QPointF(m_left, m_y));
        m_y += p.height;
    }
}

void PageLayout::bar(const std::vector<std::pair<double, QColor>> &parts)
{
    const qreal h = mm(3.2);
    ensure(h);
    if (drawing()) {
        m_painter->painter.fillRect(QRectF(m_left, m_y, m_width, h), Ink::empty);
        qreal x = m_left;
        for (const auto &[fraction, colour] : parts) {
            const qreal w = m_width * std::clamp(fraction, 0.0, 1.0);
            if (w > 0)
                m_painter->painter.fillRect(QRectF(x, m_y, w, h), colour);
            x += w;
        }
    }
    m_y += h;
}

void PageLayout::rule(const QColor &colour, qreal thicknessMm)
{
    const qreal thickness = mm(thicknessMm);
    if (drawing()) {
        m_painter->painter.setPen(QPen(colour, thickness));
        m_painter->painter.drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
    }
    m_y += thickness;
}

void PageLayout::table(const std::vector<Column> &columns,
                       const std::vector<std::vector<Cell>> &rows)
{
    QPainter &painter = m_painter->painter;
    const qreal padX = mm(1.6), padY = mm(1.3);
    std::vector<qreal> widths, xs;
    qreal x = m_left;
    for (const auto &c : columns) {
        xs.push_back(x);
        widths.push_back(m_width * c.fraction);
        x += widths.back();
    }
    const bool hasHeader = std::any_of(columns.begin(), columns.end(),
                                       [](const Column &c) { return !c.header.isEmpty(); });
    std::vector<std::vector<Piece>> headerPieces;
    qreal headerHeight = 0;
    if (hasHeader) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            headerPieces.push_back(
                layout({TextItem{columns[c].header, styles::header}}, widths[c] - 2 * padX));
            qreal h = 0;
            for (const auto &p : headerPieces.back())
                h += p.height;
            headerHeight = std::max(headerHeight, h + 2 * padY);
        }
    }
    auto drawHeader = [&] {
        if (!hasHeader)
            return;
        if (drawing()) {
            painter.fillRect(QRectF(m_left, m_y, m_width, headerHeight), Ink::headerFill);
            for (std::size_t c = 0; c < columns.size(); ++c) {
                qreal y = m_y + padY;
                for (const auto &p : headerPieces[c]) {
                    p.draw(painter, QPointF(xs[c] + padX, y));
                    y += p.height;
                }
            }
            painter.setPen(QPen(Ink::accent, mm(0.3)));
            painter.drawLine(QPointF(m_left, m_y + headerHeight),
                             QPointF(m_left + m_width, m_y + headerHeight));
        }
        m_y += headerHeight;
    };

    const qreal pageRoom = m_bottom - m_top - headerHeight;
    bool first = true;
    for (const auto &row : rows) {
        std::vector<std::vector<Piece>> cells;
        qreal rowHeight = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            cells.push_back(c < row.size() ? layout(row[c], widths[c] - 2 * padX)
                                           : std::vector<Piece>{});
            qreal h = 0;
            for (const auto &p : cells.back())
                h += p.height;
            rowHeight = std::max(rowHeight, h + 2 * padY);
        }
        // The first row goes with the header; a row that fits a page is not split.
        const qreal need = (first ? headerHeight : 0) + rowHeight;
        if (m_y + need > m_bottom && (rowHeight <= pageRoom || m_bottom - m_y < mm(25))) {
            newPage();
            first = true;
        }
        if (first)
            drawHeader();
        first = false;

        // Draws what fits of each cell, then continues the row on the next page.
        std::vector<std::size_t> next(columns.size(), 0);
        for (;;) {
            const bool freshPage = m_y <= m_top + headerHeight + 1;
            const qreal room = m_bottom - m_y - 2 * padY;
            qreal used = 0;
            bool done = true;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                qreal y = 0;
                auto &i = next[c];
                // At least one piece on a fresh page, so that the loop always advances.
                while (i < cells[c].size() &&
                       (y + cells[c][i].height <= room || (y == 0 && freshPage))) {
                    if (drawing())
                        cells[c][i].draw(painter, QPointF(xs[c] + padX, m_y + padY + y));
                    y += cells[c][i].height;
                    ++i;
                }
                used = std::max(used, y);
                done = done && i == cells[c].size();
            }
            if (used > 0 || done) {
                m_y += used + 2 * padY;
                if (drawing()) {
                    painter.setPen(QPen(Ink::rule, mm(0.2)));
                    painter.drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
                }
            }
            if (done)
                break;
            newPage();
            drawHeader();
            // The first column has been drawn: say that the row goes on.
            if (drawing() && next[0] == cells[0].size() && !cells[0].empty())
                layout({TextItem{m_info.continued, styles::small}}, widths[0] - 2 * padX)
                    .front()
                    .draw(painter, QPointF(xs[0] + padX, m_y + padY));
        }
    }
}

std::vector<PageLayout::Piece> PageLayout::layout(const Cell &cell, qreal width) const
{
    std::vector<Piece> pieces;
    for (const Item &item : cell) {
        if (const auto *text = std::get_if<TextItem>(&item))
            layoutText(*text, width, pieces);
        else if (const auto *sig = std::get_if<SignatureItem>(&item))
            pieces.push_back(signaturePiece(sig->strokes, width));
        else if (const auto *image = std::get_if<ImageItem>(&item))
            pieces.push_back(imagePiece(*image, width));
        else if (const auto *dots = std::get_if<DotsItem>(&item))
            pieces.push_back(dotsPiece(*dots));
        else if (const auto *gap = std::get_if<GapItem>(&item))
            pieces.push_back({mm(gap->mm), [](QPainter &, QPointF) {
                              }});
    }
    return pieces;
}

void PageLayout::drawFooter()
{
    if (!drawing())
        return;
    QPainter &painter = m_painter->painter;
    const qreal y = m_writer.height() - mm(14);
    painter.setPen(QPen(Ink::rule, mm(0.2)));
    painter.drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
    painter.setFont(fontFor(styles::small));
    painter.setPen(Ink::muted);
    const QRectF box(m_left, y + mm(1.5), m_width, mm(6));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, m_info.footer);
    painter.drawText(box, Qt::AlignRight | Qt::AlignTop,
                     m_info.pageNumber.arg(m_page).arg(m_totalPages));
}

void PageLayout::layoutText(const TextItem &item, qreal width, std::vector<Piece> &pieces) const
{
    const QFont f = fontFor(item.style);
    const QColor colour = item.style.color;
    const qreal spacing = 1.18;
    for (const QString &paragraph : item.text.split(QLatin1Char('\n'))) {
        auto layout = std::make_shared<QTextLayout>(paragraph, f, &m_writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        qreal y = 0;
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        if (layout->lineCount() == 0) {
            pieces.push_back(
                {QFontMetricsF(f, &m_writer).height() * spacing, [](QPainter &, QPointF) {
                 }});
            continue;
        }
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            pieces.push_back(
                {line.height() * spacing, [layout, i, colour](QPainter &p, QPointF at) {
                     const QTextLine l = layout->lineAt(i);
                     p.setPen(colour);
                     l.draw(&p, QPointF(at.x(), at.y() - l.y()));
                 }});
        }
    }
}

// The drawn signature as vector strokes, fitted into a box on a signature line.
PageLayout::Piece PageLayout::signaturePiece(const QString &text, qreal width) const
{
    const qreal boxW = std::min(width, mm(48)), boxH = mm(13);
    const qreal lineW = mm(0.35), ruleW = mm(0.15);
    const qreal gap = mm(1);
    auto strokes = parseStrokes(text);
    return {boxH + gap,
            [strokes = std::move(strokes), boxW, boxH, lineW, ruleW](QPainter &p, QPointF at) {
                p.setPen(QPen(Ink::rule, ruleW));
                p.drawLine(at + QPointF(0, boxH), at + QPointF(boxW, boxH));
                drawStrokes(p, strokes, QRectF(at, QSizeF(boxW, boxH)), lineW, Ink::signature);
            }};
}

// A thumbnail scaled to fit, or a placeholder box with a note.
PageLayout::Piece PageLayout::imagePiece(const ImageItem &item, qreal width) const
{
    const qreal maxH = mm(42);
    const qreal gap = mm(1.2);
    if (item.image.isNull()) {
        const qreal h = mm(24);
        const QFont f = fontFor(styles::small);
        const qreal border = mm(0.2), inset = mm(2);
        return {h + gap, [width, h, f, note = item.note, border, inset](QPainter &p, QPointF at) {
                    const QRectF box(at, QSizeF(width, h));
                    p.fillRect(box, Ink::headerFill);
                    p.setPen(QPen(Ink::rule, border, Qt::DashLine));
                    p.drawRect(box);
                    p.setFont(f);
                    p.setPen(Ink::muted);
                    p.drawText(box.adjusted(inset, inset, -inset, -inset),
                               Qt::AlignCenter | Qt::TextWordWrap, note);
                }};
    }
    const QSizeF size = QSizeF(item.image.size()).scaled(QSizeF(width, maxH), Qt::KeepAspectRatio);
    // At most ~200 dpi in the PDF: photos are not printed larger than this.
    const QSize pixels(int(size.width() / m_writer.resolution() * 200) + 1,
                       int(size.height() / m_writer.resolution() * 200) + 1);
    QImage image = item.image;
    if (image.width() > pixels.width() * 1.2)
        image = image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const qreal border = mm(0.2);
    return {size.height() + gap, [image, size, border](QPainter &p, QPointF at) {
                const QRectF target(at, size);
                p.drawImage(target, image);
                p.setPen(QPen(Ink::rule, border));
                p.setBrush(Qt::NoBrush);
                p.drawRect(target);
            }};
}

// Five dots, value of them filled, then the rating in words; no dots for no rating.
PageLayout::Piece PageLayout::dotsPiece(const DotsItem &item) const
{
    const qreal d = mm(2.6), step = mm(3.6), h = mm(4.6), pen = mm(0.25);
    const QFont f = fontFor(item.text.style);
    const QColor colour = item.text.style.color;
    const qreal textX = item.value > 0 ? 5 * step + mm(2.5) : 0;
    return {h, [value = item.value, text = item.text.text, f, colour, d, step, h, pen,
                textX](QPainter &p, QPointF at) {
                for (int i = 0; value > 0 && i < 5; ++i) {
                    p.setPen(QPen(Ink::accent, pen));
                    p.setBrush(i < value ? QBrush(Ink::accent) : QBrush(Qt::white));
                    p.drawEllipse(QRectF(at.x() + i * step, at.y() + (h - d) / 2, d, d));
                }
                p.setBrush(Qt::NoBrush);
                p.setFont(f);
                p.setPen(colour);
                p.drawText(QRectF(at.x() + textX, at.y(), 5 * step * 4, h),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
            }};
}

QImage thumbnail(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // the camera's orientation
    constexpr int kMaxSide = 1000;
    if (const QSize size = reader.size();
        size.isValid() && std::max(size.width(), size.height()) > kMaxSide)
        reader.setScaledSize(size.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace bro::reports
