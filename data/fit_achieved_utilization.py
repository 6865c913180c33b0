#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fits the achieved-utilization (model FLOPs utilization, MFU) model on published runs.

Input (data/reference):
  published_runs.csv          training runs with their sources (never a reserved family); a row
                              whose `excluded` column gives a reason (a figure that could not be
                              traced to a source) is kept for the record and not fitted
  accelerator_generations.csv which accelerators each generation covers
  accelerators.csv            datasheet peaks
Output:
  achieved_utilization_fit.csv  one row per generation, read by the estimator

Model: ln(MFU) = a[generation] + b * ln(parameters / 1e9) + c * [benchmark], MFU being
training FLOPs / (accelerator-hours x 3600 x dense 16-bit peak), the FLOPs counted as the
estimator counts a job's: 6 x parameters x tokens, plus attention (12 x layers x hidden size x
sequence length per token) for the runs that state their shape.
- a[generation]: what one accelerator generation achieves on a whole training run.
- b: the power-law exponent of model size, MFU = exp(a) x (parameters / 1e9)^b, the form the
  estimator applies (AchievedUtilizationFit::central). Both logarithms are natural, so b is
  written to the table as fitted (a slope per decade, log10, would be ln 10 = 2.30 times too
  steep as an exponent). Larger models run larger matrix multiplications and spend a smaller
  share of their time in memory-bound work (normalisation, activations, communication per
  FLOP), so their fraction of peak can be higher.
  The term is kept only when it lowers the leave-one-family-out error on the full runs
  (chosen on the fit runs alone).
