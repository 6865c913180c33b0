// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfnumbers.h"

#include <algorithm>
#include <cmath>

namespace greenprint {

QString PdfNumbers::fixed(double value, int decimals) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const double smallest = std::pow(10.0, -decimals);
    if (value > 0.0 && value < smallest / 2)
        return QStringLiteral("< ") + m_locale.toString(smallest, 'f', decimals);
    return m_locale.toString(value, 'f', decimals);
}

QString PdfNumbers::plain(double value, int significant) const
{
    // 'g' prints 24,000 as "2.4E+04" and 0.00004 as "4E-05": a plan reads decimals.
    const QString shortest = m_locale.toString(value, 'g', significant);
    if (!shortest.contains(m_locale.exponential(), Qt::CaseInsensitive))
        return shortest;
    const double magnitude = std::abs(value);
    if (magnitude >= 1.0)
        return m_locale.toString(value, 'f', 0);
    const int decimals = significant - 1 - int(std::floor(std::log10(magnitude)));
    return m_locale.toString(value, 'f', std::clamp(decimals, 0, 12));
}

QString PdfNumbers::signedKg(double value) const
{
    const QString magnitude = m_locale.toString(std::abs(value), 'f', 1);
    if (magnitude == m_locale.toString(0.0, 'f', 1))
        return magnitude;
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

QString PdfNumbers::signedUsd(double value) const
{
    const QString magnitude = m_locale.toString(std::abs(value), 'f', 2);
    if (magnitude == m_locale.toString(0.0, 'f', 2))
        return magnitude;
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

QString PdfNumbers::percent(double fraction) const
{
    if (!std::isfinite(fraction))
        return QStringLiteral("–");
    const QString magnitude = m_locale.toString(std::abs(fraction) * 100.0, 'f', 1);
    const QString sign = magnitude == m_locale.toString(0.0, 'f', 1) ? QString()
        : fraction < 0                                               ? QStringLiteral("−")
                                                                     : QStringLiteral("+");
    return sign + magnitude + QStringLiteral(" %");
}

} // namespace greenprint
