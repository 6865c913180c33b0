// SPDX-License-Identifier: GPL-3.0-or-later
// Assumed per-chip power of AWS Neuron accelerators, derived from AWS's whole-instance claims.
#pragma once

/*
 * AWS publishes no power figure for Inferentia, Inferentia2, Trainium or
 * Trainium2, only relative claims about instances (data/reference/claims.csv).
 * Greenprint derives the one unknown, the chip's power at full load, so that
 * the whole estimator reproduces each claim end to end: the same work on a
 * whole Neuron instance and on the claim's baseline instance, each sized at
 * its own achieved fraction of peak (worksizing.h), each drawing host CPU and
 * memory power at its own load, uses the claimed energy ratio r:
 *
 *   energy per unit of work  e(instance) = P_instance(load) / (n x peak x achieved)
 *   e(neuron) = r x e(baseline)   solved for the chip power P_chip:
 *   P_chip = (r x e(baseline) x n x peak x achieved - host(load) - memory) / (n x curve(load))
 *
 *   Inferentia   C08 Inf1 +50 % perf/W over g4dn      inf1.xlarge vs g4dn.xlarge, fp16 inference
 *   Trainium     C05 ~25 % less training energy       trn1.32xlarge vs p4d.24xlarge, bf16
 *                than comparable accelerated instances   training of BERT-Large (340 M)
 *   Inferentia2  C03 up to +50 % perf/W over          inf2.xlarge vs g5.xlarge (A10G, the GPU
 *                comparable EC2 instances             inference instance of Inf2's launch), fp16
 *   Trainium2    C10 up to 2x perf/W over Trainium    trn2.48xlarge vs trn1.32xlarge, bf16
 *
 * The claims are "up to" or approximate figures, so the band runs from the
 * derived value (claim fully realised) up to the chip power at which the two
 * instances use the same energy for the work (claim not realised at all).
 */

#include "../domain/referencedata.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

class GreenprintProfile;

struct DerivedAcceleratorPower
{
    double centralW = 0.0; ///< per chip at full load
    double lowW = 0.0;
    double highW = 0.0; ///< energy parity with the baseline instance
    double claimedEnergyRatio = 0.0; ///< r: Neuron energy / baseline energy for the same work
    QString neuronInstance; ///< the instance pair the claim is reproduced on
    QString baselineInstance;
    QString formula; ///< human-readable derivation with the numbers used
    QStringList claimIds; ///< e.g. {"C08"}
};

/** True for the four AWS Neuron accelerator names of accelerators.csv. */
bool isNeuronAccelerator(const QString &acceleratorName);

/**
 * The derived assumption for a Neuron chip under `profile`'s host, memory and
 * load-curve model, or nullopt if a claim, instance or peak it needs is missing.
 */
std::optional<DerivedAcceleratorPower> deriveNeuronPower(const QString &acceleratorName,
                                                         const GreenprintProfile &profile,
                                                         const ReferenceData &reference);

} // namespace greenprint
