// Page layout for the app's printable documents (A4 PDFs): a flow of headings, text, tables
// with ruled rows and progress bars, broken across pages with "page X of Y" in the footer.
// A report describes its content once, as a function of a PageLayout; writePdf() runs it twice,
// first to count the pages, then to draw them.
//
// Content is made of cells (a list of items: text, a drawn signature, an image, a rating as
// dots, a gap). Rows of a table break between pages; a row taller than a page is split between
// its lines and its header repeats. keepTogether() keeps a block on one page when it fits one.
//
// The PDF file is created readable and writable by its owner only (0600): it holds a person's
// data.
#pragma once

#include <QColor>
#include <QImage>
#include <QString>

#include <functional>
#include <memory>
#include <variant>
#include <vector>

class QPdfWriter;

namespace bro::reports {

// The printed palette.
struct Ink
{
    static inline const QColor text{0x1a, 0x1a, 0x1a};
    static inline const QColor muted{0x5f, 0x63, 0x68};
    static inline const QColor accent{0x1f, 0x4e, 0x79};
    static inline const QColor rule{0xc8, 0xcc, 0xd0};
    static inline const QColor headerFill{0xec, 0xf1, 0xf7};
    static inline const QColor signature{0x1d, 0x3b, 0x8b};
    static inline const QColor good{0x2e, 0x7d, 0x32};
    static inline const QColor warning{0xb2, 0x6a, 0x00};
    static inline const QColor empty{0xdd, 0xe1, 0xe5};
};

struct TextStyle
{
    qreal points = 9.5;
    bool bold = false;
    bool italic = false;
    QColor color = Ink::text;
};

namespace styles {
inline const TextStyle body{};
inline const TextStyle bold{.bold = true};
inline const TextStyle small{.points = 8, .color = Ink::muted};
inline const TextStyle smallInk{.points = 8};
inline const TextStyle italicSmall{.points = 8, .italic = true, .color = Ink::muted};
inline const TextStyle label{.points = 9, .bold = true, .color = Ink::muted};
inline const TextStyle header{.points = 8, .bold = true, .color = Ink::accent};
inline const TextStyle warning{.points = 8, .bold = true, .color = Ink::warning};
} // namespace styles

struct TextItem
{
    QString text;
    TextStyle style;
};
// A signature drawn on the screen: strokes "x,y x,y;x,y ..." in a 0..1000 square.
struct SignatureItem
{
    QString strokes;
};
struct ImageItem
{
    QImage image; // null: a placeholder box with the note
    QString note;
};
// A rating of 1..5 as five dots (value of them filled), then its text ("4 av 5").
struct DotsItem
{
    int value;
    TextItem text;
};
struct GapItem
{
    qreal mm;
};
using Item = std::variant<TextItem, SignatureItem, ImageItem, DotsItem, GapItem>;
using Cell = std::vector<Item>;

struct Column
{
    QString header; // empty in every column: a table without a header row
    qreal fraction; // of the text width
};

struct DocumentInfo
{
    QString title;  // the PDF's title
    QString footer; // left in every page's footer
    // The footer's right side, with %1 the page and %2 the number of pages ("Side %1 av %2").
    QString pageNumber;
    // Where a table row goes on over a page break ("(forts.)").
    QString continued;
};

class PageLayout
{
public:
    using Content = std::function<void(PageLayout &)>;

    // Writes an A4 PDF to path (created 0600, replaced if it exists). false and *error (in the
    // UI language) if the file cannot be written. Needs a QGuiApplication (fonts).
    [[nodiscard]] static bool writePdf(const QString &path, const DocumentInfo &info,
                                       const Content &content, QString *error = nullptr);

    ~PageLayout();
    PageLayout(const PageLayout &) = delete;
    PageLayout &operator=(const PageLayout &) = delete;

    [[nodiscard]] qreal mm(qreal millimetres) const;
    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] int page() const { return m_page; }

    // A large title, the name it is about, a subtitle and a small line (when printed).
    void titleBlock(const QString &title, const QString &name, const QString &subtitle,
                    const QString &printed);
    // A section heading, kept on one page with the first keepWith mm of what follows.
    void heading(const QString &text, qreal keepWith = 35);
    void subheading(const QString &text);
    void space(qreal millimetres);
    // Full-width content, broken across pages between its pieces (lines).
    void flow(const Cell &cell);
    // A bar of coloured parts (fractions of the width, 0..1) over the empty colour.
    void bar(const std::vector<std::pair<double, QColor>> &parts);
    void rule(const QColor &colour, qreal thicknessMm);
    // A table with ruled rows (see the header comment).
    void table(const std::vector<Column> &columns, const std::vector<std::vector<Cell>> &rows);
    // Lays block out on the next page if it would be split here and fits a page.
    void keepTogether(const std::function<void()> &block);

private:
    struct Piece;
    PageLayout(QPdfWriter &writer, const DocumentInfo &info, int totalPages);

    [[nodiscard]] bool drawing() const { return m_totalPages > 0 && !m_measuring; }
    bool begin();
    void finish();
    void ensure(qreal height);
    void newPage();
    void drawFooter();
    [[nodiscard]] std::vector<Piece> layout(const Cell &cell, qreal width) const;
    void layoutText(const TextItem &item, qreal width, std::vector<Piece> &pieces) const;
    [[nodiscard]] Piece signaturePiece(const QString &strokes, qreal width) const;
    [[nodiscard]] Piece imagePiece(const ImageItem &item, qreal width) const;
    [[nodiscard]] Piece dotsPiece(const DotsItem &item) const;

    QPdfWriter &m_writer;
    struct Painter;
    std::unique_ptr<Painter> m_painter;
    DocumentInfo m_info;
    int m_totalPages; // 0 while counting
    int m_page = 1;
    bool m_measuring = false; // keepTogether(): laying out without drawing or breaking pages
    qreal m_top = 0, m_bottom = 0, m_left = 0, m_width = 0, m_y = 0;
};

// A photo decoded at thumbnail size (a camera's full resolution is not needed, nor its memory).
[[nodiscard]] QImage thumbnail(const QByteArray &bytes);

} // namespace bro::reports
