#!/usr/bin/env python3
"""Document-kind classifier: Markdown text -> resume | job | other.

Multinomial logistic regression (L2) over hashed word uni/bigrams plus a few structure
features. The feature extraction below is mirrored line for line by
server/src/engine/models/kind-classifier.ts; change both or neither (the JSON's parity cases
catch drift). The shipped JSON holds no corpus text: hashed-bucket weights only.

  /usr/bin/python3 models/training/train_kind.py --data ../shared/data --out models/kind-classifier.json
"""
import argparse
import gzip
import hashlib
import json
import math
import os
import random
import re
import string
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kind_synthetic import synthetic_other  # noqa: E402

CLASSES = ['resume', 'job', 'other']
MAX_WORDS = 1500
HASH_BITS = 18
N_BUCKETS = 1 << HASH_BITS
FNV_OFFSET = 2166136261
FNV_PRIME = 16777619
STRUCT_NAMES = [
    'bullet_share', 'heading_share', 'year_rate', 'has_front_matter', 'fence_count',
    'log_length', 'short_line_share', 'link_share', 'code_share', 'version_rate',
    'table_share', 'key_value_share', 'year_line_share',
]

# ---------------------------------------------------------------- features (mirrored in TS)
WORD = re.compile(r'[a-z0-9]+')
LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
YEAR = re.compile(r'(19|20)[0-9][0-9]')
BULLET = re.compile(r'[ \t]*([-*+\u2022]|[0-9]{1,3}[.)])[ \t]+[^ \t]')
HEADING = re.compile(r' {0,3}#{1,6}([ \t]|$)')
FENCE = re.compile(r'[ \t]{0,3}(```|~~~)')
KEY_VALUE = re.compile(r'[ \t]*[A-Za-z][A-Za-z ]{0,30}:[ \t]')
VERSION = re.compile(r'[0-9]+\.[0-9]+\.[0-9]+')
NONBLANK = re.compile(r'[^ \t]')


def rtrim(s):
    return s.rstrip(' \t')


def split_doc(text):
    """-> (front-matter lines kept as text or None, body lines). YAML comments are dropped."""
    if text.startswith('\ufeff'):
        text = text[1:]
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    if rtrim(lines[0]) == '---':
        for j in range(1, len(lines)):
            if rtrim(lines[j]) in ('---', '...'):
                kept = [l for l in lines[1:j] if not l.lstrip(' \t').startswith('#')]
                return kept, lines[j + 1:]
    return None, lines


def words_of(s):
    return WORD.findall(s.translate(LOWER))


def is_year(w):
    return len(w) == 4 and YEAR.fullmatch(w) is not None


def structure(fm, body, words, n_total):
    lines = [l for l in body if NONBLANK.search(l)]
    n = max(1, len(lines))
    share = lambda pred: sum(1 for l in lines if pred(l)) / n
    nw = max(1, len(words))
    years = sum(1 for w in words if is_year(w))
    versions = len(VERSION.findall('\n'.join(body)))
    line_words = [words_of(l) for l in lines]
    return [
        share(lambda l: BULLET.match(l) is not None),
        share(lambda l: HEADING.match(l) is not None),
        min(10.0, 100.0 * years / nw) / 10.0,
        1.0 if fm is not None else 0.0,
        min(20, sum(1 for l in lines if FENCE.match(l))) / 20.0,
        math.log(1 + min(n_total, 20000)) / math.log(20001),
        sum(1 for lw in line_words if len(lw) <= 4) / n,
        share(lambda l: 'http://' in l or 'https://' in l or '](' in l),
        share(lambda l: '`' in l),
        min(10.0, 100.0 * versions / nw) / 10.0,
        share(lambda l: l.lstrip(' \t').startswith('|')),
        share(lambda l: KEY_VALUE.match(l) is not None),
        sum(1 for lw in line_words if any(is_year(w) for w in lw)) / n,
    ]


