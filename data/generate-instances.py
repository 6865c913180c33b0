#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate data/reference/instances.csv from the pinned source copies.

Inputs (all inside this repository, see data/reference/sources/MANIFEST.csv):
  sources/ccf-coefficients/  aws-instances-latest-2026.csv (types, vCPU, memory, CPU, platform
                             embodied), aws-instances.csv (Teads dataset: load curve),
                             coefficients-aws-use.csv (W per vCPU), coefficients-aws-embodied.csv
  sources/boaviztapi/        aws.csv (archetypes: types, vCPU, memory, accelerator count),
                             vantage-export.csv (instances.vantage.sh: accelerators, network, the
                             2023-10 us-east-1 price a row compares its 2026 price with)
  sources/karpenter/         ondemand-prices-us-east-1.csv (extract of Karpenter's table generated
                             from the AWS Price List API: us-east-1 On-Demand Linux, 2026-07-20)
  sources/moto/              instance-type-offerings.csv (extract of moto's EC2
                             DescribeInstanceTypeOfferings snapshot per Region, 2026-08-01)
  reference/catalog/         curated tables, every row with a public URL: family accelerators,
                             accelerator counts missing from the exports, processor names ->
                             microarchitecture, families left out and why
  reference/accelerators.csv, reference/compute_coefficients.csv (datasheet TDPs, CCF fallbacks)

Outputs: reference/instances.csv, sagemaker_instances.csv, instance_regions.csv (the Regions
offering each catalog type) and offering_regions.csv (the Regions that snapshot covers).

Stdlib only. Rerunning it reproduces the committed instances.csv byte for byte; the ctest
`catalog_generated` runs it with --check. Nothing is fetched: to refresh, replace the pinned
copies (and MANIFEST.csv) first.
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
SRC = os.path.join(REF, "sources")
CATALOG = os.path.join(REF, "catalog")

CCF_COEF = "b0032d928c787cf76cecd7d1d611c5b46f366e29"
BOAVIZTA = "15878f045bf06bc6ed685c7266c39f7e8498ab94"
CCF_2026 = f"github:cloud-carbon-footprint/ccf-coefficients data/aws-instances-latest-2026.csv (commit {CCF_COEF})"
CCF_USE = f"github:cloud-carbon-footprint/ccf-coefficients output/coefficients-aws-use.csv (commit {CCF_COEF})"
CCF_EMB = f"github:cloud-carbon-footprint/ccf-coefficients output/coefficients-aws-embodied.csv (commit {CCF_COEF})"
TEADS = f"github:cloud-carbon-footprint/ccf-coefficients data/aws-instances.csv (commit {CCF_COEF}; Teads AWS EC2 dataset)"
BOA_ARCH = f"github:Boavizta/boaviztapi boaviztapi/data/archetypes/cloud/aws.csv (commit {BOAVIZTA})"
VANTAGE = (f"github:Boavizta/boaviztapi boaviztapi/data/utils/complete_AWS_EC2/vantage-export.csv "
           f"(commit {BOAVIZTA}; instances.vantage.sh export, us-east-1, 2023-10)")
TEADS_METHOD = "https://medium.com/teads-engineering/building-an-aws-ec2-carbon-emissions-dataset-3f0fd76c98ac"
# Karpenter commits the us-east-1 On-Demand price of every EC2 type, read from the AWS Price List
# API (Linux, no pre-installed software, shared tenancy, capacity "Used"): the newest public,
# pinnable price table found. Its header says "generated at 2026-07-20T13:44:30Z for us-east-1".
KARPENTER = "6fc13b5236fd04fd16ff3f9dc7490d0813994099"
KARPENTER_PRICES = (f"github:aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go "
                    f"(commit {KARPENTER}; AWS Price List API, us-east-1 On-Demand Linux, generated 2026-07-20)")
