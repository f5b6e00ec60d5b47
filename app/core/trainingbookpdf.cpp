#include "trainingbookpdf.h"

#include "store/store.h"
#include "trainingbook.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageReader>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <variant>
#include <vector>

namespace bro {

namespace {

using Json = nlohmann::json;

// The document's fixed text. The PDF is a Norwegian document whatever the UI language, so the
// words are bokmål here (the same words the app's bokmål translation uses).
namespace nb {
constexpr const char *kTitle = "Opplæringsbok";
constexpr const char *kPrinted = "Skrevet ut %1 fra Bro";
constexpr const char *kPage = "Side %1 av %2";
constexpr const char *kContinued = "(forts.)";
constexpr const char *kWorkplace = "Arbeidsplassen";
constexpr const char *kEmployer = "Arbeidsgiver";
constexpr const char *kWorkplaceField = "Arbeidssted";
constexpr const char *kAddress = "Adresse";
constexpr const char *kWorkingHours = "Arbeidstid";
constexpr const char *kHoursPerWeek = "%1 timer per uke";
constexpr const char *kContact = "Kontaktperson";
constexpr const char *kMentor = "Mentor";
constexpr const char *kPeriod = "Periode";
constexpr const char *kHseInfo = "HMS-informasjon";
constexpr const char *kHse = "HMS-opplæring";
constexpr const char *kHseTopic = "Tema";
constexpr const char *kHseDone = "Gjennomført";
constexpr const char *kHseBy = "Gjennomgått med";
constexpr const char *kHseNotDone = "Ikke gjennomført";
constexpr const char *kHseSummary = "%1 av %2 punkter gjennomført";
constexpr const char *kGoals = "Kompetansemål";
constexpr const char *kGoal = "Mål";
constexpr const char *kStatus = "Status";
constexpr const char *kLatest = "Siste vurdering";
constexpr const char *kGoalSummary = "%1 av %2 mål oppnådd";
constexpr const char *kGoalSummaryRest = "%1 underveis, %2 ikke startet";
constexpr const char *kAchieved = "Oppnådd";
constexpr const char *kInProgress = "Underveis";
constexpr const char *kNotStarted = "Ikke startet";
constexpr const char *kNotAssessed = "Ikke vurdert ennå";
constexpr const char *kAssessed = "Vurdert %1";
constexpr const char *kAssessedBy = "Vurdert %1 av %2";
constexpr const char *kLogbook = "Logg";
constexpr const char *kLogSummary = "%1 føringer, %2 timer, %3 signert";
constexpr const char *kDate = "Dato";
constexpr const char *kHours = "Timer";
constexpr const char *kTasks = "Arbeidsoppgaver";
constexpr const char *kSignature = "Signatur";
constexpr const char *kGoalsPractised = "Mål øvd på: %1";
constexpr const char *kNorwegianUsed = "Norsk brukt: %1";
constexpr const char *kCorrects = "Korrigerer føringen fra %1";
constexpr const char *kCorrected = "Korrigert senere (se korrigering)";
constexpr const char *kSignedBy = "Signert av %1, %2";
constexpr const char *kSignedByNoDate = "Signert av %1";
constexpr const char *kNotSigned = "Ikke signert";
constexpr const char *kNoEntries = "Ingen føringer ennå.";
constexpr const char *kNoGoals = "Ingen kompetansemål er lagt inn.";
constexpr const char *kNoHse = "Ingen punkter er lagt inn.";
constexpr const char *kFeedback = "Tilbakemeldinger fra arbeidsgiver";
constexpr const char *kFeedbackOn = "Tilbakemelding %1";
constexpr const char *kNoFeedback = "Ingen tilbakemeldinger ennå.";
constexpr const char *kCriterion = "Område";
constexpr const char *kRating = "Vurdering";
constexpr const char *kOutOfFive = "%1 av 5";
constexpr const char *kNotRated = "ikke vurdert";
constexpr const char *kComment = "Kommentar: %1";
constexpr const char *kEvidence = "Dokumentasjon";
constexpr const char *kNoEvidence = "Ingen vedlegg.";
constexpr const char *kNotDownloaded = "bilde ikke lastet ned";
constexpr const char *kNoPreview = "ingen forhåndsvisning";
constexpr const char *kDocumentNotDownloaded = "ikke lastet ned";
constexpr const char *kBelongsToBook = "Opplæringsboka";
constexpr const char *kBelongsToEntry = "Loggføring %1";
constexpr const char *kBelongsToAssessment = "Vurdering %1";
constexpr const char *kBelongsToFeedback = "Tilbakemelding %1";
constexpr const char *kBelongsToGoal = "Mål: %1";
constexpr const char *kBelongsToHse = "HMS: %1";

struct Rating
{
    const char *field;
    const char *label;
};
constexpr Rating kRatings[] = {
    {"attendance", "Oppmøte"},
    {"punctuality", "Punktlighet"},
    {"cooperation", "Samarbeid"},
    {"safety", "Sikkerhet"},
    {"work_quality", "Kvalitet i arbeidet"},
    {"norwegian_at_work", "Norsk på jobben"},
};
} // namespace nb

QString t(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// --- record helpers ------------------------------------------------------------------------

QString str(const Json &r, const char *field)
{
    const auto it = r.find(field);
    return it != r.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

std::string id(const Json &r)
{
    return r.value("id", std::string());
}

QString nbDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

// A sign-off time (UTC) as the local date.
QString nbDateOfTime(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.isValid() ? dt.toLocalTime().date().toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

QString nbNumber(double v)
{
    return QString::number(v, 'g', 6).replace(QLatin1Char('.'), QLatin1Char(','));
}

// --- layout primitives ---------------------------------------------------------------------

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kRule(0xc8, 0xcc, 0xd0);
const QColor kHeaderFill(0xec, 0xf1, 0xf7);
const QColor kSignatureInk(0x1d, 0x3b, 0x8b);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kAmber(0xb2, 0x6a, 0x00);
const QColor kGrey(0x9e, 0xa3, 0xa8);

struct Style
{
    qreal points = 9.5;
    bool bold = false;
    bool italic = false;
    QColor color = kInk;
};

const Style kBody{};
const Style kBold{.bold = true};
const Style kSmall{.points = 8, .color = kMuted};
const Style kSmallInk{.points = 8};
const Style kItalicSmall{.points = 8, .italic = true, .color = kMuted};
const Style kLabel{.points = 9, .bold = true, .color = kMuted};
const Style kHeader{.points = 8, .bold = true, .color = kAccent};
const Style kCorrection{.points = 8, .bold = true, .color = kAmber};

// A piece of a cell: one text line, a signature, an image. Rows break between pieces.
struct Piece
{
    qreal height = 0;
    std::function<void(QPainter &, QPointF)> draw; // at the piece's top left
};

struct TextItem
{
    QString text;
    Style style;
};
struct SignatureItem
{
    QString strokes;
};
struct ImageItem
{
    QImage image; // null: a placeholder box with note
    QString note;
};
struct DotsItem
{
    int value;     // 0..5 filled
    TextItem text; // after the dots: "4 av 5"
};
struct GapItem
{
    qreal mm;
};
using Item = std::variant<TextItem, SignatureItem, ImageItem, DotsItem, GapItem>;
using Cell = std::vector<Item>;

struct Column
{
    QString header;
    qreal fraction;
};

// Points of "x,y x,y;x,y ..." in the 0..1000 square; malformed points are skipped.
std::vector<std::vector<QPointF>> parseStrokes(const QString &text)
{
    std::vector<std::vector<QPointF>> strokes;
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

// Lays out and draws the document on a PDF writer. Run once without a painter to count the
// pages, then again to draw them with "page X of Y".
class Doc
{
public:
    Doc(QPdfWriter &writer, QString footer, int totalPages)
        : m_writer(writer)
        , m_footer(std::move(footer))
        , m_totalPages(totalPages)
    {
        m_top = mm(18);
        m_bottom = m_writer.height() - mm(22);
        m_left = mm(20);
        m_width = m_writer.width() - mm(40);
        m_y = m_top;
    }

    bool begin()
    {
        if (m_totalPages == 0)
            return true;
        if (!m_painter.begin(&m_writer))
            return false;
        m_painter.setRenderHint(QPainter::Antialiasing);
        return true;
    }

    void finish()
    {
        drawFooter();
        if (drawing())
            m_painter.end();
    }

    [[nodiscard]] int pages() const { return m_page; }
    [[nodiscard]] qreal mm(qreal v) const { return v * m_writer.resolution() / 25.4; }
    [[nodiscard]] qreal width() const { return m_width; }

    [[nodiscard]] QFont font(const Style &s) const
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

    void space(qreal millimetres) { m_y += mm(millimetres); }

    // Starts a new page unless height fits below the current position.
    void ensure(qreal height)
    {
        if (m_y + height > m_bottom && m_y > m_top)
            newPage();
    }

    void newPage()
    {
        drawFooter();
        if (drawing())
            m_writer.newPage();
        ++m_page;
        m_y = m_top;
    }

    void titleBlock(const QString &title, const QString &name, const QString &subtitle,
                    const QString &printed)
    {
        flow({TextItem{title, {.points = 24, .bold = true, .color = kAccent}}});
        space(1);
        flow({TextItem{name, {.points = 16, .bold = true}}});
        if (!subtitle.isEmpty())
            flow({TextItem{subtitle, {.points = 11, .color = kInk}}});
        space(1);
        flow({TextItem{printed, kSmall}});
        space(2);
        rule(kAccent, mm(0.6));
        space(4);
    }

    // A section heading, kept on one page with the first keepWith mm of what follows.
    void heading(const QString &text, qreal keepWith = 35)
    {
        ensure(mm(keepWith + 10));
        if (m_y > m_top)
            space(4);
        flow({TextItem{text, {.points = 14, .bold = true, .color = kAccent}}});
        space(0.8);
        rule(kAccent, mm(0.3));
        space(2.5);
    }

    void subheading(const QString &text)
    {
        ensure(mm(40));
        space(2);
        flow({TextItem{text, {.points = 10.5, .bold = true}}});
        space(1.2);
    }

    // Full-width content, broken across pages between its pieces (lines).
    void flow(const Cell &cell)
    {
        for (const Piece &p : layout(cell, m_width)) {
            ensure(p.height);
            if (drawing())
                p.draw(m_painter, QPointF(m_left, m_y));
            m_y += p.height;
        }
    }

    // Achieved, in progress and not started as one bar of three colours.
    void progressBar(int achieved, int inProgress, int notStarted)
    {
        const qreal h = mm(3.2);
        ensure(h);
        const int total = achieved + inProgress + notStarted;
        if (drawing() && total > 0) {
            qreal x = m_left;
            const std::pair<int, QColor> parts[] = {
                {achieved, kGreen}, {inProgress, kAmber}, {notStarted, QColor(0xdd, 0xe1, 0xe5)}};
            for (const auto &[n, colour] : parts) {
                const qreal w = m_width * n / total;
                m_painter.fillRect(QRectF(x, m_y, w, h), colour);
                x += w;
            }
        }
        m_y += h;
    }

    void rule(const QColor &colour, qreal thickness)
    {
        if (drawing()) {
            m_painter.setPen(QPen(colour, thickness));
            m_painter.drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
        }
        m_y += thickness;
    }

    // A table with ruled rows. A row that does not fit goes to the next page; a row taller
    // than a page is split between its lines. The header repeats on every page.
    void table(const std::vector<Column> &columns, const std::vector<std::vector<Cell>> &rows)
    {
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
                    layout({TextItem{columns[c].header, kHeader}}, widths[c] - 2 * padX));
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
                m_painter.fillRect(QRectF(m_left, m_y, m_width, headerHeight), kHeaderFill);
                for (std::size_t c = 0; c < columns.size(); ++c) {
                    qreal y = m_y + padY;
                    for (const auto &p : headerPieces[c]) {
                        p.draw(m_painter, QPointF(xs[c] + padX, y));
                        y += p.height;
                    }
                }
                m_painter.setPen(QPen(kAccent, mm(0.3)));
                m_painter.drawLine(QPointF(m_left, m_y + headerHeight),
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
                            cells[c][i].draw(m_painter, QPointF(xs[c] + padX, m_y + padY + y));
                        y += cells[c][i].height;
                        ++i;
                    }
                    used = std::max(used, y);
                    done = done && i == cells[c].size();
                }
                if (used > 0 || done) {
                    m_y += used + 2 * padY;
                    if (drawing()) {
                        m_painter.setPen(QPen(kRule, mm(0.2)));
                        m_painter.drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
                    }
                }
                if (done)
                    break;
                newPage();
                drawHeader();
                // The first column has been drawn: say that the row goes on.
                if (drawing() && next[0] == cells[0].size() && !cells[0].empty())
                    layout({TextItem{t(nb::kContinued), kSmall}}, widths[0] - 2 * padX)
                        .front()
                        .draw(m_painter, QPointF(xs[0] + padX, m_y + padY));
            }
        }
    }

    // The pieces of a cell laid out to width.
    std::vector<Piece> layout(const Cell &cell, qreal width) const
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

private:
    [[nodiscard]] bool drawing() const { return m_totalPages > 0; }

    void drawFooter()
    {
        if (!drawing())
            return;
        const qreal y = m_writer.height() - mm(14);
        m_painter.setPen(QPen(kRule, mm(0.2)));
        m_painter.drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
        m_painter.setFont(font(kSmall));
        m_painter.setPen(kMuted);
        const QRectF box(m_left, y + mm(1.5), m_width, mm(6));
        m_painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, m_footer);
        m_painter.drawText(box, Qt::AlignRight | Qt::AlignTop,
                           t(nb::kPage).arg(m_page).arg(m_totalPages));
    }

