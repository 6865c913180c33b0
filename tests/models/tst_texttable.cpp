// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's text tables (io/texttable.h): widths from the widest cell, two spaces
// between columns, numbers right and text left, no trailing spaces, a rule as wide as a line.
#include "strictqtest.h"

#include "io/texttable.h"

#include <QTest>

using namespace greenprint;
using namespace Qt::StringLiterals;

class TestTextTable : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void alignsAndPads();
    void measuresBeforeWriting();
    void emptyTable();
};

void TestTextTable::alignsAndPads()
{
    using A = TextTable::Align;
    TextTable table({A::Left, A::Right, A::Left});
    // Widths: "Instance"/"p4d.24xlarge" 12, "kgCO2e"/"1234.5" 6, "Note" 4.
    const QString out = table.render({{u"Instance"_s, u"kgCO2e"_s, u"Note"_s},
                                      {u"p4d.24xlarge"_s, u"1234.5"_s, u""_s},
                                      {u"g5.xlarge"_s, u"7.0"_s, u"spot"_s}});
    QCOMPARE(out,
             u"Instance      kgCO2e  Note\n"
             "p4d.24xlarge  1234.5\n" // the empty last cell leaves no spaces behind
             "g5.xlarge        7.0  spot\n"_s);
    QCOMPARE(table.rule(), QString(12 + 2 + 6 + 2 + 4, u'-'));
}

void TestTextTable::measuresBeforeWriting()
{
    TextTable table({TextTable::Align::Right, TextTable::Align::Left});
    table.measure({u"1"_s, u"a"_s});
    table.measure({u"100"_s, u"abc"_s});
    table.measure({}); // a rule's place: nothing to measure
    QCOMPARE(table.line({u"1"_s, u"a"_s}), u"  1  a"_s);
    QCOMPARE(table.line({u"100"_s, u"abc"_s}), u"100  abc"_s);
    QCOMPARE(table.rule(), u"--------"_s);
}

void TestTextTable::emptyTable()
{
    TextTable table({});
    QCOMPARE(table.render({}), QString());
    QCOMPARE(table.rule(), QString());
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
