#!/usr/bin/env bash
# The writer's three training phases (train-writer.sh steps 3 and 4) on a GPU, for a wider model
# than two CPU cores can train: bf16, residual dropout, held-out loss measured as it trains and
# the best weights kept (a few million tokens of postings are many epochs on a GPU), then ONNX
# export, dynamic int8 weights and both files' held-out perplexity (train_writer.py --quantize).
# The corpus and tokenizer come from train-writer.sh steps 1 and 2 (node, on any machine):
#   bash models/training/train-writer.sh --corpus-only
# then, where a GPU is (a device session's H200 ran the shipped one in about five minutes):
#   bash models/training/train-writer-gpu.sh CORPUS MODELS [SHAPE]
# SHAPE: small (6 layers, width 320, 8.9M parameters: fp32 under 40 MB, the default) or wide
# (8 layers, width 384, 16M parameters: shipped as int8 only). Steps are capped by time budgets
# (--budget), and the steps each phase ran and kept are written to writer/writer.json.
set -euo pipefail
CORPUS=$(realpath "$1")
MODELS=$(realpath "$2")
SHAPE_NAME=${3:-small}
PY=${PYTHON:-python3}
case "$SHAPE_NAME" in
  small) SHAPE="--dim 320 --layers 6 --heads 5 --context 384" ;;
  wide) SHAPE="--dim 384 --layers 8 --heads 6 --context 384" ;;
  *) echo "unknown shape $SHAPE_NAME (small or wide)" >&2; exit 2 ;;
esac
cd "$(dirname "$0")"
export PYTHONUNBUFFERED=1
# stage 1: whole posting bodies from their plans
"$PY" train_writer.py "$CORPUS" "$MODELS" $SHAPE --batch 64 --steps 3000 --lr 1e-3 --warmup 100 --dropout 0.1 --eval-every 100 --budget 90 --seed 7
# stage 2: one line per prompt (title, level, section, key)
"$PY" train_writer.py "$CORPUS" "$MODELS" --lines --batch 256 --window 96 --lr 5e-4 --warmup 100 --steps 3000 --dropout 0.1 --eval-every 250 --budget 100 --seed 7
# stage 2's second phase: NHS lines drawn at 35% of each batch (they are 85% of the lines); held-out
# lines are mostly NHS ones, so this phase runs its steps without early stopping
"$PY" train_writer.py "$CORPUS" "$MODELS" --lines --resume --nhs-share 0.35 --batch 256 --window 96 --lr 3e-4 --warmup 30 --steps 300 --dropout 0.1 --budget 45 --seed 8 --quantize --guidance 0
