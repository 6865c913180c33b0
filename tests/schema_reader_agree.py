#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The schema and the reader agree on what a project file must state and on its defaults.

For a complete sample of every component type, of a stage and of the project itself:
  - leaving out each key makes the file invalid for the schema exactly when
    `greenprint validate` refuses it (so the schema's `required` lists, and its
    hours-or-work rule, are the reader's);
  - each key with a schema `default`, left out, estimates exactly as the file that
    states that default (so the documented value is the one the reader uses).

Usage: schema_reader_agree.py GREENPRINT_EXE SOURCE_DIR
"""

import copy
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

COMPONENTS = {
    "compute": {"type": "compute", "name": "c", "instance": "p4d.24xlarge", "count": 2,
                "hours": 10, "utilization": 0.7, "measuredPowerW": 3000, "pricing": "spot",
                "recurrence": {"every": "week", "months": 12}},
    "storage": {"type": "storage", "name": "s", "storageClass": "s3-standard-ia",
                "sizeGB": 100, "months": 2},
    "transfer": {"type": "transfer", "name": "t", "sizeGB": 10, "toRegion": "eu-west-1"},
    "notebook": {"type": "notebook", "name": "n", "instance": "ml.t3.medium", "count": 3,
                 "activeHoursPerWeek": 10, "idleHoursPerWeek": 5, "weeks": 4,
                 "activeUtilization": 0.3},
    "tuning": {"type": "tuning", "name": "u", "instance": "ml.g5.xlarge", "count": 2,
               "strategy": "bayesian", "trials": 5, "hoursPerTrial": 1, "utilization": 0.8},
    "endpoint": {"type": "endpoint", "name": "e", "mode": "async", "instance": "ml.inf2.xlarge",
                 "count": 2, "hoursProvisioned": 720, "utilization": 0.2, "modelsHosted": 3},
    "logs": {"type": "logs", "name": "l", "gbPerMonth": 1, "retentionMonths": 3, "months": 2},
}

STAGE = {"kind": "training", "name": "Training", "region": "eu-west-1", "components": []}

PROJECT = {
    "format": "greenprint-project", "formatVersion": 2, "appVersion": "0.1.0",
    "name": "agree", "region": "us-east-1",
    "settings": {"methodology": "greenprint", "includeEmbodied": True},
    "catalog": {"instances": [], "regions": []},
    "stages": [],
}


def project_with(component=None, stage=None, top=None):
    doc = copy.deepcopy(top if top is not None else PROJECT)
    st = copy.deepcopy(stage if stage is not None else STAGE)
    if component is not None:
        st["components"] = [component]
    if "stages" in doc:
        doc["stages"] = [st]
    return doc


def cases():
    """(name, document) with one key left out, and (name, omitted, stated) default pairs."""
    omissions, defaults = [], []
    for kind, full in COMPONENTS.items():
        props = SCHEMA["$defs"][kind]["properties"]
        for key in full:
            if key == "type":
                continue
            less = {k: v for k, v in full.items() if k != key}
            omissions.append((f"{kind} without {key}", project_with(less)))
            if "default" in props.get(key, {}):
                stated = dict(less, **{key: props[key]["default"]})
                defaults.append((f"{kind}.{key}", project_with(less), project_with(stated)))
    for key in STAGE:
        if key != "kind":
            less = {k: v for k, v in STAGE.items() if k != key}
            omissions.append((f"stage without {key}", project_with(COMPONENTS["compute"], less)))
    for key in PROJECT:
        if key != "format":
            less = {k: v for k, v in PROJECT.items() if k != key}
            omissions.append((f"project without {key}", project_with(COMPONENTS["compute"],
                                                                     top=less)))
    return omissions, defaults


def schema_valid(doc):
    try:
        VALIDATOR.validate(doc)
        return True
    except jsonschema.ValidationError:
        return False


def run(exe, *args):
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


def main():
    exe = sys.argv[1]
    failures = []
    omissions, defaults = cases()
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, (name, doc) in enumerate(omissions):
            path = pathlib.Path(tmp) / f"case{i}.greenprint"
            path.write_text(json.dumps(doc))
            files.append((name, doc, str(path)))
        result = run(exe, "validate", *[f for _, _, f in files])
        for name, doc, path in files:
            reader_ok = f"{path}: valid" in result.stdout
            if reader_ok != schema_valid(doc):
                failures.append(f"{name}: schema says {'valid' if schema_valid(doc) else 'invalid'}"
                                f", greenprint validate says {'valid' if reader_ok else 'invalid'}")
            print(f"{name}: {'valid' if reader_ok else 'refused'} by both"
                  if not failures or not failures[-1].startswith(name + ":") else failures[-1])

        for name, omitted, stated in defaults:
            totals = []
            for label, doc in (("omitted", omitted), ("stated", stated)):
                path = pathlib.Path(tmp) / f"{name}-{label}.greenprint"
                path.write_text(json.dumps(doc))
                out = run(exe, "estimate", str(path), "--format", "json")
                if out.returncode != 0:
                    failures.append(f"{name} {label}: estimate failed: {out.stderr.strip()}")
                    break
                totals.append(json.loads(out.stdout)["total"])
            if len(totals) == 2:
                if totals[0] != totals[1]:
                    failures.append(f"{name}: the schema default estimates differently from "
                                    f"leaving the key out: {totals[1]} vs {totals[0]}")
                else:
                    print(f"{name}: left out = schema default")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(omissions)} omissions, {len(defaults)} defaults checked, {len(failures)} failures")
    return 1 if failures else 0


SCHEMA = json.loads((pathlib.Path(sys.argv[2]) / "data/schema/project.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

if __name__ == "__main__":
    sys.exit(main())
