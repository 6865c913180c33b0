// SPDX-License-Identifier: GPL-3.0-or-later
// Assumed per-chip power of AWS Neuron accelerators, derived from AWS's relative claims.
#pragma once

/*
 * AWS publishes no power figure for Inferentia, Inferentia2, Trainium or
 * Trainium2. Greenprint derives one per chip from AWS's published relative
 * efficiency claims (data/reference/claims.csv) and the datasheet peak
 * throughputs (accelerators.csv), and labels it a derived assumption wherever
 * it shows:
 *
 *   Inferentia   C08: +50 % perf/W over g4dn (T4):
 *                P = TDP_T4 x (peak_Inf1 / peak_T4) / 1.5                  (fp16)
 *   Trainium     C05: ~25 % less energy than comparable accelerated instances
 *                for the same training (taken as p4d, A100 40GB):
 *                P = 0.75 x TDP_A100 x (peak_Trn1 / peak_A100)             (bf16)
 *   Inferentia2  same NeuronCore-v2 and peak as Trainium: P = P_Trn1
 *                (C03, +50 % perf/W over comparable instances, cannot be
 *                checked: AWS publishes no A10G throughput)
 *   Trainium2    C10: 2x perf/W over Trainium:
 *                P = P_Trn1 x (peak_Trn2 / peak_Trn1) / 2                  (bf16)
 *
 * The claims are "up to" figures, so the band runs from the derived value (the
 * claim fully realised) up to perf/W parity with the baseline (the claim not
 * realised at all): high = central x the claim's ratio.
 */

#include "../domain/methoddata.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace greenprint {

struct DerivedAcceleratorPower
{
    double centralW = 0.0; ///< per chip at full load
    double lowW = 0.0;
    double highW = 0.0;
    QString formula; ///< human-readable derivation with the numbers used
    QStringList claimIds; ///< e.g. {"C08"}
};

/** True for the four AWS Neuron accelerator names of accelerators.csv. */
bool isNeuronAccelerator(const QString &acceleratorName);

/** The derived assumption for a Neuron chip, or nullopt if the inputs are missing. */
std::optional<DerivedAcceleratorPower> deriveNeuronPower(const QString &acceleratorName,
                                                         const MethodData &method);

} // namespace greenprint
