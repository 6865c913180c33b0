#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates, from Cloud Carbon Footprint's own published npm packages:
#   data/reference/ccf_instance_types.csv, ccf_processors.csv,
#   ccf_emission_factors.csv, ccf_constants.csv   (the ccf profile's tables)
#   tests/golden/ccf/ccf-golden.csv               (CCF's own results, checked by ctest ccf_golden)
# Run by hand when CCF releases (needs node and npm, Debian packages nodejs npm):
#   tests/golden/ccf/generate.sh [AWS_VERSION] [CORE_VERSION]
# then rebuild and run ctest; commit the CSVs with the versions named in the message.
set -eu
AWS_VERSION=${1:-0.15.0}
CORE_VERSION=${2:-1.0.0}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# aws@0.15.0 declares core ^0.17.3; the override makes it run on the pinned core
# (npm would otherwise install 0.17.3 nested under aws).
cat >"$work/package.json" <<JSON
{ "name": "greenprint-ccf-golden", "private": true,
  "dependencies": { "@cloud-carbon-footprint/aws": "$AWS_VERSION",
                    "@cloud-carbon-footprint/core": "$CORE_VERSION" },
  "overrides": { "@cloud-carbon-footprint/core": "$CORE_VERSION" } }
JSON
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)

# The published packages ship dist/package.json files whose "main" is
# "dist/index.js" relative to dist/ itself: point them at index.js.
find "$work/node_modules/@cloud-carbon-footprint" -path '*/dist/package.json' | while read -r f; do
    node -e 'const fs=require("fs");const p=JSON.parse(fs.readFileSync(process.argv[1]));
             p.main="index.js";fs.writeFileSync(process.argv[1],JSON.stringify(p,null,2));' "$f"
done

NODE_PATH="$work/node_modules" node "$here/extract-tables.js" "$repo/data/reference"
NODE_PATH="$work/node_modules" node "$here/golden.js" "$here/ccf-golden.csv"
