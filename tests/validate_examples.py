#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate project files against the JSON Schemas of the project file.

Every data/examples/*.greenprint, tests/data/projects/v2/*.greenprint and
tests/data/projects/handwritten/*.greenprint (only the required keys, defaults
elsewhere) must be valid format 2 (data/schema/project.schema.json); tests/data/projects/v1/ holds
format 1 files (data/schema/project-v1.schema.json) that readers upgrade.
Every tests/data/invalid/*.greenprint (format 1 documents) must be rejected, either by the
strict JSON rules of the format (UTF-8, no NaN/Infinity, no duplicate keys, at
most 64 levels deep) or by the schema, except the few rules that only
Greenprint's reader checks (READER_ONLY), which must pass the schema.

Usage: validate_examples.py [SOURCE_DIR]   (default: the parent of this file's folder)
"""

import json
import math
import pathlib
import sys

import jsonschema

MAX_SIZE = 256 * 1024 * 1024  # kProjectMaxFileSize (models/io/formatversion.h)
MAX_DEPTH = 64

# Rules JSON Schema cannot express; tst_projectreader covers them.
READER_ONLY = {
    "duplicate-catalog-instance",
    "duplicate-catalog-region",
    "catalog-idle-above-max",
    "notebook-week-overbooked",
    "scenario-name-duplicate",
}


class FormatError(Exception):
    pass


def reject_constant(name):
    raise FormatError(f"{name} is not allowed")


def finite_float(text):
    value = float(text)
    if math.isinf(value) or math.isnan(value):
        raise FormatError(f"number {text} is out of range")
    return value


def no_duplicates(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise FormatError(f'duplicate key "{key}"')
        result[key] = value
    return result


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def load_strict(path):
    data = path.read_bytes()
    if len(data) > MAX_SIZE:
        raise FormatError("larger than 256 MiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise FormatError(f"not UTF-8: {e}") from e
    try:
        value = json.loads(text, parse_constant=reject_constant, parse_float=finite_float,
                            object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as e:
        raise FormatError(f"invalid JSON: {e}") from e
    if depth(value) > MAX_DEPTH:
        raise FormatError(f"nested deeper than {MAX_DEPTH} levels")
    return value


def problems(validator, path):
    """A list of reasons the file is invalid; empty when it is valid."""
    try:
        document = load_strict(path)
    except FormatError as e:
        return [str(e)]
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
            for e in validator.iter_errors(document)]


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[1]
    def load_validator(name):
        schema = json.loads((root / "data/schema" / name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        return jsonschema.Draft202012Validator(schema)

    # The current format (2) and the format 1 that readers still upgrade; the
    # malformed fixtures are format 1 documents.
    current = load_validator("project.schema.json")
    validator = load_validator("project-v1.schema.json")

    failures = []
    valid_current = sorted((root / "data/examples").glob("*.greenprint")) \
        + sorted((root / "tests/data/projects/v2").glob("*.greenprint")) \
        + sorted((root / "tests/data/projects/handwritten").glob("*.greenprint"))
    valid_v1 = sorted((root / "tests/data/projects/v1").glob("*.greenprint"))
    valid = valid_current + valid_v1
    invalid = sorted((root / "tests/data/invalid").glob("*.greenprint"))
    if len(valid_current) < 5 or len(valid_v1) < 4 or len(invalid) < 24:
        failures.append(f"too few files: {len(valid)} valid, {len(invalid)} invalid")

    for path in valid_current:
        for problem in problems(current, path):
            failures.append(f"{path}: {problem}")
    for path in valid_v1:
        for problem in problems(validator, path):
            failures.append(f"{path}: {problem}")
        if not problems(current, path):
            failures.append(f"{path}: a format 1 file passes the format 2 schema")
    rejected = 0
    for path in invalid:
        found = problems(validator, path)
        if path.stem in READER_ONLY:
            for problem in found:
                failures.append(f"{path}: reader-only fixture should pass the schema: {problem}")
        elif not found:
            failures.append(f"{path}: invalid fixture passes the schema")
        else:
            rejected += 1

    for failure in failures:
        print(failure)
    print(f"{len(valid)} valid files checked, {rejected} invalid files rejected, "
          f"{len(READER_ONLY)} reader-only fixtures, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
