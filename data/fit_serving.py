#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fits the serving (prefill/decode) model's constants on public LLM serving measurements.

Input (data/reference):
  serving_measurements.csv   ML.ENERGY leaderboard (H100) and AWS Neuron benchmark rows, each
                             marked `fit` or `test`; no reserved family (Llama 2/3, BLOOM,
                             GPT-3, Pythia, DeepSeek-V3) is in it
  accelerators.csv           peaks, memory bandwidth
  coefficients.csv           KV-cache values per token, GEMM fraction of peak, and the fitted
                             constants this script checks
Model (engine/serving.h, the same formulas): one decode step of a replica of `a` accelerators
serving a batch of B requests reads the weights it touches and the batch's KV cache:
  weights read  = parameters x (1 - (1 - active / parameters)^B) x bytes per value
  KV read       = B x context x KV values per token per active parameter x active x bytes
  step          = max(weights / (a x bandwidth x g), 2 x active x B / (a x peak x f))
                  + KV read / (a x bandwidth x g)
with context = input + output / 2. Fitted, on the `fit` rows only (least squares on log step
time): g, the achieved fraction of the datasheet memory bandwidth (NVIDIA, and Neuron apart),
and f, the fraction of peak a decode GEMM reaches once it is compute-bound (NVIDIA rows; used
for every accelerator). The decode band is the 10th and 90th percentile of measured/predicted
step time over the fit rows.

  fit_serving.py            print the constants
  fit_serving.py --check    exit 1 if coefficients.csv differs from a fresh fit
  fit_serving.py --report   print every row, predicted vs measured (README)
"""

import csv
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "reference")


def read(name):
    with open(os.path.join(REF, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


ACC = {r["accelerator"]: r for r in read("accelerators.csv")}
COEF = {r["key"]: r for r in read("coefficients.csv")}
ROWS = read("serving_measurements.csv")
KV = float(COEF["memory.kv_cache_values_per_token_per_parameter"]["value"])
GEMM = float(COEF["accelerator.gemm_fraction_of_peak_at_full_duty"]["value"])
BYTES = {"fp32": 4, "tf32": 4, "bf16": 2, "fp16": 2, "fp8": 1, "int8": 1}


def neuron(row):
    return row["accelerator"].startswith("AWS ")


def step_seconds(row, g, f):
    acc = ACC[row["accelerator"]]
    a = int(row["accelerators"])
    p, pa = float(row["parameters"]), float(row["active_parameters"])
    b = float(row["batch"])
    width = BYTES[row["precision"]]
    context = float(row["input_tokens"] or 0) + float(row["output_tokens"]) / 2
    bandwidth = a * float(acc["memory_bandwidth_gbps"]) * 1e9 * g
    peak = a * float(acc[row["precision"] + "_tflops"]) * 1e12 * f
    weights = p * (1 - (1 - pa / p) ** b) * width
    kv = b * context * KV * pa * width
    return max(weights / bandwidth, 2 * pa * b / peak) + kv / bandwidth


def measured(row):
    return float(row["measured_step_ms"]) / 1e3


def sse(rows, g, f):
    return sum(math.log(step_seconds(r, g, f) / measured(r)) ** 2 for r in rows)


def fit():
    fit_rows = [r for r in ROWS if r["set"] == "fit"]
    nvidia = [r for r in fit_rows if not neuron(r)]
    grid = [i / 200 for i in range(10, 200)]  # 0.05 .. 0.995 in steps of 0.005
    _, g_nv, f = min((sse(nvidia, g, f), g, f) for g in grid for f in grid)
    neuron_rows = [r for r in fit_rows if neuron(r)]
    _, g_neuron = min((sse(neuron_rows, g, f), g) for g in grid)
    ratios = sorted(
        measured(r) / step_seconds(r, g_neuron if neuron(r) else g_nv, f) for r in fit_rows)
    return {
        "serving.achieved_bandwidth_fraction.nvidia_gpu": g_nv,
        "serving.achieved_bandwidth_fraction.neuron": g_neuron,
        "serving.decode_fraction_of_peak": f,
        "serving.decode_time_ratio_p10": round(percentile(ratios, 0.10), 3),
        "serving.decode_time_ratio_p90": round(percentile(ratios, 0.90), 3),
    }


def percentile(values, q):
    pos = q * (len(values) - 1)
    lo = int(math.floor(pos))
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


def report(constants):
    g_nv = constants["serving.achieved_bandwidth_fraction.nvidia_gpu"]
    g_neuron = constants["serving.achieved_bandwidth_fraction.neuron"]
    f = constants["serving.decode_fraction_of_peak"]
    print("set  | model | accelerators | batch | step ms predicted / measured | error")
    for r in ROWS:
        s = step_seconds(r, g_neuron if neuron(r) else g_nv, f)
        print("%s | %s | %s x %s | %s | %.2f / %.2f | %+.0f %%" % (
            r["set"], r["model"], r["accelerators"], r["accelerator"], r["batch"], s * 1e3,
            measured(r) * 1e3, 100 * (s / measured(r) - 1)))


def main():
    constants = fit()
    if "--report" in sys.argv:
        report(constants)
        return 0
    if "--check" in sys.argv:
        bad = 0
        for key, value in constants.items():
            have = float(COEF[key]["value"]) if key in COEF else None
            if have is None or abs(have - value) > 1e-9:
                print("coefficients.csv %s is %s, a fresh fit gives %s" % (key, have, value))
                bad += 1
        return 1 if bad else 0
    for key, value in constants.items():
        print("%s,%s" % (key, value))
    return 0


if __name__ == "__main__":
    sys.exit(main())
