// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers in the command line's plain-text tables and sentences: C locale (a point, no
// grouping), so that scripts can read them back, and never a negative zero ("-0", "-0.0"): a
// value that rounds to zero is written as zero. The window and the PDF write numbers for people
// with NumberFormat (numberformat.h); JSON and CSV write full-precision C numbers.
#pragma once

#include <QString>

namespace greenprint::PlainNumber {

/** `decimals` decimals in the C locale; "0.0", never "-0.0", for what rounds to zero. */
QString fixed(double value, int decimals);

/** `value` kept to `digits` significant digits (for JSON figures), never -0. */
double rounded(double value, int digits = 6);

} // namespace greenprint::PlainNumber
