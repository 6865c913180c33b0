// SPDX-License-Identifier: GPL-3.0-or-later
#include "neuronpower.h"

#include "greenprintprofile.h"
#include "worksizing.h"

#include "../domain/names.h"

#include <QCoreApplication>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::NeuronPower)
};

const QString kInferentia = QStringLiteral("AWS Inferentia (v1)");
const QString kInferentia2 = QStringLiteral("AWS Inferentia2");
const QString kTrainium = QStringLiteral("AWS Trainium (v1)");
const QString kTrainium2 = QStringLiteral("AWS Trainium2");

/** How a claim's value turns into r = Neuron energy / baseline energy for the same work. */
enum class ClaimForm {
    PercentLessEnergy, ///< "25 % lower" energy: r = 1 - v / 100
    PercentMorePerfPerWatt, ///< "50 % higher" perf/W: r = 1 / (1 + v / 100)
    TimesPerfPerWatt, ///< "2 x" perf/W: r = 1 / v
};

/** One AWS claim reproduced on one pair of whole instances (see neuronpower.h). */
struct ClaimPair
{
    const QString &chip;
    const char *claimId;
    ClaimForm form;
    const char *neuronInstance;
    const char *baselineInstance;
    WorkSpec::Kind kind;
    Precision precision;
};

// BERT-Large, the model of claim C05 (published_runs.csv: 335 M parameters).
constexpr double kBertLargeParameters = 335e6;

const ClaimPair kPairs[] = {
    {kInferentia, "C08", ClaimForm::PercentMorePerfPerWatt, "inf1.xlarge", "g4dn.xlarge",
     WorkSpec::Kind::Inference, Precision::Fp16},
    {kTrainium, "C05", ClaimForm::PercentLessEnergy, "trn1.32xlarge", "p4d.24xlarge",
     WorkSpec::Kind::Training, Precision::Bf16},
    {kInferentia2, "C03", ClaimForm::PercentMorePerfPerWatt, "inf2.xlarge", "g5.xlarge",
     WorkSpec::Kind::Inference, Precision::Fp16},
    {kTrainium2, "C10", ClaimForm::TimesPerfPerWatt, "trn2.48xlarge", "trn1.32xlarge",
     WorkSpec::Kind::Training, Precision::Bf16},
};

std::optional<double> energyRatio(const Claim &claim, ClaimForm form)
{
    if (!claim.value || *claim.value <= 0.0)
        return std::nullopt;
    const double v = *claim.value;
    const bool percent = claim.unit.startsWith(QLatin1Char('%'));
    switch (form) {
    case ClaimForm::PercentLessEnergy:
        return percent && v < 100.0 ? std::optional(1.0 - v / 100.0) : std::nullopt;
    case ClaimForm::PercentMorePerfPerWatt:
        return percent ? std::optional(1.0 / (1.0 + v / 100.0)) : std::nullopt;
    case ClaimForm::TimesPerfPerWatt:
        return claim.unit.startsWith(QLatin1Char('x')) ? std::optional(1.0 / v) : std::nullopt;
    }
    return std::nullopt;
}

/** One instance running the claim's work, as the estimator sizes it. */
struct Running
{
    const InstanceSpec *spec = nullptr;
    double achieved = 0.0; ///< fraction of peak
    double load = 0.0; ///< on the accelerator power curve (and the host's utilization)
    double throughputTflops = 0.0; ///< instance peak at the work's precision
    double hostAndMemoryW = 0.0;
    double curve = 0.0; ///< accelerator power / full-load power at `load`
    double achievedTflops() const { return throughputTflops * achieved; }
};