- c: a throughput benchmark times training steps only; a whole run's published hours also
  hold restarts after failures, checkpoints, evaluation and slow starts. c is how much
  higher a benchmark's fraction is than a whole run's, fitted across generations, so that
  benchmarks (MPT's sweep, Megatron-LM, AWS Neuron) inform the generation and size terms
  without passing their step rate off as a run's. The table holds the whole-run level:
  that is what the estimator predicts.
Band: the 10th and 90th percentiles of the leave-one-family-out residuals of the whole runs,
so the interval is what the model achieved on runs of families it had not seen.

  fit_achieved_utilization.py            rewrite achieved_utilization_fit.csv
  fit_achieved_utilization.py --check    exit 1 if the committed table differs from a fresh fit
  fit_achieved_utilization.py --report   print the leave-one-family-out table (README)
  fit_achieved_utilization.py --predict ID  the fitted model's fraction for one run, term by term
"""

import csv
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "reference")
# Families kept to score the prediction: never fitted on.
RESERVED = re.compile(r"llama[ -]?(2|3)(\b|[.-])|bloom|gpt-?3\b|pythia|deepseek", re.IGNORECASE)
MFU_FLOOR, MFU_CEILING = 0.01, 0.75


def read(name):
    with open(os.path.join(REF, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def peak_tflops(accelerator_row, precision):
    order = {"bf16": ["bf16_tflops", "fp16_tflops"], "fp16": ["fp16_tflops", "bf16_tflops"]}
    for column in order.get(precision, [precision + "_tflops", "bf16_tflops", "fp16_tflops"]):
        if accelerator_row.get(column):
            return float(accelerator_row[column])
    raise SystemExit("no 16-bit peak for " + accelerator_row["accelerator"])


def flops_per_token(run):
    """Training FLOPs per token as the estimator counts them (WorkSpec::trainingFlopsPerToken):
    6 x parameters, plus attention's 12 x layers x hidden size x sequence length (PaLM,
    arXiv:2204.02311, appendix B) when the run states all three; published hours include that
    work, so leaving it out would bias the fitted fraction of peak low for long sequences."""
    shape = [run.get(k, "") for k in ("sequence_length", "layers", "hidden_size")]
    if any(shape) and not all(shape):
        raise SystemExit("published_runs.csv: %s states part of its shape (sequence_length, "
                         "layers and hidden_size go together)" % run["id"])
    if all(shape) and not run.get("shape_source"):
        raise SystemExit("published_runs.csv: %s states a shape without shape_source" % run["id"])
    attention = 12.0 * float(shape[0]) * float(shape[1]) * float(shape[2]) if all(shape) else 0.0
    return 6.0 * float(run["parameters"]) + attention


def load_runs():
    accelerators = {r["accelerator"]: r for r in read("accelerators.csv")}
    generations = read("accelerator_generations.csv")
    reference = {}  # generation -> its non-assumption accelerator (the datasheet peak)
    for g in generations:
        if g["assumption"] == "no":
            reference.setdefault(g["generation"], accelerators[g["accelerator"]])
    runs = []
    for r in read("published_runs.csv"):
        if RESERVED.search(r["family"] + " " + r["model"]):
            raise SystemExit("published_runs.csv: %s belongs to a reserved family" % r["id"])
        if "excluded" not in r:
            raise SystemExit("published_runs.csv: no column 'excluded' (why a row is not fitted)")
        if r["excluded"]:
            continue  # a figure without a traceable source stays in the table, out of the fit
        if r["reported_mfu"]:
            mfu = float(r["reported_mfu"])
        else:
            flops = flops_per_token(r) * float(r["tokens"])
            peak = peak_tflops(reference[r["generation"]], r["precision"]) * 1e12
            mfu = flops / (float(r["accelerator_hours"]) * 3600.0 * peak)
        if r["run_type"] not in ("full_run", "benchmark"):
            raise SystemExit("published_runs.csv: %s has run_type %r (full_run or benchmark)"
                             % (r["id"], r["run_type"]))
        runs.append({"id": r["id"], "family": r["family"], "generation": r["generation"],
                     "size": math.log(float(r["parameters"]) / 1e9), "mfu": mfu,
                     "benchmark": r["run_type"] == "benchmark",
                     "count": (math.log10(float(r["accelerator_count"]))
                               if r["accelerator_count"] else None)})
    return runs, generations


def solve(matrix, vector):
    """Least squares by the normal equations (tiny systems, Gaussian elimination)."""
    n = len(matrix[0])
    a = [[sum(row[i] * row[j] for row in matrix) for j in range(n)] for i in range(n)]
    b = [sum(row[i] * y for row, y in zip(matrix, vector)) for i in range(n)]
    for i in range(n):
        a[i][i] += 1e-9  # keeps a generation without runs solvable
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot], b[col], b[pivot] = a[pivot], a[col], b[pivot], b[col]
        for r in range(n):
            if r != col and a[col][col]:
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
                b[r] -= f * b[col]
    return [b[i] / a[i][i] for i in range(n)]


def fit(runs, with_size, with_count=False):
    """(intercept per generation (whole runs), size slope, benchmark offset, count slope).

    The count term (log10 of the accelerators a run used: communication and failures grow
    with the cluster) is only tried by --report; the table does not carry it."""
    generations = sorted({r["generation"] for r in runs})
    with_benchmark = any(r["benchmark"] for r in runs) and any(not r["benchmark"] for r in runs)
    rows = [[1.0 if r["generation"] == g else 0.0 for g in generations]
            + ([r["size"]] if with_size else [])
            + ([1.0 if r["benchmark"] else 0.0] if with_benchmark else [])
            + ([r["count"]] if with_count else []) for r in runs]
    coef = solve(rows, [math.log(r["mfu"]) for r in runs])
    intercept = dict(zip(generations, coef))
    slope = coef[len(generations)] if with_size else 0.0
    benchmark = coef[len(generations) + int(with_size)] if with_benchmark else 0.0
    count = coef[-1] if with_count else 0.0
    return intercept, slope, benchmark, count


def predict(model, generation, size, benchmark=False, count=None):
    intercept, slope, offset, count_slope = model
    if generation not in intercept:
        return None
    log_mfu = (intercept[generation] + slope * size + (offset if benchmark else 0.0)
               + (count_slope * count if count is not None else 0.0))
    return min(MFU_CEILING, max(MFU_FLOOR, math.exp(log_mfu)))


def leave_one_family_out(runs, with_size, with_count=False):
    """Per run: (run, predicted MFU) with its family left out of the fit; None if unpredictable."""
    out = []
    for family in sorted({r["family"] for r in runs}):
        model = fit([r for r in runs if r["family"] != family], with_size, with_count)
        for r in runs:
            if r["family"] == family:
                out.append((r, predict(model, r["generation"], r["size"], r["benchmark"],
                                       r["count"] if with_count else None)))
    return out


def hours_error(run, mfu):
    return run["mfu"] / mfu - 1.0  # predicted / published accelerator-hours - 1


def median(values):
    s = sorted(values)
    m = len(s) // 2
    return s[m] if len(s) % 2 else 0.5 * (s[m - 1] + s[m])


def quantile(values, q):
    s = sorted(values)
    pos = q * (len(s) - 1)
    lo = int(math.floor(pos))
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (pos - lo) * (s[hi] - s[lo])


def choose():
    runs, generations = load_runs()
    scores = {}
    for with_size in (False, True):
        errors = [abs(hours_error(r, p)) for r, p in leave_one_family_out(runs, with_size)
                  if p and not r["benchmark"]]
        scores[with_size] = median(errors)
    with_size = scores[True] < scores[False]
    return runs, generations, with_size, scores


def fitted_table():
    runs, generations, with_size, scores = choose()
    model = fit(runs, with_size)
    lofo = [(r, p) for r, p in leave_one_family_out(runs, with_size) if p and not r["benchmark"]]
    residuals = [math.log(r["mfu"] / p) for r, p in lofo]
    errors = [hours_error(r, p) for r, p in lofo]
    worst, bias = max(abs(e) for e in errors), median(errors)
    p10, p90 = quantile(residuals, 0.10), quantile(residuals, 0.90)
    by_generation = {}
    for g in generations:
        by_generation.setdefault(g["generation"], []).append(g["accelerator"])
    table = []
    for generation in sorted(by_generation):
        members = [r for r in runs if r["generation"] == generation]
        families = sorted({r["family"] for r in members})
        central_1b = predict(model, generation, 0.0)
        table.append({
            "generation": generation,
            "task": "training",
            "accelerators": "|".join(by_generation[generation]),
            "mfu_at_1b_parameters": "%.4f" % central_1b,
            "size_exponent": "%.4f" % model[1],
            "mfu_floor": MFU_FLOOR,
            "mfu_ceiling": MFU_CEILING,
            "residual_p10": "%.4f" % p10,
            "residual_p90": "%.4f" % p90,
            "runs": len(members),
            "families": " ".join(families),
            "notes": ("Fitted by data/fit_achieved_utilization.py on published_runs.csv: "
                      "ln MFU = a[generation] + b ln(parameters / 1e9) + c [benchmark], "
                      "this row being a whole run (c = %+.4f: throughput benchmarks run "
                      "x%.2f faster than whole runs, which include restarts, checkpoints "
                      "and evaluation); %d of the %d runs of this generation are "
                      "benchmarks; size term %s (leave-one-family-out median |error| on "
                      "whole runs %.3f with it, %.3f without; worst %.3f, median signed "
                      "%+.3f). Band = 10th/90th percentiles of the leave-one-family-out log "
                      "residuals over all %d predictable whole runs." % (
                          model[2], math.exp(model[2]),
                          sum(1 for r in members if r["benchmark"]), len(members),
                          "kept" if with_size else "dropped", scores[True], scores[False],
                          worst, bias, len(residuals))),
            "source": "data/reference/published_runs.csv | data/fit_achieved_utilization.py",
        })
    return table, runs, with_size


FIELDS = ["generation", "task", "accelerators", "mfu_at_1b_parameters", "size_exponent",
          "mfu_floor", "mfu_ceiling", "residual_p10", "residual_p90", "runs", "families",
          "notes", "source"]


def render(table):
    import io
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue()


def report_table(lofo, title):
    print("%s\n" % title)
    print("| generation | runs predicted | median error | worst error | bias (median signed) |")
    print("|---|---|---|---|---|")
    for generation in sorted({r["generation"] for r, _ in lofo}):
        errors = [hours_error(r, p) for r, p in lofo if p and r["generation"] == generation]
        skipped = sum(1 for r, p in lofo if not p and r["generation"] == generation)
        if not errors:
            print("| %s | 0 of %d (one family only) | n/a | n/a | n/a |" % (generation, skipped))
            continue
        print("| %s | %d of %d | %.0f %% | %.0f %% | %+.0f %% |" % (
            generation, len(errors), len(errors) + skipped,
            100 * median([abs(e) for e in errors]), 100 * max(abs(e) for e in errors),
            100 * median(errors)))
    every = [hours_error(r, p) for r, p in lofo if p]
    print("| all | %d | %.0f %% | %.0f %% | %+.0f %% |" % (
        len(every), 100 * median([abs(e) for e in every]), 100 * max(abs(e) for e in every),
        100 * median(every)))
    print()


def report():
    runs, _, with_size, scores = choose()
    lofo = leave_one_family_out(runs, with_size)
    model = fit(runs, with_size)
    print("size term %s (whole-run LOFO median |error| %.3f with, %.3f without); "
          "size exponent %.4f; benchmark offset x%.2f\n" % (
              "kept" if with_size else "dropped", scores[True], scores[False], model[1],
              math.exp(model[2])))
    counted = [r for r in runs if r["count"] is not None]
    for with_count in (False, True):
        lofo_counted = leave_one_family_out(counted, with_size, with_count)
        errors = [hours_error(r, p) for r, p in lofo_counted if p and not r["benchmark"]]
        print("accelerator-count term %s, on the %d runs that state a count: whole-run LOFO "
              "median |error| %.3f, worst %.3f%s" % (
                  "tried" if with_count else "absent", len(counted),
                  median([abs(e) for e in errors]), max(abs(e) for e in errors),
                  ", slope %.3f per decade of accelerators" % fit(counted, with_size, True)[3]
                  if with_count else ""))
    print()
    report_table([(r, p) for r, p in lofo if not r["benchmark"]],
                  "Whole runs (published accelerator-hours), leave-one-family-out:")
    report_table([(r, p) for r, p in lofo if r["benchmark"]],
                  "Throughput benchmarks (predicted with the benchmark offset), "
                  "leave-one-family-out:")
    for r in read("published_runs.csv"):
        if r["excluded"]:
            print("excluded from the fit: %s (%s)" % (r["id"], r["excluded"]))
    print()
    for r, p in lofo:
        print("%-24s %-10s %-9s published MFU %.3f  predicted %s  hours error %s" % (
            r["id"], r["generation"], "benchmark" if r["benchmark"] else "run", r["mfu"],
            "%.3f" % p if p else "-", "%+.0f %%" % (100 * hours_error(r, p)) if p else "-"))


def predict_one(run_id):
    """The whole-run fraction the fitted table gives one run, from the fitted terms: what the
    estimator must reproduce for the same parameters and generation."""
    runs, _, with_size, _ = choose()
    model = fit(runs, with_size)
    run = next((r for r in runs if r["id"] == run_id), None)
    if run is None:
        raise SystemExit("published_runs.csv has no run %r" % run_id)
    a, b = model[0][run["generation"]], model[1]
    print("%s: a[%s] %.6f, b %.6f, ln(parameters / 1e9) %.6f: MFU = exp(a + b ln) = %.6f" % (
        run_id, run["generation"], a, b, run["size"],
        predict(model, run["generation"], run["size"])))


def engine_form_matches(table):
    """The estimator reads a row as mfu_at_1b_parameters x (parameters / 1e9)^size_exponent,
    clamped (AchievedUtilizationFit::central): for every run that form must give the fitted
    model's prediction, up to the table's 4-digit rounding."""
    runs, _, with_size, _ = choose()
    model = fit(runs, with_size)
    rows = {row["generation"]: row for row in table}
    for r in runs:
        row = rows[r["generation"]]
        engine = min(MFU_CEILING, max(MFU_FLOOR, float(row["mfu_at_1b_parameters"])
                                      * math.exp(r["size"]) ** float(row["size_exponent"])))
        script = predict(model, r["generation"], r["size"])
        if abs(engine / script - 1.0) > 2e-3:
            raise SystemExit("%s: the table read as the estimator reads it gives %.4f, the fit "
                             "%.4f" % (r["id"], engine, script))


def main():
    path = os.path.join(REF, "achieved_utilization_fit.csv")
    if "--report" in sys.argv:
        report()
        return 0
    if "--predict" in sys.argv:
        predict_one(sys.argv[sys.argv.index("--predict") + 1])
        return 0
    table, _, _ = fitted_table()
    text = render(table)
    if "--check" in sys.argv:
        engine_form_matches(table)
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                print("%s is not the fit of published_runs.csv; run %s" % (path, __file__))
                return 1
        print("achieved_utilization_fit.csv matches a fresh fit")
        return 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
