// SPDX-License-Identifier: GPL-3.0-or-later
// Importers of what really ran: the example files, CSV.gz, errors with positions, the store.

// Qt headers first: moc (Qt 6.4) cannot parse <compare> unless a Qt header came before.
#include <QtGlobal>

#include "actuals/actualsstore.h"
#include "actuals/importer.h"
#include "strictqtest.h"
#include "testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace greenprint;
using namespace greenprint::actuals;

namespace {

QString example(const QString &name)
{
    return test::sourcePath(QStringLiteral("data/examples/actuals/") + name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Writes `members` as consecutive gzip members (one member when there is one part). */
bool writeGzip(const QString &path, const QList<QByteArray> &members)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QByteArray &part : members) {
        z_stream s{};
        if (deflateInit2(&s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return false;
        QByteArray out(int(deflateBound(&s, uLong(part.size()))), '\0');
        s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(part.data()));
        s.avail_in = uInt(part.size());
        s.next_out = reinterpret_cast<Bytef *>(out.data());
        s.avail_out = uInt(out.size());
        const int status = deflate(&s, Z_FINISH);
        out.truncate(int(s.total_out));
        deflateEnd(&s);
        if (status != Z_STREAM_END || file.write(out) != out.size())
            return false;
    }
    return true;
}

double sumHours(const std::vector<UsageRow> &rows, UsageCategory category)
{
    double total = 0.0;
    for (const UsageRow &r : rows)
        total += r.category == category ? r.usageAmount : 0.0;
    return total;
}

double sumCost(const std::vector<UsageRow> &rows)
{
    double total = 0.0;
    for (const UsageRow &r : rows)
        total += r.costUsd;
    return total;
}

} // namespace

class TestActualImport : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void curLegacyExample();
    void curTwoMatchesLegacy();
    void curGzipAndConcatenatedMembers();
    void curRejectsTruncatedGzip();
    void errorsNameFileLineColumn_data();
    void errorsNameFileLineColumn();
    void carbonExportExample();
    void codeCarbonKeepsLongestRow();
    void nvidiaSmiExample();
    void neuronMonitorExample();
    void cloudWatchExample();
    void cancelStopsTheImport();
    void storeRoundTrip_data();
    void storeRoundTrip();
    void storeRemovesAnImport();
};

void TestActualImport::curLegacyExample()
{
    const ImportResult result = importCur(example(QStringLiteral("cur-legacy.csv")));
    QVERIFY2(result.data, qPrintable(result.errorString));
    const ImportedData &data = *result.data;
    QCOMPARE(data.provenance.kind, SourceKind::Cur);
    QCOMPARE(data.provenance.format, QStringLiteral("CUR legacy"));
    QCOMPARE(data.provenance.recordsRead, 14); // 14 line items, 12 of them usage
    // The two endpoint instances of 1 May share every key: 12 usage line items, 11 rows.
    QCOMPARE(int(data.usage.size()), 11);
    // Pinned from the file by hand: 48 + 48 + 200 + 224 + 30.5 + 40 + 744 + 744 + 100.
    QCOMPARE(sumHours(data.usage, UsageCategory::Compute), 2178.5);
    QCOMPARE(sumHours(data.usage, UsageCategory::Storage), 265.0);
    QCOMPARE(sumHours(data.usage, UsageCategory::Transfer), 50.0);
    // Usage cost only: the tax (98.57) and the credit (-20) are left out.
    QVERIFY(qAbs(sumCost(data.usage) - 2330.967) < 1e-9);

    const auto training = std::find_if(data.usage.begin(), data.usage.end(), [](const UsageRow &r) {
        return r.usageType == u"USE1-Train:ml.p3.8xlarge";
    });
    QVERIFY(training != data.usage.end());
    QCOMPARE(training->instanceType, QStringLiteral("ml.p3.8xlarge"));
    QCOMPARE(training->componentTag,
             QStringLiteral("BERT-large fine-tuning, 3 epochs over 2B tokens (1x p3.8xlarge, 4x "
                            "V100, fp16)"));
    QCOMPARE(training->day, QDate(2024, 5, 14));
    QCOMPARE(training->region, QStringLiteral("us-east-1"));
    QCOMPARE(training->unit, QStringLiteral("Hrs"));
    const auto endpoint = std::find_if(data.usage.begin(), data.usage.end(), [](const UsageRow &r) {
        return r.usageType == u"USE1-Host:ml.g4dn.xlarge";
    });
    QVERIFY(endpoint != data.usage.end());
    QCOMPARE(endpoint->lineItems, 2);
    QCOMPARE(endpoint->usageAmount, 1488.0);
}