KARPENTER_PRICE_AS_OF = "2026-07-20 (AWS Price List API, via Karpenter's generated table)"
# moto (the AWS mock library) commits the answer of EC2 DescribeInstanceTypeOfferings
# (--location-type region) for every commercial Region it can reach, refreshed monthly.
MOTO = "c6bd43ff2d090b35b6491f1cc80bffd29063e5c8"
MOTO_OFFERINGS = (f"github:getmoto/moto moto/ec2/resources/instance_type_offerings/region/<region>.json "
                  f"(commit {MOTO}; EC2 DescribeInstanceTypeOfferings, 2026-08-01)")
OFFERINGS_AS_OF = "2026-08-01"
OFFERINGS_EXTRACT = "data/reference/sources/moto/instance-type-offerings.csv (EC2 DescribeInstanceTypeOfferings, 2026-08-01)"

# Teads stress-tested Intel bare-metal hosts of these families only (RAPL via turbostat);
# every other row of their dataset is extrapolated from TDP. Source: TEADS_METHOD and
# https://notes.davidkopp.de/30-knowledge/teads-aws-estimation-model
TEADS_MEASURED_FAMILIES = {"c5", "m5", "r5", "m5zn", "z1d", "i3", "c5n"}

# Accelerator names in CCF's GPU coefficient table (compute_coefficients.csv, Appendix III).
CCF_GPU_NAMES = {
    "NVIDIA T4": "NVIDIA T4",
    "NVIDIA A10G": "NVIDIA A10G",
    "NVIDIA Tesla V100 SXM2 16GB": "NVIDIA Tesla V100",
    "NVIDIA Tesla V100 SXM2 32GB": "NVIDIA Tesla V100",
    "NVIDIA A100 SXM4 40GB": "NVIDIA Tesla A100",
    "NVIDIA A100 SXM4 80GB": "NVIDIA Tesla A100",
    "AMD Radeon Pro V520": "AMD Radeon Pro V520",
}

PRICE_CUT_2025 = ("AWS cut On-Demand prices of P4d/P4de/P5/P5en instances in June 2025 (up to 45 % "
                  "for P5: https://www.usage.ai/blogs/aws/ai-ml-cost/llm-cost-optimization-aws/)")
PRICE_CUT_FAMILIES = {"p4d", "p4de", "p5", "p5e", "p5en"}
# The estimate quotes price_as_of, so the date itself says the cut is in the price.
PRICE_AS_OF_AFTER_CUT = f"{KARPENTER_PRICE_AS_OF}, after AWS's June 2025 P4/P5 price cut"
# A row notes its 2023 price when the 2026 one differs by this fraction or more.
PRICE_CHANGE_NOTED = 0.05

COLUMNS = [
    "instance", "family", "category", "processor", "cpu_microarchitecture", "vcpus", "memory_gib",
    "accelerator", "accelerator_count", "accelerator_tdp_w", "accelerator_tdp_total_w", "idle_w",
    "max_w", "power_method", "teads_idle_w", "teads_w_10pct", "teads_w_50pct", "teads_max_w",
    "teads_scope", "ccf_idle_w", "ccf_max_w", "ccf_scope", "platform_embodied_kgco2e",
    "family_max_vcpus", "embodied_kgco2e", "embodied_basis", "price_usd_per_hour_us_east_1",
    "price_as_of", "network_gbps", "notes", "source",
]


