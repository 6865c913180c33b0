// SPDX-License-Identifier: GPL-3.0-or-later
// A small layout engine for printed reports: flowing text, tables and drawings on pages.
#pragma once

/*
 * PDF reports
 * ===========
 * app/export/ writes the PDF plan with QPdfWriter + QPainter only: real text
 * (selectable, searchable), charts as vector paths, nothing rasterised.
 *
 *   pdfreportwriter  the layout engine (this file): pages, flowing and
 *                    wrapping text, tables that break across pages and repeat
 *                    their header, fixed-height drawings kept on one page,
 *                    "Page N of M" footers.
 *   pdfcharts        the vector bar charts.
 *   pdfsections      the sections of the plan (title, summary, stages, what-if,
 *                    notes); pdfmethodsection the assumptions and method.
 *   pdfreport        the entry point: estimate in, file out.
 *
 * Layout is done once, into a display list per page, and painted in finish():
 * that way the footer knows the page count. Every text is measured with the
 * PDF device's own font metrics and wrapped (at word boundaries, or anywhere
 * for long URLs), never clipped. Coordinates are device units; pt() converts
 * from typographic points.
 */

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QPainter;
class QPdfWriter;

namespace greenprint {

enum class TextStyle { Title, Heading1, Heading2, Body, Small, TableHeader, TableBody, Footer };

/** A table for PdfReportWriter::addTable(). Numeric columns are right-aligned. */
struct PdfTable
{
    struct Column
    {
        QString title;
        double weight = 1.0; ///< share of the width, before fitting to the content
        bool numeric = false;
    };
    enum class RowKind { Normal, Subtotal, Total };
    struct Row
    {
        QStringList cells;
        RowKind kind = RowKind::Normal;
    };
    std::vector<Column> columns;
    std::vector<Row> rows;
};

class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::PdfReportWriter)

public:
    using Painting = std::function<void(QPainter &painter, const QRectF &rect)>;

    /**
     * Lays out a document for `device` (not owned; it must be open for
     * writing and outlive this object). `footerText` is printed at the
     * bottom left of every page.
     */
    PdfReportWriter(QIODevice *device, const QPageSize &pageSize, const QString &documentTitle,
                    const QString &footerText);
    ~PdfReportWriter();
    Q_DISABLE_COPY(PdfReportWriter)

    /** Device units per typographic point. */
    double pt(double points) const { return points * m_unitsPerPoint; }
    double contentWidth() const { return m_content.width(); }
    /** Height left on the current page. */
    double remainingHeight() const { return m_content.bottom() - m_y; }
    QFont font(TextStyle style) const;
    QPaintDevice *device() const;

    /**
     * A heading kept on one page with at least four lines of body text, or with
     * `keepWithNextHeight` points of what follows when larger (a chart, a card).
     */
    void addHeading(const QString &text, int level, double keepWithNextHeight = 0.0);
    void addParagraph(const QString &text, TextStyle style = TextStyle::Body,
                      const QColor &color = QColor());
    void addBullets(const QStringList &items, TextStyle style = TextStyle::Body);
    /** A list with its own markers (e.g. "[3]"), text indented past the widest marker. */
    void addList(const QStringList &items, const QStringList &markers,
                 TextStyle style = TextStyle::Body);
    /** Label/value pairs in two columns, labels grey. */
    void addKeyValues(const std::vector<std::pair<QString, QString>> &pairs);
    void addTable(const PdfTable &table);
    /** A drawing of fixed height and full content width, moved to a new page when needed. */
    void addDrawing(double height, Painting painting);
    void addSpacing(double points);
    void newPage();
    int pageCount() const { return int(m_pages.size()); }

    /** Lines of `text` wrapped to `width` with `font` (at words, or anywhere if needed). */
    QStringList wrap(const QString &text, const QFont &font, double width) const;
    /** Appends the lines of one chunk of a paragraph, laid out by QTextLayout. */
    void wrapChunk(const QString &text, const QFont &font, double width, QStringList &lines) const;

    /** Paints every page into the device. False (with errorString()) on failure. */
    [[nodiscard]] bool finish();
    QString errorString() const { return m_error; }

private:
    struct Page
    {
        std::vector<Painting> items;
    };
    void ensureSpace(double height);
    void place(Painting painting);
    double lineHeight(const QFont &font) const;
    void drawTableHeader(const PdfTable &table, const std::vector<double> &widths);
    void placeRow(const std::vector<QStringList> &cells, int lines, const QFont &font,
                  const std::vector<double> &widths, const std::vector<bool> &numeric,
                  PdfTable::RowKind kind, bool stripe);
    std::vector<double> columnWidths(const PdfTable &table) const;
    QStringList footerLines() const;
    void paintFooter(QPainter &painter, int page, const QStringList &left) const;

    std::unique_ptr<QPdfWriter> m_writer;
    QString m_footerText;
    QRectF m_content; ///< printable area inside the margins, device units
    double m_unitsPerPoint = 1.0;
    double m_y = 0.0; ///< next free y on the current page
    /**
     * The headings last placed with nothing after them yet (a section's and its first
     * subsection's): the items [firstItem, endItem) of the current page, from y `top`.
     * When what follows them needs a new page, they move with it (never left at a foot).
     */
    struct HeadingRun
    {
        std::size_t page = 0;
        std::size_t firstItem = 0;
        std::size_t endItem = 0;
        double top = 0.0;
        bool valid = false;
    };
    /** True while the current page ends with the heading run (nothing placed after it). */
    bool endsWithHeadings() const;
    HeadingRun m_headings;
    std::vector<Page> m_pages;
    QString m_error;
};

} // namespace greenprint
