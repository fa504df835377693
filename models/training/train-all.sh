#!/usr/bin/env bash
# Rebuilds every shipped model from ../shared/data (or $HRDOCS_DATA), in dependency order:
#   0. the zone model     (models/zone-classifier.json) - word_clusters.py (GloVe word clusters),
#                                                       then tools/zones/train.ts
#   1. the skill tagger   (models/skill-tagger.onnx)  - train.sh (train.py)
#   2. the skill linker   (models/skill-linker.onnx)  - train.sh (train_linker.py), then its
#                                                       reranker (models/skill-link-reranker.json)
#                                                       - train-link-reranker.sh
#   3. the matcher        (models/matcher.onnx)       - train-matcher.sh, on features the engine
#                                                       computes with 1 and 2 and the posting
#                                                       word IDF table (models/word-idf.json,
#                                                       tools/scripts/build-word-idf.ts) in place
#      the skill terms postings list (models/posting-terms.json) - tools/scripts/
#                                                       build-posting-terms.ts, before anything that reads
#                                                       extraction's output
#   4. the occupation ranker (models/occupation-ranker.json) - train-ranker.sh, on the engine's
#                                                       analyses of RJDB train and real resumes
#   5. what postings of each role ask for (models/posting-skills.json) - tools/scripts/
#                                                       build-posting-skills.ts: real postings read
#                                                       by the engine, keyed by the ranker's
#                                                       occupation of their titles
# then measures the engine on dev (record-eval.sh) into the manifest's "evaluation" section.
# The skill-occupation graph the engine reads (models/graph/) is built by `npm run build:graph`.
# Needs /usr/bin/python3 with torch, onnx, numpy (apt-get install python3-torch python3-onnx
# python3-numpy) and a built engine (npm run build). Uses CUDA when PyTorch sees one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
t0=$(date +%s)
npm run build >/dev/null
# shellcheck source=glove.sh
source "$here/glove.sh"
/usr/bin/python3 "$here/word_clusters.py" --data "${HRDOCS_DATA:-../shared/data}"
node tools/out/tools/zones/train.js --data "${HRDOCS_DATA:-../shared/data}"
bash "$here/train.sh"
bash "$here/train-link-reranker.sh"
npm run build --workspace server >/dev/null
node tools/out/tools/scripts/build-word-idf.js "${HRDOCS_DATA:-../shared/data}" models
# the skill terms postings list (read by extraction: everything after it sees them)
node tools/out/tools/scripts/build-posting-terms.js --data "${HRDOCS_DATA:-../shared/data}" --models models
# the skill calibrator reads what the tagger, the linker and the word table make of its labelled mentions
node tools/out/tools/scripts/train-skill-calibrator.js --data "${HRDOCS_DATA:-../shared/data}"
bash "$here/train-matcher.sh"
npm run build --workspace server >/dev/null
bash "$here/train-ranker.sh"
node tools/out/tools/scripts/build-posting-skills.js --data "${HRDOCS_DATA:-../shared/data}" --models models
# the writer last: its corpus is read by the zones and skills above, its GIRL round judged by the matcher
bash "$here/train-writer.sh"
bash "$here/record-eval.sh" >/dev/null
echo "all models rebuilt in $(( $(date +%s) - t0 )) s; see models/manifest.json"
