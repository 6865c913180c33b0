// SPDX-License-Identifier: GPL-3.0-or-later
// The derived Neuron chip power reproduces the AWS claims it was derived from.
#include "engine/greenprintprofile.h"
#include "engine/neuronpower.h"
#include "referencedb.h"
#include "tolerance.h"

#include <QTest>

using namespace greenprint;

namespace {

/** Joules per TFLOP at full load: watts / peak TFLOPS (accelerator level, same achieved fraction).
 */
double energyPerWork(double watts, double peakTflops)
{
    return watts / peakTflops;
}

double peak(const QString &name, Precision p)
{
    const AcceleratorSpec *a = test::builtReferenceData().method.accelerator(name);
    return a && a->peak(p) ? *a->peak(p) : 0.0;
}

} // namespace

class TestNeuronPower : public QObject
{
    Q_OBJECT

private slots:
    void inferentiaUsesTwoThirdsOfT4EnergyForTheSameWork();
    void trainiumUsesThreeQuartersOfA100Energy();
    void trainium2DoublesTrainiumPerfPerWatt();
    void inferentia2SharesTrainiumCore();
    void bandRunsToPerfPerWattParity_data();
    void bandRunsToPerfPerWattParity();
    void neuronInstancesDrawAcceleratorPower_data();
    void neuronInstancesDrawAcceleratorPower();
    void gpusAreNotNeuron();
};

void TestNeuronPower::inferentiaUsesTwoThirdsOfT4EnergyForTheSameWork()
{
    const MethodData &m = test::builtReferenceData().method;
    const auto inf1 = deriveNeuronPower(QStringLiteral("AWS Inferentia (v1)"), m);
    QVERIFY(inf1);
    const double t4W = *m.accelerator(QStringLiteral("NVIDIA T4"))->tdpW;
    const double ratio =
        energyPerWork(inf1->centralW, peak(QStringLiteral("AWS Inferentia (v1)"), Precision::Fp16))
        / energyPerWork(t4W, peak(QStringLiteral("NVIDIA T4"), Precision::Fp16));
    GP_COMPARE_NEAR(ratio, 1.0 / 1.5, 1e-12, 0.0); // claim C08: +50 % perf/W
    // 70 W x 64 / 65 / 1.5
    GP_COMPARE_NEAR(inf1->centralW, 70.0 * 64.0 / 65.0 / 1.5, 1e-12, 0.0);
    QCOMPARE(inf1->claimIds, QStringList{QStringLiteral("C08")});
}

void TestNeuronPower::trainiumUsesThreeQuartersOfA100Energy()
{
    const MethodData &m = test::builtReferenceData().method;
    const auto trn1 = deriveNeuronPower(QStringLiteral("AWS Trainium (v1)"), m);
    QVERIFY(trn1);
    const double ratio =
        energyPerWork(trn1->centralW, peak(QStringLiteral("AWS Trainium (v1)"), Precision::Bf16))
        / energyPerWork(400.0, peak(QStringLiteral("NVIDIA A100 SXM4 40GB"), Precision::Bf16));
    GP_COMPARE_NEAR(ratio, 0.75, 1e-12, 0.0); // claim C05: about 25 % less training energy
    GP_COMPARE_NEAR(trn1->centralW, 0.75 * 400.0 * 190.0 / 312.0, 1e-12, 0.0);
}

void TestNeuronPower::trainium2DoublesTrainiumPerfPerWatt()
{
    const MethodData &m = test::builtReferenceData().method;
    const auto trn1 = deriveNeuronPower(QStringLiteral("AWS Trainium (v1)"), m);
    const auto trn2 = deriveNeuronPower(QStringLiteral("AWS Trainium2"), m);
    QVERIFY(trn1 && trn2);
    const double perfPerWatt1 =
        peak(QStringLiteral("AWS Trainium (v1)"), Precision::Bf16) / trn1->centralW;
    const double perfPerWatt2 =
        peak(QStringLiteral("AWS Trainium2"), Precision::Bf16) / trn2->centralW;
    GP_COMPARE_NEAR(perfPerWatt2 / perfPerWatt1, 2.0, 1e-12, 0.0); // claim C10
}

