// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreportwriter.h"

#include "pdfstyle.h"

#include <QFontMetricsF>
#include <QIODevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace greenprint {
namespace {

constexpr int kResolution = 720; // device units per inch: 10 per point
constexpr double kMarginSidePt = 51.0; // 18 mm
constexpr double kMarginTopPt = 51.0;
constexpr double kMarginBottomPt = 57.0; // room for the footer
constexpr double kCellPaddingPt = 3.0;
// Paragraphs up to kLayoutWhole characters are laid out whole; longer ones in chunks
// of kLayoutChunk (see wrap()).
constexpr qsizetype kLayoutWhole = 4000;
constexpr qsizetype kLayoutChunk = 1000;
constexpr qsizetype kFooterCharacters = 240; // three footer lines at most
constexpr double kMaxWordShare = 0.18; // a longer word (a URL) may break anywhere

} // namespace

PdfReportWriter::PdfReportWriter(QIODevice *device, const QPageSize &pageSize,
                                 const QString &documentTitle, const QString &footerText)
    : m_writer(std::make_unique<QPdfWriter>(device))
    , m_footerText(footerText)
{
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_writer->setTitle(documentTitle);
    m_writer->setCreator(QStringLiteral("Greenprint " GREENPRINT_VERSION));
    m_unitsPerPoint = kResolution / 72.0;
    const QRectF page(0, 0, m_writer->width(), m_writer->height());
    m_content = page.adjusted(pt(kMarginSidePt), pt(kMarginTopPt), -pt(kMarginSidePt),
                              -pt(kMarginBottomPt));
    m_pages.emplace_back();
    m_y = m_content.top();
}

PdfReportWriter::~PdfReportWriter() = default;

QPaintDevice *PdfReportWriter::device() const
{
    return m_writer.get();
}

QFont PdfReportWriter::font(TextStyle style) const
{
    QFont f(PdfStyle::fontFamily());
    f.setStyleHint(QFont::SansSerif);
    f.setKerning(true);
    // A tiny letter spacing makes Qt shape without ligatures: "ﬁ" would not be found by a
    // search for "fi" in a PDF viewer, nor extracted as "fi" by pdftotext.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    switch (style) {
    case TextStyle::Title:
        f.setPointSizeF(20);
        f.setBold(true);
        break;
    case TextStyle::Heading1:
        f.setPointSizeF(14.5);
        f.setBold(true);
        break;
    case TextStyle::Heading2:
        f.setPointSizeF(11);
        f.setBold(true);
        break;
    case TextStyle::Body:
        f.setPointSizeF(9);
        break;
    case TextStyle::Small:
        f.setPointSizeF(7.5);
        break;
    case TextStyle::TableHeader:
        f.setPointSizeF(7.5);
        f.setBold(true);
        break;
    case TextStyle::TableBody:
        f.setPointSizeF(7.5);
        break;
    case TextStyle::Footer:
        f.setPointSizeF(7);
        break;
    }
    return f;
}

double PdfReportWriter::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_writer.get()).lineSpacing();
}

QStringList PdfReportWriter::wrap(const QString &text, const QFont &font, double width) const
{
    QStringList lines;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            lines << QString();
            continue;
        }
        // QTextLayout takes time quadratic in the length of what it lays out at once
        // (a 300,000-character name took 23 s), so a paragraph longer than any real
        // text is laid out in chunks of at most kLayoutChunk characters, each ending
        // after a space when it has one: linear in the length of the text.
        const qsizetype chunk = paragraph.size() <= kLayoutWhole ? kLayoutWhole : kLayoutChunk;
        for (qsizetype start = 0; start < paragraph.size();) {
            qsizetype end = std::min(paragraph.size(), start + chunk);
            if (end < paragraph.size()) {
                const qsizetype space = paragraph.lastIndexOf(u' ', end - 1);
                if (space > start)
                    end = space + 1;
                else if (paragraph.at(end - 1).isHighSurrogate())
                    --end; // never split a character
            }
            wrapChunk(QStringView(paragraph).mid(start, end - start).toString(), font, width,
                      lines);
            start = end;
        }
    }
    return lines;
}

void PdfReportWriter::wrapChunk(const QString &text, const QFont &font, double width,
                                QStringList &lines) const
{
    QTextLayout layout(text, font, m_writer.get());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
}

void PdfReportWriter::newPage()
{
    m_pages.emplace_back();
    m_y = m_content.top();
}

bool PdfReportWriter::endsWithHeadings() const
{
    return m_headings.valid && m_headings.page + 1 == m_pages.size()
        && m_headings.endItem == m_pages.back().items.size();
}