def read_csv(*parts):
    with open(os.path.join(*parts), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def family_of(instance):
    return instance.split(".", 1)[0]


def number(text):
    """Leading number of a cell ("4 vCPUs for a burst", "0.5 GiB", "$1.006 hourly", "0,29")."""
    m = re.search(r"-?\d+(?:[.,]\d+)?", text or "")
    return float(m.group(0).replace(",", ".")) if m else None


def fmt(value, digits=1):
    if value is None:
        return ""
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def size_key(instance):
    """Sort sizes within a family: nano < micro < ... < xlarge < 2xlarge < ... < metal."""
    size = instance.split(".", 1)[1]
    order = ["nano", "micro", "small", "medium", "large", "xlarge"]
    if size in order:
        return (0, order.index(size), size)
    m = re.match(r"(\d+)xlarge$", size)
    if m:
        return (1, int(m.group(1)), size)
    return (2, 0, size)


class Sources:
    def __init__(self):
        self.ccf2026 = {r["Instance Type"].strip(): r for r in read_csv(SRC, "ccf-coefficients", "aws-instances-latest-2026.csv")}
        self.teads = {r["Instance type"].strip(): r for r in read_csv(SRC, "ccf-coefficients", "aws-instances.csv")}
        self.ccf_use = {r["Architecture"]: r for r in read_csv(SRC, "ccf-coefficients", "coefficients-aws-use.csv")}
        self.ccf_emb = {r["type"]: r for r in read_csv(SRC, "ccf-coefficients", "coefficients-aws-embodied.csv")}
        self.boavizta = {r["id"].strip(): r for r in read_csv(SRC, "boaviztapi", "aws.csv")}
        self.vantage = {r["API Name"].strip(): r for r in read_csv(SRC, "boaviztapi", "vantage-export.csv")}
        self.prices = {r["instance"]: float(r["price_usd_per_hour"])
                       for r in read_csv(SRC, "karpenter", "ondemand-prices-us-east-1.csv")}
        self.family_acc = {r["family"]: r for r in read_csv(CATALOG, "family_accelerators.csv")}
        self.counts = {r["instance"]: r for r in read_csv(CATALOG, "accelerator_counts.csv")}
        self.processors = read_csv(CATALOG, "processors.csv")
        self.excluded = {r["family"]: r for r in read_csv(CATALOG, "excluded_families.csv")}
        self.accelerators = {r["accelerator"]: r for r in read_csv(REF, "accelerators.csv")}
        coefficients = read_csv(REF, "compute_coefficients.csv")
        self.fallback_cpu = next(r for r in coefficients if r["device_type"] == "cpu"
                                 and r["microarchitecture_or_model"].startswith("AWS average"))
        self.ccf_gpu = {r["microarchitecture_or_model"]: r for r in coefficients if r["device_type"] == "gpu"}
        self.gpu_ratios = self._gpu_ratios()

    def _gpu_ratios(self):
        """Mean CCF idle/TDP and max/TDP over GPUs with both a CCF row and a datasheet TDP."""
        idle, peak = [], []
        for name, ccf_name in sorted(CCF_GPU_NAMES.items()):
            tdp = number(self.accelerators.get(name, {}).get("tdp_w"))
            row = self.ccf_gpu.get(ccf_name)
            if tdp and row and name.startswith("NVIDIA"):
                idle.append(float(row["min_w"]) / tdp)
                peak.append(float(row["max_w"]) / tdp)
        return sum(idle) / len(idle), sum(peak) / len(peak)

    def all_ids(self):
        ids = set(self.ccf2026) | set(self.boavizta) | set(self.vantage) | set(self.teads)
        return sorted((i for i in ids if "." in i and family_of(i) not in self.excluded),
                      key=lambda i: (family_of(i), size_key(i)))


def microarchitecture(sources, names):
    """First processor name (in source priority) that maps to a microarchitecture; a later
    source wins only when it names a variant of the same one (Graviton3 -> Graviton3E)."""
    found = []
    for name, origin in names:
        for row in sources.processors:
            if name and row["match"].lower() in name.lower():
                found.append((name, origin, row["cpu_microarchitecture"], row["source"]))
                break
    if found:
        best = found[0]
        for candidate in found[1:]:
            if candidate[2] != best[2] and candidate[2].startswith(best[2]):
                best = candidate
        return best
    name, origin = next(((n, o) for n, o in names if n), ("", ""))
    return name, origin, "", ""


def build_row(s, iid, family_vcpus):
    fam = family_of(iid)
    c26, teads, boa, van = s.ccf2026.get(iid), s.teads.get(iid), s.boavizta.get(iid), s.vantage.get(iid)
    sources, notes = [], []

    # vCPUs and memory: newest list first.
    if c26 and number(c26["vCPUs"]):
        vcpus, mem, size_src = int(number(c26["vCPUs"])), number(c26["Memory (GiB)"]), CCF_2026
    elif boa:
        vcpus, mem, size_src = int(number(boa["vcpu"])), number(boa["memory"]), BOA_ARCH
    elif van:
        vcpus, mem, size_src = int(number(van["vCPUs"])), number(van["Instance Memory"]), VANTAGE
    else:
        vcpus, mem, size_src = int(number(teads["Instance vCPU"])), number(teads["Instance Memory (in GB)"]), TEADS
    sources.append(f"{size_src} (vcpus, memory_gib)")

    # The Vantage export carries AWS's own PhysicalProcessor attribute: it goes first (the
    # 2026 list names a Skylake part for p4d/p4de, which AWS documents as Cascade Lake).
    names = [((van or {}).get("Physical Processor", "").strip(), VANTAGE),
             ((c26 or {}).get("Platform CPU Name", "").strip(), CCF_2026),
             ((teads or {}).get("Platform CPU Name", "").strip(), TEADS)]
    processor, proc_src, uarch, uarch_src = microarchitecture(s, names)
    if processor:
        sources.append(f"{proc_src} (processor)")
    if uarch:
        sources.append(f"{uarch_src} (cpu_microarchitecture)")
    else:
        notes.append("processor generation unknown: the AWS-average CCF coefficient applies")

    # Accelerators.
    acc_row = s.family_acc.get(fam)
    accelerator, count, category = "", 0, ""
    if acc_row:
        accelerator, category = acc_row["accelerator"], acc_row["category"]
        sources.append(f"{acc_row['source']} (accelerator)")
        if iid in s.counts:
            count = int(s.counts[iid]["accelerator_count"])
            sources.append(f"{s.counts[iid]['source']} (accelerator_count)")
        elif boa and int(number(boa["gpu_units"]) or 0) > 0:
            count = int(number(boa["gpu_units"]))
            sources.append(f"{BOA_ARCH} (accelerator_count)")
        elif van and (int(number(van["GPUs"]) or 0) > 0 or int(number(van["FPGAs"]) or 0) > 0):
            count = int(number(van["GPUs"]) or 0) or int(number(van["FPGAs"]) or 0)
            sources.append(f"{VANTAGE} (accelerator_count)")
        if count <= 0:
            raise SystemExit(f"generate-instances: no accelerator count for {iid}; add it to "
                             "reference/catalog/accelerator_counts.csv with its source")
        if accelerator not in s.accelerators:
            raise SystemExit(f"generate-instances: {iid}: accelerator \"{accelerator}\" is not in "
                             "reference/accelerators.csv")
    else:
        category = "graviton" if uarch.startswith("Graviton") else "x86_cpu"
        if processor and ("Graviton" in processor or "Grace" in processor) and not uarch.startswith("Graviton"):
            category = "graviton"

    acc = s.accelerators.get(accelerator, {})
    tdp = number(acc.get("tdp_w")) if acc else None

    # CCF-style power: host CPU + accelerators.
    coef = s.ccf_use.get(uarch)
    if coef:
        cmin, cmax = float(coef["Min Watts"]), float(coef["Max Watts"])
        coef_text = f"CCF min/max W per vCPU for {uarch} ({cmin:.3f}/{cmax:.3f})"
        sources.append(f"{CCF_USE} (ccf_idle_w, ccf_max_w: CPU)")
    else:
        cmin, cmax = float(s.fallback_cpu["min_w"]), float(s.fallback_cpu["max_w"])
        coef_text = f"CCF AWS-average min/max W per vCPU ({cmin:.2f}/{cmax:.2f}; no coefficient for \"{uarch or processor or 'unknown CPU'}\")"
        sources.append(f"{s.fallback_cpu['source']} (ccf_idle_w, ccf_max_w: CPU fallback)")
    ccf_idle, ccf_max = vcpus * cmin, vcpus * cmax
    scope = f"host CPU: vCPUs x {coef_text}"
    gpu_method = ""
    if count:
        ccf_name = CCF_GPU_NAMES.get(accelerator)
        if ccf_name and ccf_name in s.ccf_gpu:
            gmin, gmax = float(s.ccf_gpu[ccf_name]["min_w"]), float(s.ccf_gpu[ccf_name]["max_w"])
            scope += f" + accelerators x CCF GPU idle/max ({fmt(gmin)}/{fmt(gmax)} W each)"
            sources.append(f"{s.ccf_gpu[ccf_name]['source']} (ccf_idle_w, ccf_max_w: GPU)")
            ccf_idle += count * gmin
            ccf_max += count * gmax
        elif tdp:
            ri, rm = s.gpu_ratios
            scope += (f" + accelerators x ESTIMATE {tdp * ri:.1f}/{tdp * rm:.1f} W each (datasheet TDP "
                      f"{fmt(tdp)} W x mean CCF idle/TDP {ri:.4f} and max/TDP {rm:.4f} of the NVIDIA "
                      "GPUs CCF lists; no CCF value exists for this accelerator)")
            sources.append("data/reference/accelerators.csv (accelerator TDP)")
            ccf_idle += count * tdp * ri
            ccf_max += count * tdp * rm
            gpu_method = " (accelerator part from TDP)"
        else:
            scope += f"; EXCLUDES {accelerator} power (no public TDP)"
            gpu_method = " (accelerators excluded)"
    scope += "; excludes extra memory above the CCF GB/chip baseline, local storage, PUE"

    teads_vals = None
    if teads:
        teads_vals = [number(teads[k]) for k in ("Instance @ Idle", "Instance @ 10%", "Instance @ 50%", "Instance @ 100%")]
        if any(v is None for v in teads_vals):
            teads_vals = None
    if teads_vals and fam in TEADS_MEASURED_FAMILIES:
        method = "teads_measured"
        idle_w, max_w = teads_vals[0], teads_vals[3]
        sources.append(f"{TEADS} | {TEADS_METHOD} (idle_w, max_w, teads_*: Teads measured this Intel family on bare metal)")
    elif teads_vals:
        method = "teads_tdp_extrapolated"
        idle_w, max_w = teads_vals[0], teads_vals[3]
        sources.append(f"{TEADS} | {TEADS_METHOD} (idle_w, max_w, teads_*: extrapolated by Teads from TDP, not measured)")
    else:
        method = "ccf_derived" + gpu_method
        idle_w, max_w = ccf_idle, ccf_max
    if max_w <= idle_w:
        raise SystemExit(f"generate-instances: {iid}: max_w {max_w} <= idle_w {idle_w}")

    # Embodied: CCF's computed platform total where it exists, else the 2026 list value.
    fmax = family_vcpus[fam]
    emb = s.ccf_emb.get(iid)
    platform, basis = None, "not available"
    if emb and number(emb["total"]):
        platform = number(emb["total"])
        basis = "CCF computed platform total (ccf-coefficients output) x vcpus/family_max_vcpus"
        sources.append(f"{CCF_EMB} (embodied)")
    elif c26 and number(c26["Platform Embedded Emissions (mtCo2eq)"]):
        platform = number(c26["Platform Embedded Emissions (mtCo2eq)"]) * 1000.0
        basis = ("ccf-coefficients latest-2026 list platform value (tCO2e x1000; provenance undocumented, "
                 "~10-60% lower than CCF computed values where both exist) x vcpus/family_max_vcpus")
        sources.append(f"{CCF_2026} (embodied)")
    embodied = platform * vcpus / fmax if platform else None
    if count and category in ("trainium", "inferentia"):
        notes.append(f"embodied excludes the {accelerator} chips (CCF/Teads add GPUs only)")
    elif count and category == "nvidia_gpu":
        notes.append("CCF embodied adds only 150 kgCO2e per GPU card; likely an underestimate for large modern GPUs")

    price, price_as_of = s.prices.get(iid), ""
    if price is not None:
        sources.append(f"{KARPENTER_PRICES} (price)")
        price_as_of = PRICE_AS_OF_AFTER_CUT if fam in PRICE_CUT_FAMILIES else KARPENTER_PRICE_AS_OF
        before = number(van["On Demand"]) if van and "$" in van["On Demand"] else None
        if before and abs(price / before - 1.0) >= PRICE_CHANGE_NOTED:
            notes.append(f"us-east-1 On-Demand price {fmt(before, 6)} USD/h in the 2023-10 Vantage export, "
                         f"{fmt(price, 6)} USD/h in 2026-07 ({(price / before - 1.0) * 100:+.0f} %)"
                         + (f"; {PRICE_CUT_2025}" if fam in PRICE_CUT_FAMILIES else ""))
            sources.append(f"{VANTAGE} (2023 price)")
    else:
        notes.append("no us-east-1 On-Demand Linux price in the AWS Price List table of 2026-07 (sold in other "
                     "Regions, through Capacity Blocks or a reservation only, or retired): cost not counted")

    network = network_gbps(van["Network Performance"]) if van else None
    if network is not None:
        sources.append(f"{VANTAGE} (network_gbps)")

    return {
        "instance": iid, "family": fam, "category": category, "processor": processor,
        "cpu_microarchitecture": uarch, "vcpus": str(vcpus), "memory_gib": fmt(mem, 3),
        "accelerator": accelerator, "accelerator_count": str(count),
        "accelerator_tdp_w": fmt(tdp) if count and tdp else "",
        "accelerator_tdp_total_w": fmt(tdp * count) if count and tdp else "",
        "idle_w": fmt(idle_w), "max_w": fmt(max_w), "power_method": method,
        "teads_idle_w": fmt(teads_vals[0]) if teads_vals else "",
        "teads_w_10pct": fmt(teads_vals[1]) if teads_vals else "",
        "teads_w_50pct": fmt(teads_vals[2]) if teads_vals else "",
        "teads_max_w": fmt(teads_vals[3]) if teads_vals else "",
        "teads_scope": ("CPU pkg + RAM + GPU (if any) + other server components (Delta Full Machine); excludes PUE"
                        if teads_vals else ""),
        "ccf_idle_w": fmt(ccf_idle), "ccf_max_w": fmt(ccf_max), "ccf_scope": scope,
        "platform_embodied_kgco2e": fmt(platform, 2), "family_max_vcpus": str(fmax),
        "embodied_kgco2e": fmt(embodied, 2), "embodied_basis": basis,
        "price_usd_per_hour_us_east_1": fmt(price, 6),
        "price_as_of": price_as_of,
        "network_gbps": fmt(network),
        "notes": "; ".join(notes), "source": " | ".join(dict.fromkeys(sources)),
    }


def network_gbps(performance):
    """Sustained network bandwidth of one instance, Gbit/s, from the Vantage "Network Performance".

    "100 Gigabit" -> 100, "8x 100 Gigabit" -> 800. "Up to 25 Gigabit" is a burst ceiling, not a
    sustained figure, and "Low"/"Moderate"/"High" are no figure: both give None (left empty).
    """
    m = re.fullmatch(r"(?:(\d+)x )?(\d+(?:\.\d+)?) Gigabit", performance.strip())
    if not m:
        return None
    return (int(m.group(1)) if m.group(1) else 1) * float(m.group(2))


BOTOCORE = "0e6e2404b85dc336dd2889814e089bde7d1a4c55"
SAGEMAKER_SERVICE = (f"github:boto/botocore botocore/data/sagemaker/2017-07-24/service-2.json "
                     f"(commit {BOTOCORE})")
# SageMaker API enums of ml. instance types, and the SageMaker use each stands for.
SAGEMAKER_USES = [
    ("TrainingInstanceType", "training"),  # training jobs and hyperparameter tuning jobs
    ("ProcessingInstanceType", "processing"),
    ("TransformInstanceType", "batch_transform"),
    ("ProductionVariantInstanceType", "endpoint"),
    ("InstanceType", "notebook"),  # notebook instances
    ("AppInstanceType", "studio"),  # Studio apps
    ("ClusterInstanceType", "hyperpod"),
]


def extract_sagemaker(service_json_path):
    """Pinned extract of the botocore SageMaker model: one row per ml. name with its uses."""
    import json
    with open(service_json_path, encoding="utf-8") as f:
        shapes = json.load(f)["shapes"]
    uses = {}
    for shape, use in SAGEMAKER_USES:
        for name in shapes[shape]["enum"]:
            if name.startswith("ml."):
                uses.setdefault(name, []).append(use)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["ml_instance", "uses"])
    for name in sorted(uses):
        writer.writerow([name, ";".join(uses[name])])
    return out.getvalue()