void TestActualImport::curTwoMatchesLegacy()
{
    const ImportResult legacy = importCur(example(QStringLiteral("cur-legacy.csv")));
    const ImportResult cur2 = importCur(example(QStringLiteral("cur2.csv")));
    QVERIFY2(legacy.data && cur2.data, qPrintable(legacy.errorString + cur2.errorString));
    QCOMPARE(cur2.data->provenance.format, QStringLiteral("CUR 2.0"));
    QCOMPARE(cur2.data->usage.size(), legacy.data->usage.size());
    for (size_t i = 0; i < legacy.data->usage.size(); ++i)
        QCOMPARE(cur2.data->usage[i], legacy.data->usage[i]);
}

void TestActualImport::curGzipAndConcatenatedMembers()
{
    QTemporaryDir dir;
    const QByteArray csv = readAll(example(QStringLiteral("cur-legacy.csv")));
    const qsizetype split = csv.indexOf('\n', csv.size() / 2) + 1;
    const QString one = dir.filePath(QStringLiteral("one.csv.gz"));
    const QString two = dir.filePath(QStringLiteral("two.csv.gz"));
    QVERIFY(writeGzip(one, {csv}));
    QVERIFY(writeGzip(two, {csv.left(split), csv.mid(split)}));
    const ImportResult plain = importCur(example(QStringLiteral("cur-legacy.csv")));
    for (const QString &path : {one, two}) {
        const ImportResult gz = importCur(path);
        QVERIFY2(gz.data, qPrintable(gz.errorString));
        QCOMPARE(gz.data->provenance.recordsRead, plain.data->provenance.recordsRead);
        QCOMPARE(gz.data->usage, plain.data->usage);
    }
}

void TestActualImport::curRejectsTruncatedGzip()
{
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole.csv.gz"));
    QVERIFY(writeGzip(whole, {readAll(example(QStringLiteral("cur-legacy.csv")))}));
    const QByteArray bytes = readAll(whole);
    const QString cut = dir.filePath(QStringLiteral("cut.csv.gz"));
    QFile file(cut);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.left(bytes.size() - 40));
    file.close();
    const ImportResult result = importCur(cut);
    QVERIFY(!result.data);
    QVERIFY2(result.errorString.contains(QStringLiteral("ends early")),
             qPrintable(result.errorString));
    QVERIFY(result.errorString.startsWith(cut));
}

