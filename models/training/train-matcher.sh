#!/usr/bin/env bash
# Rebuilds the matcher: dumps the engine's features for RJDB train (and dev, for the report only)
# and for weakly labelled real pairs (real resumes x real postings by occupation field, every
# dev-set id excluded: tools/scripts/dump-weak-pairs.ts) and for the hand-judged real training
# pairs (tools/devsets/train-pairs*.json: tools/scripts/dump-judged-pairs.ts), trains the monotone matcher, exports
# models/matcher.onnx + matcher.json and its manifest entry. The engine must be built first
# (npm run build); the features come from the same extraction the server runs (with the tagger,
# linker and the posting word IDF table models/word-idf.json in place; rebuild that table first
# with tools/scripts/build-word-idf.ts when the postings change).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${HRDOCS_DATA:-../shared/data}
PY=${PYTHON:-/usr/bin/python3}
export ORT_DISABLE_TELEMETRY=1
mkdir -p models/training/.cache
node tools/out/tools/scripts/dump-match-features.js "$DATA/rjdb/train.jsonl" models/training/.cache/match-train.jsonl
node tools/out/tools/scripts/dump-match-features.js "$DATA/rjdb/dev.jsonl" models/training/.cache/match-dev.jsonl
HRDOCS_DATA="$DATA" node tools/out/tools/scripts/dump-weak-pairs.js models/training/.cache/match-weak.jsonl
HRDOCS_DATA="$DATA" node tools/out/tools/scripts/dump-judged-pairs.js models/training/.cache/match-judged.jsonl \
  tools/devsets/train-pairs*.json
"$PY" models/training/train_matcher.py models/training/.cache/match-train.jsonl models \
  --weak models/training/.cache/match-weak.jsonl --judged models/training/.cache/match-judged.jsonl \
  --dev models/training/.cache/match-dev.jsonl
