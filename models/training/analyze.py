"""Loads a checkpoint, scores SkillSpan dev with precision/recall, and shows how a bias on
the O emission of each head would move strict F1 (a calibration check, not training)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
import torch
from data import KINDS, load_skillspan
from hrtok import encode
from model import CRF, SkillTaggerNet, viterbi
from train import make_batch, word_spans, to_orig_span, Scores

ckpt = torch.load(sys.argv[1])
a = ckpt["args"]
net = SkillTaggerNet(torch.zeros_like(ckpt["net"]["word.weight"]), hidden=a["hidden"], layers=a["layers"],
                     dropout=a["dropout"], encoder=a.get("encoder", "lstm"))
net.load_state_dict(ckpt["net"]); net.eval()
crfs = torch.nn.ModuleList([CRF(), CRF()]); crfs.load_state_dict(ckpt["crfs"])
crf_json = [c.export() for c in crfs]
vocab = {w: i for i, w in enumerate(ckpt["vocab"])}
dev = load_skillspan("dev")
encs = [encode(ex.text, vocab, ex.tokens) for ex in dev]
ems = [None] * len(dev)
with torch.no_grad():
    order = sorted(range(len(dev)), key=lambda i: len(encs[i].tokens))
    for s in range(0, len(order), 256):
        idx = order[s:s + 256]
        w, c, sh, f, *_ = make_batch([encs[i] for i in idx])
        em = net(w, c, sh, f).numpy()
        for b, i in enumerate(idx):
            ems[i] = em[b, :len(encs[i].tokens)]
print("epoch", ckpt["best_epoch"], ckpt["metrics"])
for bias in [float(x) for x in (sys.argv[2:] or ["0"])]:
    sc = Scores()
    for ex, enc, em in zip(dev, encs, ems):
        pu = set()
        for k, kind in enumerate(KINDS):
            e = em[:, 3 * k:3 * k + 3].copy()
            e[:, 0] -= bias
            pred = set()
            for s, t in word_spans(viterbi(e.tolist(), crf_json[k])):
                sp = to_orig_span(ex, enc.tokens[s].start, enc.tokens[t].end)
                if sp: pred.add(sp)
            sc.add(kind, pred, ex.gold[kind]); pu |= pred
        sc.add("union", pu, ex.gold["skill"] | ex.gold["knowledge"])
    c = sc.c["union"]
    print(f"bias {bias}: strict P {c[0]/max(1,c[2]):.3f} R {c[0]/c[3]:.3f}", sc.summary())
