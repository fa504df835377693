#!/usr/bin/env bash
# Rebuilds the job-description writer (models/writer/ + its manifest entry "job-writer"):
#  1. tools/writer/dump-corpus.ts reads the real postings with the engine (zones, skills, years)
#     and writes plan -> body training texts (no pay, contacts, dates, organisation names or
#     boilerplate shared by 3+ postings; no resumes);
#  2. tools/writer/train-tokenizer.ts learns the writer's byte-level BPE (models/writer/tokenizer.json)
#     and encodes the texts with @huggingface/tokenizers, the library the server uses;
#  3. train_writer.py trains the transformer (supervised) and exports ONNX with a key/value cache;
#  4. GIRL's alignment round: tools/writer/girl-samples.ts samples postings for the roles suggested
#     to RJDB train resumes, keeps the best of each by the matcher and the posting checks, and
#     train_writer.py --finetune continues the model on them, weighted by reward;
#  5. tools/writer/build-copy-guard.ts hashes every 12-word run of the training bodies
#     (models/writer/copy-guard.bin): the server drops a generated sentence that repeats one.
# The engine and tools must be built first (npm run build && npx tsc -p tools). About 45 minutes on
# two cores for 1-3, 50 for 4.  --supervised-only stops after 3 (the shipped model, 2026-12-02);
# --girl-only runs 4 on the last supervised model (models/training/.cache/writer/writer.pt).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${HRDOCS_DATA:-../shared/data}
PY=${PYTHON:-/usr/bin/python3}
CACHE=models/training/.cache/writer
STAGE=all
case "${1:-}" in
  --supervised-only) STAGE=supervised; shift ;;
  --girl-only) STAGE=girl; shift ;;
esac
export ORT_DISABLE_TELEMETRY=1
mkdir -p "$CACHE" models/writer
if [ "$STAGE" != girl ]; then
  HRDOCS_DATA="$DATA" node tools/out/tools/writer/dump-corpus.js "$CACHE"
  node tools/out/tools/writer/train-tokenizer.js "$CACHE" models/writer --vocab 4096
  (cd models/training && "$PY" train_writer.py "../../$CACHE" .. --dim 256 --layers 4 --heads 4 --context 384 --batch 12 --steps 700 --seed 7)
fi
if [ "$STAGE" != supervised ]; then
  # the supervised model samples: its export must be the one in models/writer
  (cd models/training && "$PY" train_writer.py "../../$CACHE" .. --export-only)
  # 96 resumes: about 45 min of sampling and judging on two cores (48 took 23 min), then 100 steps
  node tools/out/tools/writer/girl-samples.js "$DATA/rjdb/train.jsonl" "$CACHE/girl" --samples 4 --roles 2 --seed 11 --limit 96
  (cd models/training && "$PY" train_writer.py "../../$CACHE" .. --finetune "../../$CACHE/girl" --steps 100 --lr 0.0002 --batch 12)
fi
# the copy guard: every 12-word run of the training bodies, hashed, so the server drops a generated
# sentence that repeats one (listed in the job-writer entry after train_writer.py rewrote it)
node tools/out/tools/writer/build-copy-guard.js "$CACHE" models --data "$DATA"
