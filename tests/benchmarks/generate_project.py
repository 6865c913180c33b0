#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a real .greenprint project file of any size, as a script or an export would.

    generate_project.py OUT.greenprint --components N [--seed S] [--check-schema SCHEMA]

The mix is that of tests/benchmarks/projectgenerator.cpp (the in-process
benchmarks' projects): out of 20 components, 7 compute jobs (half on
accelerators, in training; one accelerated job in ten sized from its work), 3
storage, 1 transfer, 2 notebooks, 2 tuning jobs, 3 endpoints and 2 log groups,
over instances and regions of the bundled reference data. One JSON object per
component line, the way a generating script writes (about 140 bytes each).
The same arguments always give the same bytes. With --check-schema the
document is also checked against the project JSON Schema (python3-jsonschema;
slow beyond about 100,000 components).
"""
import argparse
import json
import sys

# Instance types and regions of the bundled reference data (data/reference/).
CPU_INSTANCES = ["m6i.xlarge", "m6i.4xlarge", "c6i.2xlarge", "c7g.4xlarge", "m7g.2xlarge",
                 "r6i.2xlarge", "c6g.8xlarge", "m5.2xlarge"]
ACCELERATED_INSTANCES = ["g5.xlarge", "g5.12xlarge", "p4d.24xlarge", "p5.48xlarge",
                         "trn1.32xlarge", "inf2.xlarge", "g4dn.xlarge", "p3.8xlarge"]
# Sized from work: instances with a published achieved fraction of peak for training.
WORK_INSTANCES = ["p4d.24xlarge", "p5.48xlarge", "g5.12xlarge", "p3.8xlarge"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-north-1", "eu-central-1",
           "ap-northeast-1", "ap-south-1", "ca-central-1"]
STORAGE_CLASSES = ["s3-standard", "s3-standard-ia", "s3-glacier-flexible", "s3-glacier-deep-archive",
                   "ebs-gp3", "efs"]
STAGES = ["data-processing", "model-building", "training", "inference"]


class Random:
    """The linear congruential generator of projectgenerator.cpp."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return self.state >> 8

    def below(self, n):
        return self.next() % n

    def typed(self, lo, hi):
        """Rounded to two decimals, as people type numbers."""
        return int((lo + (hi - lo) * (self.next() % 10000) / 10000.0) * 100) / 100.0

    def pick(self, items):
        return items[self.below(len(items))]


def compute(r, accelerated):
    c = {"type": "compute", "instance": r.pick(ACCELERATED_INSTANCES if accelerated
                                               else CPU_INSTANCES),
         "count": 1 + r.below(16 if accelerated else 64), "utilization": r.typed(0.2, 0.95),
         "pricing": "spot" if r.below(4) == 0 else "on-demand"}
    if accelerated and r.below(10) == 0:
        c["instance"] = r.pick(WORK_INSTANCES)
        c["work"] = {"kind": "training", "parameters": 1e8 + r.below(70) * 1e8,
                     "tokens": 1e9 + r.below(50) * 1e9, "epochs": 1 + r.below(3)}
    else:
        c["hours"] = r.typed(1.0, 500.0)
    return c


def component(r):
    """(stage index, component) with the weights of projectgenerator.cpp."""
    pick = r.below(20)
    if pick < 7:
        accelerated = r.below(2) == 0
        return (2 if accelerated else 0), compute(r, accelerated)
    if pick < 10:
        return 0, {"type": "storage", "storageClass": r.pick(STORAGE_CLASSES),
                   "sizeGB": r.typed(10.0, 500000.0), "months": 1 + r.below(36)}
    if pick < 11:
        return 0, {"type": "transfer", "sizeGB": r.typed(1.0, 50000.0), "toRegion": r.pick(REGIONS)}
    if pick < 13:
        return 1, {"type": "notebook", "instance": r.pick(CPU_INSTANCES),
                   "activeHoursPerWeek": r.typed(2.0, 40.0), "idleHoursPerWeek": r.typed(0.0, 100.0),
                   "weeks": 1 + r.below(52), "activeUtilization": r.typed(0.1, 0.8)}
    if pick < 15:
        return 2, {"type": "tuning", "instance": r.pick(ACCELERATED_INSTANCES),
                   "count": 1 + r.below(4),
                   "strategy": r.pick(["grid", "random", "bayesian", "hyperband"]),
                   "trials": 4 + r.below(60), "hoursPerTrial": r.typed(0.25, 12.0),
                   "utilization": r.typed(0.4, 0.95)}
    if pick < 18:
        accelerated = r.below(2) == 0
        return 3, {"type": "endpoint", "mode": r.pick(["real-time", "async", "serverless", "batch"]),
                   "instance": r.pick(ACCELERATED_INSTANCES if accelerated else CPU_INSTANCES),
                   "count": 1 + r.below(8), "hoursProvisioned": r.typed(24.0, 8760.0),
                   "utilization": r.typed(0.05, 0.7), "modelsHosted": 1 + r.below(3)}
    return 3, {"type": "logs", "gbPerMonth": r.typed(1.0, 500.0), "retentionMonths": r.below(13),
               "months": 1 + r.below(24)}


def project(components, seed):
    r = Random(seed)
    stages = [[] for _ in STAGES]
    for i in range(components):
        stage, c = component(r)
        c = {"name": f"Component {i + 1}", **c}
        stages[stage].append(c)
    head = {"format": "greenprint-project", "formatVersion": 2,
            "name": f"Generated plan with {components} components", "region": "us-east-1"}
    return head, stages, r.pick(REGIONS)


def write(path, components, seed):
    head, stages, training_region = project(components, seed)
    compact = {"separators": (",", ":")}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        for key, value in head.items():
            f.write(f" {json.dumps(key)}: {json.dumps(value)},\n")
        f.write(' "stages": [\n')
        for index, (kind, items) in enumerate(zip(STAGES, stages)):
            region = f', "region": {json.dumps(training_region)}' if kind == "training" else ""
            f.write(f'  {{"kind": "{kind}"{region}, "components": [\n')
            last = len(items) - 1
            for n, c in enumerate(items):
                f.write("   " + json.dumps(c, **compact) + (",\n" if n < last else "\n"))
            f.write("  ]}" + (",\n" if index < len(STAGES) - 1 else "\n"))
        f.write(" ]\n}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--components", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check-schema", metavar="SCHEMA")
    args = parser.parse_args()
    write(args.out, args.components, args.seed)
    if args.check_schema:
        import jsonschema  # python3-jsonschema, in the Makefile's APT_PACKAGES
        with open(args.check_schema, encoding="utf-8") as f:
            schema = json.load(f)
        with open(args.out, encoding="utf-8") as f:
            document = json.load(f)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
        for e in errors[:10]:
            print(f"{args.out}: {e.json_path}: {e.message}", file=sys.stderr)
        if errors:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
