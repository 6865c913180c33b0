// SPDX-License-Identifier: GPL-3.0-or-later
// The Athena SQL Greenprint emits, run as is on a SQLite copy of a generated CUR.

// Qt headers first: moc (Qt 6.4) cannot parse <compare> unless a Qt header came before.
#include <QtGlobal>

#include "actuals/athenaquery.h"
#include "actuals/csvstream.h"
#include "actuals/importer.h"
#include "io/csvwriter.h"
#include "strictqtest.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace greenprint;
using namespace greenprint::actuals;

namespace {

/**
 * The column name AWS's CUR-Athena integration gives a legacy CUR column:
 * lineItem/UsageStartDate -> line_item_usage_start_date,
 * resourceTags/user:greenprint:component -> resource_tags_user_greenprint_component.
 */
QString athenaColumn(const QString &curColumn)
{
    QString out;
    for (const QChar c : curColumn) {
        if (c == u'/' || c == u':') {
            out += u'_';
        } else if (c.isUpper()) {
            if (!out.isEmpty() && !out.endsWith(u'_'))
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

const QStringList kNumericColumns = {QStringLiteral("line_item_usage_amount"),
                                     QStringLiteral("line_item_unblended_cost")};

} // namespace

class TestAthenaQuery : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void avoidsEngineSpecificFunctions();
    void sameRowsAsTheStreamingImport_data();
    void sameRowsAsTheStreamingImport();

private:
    /** Loads the line items of the CUR at `path` into table `cur` with Athena's column names. */
    bool loadIntoSqlite(const QString &path, QSqlDatabase &db);
    QTemporaryDir m_dir;
    QString m_cur;
};

void TestAthenaQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 (installed by the Makefile) is needed to generate the CUR");
    m_cur = m_dir.filePath(QStringLiteral("cur.csv.gz"));
    QProcess generator;
    generator.start(python,
                    {test::sourcePath(QStringLiteral("tests/benchmarks/generate_cur.py")), m_cur,
                     QStringLiteral("--rows"), QStringLiteral("20000")});
    QVERIFY(generator.waitForFinished(120000));
    QCOMPARE(generator.exitCode(), 0);
}

void TestAthenaQuery::avoidsEngineSpecificFunctions()
{
    AthenaQueryOptions options;
    options.table = QStringLiteral("cur_db.cur; DROP TABLE x");
    options.from = QDate(2024, 4, 20);
    options.to = QDate(2024, 6, 2);
    const QString sql = athenaCurQuery(options);
    for (const char *banned : {"date_trunc", "date_format", "format_datetime", "strftime", "date(",
                               "TIMESTAMP '", "[", "IF(", "TRY_CAST", "approx_"}) {
        QVERIFY2(!sql.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    }
    QVERIFY(sql.contains(QStringLiteral("FROM cur_db.curDROPTABLEx\n"))); // a name, never SQL
    // The three months the days touch, and only those.
    QVERIFY(sql.contains(QStringLiteral("(year = '2024' AND month = '4') OR (year = '2024' AND "
                                        "month = '5') OR (year = '2024' AND month = '6')")));
}

bool TestAthenaQuery::loadIntoSqlite(const QString &path, QSqlDatabase &db)
{
    CsvStream csv;
    if (!csv.open(path))
        return false;
    QStringList columns;
    for (const std::string &name : csv.header())
        columns << athenaColumn(QString::fromStdString(name));
    QStringList definitions;
    for (const QString &c : std::as_const(columns))
        definitions << c
                + (kNumericColumns.contains(c) ? QStringLiteral(" REAL") : QStringLiteral(" TEXT"));
    definitions << QStringLiteral("year TEXT") << QStringLiteral("month TEXT");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE cur (%1)").arg(definitions.join(u','))))
        return false;
    const int start = columns.indexOf(QStringLiteral("line_item_usage_start_date"));
    QStringList marks;
    for (int i = 0; i < columns.size() + 2; ++i)
        marks << QStringLiteral("?");
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO cur VALUES (%1)").arg(marks.join(u',')));
    while (csv.next() == CsvStream::Next::Record) {
        for (int i = 0; i < csv.fieldCount(); ++i) {
            const QString text =
                QString::fromUtf8(csv.field(i).data(), qsizetype(csv.field(i).size()));
            if (kNumericColumns.contains(columns[i]))
                query.addBindValue(text.isEmpty() ? QVariant(QMetaType::fromType<double>())
                                                  : QVariant(text.toDouble()));
            else
                query.addBindValue(text.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(text));
        }
        const QString day = QString::fromUtf8(csv.field(start).data(), 10);
        query.addBindValue(day.left(4));
        query.addBindValue(QString::number(day.mid(5, 2).toInt())); // unpadded, as AWS writes it
        if (!query.exec())
            return false;
    }
    return db.commit();
}

void TestAthenaQuery::sameRowsAsTheStreamingImport_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("whole month") << QDate() << QDate();
    QTest::newRow("10 to 20 May") << QDate(2024, 5, 10) << QDate(2024, 5, 20);
}

void TestAthenaQuery::sameRowsAsTheStreamingImport()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("athena"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    QVERIFY2(loadIntoSqlite(m_cur, db), qPrintable(db.lastError().text()));

    AthenaQueryOptions options;
    options.from = from;
    options.to = to;
    QSqlQuery query(db);
    QVERIFY2(query.exec(athenaCurQuery(options)), qPrintable(query.lastError().text()));
    // The result as Athena's console downloads it: a CSV with a header.
    CsvWriter writer;
    const QSqlRecord record = query.record();
    QStringList header;
    for (int i = 0; i < record.count(); ++i)
        header << record.fieldName(i);
    writer.addRecord(header);
    int rows = 0;
    while (query.next()) {
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = query.value(i);
            if (v.typeId() == QMetaType::Double)
                writer.addNumber(v.toDouble(), 12);
            else
                writer.addTextField(v.toString());
        }
        writer.endRecord();
        ++rows;
    }
    query.finish();
    QVERIFY(rows > 100);
    const QString resultPath = m_dir.filePath(QStringLiteral("athena-result.csv"));
    QFile result(resultPath);
    QVERIFY(result.open(QIODevice::WriteOnly));
    result.write(writer.text().toUtf8());
    result.close();

    const ImportResult viaAthena = importCur(resultPath);
    QVERIFY2(viaAthena.data, qPrintable(viaAthena.errorString));
    const ImportResult streamed = importCur(m_cur);
    QVERIFY2(streamed.data, qPrintable(streamed.errorString));
    std::vector<UsageRow> expected;
    for (const UsageRow &r : streamed.data->usage) {
        if ((!from.isValid() || r.day >= from) && (!to.isValid() || r.day <= to))
            expected.push_back(r);
    }
    const std::vector<UsageRow> &got = viaAthena.data->usage;
    QCOMPARE(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
        UsageRow a = got[i];
        UsageRow b = expected[i];
        QVERIFY2(qAbs(a.usageAmount - b.usageAmount) <= 1e-9 * qMax(1.0, qAbs(b.usageAmount)),
                 qPrintable(b.usageType));
        QVERIFY2(qAbs(a.costUsd - b.costUsd) <= 1e-9 * qMax(1.0, qAbs(b.costUsd)),
                 qPrintable(b.usageType));
        a.usageAmount = b.usageAmount;
        a.costUsd = b.costUsd;
        QCOMPARE(a, b); // keys, category and the count of line items
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("athena"));
}

QTEST_GUILESS_MAIN(TestAthenaQuery)
#include "tst_athenaquery.moc"
