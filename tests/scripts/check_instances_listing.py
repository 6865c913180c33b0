#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every row of `greenprint data instances --format json` is sane.

The golden file tests/data/cli/instances-focused.json pins a few families
byte for byte; this check covers all rows instead: one row per catalog type
and per SageMaker name (counted from the CSVs, not from the program), unique
names, ml. rows linked both ways to their EC2 row with the same hardware,
watts ordered idle <= typical <= max, positive sizes and prices, a power
method and a source on every row.

Usage: check_instances_listing.py GREENPRINT_EXE SOURCE_DIR
"""
import csv
import json
import subprocess
import sys
from pathlib import Path

HARDWARE = ("category", "vcpus", "memoryGiB", "accelerator", "acceleratorCount",
            "idlePowerW", "maxPowerW", "typicalPowerW", "peakTflops", "powerMethod")


def main() -> int:
    exe, source = sys.argv[1], Path(sys.argv[2])
    out = subprocess.run([exe, "data", "instances", "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    rows = json.loads(out)
    with open(source / "data/reference/instances.csv", newline="") as f:
        ec2 = [r["instance"] for r in csv.DictReader(f)]
    with open(source / "data/reference/sagemaker_instances.csv", newline="") as f:
        ml = {r["ml_instance"]: r["instance"] for r in csv.DictReader(f)}
    errors = []
    by_id = {}
    for row in rows:
        name = row["instance"]
        if name in by_id:
            errors.append(f"{name}: listed twice")
        by_id[name] = row
    expected = set(ec2) | {m for m, e in ml.items() if e in set(ec2)}
    if set(by_id) != expected:
        errors.append(f"rows differ from the CSVs: missing {sorted(expected - set(by_id))[:5]}, "
                      f"extra {sorted(set(by_id) - expected)[:5]}")
    for name, r in by_id.items():
        if r["vcpus"] <= 0 or r["memoryGiB"] <= 0:
            errors.append(f"{name}: vcpus {r['vcpus']}, memoryGiB {r['memoryGiB']}")
        if not 0 <= r["idlePowerW"] <= r["typicalPowerW"] <= r["maxPowerW"] or r["maxPowerW"] <= 0:
            errors.append(f"{name}: watts idle {r['idlePowerW']} typical {r['typicalPowerW']} "
                          f"max {r['maxPowerW']}")
        if bool(r["accelerator"]) != (r["acceleratorCount"] > 0):
            errors.append(f"{name}: accelerator '{r['accelerator']}' x {r['acceleratorCount']}")
        for key in ("priceUsdPerHour", "embodiedCo2eKg", "peakTflops"):
            if r.get(key) is not None and r[key] <= 0:
                errors.append(f"{name}: {key} {r[key]}")
        if not r["powerMethod"] or not r["source"]:
            errors.append(f"{name}: no power method or no source")
        if name.startswith("ml."):
            twin = by_id.get(r["sagemakerOrEc2Name"])
            if twin is None or twin["sagemakerOrEc2Name"] != name or ml.get(name) != twin["instance"]:
                errors.append(f"{name}: not linked both ways to its EC2 type")
            elif any(twin[k] != r[k] for k in HARDWARE):
                errors.append(f"{name}: hardware differs from {twin['instance']}")
    for e in errors[:40]:
        print(e, file=sys.stderr)
    print(f"{len(rows)} rows, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
