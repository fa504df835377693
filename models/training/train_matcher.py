"""Train the resume x job matcher: a small calibrated network over the engine's evidence features.

The features are computed by the engine itself (tools/scripts/dump-match-features.ts), so the
explanation the engine shows and the score the model gives rest on the same evidence. Trained
on RJDB train pairs (matched = 1, unmatched = 0) with a pointwise log-loss plus a pairwise
ranking term (the matched resume must outscore the unmatched one for the same job). The hidden
size (0 = logistic) is chosen by 5-fold cross-validation over train rows; the decision threshold
is chosen on train. Dev is only reported, never used for a choice.

usage: /usr/bin/python3 models/training/train_matcher.py FEATURES.jsonl OUT_DIR [--dev DEV_FEATURES.jsonl]
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import manifest  # noqa: E402
from metrics import roc_auc  # noqa: E402

SEED = 13


def load(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    x = torch.tensor([r["features"] for r in rows], dtype=torch.float32)
    y = torch.tensor([r["label"] for r in rows], dtype=torch.float32)
    group = torch.tensor([r["row"] for r in rows])
    return x, y, group


HIDDEN_CHOICES = [0, 8, 16, 32]
WEIGHT_DECAY = 1e-3
EPOCHS = 800


class Matcher(torch.nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        layers = [torch.nn.Linear(n_features, 1)] if hidden == 0 else [
            torch.nn.Linear(n_features, hidden), torch.nn.Tanh(), torch.nn.Linear(hidden, 1)]
        self.net = torch.nn.Sequential(*layers)

    def logits(self, features):
        return self.net(features).squeeze(-1)

    def forward(self, features):
        return torch.sigmoid(self.logits(features))


def fit(x, y, group, hidden):
    torch.manual_seed(SEED)
    model = Matcher(x.shape[1], hidden)
    opt = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=WEIGHT_DECAY)
    pi, ni = pairs(y, group)
    for _ in range(EPOCHS):
        opt.zero_grad()
        logits = model.logits(x)
        pointwise = torch.nn.functional.binary_cross_entropy_with_logits(logits, y)
        pairwise = torch.nn.functional.softplus(-(logits[pi] - logits[ni]) * 4).mean()
        (pointwise + pairwise).backward()
        opt.step()
    return model


def cross_validated_auc(x, y, group, hidden, folds=5):
    rows = np.unique(group.numpy())
    rng = np.random.RandomState(SEED)
    rng.shuffle(rows)
    scores = []
    for k in range(folds):
        held = set(rows[k::folds].tolist())
        mask = torch.tensor([int(g) in held for g in group])
        model = fit(x[~mask], y[~mask], group[~mask], hidden)
        with torch.no_grad():
            p = model(x[mask]).numpy()
        scores.append(roc_auc(p, y[mask].numpy()))
    return float(np.mean(scores))


def pairs(y, group):
    pos = {int(g): i for i, (g, l) in enumerate(zip(group, y)) if l == 1}
    neg = {int(g): i for i, (g, l) in enumerate(zip(group, y)) if l == 0}
    keys = sorted(set(pos) & set(neg))
    return torch.tensor([pos[k] for k in keys]), torch.tensor([neg[k] for k in keys])


def metrics(model, x, y, group, threshold):
    with torch.no_grad():
        p = model(x)
    pi, ni = pairs(y, group)
    return {
        "pairwise_accuracy": float((p[pi] > p[ni]).float().mean()),
        "roc_auc": roc_auc(p.numpy(), y.numpy()),
        "accuracy": float(((p >= threshold).float() == y).float().mean()),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("out_dir")
    ap.add_argument("--dev")
    ap.add_argument("--names", default="", help="comma-separated feature names (default: FEATURES.names.json)")
    args = ap.parse_args()
    if not args.names and os.path.exists(args.features + ".names.json"):
        args.names = ",".join(json.load(open(args.features + ".names.json")))
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    x, y, group = load(args.features)
    started = time.time()
    cv = {h: cross_validated_auc(x, y, group, h) for h in HIDDEN_CHOICES}
    hidden = max(HIDDEN_CHOICES, key=lambda h: (round(cv[h], 3), -h))  # ties: the smaller model
    print("train 5-fold ROC-AUC by hidden size:", {h: round(v, 4) for h, v in cv.items()}, "-> hidden", hidden)
    model = fit(x, y, group, hidden)
    # decision threshold: the one that maximizes accuracy on train
    with torch.no_grad():
        p = model(x).numpy()
    candidates = np.unique(np.round(p, 4))
    best = max(candidates, key=lambda t: (((p >= t) == y.numpy()).mean(), -abs(t - 0.5)))
    threshold = float(best)
    train_metrics = metrics(model, x, y, group, threshold)
    result = {"threshold": threshold, "hidden": hidden, "cv_auc": cv, "train": train_metrics, "trainSeconds": round(time.time() - started, 2)}
    if args.dev:
        dx, dy, dg = load(args.dev)
        result["dev"] = metrics(model, dx, dy, dg, threshold)
    os.makedirs(args.out_dir, exist_ok=True)
    onnx_path = os.path.join(args.out_dir, "matcher.onnx")
    torch.onnx.export(model, torch.zeros(1, x.shape[1]), onnx_path, input_names=["features"], output_names=["probability"],
                      dynamic_axes={"features": {0: "batch"}, "probability": {0: "batch"}}, opset_version=14)
    sidecar = {"threshold": threshold, "features": args.names.split(",") if args.names else None, "hidden": hidden}
    sidecar_path = os.path.join(args.out_dir, "matcher.json")
    with open(sidecar_path, "w") as f:
        json.dump(sidecar, f, indent=1)
    print(json.dumps(result, indent=1))
    merge_manifest(args.out_dir, onnx_path, sidecar_path, result)


def merge_manifest(models_dir, onnx_path, sidecar_path, result):
    """Read-modify-write models/manifest.json: other models keep their entries."""
    entry = {"task": "match-scorer", **manifest.file_entry(onnx_path, models_dir)}
    entry.update({
        "sidecar": manifest.file_entry(sidecar_path, models_dir),
        "thresholds": {"decision": result["threshold"]},
        "description": "small network (hidden %d, 0 = logistic) over the engine's evidence features" % result["hidden"],
        "trainingData": "RJDB train.jsonl (600 rows: matched pair = 1, unmatched = 0); features from tools/scripts/dump-match-features.ts",
        "seed": SEED,
        "threshold": result["threshold"],
        "trainedOn": "cuda" if torch.cuda.is_available() else "cpu",
        "trainSeconds": result["trainSeconds"],
        "metrics": {"train_" + k: round(v, 4) for k, v in result["train"].items()},
    })
    if "dev" in result:
        entry["metrics"].update({"dev_" + k: round(v, 4) for k, v in result["dev"].items()})
    manifest.update(models_dir, {"matcher": entry})


if __name__ == "__main__":
    main()
