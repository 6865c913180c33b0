// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfnumbers.h"

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
    return m_locale.toString(value, 'g', significant);
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