    void layoutText(const TextItem &item, qreal width, std::vector<Piece> &pieces) const
    {
        const QFont f = font(item.style);
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
    Piece signaturePiece(const QString &text, qreal width) const
    {
        const qreal boxW = std::min(width, mm(48)), boxH = mm(13);
        const qreal lineW = mm(0.35), ruleW = mm(0.15);
        const qreal gap = mm(1);
        auto strokes = parseStrokes(text);
        return {
            boxH + gap,
            [strokes = std::move(strokes), boxW, boxH, lineW, ruleW](QPainter &p, QPointF at) {
                p.setPen(QPen(kRule, ruleW));
                p.drawLine(at + QPointF(0, boxH), at + QPointF(boxW, boxH));
                if (strokes.empty())
                    return;
                QRectF bounds;
                for (const auto &s : strokes)
                    for (const auto &pt : s)
                        bounds = bounds.isNull() ? QRectF(pt, QSizeF(0.001, 0.001))
                                                 : bounds.united(QRectF(pt, QSizeF(0.001, 0.001)));
                const qreal inset = lineW * 2;
                const qreal scale = std::min((boxW - 2 * inset) / std::max(bounds.width(), 1.0),
                                             (boxH - 2 * inset) / std::max(bounds.height(), 1.0));
                const QPointF origin =
                    at + QPointF(inset, inset + (boxH - 2 * inset - bounds.height() * scale) / 2);
                auto map = [&](QPointF pt) {
                    return origin + (pt - bounds.topLeft()) * scale;
                };
                QPen pen(kSignatureInk, lineW, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
                p.setPen(pen);
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
            }};
    }

    // A thumbnail scaled to fit, or a placeholder box with a note.
    Piece imagePiece(const ImageItem &item, qreal width) const
    {
        const qreal maxH = mm(42);
        const qreal gap = mm(1.2);
        if (item.image.isNull()) {
            const qreal h = mm(24);
            const QFont f = font(kSmall);
            const qreal border = mm(0.2), inset = mm(2);
            return {h + gap,
                    [width, h, f, note = item.note, border, inset](QPainter &p, QPointF at) {
                        const QRectF box(at, QSizeF(width, h));
                        p.fillRect(box, QColor(0xf3, 0xf4, 0xf6));
                        p.setPen(QPen(kRule, border, Qt::DashLine));
                        p.drawRect(box);
                        p.setFont(f);
                        p.setPen(kMuted);
                        p.drawText(box.adjusted(inset, inset, -inset, -inset),
                                   Qt::AlignCenter | Qt::TextWordWrap, note);
                    }};
        }
        const QSizeF size =
            QSizeF(item.image.size()).scaled(QSizeF(width, maxH), Qt::KeepAspectRatio);
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
                    p.setPen(QPen(kRule, border));
                    p.setBrush(Qt::NoBrush);
                    p.drawRect(target);
                }};
    }

