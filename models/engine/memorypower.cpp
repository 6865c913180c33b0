// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorypower.h"

#include "../domain/referencedata.h"

#include <QCoreApplication>

#include <algorithm>

namespace greenprint {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(greenprint::MemoryPower)
};

constexpr char16_t kWPerModule[] = u"memory.w_per_module";
constexpr char16_t kModulesPerChip[] = u"memory.modules_per_chip";

} // namespace

MemoryPowerModel MemoryPowerModel::fromReference(const ReferenceData &reference)
{
    MemoryPowerModel m;
    m.wPerGB = reference.coefficientValue(CoefficientKey::MemoryKWhPerGBHour, 0.000392) * 1000.0;
    m.wPerModule = reference.coefficientValue(kWPerModule, m.wPerModule);
    m.modulesPerChip = reference.coefficientValue(kModulesPerChip, m.modulesPerChip);
    return m;
}

PowerW MemoryPowerModel::hostModulesCap(int chips) const
{
    return PowerW{std::max(chips, 1) * modulesPerChip * wPerModule};
}

PowerW MemoryPowerModel::hostExcessPower(double excessGB, double hostGB, int chips) const
{
    if (excessGB <= 0.0 || hostGB <= 0.0)
        return PowerW{0.0};
    const double linearW = excessGB * wPerGB;
    const double moduleBoundW = hostModulesCap(chips).w * std::min(1.0, excessGB / hostGB);
    return PowerW{std::min(linearW, moduleBoundW)};
}

QString memoryAssumption(const MemoryPowerModel &model)
{
    return Tr::tr("Memory above the per-chip baseline of its CPU generation draws %1 W per GB "
                  "(CCF's rate), but a host's memory never more than its modules can: %2 "
                  "modules per CPU chip (assumed: 8 channels x 2 modules) at %3 W each "
                  "(Crucial's per-module figure), shared by the excess, so large hosts do not "
                  "add hundreds of watts. A host has one CPU chip per 96 vCPUs (CCF's rule).")
        .arg(model.wPerGB)
        .arg(model.modulesPerChip)
        .arg(model.wPerModule);
}

} // namespace greenprint
