// SPDX-License-Identifier: GPL-3.0-or-later
// The ccf profile against Cloud Carbon Footprint's own code: every row of
// tests/golden/ccf/ccf-golden.csv (written by CCF's npm packages through
// tests/golden/ccf/generate.sh) must be reproduced within 0.1 %, without Node.

#include "domain/names.h"
#include "engine/estimator.h"
#include "goldencsv.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QHash>
#include <QTest>

using namespace greenprint;

namespace {

constexpr double kTolerance = 0.001; // 0.1 %: agreement with CCF's own code to a tenth of a percent

struct GoldenRow
{
    QString kind;
    QString region;
    QString usageType;
    QString item;
    double amount = 0.0;
    double kWh = 0.0;
    double co2eKg = 0.0;
    double embodiedKg = 0.0;
    int line = 0;
};

std::vector<GoldenRow> readGolden()
{
    std::vector<GoldenRow> rows;
    for (const test::GoldenLine &g :
         test::readGoldenCsv(QStringLiteral("tests/golden/ccf/ccf-golden.csv"))) {
        rows.push_back({g.text("kind"), g.text("region"), g.text("usage_type"), g.text("item"),
                        g.number("amount"), g.number("kwh"), g.number("kgco2e"),
                        g.number("embodied_kgco2e"), g.line});
    }
    return rows;
}

Component componentFor(const GoldenRow &row)
{
    Component c;
    c.name = row.item;
    if (row.kind == u"storage") {
        const std::optional<StorageClass> cls = storageClassFromKey(row.item);
        if (!cls)
            qFatal("golden storage class %s unknown to Greenprint", qPrintable(row.item));
        c.spec = StorageSpec{*cls, row.amount / kHoursPerMonth, 1.0};
    } else if (row.kind == u"networking") {
        c.spec = TransferSpec{row.amount, row.region};
    } else {
        ComputeSpec s;
        s.instance = row.item;
        s.hours = row.amount;
        s.utilization = 0.9; // CCF fixes its own: the component's must not matter
        c.spec = s;
    }
    return c;
}

bool near(double actual, double expected)
{
    return test::nearlyEqual(actual, expected, kTolerance, 1e-9);
}

} // namespace

class TestCcfGolden : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void goldenTableCoversCcfsWholeList();
    void everyRowWithinATenthOfAPercent();
};

void TestCcfGolden::goldenTableCoversCcfsWholeList()
{
    const std::vector<GoldenRow> rows = readGolden();
    const MethodData &m = test::builtReferenceData().method;
    QHash<QString, int> ec2PerRegion;
    for (const GoldenRow &r : rows) {
        if (r.kind == u"ec2")
            ++ec2PerRegion[r.region];
    }
    // Every region CCF has a factor for (bar "Unknown") x every type it lists.
    int regions = 0;
    for (const PeerConstant &c : m.ccfConstants) {
        if (c.key.startsWith(u"emissions_factor.") && c.key != u"emissions_factor.Unknown") {
            ++regions;
            QCOMPARE(ec2PerRegion.value(c.key.section(u'.', 1)),
                     static_cast<int>(m.ccfInstanceTypes.size()));
        }
    }
    QCOMPARE(ec2PerRegion.size(), regions);
    QVERIFY(m.ccfInstanceTypes.size() >= 500);
    QVERIFY(regions >= 27);
}

void TestCcfGolden::everyRowWithinATenthOfAPercent()
{
    const std::vector<GoldenRow> rows = readGolden();
    QHash<QString, std::vector<const GoldenRow *>> byRegion;
    for (const GoldenRow &r : rows)
        byRegion[r.region].push_back(&r);

    QStringList failures;
    int compared = 0;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        Project p;
        p.name = QStringLiteral("golden ") + it.key();
        p.region = it.key();
        p.settings.methodology = Methodology::CloudCarbonFootprint;
        p.settings.includeEmbodied = true;
        p.settings.serverLifetimeYears = 6.0; // CCF fixes its own: must not matter
        for (const GoldenRow *r : it.value())
            p.stage(StageKind::Training).components.push_back(componentFor(*r));
        const Estimate e = estimateProject(p, test::builtReferenceData());
        for (const Issue &issue : e.issues) {
            if (issue.severity == Issue::Severity::Error)
                failures << QStringLiteral("%1: %2: %3").arg(it.key(), issue.path, issue.message);
        }
        const auto &components = e.stages[static_cast<int>(StageKind::Training)].components;
        QCOMPARE(components.size(), it.value().size());
        for (std::size_t i = 0; i < components.size(); ++i) {
            const GoldenRow &r = *it.value()[i];
            const Footprint &f = components[i].footprint;
            ++compared;
            if (!near(f.energy.kWh, r.kWh) || !near(f.co2e.kg, r.co2eKg)
                || !near(f.embodiedCo2e.kg, r.embodiedKg)) {
                failures << QStringLiteral("line %1 %2 %3 %4: %5 kWh %6 kg (embodied %7), CCF %8 "
                                           "kWh %9 kg (embodied %10)")
                                .arg(r.line)
                                .arg(r.kind, r.region, r.item)
                                .arg(f.energy.kWh, 0, 'g', 8)
                                .arg(f.co2e.kg, 0, 'g', 8)
                                .arg(f.embodiedCo2e.kg, 0, 'g', 8)
                                .arg(r.kWh, 0, 'g', 8)
                                .arg(r.co2eKg, 0, 'g', 8)
                                .arg(r.embodiedKg, 0, 'g', 8);
            }
        }
    }
    QCOMPARE(compared, static_cast<int>(rows.size()));
    QVERIFY2(
        failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 of %2 rows differ from CCF:\n").arg(failures.size()).arg(compared)
            + failures.mid(0, 25).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCcfGolden)
#include "tst_ccfgolden.moc"
