#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every figure in data/ has a source a colleague can follow from a clone.

Checks every CSV under data/ except the pinned third-party copies in
data/reference/sources/ (those are the sources): each cell of a column named
`source` (or ending in `_source`) is one or more citations separated by " | "
(" + " continues a citation with more paths of the same source), and each citation
must start with
  - a URL (http:// or https://),
  - github:<owner>/<repo> <path>, at a commit: either "(commit <sha>" in the
    citation or a pin for that repository in data/reference/sources/PINS.csv,
  - npm:<package>@<version> <path>, or
  - a path of a file inside this repository (data/..., README.md, ...).
Also checks data/reference/sources/MANIFEST.csv: every pinned copy is listed with its
repository and a 40-hex commit, and every listed file exists.

Usage: check_data_sources.py <repository root>
"""

import csv
import os
import re
import sys

URL = re.compile(r"^https?://\S+")
GITHUB = re.compile(r"^github:([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)\s+\S+")
NPM = re.compile(r"^npm:@?[A-Za-z0-9_./-]+@\d[\w.-]*(\s|$)")
COMMIT = re.compile(r"\bcommit ([0-9a-f]{7,40})\b")
SPLIT = re.compile(r" \| ")


def citation_problem(item, root, pins):
    item = item.strip()
    if not item:
        return "empty citation"
    if URL.match(item) or NPM.match(item):
        return None
    m = GITHUB.match(item)
    if m:
        if COMMIT.search(item) or m.group(1) in pins:
            return None
        return f"github:{m.group(1)} is cited without a commit and has no pin in PINS.csv"
    path = item.split()[0].rstrip(",;")
    if "/" in path or path.endswith((".md", ".csv", ".json")):
        if path.startswith(("/", "..", "~")) or "/work/" in path:
            return f"{path} points outside the repository"
        if os.path.isfile(os.path.join(root, path)):
            return None
        return f"{path} is not a file in the repository"
    return "not a URL, a github:owner/repo path, an npm:package@version path or a repository file"


def main():
    root = os.path.abspath(sys.argv[1])
    data = os.path.join(root, "data")
    sources_dir = os.path.join(data, "reference", "sources")
    with open(os.path.join(sources_dir, "PINS.csv"), newline="", encoding="utf-8") as f:
        pins = {row["repository"]: row["commit"] for row in csv.DictReader(f)}
    problems = []
    for repo, commit in pins.items():
        if not re.fullmatch(r"[0-9a-f]{40}", commit):
            problems.append(f"PINS.csv: {repo}: commit \"{commit}\" is not 40 hex digits")

    checked = 0
    for directory, _, files in os.walk(data):
        if os.path.commonpath([directory, sources_dir]) == sources_dir:
            continue
        for name in sorted(files):
            if not name.endswith(".csv"):
                continue
            path = os.path.join(directory, name)
            rel = os.path.relpath(path, root)
            with open(path, newline="", encoding="utf-8") as f:
                reader = csv.DictReader(f)
                columns = [c for c in reader.fieldnames or [] if c == "source" or c.endswith("_source")]
                for line, row in enumerate(reader, start=2):
                    for column in columns:
                        cell = row[column] or ""
                        if not cell.strip():
                            problems.append(f"{rel}:{line}: column {column}: no source")
                            continue
                        for item in SPLIT.split(cell):
                            checked += 1
                            problem = citation_problem(item, root, pins)
                            if problem:
                                problems.append(f"{rel}:{line}: column {column}: \"{item[:90]}\": {problem}")

    # The pinned copies themselves.
    with open(os.path.join(sources_dir, "MANIFEST.csv"), newline="", encoding="utf-8") as f:
        manifest = list(csv.DictReader(f))
    listed = set()
    for line, row in enumerate(manifest, start=2):
        listed.add(row["file"])
        if not os.path.isfile(os.path.join(sources_dir, row["file"])):
            problems.append(f"data/reference/sources/MANIFEST.csv:{line}: {row['file']} does not exist")
        if not re.fullmatch(r"[0-9a-f]{40}", row["commit"] or ""):
            problems.append(f"data/reference/sources/MANIFEST.csv:{line}: commit is not 40 hex digits")
        if not row["repository"] or not row["path"]:
            problems.append(f"data/reference/sources/MANIFEST.csv:{line}: repository and path are required")
    for directory, _, files in os.walk(sources_dir):
        for name in files:
            rel = os.path.relpath(os.path.join(directory, name), sources_dir)
            if rel not in listed and name not in ("MANIFEST.csv", "PINS.csv", "README.md"):
                problems.append(f"data/reference/sources/{rel}: not listed in MANIFEST.csv")

    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} unsourced or unfollowable citation(s)", file=sys.stderr)
        return 1
    print(f"{checked} citations checked, all followable from a clone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
