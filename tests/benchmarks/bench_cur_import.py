#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times one whole `greenprint actual` process importing a CUR, as `make bench` runs it.

    bench_cur_import.py GREENPRINT PROJECT CUR.csv.gz OUT.json [--database DB]

Wall time and the peak resident memory (ru_maxrss of that one child, from
wait4) of the process that reads, aggregates, stores and compares the CUR.
The import goal (5 million rows in <= 60 s with <= 300 MB on a 2-core
machine) is printed beside the figures; the result is written in Google
Benchmark's JSON shape so that merge_results.py lists it with the others.
"""
import argparse
import json
import os
import subprocess
import tempfile
import time

GOAL_SECONDS = 60.0
GOAL_RSS_MB = 300.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("greenprint")
    parser.add_argument("project")
    parser.add_argument("cur")
    parser.add_argument("out")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        database = os.path.join(scratch, "user.sqlite")
        command = [args.greenprint, "actual", args.project, "--cur", args.cur,
                   "--database", database, "--format", "json"]
        output = os.path.join(scratch, "actual.json")
        with open(output, "wb") as sink:
            start = time.monotonic()
            child = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE,
                                     env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.monotonic() - start
            child.returncode = os.waitstatus_to_exitcode(status)
            errors = child.stderr.read().decode("utf-8", "replace")
        if child.returncode != 0:
            raise SystemExit(f"greenprint actual failed ({child.returncode}):\n{errors}")
        with open(output, encoding="utf-8") as f:
            records = json.load(f)["imports"][0]["records"]
    rss_mb = usage.ru_maxrss / 1024.0
    cpu = usage.ru_utime + usage.ru_stime
    met = seconds <= GOAL_SECONDS and rss_mb <= GOAL_RSS_MB
    result = {
        "context": {"executable": args.greenprint, "cur": args.cur,
                    "cur_bytes": os.path.getsize(args.cur), "num_cpus": os.cpu_count()},
        "benchmarks": [{
            "name": "cur_import_process",
            "run_type": "iteration",
            "iterations": 1,
            "real_time": seconds * 1000.0,
            "cpu_time": cpu * 1000.0,
            "time_unit": "ms",
            "records": records,
            "peak_rss_mb": rss_mb,
            "goal_seconds": GOAL_SECONDS,
            "goal_peak_rss_mb": GOAL_RSS_MB,
            "goal_met": met,
        }],
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(f"greenprint actual --cur {os.path.basename(args.cur)}: {records} records in "
          f"{seconds:.1f} s (CPU {cpu:.1f} s), peak RSS {rss_mb:.0f} MB; goal <= {GOAL_SECONDS:.0f} s "
          f"and <= {GOAL_RSS_MB:.0f} MB: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