void PdfReportWriter::ensureSpace(double height)
{
    if (m_y + height <= m_content.bottom() || m_y <= m_content.top())
        return;
    if (!endsWithHeadings() || m_headings.top <= m_content.top()) {
        newPage();
        return;
    }
    // The headings just placed go to the new page with what they head.
    std::vector<Painting> &items = m_pages.back().items;
    std::vector<Painting> moved(
        std::make_move_iterator(items.begin() + std::ptrdiff_t(m_headings.firstItem)),
        std::make_move_iterator(items.end()));
    items.resize(m_headings.firstItem);
    const double headingsHeight = m_y - m_headings.top;
    newPage();
    const double dy = m_content.top() - m_headings.top;
    m_headings.page = m_pages.size() - 1;
    m_headings.firstItem = 0;
    m_headings.top = m_content.top();
    for (Painting &painting : moved) {
        place([painting = std::move(painting), dy](QPainter &p, const QRectF &r) {
            p.save();
            p.translate(0.0, dy);
            painting(p, r);
            p.restore();
        });
    }
    m_headings.endItem = m_pages.back().items.size();
    m_y = m_content.top() + headingsHeight;
}

void PdfReportWriter::place(Painting painting)
{
    m_pages.back().items.push_back(std::move(painting));
}

void PdfReportWriter::addSpacing(double points)
{
    m_y += pt(points);
    if (m_y > m_content.bottom())
        newPage();
}

void PdfReportWriter::addHeading(const QString &text, int level, double keepWithNextHeight)
{
    const TextStyle style = level <= 1 ? TextStyle::Heading1 : TextStyle::Heading2;
    const QFont f = font(style);
    const QStringList lines = wrap(text, f, m_content.width());
    const double lh = lineHeight(f);
    const double before = pt(level <= 1 ? 6 : 8);
    const double after = pt(level <= 1 ? 7 : 4);
    // Keep a heading with at least four lines of what follows, or with the whole of
    // an indivisible block (a drawing moves to the next page as one piece).
    const double keepWithNext = std::max(4 * lineHeight(font(TextStyle::Body)), keepWithNextHeight);
    if (m_y > m_content.top())
        m_y += before;
    ensureSpace(lines.size() * lh + after + keepWithNext);
    // A heading right below another (a section's first subsection) joins its run.
    if (!endsWithHeadings())
        m_headings = {m_pages.size() - 1, m_pages.back().items.size(), 0, m_y, true};
    const double ascent = QFontMetricsF(f, m_writer.get()).ascent();
    const double x = m_content.left();
    double y = m_y;
    for (const QString &line : lines) {
        const QPointF at(x, y + ascent);
        place([f, at, line](QPainter &p, const QRectF &) {
            p.setFont(f);
            p.setPen(PdfStyle::heading());
            p.drawText(at, line);
        });
        y += lh;
    }
    if (level <= 1) {
        const QLineF rule(x, y + pt(2), m_content.right(), y + pt(2));
        const double width = pt(0.8);
        place([rule, width](QPainter &p, const QRectF &) {
            p.setPen(QPen(PdfStyle::accent(), width));
            p.drawLine(rule);
        });
        y += pt(2);
    }
    m_y = y + after;
    m_headings.endItem = m_pages.back().items.size();
}

void PdfReportWriter::addParagraph(const QString &text, TextStyle style, const QColor &color)
{
    const QFont f = font(style);
    const QColor c = color.isValid() ? color : PdfStyle::text();
    const double lh = lineHeight(f);
    const double ascent = QFontMetricsF(f, m_writer.get()).ascent();
    const QStringList lines = wrap(text, f, m_content.width());
    for (const QString &line : lines) {
        ensureSpace(lh);
        const QPointF at(m_content.left(), m_y + ascent);
        place([f, c, at, line](QPainter &p, const QRectF &) {
            p.setFont(f);
            p.setPen(c);
            p.drawText(at, line);
        });
        m_y += lh;
    }
    m_y += pt(4);
}

void PdfReportWriter::addBullets(const QStringList &items, TextStyle style)
{
    addList(items, {}, style);
}