void TestActualImport::errorsNameFileLineColumn_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // after "<file>:"

    const QByteArray header =
        "lineItem/UsageStartDate,lineItem/UsageAccountId,lineItem/LineItemType,"
        "lineItem/ProductCode,lineItem/UsageType,lineItem/UsageAmount,"
        "lineItem/UnblendedCost\n";
    const int cur = int(SourceKind::Cur);
    QTest::newRow("cur: bad amount")
        << cur
        << header
            + "2024-05-01T00:00:00Z,1,Usage,AmazonEC2,BoxUsage:m5.large,1,0.1\n"
              "2024-05-01T00:00:00Z,1,Usage,AmazonEC2,BoxUsage:m5.large,ten,0.1\n"
        << QStringLiteral("3:58 (column \"lineItem/UsageAmount\"): not a number: \"ten\"");
    QTest::newRow("cur: bad date")
        << cur << header + "May 1st,1,Usage,AmazonEC2,BoxUsage:m5.large,1,0.1\n"
        << QStringLiteral("2:1 (column \"lineItem/UsageStartDate\"): not a date: \"May 1st\"");
    QTest::newRow("cur: too few fields")
        << cur << header + "2024-05-01,1,Usage\n"
        << QStringLiteral("2:14: expected 7 fields as in the header, found 3");
    QTest::newRow("cur: quote not closed")
        << cur << header + "2024-05-01,1,Usage,AmazonEC2,\"BoxUsage:m5.large,1,0.1\n"
        << QStringLiteral("2:30: a quoted field is not closed before the end of the file");
    QTest::newRow("cur: text after a quote")
        << cur << header + "2024-05-01,1,Usage,\"AmazonEC2\"x,BoxUsage:m5.large,1,0.1\n"
        << QStringLiteral("2:31: a closing quote must be followed by a comma or a line break");
    QTest::newRow("cur: not a CUR")
        << cur << QByteArray("a,b\n1,2\n")
        << QStringLiteral("1: not a Cost and Usage Report: no column \"lineItem/UsageStartDate\" "
                          "(legacy CUR) or \"line_item_usage_start_date\" (CUR 2.0)");
    QTest::newRow("cur: empty") << cur << QByteArray()
                                << QStringLiteral(
                                       "1:1: the file is empty (a header line is expected)");
    QTest::newRow("carbon: bad unit")
        << int(SourceKind::CarbonExport)
        << QByteArray("usage_period_start,region_code,product_code,total_lbm_emissions_value,"
                      "total_lbm_emissions_unit\n2024-05-01,us-east-1,AmazonEC2,0.1,kgCO2e\n")
        << QStringLiteral("2:36 (column \"total_lbm_emissions_unit\"): unit \"kgCO2e\" is not "
                          "MTCO2e (metric tons CO2e)");
    QTest::newRow("codecarbon: negative energy")
        << int(SourceKind::CodeCarbon)
        << QByteArray("timestamp,project_name,run_id,duration,emissions,energy_consumed\n"
                      "2024-05-01T10:00:00,p,r,60,0.1,-1\n")
        << QStringLiteral(
               "2:32 (column \"energy_consumed\"): not a number of zero or more: \"-1\"");
    QTest::newRow("nvidia-smi: bad reading")
        << int(SourceKind::NvidiaSmi)
        << QByteArray("timestamp, power.draw [W]\n2024/05/01 10:00:00.000, lots W\n")
        << QStringLiteral("2:26 (column \"power.draw [W]\"): not a valid reading: \"lots W\"");
    QTest::newRow("cloudwatch: above 100")
        << int(SourceKind::CloudWatch)
        << QByteArray("Timestamp,InstanceId,MetricName,Average\n"
                      "2024-05-01T00:00:00Z,i-1,CPUUtilization,180\n")
        << QStringLiteral("2:41 (column \"Average\"): not a percentage from 0 to 100: \"180\" "
                          "(SageMaker endpoint metrics add up every core or GPU: divide by their "
                          "number first)");
    QTest::newRow("neuron-monitor: not JSON")
        << int(SourceKind::NeuronMonitor)
        << QByteArray("{\"neuron_runtime_data\":[]}\n{\"neuron_runtime_data\": [}\n")
        << QStringLiteral("2:");
}

void TestActualImport::errorsNameFileLineColumn()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const ImportResult result = importFile(SourceKind(kind), path);
    QVERIFY(!result.data);
    QVERIFY(!result.cancelled);
    const QString prefix = path + u':';
    QVERIFY2(result.errorString.startsWith(prefix + expected), qPrintable(result.errorString));
}

void TestActualImport::carbonExportExample()
{
    const ImportResult result =
        importCarbonExport(example(QStringLiteral("ccft-carbon-export.csv")));
    QVERIFY2(result.data, qPrintable(result.errorString));
    const std::vector<CarbonRow> &rows = result.data->carbon;
    QCOMPARE(int(rows.size()), 4);
    double location = 0.0;
    for (const CarbonRow &r : rows) {
        location += r.locationMtco2e;
        QCOMPARE(r.periodStart, QDate(2024, 5, 1));
        QCOMPARE(r.periodEnd, QDate(2024, 6, 1));
        QCOMPARE(r.modelVersion, QStringLiteral("v2.0.0"));
        QCOMPARE(r.marketMtco2e, std::optional<double>(0.0));
    }
    QVERIFY(qAbs(location - (0.035 + 0.231 + 0.001 + 0.004)) < 1e-12);
}

