// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV plan (issue 6): parsed back, totals match the estimate, formula injection neutralised.
#include "referencedb.h"
#include "referencefixture.h"
#include "testpaths.h"
#include "tolerance.h"

#include "engine/estimator.h"
#include "io/csvreader.h"
#include "io/estimateformats.h"
#include "io/projectreader.h"

#include <QDir>
#include <QTest>

#include <map>

using namespace greenprint;

namespace {

struct Totals
{
    double energyKWh = 0.0;
    double co2eKg = 0.0;
    double operationalKg = 0.0;
    double embodiedKg = 0.0;
    double marketKg = 0.0;
    double lowKg = 0.0;
    double highKg = 0.0;
    double costUsd = 0.0;
    bool costUnknown = false; ///< some row's status is cost_unknown (its cost field empty)
    int rows = 0;
};

double number(const CsvReader &csv, const QStringList &row, const char *column)
{
    const int at = csv.columnIndex(QString::fromLatin1(column));
    if (at < 0)
        qFatal("missing column %s", column);
    bool ok = false;
    const double v = row.at(at).toDouble(&ok);
    if (!ok)
        qFatal("not a number in %s: %s", column, qPrintable(row.at(at)));
    return v;
}

/** Sums of the parsed CSV per scenario. */
std::map<QString, Totals> sumByScenario(const CsvReader &csv)
{
    std::map<QString, Totals> totals;
    const int scenario = csv.columnIndex(QStringLiteral("scenario"));
    for (const QStringList &row : csv.rows()) {
        Totals &t = totals[row.at(scenario)];
        t.energyKWh += number(csv, row, "energy_kwh");
        t.co2eKg += number(csv, row, "co2e_kg");
        t.operationalKg += number(csv, row, "operational_co2e_kg");
        t.embodiedKg += number(csv, row, "embodied_co2e_kg");
        t.marketKg += number(csv, row, "market_co2e_kg");
        t.lowKg += number(csv, row, "co2e_low_kg");
        t.highKg += number(csv, row, "co2e_high_kg");
        // Issue 17: a missing price is an empty field with status cost_unknown, never a 0.
        const QString status = row.at(csv.columnIndex(QStringLiteral("status")));
        if (status == u"ok") {
            t.costUsd += number(csv, row, "cost_usd");
        } else if (status == u"cost_unknown") {
            if (!row.at(csv.columnIndex(QStringLiteral("cost_usd"))).isEmpty())
                qFatal("cost_unknown row with a cost");
            t.costUnknown = true;
        } else {
            qFatal("unexpected status %s", qPrintable(status));
        }
        ++t.rows;
    }
    return totals;
}

/** The CSV as a spreadsheet gets it: text without the comment line. */
QByteArray withoutComment(const QString &csv)
{
    QByteArray bytes = csv.toUtf8();
    if (bytes.startsWith('#'))
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    return bytes;
}

Component compute(const QString &name)
{
    ComputeSpec spec;
    spec.instance = QStringLiteral("test.gpu");
    spec.hours = 10;
    return Component{name, spec, {}};
}

} // namespace