    // Five dots, value of them filled, then the rating in words.
    Piece dotsPiece(const DotsItem &item) const
    {
        const qreal d = mm(2.6), step = mm(3.6), h = mm(4.6), pen = mm(0.25);
        const QFont f = font(item.text.style);
        const QColor colour = item.text.style.color;
        const qreal textX = 5 * step + mm(2.5);
        return {h, [value = item.value, text = item.text.text, f, colour, d, step, h, pen,
                    textX](QPainter &p, QPointF at) {
                    for (int i = 0; i < 5; ++i) {
                        p.setPen(QPen(kAccent, pen));
                        p.setBrush(i < value ? QBrush(kAccent) : QBrush(Qt::white));
                        p.drawEllipse(QRectF(at.x() + i * step, at.y() + (h - d) / 2, d, d));
                    }
                    p.setBrush(Qt::NoBrush);
                    p.setFont(f);
                    p.setPen(colour);
                    p.drawText(QRectF(at.x() + textX, at.y(), textX * 4, h),
                               Qt::AlignLeft | Qt::AlignVCenter, text);
                }};
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    QString m_footer;
    int m_totalPages; // 0 while counting
    int m_page = 1;
    qreal m_top = 0, m_bottom = 0, m_left = 0, m_width = 0, m_y = 0;
};

// A photo decoded at thumbnail size (a camera's full resolution is not needed, nor its memory).
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

// --- the book --------------------------------------------------------------------------------

struct Book
{
    Json book;
    QString participant;
    std::vector<Json> hse, goals, entries, feedback, attachments;
    std::map<std::string, Json> latest;             // goal id -> latest assessment
    std::map<std::string, QString> attachmentOwner; // owner id -> what it is, in words
};

QString statusText(const QString &status)
{
    if (status == QLatin1String("achieved"))
        return t(nb::kAchieved);
    if (status == QLatin1String("in_progress"))
        return t(nb::kInProgress);
    return t(nb::kNotStarted);
}

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("achieved"))
        return kGreen;
    if (status == QLatin1String("in_progress"))
        return kAmber;
    return kMuted;
}

