#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the embodied-carbon tables of accelerated instances, on one basis.

Outputs (data/reference/):
  accelerator_embodied.csv  kgCO2e to make one accelerator (GPU card, or one Neuron/Gaudi/AI 100
                            chip with its memory and a board share), by Boavizta's GPU component
                            model: die area and memory die area grossed up by kerf, wafer edge
                            and yield, times Boavizta's factors, plus board, casing, heatsink,
                            transport and end of life.
  platform_embodied.csv     kgCO2e of the host server of each accelerated family WITHOUT its
                            accelerators, by CCF's server formula (base rack server + DRAM above
                            16 GB + each CPU socket beyond the first + local drives), the formula
                            behind CCF's computed totals. Where CCF computed the family, its own
                            terms are used minus its 150 kg per GPU; elsewhere the same formula
                            runs on the family's largest size.

An instance's embodied figure is then host x vCPUs / family vCPUs + accelerators x per-chip
figure (GreenprintProfile); the ccf profile keeps CCF's own figures.

Inputs (inside this repository):
  reference/embodied/gpu_factors.csv      Boavizta's factors (factors.yml, gpu.py) at a commit
  reference/embodied/gpu_boards.csv       board classes from Boavizta's GPU table
  reference/embodied/accelerator_dies.csv die area, dies, memory packages per accelerator,
                                          each with its source; assumptions flagged
  reference/accelerators.csv              memory size per accelerator
  reference/coefficients.csv              CCF's server formula constants (embodied.*)
  reference/instances.csv                 families, vCPUs, memory, accelerators
  reference/sources/ccf-coefficients/coefficients-aws-embodied.csv  CCF's computed terms
  reference/sources/boaviztapi/vantage-export.csv, aws.csv          local drives

