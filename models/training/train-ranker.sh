#!/usr/bin/env bash
# Rebuilds the occupation ranker (models/occupation-ranker.json + its manifest entry): dumps the
# hashed features of graph titles, occupation skill samples, RJDB train resumes and real resumes
# (tools/scripts/dump-ranker-data.ts, the same feature code the server runs), then trains the
# two-tower model (train_ranker.py). The engine must be built first (npm run build). About ten
# minutes on two busy cores, most of it analysing the resumes.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${HRDOCS_DATA:-../shared/data}
PY=${PYTHON:-/usr/bin/python3}
export ORT_DISABLE_TELEMETRY=1
mkdir -p models/training/.cache
HRDOCS_DATA="$DATA" node tools/out/tools/scripts/dump-ranker-data.js models/training/.cache/ranker.jsonl --per-category 70
(cd models/training && "$PY" train_ranker.py .cache/ranker.jsonl .. --seed 13 "$@")