void TestActualImport::codeCarbonKeepsLongestRow()
{
    const ImportResult result =
        importCodeCarbon(example(QStringLiteral("codecarbon-emissions.csv")));
    QVERIFY2(result.data, qPrintable(result.errorString));
    QCOMPARE(int(result.data->measurements.size()), 1);
    const Measurement &m = result.data->measurements.front();
    QCOMPARE(m.hours, 30.5); // 109800 s, the later of the run's two rows
    QVERIFY(qAbs(*m.energyKWh - (3.30 + 35.69 + 0.73)) < 1e-9);
    QVERIFY(qAbs(*m.averagePowerW - 39.72 * 1000.0 / 30.5) < 1e-9);
    QCOMPARE(m.region, QStringLiteral("us-east-1"));
    QCOMPARE(m.end, QDateTime(QDate(2024, 5, 15), QTime(11, 15, 3), Qt::UTC));
    QCOMPARE(m.start, m.end.addSecs(-109800));
    QVERIFY(m.componentTag.startsWith(QStringLiteral("BERT-large fine-tuning")));
}

void TestActualImport::nvidiaSmiExample()
{
    const ImportResult result = importNvidiaSmi(example(QStringLiteral("nvidia-smi.csv")));
    QVERIFY2(result.data, qPrintable(result.errorString));
    QCOMPARE(int(result.data->measurements.size()), 1);
    const Measurement &m = result.data->measurements.front();
    QCOMPARE(m.resource, QStringLiteral("gpu 0"));
    QCOMPARE(m.samples, 12);
    // Twelve samples 5.001 s apart, each standing for one period.
    QVERIFY(qAbs(m.hours - 12 * 5.001 / 3600.0) < 1e-12);
    const double power = (148.51 + 201.37 + 198.02 + 203.44 + 187.90 + 55.12 + 199.83 + 202.61
                          + 196.75 + 200.02 + 204.18 + 57.40)
        / 12.0;
    QVERIFY(qAbs(*m.averagePowerW - power) < 1e-9);
    const double utilization = (71 + 96 + 95 + 97 + 90 + 12 + 96 + 97 + 94 + 96 + 98 + 14) / 1200.0;
    QVERIFY(qAbs(*m.averageUtilization - utilization) < 1e-12);
}

void TestActualImport::neuronMonitorExample()
{
    const ImportResult result =
        importNeuronMonitor(example(QStringLiteral("neuron-monitor.jsonl")));
    QVERIFY2(result.data, qPrintable(result.errorString));
    QCOMPARE(int(result.data->measurements.size()), 1);
    const Measurement &m = result.data->measurements.front();
    QCOMPARE(m.instanceType, QStringLiteral("inf2.xlarge"));
    QCOMPARE(m.region, QStringLiteral("us-east-1"));
    QCOMPARE(m.samples, 3);
    QVERIFY(qAbs(m.hours - 3 * 5.000219 / 3600.0) < 1e-12);
    // Two cores; the third report is idle: busy core-seconds over all core-seconds.
    QVERIFY(qAbs(*m.averageUtilization - (0.625 + 0.581 + 0.702 + 0.669) / 6.0) < 1e-12);
}

void TestActualImport::cloudWatchExample()
{
    const ImportResult result = importCloudWatch(example(QStringLiteral("cloudwatch-gpu.csv")));
    QVERIFY2(result.data, qPrintable(result.errorString));
    QCOMPARE(int(result.data->measurements.size()), 1);
    const Measurement &m = result.data->measurements.front();
    QCOMPARE(m.instanceType, QStringLiteral("ml.g4dn.xlarge"));
    QCOMPARE(m.hours, 12.0); // twelve hourly datapoints
    const double mean =
        (12.4 + 9.8 + 8.1 + 7.7 + 9.0 + 14.6 + 22.3 + 31.8 + 35.2 + 33.9 + 30.4 + 28.7) / 12.0
        / 100.0;
    QVERIFY(qAbs(*m.averageUtilization - mean) < 1e-12);
}

