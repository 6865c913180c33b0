// SPDX-License-Identifier: GPL-3.0-or-later
// The green-algorithms profile against the tool's own computation: every row of
// tests/golden/green-algorithms/ga-golden.csv (written by running the COMPUTATIONS
// block of green-algorithms-tool, see generate.py there) within 0.1 %.

#include "engine/estimator.h"
#include "goldencsv.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace greenprint;

namespace {

struct GoldenRow
{
    QString region;
    InstanceSpec instance;
    double hours = 0.0;
    double usage = 0.0;
    double kWh = 0.0;
    double co2eKg = 0.0;
    int line = 0;
};

std::vector<GoldenRow> readGolden()
{
    std::vector<GoldenRow> rows;
    for (const test::GoldenLine &g :
         test::readGoldenCsv(QStringLiteral("tests/golden/green-algorithms/ga-golden.csv"))) {
        GoldenRow r;
        r.region = g.text("region");
        // The instance as the golden row states it, so the table stays valid whatever the
        // catalog says about the type later.
        r.instance.id = g.text("instance");
        r.instance.vcpus = g.text("vcpus").toInt();
        r.instance.memoryGiB = g.number("memory_gib");
        r.instance.processor = g.text("processor");
        r.instance.accelerator = g.text("accelerator");
        r.instance.acceleratorCount = g.text("gpu_count").toInt();
        r.instance.origin = DataOrigin::Reference;
        r.hours = g.number("hours");
        r.usage = g.number("usage");
        r.kWh = g.number("kwh");
        r.co2eKg = g.number("kgco2e");
        r.line = g.line;
        rows.push_back(r);
    }
    return rows;
}

} // namespace

class TestGreenAlgorithmsGolden : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void everyRowWithinATenthOfAPercent();
};

void TestGreenAlgorithmsGolden::everyRowWithinATenthOfAPercent()
{
    const std::vector<GoldenRow> rows = readGolden();
    QVERIFY(rows.size() >= 2000);
    ReferenceData reference = test::builtReferenceData();
    QHash<QString, std::vector<const GoldenRow *>> byRegion;
    reference.instances.clear();
    QSet<QString> seen;
    for (const GoldenRow &r : rows) {
        byRegion[r.region].push_back(&r);
        if (!seen.contains(r.instance.id)) {
            seen.insert(r.instance.id);
            reference.instances.push_back(r.instance);
        }
    }
    reference.reindex();

    QStringList failures;
    int compared = 0;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        Project p;
        p.region = it.key();
        p.settings.methodology = Methodology::GreenAlgorithms;
        for (const GoldenRow *r : it.value()) {
            Component c;
            c.name = r->instance.id;
            c.spec = ComputeSpec{
                r->instance.id, 1,           r->hours, r->usage, std::nullopt, Pricing::OnDemand,
                std::nullopt,   std::nullopt};
            p.stage(StageKind::Training).components.push_back(c);
        }
        const Estimate e = estimateProject(p, reference);
        const auto &components = e.stages[static_cast<int>(StageKind::Training)].components;
        QCOMPARE(components.size(), it.value().size());
        for (std::size_t i = 0; i < components.size(); ++i) {
            const GoldenRow &r = *it.value()[i];
            const Footprint &f = components[i].footprint;
            ++compared;
            if (!test::nearlyEqual(f.energy.kWh, r.kWh, 0.001, 1e-9)
                || !test::nearlyEqual(f.co2e.kg, r.co2eKg, 0.001, 1e-9)) {
                failures << QStringLiteral("line %1 %2 %3: %4 kWh %5 kg, Green Algorithms %6 kWh "
                                           "%7 kg")
                                .arg(r.line)
                                .arg(r.region, r.instance.id)
                                .arg(f.energy.kWh, 0, 'g', 8)
                                .arg(f.co2e.kg, 0, 'g', 8)
                                .arg(r.kWh, 0, 'g', 8)
                                .arg(r.co2eKg, 0, 'g', 8);
            }
        }
    }
    QCOMPARE(compared, static_cast<int>(rows.size()));
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 rows differ from Green Algorithms:\n")
                            .arg(failures.size())
                            .arg(compared)
                        + failures.mid(0, 25).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestGreenAlgorithmsGolden)
#include "tst_greenalgorithmsgolden.moc"
