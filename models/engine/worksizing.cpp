// SPDX-License-Identifier: GPL-3.0-or-later
#include "worksizing.h"

#include "serving.h"

#include "../domain/filedefaults.h"
#include "../domain/names.h"

#include <QCoreApplication>
#include <QStringList>

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

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', fraction < 0.1 ? 1 : 0);
}

/**
 * Re-sizes `s` (already holding the achieved fraction of peak of inference work on this
 * accelerator) for a work served token by token. False with `error` when it cannot be.
 */
bool sizeServing(const WorkSpec &work, const InstanceSpec &instance,
                 const AcceleratorSpec &accelerator, double peakTflops, int count,
                 const ReferenceData &reference, WorkSizing &s, QString *error)
{
    if (peakTflops <= 0.0 || !accelerator.memoryBandwidthGBps
        || *accelerator.memoryBandwidthGBps <= 0.0 || !accelerator.memoryGB
        || *accelerator.memoryGB <= 0.0) {
        *error = Tr::tr("%1 cannot be sized token by token: its %2 has no published memory "
                        "size and bandwidth; leave outputTokensPerRequest out to size the "
                        "requests by FLOPs alone")
                     .arg(instance.id, accelerator.name);
        return false;
    }
    const std::optional<ServingMemory> memory = servingMemory(work, reference);
    if (!memory)
        return false;
    const double acceleratorBytes = *accelerator.memoryGB * 1e9;
    const int accelerators = std::max(1, instance.acceleratorCount);
    const int perReplica = std::max(1, int(std::ceil(memory->totalBytes() / acceleratorBytes)));
    if (perReplica > accelerators) {
        *error = Tr::tr("serving needs %1 GB for the weights and the KV cache of a batch of %2 "
                        "requests of %3 tokens, more than the %4 GB of accelerator memory of one "
                        "%5; choose a larger instance, a smaller batch or a lower precision")
                     .arg(memory->totalBytes() / 1e9, 0, 'f', 0)
                     .arg(memory->batch)
                     .arg(memory->contextTokens)
                     .arg(accelerators * *accelerator.memoryGB, 0, 'f', 0)
                     .arg(instance.id);
        return false;
    }
    const int replicasPerInstance = accelerators / perReplica;
    const double replicas = double(replicasPerInstance) * std::max(1, count);
    const ServingConstants constants = servingConstants(acceleratorClass(instance), reference);

    const double output = work.decodeTokensPerRequest();
    const double prompt = std::max(0.0, work.tokensPerRequest - output);
    DecodeInput in;
    in.parameters = work.parameters;
    in.activeParameters = work.flopParameters();
    in.bytesPerValue = bytesPerValue(work.precision);
    in.kvValuesPerTokenPerParameter =
        reference.coefficientValue(CoefficientKey::KvCacheValuesPerTokenPerParameter, 0.0);
    in.batch = memory->batch;
    in.contextTokens = prompt + output / 2.0;
    in.accelerators = perReplica;
    in.peakTflopsPerAccelerator = peakTflops;
    in.bandwidthGBpsPerAccelerator = *accelerator.memoryBandwidthGBps;
    const DecodeStep step = decodeStep(in, constants);
    if (step.seconds <= 0.0) {
        *error = Tr::tr("no fitted serving constants are known for %1; leave "
                        "outputTokensPerRequest out to size the requests by FLOPs alone")
                     .arg(accelerator.name);
        return false;
    }

    // Per replica: the replicas share the requests and run side by side.
    const double requests = work.requests / replicas;
    const double decodeSeconds = requests * output / in.batch * step.seconds;
    const double prefillFlops = 2.0 * in.activeParameters * prompt * requests;
    const double replicaPeak = perReplica * peakTflops * 1e12;
    const auto prefillSeconds = [&](double fraction) {
        return fraction > 0.0 ? prefillFlops / (replicaPeak * fraction) : 0.0;
    };
    const double central = prefillSeconds(s.achievedCentral) + decodeSeconds;
    const double low = prefillSeconds(s.achievedHigh) + decodeSeconds * constants.timeRatioLow;
    const double high = prefillSeconds(s.achievedLow) + decodeSeconds * constants.timeRatioHigh;
    const double prefillLoad = loadFromAchievedFraction(s.achievedCentral, reference);
    const double decodeBusyLoad = decodeLoad(step, in, reference);
    // Accelerators left over by whole replicas idle; the load is the instance average.
    const double used = double(replicasPerInstance * perReplica) / accelerators;
    const double load = central > 0.0
        ? (prefillSeconds(s.achievedCentral) * prefillLoad + decodeSeconds * decodeBusyLoad)
            / central * used
        : 0.0;
    const double prefillFraction = s.achievedCentral;

    s.served = true;
    s.acceleratorsPerReplica = perReplica;
    s.replicasPerInstance = replicasPerInstance;
    s.decodeStepSeconds = step.seconds;
    s.flops = work.flops();
    s.instanceThroughputTflops = accelerators * peakTflops;
    s.hoursCentral = Hours{central / 3600.0};
    s.hoursLow = Hours{low / 3600.0};
    s.hoursHigh = Hours{high / 3600.0};
    // Effective fractions of peak of the whole job: hours = FLOPs / (peak x fraction) holds.
    const double jobPeak = std::max(1, count) * s.instanceThroughputTflops * 1e12;
    const auto effective = [&](double seconds) {
        return seconds > 0.0 ? s.flops / (jobPeak * seconds) : 0.0;
    };
    s.achievedCentral = effective(central);
    s.achievedLow = effective(high);
    s.achievedHigh = effective(low);
    s.loadBasisFraction = s.achievedCentral;
    s.loadDerived = load;
    s.loadLow = s.loadCentral = s.loadHigh = load;
    s.achievedSource = QStringLiteral("data/reference/coefficients.csv serving.* "
                                      "(data/fit_serving.py, data/reference/"
                                      "serving_measurements.csv)");
    s.achievedBasis =
        Tr::tr("%1 inference served token by token: a replica of %2 x %3 holds %4 GB (weights at "
               "%5 plus the KV cache of %6 requests), %7 replicas per instance; prefill of %8 "
               "prompt tokens per request at %9 % of peak; decode of %10 output tokens per "
               "request in steps of %11 ms for the batch (%12), memory read at %13 % of the "
               "datasheet bandwidth and decode products at %14 % of peak (fitted on public "
               "measurements: README, Serving); whole job at %15 % of peak, load %16 % on the "
               "power curve")
            .arg(instance.id)
            .arg(perReplica)
            .arg(accelerator.name)
            .arg(memory->totalBytes() / 1e9, 0, 'f', 1)
            .arg(precisionKey(work.precision))
            .arg(in.batch)
            .arg(replicasPerInstance)
            .arg(prompt)
            .arg(percent(prefillFraction))
            .arg(output)
            .arg(step.seconds * 1e3, 0, 'f', 2)
            .arg(step.computeBound ? Tr::tr("compute-bound") : Tr::tr("memory-bandwidth-bound"))
            .arg(percent(constants.bandwidthFraction))
            .arg(percent(constants.decodeFractionOfPeak))
            .arg(percent(s.achievedCentral))
            .arg(percent(load));
    if (!work.batchSize) {
        s.assumptions << Tr::tr("Batch size not stated: %1 request decoded at a time per model "
                                "replica (assumed), what a real-time endpoint serving requests as "
                                "they arrive does at low traffic, and the costliest per token; "
                                "state batchSize for batched or concurrent serving")
                             .arg(FileDefaults::kBatchSize);
    }
    if (constants.borrowed) {
        s.assumptions << Tr::tr("%1 has no serving measurements of its own: its decode reads "
                                "memory at the %2 % of datasheet bandwidth fitted on NVIDIA GPUs "
                                "(assumed)")
                             .arg(accelerator.name, percent(constants.bandwidthFraction));
    }
    return true;
}