// "Signert av X, dato" and the drawn signature, or "Ikke signert".
void addSignature(Cell &cell, const Json &record)
{
    const QString by = str(record, "signed_by");
    if (by.isEmpty()) {
        cell.push_back(TextItem{t(nb::kNotSigned), kSmall});
        return;
    }
    const QString at = str(record, "signed_at");
    cell.push_back(TextItem{at.isEmpty() ? t(nb::kSignedByNoDate).arg(by)
                                         : t(nb::kSignedBy).arg(by, nbDateOfTime(at)),
                            kSmallInk});
    const QString strokes = str(record, "signature_strokes");
    if (!strokes.trimmed().isEmpty()) {
        cell.push_back(GapItem{0.8});
        cell.push_back(SignatureItem{strokes});
    }
}

void writeFacts(Doc &doc, const Book &b)
{
    doc.heading(t(nb::kWorkplace));
    const Json &book = b.book;
    std::vector<std::vector<Cell>> rows;
    auto row = [&](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            rows.push_back({{TextItem{t(label), kLabel}}, {TextItem{value, kBody}}});
    };
    row(nb::kEmployer, str(book, "employer"));
    row(nb::kWorkplaceField, str(book, "workplace"));
    row(nb::kAddress, str(book, "address"));
    QString hours = str(book, "working_hours");
    if (book.contains("hours_per_week") && book["hours_per_week"].is_number()) {
        const QString perWeek =
            t(nb::kHoursPerWeek).arg(nbNumber(book["hours_per_week"].get<double>()));
        hours =
            hours.isEmpty() ? perWeek : hours + QStringLiteral(" (") + perWeek + QLatin1Char(')');
    }
    row(nb::kWorkingHours, hours);
    QString contact = str(book, "contact_person");
    if (const QString phone = str(book, "contact_phone"); !phone.isEmpty())
        contact = contact.isEmpty() ? phone : contact + QStringLiteral(", tlf. ") + phone;
    row(nb::kContact, contact);
    row(nb::kMentor, str(book, "mentor_name"));
    const QString start = str(book, "start_date"), end = str(book, "end_date");
    if (!start.isEmpty() || !end.isEmpty())
        row(nb::kPeriod, nbDate(start) + QStringLiteral(" – ") + nbDate(end));
    row(nb::kHseInfo, str(book, "hse_info"));
    doc.table({{QString(), 0.26}, {QString(), 0.74}}, rows);
}

