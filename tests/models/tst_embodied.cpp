// SPDX-License-Identifier: GPL-3.0-or-later
// Embodied carbon on one basis: accelerators from their die and memory (Boavizta's component
// model), hosts by CCF's server formula without accelerators, over the whole catalog.
#include "engine/greenprintprofile.h"
#include "referencedb.h"
#include "strictqtest.h"
#include "tolerance.h"

#include <QSet>
#include <QTest>

using namespace greenprint;

namespace {

constexpr double kSixYearsH = 6.0 * 8760.0;

double perHour(const QString &instance)
{
    const ReferenceData &ref = test::builtReferenceData();
    const InstanceSpec *spec = ref.instance(instance);
    if (!spec)
        qFatal("no %s in the catalog", qPrintable(instance));
    return GreenprintProfile(ref, ProjectSettings{}).embodiedPerInstanceHour(*spec).kgPerHour;
}

} // namespace

class TestEmbodied : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void h100CardMatchesBoaviztasOwnRow();
    void hbmDominatesLargeAccelerators();
    void everyAcceleratedInstanceCountsEmbodied();
    void everyCatalogAcceleratorHasAChipFigure();
    void trn2IsNoLongerZero();
    void inferentia2AgainstG5AndG6_data();
    void inferentia2AgainstG5AndG6();
    void assumedDieAreasAreStated();
    void cpuInstancesKeepCcfsShare();
};

void TestEmbodied::h100CardMatchesBoaviztasOwnRow()
{
    // Boavizta's gpu_specs.csv row "NVIDIA H100 SXM 80GB" (commit 15878f0) through its own
    // factors, by hand:
    //   die     2810.4 mm2 effective x 0.042592                          = 119.70
    //   memory  80 GB x 15.5 / 6 = 206.67 mm2 per die; kerf: (14.376 + 0.2)^2 = 212.46 mm2;
    //           300 mm wafer: 70685.8 / 212.46 - 942.48 / sqrt(424.92) = 286.98 dies, so
    //           212.46 x 70685.8 / (286.98 x 212.46) = 246.31 mm2; yield exp(-sqrt(0.21246))
    //           = 0.6307 -> 390.5 mm2 x 6 = 2343.2 mm2 x 0.18379               = 430.66
    //   board   296.37 x 0.032549 + 0.78923 x 8.2542 + 0.90077 x 5.7412
    //           + 1.69 x (0.25955 + 19000 x 1.33e-5 + 1000 x 5.04e-5 + 1.5062) = 24.82
    //   total                                                                    = 575.2 kg
    // Ours computes the die from the published 814 mm2 instead of Boavizta's pre-grossed
    // 2810.4 mm2: within 0.5 %.
    const AcceleratorEmbodied *h100 = test::builtReferenceData().method.embodiedAccelerator(
        QStringLiteral("NVIDIA H100 SXM5 80GB"));
    QVERIFY(h100);
    GP_COMPARE_NEAR(h100->embodiedKg, 575.2, 0.005, 0.0);
    QVERIFY(!h100->assumption);
    // CCF counted 150 kg per GPU card for it: the component model is 3.8x that.
    QVERIFY(h100->embodiedKg / 150.0 > 3.5);
}

void TestEmbodied::hbmDominatesLargeAccelerators()
{
    // More memory on the same die costs more: H200 (141 GB) > H100 (80 GB) on one GH100.
    const MethodData &m = test::builtReferenceData().method;
    const auto kg = [&](const char *name) {
        const AcceleratorEmbodied *a = m.embodiedAccelerator(QString::fromLatin1(name));
        return a ? a->embodiedKg : 0.0;
    };
    QVERIFY(kg("NVIDIA H200 SXM 141GB") > 1.5 * kg("NVIDIA H100 SXM5 80GB"));
    // A small inference card is far below a training module; T4 stays near CCF's 150 kg.
    QVERIFY(kg("NVIDIA T4") < 0.3 * kg("NVIDIA H100 SXM5 80GB"));
    GP_COMPARE_NEAR(kg("NVIDIA T4"), 150.0, 0.2, 0.0);
}

void TestEmbodied::everyAcceleratedInstanceCountsEmbodied()
{
    // No accelerated type of the catalog may end with 0 kg (trn2 had 0 before).
    const ReferenceData &ref = test::builtReferenceData();
    const GreenprintProfile profile(ref, ProjectSettings{});
    int accelerated = 0;
    for (const InstanceSpec &spec : ref.instances) {
        if (spec.acceleratorCount <= 0)
            continue;
        ++accelerated;
        const double kgPerHour = profile.embodiedPerInstanceHour(spec).kgPerHour;
        if (!(kgPerHour > 0.0))
            QFAIL(qPrintable(QStringLiteral("%1: no embodied carbon").arg(spec.id)));
        // At least the accelerators themselves (or the host share where no chip figure exists).
        if (const AcceleratorEmbodied *chip = ref.method.embodiedAccelerator(spec.accelerator))
            QVERIFY(kgPerHour * kSixYearsH >= spec.acceleratorCount * chip->embodiedKg);
    }
    QVERIFY(accelerated > 100);
}

