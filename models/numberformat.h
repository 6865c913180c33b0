// SPDX-License-Identifier: GPL-3.0-or-later
// How every number a person reads is written: window, PDF and the core's sentences.
#pragma once

/*
 * Number formats
 * ==============
 * One place decides how a figure reads, so that the window, the PDF and the
 * advisor's sentences never disagree:
 *
 *  - never exponent notation ("1.23e+03" is not a plan figure);
 *  - never a misleading zero: a positive value too small for its decimals
 *    reads "< 0.1";
 *  - a value that cannot be computed reads "–";
 *  - the window and the PDF use their locale; sentences the core writes
 *    (suggestions, notes) use C digits with SI grouping (a narrow space:
 *    "24 000 000"), which reads the same in every language, where a comma
 *    or a point would mean a decimal sign in some of them.
 *
 * Machine formats (JSON, CSV) do not come here: they write C-locale numbers
 * that a program reads back exactly.
 */

#include <QLocale>
#include <QString>

namespace greenprint::NumberFormat {

/** `decimals` decimals; positive values under half the last digit read "< 0.1". */
QString fixed(double value, int decimals, const QLocale &locale = QLocale());
/** Up to `digits` significant digits, in decimals (24,000 not "2.4E+04"). */
QString significant(double value, int digits, const QLocale &locale = QLocale());
/** About three significant digits at a glance: 0 decimals from 100, 1 from 10, 2 from 1, else 3. */
QString compact(double value, const QLocale &locale = QLocale());
/** A difference with its sign ("+12.5", "−3.0", typographic minus); zero has none. */
QString signedFixed(double value, int decimals, const QLocale &locale = QLocale());
/** A fraction as a signed percentage ("−50.3 %"). */
QString signedPercent(double fraction, int decimals, const QLocale &locale = QLocale());

/**
 * A number inside a sentence the core writes in any language: up to `digits`
 * significant digits, C digits, SI grouping from 10 000 ("8760", "24 000 000").
 */
QString inText(double value, int digits = 3);

} // namespace greenprint::NumberFormat