void PdfReportWriter::addList(const QStringList &items, const QStringList &markers, TextStyle style)
{
    const QFont f = font(style);
    const QFontMetricsF fm(f, m_writer.get());
    const double lh = fm.lineSpacing();
    const double ascent = fm.ascent();
    double indent = pt(11);
    for (const QString &marker : markers)
        indent = std::max(indent, fm.horizontalAdvance(marker) + pt(5));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &item = items.at(i);
        const QString marker = i < markers.size() ? markers.at(i) : QStringLiteral("•");
        const QStringList lines = wrap(item, f, m_content.width() - indent);
        bool first = true;
        for (const QString &line : lines) {
            ensureSpace(lh);
            const QPointF at(m_content.left() + indent, m_y + ascent);
            const QPointF bulletAt(m_content.left() + (markers.isEmpty() ? pt(2) : 0.0),
                                   m_y + ascent);
            const bool bullet = first;
            place([f, at, bulletAt, line, bullet, marker](QPainter &p, const QRectF &) {
                p.setFont(f);
                p.setPen(PdfStyle::text());
                if (bullet)
                    p.drawText(bulletAt, marker);
                p.drawText(at, line);
            });
            m_y += lh;
            first = false;
        }
        m_y += pt(1.5);
    }
    m_y += pt(3);
}

void PdfReportWriter::addKeyValues(const std::vector<std::pair<QString, QString>> &pairs)
{
    const QFont labelFont = font(TextStyle::Body);
    QFont valueFont = labelFont;
    const QFontMetricsF fm(labelFont, m_writer.get());
    double labelWidth = 0;
    for (const auto &[label, value] : pairs)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
    labelWidth = std::min(labelWidth + pt(12), m_content.width() * 0.4);
    const double lh = fm.lineSpacing();
    for (const auto &[label, value] : pairs) {
        const QStringList labelLines = wrap(label, labelFont, labelWidth - pt(12));
        const QStringList valueLines = wrap(value, valueFont, m_content.width() - labelWidth);
        const double height = std::max(labelLines.size(), valueLines.size()) * lh;
        ensureSpace(height);
        const QPointF origin(m_content.left(), m_y + fm.ascent());
        place([=](QPainter &p, const QRectF &) {
            p.setFont(labelFont);
            p.setPen(PdfStyle::muted());
            for (int i = 0; i < labelLines.size(); ++i)
                p.drawText(origin + QPointF(0, i * lh), labelLines.at(i));
            p.setFont(valueFont);
            p.setPen(PdfStyle::text());
            for (int i = 0; i < valueLines.size(); ++i)
                p.drawText(origin + QPointF(labelWidth, i * lh), valueLines.at(i));
        });
        m_y += height + pt(1.5);
    }
    m_y += pt(4);
}

std::vector<double> PdfReportWriter::columnWidths(const PdfTable &table) const
{
    // Numeric columns get the width of their widest cell (they never wrap);
    // text columns share the rest by weight, at least their header's longest word.
    const QFont body = font(TextStyle::TableBody);
    const QFont bold = font(TextStyle::TableHeader);
    const QFontMetricsF fmBody(body, m_writer.get());
    const QFontMetricsF fmBold(bold, m_writer.get());
    // One point of slack: a word exactly as wide as its line must not wrap.
    const double padding = 2 * pt(kCellPaddingPt) + pt(1);
    const size_t n = table.columns.size();
    std::vector<double> widths(n, 0.0);
    double fixed = 0.0;
    double weights = 0.0;
    for (size_t c = 0; c < n; ++c) {
        const PdfTable::Column &column = table.columns[c];
        double headerWord = 0.0;
        const QStringList words = column.title.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words)
            headerWord = std::max(headerWord, fmBold.horizontalAdvance(word));
        if (column.numeric) {
            double w = headerWord;
            for (const PdfTable::Row &row : table.rows) {
                const QFontMetricsF &fm = row.kind == PdfTable::RowKind::Normal ? fmBody : fmBold;
                w = std::max(w, fm.horizontalAdvance(row.cells.value(int(c))));
            }
            widths[c] = w + padding;
            fixed += widths[c];
        } else {
            // At least the longest word, so words only break when they must (URLs).
            double word = headerWord;
            for (const PdfTable::Row &row : table.rows) {
                const QFontMetricsF &fm = row.kind == PdfTable::RowKind::Normal ? fmBody : fmBold;
                const QStringList cellWords = row.cells.value(int(c)).split(
                    QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
                for (const QString &w : cellWords)
                    word = std::max(
                        word, std::min(fm.horizontalAdvance(w), m_content.width() * kMaxWordShare));
            }
            widths[c] = word + padding;
            weights += column.weight;
        }
    }
    const double free = m_content.width() - fixed;
    if (weights > 0 && free > 0) {
        double minimumSum = 0;
        for (size_t c = 0; c < n; ++c) {
            if (!table.columns[c].numeric)
                minimumSum += widths[c];
        }
        const double share = std::max(0.0, free - minimumSum);
        for (size_t c = 0; c < n; ++c) {
            if (!table.columns[c].numeric)
                widths[c] += share * table.columns[c].weight / weights;
        }
    }
    // Too wide even so: scale everything down (text then wraps anywhere).
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total > m_content.width()) {
        for (double &w : widths)
            w *= m_content.width() / total;
    }
    return widths;
}