void writeHse(Doc &doc, const Book &b)
{
    doc.heading(t(nb::kHse), b.hse.empty() ? 8 : 35);
    if (b.hse.empty()) {
        doc.flow({TextItem{t(nb::kNoHse), kSmall}});
        return;
    }
    const auto done = std::count_if(b.hse.begin(), b.hse.end(),
                                    [](const Json &h) { return !str(h, "done_on").isEmpty(); });
    doc.flow({TextItem{t(nb::kHseSummary).arg(done).arg(b.hse.size()), kBody}});
    doc.space(1.5);
    std::vector<std::vector<Cell>> rows;
    for (const auto &h : b.hse) {
        const QString on = str(h, "done_on");
        rows.push_back(
            {{TextItem{str(h, "title"), kBody}},
             {on.isEmpty() ? TextItem{t(nb::kHseNotDone), kSmall} : TextItem{nbDate(on), kBody}},
             {TextItem{str(h, "done_by"), kBody}}});
    }
    doc.table({{t(nb::kHseTopic), 0.56}, {t(nb::kHseDone), 0.18}, {t(nb::kHseBy), 0.26}}, rows);
}

void writeGoals(Doc &doc, const Book &b)
{
    doc.heading(t(nb::kGoals), b.goals.empty() ? 8 : 35);
    if (b.goals.empty()) {
        doc.flow({TextItem{t(nb::kNoGoals), kSmall}});
        return;
    }
    int achieved = 0, inProgress = 0;
    for (const auto &g : b.goals) {
        const auto it = b.latest.find(id(g));
        const QString status = it == b.latest.end() ? QString() : str(it->second, "status");
        achieved += status == QLatin1String("achieved");
        inProgress += status == QLatin1String("in_progress");
    }
    const int total = int(b.goals.size());
    doc.flow({TextItem{t(nb::kGoalSummary).arg(achieved).arg(total), kBold}});
    doc.flow({TextItem{t(nb::kGoalSummaryRest).arg(inProgress).arg(total - achieved - inProgress),
                       kSmall}});
    doc.space(1.2);
    doc.progressBar(achieved, inProgress, total - achieved - inProgress);
    doc.space(3);

    std::vector<std::vector<Cell>> rows;
    for (const auto &g : b.goals) {
        Cell goal;
        const QString code = str(g, "code");
        const QString title = str(g, "title");
        goal.push_back(
            TextItem{code.isEmpty() ? title : code + QStringLiteral("  ") + title, kBold});
        if (const QString d = str(g, "description"); !d.isEmpty())
            goal.push_back(TextItem{d, kSmall});
        Cell status, latest;
        const auto it = b.latest.find(id(g));
        if (it == b.latest.end()) {
            status.push_back(
                TextItem{t(nb::kNotStarted), {.points = 9, .bold = true, .color = kMuted}});
            latest.push_back(TextItem{t(nb::kNotAssessed), kSmall});
        } else {
            const Json &a = it->second;
            const QString s = str(a, "status");
            status.push_back(
                TextItem{statusText(s), {.points = 9, .bold = true, .color = statusColour(s)}});
            if (const QString c = str(a, "comment"); !c.isEmpty())
                latest.push_back(TextItem{c, kBody});
            const QString by = str(a, "assessed_by");
            const QString on = nbDate(str(a, "assessed_on"));
            latest.push_back(TextItem{
                by.isEmpty() ? t(nb::kAssessed).arg(on) : t(nb::kAssessedBy).arg(on, by), kSmall});
            if (!str(a, "signed_by").isEmpty()) {
                latest.push_back(GapItem{0.8});
                addSignature(latest, a);
            }
        }
        rows.push_back({goal, status, latest});
    }
    doc.table({{t(nb::kGoal), 0.42}, {t(nb::kStatus), 0.16}, {t(nb::kLatest), 0.42}}, rows);
}

