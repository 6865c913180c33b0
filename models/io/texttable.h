// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-text tables of the command line, laid out in one place.
#pragma once

/*
 * Text tables
 * ===========
 * The estimate table, the reference-data listings and the suggestion list are
 * written by one writer: each column as wide as its widest cell, columns two
 * spaces apart, numbers right-aligned and text left-aligned, no space at the end
 * of a line. A table is measured row by row first (measure()), then written line
 * by line (line(), rule()), so a caller can make its rows twice instead of
 * holding a large table whole; render() does both for rows held in memory.
 */

#include <QString>
#include <QStringList>

#include <vector>

namespace greenprint {

class TextTable
{
public:
    enum class Align { Left, Right };

    /** A table of `alignment.size()` columns, each aligned as given. */
    explicit TextTable(std::vector<Align> alignment);

    /** Widens the columns to hold `cells` (the header or a row). */
    void measure(const QStringList &cells);
    /** `cells` padded to the measured widths, two spaces apart, without trailing spaces. */
    [[nodiscard]] QString line(const QStringList &cells) const;
    /** A line of dashes as wide as the table. */
    [[nodiscard]] QString rule() const;
    /** Measures every row, then returns them as lines, each ending in a newline. */
    [[nodiscard]] QString render(const std::vector<QStringList> &rows);

private:
    std::vector<Align> m_alignment;
    std::vector<qsizetype> m_widths;
};

} // namespace greenprint