void TestEmbodied::everyCatalogAcceleratorHasAChipFigure()
{
    // Every GPU, Neuron, Gaudi and AI 100 accelerator has a component figure. The FPGA cards
    // have none (no published die area or card LCA): their hosts are still counted, and the
    // estimate says the cards are not.
    const ReferenceData &ref = test::builtReferenceData();
    const QSet<QString> fpgas = {QStringLiteral("Xilinx Virtex UltraScale+ VU9P FPGA"),
                                 QStringLiteral("AMD Virtex UltraScale+ HBM VU47P FPGA"),
                                 QStringLiteral("Xilinx Alveo U30")};
    for (const InstanceSpec &spec : ref.instances) {
        if (spec.acceleratorCount <= 0 || fpgas.contains(spec.accelerator))
            continue;
        if (!ref.method.embodiedAccelerator(spec.accelerator))
            QFAIL(qPrintable(QStringLiteral("%1: no accelerator_embodied row for %2")
                                 .arg(spec.id, spec.accelerator)));
    }
    const InstanceSpec *f1 = ref.instance(QStringLiteral("f1.2xlarge"));
    QVERIFY(f1);
    const QStringList notes = GreenprintProfile(ref, ProjectSettings{}).embodiedAssumptions(*f1);
    QVERIFY(notes.join(u'\n').contains(QStringLiteral("not counted")));
}

void TestEmbodied::trn2IsNoLongerZero()
{
    // trn2.48xlarge, the whole server: host 1000 + 1.388 x (2048 - 16) + 100 (2 sockets by
    // 192 / 96) = 3920.4 kg, no drives counted; 16 Trainium2 at 777.9 kg (H100-sized die
    // assumed: 119.6 + 96 GB in 4 HBM3 stacks 633.4 + board 24.8).
    // (3920.4 + 16 x 777.9) / 52560 h = 16366.8 / 52560 = 0.31139 kg per hour.
    GP_COMPARE_NEAR(perHour(QStringLiteral("trn2.48xlarge")), 0.31139, 0.002, 0.0);
}

void TestEmbodied::inferentia2AgainstG5AndG6_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<double>("gramsPerHour");
    // Host share (vCPU share of the whole server, CCF's formula without accelerators) +
    // accelerators, over 6 x 8760 = 52560 h:
    //   inf2.xlarge  2143.78 x 4/192 = 44.66 + 1 x 329.5 (Inferentia2) = 374.2 kg -> 7.12 g/h
    //   g5.xlarge    2343.78 x 4/192 = 48.83 + 1 x 197.3 (A10G)        = 246.1 kg -> 4.68 g/h
    //   g6.xlarge    2143.78 x 4/192 = 44.66 + 1 x 123.5 (L4)          = 168.2 kg -> 3.20 g/h
    QTest::newRow("inf2.xlarge") << QStringLiteral("inf2.xlarge") << 7.12;
    QTest::newRow("g5.xlarge") << QStringLiteral("g5.xlarge") << 4.68;
    QTest::newRow("g6.xlarge") << QStringLiteral("g6.xlarge") << 3.20;
}

void TestEmbodied::inferentia2AgainstG5AndG6()
{
    QFETCH(QString, instance);
    QFETCH(double, gramsPerHour);
    GP_COMPARE_NEAR(perHour(instance) * 1000.0, gramsPerHour, 0.005, 0.0);
}

void TestEmbodied::assumedDieAreasAreStated()
{
    // Neuron die areas are not published: the figure says what it assumes and why.
    const ReferenceData &ref = test::builtReferenceData();
    const InstanceSpec *inf2 = ref.instance(QStringLiteral("inf2.xlarge"));
    QVERIFY(inf2);
    const QString notes =
        GreenprintProfile(ref, ProjectSettings{}).embodiedAssumptions(*inf2).join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("AWS Inferentia2")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("826 mm2")), qPrintable(notes));
    const AcceleratorEmbodied *trn1 =
        ref.method.embodiedAccelerator(QStringLiteral("AWS Trainium (v1)"));
    QVERIFY(trn1 && trn1->assumption && !trn1->notes.isEmpty());
}

void TestEmbodied::cpuInstancesKeepCcfsShare()
{
    // A host without accelerators keeps the catalog's CCF server share, only amortised over 6
    // years.
    const ReferenceData &ref = test::builtReferenceData();
    const InstanceSpec *m5 = ref.instance(QStringLiteral("m5.xlarge"));
    QVERIFY(m5 && m5->embodiedCo2eKg);
    GP_COMPARE_NEAR(perHour(QStringLiteral("m5.xlarge")), *m5->embodiedCo2eKg / kSixYearsH, 1e-12,
                    0.0);
}

QTEST_GUILESS_MAIN(TestEmbodied)
#include "tst_embodied.moc"
