#!/usr/bin/env bash
# Rebuilds the skill tagger: models/skill-tagger.onnx, models/skill-tagger.json (vocabulary,
# char alphabet, CRF transitions), models/tokenizer-vectors.json (Python/TS parity vectors)
# and the "skill-tagger" entry of models/manifest.json. Extra arguments go to train.py.
# Then the skill linker (train_linker.py; see the end of this file).
# Needs /usr/bin/python3 with torch, onnx and numpy (see README.md) and the data folder
# ../../../shared/data (or HRDOCS_DATA).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}

# shellcheck source=glove.sh
source ./glove.sh

# Small LSTM batches run fastest on one thread; more threads only add OpenMP overhead.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
# the hand-labelled real sentences of tools/links/labels, with their text, into the (ignored)
# training cache; needs the tools built (npm run build)
(cd ../.. && node tools/out/tools/scripts/dump-tagger-units.js models/training/.cache/real-units.jsonl)
"$PY" train.py --real .cache/real-units.jsonl --real-weight "${REAL_WEIGHT:-1}" "$@"
"$PY" hrtok.py --vectors ../tokenizer-vectors.json ../skill-tagger.json
echo "done: $(cd .. && pwd)/skill-tagger.onnx"

# Skill linker (phrase encoder, ~3 min on CPU): models/skill-linker.onnx, skill-linker.json
# (vocabulary, calibration, parity vectors), skill-linker-scorer.onnx and their manifest
# entries. LINKER_ARGS pass to train_linker.py; SKIP_LINKER=1 leaves the linker as it is.
if [ -z "${SKIP_LINKER:-}" ]; then
  # shellcheck disable=SC2086
  "$PY" train_linker.py ${LINKER_ARGS:-}
  echo "done: $(cd .. && pwd)/skill-linker.onnx"
fi