void writeLogbook(Doc &doc, const Book &b)
{
    doc.heading(t(nb::kLogbook), b.entries.empty() ? 8 : 35);
    if (b.entries.empty()) {
        doc.flow({TextItem{t(nb::kNoEntries), kSmall}});
        return;
    }
    std::map<std::string, QString> dateOf;
    std::set<std::string> corrected;
    double hours = 0;
    int signedCount = 0;
    for (const auto &e : b.entries) {
        dateOf[id(e)] = str(e, "entry_date");
        if (const QString c = str(e, "corrects_id"); !c.isEmpty())
            corrected.insert(c.toStdString());
        if (e.contains("hours") && e["hours"].is_number())
            hours += e["hours"].get<double>();
        signedCount += !str(e, "signed_by").isEmpty();
    }
    doc.flow({TextItem{
        t(nb::kLogSummary).arg(b.entries.size()).arg(nbNumber(hours)).arg(signedCount), kBody}});
    doc.space(1.5);
    std::vector<std::vector<Cell>> rows;
    for (const auto &e : b.entries) {
        Cell tasks;
        if (const QString c = str(e, "corrects_id"); !c.isEmpty()) {
            const auto it = dateOf.find(c.toStdString());
            tasks.push_back(TextItem{
                t(nb::kCorrects).arg(it == dateOf.end() ? QStringLiteral("?") : nbDate(it->second)),
                kCorrection});
        }
        if (corrected.count(id(e)))
            tasks.push_back(TextItem{t(nb::kCorrected), kCorrection});
        tasks.push_back(TextItem{str(e, "tasks"), kBody});
        if (const QString g = str(e, "goals_practised"); !g.isEmpty())
            tasks.push_back(TextItem{t(nb::kGoalsPractised).arg(g), kSmall});
        if (const QString n = str(e, "norwegian_used"); !n.isEmpty())
            tasks.push_back(TextItem{t(nb::kNorwegianUsed).arg(n), kItalicSmall});
        Cell signature;
        addSignature(signature, e);
        const QString h = e.contains("hours") && e["hours"].is_number()
                              ? nbNumber(e["hours"].get<double>())
                              : QString();
        rows.push_back({{TextItem{nbDate(str(e, "entry_date")), kBody}},
                        {TextItem{h, kBody}},
                        tasks,
                        signature});
    }
    doc.table({{t(nb::kDate), 0.14},
               {t(nb::kHours), 0.08},
               {t(nb::kTasks), 0.49},
               {t(nb::kSignature), 0.29}},
              rows);
}