def extract_prices(go_path):
    """Pinned extract of Karpenter's zz_generated.pricing_aws.go: the us-east-1 block as CSV."""
    with open(go_path, encoding="utf-8") as f:
        text = f.read()
    start = text.index('"us-east-1": {')
    block = text[start:text.index("\n\t},", start)]
    prices = re.findall(r'"([a-z0-9-]+\.[a-z0-9-]+)": ([0-9.]+)', block)
    if not prices:
        raise SystemExit(f"{go_path}: no us-east-1 prices found")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["instance", "price_usd_per_hour"])
    for instance, price in sorted(prices):
        writer.writerow([instance, price])
    return out.getvalue()


def extract_offerings(region_dir):
    """Pinned extract of moto's region/<region>.json files: one row per (region, instance type)."""
    import json
    pairs = []
    for name in sorted(os.listdir(region_dir)):
        if not name.endswith(".json"):
            continue
        region = name[:-len(".json")]
        with open(os.path.join(region_dir, name), encoding="utf-8") as f:
            for offer in json.load(f):
                if offer["Location"] != region:
                    raise SystemExit(f"{name}: an offering for {offer['Location']}")
                pairs.append((region, offer["InstanceType"]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["region", "instance"])
    writer.writerows(sorted(set(pairs)))
    return out.getvalue()


def generate_offerings(catalog_ids):
    """instance_regions.csv (every catalog type, the Regions offering it) and offering_regions.csv."""
    regions_of, covered = {}, set()
    for row in read_csv(SRC, "moto", "instance-type-offerings.csv"):
        covered.add(row["region"])
        regions_of.setdefault(row["instance"], []).append(row["region"])
    by_type = io.StringIO()
    writer = csv.writer(by_type, lineterminator="\r\n")
    writer.writerow(["instance", "regions", "source"])
    for iid in catalog_ids:
        writer.writerow([iid, ";".join(sorted(regions_of.get(iid, []))), OFFERINGS_EXTRACT])
    coverage = io.StringIO()
    writer = csv.writer(coverage, lineterminator="\r\n")
    writer.writerow(["region", "as_of", "source"])
    for region in sorted(covered):
        writer.writerow([region, OFFERINGS_AS_OF, MOTO_OFFERINGS])
    return by_type.getvalue(), coverage.getvalue()


def generate_sagemaker(catalog_ids):
    rows = read_csv(SRC, "botocore", "sagemaker-instance-types.csv")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["ml_instance", "instance", "uses", "notes", "source"])
    for row in rows:
        ec2 = row["ml_instance"][3:]
        if ec2 not in catalog_ids:
            continue  # e.g. Elastic Inference accelerators (ml.eia*): no EC2 hardware row
        uses = row["uses"].split(";")
        if "training" in uses:
            uses.insert(uses.index("training") + 1, "tuning")
        writer.writerow([row["ml_instance"], ec2, ";".join(uses),
                         "SageMaker runs this ml. type on the hardware of the EC2 type; "
                         "hyperparameter tuning jobs take training instance types",
                         f"{SAGEMAKER_SERVICE} (ml. names and uses) | "
                         "https://docs.aws.amazon.com/sagemaker/latest/dg/notebooks-available-instance-types.html"])
    return out.getvalue()