def grams_and_struct(text):
    fm, body = split_doc(text)
    all_words = words_of('\n'.join((fm or []) + body))
    words = all_words[:MAX_WORDS]
    grams = set(words)
    grams.update(words[i] + ' ' + words[i + 1] for i in range(len(words) - 1))
    return grams, structure(fm, body, words, len(all_words)), len(all_words)


def fnv1a(s):
    h = FNV_OFFSET
    for b in s.encode('ascii'):
        h = ((h ^ b) * FNV_PRIME) & 0xFFFFFFFF
    return h


def fnv1a_many(strings):
    """Vectorised FNV-1a over many ASCII strings (grouped by length)."""
    out = {}
    by_len = {}
    for s in strings:
        by_len.setdefault(len(s), []).append(s)
    for length, group in by_len.items():
        arr = np.frombuffer(''.join(group).encode('ascii'), dtype=np.uint8).reshape(len(group), length)
        h = np.full(len(group), FNV_OFFSET, dtype=np.uint64)
        for c in range(length):
            h = ((h ^ arr[:, c]) * FNV_PRIME) & 0xFFFFFFFF
        out.update(zip(group, h.tolist()))
    return out


# ---------------------------------------------------------------- data
def read_jsonl_gz(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def package_of(path):
    parts = path.split('/')
    if 'node_modules' not in parts:
        return 'root:' + '/'.join(parts[:4])
    i = len(parts) - 1 - parts[::-1].index('node_modules')
    return parts[i + 1] + ('/' + parts[i + 2] if parts[i + 1].startswith('@') else '')


def find_markdown(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(('.md', '.markdown')):
                found.append(os.path.join(dirpath, name))
    return found


def load_sources(args, repo):
    """-> list of (source, doc_id, label, text, group) for training, and held-out sets."""
    data = args.data
    real = [json.loads(l) for l in open(os.path.join(repo, 'tools/devsets/real-docs.jsonl'))]
    held_ids = {(r['corpus'], r['id']) for r in real}
    nonhr = json.load(open(os.path.join(repo, 'tools/devsets/non-hr-docs.json')))
    held_paths = {os.path.realpath(os.path.join(repo, d['path'])) for d in nonhr}
    held_pkgs = {package_of(d['path']) for d in nonhr if 'node_modules/' in d['path']}
    docs, corpora = [], {}
    for sub, label in (('postings', 'job'), ('resumes', 'resume')):
        for name in sorted(os.listdir(os.path.join(data, sub))):
            if not name.endswith('.jsonl.gz'):
                continue
            corpus = sub + '/' + name[:-len('.jsonl.gz')]
            rows = read_jsonl_gz(os.path.join(data, sub, name))
            corpora[corpus] = {r['id']: r['text'] for r in rows}
            for r in rows:
                if (corpus, r['id']) not in held_ids:
                    docs.append((corpus, r['id'], label, r['text'], corpus + ':' + r['id']))
    for i, r in enumerate(open(os.path.join(data, 'rjdb/train.jsonl'))):
        r = json.loads(r)
        docs.append(('rjdb/train:job', str(i), 'job', r['Job-Description'], 'rjdb:%d' % i))
        docs.append(('rjdb/train:resume', str(i), 'resume', r['Resume-matched'], 'rjdb:%d' % i))
    for name in sorted(os.listdir(os.path.join(data, 'jobs-18f'))):
        if name.endswith('.md') and not name.startswith('_TEMPLATE') and name != 'LICENSE.md':
            text = open(os.path.join(data, 'jobs-18f', name), encoding='utf-8').read()
            docs.append(('jobs-18f', name, 'job', text, 'jobs-18f:' + name))
    seen = set()
    for root in args.other_roots:
        root = os.path.join(repo, root) if not os.path.isabs(root) else root
        if not os.path.isdir(root):
            continue
        for path in find_markdown(root):
            real_path = os.path.realpath(path)
            pkg = package_of(os.path.relpath(path, repo) if path.startswith(repo) else path)
            if real_path in held_paths or pkg in held_pkgs or real_path in seen:
                continue
            seen.add(real_path)
            try:
                text = open(path, encoding='utf-8', errors='replace').read()
            except OSError:
                continue
            docs.append(('other:' + root, os.path.relpath(path, root), 'other', text, 'pkg:' + pkg))
    for i, (genre, text) in enumerate(synthetic_other(args.synthetic_other, args.seed)):
        docs.append(('synthetic-other', str(i), 'other', text, 'synthetic:' + genre))
    return docs, corpora, real, nonhr, held_pkgs


def select(docs, args):
    """Dedupe, drop short docs, cap per source (seeded)."""
    rng = random.Random(args.seed)
    by_source, seen = {}, set()
    for d in docs:
        w = words_of(d[3])
        if len(w) < 40:
            continue
        key = hashlib.sha1(' '.join(w).encode()).hexdigest()
        if key in seen:
            continue
        seen.add(key)
        by_source.setdefault(d[0], []).append(d)
    out, counts = [], {}
    for src in sorted(by_source):
        items = by_source[src]
        cap = args.cap_other if src.startswith(('other:', 'synthetic')) else args.cap
        if len(items) > cap:
            items = rng.sample(items, cap)
        counts[src] = len(items)
        out.extend(items)
    return out, counts


def split_train_val(docs, args):
    """Validation by group (package for 'other', RJDB row for RJDB), seeded."""
    def is_val(group):
        h = int(hashlib.sha1(('%d:%s' % (args.seed, group)).encode()).hexdigest()[:8], 16)
        return h % 100 < args.val_percent
    train = [d for d in docs if not is_val(d[4])]
    val = [d for d in docs if is_val(d[4])]
    return train, val


# ---------------------------------------------------------------- matrices and model
def featurise(texts, cache):
    feats = [grams_and_struct(t) for t in texts]
    todo = {g for f in feats for g in f[0] if g not in cache}
    cache.update(fnv1a_many(todo))
    rows = []
    for grams, _, _ in feats:
        rows.append(np.unique(np.array([cache[g] & (N_BUCKETS - 1) for g in grams], dtype=np.int64)))
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    counts = np.diff(indptr)
    scale = 1.0 / np.sqrt(np.maximum(counts, 1))
    S = np.array([f[1] for f in feats], dtype=np.float64)
    return {'indptr': indptr, 'indices': indices, 'counts': counts, 'scale': scale, 'S': S}


def logits(X, Wh, Ws, b):
    g = np.add.reduceat(Wh[X['indices']], X['indptr'][:-1], axis=0)
    return g * X['scale'][:, None] + X['S'] @ Ws + b


def softmax(Z):
    Z = Z - Z.max(axis=1, keepdims=True)
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)


def unpack(theta, S):
    K = len(CLASSES)
    Wh = theta[:N_BUCKETS * K].reshape(N_BUCKETS, K)
    Ws = theta[N_BUCKETS * K:N_BUCKETS * K + S * K].reshape(S, K)
    return Wh, Ws, theta[-K:]


def loss_grad(theta, X, y, sw, lam):
    K, S = len(CLASSES), X['S'].shape[1]
    Wh, Ws, b = unpack(theta, S)
    P = softmax(logits(X, Wh, Ws, b))
    n = len(y)
    loss = -np.sum(sw * np.log(P[np.arange(n), y] + 1e-300)) / sw.sum()
    loss += 0.5 * lam * (np.sum(Wh * Wh) + np.sum(Ws * Ws))
    G = P.copy()
    G[np.arange(n), y] -= 1
    G *= (sw / sw.sum())[:, None]
    rowg = G * X['scale'][:, None]
    per_nz = np.repeat(rowg, X['counts'], axis=0)
    gWh = np.stack([np.bincount(X['indices'], weights=per_nz[:, k], minlength=N_BUCKETS) for k in range(K)], axis=1)
    gWh += lam * Wh
    gWs = X['S'].T @ G + lam * Ws
    return loss, np.concatenate([gWh.ravel(), gWs.ravel(), G.sum(axis=0)])


def lbfgs(f, x0, iters, m=10):
    x = x0.copy()
    fx, g = f(x)
    hist = []
    for _ in range(iters):
        q = g.copy()
        alphas = []
        for s, yv, rho in reversed(hist):
            a = rho * s.dot(q)
            alphas.append(a)
            q -= a * yv
        if hist:
            s, yv, _ = hist[-1]
            q *= s.dot(yv) / yv.dot(yv)
        for (s, yv, rho), a in zip(hist, reversed(alphas)):
            q += s * (a - rho * yv.dot(q))
        d = -q
        step, gd = 1.0, g.dot(d)
        if gd >= 0:
            d, gd, hist = -g, -g.dot(g), []
        while True:
            xn = x + step * d
            fn, gn = f(xn)
            if fn <= fx + 1e-4 * step * gd or step < 1e-8:
                break
            step *= 0.5
        s, yv = xn - x, gn - g
        if s.dot(yv) > 1e-12:
            hist.append((s, yv, 1.0 / s.dot(yv)))
            hist = hist[-m:]
        converged = abs(fx - fn) < 1e-7 * max(1.0, abs(fx))
        x, fx, g = xn, fn, gn
        if converged:
            break
    return x, fx


def class_weights(y):
    counts = np.bincount(y, minlength=len(CLASSES)).astype(np.float64)
    w = len(y) / (len(CLASSES) * np.maximum(counts, 1))
    return w[y]


def fit(X, y, lam, iters):
    S = X['S'].shape[1]
    theta0 = np.zeros(N_BUCKETS * len(CLASSES) + S * len(CLASSES) + len(CLASSES))
    sw = class_weights(y)
    theta, fx = lbfgs(lambda t: loss_grad(t, X, y, sw, lam), theta0, iters)
    return unpack(theta, S)


# ---------------------------------------------------------------- export and exported-model inference
def export_weights(Wh, Ws, b, max_buckets, digits):
    strength = np.abs(Wh).max(axis=1)
    keep = np.argsort(-strength, kind='stable')[:max_buckets]
    keep = np.sort(keep[strength[keep] > 0])
    r = lambda a: [round(float(v), digits) for v in a]
    return {
        'buckets': keep.tolist(),
        'values': r(Wh[keep].ravel()),
        'structure': [r(row) for row in Ws],
        'bias': r(b),
    }


class Exported:
    """Inference from the exported JSON weights: what TypeScript does."""

    def __init__(self, weights):
        K = len(CLASSES)
        self.table = {bk: weights['values'][i * K:(i + 1) * K] for i, bk in enumerate(weights['buckets'])}
        self.structure = weights['structure']
        self.bias = weights['bias']

    def probabilities(self, text):
        grams, struct, _ = grams_and_struct(text)
        buckets = sorted({fnv1a(g) & (N_BUCKETS - 1) for g in grams})
        scale = 1.0 / math.sqrt(max(1, len(buckets)))
        z = list(self.bias)
        for k in range(len(CLASSES)):
            z[k] += scale * sum(self.table[bk][k] for bk in buckets if bk in self.table)
            z[k] += sum(struct[j] * self.structure[j][k] for j in range(len(struct)))
        m = max(z)
        e = [math.exp(v - m) for v in z]
        return [v / sum(e) for v in e]


def evaluate(model, items):
    """items: (id, true_label, text) -> metrics with confusion matrix and every error."""
    K = len(CLASSES)
    conf = [[0] * K for _ in range(K)]
    errors = []
    for doc_id, true, text in items:
        p = model.probabilities(text)
        pred = int(np.argmax(p))
        t = CLASSES.index(true)
        conf[t][pred] += 1
        if pred != t:
            errors.append({'id': doc_id, 'true': true, 'predicted': CLASSES[pred], 'confidence': round(p[pred], 4)})
    n = len(items)
    correct = sum(conf[k][k] for k in range(K))
    return {'n': n, 'accuracy': round(correct / max(1, n), 4), 'confusion': conf, 'errors': errors}


PARITY_TEXTS = [
    "# Jane Q. Example\nSenior Widget Engineer | jane@example.org\n\n## Experience\n- Widget Corp, Lead Engineer (2018 - 2023)\n- Gadget Ltd, Engineer (2014 - 2018)\n\n## Education\nBSc Widgetry, 2013\n\n## Skills\nWidgets, gizmos, soldering",
    "## Job title\nWarehouse Team Lead\n\n## About the role\nWe are hiring a team lead to run our night shift.\n\n## Requirements\n- 3+ years of warehouse experience\n- Forklift licence\n\n## Benefits\nPaid leave, pension. Apply by 30 June.",
    "# tiny-lib\n\nA small library that does one thing.\n\n## Install\n\n```sh\nnpm install tiny-lib\n```\n\n## Usage\n\n```js\nimport { thing } from 'tiny-lib';\nthing();\n```\n\nMIT licence, see [LICENSE](LICENSE).",
    "---\ntitle: Release notes\n# a YAML comment\ntags: [release]\n---\n# Changelog\r\n\r\n## [2.1.0] - 2024-03-01\r\n### Fixed\r\n- Crash on empty input (v2.0.3 regression)\r\n\r\n## [2.0.0] - 2023-11-15\r\n| change | kind |\r\n|---|---|\r\n| new API | major |",
    "\ufeffCaf\u00e9 notes \u2014 \u00dcBER caf\u00e9 \u2022 Stra\u00dfe 12\nKey: value here\n\u2022 first point\n1) second point\nhttps://example.com/page and `code` 1999 2024x 20245\n\n\t \nEnd.",
]


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--data', default='../shared/data')
    ap.add_argument('--out', default='models/kind-classifier.json')
    ap.add_argument('--other-roots', nargs='*', default=['node_modules', '/usr/lib/node_modules', '/usr/share/doc/nodejs'])
    ap.add_argument('--synthetic-other', type=int, default=900, help='generated non-HR documents (kind_synthetic.py)')
    ap.add_argument('--cap', type=int, default=600, help='max documents per job/resume source')
    ap.add_argument('--cap-other', type=int, default=3000, help='max documents per other-root')
    ap.add_argument('--lambdas', type=float, nargs='*', default=[3e-6, 1e-5, 3e-5, 1e-4])
    ap.add_argument('--iters', type=int, default=120)
    ap.add_argument('--val-percent', type=int, default=20)
    ap.add_argument('--max-buckets', type=int, default=60000)
    ap.add_argument('--digits', type=int, default=5)
    ap.add_argument('--seed', type=int, default=13)
    args = ap.parse_args()
    t0 = time.time()
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args.data = os.path.abspath(args.data)
    docs, corpora, real, nonhr, held_pkgs = load_sources(args, repo)
    docs, counts = select(docs, args)
    train, val = split_train_val(docs, args)
    print('documents per source:', json.dumps(counts, indent=1), file=sys.stderr)
    cache = {}
    Xtr, ytr = featurise([d[3] for d in train], cache), np.array([CLASSES.index(d[2]) for d in train])
    Xva, yva = featurise([d[3] for d in val], cache), np.array([CLASSES.index(d[2]) for d in val])
    tuning = []
    for lam in args.lambdas:
        Wh, Ws, b = fit(Xtr, ytr, lam, args.iters)
        P = softmax(logits(Xva, Wh, Ws, b))
        sw = class_weights(yva)
        ll = float(-np.sum(sw * np.log(P[np.arange(len(yva)), yva] + 1e-300)) / sw.sum())
        acc = float(np.mean(P.argmax(1) == yva))
        tuning.append({'lambda': lam, 'val_logloss': round(ll, 5), 'val_accuracy': round(acc, 5)})
        print('lambda %g: val logloss %.4f acc %.4f (%.0fs)' % (lam, ll, acc, time.time() - t0), file=sys.stderr)
    best = min(tuning, key=lambda r: r['val_logloss'])['lambda']
    Xall = featurise([d[3] for d in docs], cache)
    yall = np.array([CLASSES.index(d[2]) for d in docs])
    Wh, Ws, b = fit(Xall, yall, best, args.iters)
    weights = export_weights(Wh, Ws, b, args.max_buckets, args.digits)
    model = Exported(weights)

    real_items = [(r['corpus'] + ':' + r['id'], r['kind'], corpora[r['corpus']][r['id']]) for r in real]
    nonhr_items = [(d['path'], d['kind'], open(os.path.join(repo, d['path']), encoding='utf-8').read()) for d in nonhr]
    rj = []
    for i, line in enumerate(open(os.path.join(args.data, 'rjdb/dev.jsonl'))):
        r = json.loads(line)
        rj += [('dev-%d:job' % i, 'job', r['Job-Description']), ('dev-%d:resume-matched' % i, 'resume', r['Resume-matched']),
               ('dev-%d:resume-unmatched' % i, 'resume', r['Resume-unmatched'])]
    metrics = {
        'confusion_layout': 'rows = true class, columns = predicted class, order = classes',
        'real_docs': evaluate(model, real_items),
        'non_hr_docs': evaluate(model, nonhr_items),
        'rjdb_dev': evaluate(model, rj),
        'tuning': tuning,
    }
    metrics['real_plus_non_hr_accuracy'] = round(
        (sum(r['accuracy'] * r['n'] for r in (metrics['real_docs'], metrics['non_hr_docs'])))
        / (metrics['real_docs']['n'] + metrics['non_hr_docs']['n']), 4)
    out = {
        'format': 'hrdocs-kind-classifier/1',
        'classes': CLASSES,
        'features': {
            'text': 'strip one leading U+FEFF; CRLF and CR -> LF; split on LF. Front matter: if line 0 '
                    '(trailing spaces/tabs removed) is "---" and a later line is "---" or "...", lines between are '
                    'front matter (lines whose first non-space/tab char is "#" dropped), the rest is the body; '
                    'otherwise no front matter. Word text = front matter lines + body lines joined by LF.',
            'words': 'map ASCII A-Z to a-z only, then words = maximal runs of [a-z0-9]; keep the first max_words',
            'max_words': MAX_WORDS,
            'grams': 'each word, and each adjacent pair joined by one space (within the first max_words words); as a set',
            'hash': 'FNV-1a 32-bit over the ASCII bytes (offset 2166136261, prime 16777619, mod 2^32); bucket = hash & (buckets - 1)',
            'buckets': N_BUCKETS,
            'vector': 'binary presence per distinct bucket, L2-normalised: each present bucket = 1/sqrt(distinct buckets)',
            'structure': STRUCT_NAMES,
            'structure_spec': {
                'lines': 'body lines containing a char other than space/tab; n = max(1, count); "share" = matching lines / n',
                'bullet_share': 'line matches ^[ \\t]*([-*+\\u2022]|[0-9]{1,3}[.)])[ \\t]+[^ \\t]',
                'heading_share': 'line matches ^ {0,3}#{1,6}([ \\t]|$)',
                'year_rate': 'min(10, 100 * words (first max_words) fully matching (19|20)[0-9][0-9] / max(1, count)) / 10',
                'has_front_matter': '1 if front matter found, else 0',
                'fence_count': 'min(20, lines matching ^[ \\t]{0,3}(```|~~~)) / 20',
                'log_length': 'ln(1 + min(all words, 20000)) / ln(20001), all words = before the max_words cut',
                'short_line_share': 'lines with <= 4 words (same word rule)',
                'link_share': 'lines containing "http://", "https://" or "]("',
                'code_share': 'lines containing a backtick',
                'version_rate': 'min(10, 100 * non-overlapping matches of [0-9]+\\.[0-9]+\\.[0-9]+ in body lines joined by LF / max(1, words)) / 10',
                'table_share': 'lines whose first non-space/tab char is "|"',
                'key_value_share': 'line matches ^[ \\t]*[A-Za-z][A-Za-z ]{0,30}:[ \\t]',
                'year_line_share': 'lines holding a year-like word',
            },
            'model': 'logits[k] = bias[k] + sum over present buckets b of values[b][k] / sqrt(distinct buckets) '
                     '+ sum_j structure[j][k] * s_j; buckets missing from the table weigh 0; softmax',
        },
        'weights': weights,
        'metrics': metrics,
        'parity': [{'text': t, 'probabilities': [round(p, 8) for p in model.probabilities(t)]} for t in PARITY_TEXTS],
        'provenance': {
            'trained_on': ['postings/ (job)', 'resumes/ (resume)', 'rjdb/train.jsonl (Job-Description: job; Resume-matched: resume)',
                           'jobs-18f/*.md (job, not _TEMPLATE*, LICENSE.md)',
                           'models/training/kind_synthetic.py (other: %d generated documents, project-written templates)' % args.synthetic_other] + ['%s (other: *.md, *.markdown)' % r for r in args.other_roots],
            'held_out_excluded': {
                'real_docs': len(real), 'non_hr_docs': len(nonhr), 'non_hr_packages_excluded': sorted(held_pkgs),
                'rjdb_dev': 'not read for training'},
            'documents_per_source': counts,
            'documents_per_class': {c: int((yall == i).sum()) for i, c in enumerate(CLASSES)},
            'train_documents_tuning': len(train), 'validation_documents': len(val),
            'validation': '%d%% of groups by seeded hash (package for other, genre for synthetic, RJDB row, document otherwise)' % args.val_percent,
            'selected_lambda': best, 'lbfgs_iterations': args.iters,
            'seed': args.seed, 'command': ' '.join(['/usr/bin/python3'] + sys.argv),
            'numpy': np.__version__, 'training_seconds': round(time.time() - t0, 1),
            'buckets_kept': len(weights['buckets']), 'policy': 'no corpus text in this file: hashed buckets only',
        },
    }
    with open(args.out, 'w') as f:
        json.dump(out, f, separators=(',', ':'))
        f.write('\n')
    summary = {k: {kk: v for kk, v in metrics[k].items() if kk != 'confusion'} for k in ('real_docs', 'non_hr_docs', 'rjdb_dev')}
    print(json.dumps(summary, indent=1), file=sys.stderr)
    print('wrote %s (%d bytes) in %.0fs' % (args.out, os.path.getsize(args.out), time.time() - t0), file=sys.stderr)
    write_manifest_entry(args.out, out)


def write_manifest_entry(path, model):
    """The engine's registry finds the model by its manifest entry (task, file, sha256)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import manifest
    models_dir = os.path.dirname(os.path.abspath(path))
    entry = {"task": "document-classifier", **manifest.file_entry(path, models_dir)}
    entry.update({
        "description": "document kind (resume | job | other): multinomial logistic regression over hashed word n-grams and structure features; weights only, no text",
        "trainingData": "postings/ and resumes/ of ../shared/data, RJDB train, 18F postings, Markdown documentation of installed npm packages, generated non-HR documents (models/training/kind_synthetic.py); held out: tools/devsets, RJDB dev",
        "command": "/usr/bin/python3 models/training/train_kind.py --data ../shared/data --out models/kind-classifier.json",
        "metrics": {"real_plus_non_hr_accuracy": model["metrics"].get("real_plus_non_hr_accuracy")},
        # a kind the user's file-name globs suggest is overridden only by a confident prediction
        "thresholds": {"kindOverride": 0.9},
    })
    manifest.update(models_dir, {"kind-classifier": entry})


if __name__ == '__main__':
    main()
