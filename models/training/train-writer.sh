#!/usr/bin/env bash
# Rebuilds the job-description writer (models/writer/ + its manifest entry "job-writer"):
#  1. tools/writer/dump-corpus.ts reads the real postings with the engine (zones, skills, years)
#     and writes plan -> body training texts (no pay, contacts, dates, organisation names or
#     boilerplate shared by 3+ postings; no resumes);
#  2. tools/writer/train-tokenizer.ts learns the writer's byte-level BPE (models/writer/tokenizer.json)
#     and encodes the texts with @huggingface/tokenizers, the library the server uses;
#  3. train_writer.py trains the transformer and exports ONNX with a key/value cache.
# The engine and tools must be built first (npm run build && npx tsc -p tools). About 70 minutes
# on two cores (step 3 is most of it); pass --steps N to train_writer.py through "$@".
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${HRDOCS_DATA:-../shared/data}
PY=${PYTHON:-/usr/bin/python3}
CACHE=models/training/.cache/writer
export ORT_DISABLE_TELEMETRY=1
mkdir -p "$CACHE" models/writer
HRDOCS_DATA="$DATA" node tools/out/tools/writer/dump-corpus.js "$CACHE"
node tools/out/tools/writer/train-tokenizer.js "$CACHE" models/writer --vocab 4096
(cd models/training && "$PY" train_writer.py "../../$CACHE" .. --dim 256 --layers 4 --heads 4 --context 384 --batch 12 --steps 700 --seed 7 "$@")
