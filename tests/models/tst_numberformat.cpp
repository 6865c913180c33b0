// SPDX-License-Identifier: GPL-3.0-or-later
// How a number reads (numberformat.h), row by row, each expected text written by hand: no
// exponent anywhere, no misleading zero, the locale's signs in the window and the PDF, and
// digits that read the same in every language inside the core's sentences.
#include "strictqtest.h"

#include "numberformat.h"

#include <QTest>

#include <limits>

using namespace greenprint;
using namespace Qt::StringLiterals;

namespace {
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QString kNarrowSpace(QChar(0x202F));
const double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

class TestNumberFormat : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void fixed_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("grouped") << 10645.96 << 2 << kEnglish << u"10,645.96"_s;
        QTest::newRow("german") << 10645.96 << 2 << kGerman << u"10.645,96"_s;
        QTest::newRow("rounds") << 0.06 << 1 << kEnglish << u"0.1"_s;
        QTest::newRow("too small to show") << 0.04 << 1 << kEnglish << u"< 0.1"_s;
        QTest::newRow("too small, german") << 0.004 << 2 << kGerman << u"< 0,01"_s;
        QTest::newRow("zero is zero") << 0.0 << 1 << kEnglish << u"0.0"_s;
        QTest::newRow("not a number") << kNaN << 1 << kEnglish << u"–"_s;
    }
    void fixed()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::fixed(value, decimals, locale), expected);
    }

    void significant_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << 1.135 << 6 << u"1.135"_s;
        QTest::newRow("three digits") << 12.3456 << 3 << u"12.3"_s;
        QTest::newRow("large, no exponent") << 24000.0 << 3 << u"24,000"_s;
        QTest::newRow("large, all integer digits") << 8760.4 << 3 << u"8,760"_s;
        QTest::newRow("small, no exponent") << 0.00004 << 3 << u"0.00004"_s;
        QTest::newRow("small, its digits") << 0.000012345 << 3 << u"0.0000123"_s;
        QTest::newRow("small, negative") << -0.0000405 << 3 << u"-0.0000405"_s;
        QTest::newRow("not a number") << kNaN << 3 << u"–"_s;
    }
    void significant()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::significant(value, digits, kEnglish), expected);
    }

    void compact_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hundreds") << 303.24 << u"303"_s;
        QTest::newRow("tens") << 48.26 << u"48.3"_s;
        QTest::newRow("units") << 3.581 << u"3.58"_s;
        QTest::newRow("fractions") << 0.0126 << u"0.013"_s;
        QTest::newRow("zero") << 0.0 << u"0"_s;
        QTest::newRow("thousands") << 10645.96 << u"10,646"_s;
    }
    void compact()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::compact(value, kEnglish), expected);
    }

    void signedFigures()
    {
        QCOMPARE(NumberFormat::signedFixed(-152.6, 1, kEnglish), u"−152.6"_s);
        QCOMPARE(NumberFormat::signedFixed(12.5, 1, kEnglish), u"+12.5"_s);
        QCOMPARE(NumberFormat::signedFixed(-0.04, 1, kEnglish), u"0.0"_s); // no sign on zero
        QCOMPARE(NumberFormat::signedFixed(-4855.04, 2, kGerman), u"−4.855,04"_s);
        QCOMPARE(NumberFormat::signedPercent(-0.503, 1, kEnglish), u"−50.3 %"_s);
        QCOMPARE(NumberFormat::signedPercent(0.0004, 1, kEnglish), u"0.0 %"_s);
        QCOMPARE(NumberFormat::signedPercent(kNaN, 1, kEnglish), u"–"_s);
    }

    void inText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hours in a year") << 8760.0 << u"8760"_s;
        QTest::newRow("busy hours") << 89.31 << u"89.3"_s;
        QTest::newRow("requests") << 24e6
                                  << u"24"_s + kNarrowSpace + u"000"_s + kNarrowSpace + u"000"_s;
        QTest::newRow("five digits") << 12345.0 << u"12"_s + kNarrowSpace + u"345"_s;
        QTest::newRow("negative") << -123456.0 << u"-123"_s + kNarrowSpace + u"456"_s;
        QTest::newRow("small") << 0.000586 << u"0.000586"_s;
        QTest::newRow("a kilogram") << 1.0 << u"1"_s;
    }
    void inText()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        // The same digits whatever the default locale: no comma or point reads as a decimal
        // sign in another language.
        const QLocale before;
        QLocale::setDefault(kGerman);
        QCOMPARE(NumberFormat::inText(value), expected);
        QLocale::setDefault(before);
        QCOMPARE(NumberFormat::inText(value), expected);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