void TestNeuronPower::inferentia2SharesTrainiumCore()
{
    const MethodData &m = test::builtReferenceData().method;
    const auto trn1 = deriveNeuronPower(QStringLiteral("AWS Trainium (v1)"), m);
    const auto inf2 = deriveNeuronPower(QStringLiteral("AWS Inferentia2"), m);
    QVERIFY(trn1 && inf2);
    GP_COMPARE_NEAR(inf2->centralW, trn1->centralW, 0.0, 0.0);
    QVERIFY(inf2->formula.contains(QStringLiteral("NeuronCore-v2")));
}

void TestNeuronPower::bandRunsToPerfPerWattParity_data()
{
    QTest::addColumn<QString>("accelerator");
    QTest::addColumn<double>("claimRatio");
    QTest::newRow("Inferentia") << QStringLiteral("AWS Inferentia (v1)") << 1.5;
    QTest::newRow("Trainium") << QStringLiteral("AWS Trainium (v1)") << 1.0 / 0.75;
    QTest::newRow("Inferentia2") << QStringLiteral("AWS Inferentia2") << 1.0 / 0.75;
    QTest::newRow("Trainium2") << QStringLiteral("AWS Trainium2") << 2.0;
}

void TestNeuronPower::bandRunsToPerfPerWattParity()
{
    QFETCH(QString, accelerator);
    QFETCH(double, claimRatio);
    const auto p = deriveNeuronPower(accelerator, test::builtReferenceData().method);
    QVERIFY(p);
    GP_COMPARE_NEAR(p->lowW, p->centralW, 0.0, 0.0);
    GP_COMPARE_NEAR(p->highW, p->centralW * claimRatio, 1e-12, 0.0);
    QVERIFY(!p->formula.isEmpty());
}

void TestNeuronPower::neuronInstancesDrawAcceleratorPower_data()
{
    QTest::addColumn<QString>("instance");
    QTest::newRow("inf1.xlarge") << QStringLiteral("inf1.xlarge");
    QTest::newRow("inf2.xlarge") << QStringLiteral("inf2.xlarge");
    QTest::newRow("trn1.32xlarge") << QStringLiteral("trn1.32xlarge");
    QTest::newRow("trn2.48xlarge") << QStringLiteral("trn2.48xlarge");
}

void TestNeuronPower::neuronInstancesDrawAcceleratorPower()
{
    QFETCH(QString, instance);
    const ReferenceData &ref = test::builtReferenceData();
    const InstanceSpec *spec = ref.instance(instance);
    QVERIFY(spec);
    const GreenprintProfile profile(ref, ProjectSettings{});
    const PowerBand band = profile.instancePower(*spec, 1.0);
    const PowerW hostAndMemory =
        profile.hostPower(*spec, 1.0, nullptr) + profile.memoryPower(*spec);
    const auto chip = deriveNeuronPower(spec->accelerator, ref.method);
    QVERIFY(chip);
    // At full duty every chip draws 0.98 x its derived power (the measured curve's top point).
    GP_COMPARE_NEAR((band.central - hostAndMemory).w,
                    spec->acceleratorCount * chip->centralW * profile.acceleratorLoadFraction(1.0),
                    1e-9, 1e-9);
    QVERIFY(band.central.w > hostAndMemory.w);
    QVERIFY(band.high.w > band.central.w);
    bool labelled = false;
    for (const QString &a : band.assumptions)
        labelled = labelled || a.contains(QStringLiteral("derived assumption"));
    QVERIFY(labelled);
}

void TestNeuronPower::gpusAreNotNeuron()
{
    QVERIFY(!isNeuronAccelerator(QStringLiteral("NVIDIA T4")));
    QVERIFY(!deriveNeuronPower(QStringLiteral("NVIDIA T4"), test::builtReferenceData().method));
}

QTEST_GUILESS_MAIN(TestNeuronPower)
#include "tst_neuronpower.moc"