def generate():
    s = Sources()
    ids = s.all_ids()
    family_vcpus = {}
    rows_vcpus = {}
    for iid in ids:
        for src, key in ((s.ccf2026, "vCPUs"), (s.boavizta, "vcpu"), (s.vantage, "vCPUs"), (s.teads, "Instance vCPU")):
            if iid in src and number(src[iid][key]):
                rows_vcpus[iid] = int(number(src[iid][key]))
                break
        family_vcpus[family_of(iid)] = max(family_vcpus.get(family_of(iid), 0), rows_vcpus[iid])
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for iid in ids:
        writer.writerow(build_row(s, iid, family_vcpus))
    by_type, coverage = generate_offerings(ids)
    return {os.path.join(REF, "instances.csv"): out.getvalue(),
            os.path.join(REF, "sagemaker_instances.csv"): generate_sagemaker(set(ids)),
            os.path.join(REF, "instance_regions.csv"): by_type,
            os.path.join(REF, "offering_regions.csv"): coverage}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="fail if a committed catalog CSV differs from a fresh run")
    parser.add_argument("--refresh-sagemaker", metavar="SERVICE_2_JSON",
                        help="rewrite the pinned extract sources/botocore/sagemaker-instance-types.csv "
                             "from a botocore sagemaker service-2.json (update MANIFEST.csv too)")
    parser.add_argument("--refresh-prices", metavar="PRICING_AWS_GO",
                        help="rewrite the pinned extract sources/karpenter/ondemand-prices-us-east-1.csv "
                             "from Karpenter's pkg/providers/pricing/zz_generated.pricing_aws.go (update "
                             "KARPENTER, the dates and MANIFEST.csv too)")
    parser.add_argument("--refresh-offerings", metavar="REGION_DIR",
                        help="rewrite the pinned extract sources/moto/instance-type-offerings.csv from "
                             "moto's moto/ec2/resources/instance_type_offerings/region/ folder (update MOTO, "
                             "OFFERINGS_AS_OF and MANIFEST.csv too)")
    args = parser.parse_args()
    if args.refresh_offerings:
        os.makedirs(os.path.join(SRC, "moto"), exist_ok=True)
        with open(os.path.join(SRC, "moto", "instance-type-offerings.csv"), "w", newline="",
                  encoding="utf-8") as f:
            f.write(extract_offerings(args.refresh_offerings))
    if args.refresh_prices:
        os.makedirs(os.path.join(SRC, "karpenter"), exist_ok=True)
        with open(os.path.join(SRC, "karpenter", "ondemand-prices-us-east-1.csv"), "w", newline="",
                  encoding="utf-8") as f:
            f.write(extract_prices(args.refresh_prices))
    if args.refresh_sagemaker:
        with open(os.path.join(SRC, "botocore", "sagemaker-instance-types.csv"), "w", newline="",
                  encoding="utf-8") as f:
            f.write(extract_sagemaker(args.refresh_sagemaker))
    failed = False
    for path, text in generate().items():
        if not args.check:
            with open(path, "w", newline="", encoding="utf-8") as f:
                f.write(text)
            print(f"wrote {path} ({len(text.splitlines()) - 1} rows)")
            continue
        with open(path, newline="", encoding="utf-8") as f:
            committed = f.read()
        if committed == text:
            print(f"{path}: reproduced byte for byte ({len(text.splitlines()) - 1} rows)")
            continue
        failed = True
        old, new = committed.splitlines(), text.splitlines()
        for n, (a, b) in enumerate(zip(old, new), start=1):
            if a != b:
                print(f"{path}:{n}: differs from the generator output\n  committed: {a[:200]}\n"
                      f"  generated: {b[:200]}", file=sys.stderr)
                break
        else:
            print(f"{path}: {len(old)} lines committed, {len(new)} generated", file=sys.stderr)
    if failed:
        print("Run python3 data/generate-instances.py and commit the result.", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