std::optional<Running> running(const QString &id, const ClaimPair &pair,
                               const GreenprintProfile &profile, const ReferenceData &reference)
{
    Running r;
    r.spec = reference.instance(id);
    if (!r.spec || r.spec->acceleratorCount <= 0)
        return std::nullopt;
    WorkSpec work;
    work.kind = pair.kind;
    work.parameters = kBertLargeParameters;
    work.tokens = 1e9;
    work.requests = 1e6;
    work.tokensPerRequest = 128;
    work.precision = pair.precision;
    QString error;
    const auto sizing = sizeWork(work, *r.spec, 1, reference, &error);
    if (!sizing || sizing->achievedCentral <= 0.0)
        return std::nullopt;
    r.achieved = sizing->achievedCentral;
    r.load = sizing->loadCentral;
    r.throughputTflops = sizing->instanceThroughputTflops;
    r.hostAndMemoryW =
        (profile.hostPower(*r.spec, r.load, nullptr) + profile.memoryPower(*r.spec)).w;
    r.curve = profile.acceleratorLoadFraction(r.load);
    return r;
}

std::optional<DerivedAcceleratorPower>
derive(const ClaimPair &pair, const GreenprintProfile &profile, const ReferenceData &reference)
{
    const Claim *claim = reference.claim(QString::fromLatin1(pair.claimId));
    if (!claim)
        return std::nullopt;
    const std::optional<double> claimedRatio = energyRatio(*claim, pair.form);
    const auto neuron = running(QString::fromLatin1(pair.neuronInstance), pair, profile, reference);
    const auto baseline =
        running(QString::fromLatin1(pair.baselineInstance), pair, profile, reference);
    if (!claimedRatio || !neuron || !baseline || neuron->curve <= 0.0)
        return std::nullopt;
    const double ratio = *claimedRatio;

    // Whole-instance power of the baseline at its own load: a GPU's from its TDP, a Neuron
    // chip's from its own derivation.
    double baselineW = 0.0;
    QStringList claimIds{QString::fromLatin1(pair.claimId)};
    if (isNeuronAccelerator(baseline->spec->accelerator)) {
        const auto chip = deriveNeuronPower(baseline->spec->accelerator, profile, reference);
        if (!chip)
            return std::nullopt;
        baselineW = baseline->hostAndMemoryW
            + baseline->spec->acceleratorCount * chip->centralW * baseline->curve;
        claimIds << chip->claimIds;
    } else {
        baselineW = profile.instancePower(*baseline->spec, baseline->load).central.w;
    }
    const double baselineWPerTflops = baselineW / baseline->achievedTflops();
    const auto chipW = [&](double r) {
        return (r * baselineWPerTflops * neuron->achievedTflops() - neuron->hostAndMemoryW)
            / (neuron->spec->acceleratorCount * neuron->curve);
    };

    DerivedAcceleratorPower p;
    p.claimedEnergyRatio = ratio;
    p.centralW = chipW(ratio);
    p.lowW = p.centralW;
    p.highW = chipW(1.0);
    if (p.centralW <= 0.0)
        return std::nullopt; // the host alone would use more than the claim allows
    p.neuronInstance = neuron->spec->id;
    p.baselineInstance = baseline->spec->id;
    p.claimIds = claimIds;
    p.formula =
        Tr::tr("%1 uses %2 x the energy of %3 for the same %4 work (%5): at achieved "
               "fractions of peak %6 and %7, host and memory %8 W and %9 W, the chip "
               "draws %10 W at full load")
            .arg(p.neuronInstance)
            .arg(ratio, 0, 'g', 4)
            .arg(p.baselineInstance,
                 pair.kind == WorkSpec::Kind::Training ? Tr::tr("training") : Tr::tr("inference"),
                 precisionKey(pair.precision))
            .arg(neuron->achieved, 0, 'f', 3)
            .arg(baseline->achieved, 0, 'f', 3)
            .arg(neuron->hostAndMemoryW, 0, 'f', 0)
            .arg(baseline->hostAndMemoryW, 0, 'f', 0)
            .arg(p.centralW, 0, 'f', 1);
    return p;
}

} // namespace

bool isNeuronAccelerator(const QString &name)
{
    return name == kInferentia || name == kInferentia2 || name == kTrainium || name == kTrainium2;
}

std::optional<DerivedAcceleratorPower> deriveNeuronPower(const QString &name,
                                                         const GreenprintProfile &profile,
                                                         const ReferenceData &reference)
{
    for (const ClaimPair &pair : kPairs) {
        if (pair.chip == name)
            return derive(pair, profile, reference);
    }
    return std::nullopt;
}

} // namespace greenprint
