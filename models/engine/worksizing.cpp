// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksizing.h"

#include <QCoreApplication>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::WorkSizing)
};

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

std::optional<WorkSizing> sizeWork(const WorkSpec &work, const InstanceSpec &instance, int count,
                                   const MethodData &method, QString *error)
{
    const auto precision = precisionFromKey(work.precision);
    if (!precision) {
        *error = Tr::tr("unknown precision \"%1\"").arg(work.precision);
        return std::nullopt;
    }
    const AcceleratorSpec *accelerator = method.accelerator(instance.accelerator);
    const std::optional<double> peak = accelerator ? accelerator->peak(*precision) : std::nullopt;
    if (instance.acceleratorCount <= 0 || !peak) {
        *error = Tr::tr("%1 has no published accelerator throughput at %2; state the hours instead")
                     .arg(instance.id, work.precision);
        return std::nullopt;
    }
    const WorkTask task =
        work.kind == WorkSpec::Kind::Training ? WorkTask::Training : WorkTask::Inference;
    const AchievedUtilization *mfu = method.utilization(acceleratorClass(instance), task);
    if (!mfu || !mfu->central) {
        *error = Tr::tr("no achieved utilization is known for %1 %2; state the hours instead")
                     .arg(acceleratorClass(instance),
                          task == WorkTask::Training ? Tr::tr("training") : Tr::tr("inference"));
        return std::nullopt;
    }

    WorkSizing s;
    s.flops = work.flops();
    s.instanceThroughputTflops = instance.acceleratorCount * *peak;
    s.achievedCentral = *mfu->central;
    s.achievedLow = mfu->low.value_or(s.achievedCentral);
    s.achievedHigh = mfu->high.value_or(s.achievedCentral);
    s.achievedSource = mfu->source;
    const double flopsPerHourAtPeak =
        std::max(1, count) * s.instanceThroughputTflops * 1e12 * 3600.0;
    s.hoursCentral = Hours{s.flops / (flopsPerHourAtPeak * s.achievedCentral)};
    s.hoursLow = Hours{s.flops / (flopsPerHourAtPeak * s.achievedHigh)};
    s.hoursHigh = Hours{s.flops / (flopsPerHourAtPeak * s.achievedLow)};
    return s;
}

} // namespace greenprint