void TestActualImport::cancelStopsTheImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("lineItem/UsageStartDate,lineItem/UsageAccountId,lineItem/LineItemType,"
               "lineItem/ProductCode,lineItem/UsageType,lineItem/UsageAmount,"
               "lineItem/UnblendedCost\n");
    for (int i = 0; i < 20000; ++i)
        file.write("2024-05-01T00:00:00Z,1,Usage,AmazonEC2,BoxUsage:m5.large,1,0.096\n");
    file.close();
    int calls = 0;
    const ImportResult result = importCur(path, [&calls](qint64 done, qint64 total) {
        ++calls;
        return done < total / 4;
    });
    QVERIFY(result.cancelled);
    QVERIFY(!result.data);
    QVERIFY(calls >= 1);
}

void TestActualImport::storeRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("cur legacy") << int(SourceKind::Cur) << QStringLiteral("cur-legacy.csv");
    QTest::newRow("cur 2.0") << int(SourceKind::Cur) << QStringLiteral("cur2.csv");
    QTest::newRow("carbon export")
        << int(SourceKind::CarbonExport) << QStringLiteral("ccft-carbon-export.csv");
    QTest::newRow("codecarbon") << int(SourceKind::CodeCarbon)
                                << QStringLiteral("codecarbon-emissions.csv");
    QTest::newRow("nvidia-smi") << int(SourceKind::NvidiaSmi) << QStringLiteral("nvidia-smi.csv");
    QTest::newRow("neuron-monitor")
        << int(SourceKind::NeuronMonitor) << QStringLiteral("neuron-monitor.jsonl");
    QTest::newRow("cloudwatch") << int(SourceKind::CloudWatch)
                                << QStringLiteral("cloudwatch-gpu.csv");
}

void TestActualImport::storeRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    QTemporaryDir dir;
    ImportResult result = importFile(SourceKind(kind), example(file));
    QVERIFY2(result.data, qPrintable(result.errorString));
    ImportedData &imported = *result.data;
    QVERIFY(!imported.usage.empty() || !imported.carbon.empty() || !imported.measurements.empty());
    {
        ActualsStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("user.sqlite"))),
                 qPrintable(store.errorString()));
        QVERIFY2(store.save(imported), qPrintable(store.errorString()));
        QVERIFY(imported.provenance.id > 0);
    }
    ActualsStore reopened;
    QVERIFY(reopened.open(dir.filePath(QStringLiteral("user.sqlite"))));
    const std::optional<ImportedData> loaded = reopened.load(imported.provenance.id);
    QVERIFY2(loaded, qPrintable(reopened.errorString()));
    // Times are stored to the millisecond, which is all the importers keep.
    QCOMPARE(loaded->provenance, imported.provenance);
    QCOMPARE(loaded->usage, imported.usage);
    QCOMPARE(loaded->carbon, imported.carbon);
    QCOMPARE(loaded->measurements, imported.measurements);
    QCOMPARE(int(reopened.imports().size()), 1);
}

void TestActualImport::storeRemovesAnImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    ActualsStore store;
    QVERIFY(store.open(path));
    ImportResult first = importCur(example(QStringLiteral("cur-legacy.csv")));
    ImportResult second = importCodeCarbon(example(QStringLiteral("codecarbon-emissions.csv")));
    QVERIFY(store.save(*first.data));
    QVERIFY(store.save(*second.data));
    QCOMPARE(int(store.imports().size()), 2);
    QVERIFY(store.remove(first.data->provenance.id));
    QVERIFY(!store.remove(first.data->provenance.id));
    QVERIFY(!store.load(first.data->provenance.id));
    QCOMPARE(int(store.imports().size()), 1);
    QVERIFY(store.load(second.data->provenance.id));
}

QTEST_GUILESS_MAIN(TestActualImport)
#include "tst_actualimport.moc"
