// SPDX-License-Identifier: GPL-3.0-or-later
// Hours and accelerator load from work: one physics for time and power.
#pragma once

/*
 * Work sizing
 * ===========
 * A job stated as work (parameters x tokens, or requests) runs for
 *     hours = FLOPs / (instances x peak throughput x achieved fraction of peak)
 * and while it runs its accelerators sit at a load on their power curve that
 * follows from the same achieved fraction:
 *     load = achieved fraction of peak / fraction of peak a saturating GEMM reaches
 * (measured on one H100: coefficients.csv accelerator.gemm_fraction_of_peak_at_full_duty).
 * Two names, two ideas: the *achieved fraction of peak* (model FLOPs utilization,
 * MFU) sets time; the *load* (duty on the measured load curve) sets power.
 *
 * Training on a generation with a fitted model (achieved_utilization_fit.csv) takes
 * its central fraction from the fit and its P10-P90 interval from the fit's
 * leave-one-family-out residuals; other work uses achieved_utilization.csv.
 *
 * An accelerator without a FLOPS peak but with a published achieved rate
 * (achieved_throughput.csv: first-generation Gaudi) runs at that rate instead:
 *     hours = FLOPs / (instances x achieved rate x spread)
 * The rate is already achieved, so no fraction of peak applies to the central hours;
 * the P10-P90 spread and the load on the power curve borrow the accelerator class's
 * achieved-utilization range relative to its central (an assumption, said so).
 *
 * Inference that states its output tokens is served token by token instead: prefill
 * bound by compute, decode by memory bandwidth (engine/serving.h).
 *
 * A work with a busy-time factor (WorkSpec::busyTimeFactor: an optimization's measured
 * effect, e.g. a compiled model) runs its hours x the factor at the same loads.
 */

#include "../domain/project.h"
#include "../domain/referencedata.h"
#include "../units.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

struct WorkSizing
{
    double flops = 0.0;
    /// Accelerators x peak at the work's precision; x the published achieved rate when
    /// `throughputAchieved`.
    double instanceThroughputTflops = 0.0;
    /// The throughput is a published achieved rate, not a peak: the fractions below are
    /// relative to it (central 1) instead of model FLOPs utilization.
    bool throughputAchieved = false;
    double achievedLow = 0.0; ///< achieved fractions of the throughput (MFU), P10 / central / P90
    double achievedCentral = 0.0;
    double achievedHigh = 0.0;
    double loadBasisFraction = 0.0; ///< fraction of peak the central load is derived from
    double loadLow = 0.0; ///< load on the power curve while busy, at achievedLow
    double loadCentral = 0.0;
    double loadHigh = 0.0; ///< at achievedHigh
    bool loadOverridden = false; ///< the work's acceleratorLoad replaced the derived load
    Hours hoursLow; ///< wall-clock hours at the high fraction of peak
    Hours hoursCentral;
    Hours hoursHigh; ///< at the low fraction of peak
    QString achievedSource;
    QString achievedBasis; ///< how the fraction was obtained, for the assumptions list
    /// The load the physics gives (before a hand-set acceleratorLoad replaces it).
    double loadDerived = 0.0;
    /// Served token by token (engine/serving.h): achieved* are the effective fractions of
    /// peak of the whole job, prefill and decode together.
    bool served = false;
    int acceleratorsPerReplica = 0; ///< served: the fewest accelerators holding one replica
    int replicasPerInstance = 0; ///< served
    double decodeStepSeconds = 0.0; ///< served: one decode step of a replica's batch
    QStringList assumptions; ///< further assumptions of the sizing (serving), translated
};

/** The class of accelerator the achieved-utilization table is keyed by. */
QString acceleratorClass(const InstanceSpec &instance);

/** Load on the power curve of an accelerator achieving `fractionOfPeak` while busy. */
double loadFromAchievedFraction(double fractionOfPeak, const ReferenceData &reference);

/**
 * Sizes `work` on `count` instances. Returns nullopt with `error` set when the
 * instance has no accelerator throughput at the precision, or no achieved
 * utilization is known for its class and the work's task. `work.requests` is the
 * total served: an endpoint passes EndpointSpec::servedWork(), which turns a monthly
 * rate into that total, so both ways of stating traffic size (and serve) alike.
 */
std::optional<WorkSizing> sizeWork(const WorkSpec &work, const InstanceSpec &instance, int count,
                                   const ReferenceData &reference, QString *error);

} // namespace greenprint