void writeFeedback(Doc &doc, const Book &b)
{
    doc.heading(t(nb::kFeedback), b.feedback.empty() ? 8 : 35);
    if (b.feedback.empty()) {
        doc.flow({TextItem{t(nb::kNoFeedback), kSmall}});
        return;
    }
    for (const auto &f : b.feedback) {
        doc.subheading(t(nb::kFeedbackOn).arg(nbDate(str(f, "given_on"))));
        std::vector<std::vector<Cell>> rows;
        for (const auto &r : nb::kRatings) {
            const auto it = f.find(r.field);
            const bool rated = it != f.end() && it->is_number_integer();
            const int value = rated ? it->get<int>() : 0;
            rows.push_back({{TextItem{t(r.label), kBody}},
                            {DotsItem{value, rated ? TextItem{t(nb::kOutOfFive).arg(value), kBody}
                                                   : TextItem{t(nb::kNotRated), kSmall}}}});
        }
        doc.table({{t(nb::kCriterion), 0.45}, {t(nb::kRating), 0.55}}, rows);
        doc.space(2);
        if (const QString c = str(f, "comment"); !c.isEmpty()) {
            doc.flow({TextItem{t(nb::kComment).arg(c), kBody}});
            doc.space(1.5);
        }
        Cell signature;
        addSignature(signature, f);
        doc.flow(signature);
    }
}

void writeEvidence(Doc &doc, const Book &b, const store::Store &store)
{
    doc.heading(t(nb::kEvidence), b.attachments.empty() ? 8 : 60);
    if (b.attachments.empty()) {
        doc.flow({TextItem{t(nb::kNoEvidence), kSmall}});
        return;
    }
    constexpr int kPerRow = 3;
    std::vector<std::vector<Cell>> rows;
    for (const auto &a : b.attachments) {
        Cell cell;
        const std::string sha = str(a, "sha256").toStdString();
        const QString mime = str(a, "mime_type");
        const auto bytes = store.blob(sha);
        QImage image;
        QString note = t(nb::kNotDownloaded);
        if (bytes) {
            image = thumbnail(QByteArray::fromStdString(*bytes));
            note = t(nb::kNoPreview) + QStringLiteral("\n") + str(a, "file_name");
        } else if (!mime.isEmpty() && !mime.startsWith(QLatin1String("image/"))) {
            note = str(a, "file_name") + QStringLiteral("\n") + t(nb::kDocumentNotDownloaded);
        }
        cell.push_back(ImageItem{image, note});
        const QString caption = str(a, "caption");
        cell.push_back(TextItem{caption.isEmpty() ? str(a, "file_name") : caption, kSmallInk});
        const auto owner = b.attachmentOwner.find(str(a, "owner_id").toStdString());
        if (owner != b.attachmentOwner.end())
            cell.push_back(TextItem{owner->second, kSmall});
        if (rows.empty() || rows.back().size() == kPerRow)
            rows.emplace_back();
        rows.back().push_back(std::move(cell));
    }
    doc.table({{QString(), 1.0 / kPerRow}, {QString(), 1.0 / kPerRow}, {QString(), 1.0 / kPerRow}},
              rows);
}

