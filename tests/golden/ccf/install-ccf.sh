#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs Cloud Carbon Footprint's published npm packages, at the versions the ccf profile
# reproduces, into DIR/node_modules (for generate.sh and tests/benchmarks/bench_vs_ccf.py):
#   tests/golden/ccf/install-ccf.sh DIR [AWS_VERSION] [CORE_VERSION]
# Needs node and npm (Debian packages nodejs npm); never used at build or run time.
set -eu
dir=$1
AWS_VERSION=${2:-0.15.0}
CORE_VERSION=${3:-1.0.0}
mkdir -p "$dir"

# aws@0.15.0 declares core ^0.17.3; the override makes it run on the pinned core
# (npm would otherwise install 0.17.3 nested under aws).
cat >"$dir/package.json" <<JSON
{ "name": "greenprint-ccf", "private": true,
  "dependencies": { "@cloud-carbon-footprint/aws": "$AWS_VERSION",
                    "@cloud-carbon-footprint/core": "$CORE_VERSION" },
  "overrides": { "@cloud-carbon-footprint/core": "$CORE_VERSION" } }
JSON
(cd "$dir" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)

# The published packages ship dist/package.json files whose "main" is
# "dist/index.js" relative to dist/ itself: point them at index.js.
find "$dir/node_modules/@cloud-carbon-footprint" -path '*/dist/package.json' | while read -r f; do
    node -e 'const fs=require("fs");const p=JSON.parse(fs.readFileSync(process.argv[1]));
             p.main="index.js";fs.writeFileSync(process.argv[1],JSON.stringify(p,null,2));' "$f"
done
