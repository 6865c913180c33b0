// SPDX-License-Identifier: GPL-3.0-or-later
// PlainNumber: the command line's C-locale numbers, with no negative zero.
#include "strictqtest.h"

#include "io/plainnumber.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestPlainNumber : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void fixed_data();
    void fixed();
    void fixedIgnoresTheUsersLocale();
    void roundedNeverNegativeZero();
};

void TestPlainNumber::fixed_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("small loss rounds to 0") << -0.3 << 0 << u"0"_s;
    QTest::newRow("small loss rounds to 0.0") << -0.04 << 1 << u"0.0"_s;
    QTest::newRow("negative zero") << -0.0 << 2 << u"0.00"_s;
    QTest::newRow("tiny negative") << -1e-300 << 3 << u"0.000"_s;
    QTest::newRow("small gain") << 0.04 << 1 << u"0.0"_s;
    QTest::newRow("a real loss keeps its sign") << -0.06 << 1 << u"-0.1"_s;
    QTest::newRow("no grouping") << 1234567.25 << 2 << u"1234567.25"_s;
    QTest::newRow("negative thousands") << -20564.0 << 0 << u"-20564"_s;
}

void TestPlainNumber::fixed()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(PlainNumber::fixed(value, decimals), expected);
}

void TestPlainNumber::fixedIgnoresTheUsersLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = PlainNumber::fixed(-1234.5, 1);
    QLocale::setDefault(previous);
    QCOMPARE(text, u"-1234.5"_s);
}

void TestPlainNumber::roundedNeverNegativeZero()
{
    QVERIFY(!std::signbit(PlainNumber::rounded(-0.0)));
    QCOMPARE(PlainNumber::rounded(-1.234567891), -1.23457);
    QCOMPARE(PlainNumber::rounded(12345678.9), 12345700.0);
}

QTEST_GUILESS_MAIN(TestPlainNumber)
#include "tst_plainnumber.moc"