bool loadBook(const store::Store &store, const std::string &bookId, Book &b)
{
    const auto book = store.get("training_book", bookId);
    if (!book)
        return false;
    b.book = *book;
    if (const auto p = store.get("participant", str(*book, "participant_id").toStdString()))
        b.participant = str(*p, "name");
    b.hse = store.list("hse_item", bookId);
    b.goals = store.list("competence_goal", bookId);
    b.latest = latestAssessments(store, bookId);
    b.entries = store.list("logbook_entry", bookId);
    std::stable_sort(b.entries.begin(), b.entries.end(), [](const Json &x, const Json &y) {
        return str(x, "entry_date") < str(y, "entry_date");
    });
    b.feedback = store.list("employer_feedback", bookId);
    std::stable_sort(b.feedback.begin(), b.feedback.end(), [](const Json &x, const Json &y) {
        return str(x, "given_on") < str(y, "given_on");
    });

    // Evidence: attachments of the book and of everything in it.
    auto collect = [&](const std::string &owner, const QString &what) {
        b.attachmentOwner[owner] = what;
        for (auto &a : store.list("attachment", owner))
            b.attachments.push_back(std::move(a));
    };
    collect(bookId, t(nb::kBelongsToBook));
    for (const auto &g : b.goals)
        collect(id(g), t(nb::kBelongsToGoal).arg(str(g, "title")));
    for (const auto &h : b.hse)
        collect(id(h), t(nb::kBelongsToHse).arg(str(h, "title")));
    for (const auto &e : b.entries)
        collect(id(e), t(nb::kBelongsToEntry).arg(nbDate(str(e, "entry_date"))));
    for (const auto &a : store.list("assessment", bookId))
        collect(id(a), t(nb::kBelongsToAssessment).arg(nbDate(str(a, "assessed_on"))));
    for (const auto &f : b.feedback)
        collect(id(f), t(nb::kBelongsToFeedback).arg(nbDate(str(f, "given_on"))));
    return true;
}

void render(Doc &doc, const Book &b, const store::Store &store)
{
    const QString employer = str(b.book, "employer");
    const QString start = str(b.book, "start_date"), end = str(b.book, "end_date");
    QString subtitle = employer;
    if (!start.isEmpty() || !end.isEmpty())
        subtitle += QStringLiteral(", ") + nbDate(start) + QStringLiteral(" – ") + nbDate(end);
    doc.titleBlock(
        t(nb::kTitle), b.participant, subtitle,
        t(nb::kPrinted).arg(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))));
    writeFacts(doc, b);
    writeHse(doc, b);
    writeGoals(doc, b);
    writeLogbook(doc, b);
    writeFeedback(doc, b);
    writeEvidence(doc, b, store);
}

} // namespace

bool writeTrainingBookPdf(const store::Store &store, const std::string &bookId, const QString &path,
                          QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Book book;
    if (!loadBook(store, bookId, book))
        return fail(
            QCoreApplication::translate("TrainingBookPdf", "There is no training book with id %1")
                .arg(QString::fromStdString(bookId)));

    // Fail early, with the reason, if the file cannot be written.
    if (QFile probe(path); !probe.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("TrainingBookPdf", "Cannot write %1: %2")
                        .arg(QFileInfo(path).absoluteFilePath(), probe.errorString()));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(t(nb::kTitle) + QStringLiteral(" – ") + book.participant);
    writer.setCreator(QStringLiteral("Bro"));

    const QString footer = t(nb::kTitle) + QStringLiteral(" · ") + book.participant;
    Doc counting(writer, footer, 0);
    render(counting, book, store);
    counting.finish();

    Doc doc(writer, footer, counting.pages());
    if (!doc.begin())
        return fail(QCoreApplication::translate("TrainingBookPdf", "Cannot write %1")
                        .arg(QFileInfo(path).absoluteFilePath()));
    render(doc, book, store);
    doc.finish();
    return true;
}

} // namespace bro
