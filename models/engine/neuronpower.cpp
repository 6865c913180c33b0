// SPDX-License-Identifier: GPL-3.0-or-later
#include "neuronpower.h"

namespace greenprint {
namespace {

const QString kInferentia = QStringLiteral("AWS Inferentia (v1)");
const QString kInferentia2 = QStringLiteral("AWS Inferentia2");
const QString kTrainium = QStringLiteral("AWS Trainium (v1)");
const QString kTrainium2 = QStringLiteral("AWS Trainium2");
const QString kT4 = QStringLiteral("NVIDIA T4");
const QString kA100 = QStringLiteral("NVIDIA A100 SXM4 40GB");

struct Inputs
{
    double tdpW = 0.0;
    double peakBaseline = 0.0;
    double peakChip = 0.0;
};

std::optional<Inputs> inputs(const MethodData &m, const QString &baseline, const QString &chip,
                             Precision precision)
{
    const AcceleratorSpec *b = m.accelerator(baseline);
    const AcceleratorSpec *c = m.accelerator(chip);
    if (!b || !c || !b->tdpW || !b->peak(precision) || !c->peak(precision))
        return std::nullopt;
    return Inputs{*b->tdpW, *b->peak(precision), *c->peak(precision)};
}

std::optional<DerivedAcceleratorPower> trainium(const MethodData &m)
{
    const auto in = inputs(m, kA100, kTrainium, Precision::Bf16);
    if (!in)
        return std::nullopt;
    const double energyRatio = 0.75; // C05: about 25 % less training energy
    DerivedAcceleratorPower p;
    p.centralW = energyRatio * in->tdpW * in->peakChip / in->peakBaseline;
    p.lowW = p.centralW;
    p.highW = p.centralW / energyRatio;
    p.formula =
        QStringLiteral("0.75 x %1 W (A100 TDP) x %2 / %3 TFLOPS bf16 (Trainium / A100) = %4 W")
            .arg(in->tdpW)
            .arg(in->peakChip)
            .arg(in->peakBaseline)
            .arg(p.centralW, 0, 'f', 1);
    p.claimIds = {QStringLiteral("C05")};
    return p;
}

} // namespace

bool isNeuronAccelerator(const QString &name)
{
    return name == kInferentia || name == kInferentia2 || name == kTrainium || name == kTrainium2;
}

std::optional<DerivedAcceleratorPower> deriveNeuronPower(const QString &name, const MethodData &m)
{
    if (name == kInferentia) {
        const auto in = inputs(m, kT4, kInferentia, Precision::Fp16);
        if (!in)
            return std::nullopt;
        const double perfPerWattRatio = 1.5; // C08: 50 % higher perf/W than g4dn
        DerivedAcceleratorPower p;
        p.centralW = in->tdpW * (in->peakChip / in->peakBaseline) / perfPerWattRatio;
        p.lowW = p.centralW;
        p.highW = p.centralW * perfPerWattRatio;
        p.formula =
            QStringLiteral("%1 W (T4 TDP) x %2 / %3 TFLOPS fp16 (Inferentia / T4) / 1.5 = %4 W")
                .arg(in->tdpW)
                .arg(in->peakChip)
                .arg(in->peakBaseline)
                .arg(p.centralW, 0, 'f', 1);
        p.claimIds = {QStringLiteral("C08")};
        return p;
    }
    if (name == kTrainium)
        return trainium(m);
    if (name == kInferentia2) {
        auto p = trainium(m);
        if (!p)
            return std::nullopt;
        p->formula = QStringLiteral("same NeuronCore-v2 and peak as Trainium: ") + p->formula;
        p->claimIds << QStringLiteral("C03");
        return p;
    }
    if (name == kTrainium2) {
        const auto trn1 = trainium(m);
        const AcceleratorSpec *t1 = m.accelerator(kTrainium);
        const AcceleratorSpec *t2 = m.accelerator(kTrainium2);
        if (!trn1 || !t1 || !t2 || !t1->peak(Precision::Bf16) || !t2->peak(Precision::Bf16))
            return std::nullopt;
        const double perfPerWattRatio = 2.0; // C10: 2x perf/W over Trainium
        const double peakRatio = *t2->peak(Precision::Bf16) / *t1->peak(Precision::Bf16);
        DerivedAcceleratorPower p;
        p.centralW = trn1->centralW * peakRatio / perfPerWattRatio;
        p.lowW = p.centralW;
        p.highW = p.centralW * perfPerWattRatio;
        p.formula = QStringLiteral("%1 W (Trainium, derived) x %2 / %3 TFLOPS bf16 / 2 = %4 W")
                        .arg(trn1->centralW, 0, 'f', 1)
                        .arg(*t2->peak(Precision::Bf16))
                        .arg(*t1->peak(Precision::Bf16))
                        .arg(p.centralW, 0, 'f', 1);
        p.claimIds = {QStringLiteral("C10"), QStringLiteral("C05")};
        return p;
    }
    return std::nullopt;
}

} // namespace greenprint