void PdfReportWriter::drawTableHeader(const PdfTable &table, const std::vector<double> &widths)
{
    const QFont f = font(TextStyle::TableHeader);
    const QFontMetricsF fm(f, m_writer.get());
    const double pad = pt(kCellPaddingPt);
    std::vector<QStringList> cells;
    int maxLines = 1;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        cells.push_back(wrap(table.columns[c].title, f, widths[c] - 2 * pad));
        maxLines = std::max(maxLines, int(cells.back().size()));
    }
    const double height = maxLines * fm.lineSpacing() + 2 * pad;
    const double top = m_y;
    const double left = m_content.left();
    const double right = m_content.right();
    std::vector<bool> numeric;
    for (const PdfTable::Column &column : table.columns)
        numeric.push_back(column.numeric);
    place([=](QPainter &p, const QRectF &) {
        p.fillRect(QRectF(left, top, right - left, height), PdfStyle::headerFill());
        p.setFont(f);
        p.setPen(PdfStyle::heading());
        double x = left;
        for (size_t c = 0; c < cells.size(); ++c) {
            // Header text sits at the bottom of the header cell, like the numbers below it.
            double y = top + height - pad - cells[c].size() * fm.lineSpacing() + fm.ascent();
            for (const QString &line : cells[c]) {
                const double w = fm.horizontalAdvance(line);
                const double tx = numeric[c] ? x + widths[c] - pad - w : x + pad;
                p.drawText(QPointF(tx, y), line);
                y += fm.lineSpacing();
            }
            x += widths[c];
        }
    });
    m_y += height;
}

void PdfReportWriter::placeRow(const std::vector<QStringList> &cells, int lines, const QFont &font,
                               const std::vector<double> &widths, const std::vector<bool> &numeric,
                               PdfTable::RowKind kind, bool stripe)
{
    const QFontMetricsF fm(font, m_writer.get());
    const double pad = pt(kCellPaddingPt);
    const double height = lines * fm.lineSpacing() + 2 * pad;
    const double top = m_y;
    const double left = m_content.left();
    const double right = m_content.right();
    const double ruleWidth = pt(kind == PdfTable::RowKind::Total ? 0.9 : 0.4);
    place([=](QPainter &p, const QRectF &) {
        if (stripe)
            p.fillRect(QRectF(left, top, right - left, height), PdfStyle::stripeFill());
        if (kind != PdfTable::RowKind::Normal) {
            p.setPen(QPen(kind == PdfTable::RowKind::Total ? PdfStyle::heading() : PdfStyle::rule(),
                          ruleWidth));
            p.drawLine(QLineF(left, top, right, top));
        }
        p.setFont(font);
        p.setPen(PdfStyle::text());
        double x = left;
        for (size_t c = 0; c < cells.size(); ++c) {
            double y = top + pad + fm.ascent();
            for (const QString &line : cells[c]) {
                const double w = fm.horizontalAdvance(line);
                const double tx = numeric[c] ? x + widths[c] - pad - w : x + pad;
                p.drawText(QPointF(tx, y), line);
                y += fm.lineSpacing();
            }
            x += widths[c];
        }
    });
    m_y += height;
}

