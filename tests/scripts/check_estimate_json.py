#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The lean estimate JSON says what --detail says, for every example.

    check_estimate_json.py GREENPRINT EXAMPLE...

For each project: `estimate --format json` (lean) and `--format json --detail`
are both valid JSON; everything outside the components is the same in both;
each lean component's region, PUE and grid intensity (its own, or else its
stage's componentDefaults) and every figure it has equal the detail
component's; the lean output is smaller. Several files at once give one JSON
array of the same documents, and CSV output is written in full (its rows
parse back, one per component, with the header's column count).
"""
import csv
import io
import json
import subprocess
import sys

LEAN_FIGURES = ["hours", "energyKWh", "operationalCo2eKg", "embodiedCo2eKg", "co2eKg",
                "marketCo2eKg", "costUsd"]
PLACEMENT = ["region", "pue", "gridGCo2ePerKWh"]


def run(exe, *args):
    result = subprocess.run([exe, *args], capture_output=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"{args}: exit {result.returncode}: {result.stderr.decode()[:500]}")
    return result.stdout.decode("utf-8")


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(exe, path):
    lean_text = run(exe, "estimate", path, "--format", "json")
    detail_text = run(exe, "estimate", path, "--format", "json", "--detail")
    lean, detail = json.loads(lean_text), json.loads(detail_text)
    if lean.get("detail") != "lean" or "detail" in detail:
        fail(f"{path}: 'detail' marker: lean {lean.get('detail')!r}, detail {detail.get('detail')!r}")
    if len(lean_text) >= len(detail_text):
        fail(f"{path}: lean output ({len(lean_text)} B) is not smaller than detail")
    for key in detail:
        if key != "stages" and lean[key] != detail[key]:
            fail(f"{path}: '{key}' differs between lean and detail")
    components = 0
    for s, (ls, ds) in enumerate(zip(lean["stages"], detail["stages"], strict=True)):
        defaults = ls.get("componentDefaults", {})  # none for a stage without components
        for key in ds:
            if key != "components" and ls[key] != ds[key]:
                fail(f"{path}: stages[{s}].{key} differs")
        for c, (lc, dc) in enumerate(zip(ls["components"], ds["components"], strict=True)):
            where = f"{path}: stages[{s}].components[{c}]"
            for key in ["name", "type", "instance", "count"]:
                if lc.get(key) != dc.get(key):
                    fail(f"{where}.{key}: lean {lc.get(key)!r}, detail {dc.get(key)!r}")
            for key in PLACEMENT:
                if lc.get(key, defaults[key]) != dc[key]:
                    fail(f"{where}.{key}: lean gives {lc.get(key, defaults[key])!r}, "
                         f"detail {dc[key]!r}")
            for key in LEAN_FIGURES:
                if lc[key] != dc[key]:
                    fail(f"{where}.{key}: lean {lc[key]!r}, detail {dc[key]!r}")
            if "low" in lc or "itEnergyKWh" in lc:
                fail(f"{where}: a lean component carries detail figures")
            components += 1
    rows = list(csv.reader(io.StringIO(run(exe, "estimate", path, "--format", "csv"))))
    body = [r for r in rows if r and not r[0].startswith("#")]
    if len(body) - 1 < components or any(len(r) != len(body[0]) for r in body):
        fail(f"{path}: CSV has {len(body) - 1} rows for {components} components, or ragged rows")
    return lean


def main():
    exe, paths = sys.argv[1], sys.argv[2:]
    documents = [check(exe, path) for path in paths]
    several = json.loads(run(exe, "estimate", *paths, "--format", "json"))
    if several != documents:
        fail("several files: the array is not the documents of each file")
    print(f"lean and detail JSON agree for {len(paths)} projects")


if __name__ == "__main__":
    main()
