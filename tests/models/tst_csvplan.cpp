// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV plan: parsed back, totals match the estimate, formula injection neutralised.
#include "referencedb.h"
#include "referencefixture.h"
#include "strictqtest.h"
#include "testpaths.h"
#include "tolerance.h"

#include "domain/names.h"
#include "engine/estimator.h"
#include "engine/functionalunits.h"
#include "io/csvreader.h"
#include "io/estimateformats.h"
#include "io/projectreader.h"

#include <QDir>
#include <QTest>

#include <map>

using namespace greenprint;

namespace {

struct CsvTotals
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

QString cell(const CsvReader &csv, const QStringList &row, const char *column)
{
    const int at = csv.columnIndex(QString::fromLatin1(column));
    if (at < 0)
        qFatal("missing column %s", column);
    return row.at(at);
}

/** Sums of the parsed CSV's rows of `level` per scenario (and stage when `byStage`). */
std::map<QString, CsvTotals>
sumByScenario(const CsvReader &csv, const QString &level = u"component"_qs, bool byStage = false)
{
    std::map<QString, CsvTotals> totals;
    for (const QStringList &row : csv.rows()) {
        if (cell(csv, row, "level") != level)
            continue;
        QString key = cell(csv, row, "scenario");
        if (byStage)
            key += u'/' + cell(csv, row, "stage");
        CsvTotals &t = totals[key];
        t.energyKWh += number(csv, row, "energy_kwh");
        t.co2eKg += number(csv, row, "co2e_kg");
        t.operationalKg += number(csv, row, "operational_co2e_kg");
        t.embodiedKg += number(csv, row, "embodied_co2e_kg");
        t.marketKg += number(csv, row, "market_co2e_kg");
        t.lowKg += number(csv, row, "co2e_low_kg");
        t.highKg += number(csv, row, "co2e_high_kg");
        // A missing price is an empty field with status cost_unknown, never a 0.
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

Component compute(const QString &name)
{
    ComputeSpec spec;
    spec.instance = QStringLiteral("test.gpu");
    spec.hours = 10;
    return Component{name, spec, {}};
}

} // namespace

class TestCsvPlan : public test::StrictTestCase
{
    Q_OBJECT

private:
    static void compareTotals(const CsvTotals &csv, const Footprint &f, int components)
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
        // A spreadsheet import takes the first line as the header: no comment before it.
        QVERIFY(text.startsWith(QStringLiteral("scenario,level,stage,component,")));
        QVERIFY(text.contains(baseline.dataVersion));
        CsvReader csv;
        QVERIFY2(csv.parse(text.toUtf8()), qPrintable(csv.errorString()));
        for (const char *column : {"scenario",
                                   "level",
                                   "stage",
                                   "component",
                                   "type",
                                   "instance",
                                   "region",
                                   "count",
                                   "hours",
                                   "energy_kwh",
                                   "operational_co2e_kg",
                                   "embodied_co2e_kg",
                                   "co2e_kg",
                                   "market_co2e_kg",
                                   "co2e_low_kg",
                                   "co2e_high_kg",
                                   "cost_usd",
                                   "functional_unit",
                                   "units",
                                   "co2e_kg_per_unit",
                                   "energy_kwh_per_unit",
                                   "status"}) {
            QVERIFY2(csv.columnIndex(QString::fromLatin1(column)) >= 0, column);
        }
        const int components = project->componentCount();
        // Per scenario: the components, a total per stage and one for the plan.
        QCOMPARE(int(csv.rows().size()), 2 * (components + kStageCount + 1));
        const std::map<QString, CsvTotals> totals = sumByScenario(csv);
        QCOMPARE(int(totals.size()), 2);
        QCOMPARE(totals.at(QStringLiteral("baseline")).rows, components);
        compareTotals(totals.at(QStringLiteral("baseline")), baseline.total, components);
        compareTotals(totals.at(QStringLiteral("Stockholm, all stages")), other.total, components);

        // The plan row is the total; each stage row its stage's sum.
        const std::map<QString, CsvTotals> plan = sumByScenario(csv, u"plan"_qs);
        QCOMPARE(plan.at(QStringLiteral("baseline")).rows, 1);
        compareTotals(plan.at(QStringLiteral("baseline")), baseline.total, 1);
        const std::map<QString, CsvTotals> stages = sumByScenario(csv, u"stage"_qs, true);
        for (const StageEstimate &s : baseline.stages)
            compareTotals(stages.at(u"baseline/"_qs + stageKey(s.kind)), s.footprint, 1);

        // Row by row: the component names survive quoting unchanged, and every
        // example row is estimated (status ok) or lacks only a price.
        int row = 0;
        for (const StageEstimate &s : baseline.stages) {
            for (const ComponentEstimate &c : s.components) {
                const QStringList &fields = csv.rows().at(row++);
                QCOMPARE(cell(csv, fields, "level"), u"component"_qs);
                QCOMPARE(cell(csv, fields, "component"), c.name);
                QCOMPARE(cell(csv, fields, "status"),
                         c.footprint.costKnown ? u"ok"_qs : u"cost_unknown"_qs);
            }
            const QStringList &stageRow = csv.rows().at(row++);
            QCOMPARE(cell(csv, stageRow, "level"), u"stage"_qs);
            QCOMPARE(cell(csv, stageRow, "functional_unit"),
                     functionalUnitText(s.perUnit.functionalUnit));
        }
    }

    void invalidRowsCarryNoNumbers()
    {
        // An unknown instance: the component, its stage and the plan are not estimated
        // and their figures empty; the other stages stay ok.
        Project project;
        project.region = QStringLiteral("r-a");
        Component unknown = compute(QStringLiteral("Unknown instance"));
        std::get<ComputeSpec>(unknown.spec).instance = QStringLiteral("p9.imaginary");
        project.stages[2].components.push_back(unknown);
        project.stages[0].components.push_back(compute(QStringLiteral("Prepare")));
        const Estimate estimate = estimateProject(project, test::makeReferenceFixture());
        CsvReader csv;
        QVERIFY(csv.parse(estimatesToCsv({{QStringLiteral("baseline"), estimate}}).toUtf8()));
        QStringList statuses;
        for (const QStringList &row : csv.rows()) {
            statuses << cell(csv, row, "level") + u':' + cell(csv, row, "stage") + u'='
                    + cell(csv, row, "status");
            if (cell(csv, row, "status") == u"not_estimated") {
                QCOMPARE(cell(csv, row, "co2e_kg"), QString());
                QCOMPARE(cell(csv, row, "energy_kwh"), QString());
                QCOMPARE(cell(csv, row, "co2e_kg_per_unit"), QString());
            } else {
                QVERIFY(!cell(csv, row, "co2e_kg").isEmpty());
            }
        }
        QCOMPARE(statuses,
                 (QStringList{u"component:data-processing=ok"_qs, u"stage:data-processing=ok"_qs,
                              u"stage:model-building=ok"_qs, u"component:training=not_estimated"_qs,
                              u"stage:training=not_estimated"_qs, u"stage:inference=ok"_qs,
                              u"plan:=not_estimated"_qs}));
    }

    void recurringJobStatesItsRuns()
    {
        // A weekly job for 12 months runs 12 x 730 h / 168 h = 52.142857 times; its `hours`
        // are all the runs' (10 h each). A one-off job runs once; storage and the totals have
        // no runs.
        Project project;
        project.region = QStringLiteral("r-a");
        Component weekly = compute(QStringLiteral("Weekly ETL"));
        std::get<ComputeSpec>(weekly.spec).recurrence = Recurrence{RecurrencePeriod::Week, 12.0};
        project.stages[0].components.push_back(weekly);
        project.stages[2].components.push_back(compute(QStringLiteral("Fine-tune")));
        StorageSpec bucket;
        bucket.sizeGB = 100.0;
        bucket.months = 1.0;
        project.stages[0].components.push_back(Component{QStringLiteral("Bucket"), bucket, {}});
        const Estimate estimate = estimateProject(project, test::makeReferenceFixture());
        CsvReader csv;
        QVERIFY(csv.parse(estimatesToCsv({{QStringLiteral("baseline"), estimate}}).toUtf8()));
        QVERIFY(csv.columnIndex(QStringLiteral("runs"))
                == csv.columnIndex(QStringLiteral("hours")) + 1);
        std::map<QString, QString> runs;
        for (const QStringList &row : csv.rows())
            runs[cell(csv, row, "level") + u':' + cell(csv, row, "stage") + u':'
                 + cell(csv, row, "component")] = cell(csv, row, "runs");
        QCOMPARE(runs[u"component:data-processing:Weekly ETL"_qs], u"52.143"_qs);
        QCOMPARE(runs[u"component:training:Fine-tune"_qs], u"1.000"_qs);
        QCOMPARE(runs[u"component:data-processing:Bucket"_qs], QString());
        QCOMPARE(runs[u"stage:data-processing:"_qs], QString());
        QCOMPARE(runs[u"plan::"_qs], QString());
        for (const QStringList &row : csv.rows()) {
            if (cell(csv, row, "component") == u"Weekly ETL")
                GP_COMPARE_NEAR(number(csv, row, "hours"), 10.0 * 12.0 * 730.0 / 168.0, 1e-3, 0.0);
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
        project.stages[0].components.push_back(compute(name));
        const Estimate estimate = estimateProject(project, test::makeReferenceFixture());
        const QString text = estimatesToCsv({{name, estimate}});
        CsvReader csv;
        QVERIFY2(csv.parse(text.toUtf8()), qPrintable(csv.errorString()));
        QCOMPARE(int(csv.rows().size()), 1 + kStageCount + 1);
        const QStringList &row = csv.rows().front();
        // Both the scenario name and the component name are text a spreadsheet would run.
        for (const char *column : {"scenario", "component"}) {
            const QString field = row.at(csv.columnIndex(QString::fromLatin1(column)));
            QVERIFY2(field.startsWith(u'\''), qPrintable(field));
            QCOMPARE(field.mid(1),
                     QString(name).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        }
        // Numbers are never altered, even negative ones.
        QVERIFY(!row.at(csv.columnIndex(QStringLiteral("co2e_kg"))).startsWith(u'\''));
    }

    void plainNamesAreUnchanged()
    {
        Project project;
        project.region = QStringLiteral("r-a");
        project.stages[0].components.push_back(compute(QStringLiteral("Train, \"big\" model")));
        const Estimate estimate = estimateProject(project, test::makeReferenceFixture());
        CsvReader csv;
        QVERIFY(csv.parse(estimatesToCsv({{QStringLiteral("baseline"), estimate}}).toUtf8()));
        QCOMPARE(csv.rows().front().at(csv.columnIndex(QStringLiteral("component"))),
                 QStringLiteral("Train, \"big\" model"));
    }
};

QTEST_GUILESS_MAIN(TestCsvPlan)
#include "tst_csvplan.moc"
