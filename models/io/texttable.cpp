// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>
#include <utility>

namespace greenprint {

TextTable::TextTable(std::vector<Align> alignment)
    : m_alignment(std::move(alignment))
    , m_widths(m_alignment.size(), 0)
{ }

void TextTable::measure(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size() && std::size_t(i) < m_widths.size(); ++i)
        m_widths[std::size_t(i)] = std::max(m_widths[std::size_t(i)], cells[i].size());
}

QString TextTable::line(const QStringList &cells) const
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += QStringLiteral("  ");
        const std::size_t column = std::size_t(i);
        const qsizetype width = column < m_widths.size() ? m_widths[column] : 0;
        const bool right = column < m_alignment.size() && m_alignment[column] == Align::Right;
        text += right ? cells[i].rightJustified(width) : cells[i].leftJustified(width);
    }
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

QString TextTable::rule() const
{
    qsizetype width = 0;
    for (qsizetype w : m_widths)
        width += w;
    if (!m_widths.empty())
        width += 2 * qsizetype(m_widths.size() - 1);
    return QString(width, u'-');
}

QString TextTable::render(const std::vector<QStringList> &rows)
{
    for (const QStringList &row : rows)
        measure(row);
    QString out;
    for (const QStringList &row : rows)
        out += line(row) + u'\n';
    return out;
}

} // namespace greenprint
