// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksizing.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::WorkSizing)
};

/** Measured: an 8192^3 bf16 GEMM busy all the time reaches 0.644 of the H100's dense peak. */
constexpr double kGemmFractionFallback = 0.644;

} // namespace

QString acceleratorClass(const InstanceSpec &instance)
{
    switch (instance.category) {
    case InstanceCategory::Trainium:
        return QStringLiteral("trainium");
    case InstanceCategory::Inferentia:
        return QStringLiteral("inferentia");
    case InstanceCategory::NvidiaGpu:
        return QStringLiteral("nvidia_gpu");
    case InstanceCategory::OtherAccelerator:
        return QStringLiteral("other_accelerator");
    case InstanceCategory::Graviton:
    case InstanceCategory::X86Cpu:
        return QStringLiteral("cpu");
    case InstanceCategory::Custom:
        break;
    }
    if (instance.accelerator.contains(QStringLiteral("Trainium")))
        return QStringLiteral("trainium");
    if (instance.accelerator.contains(QStringLiteral("Inferentia")))
        return QStringLiteral("inferentia");
    if (instance.accelerator.contains(QStringLiteral("NVIDIA")))
        return QStringLiteral("nvidia_gpu");
    return QStringLiteral("cpu");
}

double loadFromAchievedFraction(double fractionOfPeak, const ReferenceData &reference)
{
    const double gemm = reference.coefficientValue(
        u"accelerator.gemm_fraction_of_peak_at_full_duty", kGemmFractionFallback);
    return std::clamp(fractionOfPeak / gemm, 0.0, 1.0);
}

std::optional<WorkSizing> sizeWork(const WorkSpec &work, const InstanceSpec &instance, int count,
                                   const ReferenceData &reference, QString *error)
{
    const MethodData &method = reference.method;
    const auto precision = precisionFromKey(work.precision);
    if (!precision) {
        *error = Tr::tr("unknown precision \"%1\"").arg(work.precision);
        return std::nullopt;
    }
    const AcceleratorSpec *accelerator = method.accelerator(instance.accelerator);
    const std::optional<double> peak = accelerator ? accelerator->peak(*precision) : std::nullopt;
    if (instance.acceleratorCount > 0 && accelerator && !peak) {
        // No figure at any precision: FPGAs and video transcoders do not run work as FLOPs.
        *error = Tr::tr("%1 cannot be sized from work: its %2 has no FLOPS peak to turn work into "
                        "hours (%3); state the hours instead")
                     .arg(instance.id, accelerator->name, accelerator->peakNote);
        return std::nullopt;
    }
    if (instance.acceleratorCount <= 0 || !peak) {
        *error = Tr::tr("%1 has no published accelerator throughput at %2; state the hours instead")
                     .arg(instance.id, work.precision);
        return std::nullopt;
    }
    const WorkTask task =
        work.kind == WorkSpec::Kind::Training ? WorkTask::Training : WorkTask::Inference;

    WorkSizing s;
    if (const AchievedUtilizationFit *fit = method.utilizationFit(instance.accelerator, task)) {
        s.achievedCentral = fit->central(work.parameters);
        s.achievedLow = std::max(fit->floor, s.achievedCentral * std::exp(fit->residualP10));
        s.achievedHigh = std::min(fit->ceiling, s.achievedCentral * std::exp(fit->residualP90));
        s.achievedSource = fit->source;
        s.achievedBasis =
            Tr::tr("%1 (%2) hours from work: achieved fraction of peak %3 (P10 %4, P90 %5), "
                   "fitted on %6 published runs (%7), checked leave-one-family-out (README)")
                .arg(instance.accelerator, fit->generation)
                .arg(s.achievedCentral, 0, 'f', 3)
                .arg(s.achievedLow, 0, 'f', 3)
                .arg(s.achievedHigh, 0, 'f', 3)
                .arg(fit->runs)
                .arg(fit->families);
    } else if (const AchievedUtilization *mfu =
                   method.utilization(acceleratorClass(instance), task);
               mfu && mfu->central) {
        s.achievedCentral = *mfu->central;
        s.achievedLow = mfu->low.value_or(s.achievedCentral);
        s.achievedHigh = mfu->high.value_or(s.achievedCentral);
        s.achievedSource = mfu->source;
        s.achievedBasis =
            Tr::tr("%1 %2 hours from work: achieved fraction of peak %3 (range %4-%5), an "
                   "assumption (achieved_utilization.csv)")
                .arg(acceleratorClass(instance),
                     task == WorkTask::Training ? Tr::tr("training") : Tr::tr("inference"))
                .arg(s.achievedCentral, 0, 'f', 3)
                .arg(s.achievedLow, 0, 'f', 3)
                .arg(s.achievedHigh, 0, 'f', 3);
    } else {
        *error = Tr::tr("no achieved utilization is known for %1 %2; state the hours instead")
                     .arg(acceleratorClass(instance),
                          task == WorkTask::Training ? Tr::tr("training") : Tr::tr("inference"));
        return std::nullopt;
    }

    s.flops = work.flops();
    s.instanceThroughputTflops = instance.acceleratorCount * *peak;
    const double flopsPerHourAtPeak =
        std::max(1, count) * s.instanceThroughputTflops * 1e12 * 3600.0;
    s.hoursCentral = Hours{s.flops / (flopsPerHourAtPeak * s.achievedCentral)};
    s.hoursLow = Hours{s.flops / (flopsPerHourAtPeak * s.achievedHigh)};
    s.hoursHigh = Hours{s.flops / (flopsPerHourAtPeak * s.achievedLow)};
    if (work.acceleratorLoad) {
        s.loadOverridden = true;
        s.loadLow = s.loadCentral = s.loadHigh = *work.acceleratorLoad;
    } else {
        s.loadLow = loadFromAchievedFraction(s.achievedLow, reference);
        s.loadCentral = loadFromAchievedFraction(s.achievedCentral, reference);
        s.loadHigh = loadFromAchievedFraction(s.achievedHigh, reference);
    }
    return s;
}

} // namespace greenprint
