#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate data/reference/region_latency.csv from the pinned cloudping.co snapshot.

Input (inside this repository, see data/reference/sources/MANIFEST.csv):
  sources/aws-ping/aws-ping-p50-1y.json  github:oaustegard/oaustegard.github.io
      web-utilities/aws-ping-p50-1y.json (commit 4a1414dbf7163c4299fa201d140d3d9e00133544;
      the file was last changed on 2025-05-29): a snapshot of
      https://www.cloudping.co/api/latencies?percentile=p_50&timeframe=1Y, the median over one
      year of the round-trip time of a TCP connection from an instance in one AWS Region to an
      endpoint in another (cloudping.co method), in milliseconds, keyed "from" -> "to".

One row per ordered pair, values unchanged, sorted by (from, to). Stdlib only; --check
compares with the committed file instead of writing it (ctest `region_latency_generated`).
"""

import argparse
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOT = os.path.join(HERE, "reference", "sources", "aws-ping", "aws-ping-p50-1y.json")
OUTPUT = os.path.join(HERE, "reference", "region_latency.csv")
COMMIT = "4a1414dbf7163c4299fa201d140d3d9e00133544"
SOURCE = (f"github:oaustegard/oaustegard.github.io web-utilities/aws-ping-p50-1y.json "
          f"(commit {COMMIT}; snapshot of https://www.cloudping.co/api/latencies?percentile=p_50"
          f"&timeframe=1Y, committed 2025-05-29)")


def rows():
    with open(SNAPSHOT, encoding="utf-8") as f:
        snapshot = json.load(f)
    meta = snapshot["metadata"]
    if meta != {"percentile": "p_50", "timeframe": "1Y", "unit": "milliseconds"}:
        sys.exit(f"{SNAPSHOT}: metadata is {meta}, expected p_50 over 1Y in milliseconds")
    for source in sorted(snapshot["data"]):
        targets = snapshot["data"][source]
        for target in sorted(targets):
            value = targets[target]
            if not isinstance(value, (int, float)) or value < 0:
                sys.exit(f"{SNAPSHOT}: data.{source}.{target} is not a latency: {value!r}")
            yield source, target, repr(float(value))


def render():
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["from_region", "to_region", "p50_ms", "source"])
    for source, target, value in rows():
        writer.writerow([source, target, value, SOURCE])
    return out.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail when the committed file differs from what would be written")
    args = parser.parse_args()
    text = render()
    if args.check:
        with open(OUTPUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUTPUT} is not what {os.path.basename(__file__)} writes: rerun it")
        return
    with open(OUTPUT, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
