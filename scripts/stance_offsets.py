"""Would per-class decision offsets lift stance macro-F1 on documents they were not chosen on?

An offset per class is added to the final log-probabilities (after gate, blend and temperature) before the argmax:
a prior shift, the usual remedy when a class-weighted model over- or under-predicts a class for macro-F1. This
script fits the model as ``pipeline train`` does at selection time (on train + real-train, the hyperparameters of
the saved model's sidecar), takes its probabilities on the selection split (real-dev), and asks:

- in sample: the best offsets of the grid on all of real-dev (optimistic);
- out of sample: real-dev's documents split in k folds (2 and 5, several random splits); offsets chosen on the
  other folds score each fold; the out-of-fold labels against the labels without offsets, macro-F1 and a paired
  bootstrap over documents (95% interval of the difference);
- calibration: ECE and Brier of the shifted probabilities (renormalised), against the unshifted ones.

Nothing here reads a test split.

    PIPELINE_REALTEXT=../shared/realtext python scripts/stance_offsets.py [--model models/stance.npz] [--cache F]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from pipeline.corpus import examples, read_corpus, split
from pipeline.metrics import calibration, score_labels
from pipeline.stance import StanceClassifier

# Offsets of hawkish and conciliatory against neutral (only differences between classes move the argmax), in
# log-probability units: 0.1 steps from -1 to 1, i.e. odds moved by at most e (x2.7) either way.
GRID = np.round(np.arange(-1.0, 1.0001, 0.1), 2)
BOOTSTRAP = 2000


def shifted(proba: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        z = np.log(proba) + offsets
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def macro_f1(gold: np.ndarray, pred: np.ndarray, k: int) -> float:
    f = []
    for c in range(k):
        tp = np.sum((gold == c) & (pred == c))
        n_p, n_g = np.sum(pred == c), np.sum(gold == c)
        p = tp / n_p if n_p else 0.0
        r = tp / n_g if n_g else 0.0
        f.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f))


def bootstrap_gain(gold: np.ndarray, before: np.ndarray, after: np.ndarray, groups: np.ndarray, k: int,
                   seed: int = 0) -> tuple[float, float]:
    """95% interval of macro-F1(after) - macro-F1(before), resampling documents (``groups``) with replacement."""
    docs = np.array(sorted(set(groups)))
    idx_of = {d: np.flatnonzero(groups == d) for d in docs}
    rs = np.random.RandomState(seed)
    diffs = []
    for _ in range(BOOTSTRAP):
        rows = np.concatenate([idx_of[d] for d in docs[rs.randint(0, len(docs), len(docs))]])
        diffs.append(macro_f1(gold[rows], after[rows], k) - macro_f1(gold[rows], before[rows], k))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return float(lo), float(hi)


def choose(logp: np.ndarray, gold: np.ndarray, cols: dict[str, int]) -> np.ndarray:
    """The grid's offsets of best macro-F1 on these rows; of equals, the smallest (L1), then the first."""
    best, best_key = None, None
    for h in GRID:
        for c in GRID:
            b = np.zeros(logp.shape[1])
            b[cols["hawkish"]], b[cols["conciliatory"]] = h, c
            f = macro_f1(gold, np.argmax(logp + b, axis=1), logp.shape[1])
            key = (round(f, 10), -abs(h) - abs(c))
            if best_key is None or key > best_key:
                best, best_key = b, key
    return best


def sidecar_params(model_path: str) -> dict:
    """The saved model's hyperparameters, as its sidecar records them (n-gram ranges back to tuples)."""
    meta = json.loads(Path(model_path).with_suffix(".json").read_text("utf-8"))
    return {k: (tuple(v) if isinstance(v, list) else v) for k, v in meta["hyperparameters"].items()}