class TestCsvPlan : public QObject
{
    Q_OBJECT

private:
    static void compareTotals(const Totals &csv, const Footprint &f, int components)
    {
        // Six decimals per row; 1e-6 relative on the total plus the rounding of each row.
        const double rowRounding = 5e-7 * components;
        GP_COMPARE_NEAR(csv.energyKWh, f.energy.kWh, 1e-6, rowRounding);
        GP_COMPARE_NEAR(csv.co2eKg, f.co2e.kg, 1e-6, rowRounding);
        GP_COMPARE_NEAR(csv.operationalKg, f.operationalCo2e.kg, 1e-6, rowRounding);
        GP_COMPARE_NEAR(csv.embodiedKg, f.embodiedCo2e.kg, 1e-6, rowRounding);
        GP_COMPARE_NEAR(csv.marketKg, f.marketCo2e.kg, 1e-6, rowRounding);
        GP_COMPARE_NEAR(csv.lowKg, f.low.co2e.kg, 1e-6, rowRounding);
        GP_COMPARE_NEAR(csv.highKg, f.high.co2e.kg, 1e-6, rowRounding);
        // Cost is written in cents: half a cent of rounding per row.
        QCOMPARE(csv.costUnknown, !f.costKnown);
        if (f.costKnown)
            GP_COMPARE_NEAR(csv.costUsd, f.cost.usd, 1e-6, 0.005 * components);
    }

private slots:
    void examplesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(test::sourcePath(QStringLiteral("data/examples")))
                                      .entryList({QStringLiteral("*.greenprint")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void examplesRoundTrip()
    {
        QFETCH(QString, file);
        ProjectReader reader;
        std::optional<Project> project =
            reader.readFile(test::sourcePath(QStringLiteral("data/examples/") + file));
        QVERIFY2(project, qPrintable(reader.errorString()));
        const Estimate baseline = estimateProject(*project, test::builtReferenceData());
        // A second "scenario": the same project in another region.
        Project copy = *project;
        copy.region = QStringLiteral("eu-north-1");
        for (Stage &s : copy.stages)
            s.region.clear();
        const Estimate other = estimateProject(copy, test::builtReferenceData());

        const QString text = estimatesToCsv({{QStringLiteral("baseline"), baseline},
                                             {QStringLiteral("Stockholm, all stages"), other}});
        QVERIFY(text.startsWith(QStringLiteral("# Greenprint ")));
        QVERIFY(text.contains(baseline.dataVersion));
        CsvReader csv;
        QVERIFY2(csv.parse(withoutComment(text)), qPrintable(csv.errorString()));
        for (const char *column :
             {"scenario", "stage", "component", "type", "instance", "region", "count", "hours",
              "energy_kwh", "operational_co2e_kg", "embodied_co2e_kg", "co2e_kg", "market_co2e_kg",
              "co2e_low_kg", "co2e_high_kg", "cost_usd", "status"}) {
            QVERIFY2(csv.columnIndex(QString::fromLatin1(column)) >= 0, column);
        }
        const int components = project->componentCount();
        QCOMPARE(int(csv.rows().size()), 2 * components);
        const std::map<QString, Totals> totals = sumByScenario(csv);
        QCOMPARE(int(totals.size()), 2);
        QCOMPARE(totals.at(QStringLiteral("baseline")).rows, components);
        compareTotals(totals.at(QStringLiteral("baseline")), baseline.total, components);
        compareTotals(totals.at(QStringLiteral("Stockholm, all stages")), other.total, components);

        // Row by row: the component names survive quoting unchanged.
        const int name = csv.columnIndex(QStringLiteral("component"));
        int row = 0;
        for (const StageEstimate &s : baseline.stages) {
            for (const ComponentEstimate &c : s.components)
                QCOMPARE(csv.rows().at(row++).at(name), c.name);
        }
    }

    void injectionIsNeutralised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
        QTest::newRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)");
        QTest::newRow("tab") << QStringLiteral("\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1");
    }

    void injectionIsNeutralised()
    {
        QFETCH(QString, name);
        Project project;
        project.region = QStringLiteral("r-a");
        project.stages[2].components.push_back(compute(name));
        const Estimate estimate = estimateProject(project, test::makeReferenceFixture());
        const QString text = estimatesToCsv({{name, estimate}});
        CsvReader csv;
        QVERIFY2(csv.parse(withoutComment(text)), qPrintable(csv.errorString()));
        QCOMPARE(int(csv.rows().size()), 1);
        const QStringList &row = csv.rows().front();
        // Both the scenario name and the component name are text a spreadsheet would run.
        for (const char *column : {"scenario", "component"}) {
            const QString cell = row.at(csv.columnIndex(QString::fromLatin1(column)));
            QVERIFY2(cell.startsWith(u'\''), qPrintable(cell));
            QCOMPARE(cell.mid(1),
                     QString(name).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        }
        // Numbers are never altered, even negative ones.
        QVERIFY(!row.at(csv.columnIndex(QStringLiteral("co2e_kg"))).startsWith(u'\''));
    }

    void plainNamesAreUnchanged()
    {
        Project project;
        project.region = QStringLiteral("r-a");
        project.stages[2].components.push_back(compute(QStringLiteral("Train, \"big\" model")));
        const Estimate estimate = estimateProject(project, test::makeReferenceFixture());
        CsvReader csv;
        QVERIFY(
            csv.parse(withoutComment(estimatesToCsv({{QStringLiteral("baseline"), estimate}}))));
        QCOMPARE(csv.rows().front().at(csv.columnIndex(QStringLiteral("component"))),
                 QStringLiteral("Train, \"big\" model"));
    }
};

QTEST_GUILESS_MAIN(TestCsvPlan)
#include "tst_csvplan.moc"
