// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace greenprint {

/**
 * The decimals the PDF plan gives each quantity, in the report's locale, so
 * that table columns align. How a number is written is NumberFormat's.
 */
class PdfNumbers
{
public:
    explicit PdfNumbers(const QLocale &locale = QLocale())
        : m_locale(locale)
    { }

    QString kWh(double value) const { return fixed(value, 1); }
    QString kg(double value) const { return fixed(value, 1); }
    QString usd(double value) const { return fixed(value, 2); }
    QString hours(double value) const { return fixed(value, 1); }
    QString count(long long value) const { return m_locale.toString(value); }
    /** A plain number with up to `significant` significant digits (constants, PUE). */
    QString plain(double value, int significant = 6) const;
    /** A signed difference, e.g. "+12.5" or "−3.0" (typographic minus). */
    QString signedKg(double value) const;
    QString signedUsd(double value) const;
    QString percent(double fraction) const;
    const QLocale &locale() const { return m_locale; }

private:
    QString fixed(double value, int decimals) const;

    QLocale m_locale;
};

} // namespace greenprint
