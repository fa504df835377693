#!/usr/bin/env bash
# The skill linker's reranker (models/skill-link-reranker.json and its manifest entry; the
# skill-linker entry's thresholds link / linkRequirement / linkMatch), on top of the encoder that
# train.sh trains (run after it); it also reads the hand-labelled training mentions
# in tools/links/labels (every file). About 3 min on 2 CPU cores. Arguments pass to
# tools/scripts/train-link-reranker.ts (--examples, --rjdb-examples, --epochs, --seed, --cross-field, --calibrate, --real, --real-weight, --k-description).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
export HRDOCS_DATA="${HRDOCS_DATA:-../shared/data}"
export ORT_DISABLE_TELEMETRY=1
mkdir -p "$here/.cache"
# RJDB train (phrase, skill name) pairs, aligned as train_linker.py aligns them
/usr/bin/python3 "$here/rjdb_link_pairs.py" > "$here/.cache/rjdb-link-pairs.jsonl"
npm run build --workspace tools >/dev/null
node tools/out/tools/scripts/train-link-reranker.js --data "$HRDOCS_DATA" "$@"