Stdlib only; --check compares with the committed files (ctest `embodied_generated`).
"""

import argparse
import csv
import io
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "reference")
EMB = os.path.join(REF, "embodied")
SRC = os.path.join(REF, "sources")

CCF_EMB = ("github:cloud-carbon-footprint/ccf-coefficients output/coefficients-aws-embodied.csv "
           "(commit b0032d928c787cf76cecd7d1d611c5b46f366e29)")
CCF_CONST = "github:cloud-carbon-footprint/ccf-coefficients ccfcoef/constants.py"
VANTAGE = ("github:Boavizta/boaviztapi boaviztapi/data/utils/complete_AWS_EC2/vantage-export.csv "
           "(commit 15878f045bf06bc6ed685c7266c39f7e8498ab94; instances.vantage.sh export, 2023-10)")
BOA_ARCH = ("github:Boavizta/boaviztapi boaviztapi/data/archetypes/cloud/aws.csv "
            "(commit 15878f045bf06bc6ed685c7266c39f7e8498ab94)")
CATALOG = "data/reference/instances.csv (vCPUs, memory of the family's largest size)"
# CCF's rule, as Greenprint's memory power uses it: one CPU chip per 96 vCPUs.
VCPUS_PER_SOCKET = 96


def read_csv(*parts):
    with open(os.path.join(*parts), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fmt(x, digits=2):
    text = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


def effective_area_mm2(die_mm2, f):
    """Wafer area one good die takes (Boavizta's gpu.py): kerf, edge loss, then yield."""
    wafer = math.pi * (f["wafer_diameter_mm"] / 2.0) ** 2
    width = math.sqrt(die_mm2) + f["kerf_mm"]
    actual = width * width
    dies_per_wafer = wafer / actual - math.pi * f["wafer_diameter_mm"] / math.sqrt(2.0 * actual)
    per_die = actual * wafer / (dies_per_wafer * actual)
    usable = math.exp(-math.sqrt(actual / 100.0 * f["yield_defects_per_cm2"]))
    return per_die / usable


def accelerator_rows(factors, boards, memory_gb):
    rows = []
    for d in read_csv(EMB, "accelerator_dies.csv"):
        name = d["accelerator"]
        if name not in memory_gb or memory_gb[name] is None:
            raise SystemExit(f"generate-embodied: {name}: no memory_gb in accelerators.csv")
        gb = memory_gb[name]
        dies = int(d["dies"])
        packages = int(d["memory_packages"])
        board = boards[d["board"]]
        die_kg = factors["die_kgco2e_per_mm2"] * dies * effective_area_mm2(float(d["die_area_mm2"]), factors)
        per_package = gb * factors["vram_mm2_per_gb"] / packages
        memory_kg = factors["vram_kgco2e_per_mm2"] * packages * effective_area_mm2(per_package, factors)
        mass = board["mass_kg"]
        board_kg = (factors["pwb_kgco2e_per_cm2"] * board["pwb_cm2"]
                    + factors["casing_kgco2e_per_kg"] * board["casing_kg"]
                    + factors["heatsink_kgco2e_per_kg"] * board["heatsink_kg"]
                    + factors["upstream_transport_kgco2e_per_kg"] * mass
                    + factors["boat_kgco2e_per_kg_km"] * factors["boat_km"] * mass
                    + factors["truck_kgco2e_per_kg_km"] * factors["truck_km"] * mass
                    + factors["end_of_life_kgco2e_per_kg"] * mass)
        total = die_kg + memory_kg + board_kg
        rows.append({
            "accelerator": name, "die_area_mm2": d["die_area_mm2"], "dies": d["dies"],
            "memory_gb": fmt(gb), "memory_type": d["memory_type"], "memory_packages": d["memory_packages"],
            "board": d["board"], "die_kgco2e": fmt(die_kg, 1), "memory_kgco2e": fmt(memory_kg, 1),
            "board_kgco2e": fmt(board_kg, 1), "embodied_kgco2e": fmt(total, 1),
            "assumption": d["assumption"], "notes": d["notes"],
            "source": (d["source"] + " | github:Boavizta/boaviztapi boaviztapi/models/component/gpu.py and "
                       "boaviztapi/data/factors.yml (commit 15878f045bf06bc6ed685c7266c39f7e8498ab94) (model "
                       "and factors: data/reference/embodied/gpu_factors.csv, gpu_boards.csv)"),
        })
    return rows


def drives_from_vantage(text):
    """Local SSD/HDD drive count of a vantage "Instance Storage" cell, or None if unreadable."""
    text = text.strip()
    if not text or text == "EBS only":
        return 0, 0
    m = re.search(r"\((\d+) \* [\d.]+ GB (NVMe SSD|SSD|HDD)\)", text)
    if m:
        n = int(m.group(1))
        return (0, n) if m.group(2) == "HDD" else (n, 0)
    m = re.fullmatch(r"[\d.]+ GB\s+(NVMe SSD|SSD|HDD)", text)
    if m:
        return (0, 1) if m.group(1) == "HDD" else (1, 0)
    return None


def platform_rows(constants):
    instances = read_csv(REF, "instances.csv")
    families = {}
    for r in instances:
        families.setdefault(r["family"], []).append(r)
    ccf = {}
    for r in read_csv(SRC, "ccf-coefficients", "coefficients-aws-embodied.csv"):
        ccf.setdefault(r["type"].split(".")[0], r)
    vantage = {r["API Name"]: r for r in read_csv(SRC, "boaviztapi", "vantage-export.csv")}
    archetypes = {r["id"]: r for r in read_csv(SRC, "boaviztapi", "aws.csv")}

    rows = []
    for family in sorted(families):
        members = families[family]
        if not any(int(r["accelerator_count"] or 0) > 0 for r in members):
            continue
        largest = max(members, key=lambda r: (int(r["vcpus"]), float(r["memory_gib"])))
        vcpus = int(largest["vcpus"])
        fmax = int(largest["family_max_vcpus"] or vcpus)
        notes, assumption = [], "no"
        if family in ccf:
            c = ccf[family]
            memory_kg = float(c["additional_memory"])
            cpu_kg = float(c["additional_cpus"])
            storage_kg = float(c["additional_storage"])
            basis = ("CCF computed platform (Teads platform specs) without its per-GPU term "
                     f"({fmt(float(c['additional_gpus']))} kg removed; accelerators counted separately)")
            source = f"{CCF_EMB} ({c['type']}: additional_memory, additional_cpus, additional_storage)"
        else:
            memory_gib = float(largest["memory_gib"])
            memory_kg = constants["embodied.dram_kgco2e_per_gb_above_16gb"] * max(0.0, memory_gib - 16.0)
            sockets = math.ceil(fmax / VCPUS_PER_SOCKET)
            cpu_kg = constants["embodied.extra_cpu_kgco2e"] * (sockets - 1)
            drives = None
            van = vantage.get(largest["instance"])
            if van:
                drives = drives_from_vantage(van["Instance Storage"])
                storage_source = f"{VANTAGE} ({largest['instance']}: Instance Storage)"
            if drives is None:
                arch = archetypes.get(largest["instance"])
                if arch and float(arch["ssd_storage"] or 0) == 0 and float(arch["hdd_storage"] or 0) == 0:
                    drives = (0, 0)
                    storage_source = f"{BOA_ARCH} ({largest['instance']}: no local storage)"
            if drives is None:
                drives = (0, 0)
                storage_source = ""
                assumption = "yes"
                notes.append("local drives not counted: their number is not in the pinned sources "
                             "(CCF counts 100 kg per SSD)")
            storage_kg = (constants["embodied.extra_ssd_kgco2e"] * drives[0]
                          + constants["embodied.extra_hdd_kgco2e"] * drives[1])
            assumption = "yes"
            notes.append(f"{sockets} CPU socket(s) assumed by CCF's rule of one chip per {VCPUS_PER_SOCKET} vCPUs")
            basis = (f"CCF's server formula on {largest['instance']} ({fmt(memory_gib)} GiB, {sockets} "
                     f"socket(s), {drives[0]} SSD, {drives[1]} HDD)")
            source = f"{CATALOG} | {CCF_CONST} (formula constants: data/reference/coefficients.csv embodied.*)"
            if storage_source:
                source += f" | {storage_source}"
        base = constants["embodied.base_server_kgco2e"]
        host = base + memory_kg + cpu_kg + storage_kg
        rows.append({
            "family": family, "platform_instance": largest["instance"], "family_max_vcpus": str(fmax),
            "base_kgco2e": fmt(base), "memory_kgco2e": fmt(memory_kg), "cpu_kgco2e": fmt(cpu_kg),
            "storage_kgco2e": fmt(storage_kg), "host_kgco2e": fmt(host), "basis": basis,
            "assumption": assumption, "notes": "; ".join(notes), "source": source,
        })
    return rows


def render(rows):
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files")
    args = ap.parse_args()

    factors = {r["key"]: float(r["value"]) for r in read_csv(EMB, "gpu_factors.csv")}
    boards = {r["board"]: {k: float(r[k]) for k in ("pwb_cm2", "casing_kg", "heatsink_kg", "mass_kg")}
              for r in read_csv(EMB, "gpu_boards.csv")}
    memory_gb = {r["accelerator"]: (float(r["memory_gb"]) if r["memory_gb"] else None)
                 for r in read_csv(REF, "accelerators.csv")}
    constants = {r["key"]: float(r["value"]) for r in read_csv(REF, "coefficients.csv")
                 if r["key"].startswith("embodied.")}

    outputs = {
        "accelerator_embodied.csv": render(accelerator_rows(factors, boards, memory_gb)),
        "platform_embodied.csv": render(platform_rows(constants)),
    }
    status = 0
    for name, text in outputs.items():
        path = os.path.join(REF, name)
        if args.check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print(f"{path}: differs from what generate-embodied.py computes; rerun it", file=sys.stderr)
                    status = 1
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
