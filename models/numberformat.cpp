// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <algorithm>
#include <cmath>

namespace greenprint::NumberFormat {
namespace {

const QString kNotANumber = QStringLiteral("–");
const QString kMinus = QStringLiteral("−");

/** Groups the integer digits of a C-formatted number in threes with a narrow no-break space. */
QString siGrouped(const QString &digits)
{
    const qsizetype sign = digits.startsWith(u'-') ? 1 : 0;
    qsizetype integerEnd = digits.indexOf(u'.');
    if (integerEnd < 0)
        integerEnd = digits.size();
    if (integerEnd - sign < 5)
        return digits;
    QString out = digits;
    for (qsizetype at = integerEnd - 3; at > sign; at -= 3)
        out.insert(at, QChar(0x202F));
    return out;
}

} // namespace

QString fixed(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return kNotANumber;
    const double smallest = std::pow(10.0, -decimals);
    if (value > 0.0 && value < smallest / 2)
        return QStringLiteral("< ") + locale.toString(smallest, 'f', decimals);
    return locale.toString(value, 'f', decimals);
}

QString significant(double value, int digits, const QLocale &locale)
{
    if (!std::isfinite(value))
        return kNotANumber;
    const QString shortest = locale.toString(value, 'g', digits);
    if (!shortest.contains(locale.exponential(), Qt::CaseInsensitive))
        return shortest;
    const double magnitude = std::abs(value);
    if (magnitude >= 1.0)
        return locale.toString(value, 'f', 0);
    // As 'g' would: no trailing zeros (4e-05 reads 0.00004, not 0.0000400).
    const int decimals = digits - 1 - int(std::floor(std::log10(magnitude)));
    QString text = locale.toString(value, 'f', std::clamp(decimals, 0, 12));
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString compact(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return kNotANumber;
    const double a = std::abs(value);
    const int decimals = a == 0.0 || a >= 100.0 ? 0 : a >= 10.0 ? 1 : a >= 1.0 ? 2 : 3;
    return locale.toString(value, 'f', decimals);
}

QString signedFixed(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return kNotANumber;
    const QString magnitude = locale.toString(std::abs(value), 'f', decimals);
    if (magnitude == locale.toString(0.0, 'f', decimals))
        return magnitude;
    return (value < 0 ? kMinus : QStringLiteral("+")) + magnitude;
}

QString signedPercent(double fraction, int decimals, const QLocale &locale)
{
    if (!std::isfinite(fraction))
        return kNotANumber;
    return signedFixed(fraction * 100.0, decimals, locale) + QStringLiteral(" %");
}

QString inText(double value, int digits)
{
    return siGrouped(significant(value, digits, QLocale::c()));
}

} // namespace greenprint::NumberFormat
