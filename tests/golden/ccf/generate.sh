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

"$here/install-ccf.sh" "$work" "$AWS_VERSION" "$CORE_VERSION"
cd "$work" # CCF's logger writes logs/ into the working directory

NODE_PATH="$work/node_modules" node "$here/extract-tables.js" "$repo/data/reference"
NODE_PATH="$work/node_modules" node "$here/golden.js" "$here/ccf-golden.csv"
