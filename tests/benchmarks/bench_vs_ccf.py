#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Greenprint and Cloud Carbon Footprint's own code, side by side, on the same usage rows.

    bench_vs_ccf.py --exe build-bench/app/greenprint --source . --projects DIR
                    --ccf-modules DIR/node_modules --out OUT.json [--components 100000]
                    [--repeats 5]

The project is the generated one of bench_process.py (generate_project.py, kept in DIR).
Each repeat runs, one after the other, as whole processes with their output written to a file:

    greenprint estimate PROJECT --format json
    node ccf_usage_estimate.js PROJECT OUT.json    (CCF's AWS pipeline on the same rows)

so that both meet the same machine load; the fastest run of each and the largest peak RSS
are kept, and the speed-up is CCF's fastest over Greenprint's fastest (the ratio of the
medians is printed beside it). The goal is that of the scaling issue: Greenprint at least 20x
faster than CCF on 100,000 components, in at most 300 MB. Exits 1 when a run fails, and
with --strict when the goal is not met.

CCF's packages are those the ccf profile reproduces (tests/golden/ccf/install-ccf.sh
installs them; `make bench-ccf` does it all). Node runs only here, never at build or run time.
"""
import argparse
import json
import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_process import project_file, run_once  # noqa: E402  (one way to time a process)

GOAL_SPEEDUP = 20.0
GOAL_PEAK_RSS_MB = 300.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--projects", required=True, help="folder for the generated project")
    parser.add_argument("--ccf-modules", required=True, help="node_modules holding CCF's packages")
    parser.add_argument("--out", required=True)
    parser.add_argument("--components", type=int, default=100000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()

    exe = os.path.abspath(args.exe)
    out = os.path.abspath(args.out)
    source = os.path.abspath(args.source)
    script = os.path.join(source, "tests/benchmarks/ccf_usage_estimate.js")
    os.makedirs(args.projects, exist_ok=True)
    project = os.path.abspath(project_file(source, args.projects, args.components))
    os.environ["NODE_PATH"] = os.path.abspath(args.ccf_modules)

    runs = {"greenprint": [], "ccf": []}
    with tempfile.TemporaryDirectory() as scratch:
        ccf_out = os.path.join(scratch, "ccf-estimates.json")
        os.chdir(scratch)  # CCF's logger writes logs/ into the working directory
        for _ in range(args.repeats):
            for side, command in (("greenprint", (exe, ["estimate"], ["--format", "json"])),
                                  ("ccf", ("node", [script], [ccf_out]))):
                run = run_once(command[0], command[1], project, command[2], scratch, args.timeout)
                if run["exit_code"] != 0:
                    print(f"{side}: FAILED (exit {run['exit_code']}): {run['error']}")
                    return 1
                if side == "ccf":
                    run["output_bytes"] = os.path.getsize(ccf_out)
                runs[side].append(run)

    def summary(side):
        r = runs[side]
        fastest = min(r, key=lambda run: run["seconds"])
        return {"best_seconds": fastest["seconds"], "best_cpu_seconds": fastest["cpu_seconds"],
                "median_seconds": statistics.median(run["seconds"] for run in r),
                "peak_rss_mb": max(run["peak_rss_mb"] for run in r),
                "output_bytes": fastest["output_bytes"]}

    g, c = summary("greenprint"), summary("ccf")
    speedup = c["best_seconds"] / g["best_seconds"]
    median_speedup = c["median_seconds"] / g["median_seconds"]
    met = speedup >= GOAL_SPEEDUP and g["peak_rss_mb"] <= GOAL_PEAK_RSS_MB
    print(f"{args.components:,} components, {args.repeats} alternating runs each, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'':<11} {'best s':>8} {'CPU s':>7} {'median s':>9} {'peak MB':>8} {'output MB':>10}")
    for side, s in (("greenprint", g), ("ccf", c)):
        print(f"{side:<11} {s['best_seconds']:>8.3f} {s['best_cpu_seconds']:>7.3f} "
              f"{s['median_seconds']:>9.3f} {s['peak_rss_mb']:>8.0f} "
              f"{s['output_bytes'] / 1e6:>10.2f}")
    print(f"speed-up: {speedup:.1f}x (fastest runs), {median_speedup:.1f}x (medians); goal "
          f">= {GOAL_SPEEDUP:.0f}x in <= {GOAL_PEAK_RSS_MB:.0f} MB: {'met' if met else 'NOT met'}")

    with open(out, "w", encoding="utf-8") as f:
        json.dump({"context": {"executable": exe, "num_cpus": os.cpu_count(),
                               "components": args.components, "repeats": args.repeats},
                   "greenprint": g, "ccf": c, "speedup": speedup,
                   "median_speedup": median_speedup, "goal_speedup": GOAL_SPEEDUP,
                   "goal_peak_rss_mb": GOAL_PEAK_RSS_MB, "goal_met": met}, f, indent=2)
        f.write("\n")
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
