// SPDX-License-Identifier: GPL-3.0-or-later
// Explicit relative + absolute tolerance for comparing computed doubles in tests.
#pragma once

#include <QTest>

#include <cmath>

namespace greenprint::test {

/** True when |actual - expected| <= absTol + relTol * |expected|. */
inline bool nearlyEqual(double actual, double expected, double relTol = 1e-9, double absTol = 1e-12)
{
    return std::abs(actual - expected) <= absTol + relTol * std::abs(expected);
}

} // namespace greenprint::test

/** QCOMPARE for doubles with an explicit tolerance; prints both values on failure. */
#define GP_COMPARE_NEAR(actual, expected, relTol, absTol) \
    do { \
        const double gpActual_ = (actual); \
        const double gpExpected_ = (expected); \
        if (!greenprint::test::nearlyEqual(gpActual_, gpExpected_, (relTol), (absTol))) { \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (rel %4, abs %5)") \
                                 .arg(QStringLiteral(#actual)) \
                                 .arg(gpActual_, 0, 'g', 17) \
                                 .arg(gpExpected_, 0, 'g', 17) \
                                 .arg(relTol) \
                                 .arg(absTol))); \
        } \
    } while (false)
