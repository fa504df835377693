"""Masked-word pretraining of the skill tagger's encoder on real job postings.

SkillSpan's 4,800 labelled sentences are too few for the encoder to learn how job-ad text is
put together ("experience in X and Y", "ability to ... under pressure"), and most of them come
from software postings. Before the tagger learns spans, its encoder (char-CNN, shape embedding
and the convolutions) learns to guess a hidden word from the words around it, over sentences of
the real posting corpora (`../shared/data/postings`, every corpus capped so the NHS does not
drown the others). The guess is scored against the frozen GloVe table (a projection of the
hidden state to 100-d, dotted with every word vector), so a rare word that GloVe places near a
common one is an easy target too. Only the encoder's weights carry over; the pretraining head is
thrown away, no posting text reaches any artifact.

Documents of the hand-labelled dev sets (`tools/devsets`) are left out, so the dev measures of
issue 9 stay on text the model never read.
"""
from __future__ import annotations

import gzip
import json
import os
import random
import re
import time

import numpy as np
import torch
from torch import nn

from data import DATA
from hrtok import OOV_ID, PAD_ID, encode, windows

POSTING_CORPORA = ["nhs_jobs", "la_city_bulletins", "intheweeds_austin", "linkedin_teaching", "bulk_careers", "electionline"]
DEVSETS = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "tools", "devsets"))
_MARKUP = re.compile(r"^\s*(?:#+\s*|[-*+•]\s+|\d+[.)]\s+|>\s*)")
NEGATIVES = 4096
_ID_RE = re.compile(r'"id"\s*:\s*"([^"]+)"')


def devset_ids() -> set[str]:
    """Every document id named by a hand-labelled dev set."""
    ids: set[str] = set()
    for name in os.listdir(DEVSETS):
        if name.endswith((".json", ".jsonl")):
            with open(os.path.join(DEVSETS, name), encoding="utf-8") as f:
                ids.update(_ID_RE.findall(f.read()))
    return ids


def posting_lines(max_per_corpus: int, seed: int) -> list[str]:
    """Lines of real postings with at least 5 words, at most max_per_corpus per corpus (a seeded
    sample), dev-set documents left out."""
    held_out = devset_ids()
    rng = random.Random(seed)
    out: list[str] = []
    for name in POSTING_CORPORA:
        lines: list[str] = []
        with gzip.open(os.path.join(DATA, "postings", f"{name}.jsonl.gz"), "rt", encoding="utf-8") as f:
            for raw in f:
                if not raw.strip():
                    continue
                doc = json.loads(raw)
                if doc.get("id") in held_out:
                    continue
                for line in doc["text"].split("\n"):
                    line = _MARKUP.sub("", line).strip()
                    if len(line.split()) >= 5:
                        lines.append(line)
        lines = sorted(set(lines))  # boilerplate repeats across one employer's postings
        rng.shuffle(lines)
        out += lines[:max_per_corpus]
    rng.shuffle(out)
    return out


class MaskedWordHead(nn.Module):
    """hidden -> 100-d, scored against the frozen word table (tied output embeddings)."""

    def __init__(self, hidden: int, table: torch.Tensor):
        super().__init__()
        self.proj = nn.Linear(hidden, table.size(1))
        self.register_buffer("table", table)
        self.bias = nn.Parameter(torch.zeros(table.size(0)))

    def forward(self, h: torch.Tensor, candidates: torch.Tensor) -> torch.Tensor:
        """Scores over the candidate word ids only (a sampled softmax: the full 32k-word softmax
        cost twice the encoder on the CPU)."""
        return self.proj(h) @ self.table[candidates].T + self.bias[candidates]


def pretrain(net, lines: list[str], vocab: dict[str, int], steps: int, batch: int, lr: float,
             mask_rate: float, seed: int, make_batch, log, max_len: int = 64) -> dict:
    """Trains net's encoder in place; returns a summary (steps, loss, masked-word accuracy)."""
    rng = random.Random(seed)
    gen = torch.Generator().manual_seed(seed)
    encs = []
    for line in lines:
        enc = encode(line, vocab)
        for s, e in windows(enc.feats, max_len):
            if e - s >= 5:
                encs.append(enc.piece(s, e))
    log(f"pretraining on {len(encs)} posting windows, {steps} steps of {batch}")
    head = MaskedWordHead(net.encoder.out_dim, net.word.weight.detach().clone())
    params = [p for p in list(net.parameters()) + list(head.parameters()) if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 200) * max(0.05, 1 - s / steps))
    net.train()
    order: list[int] = []
    run_loss = run_acc = 0.0
    t0 = time.time()
    for step in range(steps):
        if len(order) < batch:
            order = list(range(len(encs)))
            rng.shuffle(order)
        idx, order = order[:batch], order[batch:]
        word, chars, shape, feats, *_ = make_batch([encs[i] for i in idx])
        real = shape > 0
        pick = (torch.rand(word.shape, generator=gen) < mask_rate) & real & (word != OOV_ID)
        if not pick.any():
            continue
        target = word[pick]
        # the hidden words and NEGATIVES random others; the target's index among them
        candidates = torch.unique(torch.cat([target, torch.randint(2, len(vocab), (NEGATIVES,), generator=gen)]))
        target_index = torch.searchsorted(candidates, target)
        word = word.masked_fill(pick, PAD_ID)  # the zero vector
        chars = chars.masked_fill(pick.unsqueeze(2), 0)  # no characters either: the word is hidden
        h = net.encode(word, chars, shape, feats)
        logits = head(h[pick], candidates)
        loss = nn.functional.cross_entropy(logits, target_index)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 5.0)
        opt.step()
        sched.step()
        run_loss = 0.98 * run_loss + 0.02 * loss.item() if step else loss.item()
        run_acc = 0.98 * run_acc + 0.02 * (logits.argmax(1) == target_index).float().mean().item()
        if (step + 1) % 500 == 0:
            log(f"pretrain step {step + 1}: loss {run_loss:.3f}, masked-word accuracy {run_acc:.3f}, {time.time() - t0:.0f}s")
    return {"steps": steps, "windows": len(encs), "loss": round(run_loss, 3), "maskedWordAccuracy": round(run_acc, 3),
            "seconds": round(time.time() - t0, 1)}
