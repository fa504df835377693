#!/usr/bin/env bash
# Rebuilds the matcher: dumps the engine's evidence features for RJDB train (and dev, for the
# report only), trains the logistic matcher, exports models/matcher.onnx + matcher.json and its
# manifest entry. The engine must be built first (npm run build); the features come from the
# same extraction the server runs (with the tagger and linker when they are installed).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${HRDOCS_DATA:-../shared/data}
PY=${PYTHON:-/usr/bin/python3}
mkdir -p models/training/.cache
node tools/out/tools/scripts/dump-match-features.js "$DATA/rjdb/train.jsonl" models/training/.cache/match-train.jsonl
node tools/out/tools/scripts/dump-match-features.js "$DATA/rjdb/dev.jsonl" models/training/.cache/match-dev.jsonl
"$PY" models/training/train_matcher.py models/training/.cache/match-train.jsonl models --dev models/training/.cache/match-dev.jsonl
