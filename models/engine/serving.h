// SPDX-License-Identifier: GPL-3.0-or-later
// Inference served token by token: prefill bound by compute, decode by memory bandwidth.
#pragma once

/*
 * Serving
 * =======
 * An inference work that states its output tokens (WorkSpec::outputTokensPerRequest) is
 * served as a language model serves it. A model replica is the fewest accelerators of one
 * instance whose memory holds the weights (all parameters) and the KV cache of its batch;
 * an instance holds floor(accelerators / replica) replicas.
 *
 *  - Prefill: the prompt (tokensPerRequest - outputTokensPerRequest tokens) in one pass,
 *    2 x active parameters FLOPs per token at the achieved fraction of peak of inference
 *    work (achieved_utilization.csv): compute-bound.
 *  - Decode: every output token is one step of the whole batch. A step reads the weights
 *    the batch touches, parameters x (1 - (1 - active/parameters)^batch) values (all of them
 *    in a dense model; a mixture of experts touches more experts as the batch grows), and
 *    the batch's KV cache, batch x context x KV values per token; it computes
 *    2 x active parameters x batch FLOPs:
 *        step = max(weights / (bandwidth x g), FLOPs / (peak x f)) + KV / (bandwidth x g)
 *    The weight products and the attention over the cache are separate kernels, hence the
 *    sum. g (achieved fraction of datasheet bandwidth) and f (fraction of peak a decode
 *    product reaches) are fitted on public measurements (coefficients.csv serving.*,
 *    data/fit_serving.py); context = prompt + half the output.
 *  - Power: the load on the power curve while decoding is the compute duty (FLOPs / step as
 *    a fraction of the GEMM-saturated peak, as for other work) plus the memory duty
 *    (bytes / step as a fraction of the datasheet bandwidth), capped at 1: streaming memory
 *    at full bandwidth is taken to load the board like a saturating GEMM (an assumption;
 *    tst_servingprediction checks it against measured H100 watts).
 *
 * Bytes per value follow the precision (fp32 4, bf16 2, fp8/int8 1).
 */

#include "../domain/project.h"
#include "../domain/referencedata.h"

#include <QString>

#include <optional>

namespace greenprint {

/** Bytes one value takes at `precision` (fp32/tf32 4, bf16/fp16 2, fp8/int8 1). */
double bytesPerValue(Precision precision);

/** Memory a serving replica holds, in bytes (1 GB = 1e9 bytes). */
struct ServingMemory
{
    double weightsBytes = 0.0; ///< all parameters at the work's precision
    double kvBytesPerToken = 0.0; ///< KV cache of one token in flight
    double batch = 1.0; ///< requests held at once (the work's batch size or its default)
    double contextTokens = 0.0; ///< tokens of one request at its end (tokensPerRequest)
    double totalBytes() const { return weightsBytes + batch * contextTokens * kvBytesPerToken; }
};

/** What an inference replica of `work` holds (nullopt for training or an unknown precision). */
std::optional<ServingMemory> servingMemory(const WorkSpec &work, const ReferenceData &reference);

/** The fitted constants of the decode model for one class of accelerator. */
struct ServingConstants
{
    double bandwidthFraction = 0.0; ///< g: achieved fraction of datasheet memory bandwidth
    double decodeFractionOfPeak = 0.0; ///< f: fraction of peak of a compute-bound decode step
    double timeRatioLow = 1.0; ///< P10 of measured / predicted step time on the fit rows
    double timeRatioHigh = 1.0; ///< P90
    bool borrowed = false; ///< no fit for this class: the NVIDIA constants are used
};

/** The constants for `acceleratorClass` (nvidia_gpu, inferentia, trainium, ...). */
ServingConstants servingConstants(const QString &acceleratorClass, const ReferenceData &reference);

/** One decode step of a replica. */
struct DecodeStep
{
    double seconds = 0.0;
    double flops = 0.0; ///< 2 x active parameters x batch
    double bytes = 0.0; ///< weights touched + KV cache read
    bool computeBound = false; ///< the weight products are limited by FLOPs, not bytes
};

/** The replica a decode step runs on and what it serves. */
struct DecodeInput
{
    double parameters = 0.0;
    double activeParameters = 0.0;
    double bytesPerValue = 2.0;
    double kvValuesPerTokenPerParameter = 0.0;
    double batch = 1.0;
    double contextTokens = 0.0; ///< tokens in each request's cache, on average over the decode
    int accelerators = 1; ///< of the replica
    double peakTflopsPerAccelerator = 0.0; ///< at the work's precision
    double bandwidthGBpsPerAccelerator = 0.0;
};

/** The decode step of `in` under `constants` (the formula of this header). */
DecodeStep decodeStep(const DecodeInput &in, const ServingConstants &constants);

/** Load on the power curve during a decode step: compute duty + memory duty, capped at 1. */
double decodeLoad(const DecodeStep &step, const DecodeInput &in, const ReferenceData &reference);

} // namespace greenprint
