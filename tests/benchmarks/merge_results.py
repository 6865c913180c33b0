#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Merges Google Benchmark JSON files: merge_results.py OUT IN... (context of the first input)."""
import json
import sys


def main():
    out, inputs = sys.argv[1], sys.argv[2:]
    merged = None
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if merged is None:
            merged = {"context": data.get("context", {}), "benchmarks": []}
        merged["benchmarks"].extend(data.get("benchmarks", []))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(merged, f, indent=2)
        f.write("\n")
    for b in merged["benchmarks"]:
        print(f'{b["name"]:<45} {b.get("real_time", 0):>10.2f} {b.get("time_unit", "")}'
              f' (CPU {b.get("cpu_time", 0):.2f})')


if __name__ == "__main__":
    main()