/**
 * How training work's FLOPs were counted, for the assumptions list: the defaults (all
 * parameters trained, attention's sequence-length term left out, which the fitted fraction of
 * peak counts, so such hours are low) as one fixed text each, so
 * that a plan lists them once; a stated adapter share or attention shape with its figures.
 */
QStringList trainingFlopsBasis(const WorkSpec &work)
{
    QStringList basis;
    const double perToken = work.trainingFlopsPerToken();
    const double gflops = 1e-9;
    const auto millions = [](double n) { return QString::number(n / 1e6, 'g', 4); };
    if (work.trainableParameters) {
        basis << Tr::tr("%1 M of %2 M parameters trained (LoRA or adapters): %3 GFLOPs per "
                        "token = 4 x %4 M active parameters (forward pass and activation gradients "
                        "through every layer) + 2 x %5 M (weight gradients of the trainable "
                        "weights a token "
                        "passes through)%6, %7 % of full training's; the backward pass is twice "
                        "the forward, half for activation and half for weight gradients "
                        "(Narayanan et al. 2021, arXiv:2104.04473, appendix; Bahdanau 2022, The "
                        "FLOPs Calculus of Language Model Training), and LoRA freezes the "
                        "pre-trained weights (Hu et al. 2021, arXiv:2106.09685)")
                     .arg(millions(*work.trainableParameters), millions(work.parameters))
                     .arg(perToken * gflops, 0, 'f', 3)
                     .arg(millions(work.flopParameters()), millions(work.gradientParameters()))
                     .arg(work.attentionFlopsPerToken() > 0.0 ? Tr::tr(" + attention") : QString())
                     .arg(100.0 * perToken
                              / (6.0 * work.flopParameters() + work.attentionFlopsPerToken()),
                          0, 'f', 1);
    } else {
        basis << Tr::tr("Training work without trainableParameters trains all its parameters: 6 "
                        "FLOPs per active parameter per token, a forward pass and the gradients "
                        "of activations and weights (Kaplan et al. 2020, arXiv:2001.08361)");
    }
    if (const double attention = work.attentionFlopsPerToken(); attention > 0.0) {
        basis << Tr::tr("Attention over %1-token sequences: 12 x %2 layers x %3 hidden size x %1 "
                        "= %4 GFLOPs per token (Chowdhery et al. 2022, PaLM, arXiv:2204.02311, "
                        "appendix B), %5 % of the training FLOPs, at the same fraction of peak, "
                        "which was fitted on published runs with their attention counted the "
                        "same way")
                     .arg(*work.sequenceLength, 0, 'f', 0)
                     .arg(*work.layers, 0, 'f', 0)
                     .arg(*work.hiddenSize, 0, 'f', 0)
                     .arg(attention * gflops, 0, 'f', 3)
                     .arg(100.0 * attention / perToken, 0, 'f', 1);
    } else {
        basis << Tr::tr("Training work without sequenceLength, layers and hiddenSize: attention's "
                        "sequence-length FLOPs (12 x layers x hidden size x sequence length per "
                        "token, PaLM arXiv:2204.02311 appendix B) are not counted, while the "
                        "fraction of peak was fitted with them counted, so the hours are low by "
                        "their share (assumption; 7 % for a 7 B model of 32 layers of 4096 at "
                        "2,048 tokens, 23 % at 8,192); state them");
    }
    return basis;
}

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