void PdfReportWriter::addTable(const PdfTable &table)
{
    const std::vector<double> widths = columnWidths(table);
    std::vector<bool> numeric;
    for (const PdfTable::Column &column : table.columns)
        numeric.push_back(column.numeric);
    const QFont body = font(TextStyle::TableBody);
    const QFont bold = font(TextStyle::TableHeader);
    const double pad = pt(kCellPaddingPt);
    const double headerGuess = 2 * lineHeight(bold) + 2 * pad;
    // The header stands on the page of the first row (and so does a heading above it).
    double firstRow = lineHeight(body) + 2 * pad;
    if (!table.rows.empty()) {
        const PdfTable::Row &row = table.rows.front();
        const QFont f = row.kind != PdfTable::RowKind::Normal ? bold : body;
        int lines = 1;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            if (!table.columns[c].numeric)
                lines = std::max(lines,
                                 int(wrap(row.cells.value(int(c)), f, widths[c] - 2 * pad).size()));
        }
        firstRow = lines * QFontMetricsF(f, m_writer.get()).lineSpacing() + 2 * pad;
    }
    ensureSpace(std::min(headerGuess + firstRow, m_content.height() / 2));
    drawTableHeader(table, widths);
    int index = 0;
    for (const PdfTable::Row &row : table.rows) {
        const bool emphasised = row.kind != PdfTable::RowKind::Normal;
        const bool stripe = !emphasised && index++ % 2 == 1;
        const QFont f = emphasised ? bold : body;
        const QFontMetricsF fm(f, m_writer.get());
        std::vector<QStringList> cells;
        int lines = 1;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const QString text = row.cells.value(int(c));
            cells.push_back(numeric[c] ? QStringList{text} : wrap(text, f, widths[c] - 2 * pad));
            lines = std::max(lines, int(cells.back().size()));
        }
        // A row moves to the next page whole, unless it is taller than a page:
        // then it is split between lines.
        while (m_y + lines * fm.lineSpacing() + 2 * pad > m_content.bottom()) {
            const double pageHeight = m_content.height() - headerGuess;
            const int fitting = int((m_content.bottom() - m_y - 2 * pad) / fm.lineSpacing());
            if (lines * fm.lineSpacing() + 2 * pad > pageHeight && fitting >= 3) {
                std::vector<QStringList> head;
                std::vector<QStringList> rest;
                for (const QStringList &cell : cells) {
                    head.push_back(cell.mid(0, fitting));
                    rest.push_back(cell.mid(fitting));
                }
                placeRow(head, fitting, f, widths, numeric, row.kind, stripe);
                cells = std::move(rest);
                lines -= fitting;
            }
            newPage();
            drawTableHeader(table, widths);
        }
        placeRow(cells, lines, f, widths, numeric, row.kind, stripe);
    }
    const double bottom = m_y;
    const double left = m_content.left();
    const double right = m_content.right();
    const double width = pt(0.6);
    place([=](QPainter &p, const QRectF &) {
        p.setPen(QPen(PdfStyle::heading(), width));
        p.drawLine(QLineF(left, bottom, right, bottom));
    });
    m_y += pt(8);
}

void PdfReportWriter::addDrawing(double height, Painting painting)
{
    ensureSpace(height);
    const QRectF rect(m_content.left(), m_y, m_content.width(), height);
    place([rect, painting = std::move(painting)](QPainter &p, const QRectF &) {
        p.save();
        painting(p, rect);
        p.restore();
    });
    m_y += height + pt(6);
}

QStringList PdfReportWriter::footerLines() const
{
    // Laid out once for every page (per page it made the PDF O(pages x name length)),
    // and at most kFooterCharacters long: a running footer is a reminder, not the title.
    const QFont f = font(TextStyle::Footer);
    const QFontMetricsF fm(f, m_writer.get());
    const QString widestPage = tr("Page %1 of %2").arg(m_pages.size()).arg(m_pages.size());
    QString text = m_footerText;
    if (text.size() > kFooterCharacters) {
        qsizetype cut = kFooterCharacters;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + QChar(0x2026);
    }
    return wrap(text, f, m_content.width() - fm.horizontalAdvance(widestPage) - pt(24));
}

void PdfReportWriter::paintFooter(QPainter &painter, int page, const QStringList &left) const
{
    const QFont f = font(TextStyle::Footer);
    const QFontMetricsF fm(f, m_writer.get());
    const double y = m_content.bottom() + pt(24);
    painter.setPen(QPen(PdfStyle::rule(), pt(0.5)));
    painter.drawLine(QLineF(m_content.left(), y - fm.ascent() - pt(5), m_content.right(),
                            y - fm.ascent() - pt(5)));
    painter.setFont(f);
    painter.setPen(PdfStyle::muted());
    const QString pageText = tr("Page %1 of %2").arg(page).arg(m_pages.size());
    const double pageWidth = fm.horizontalAdvance(pageText);
    for (int i = 0; i < left.size(); ++i)
        painter.drawText(QPointF(m_content.left(), y + i * fm.lineSpacing()), left.at(i));
    painter.drawText(QPointF(m_content.right() - pageWidth, y), pageText);
}

bool PdfReportWriter::finish()
{
    // Drop a trailing empty page (a section that ended exactly at a page break).
    while (m_pages.size() > 1 && m_pages.back().items.empty())
        m_pages.pop_back();
    QPainter painter;
    if (!painter.begin(m_writer.get())) {
        m_error = tr("cannot start writing the PDF document");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QStringList footer = footerLines();
    for (size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !m_writer->newPage()) {
            m_error = tr("cannot add a page to the PDF document");
            return false;
        }
        for (const Painting &item : m_pages[i].items)
            item(painter, m_content);
        paintFooter(painter, int(i) + 1, footer);
    }
    if (!painter.end()) {
        m_error = tr("cannot finish the PDF document");
        return false;
    }
    return true;
}

} // namespace greenprint
