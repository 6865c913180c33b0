#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-process scaling benchmarks: each workload at 1x, 10x and 100x size.

Every case times the `greenprint` process end to end on a generated file, and
states the complexity it must have. Reading, validation, scenario evaluation and
PDF layout are all O(n) in the size of the input, so going from 10x to 100x must
cost about ten times as much, not a hundred times as O(n^2) would. The time of
the 1x run (process start-up, reference data) is taken off first:

    growth = (t(100x) - t(1x)) / (t(10x) - t(1x))    linear: ~11, quadratic: ~101

A case fails when its growth is above MAX_GROWTH (35, well between the two).

    scaling.py --exe build-bench/app/greenprint --source . --out out/bench-scaling.json
Writes Google Benchmark-style JSON (real_time in ms) that merge_results.py merges.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

MAX_GROWTH = 35.0
SIZES = (1, 10, 100)


def base(source):
    with open(os.path.join(source, "data/examples/bert-finetune-realtime.greenprint"),
              encoding="utf-8") as f:
        return json.load(f)


def unknown_keys(doc, n):
    """Reading and validation: O(keys). n x 1,000 unknown keys in one component."""
    doc["stages"][0]["components"][0].update({f"x{i}": i for i in range(1000 * n)})
    return ["validate"], None


def components(doc, n):
    """Reading, validation and estimate: O(components). n x 1,000 components."""
    template = doc["stages"][0]["components"][0]
    doc["stages"][0]["components"] = [dict(template, name=f"job {i}") for i in range(1000 * n)]
    doc.pop("scenarios", None)
    return ["validate"], None


def scenarios(doc, n):
    """Scenario evaluation on export: O(scenarios). n x 20 scenarios, CSV plan."""
    doc["scenarios"] = [{"name": f"s{i}", "suggestions": [],
                         "overrides": [{"path": "stages[0].components[0].count",
                                        "value": 1 + i % 7}]} for i in range(20 * n)]
    return ["export"], ["--csv", "plan.csv"]


def pdf_text(doc, n):
    """PDF layout: O(characters). A name of n x 3,000 characters and words, PDF plan."""
    doc["name"] = "x" * (3000 * n)
    doc["stages"][0]["components"][0]["name"] = "word " * (600 * n)
    doc.pop("scenarios", None)
    return ["export"], ["--pdf", "plan.pdf"]


CASES = [unknown_keys, components, scenarios, pdf_text]


def time_run(exe, folder, command, file_name, options, repeats):
    best = None
    for _ in range(repeats):
        started = time.monotonic()
        result = subprocess.run([exe, *command, file_name, *(options or [])], cwd=folder,
                                capture_output=True, timeout=600)
        elapsed = time.monotonic() - started
        if result.returncode != 0:
            raise RuntimeError(f"{command} {file_name}: exit {result.returncode}\n"
                               f"{result.stderr.decode(errors='replace')[:2000]}")
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    exe = os.path.abspath(args.exe)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    benchmarks = []
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for function in CASES:
            times = {}
            for size in SIZES:
                doc = base(args.source)
                command, options = function(doc, size)
                name = f"{function.__name__}-{size}x.greenprint"
                with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                    json.dump(doc, f)
                times[size] = time_run(exe, folder, command, name, options, args.repeats)
                benchmarks.append({"name": f"process/{function.__name__}/{size}x",
                                   "run_type": "iteration", "iterations": args.repeats,
                                   "real_time": times[size] * 1000.0,
                                   "cpu_time": times[size] * 1000.0, "time_unit": "ms",
                                   "complexity": "O(n)"})
            growth = (times[100] - times[1]) / max(times[10] - times[1], 1e-3)
            verdict = "linear" if growth <= MAX_GROWTH else "NOT LINEAR"
            print(f"{function.__name__:<14} 1x {times[1]:7.2f} s  10x {times[10]:7.2f} s  "
                  f"100x {times[100]:7.2f} s  growth 10x->100x {growth:6.1f}  {verdict}  "
                  f"({function.__doc__.split(':')[0]}: O(n))")
            benchmarks.append({"name": f"process/{function.__name__}/growth_10x_to_100x",
                               "run_type": "aggregate", "real_time": growth, "cpu_time": growth,
                               "time_unit": "ratio"})
            if growth > MAX_GROWTH:
                failures.append(function.__name__)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"context": {"executable": exe}, "benchmarks": benchmarks}, f, indent=2)
        f.write("\n")
    if failures:
        print("not linear: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
