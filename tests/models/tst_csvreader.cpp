// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV reader: quoting, line breaks, UTF-8 and error positions.

#include "io/csvreader.h"
#include "strictqtest.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenprint;

using Records = QList<QStringList>;

class TestCsvReader : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesValidInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Records>("rows");
        QTest::addColumn<QList<int>>("rowLines");

        const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
        auto rec = [](std::initializer_list<const char *> fields) {
            QStringList list;
            for (const char *f : fields)
                list.append(QString::fromUtf8(f));
            return list;
        };

        QTest::newRow("simple LF")
            << QByteArray("a,b\n1,2\n") << ab << Records{rec({"1", "2"})} << QList<int>{2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab
                              << Records{rec({"1", "2"}), rec({"3", "4"})} << QList<int>{2, 3};
        QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << ab << Records{rec({"1", "2"})}
                                 << QList<int>{2};
        QTest::newRow("no final line break")
            << QByteArray("a,b\n1,2") << ab << Records{rec({"1", "2"})} << QList<int>{2};
        QTest::newRow("header only") << QByteArray("a,b\n") << ab << Records{} << QList<int>{};
        QTest::newRow("quoted comma")
            << QByteArray("a,b\n\"x,y\",2\n") << ab << Records{rec({"x,y", "2"})} << QList<int>{2};
        QTest::newRow("embedded LF")
            << QByteArray("a,b\n\"line1\nline2\",2\n3,4\n") << ab
            << Records{rec({"line1\nline2", "2"}), rec({"3", "4"})} << QList<int>{2, 4};
        QTest::newRow("embedded CRLF becomes LF")
            << QByteArray("a,b\r\n\"line1\r\nline2\",2\r\n") << ab
            << Records{rec({"line1\nline2", "2"})} << QList<int>{2};
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << ab
                                        << Records{rec({"say \"hi\"", "\""})} << QList<int>{2};
        QTest::newRow("empty fields")
            << QByteArray("a,b,c\n,,\n")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << Records{rec({"", "", ""})} << QList<int>{2};
        QTest::newRow("empty quoted field")
            << QByteArray("a,b\n\"\",x\n") << ab << Records{rec({"", "x"})} << QList<int>{2};
        QTest::newRow("trailing comma")
            << QByteArray("a,b\n1,\n") << ab << Records{rec({"1", ""})} << QList<int>{2};
        QTest::newRow("blank lines skipped")
            << QByteArray("a,b\n\n1,2\n\n\n3,4\n\n") << ab
            << Records{rec({"1", "2"}), rec({"3", "4"})} << QList<int>{3, 6};
        QTest::newRow("spaces kept")
            << QByteArray("a,b\n 1 , 2 \n") << ab << Records{rec({" 1 ", " 2 "})} << QList<int>{2};
        QTest::newRow("UTF-8") << QByteArray("a,b\nGr\xc3\xbc\xc3\x9f"
                                             "e,\xe2\x9c\x93 CO\xe2\x82\x82\n")
                               << ab << Records{rec({"Grüße", "✓ CO₂"})} << QList<int>{2};
        QTest::newRow("BOM ignored") << QByteArray("\xef\xbb\xbf"
                                                   "a,b\n1,2\n")
                                     << ab << Records{rec({"1", "2"})} << QList<int>{2};
    }

    void parsesValidInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, header);
        QFETCH(Records, rows);
        QFETCH(QList<int>, rowLines);

        CsvReader reader;
        QVERIFY2(reader.parse(input, QStringLiteral("test.csv")), qPrintable(reader.errorString()));
        QCOMPARE(reader.header(), header);
        QCOMPARE(int(reader.rows().size()), int(rows.size()));
        for (int i = 0; i < int(rows.size()); ++i) {
            QCOMPARE(reader.rows()[i], rows[i]);
            QCOMPARE(reader.rowLine(i), rowLines[i]);
        }
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(reader.columnIndex(header.constLast()), int(header.size()) - 1);
        QCOMPARE(reader.columnIndex(QStringLiteral("no such column")), -1);
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\n1,x\"y\n") << 2 << 4 << QStringLiteral("unquoted");
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << 2 << 4 << QStringLiteral("closing quote");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,\"abc\n2,3\n") << 2 << 3 << QStringLiteral("not closed");
        QTest::newRow("too many fields")
            << QByteArray("a,b\n1,2\n1,2,3\n") << 3 << 1 << QStringLiteral("3 fields");
        QTest::newRow("too few fields after multi-line field")
            << QByteArray("a,b\n\"x\ny\"\n") << 2 << 1 << QStringLiteral("1 fields");
        QTest::newRow("invalid UTF-8")
            << QByteArray("a,b\n1,ok\xff\n") << 2 << 5 << QStringLiteral("UTF-8");
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << QStringLiteral("header");
        QTest::newRow("only blank lines")
            << QByteArray("\n\r\n\n") << 1 << 1 << QStringLiteral("header");
    }

    void reportsErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);

        CsvReader reader;
        QVERIFY(!reader.parse(input, QStringLiteral("bad.csv")));
        QCOMPARE(reader.errorLine(), line);
        QCOMPARE(reader.errorColumn(), column);
        const QString prefix = QStringLiteral("bad.csv:%1:%2: ").arg(line).arg(column);
        QVERIFY2(reader.errorString().startsWith(prefix), qPrintable(reader.errorString()));
        QVERIFY2(reader.errorString().contains(messagePart), qPrintable(reader.errorString()));
        QVERIFY(reader.header().isEmpty());
        QVERIFY(reader.rows().empty());
    }

    void errorWithoutFileName()
    {
        CsvReader reader;
        QVERIFY(!reader.parse(QByteArray("a\n\"x")));
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("2:1: ")),
                 qPrintable(reader.errorString()));
    }

    void newParseClearsPreviousState()
    {
        CsvReader reader;
        QVERIFY(!reader.parse(QByteArray("a,b\n1\n")));
        QVERIFY(reader.parse(QByteArray("c\n3\n")));
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(reader.header(), QStringList{QStringLiteral("c")});
        QCOMPARE(int(reader.rows().size()), 1);
    }

    void readsFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,note\r\nx,\"multi\r\nline, with comma\"\r\n");
        file.close();

        CsvReader reader;
        QVERIFY2(reader.readFile(path), qPrintable(reader.errorString()));
        QCOMPARE(reader.rows().at(0).at(1), QStringLiteral("multi\nline, with comma"));
    }

    void missingFileNamesThePath()
    {
        CsvReader reader;
        const QString path = QStringLiteral("/nonexistent/greenprint/none.csv");
        QVERIFY(!reader.readFile(path));
        QVERIFY(reader.errorString().startsWith(path));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
