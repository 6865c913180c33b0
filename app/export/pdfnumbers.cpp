// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfnumbers.h"

#include "numberformat.h"

namespace greenprint {

QString PdfNumbers::fixed(double value, int decimals) const
{
    return NumberFormat::fixed(value, decimals, m_locale);
}

QString PdfNumbers::plain(double value, int significant) const
{
    return NumberFormat::significant(value, significant, m_locale);
}

QString PdfNumbers::signedKg(double value) const
{
    return NumberFormat::signedFixed(value, 1, m_locale);
}

QString PdfNumbers::signedUsd(double value) const
{
    return NumberFormat::signedFixed(value, 2, m_locale);
}

QString PdfNumbers::percent(double fraction) const
{
    return NumberFormat::signedPercent(fraction, 1, m_locale);
}

} // namespace greenprint