namespace {

/** sizeWork() before the work's busy-time factor. */
std::optional<WorkSizing> sizeStatedWork(const WorkSpec &work, const InstanceSpec &instance,
                                         int count, const ReferenceData &reference, QString *error)
{
    const MethodData &method = reference.method;
    const Precision precision = work.precision;
    const QString precisionName = precisionKey(precision);
    const AcceleratorSpec *accelerator = method.accelerator(instance.accelerator);
    const std::optional<double> peak = accelerator ? accelerator->peak(precision) : std::nullopt;
    const WorkTask task =
        work.kind == WorkSpec::Kind::Training ? WorkTask::Training : WorkTask::Inference;
    const QString taskName = task == WorkTask::Training ? Tr::tr("training") : Tr::tr("inference");
    const AchievedThroughput *achieved = instance.acceleratorCount > 0 && accelerator && !peak
        ? method.achievedThroughput(instance.accelerator, task)
        : nullptr;
    if (instance.acceleratorCount > 0 && accelerator && !peak && !achieved) {
        // A peak at other precisions only (Kepler and Maxwell: fp32): say which.
        QStringList published;
        for (int i = 0; i < kPrecisionCount; ++i) {
            if (accelerator->peakTflops[i])
                published << precisionKey(static_cast<Precision>(i));
        }
        if (!published.isEmpty()) {
            *error = Tr::tr("%1 cannot be sized from %2 work: its %3 has a published peak at %4 "
                            "only; state the work at that precision, or the hours")
                         .arg(instance.id, precisionName, accelerator->name,
                              published.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        // No figure at any precision: FPGAs and video transcoders do not run work as FLOPs.
        *error = Tr::tr("%1 cannot be sized from work: its %2 has no FLOPS peak to turn work into "
                        "hours (%3); state the hours instead")
                     .arg(instance.id, accelerator->name, accelerator->peakNote);
        const WorkTask other =
            task == WorkTask::Training ? WorkTask::Inference : WorkTask::Training;
        if (method.achievedThroughput(instance.accelerator, other)) {
            *error =
                Tr::tr("%1 cannot be sized from %2 work: its %3 has no FLOPS peak and its "
                       "only published achieved throughput is for %4; state the hours instead")
                    .arg(instance.id, taskName, accelerator->name,
                         other == WorkTask::Training ? Tr::tr("training") : Tr::tr("inference"));
        }
        return std::nullopt;
    }
    if (instance.acceleratorCount <= 0 || (!peak && !achieved)) {
        *error = Tr::tr("%1 has no published accelerator throughput at %2; state the hours instead")
                     .arg(instance.id, precisionName);
        return std::nullopt;
    }
    if (achieved && precision != achieved->precision
        && !(isSixteenBit(precision) && isSixteenBit(achieved->precision))) {
        *error = Tr::tr("%1 cannot be sized from %2 work: the published achieved throughput of "
                        "its %3 was measured at %4; state the hours instead")
                     .arg(instance.id, precisionName, accelerator->name,
                          precisionKey(achieved->precision));
        return std::nullopt;
    }

    WorkSizing s;
    if (achieved) {
        // The class range says how far a job may fall from (or beat) a typical run; its
        // central also gives the load, as it does for accelerators sized from a peak.
        const AchievedUtilization *spread = method.utilization(acceleratorClass(instance), task);
        if (!spread || !spread->central) {
            *error = Tr::tr("no achieved utilization is known for %1 %2; state the hours instead")
                         .arg(acceleratorClass(instance), taskName);
            return std::nullopt;
        }
        const double central = *spread->central;
        s.throughputAchieved = true;
        s.achievedCentral = 1.0;
        s.achievedLow = spread->low.value_or(central) / central;
        s.achievedHigh = spread->high.value_or(central) / central;
        s.loadBasisFraction = central;
        s.achievedSource = achieved->source;
        s.achievedBasis =
            Tr::tr("%1 %2 hours from work: %3 TFLOPS sustained per accelerator, derived from a "
                   "published achieved throughput, not a peak (%4 samples/s of %5 tokens, %6 M "
                   "parameters, on %7 accelerators of %8), so no achieved fraction of peak is "
                   "applied; the P10-P90 spread (x%9-x%10) and the load on the power curve "
                   "borrow the %11 %2 range of achieved_utilization.csv (assumption)")
                .arg(instance.accelerator, taskName)
                .arg(achieved->tflopsPerDevice(), 0, 'f', 2)
                .arg(achieved->samplesPerSecond)
                .arg(achieved->tokensPerSample)
                .arg(achieved->parameters / 1e6)
                .arg(achieved->devices)
                .arg(achieved->instance)
                .arg(s.achievedLow, 0, 'f', 2)
                .arg(s.achievedHigh, 0, 'f', 2)
                .arg(acceleratorClass(instance));
    } else if (const AchievedUtilizationFit *fit =
                   method.utilizationFit(instance.accelerator, task)) {
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
                .arg(fit->families.join(QStringLiteral(", ")));
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
                .arg(acceleratorClass(instance), taskName)
                .arg(s.achievedCentral, 0, 'f', 3)
                .arg(s.achievedLow, 0, 'f', 3)
                .arg(s.achievedHigh, 0, 'f', 3);
    } else {
        *error = Tr::tr("no achieved utilization is known for %1 %2; state the hours instead")
                     .arg(acceleratorClass(instance), taskName);
        return std::nullopt;
    }

    if (work.decodeTokensPerRequest() > 0.0) {
        if (s.throughputAchieved) {
            *error = Tr::tr("%1 cannot be sized token by token: its %2 has no FLOPS peak; leave "
                            "outputTokensPerRequest out, or state the hours")
                         .arg(instance.id, accelerator->name);
            return std::nullopt;
        }
        const double peakTflops = accelerator->peak(precision).value_or(0.0);
        if (!sizeServing(work, instance, *accelerator, peakTflops, count, reference, s, error))
            return std::nullopt;
        if (work.acceleratorLoad) {
            s.loadOverridden = true;
            s.loadLow = s.loadCentral = s.loadHigh = *work.acceleratorLoad;
        }
        return s;
    }
    if (!s.throughputAchieved)
        s.loadBasisFraction = s.achievedCentral;
    s.flops = work.flops();
    if (work.kind == WorkSpec::Kind::Training)
        s.assumptions << trainingFlopsBasis(work);
    s.instanceThroughputTflops =
        instance.acceleratorCount * (achieved ? achieved->tflopsPerDevice() : *peak);
    const double flopsPerHourAtPeak =
        std::max(1, count) * s.instanceThroughputTflops * 1e12 * 3600.0;
    s.hoursCentral = Hours{s.flops / (flopsPerHourAtPeak * s.achievedCentral)};
    s.hoursLow = Hours{s.flops / (flopsPerHourAtPeak * s.achievedHigh)};
    s.hoursHigh = Hours{s.flops / (flopsPerHourAtPeak * s.achievedLow)};
    // Fractions of the throughput; x the basis fraction they are fractions of peak.
    const double toPeak = s.throughputAchieved ? s.loadBasisFraction : 1.0;
    s.loadDerived = loadFromAchievedFraction(s.loadBasisFraction, reference);
    if (work.acceleratorLoad) {
        s.loadOverridden = true;
        s.loadLow = s.loadCentral = s.loadHigh = *work.acceleratorLoad;
    } else {
        s.loadLow = loadFromAchievedFraction(s.achievedLow * toPeak, reference);
        s.loadCentral = loadFromAchievedFraction(s.achievedCentral * toPeak, reference);
        s.loadHigh = loadFromAchievedFraction(s.achievedHigh * toPeak, reference);
    }
    return s;
}

} // namespace

std::optional<WorkSizing> sizeWork(const WorkSpec &work, const InstanceSpec &instance, int count,
                                   const ReferenceData &reference, QString *error)
{
    std::optional<WorkSizing> s = sizeStatedWork(work, instance, count, reference, error);
    if (s && work.busyTimeFactor) {
        // The same work in a fraction of the time at the load it implies: the fractions of
        // peak and the loads stay those of the work, only the hours follow the factor.
        const double factor = *work.busyTimeFactor;
        s->hoursLow = Hours{s->hoursLow.h * factor};
        s->hoursCentral = Hours{s->hoursCentral.h * factor};
        s->hoursHigh = Hours{s->hoursHigh.h * factor};
    }
    return s;
}

} // namespace greenprint