def dev_probabilities(model_path: str, cache: Path | None):
    if cache and cache.exists():
        d = np.load(cache, allow_pickle=False)
        return d["proba"], [str(x) for x in d["gold"]], [str(x) for x in d["groups"]], [str(c) for c in d["classes"]], [str(x) for x in d["kind"]]
    hp = sidecar_params(model_path)
    arts = read_corpus("data/annotations")
    tr = split(arts, "train") + split(arts, "real-train")
    dev = split(arts, "real-dev")
    X_tr, y_tr, _ = examples(tr)
    X_dev, y_dev, g_dev = examples(dev)
    kind_of = {a.id: a.meta.get("kind", "") for a in dev}
    clf = StanceClassifier(**hp).fit(X_tr, y_tr)
    proba = clf.predict_proba(X_dev)
    classes = [str(c) for c in clf.classes_]
    kinds = [kind_of[g] for g in g_dev]
    if cache:
        np.savez(cache, proba=proba, gold=np.array(y_dev), groups=np.array(g_dev), classes=np.array(classes),
                 kind=np.array(kinds))
    return proba, y_dev, g_dev, classes, kinds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="models/stance.npz", help="the saved model whose sidecar's hyperparameters to fit")
    ap.add_argument("--cache", default=None, help="an .npz to keep the real-dev probabilities in between runs")
    ap.add_argument("--repeats", type=int, default=10, help="random document splits per k")
    args = ap.parse_args()
    proba, y, groups, classes, kinds = dev_probabilities(args.model, Path(args.cache) if args.cache else None)
    cols = {c: i for i, c in enumerate(classes)}
    gold = np.array([cols[g] for g in y])
    groups = np.asarray(groups)
    logp = np.log(np.maximum(proba, 1e-300))
    k = len(classes)
    base_pred = logp.argmax(axis=1)
    base = macro_f1(gold, base_pred, k)
    names = [classes[i] for i in range(k)]

    def show(label: str, pred: np.ndarray, p: np.ndarray | None = None) -> None:
        s = score_labels([names[i] for i in gold], [names[i] for i in pred])
        line = f"{label}: macro-F1 {s['macro_f1']:.4f} " + " ".join(
            f"{c} {s['per_class'][c]['f1']:.3f}" for c in ("hawkish", "conciliatory", "neutral"))
        if p is not None:
            cal = calibration([names[i] for i in gold], p, names)
            line += f"; ECE {cal['ece']:.4f} Brier {cal['brier']:.4f}"
        print(line)

    show("no offsets", base_pred, proba)
    news = np.array([kd == "news" for kd in kinds])
    print(f"  news statements: {news.sum()}, macro-F1 {macro_f1(gold[news], base_pred[news], k):.4f}")
    b_all = choose(logp, gold, cols)
    print("in-sample offsets (" + ", ".join(f"{c} {b_all[i]:+.1f}" for c, i in cols.items()) + ")")
    show("  in sample", np.argmax(logp + b_all, axis=1), shifted(proba, b_all))
    docs = np.array(sorted(set(groups)))
    for n_folds in (2, 5):
        gains, chosen = [], []
        oof_first = None
        for rep in range(args.repeats):
            order = np.random.RandomState(rep).permutation(len(docs))
            fold_of = {docs[i]: j % n_folds for j, i in enumerate(order)}
            f_row = np.array([fold_of[g] for g in groups])
            oof = np.empty(len(gold), dtype=int)
            oof_p = np.empty_like(proba)
            for f in range(n_folds):
                fit, score = f_row != f, f_row == f
                b = choose(logp[fit], gold[fit], cols)
                chosen.append(tuple(float(b[cols[c]]) for c in ("hawkish", "conciliatory")))
                oof[score] = np.argmax(logp[score] + b, axis=1)
                oof_p[score] = shifted(proba[score], b)
            gains.append(macro_f1(gold, oof, k) - base)
            if rep == 0:
                oof_first, oof_p_first = oof, oof_p
        print(f"{n_folds}-fold over documents, {args.repeats} random splits: out-of-fold macro-F1 gain mean "
              f"{np.mean(gains):+.4f} (min {np.min(gains):+.4f}, max {np.max(gains):+.4f}); offsets chosen "
              f"(hawkish, conciliatory): {sorted(set(chosen))}")
        show(f"  split 0 out of fold", oof_first, oof_p_first)
        print(f"    news statements: macro-F1 {macro_f1(gold[news], oof_first[news], k):.4f}")
        lo, hi = bootstrap_gain(gold, base_pred, oof_first, groups, k)
        print(f"    paired bootstrap over documents ({BOOTSTRAP}): gain {macro_f1(gold, oof_first, k) - base:+.4f}, "
              f"95% interval {lo:+.4f} to {hi:+.4f}")


if __name__ == "__main__":
    main()
