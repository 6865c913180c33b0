#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Data-driven checks of the instance catalog, the accelerator table and the region zones.

Usage: check_catalog.py <repository root>

Magnitudes are pinned from AWS's published instance specifications and the
grid operator facts named beside each row, independently of the generator.
"""

import csv
import os
import sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."
REF = os.path.join(ROOT, "data", "reference")
problems = []


def read(*parts):
    with open(os.path.join(REF, *parts), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fail(message):
    problems.append(message)


def num(text):
    return float(text) if text not in (None, "") else None


instances = read("instances.csv")
accelerators = {r["accelerator"]: r for r in read("accelerators.csv")}
utilization = {(r["accelerator_class"], r["task"]): r for r in read("achieved_utilization.csv")}
# Training on a fitted generation takes its achieved fraction from achieved_utilization_fit.csv.
fitted = {(name, r["task"]) for r in read("achieved_utilization_fit.csv")
          for name in r["accelerators"].split("|")}
sagemaker = read("sagemaker_instances.csv")
regions = {r["region"]: r for r in read("regions.csv")}
zones = {r["cloud_region"]: r for r in read("sources", "real-time-cloud", "aws-region-zones.csv")}

CATEGORIES = {"trainium", "inferentia", "nvidia_gpu", "other_accelerator", "graviton", "x86_cpu"}
METHODS = {"teads_measured", "teads_tdp_extrapolated", "ccf_derived",
           "ccf_derived (accelerator part from TDP)", "ccf_derived (accelerators excluded)"}
TEADS_MEASURED_FAMILIES = {"c5", "m5", "r5", "m5zn", "z1d", "i3", "c5n"}
INTEL = {"Skylake", "Cascade Lake", "Broadwell", "Haswell", "Ice Lake"}
CLASS_OF = {"nvidia_gpu": "nvidia_gpu", "trainium": "trainium", "inferentia": "inferentia",
            "other_accelerator": "other_accelerator"}

# --- instances.csv --------------------------------------------------------------------
if len(instances) < 600:
    fail(f"instances.csv: {len(instances)} rows, at least 600 expected")
ids = {}
families = {}
for line, r in enumerate(instances, start=2):
    where = f"instances.csv:{line} ({r['instance']})"
    if r["instance"] in ids:
        fail(f"{where}: duplicate of line {ids[r['instance']]}")
    ids[r["instance"]] = line
    if r["family"] != r["instance"].split(".")[0]:
        fail(f"{where}: family {r['family']} does not match the name")
    if r["category"] not in CATEGORIES:
        fail(f"{where}: category {r['category']!r}")
    if r["power_method"] not in METHODS:
        fail(f"{where}: power method {r['power_method']!r}")
    families.setdefault(r["family"], set()).add(r["power_method"])
    vcpus, mem = num(r["vcpus"]), num(r["memory_gib"])
    if not (1 <= vcpus <= 2048):
        fail(f"{where}: vcpus {vcpus} out of 1..2048")
    if not (0.4 <= mem <= 32768):
        fail(f"{where}: memory_gib {mem} out of 0.4..32768")
    idle, peak = num(r["idle_w"]), num(r["max_w"])
    if not (0 <= idle < peak <= 20000):
        fail(f"{where}: idle_w {idle} / max_w {peak} out of 0 <= idle < max <= 20000")
    if num(r["ccf_max_w"]) is None or not (num(r["ccf_idle_w"]) < num(r["ccf_max_w"])):
        fail(f"{where}: CCF idle/max missing or not increasing")
    count = int(r["accelerator_count"])
    if bool(r["accelerator"]) != (count > 0) or not (0 <= count <= 16):
        fail(f"{where}: accelerator {r['accelerator']!r} with count {count}")
    if r["accelerator"] and r["accelerator"] not in accelerators:
        fail(f"{where}: accelerator {r['accelerator']!r} is not in accelerators.csv")
    if r["accelerator"] and CLASS_OF.get(r["category"]) is None:
        fail(f"{where}: accelerated but category {r['category']}")
    if r["power_method"] == "teads_measured" and (
            r["family"] not in TEADS_MEASURED_FAMILIES or r["cpu_microarchitecture"] not in INTEL):
        fail(f"{where}: Teads measured only Intel bare-metal families {sorted(TEADS_MEASURED_FAMILIES)}")
    if r["power_method"].startswith("teads") and not r["teads_max_w"]:
        fail(f"{where}: Teads method without Teads figures")
    # High-memory hosts (u-*: up to 32 TB RAM, 8 sockets) carry up to 45 t in CCF's list.
    if r["embodied_kgco2e"] and not (0 < num(r["embodied_kgco2e"]) <= 60000):
        fail(f"{where}: embodied {r['embodied_kgco2e']} out of 0..60000 kg")
    if r["price_usd_per_hour_us_east_1"] and not (0.001 <= num(r["price_usd_per_hour_us_east_1"]) <= 500):
        fail(f"{where}: price {r['price_usd_per_hour_us_east_1']} out of 0.001..500 USD/h")
    if r["price_usd_per_hour_us_east_1"] and not r["price_as_of"]:
        fail(f"{where}: a price without its date")
    for field in ("vcpus, memory_gib", "price" if r["price_usd_per_hour_us_east_1"] else None,
                  "embodied" if r["embodied_kgco2e"] else None,
                  "accelerator" if r["accelerator"] else None):
        if field and f"({field}" not in r["source"]:
            fail(f"{where}: no source for {field}")
# Prices: the pinned 2026 AWS Price List table covers the EC2 types an architect meets; a type
# without a price must say why in its notes, and a P4/P5 price says it includes the 2025 cut.
priced = sum(1 for r in instances if r["price_usd_per_hour_us_east_1"])
if priced < 1100:
    fail(f"instances.csv: {priced} priced types, at least 1100 expected")
for r in instances:
    where = f"instances.csv: {r['instance']}"
    if not r["price_usd_per_hour_us_east_1"] and "price" not in r["notes"]:
        fail(f"{where}: no price and no note saying why")
    if r["family"] in ("p4d", "p4de", "p5", "p5en") and r["price_usd_per_hour_us_east_1"] \
            and "after AWS's June 2025" not in r["price_as_of"]:
        fail(f"{where}: P4/P5 price without the 2025 cut in price_as_of")
for family, methods in sorted(families.items()):
    if not methods or "" in methods:
        fail(f"instances.csv: family {family} has no power method")
if len(families) < 150:
    fail(f"instances.csv: {len(families)} families, at least 150 expected")

# Types an architect meets, with AWS's published vCPUs / accelerators.
EXPECTED = {
    "c5.2xlarge": (8, None, 0), "m6g.2xlarge": (8, None, 0), "r5.large": (2, None, 0),
    "t3.medium": (2, None, 0), "c8g.xlarge": (4, None, 0), "m8g.2xlarge": (8, None, 0),
    "g5.xlarge": (4, "NVIDIA A10G", 1), "g5.48xlarge": (192, "NVIDIA A10G", 8),
    "g6e.xlarge": (4, "NVIDIA L40S", 1), "g6e.48xlarge": (192, "NVIDIA L40S", 8),
    "g4ad.xlarge": (4, "AMD Radeon Pro V520", 1), "g4dn.xlarge": (4, "NVIDIA T4", 1),
    "p3dn.24xlarge": (96, "NVIDIA Tesla V100 SXM2 32GB", 8),
    "p4d.24xlarge": (96, "NVIDIA A100 SXM4 40GB", 8), "p4de.24xlarge": (96, "NVIDIA A100 SXM4 80GB", 8),
    "p5.48xlarge": (192, "NVIDIA H100 SXM5 80GB", 8), "p5e.48xlarge": (192, "NVIDIA H200 SXM 141GB", 8),
    "p5en.48xlarge": (192, "NVIDIA H200 SXM 141GB", 8), "p6-b200.48xlarge": (192, "NVIDIA B200", 8),
    "dl1.24xlarge": (96, "Intel Habana Gaudi (HL-205)", 8),
    "trn1.32xlarge": (128, "AWS Trainium (v1)", 16), "trn2.48xlarge": (192, "AWS Trainium2", 16),
    "inf2.48xlarge": (192, "AWS Inferentia2", 12), "inf1.24xlarge": (96, "AWS Inferentia (v1)", 16),
}
by_id = {r["instance"]: r for r in instances}
# Sold On-Demand in us-east-1 (AWS EC2 pricing page), so they must carry a price.
ON_DEMAND_IN_US_EAST_1 = {"c5.2xlarge", "m6g.2xlarge", "r5.large", "t3.medium", "c8g.xlarge", "m8g.2xlarge",
                          "g5.xlarge", "g6e.xlarge", "g4ad.xlarge", "g4dn.xlarge", "p4d.24xlarge",
                          "p5.48xlarge", "p5en.48xlarge", "p6-b200.48xlarge", "trn1.32xlarge", "inf2.48xlarge"}
for iid, (vcpus, acc, count) in EXPECTED.items():
    r = by_id.get(iid)
    if not r:
        fail(f"instances.csv: {iid} missing")
        continue
    if iid in ON_DEMAND_IN_US_EAST_1 and not r["price_usd_per_hour_us_east_1"]:
        fail(f"instances.csv: {iid} has no us-east-1 On-Demand price")
    got = (int(r["vcpus"]), r["accelerator"] or None, int(r["accelerator_count"]))
    if got != (vcpus, acc, count):
        fail(f"instances.csv: {iid} is {got}, AWS publishes {(vcpus, acc, count)}")

# --- accelerators.csv -----------------------------------------------------------------
PEAKS = ("fp32_tflops", "tf32_tflops", "bf16_tflops", "fp16_tflops", "fp8_tflops", "int8_tops")
used = {r["accelerator"]: r["category"] for r in instances if r["accelerator"]}
for name, a in accelerators.items():
    where = f"accelerators.csv ({name})"
    if name not in used:
        fail(f"{where}: no instance uses it")
    if a["tdp_w"] and not (10 <= num(a["tdp_w"]) <= 2000):
        fail(f"{where}: tdp_w {a['tdp_w']} out of 10..2000")
    if a["memory_bandwidth_gbps"] and not (10 <= num(a["memory_bandwidth_gbps"]) <= 20000):
        fail(f"{where}: bandwidth {a['memory_bandwidth_gbps']} out of 10..20000 GB/s")
    for p in PEAKS:
        if a[p] and not (0.5 <= num(a[p]) <= 20000):
            fail(f"{where}: {p} {a[p]} out of 0.5..20000")
    sixteen = num(a["bf16_tflops"]) or num(a["fp16_tflops"])
    if sixteen and a["fp32_tflops"] and sixteen < num(a["fp32_tflops"]):
        fail(f"{where}: 16-bit peak below fp32")
    if a["assumption"] == "yes" and "ASSUMPTION" not in a["notes"] and "derivation" not in a["notes"]:
        fail(f"{where}: assumption=yes but the notes do not say what is assumed")
    if any(a[p] for p in PEAKS) and name in used:
        klass = CLASS_OF[used[name]]
        tasks = ["inference"] if klass == "inferentia" else ["training", "inference"]
        for task in tasks:
            u = utilization.get((klass, task))
            if (name, task) not in fitted and (not u or not u["central"]):
                fail(f"{where}: sized from work but no achieved utilization for {klass}/{task}")
for required in ("NVIDIA A10G", "NVIDIA L4", "NVIDIA L40S", "NVIDIA A100 SXM4 80GB", "NVIDIA H200 SXM 141GB",
                 "NVIDIA B200", "AWS Trainium2", "AWS Inferentia2", "NVIDIA T4", "NVIDIA Tesla V100 SXM2 32GB"):
    a = accelerators.get(required, {})
    if not (num(a.get("bf16_tflops")) or num(a.get("fp16_tflops"))):
        fail(f"accelerators.csv: {required} has no 16-bit peak, so it cannot be sized from work")

# --- achieved_throughput.csv ----------------------------------------------------------
# A published achieved rate stands in for a peak only where there is no peak, for an
# accelerator an instance of the catalog carries, and the run's devices are that instance's.
achieved_rows = read("achieved_throughput.csv")
for line, r in enumerate(achieved_rows, start=2):
    where = f"achieved_throughput.csv:{line} ({r['accelerator']}, {r['task']})"
    a = accelerators.get(r["accelerator"])
    if not a:
        fail(f"{where}: not in accelerators.csv")
        continue
    if any(a[p] for p in PEAKS):
        fail(f"{where}: the accelerator has a peak; a derived rate would be a second representation")
    host = by_id.get(r["instance"])
    if not host or host["accelerator"] != r["accelerator"] or int(host["accelerator_count"]) != int(r["devices"]):
        fail(f"{where}: {r['instance']} does not carry {r['devices']} x {r['accelerator']}")
    rate = (6 if r["task"] == "training" else 2) * num(r["parameters"]) * num(r["tokens_per_sample"]) \
        * num(r["samples_per_second"]) / int(r["devices"]) / 1e12
    if not (1.0 <= rate <= 5000.0):
        fail(f"{where}: derived {rate:.2f} TFLOPS per device out of 1..5000")
    if "derived from a published achieved throughput" not in r["notes"].lower():
        fail(f"{where}: the notes must say the rate is derived from a published achieved throughput")
    klass = CLASS_OF.get(used.get(r["accelerator"], ""), "")
    u = utilization.get((klass, r["task"]))
    if not u or not u["central"]:
        fail(f"{where}: no {klass}/{r['task']} achieved-utilization range for its spread and load")
if not any(r["instance"] == "dl1.24xlarge" and r["task"] == "training" for r in achieved_rows):
    fail("achieved_throughput.csv: dl1.24xlarge (Gaudi HL-205) has no training rate, so it cannot be sized from work")

# --- instance_regions.csv, offering_regions.csv ---------------------------------------
covered = {r["region"] for r in read("offering_regions.csv")}
if len(covered) < 25:
    fail(f"offering_regions.csv: {len(covered)} Regions, at least 25 expected")
for region in sorted(covered - set(regions)):
    fail(f"offering_regions.csv: {region} is not in regions.csv")
offered = {r["instance"]: r["regions"] for r in read("instance_regions.csv")}
if set(offered) != set(by_id):
    fail(f"instance_regions.csv: {len(set(by_id) ^ set(offered))} types differ from instances.csv")
for iid, offered_in in offered.items():
    for region in filter(None, offered_in.split(";")):
        if region not in covered:
            fail(f"instance_regions.csv: {iid} offered in {region}, a Region the snapshot does not cover")
for iid in ("p5.48xlarge", "g5.xlarge", "trn1.32xlarge", "inf2.xlarge", "m5.xlarge"):
    if "us-east-1" not in offered.get(iid, "").split(";"):
        fail(f"instance_regions.csv: {iid} not offered in us-east-1")

# --- sagemaker_instances.csv ----------------------------------------------------------
seen = set()
for line, r in enumerate(sagemaker, start=2):
    if r["ml_instance"] != "ml." + r["instance"] or r["instance"] not in by_id:
        fail(f"sagemaker_instances.csv:{line}: {r['ml_instance']} -> {r['instance']}")
    if r["ml_instance"] in seen:
        fail(f"sagemaker_instances.csv:{line}: duplicate {r['ml_instance']}")
    seen.add(r["ml_instance"])
for ml in ("ml.g5.xlarge", "ml.p4d.24xlarge", "ml.trn1.32xlarge", "ml.inf2.xlarge", "ml.t3.medium",
           "ml.p5.48xlarge", "ml.g6e.xlarge", "ml.m5.xlarge"):
    if ml not in seen:
        fail(f"sagemaker_instances.csv: {ml} missing")
uses = {r["ml_instance"]: r["uses"].split(";") for r in sagemaker}
for use in ("training", "tuning", "processing", "batch_transform", "endpoint", "notebook"):
    if use not in uses.get("ml.m5.xlarge", []):
        fail(f"sagemaker_instances.csv: ml.m5.xlarge lacks the use {use}")

# --- regions.csv against the GSF zone mapping -----------------------------------------
for region, z in sorted(zones.items()):
    r = regions.get(region)
    if not r:
        fail(f"regions.csv: {region} (in GSF Cloud_Region_Metadata.csv) is missing")
    elif z["em_zone_id"] and r["em_zone"] != z["em_zone_id"]:
        fail(f"regions.csv: {region} zone {r['em_zone']!r}, GSF maps it to {z['em_zone_id']!r}")
    elif not z["em_zone_id"] and r["em_zone"] and not r["notes"]:
        fail(f"regions.csv: {region}: zone {r['em_zone']} chosen without GSF and without a note")
# Calgary is on the Alberta grid (gas and coal), several times Canada's hydro-heavy average.
ca = regions.get("ca-west-1", {})
if ca.get("em_zone") != "CA-AB" or not (400 <= num(ca.get("grid_gco2e_per_kwh")) <= 900):
    fail(f"regions.csv: ca-west-1 must use the Alberta grid (CA-AB, 400-900 g/kWh), has "
         f"{ca.get('em_zone')!r} {ca.get('grid_gco2e_per_kwh')}")

for p in problems:
    print(p, file=sys.stderr)
if problems:
    print(f"{len(problems)} catalog problem(s)", file=sys.stderr)
    sys.exit(1)
print(f"{len(instances)} instance types in {len(families)} families, {len(accelerators)} accelerators, "
      f"{len(sagemaker)} SageMaker names, {len(zones)} GSF region zones: all checks passed")
