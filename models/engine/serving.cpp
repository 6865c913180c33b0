// SPDX-License-Identifier: GPL-3.0-or-later
#include "serving.h"

#include "worksizing.h"

#include "../domain/filedefaults.h"

#include <algorithm>
#include <cmath>

namespace greenprint {
namespace {

/** The class whose fitted constants an accelerator class uses. */
QString servingClass(const QString &acceleratorClass)
{
    if (acceleratorClass == u"inferentia" || acceleratorClass == u"trainium")
        return QStringLiteral("neuron");
    return acceleratorClass;
}

} // namespace

double bytesPerValue(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
    case Precision::Tf32:
        return 4.0;
    case Precision::Bf16:
    case Precision::Fp16:
        return 2.0;
    case Precision::Fp8:
    case Precision::Int8:
        return 1.0;
    }
    return 2.0;
}

std::optional<ServingMemory> servingMemory(const WorkSpec &work, const ReferenceData &reference)
{
    if (work.kind != WorkSpec::Kind::Inference)
        return std::nullopt;
    const double width = bytesPerValue(work.precision);
    const double kvValues =
        reference.coefficientValue(CoefficientKey::KvCacheValuesPerTokenPerParameter, 0.0);
    ServingMemory memory;
    memory.weightsBytes = work.parameters * width;
    memory.kvBytesPerToken = kvValues * work.flopParameters() * width;
    memory.batch = work.batchSize.value_or(FileDefaults::kBatchSize);
    memory.contextTokens = std::max(0.0, work.tokensPerRequest);
    return memory;
}

ServingConstants servingConstants(const QString &acceleratorClass, const ReferenceData &reference)
{
    const QString prefix = QStringLiteral("serving.achieved_bandwidth_fraction.");
    const double nvidia =
        reference.coefficientValue(QString(prefix + QStringLiteral("nvidia_gpu")), 0.0);
    ServingConstants c;
    const Coefficient *own = reference.coefficient(prefix + servingClass(acceleratorClass));
    c.bandwidthFraction = own ? own->value : nvidia;
    c.borrowed = !own;
    c.decodeFractionOfPeak = reference.coefficientValue(u"serving.decode_fraction_of_peak", 0.0);
    c.timeRatioLow = reference.coefficientValue(u"serving.decode_time_ratio_p10", 1.0);
    c.timeRatioHigh = reference.coefficientValue(u"serving.decode_time_ratio_p90", 1.0);
    return c;
}

DecodeStep decodeStep(const DecodeInput &in, const ServingConstants &constants)
{
    DecodeStep step;
    const double active = std::clamp(in.activeParameters, 0.0, in.parameters);
    const double batch = std::max(1.0, in.batch);
    // Each token of the batch passes through `active` of the parameters: the expected share
    // the batch touches is 1 - (1 - active/parameters)^batch (1 for a dense model).
    const double touched = in.parameters > 0.0
        ? in.parameters * (1.0 - std::pow(1.0 - active / in.parameters, batch))
        : 0.0;
    const double weightBytes = touched * in.bytesPerValue;
    const double kvBytes = batch * std::max(0.0, in.contextTokens) * in.kvValuesPerTokenPerParameter
        * active * in.bytesPerValue;
    const double bandwidth =
        in.accelerators * in.bandwidthGBpsPerAccelerator * 1e9 * constants.bandwidthFraction;
    const double compute =
        in.accelerators * in.peakTflopsPerAccelerator * 1e12 * constants.decodeFractionOfPeak;
    step.flops = 2.0 * active * batch;
    step.bytes = weightBytes + kvBytes;
    if (bandwidth <= 0.0 || compute <= 0.0)
        return step;
    const double weightSeconds = weightBytes / bandwidth;
    const double computeSeconds = step.flops / compute;
    step.computeBound = computeSeconds > weightSeconds;
    step.seconds = std::max(weightSeconds, computeSeconds) + kvBytes / bandwidth;
    return step;
}

double decodeLoad(const DecodeStep &step, const DecodeInput &in, const ReferenceData &reference)
{
    if (step.seconds <= 0.0)
        return 0.0;
    const double peak = in.accelerators * in.peakTflopsPerAccelerator * 1e12;
    const double bandwidth = in.accelerators * in.bandwidthGBpsPerAccelerator * 1e9;
    const double computeDuty =
        peak > 0.0 ? loadFromAchievedFraction(step.flops / step.seconds / peak, reference) : 0.0;
    const double memoryDuty = bandwidth > 0.0 ? step.bytes / step.seconds / bandwidth : 0.0;
    return std::clamp(computeDuty + memoryDuty, 0.0, 1.0);
}

} // namespace greenprint
