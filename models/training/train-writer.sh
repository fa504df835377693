#!/usr/bin/env bash
# Rebuilds the job-description writer (models/writer/ + its manifest entry "job-writer"):
#  1. tools/writer/dump-corpus.ts reads the real postings with the engine (zones, skills, years)
#     and writes plan -> body texts (stage 1) and prompt -> line texts (stage 2: each line of a
#     posting prompted by its title, level, section and a key), with no pay, contacts, dates,
#     organisation names or boilerplate shared by 3+ postings; no resumes;
#  2. tools/writer/train-tokenizer.ts learns the writer's byte-level BPE (models/writer/tokenizer.json)
#     and encodes the texts with @huggingface/tokenizers, the library the server uses;
#  3. train_writer.py, stage 1: the transformer learns whole posting bodies (700 steps, ~40 min);
#  4. train_writer.py --lines, stage 2: it continues on the lines (35 min on two cores), then a second
#     phase with fewer NHS lines (12 min), and is exported to ONNX with a key/value cache (the
#     server writes a posting line by line);
#  5. GIRL's alignment round: tools/writer/girl-samples.ts writes postings for the roles suggested
#     to RJDB train resumes, keeps the best of each by the matcher and the posting checks, and
#     train_writer.py --lines --finetune continues the line writer on the kept lines, weighted by reward;
#  6. tools/writer/build-copy-guard.ts hashes every 12-word run of the real postings
#     (models/writer/copy-guard.bin): the server drops a generated line that repeats one.
# The engine and tools must be built first (npm run build && npx tsc -p tools).
#   --supervised-only  stops after 4 (no GIRL round)
#   --girl-only        runs 5 on the last line writer (models/training/.cache/writer/writer-lines.pt)
#   --corpus-only      runs 1 and 2 only (encoding with the tokenizer in models/writer when there is
#                      one), for train-writer-gpu.sh, which runs 3 and 4 on a GPU with a wider model
#   --from-onnx FILE   skips 3: stage 2 starts from the weights of an exported stage-1 writer (the
#                      posting writer of 2026-12-02 was one) and the tokenizer already in models/writer
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${HRDOCS_DATA:-../shared/data}
PY=${PYTHON:-/usr/bin/python3}
CACHE=models/training/.cache/writer
STAGE=all
FROM_ONNX=""
while [ $# -gt 0 ]; do
  case "$1" in
    --supervised-only) STAGE=supervised ;;
    --girl-only) STAGE=girl ;;
    --corpus-only) STAGE=corpus ;;
    --from-onnx) FROM_ONNX="$(realpath "$2")"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
export ORT_DISABLE_TELEMETRY=1
mkdir -p "$CACHE" models/writer
LINES_ARGS="--lines --batch 48 --window 96 --lr 5e-4 --warmup 50 --steps 1200 --seed 7"
# stage 2's second phase: NHS lines drawn at 35% of each batch (they are 85% of the lines), so the
# writer stops giving every role a hospital's posting (~12 min)
BALANCE_ARGS="--lines --resume --nhs-share 0.35 --batch 48 --window 96 --lr 3e-4 --warmup 20 --steps 400 --seed 8"
if [ "$STAGE" = corpus ]; then
  HRDOCS_DATA="$DATA" node tools/out/tools/writer/dump-corpus.js "$CACHE"
  if [ -f models/writer/tokenizer.json ]; then
    node tools/out/tools/writer/train-tokenizer.js "$CACHE" models/writer --keep
  else
    node tools/out/tools/writer/train-tokenizer.js "$CACHE" models/writer --vocab 4096
  fi
  # the lines' sources as a byte per line (NHS or not), for --nhs-share where the texts are not carried
  (cd models/training && "$PY" -c "import sys, train_writer; train_writer.nhs_lines(sys.argv[1], refresh=True)" "../../$CACHE")
  echo "corpus in $CACHE: bash models/training/train-writer-gpu.sh $CACHE models"
  exit 0
fi
if [ "$STAGE" != girl ]; then
  HRDOCS_DATA="$DATA" node tools/out/tools/writer/dump-corpus.js "$CACHE"
  if [ -n "$FROM_ONNX" ]; then
    node tools/out/tools/writer/train-tokenizer.js "$CACHE" models/writer --keep
    (cd models/training && "$PY" train_writer.py "../../$CACHE" .. $LINES_ARGS --init-onnx "$FROM_ONNX" --dim 256 --layers 4 --heads 4 --context 384)
    (cd models/training && "$PY" train_writer.py "../../$CACHE" .. $BALANCE_ARGS)
  else
    node tools/out/tools/writer/train-tokenizer.js "$CACHE" models/writer --vocab 4096
    (cd models/training && "$PY" train_writer.py "../../$CACHE" .. --dim 256 --layers 4 --heads 4 --context 384 --batch 12 --steps 700 --seed 7)
    (cd models/training && "$PY" train_writer.py "../../$CACHE" .. $LINES_ARGS)
    (cd models/training && "$PY" train_writer.py "../../$CACHE" .. $BALANCE_ARGS)
  fi
fi
if [ "$STAGE" = all ] || [ "$STAGE" = girl ]; then
  # 48 RJDB train resumes, 2 roles each, 4 samples of every line, 3 assemblies judged
  node tools/out/tools/writer/girl-samples.js "$DATA/rjdb/train.jsonl" "$CACHE/girl" --samples 4 --roles 2 --seed 11 --limit 48
  (cd models/training && "$PY" train_writer.py "../../$CACHE" .. --lines --finetune "../../$CACHE/girl" --steps 100 --lr 0.0002 --batch 48)
fi
# the copy guard: every 12-word run of the real postings and the training texts, hashed, so the
# server drops a generated line that repeats one (listed in the job-writer entry after train_writer.py rewrote it)
node tools/out/tools/writer/build-copy-guard.js "$CACHE" models --data "$DATA"
