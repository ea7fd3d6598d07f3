"""Scores shared by training and evaluation: span matching, precision/recall/F1, macro-F1, agreement, calibration."""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

import numpy as np

from .records import LABELS, Span

# Expected calibration error bins: ten equal-width bins of the top probability, the usual choice.
ECE_BINS = 10


def match(pred: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one matching of predicted and gold content spans.

    Two spans match when they overlap by at least half of the shorter one; pairs are taken
    largest overlap first.

    Args:
        pred: predicted content spans.
        gold: gold content spans.
    """
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = p.overlap(g)
            if ov and ov >= 0.5 * min(len(p), len(g)):
                pairs.append((ov, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


def pr(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    return pr(tp, n_pred, tp, n_gold) | {"tp": tp, "pred": n_pred, "gold": n_gold}


def score_labels(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Per-class precision/recall/F1, macro-F1, accuracy and the confusion matrix (rows gold, columns predicted)."""
    out: dict[str, Any] = {"per_class": {}, "n": len(gold)}
    f1s = []
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        r = prf(tp, sum(p == lab for p in pred), sum(g == lab for g in gold))
        out["per_class"][lab] = {k: r[k] for k in ("precision", "recall", "f1")} | {"support": r["gold"]}
        f1s.append(r["f1"])
    out["macro_f1"] = round(sum(f1s) / len(f1s), 4) if gold else 0.0
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred)) / len(gold), 4) if gold else 0.0
    out["confusion"] = {"labels": list(LABELS),
                        "matrix": [[sum(g == a and p == b for g, p in zip(gold, pred)) for b in LABELS] for a in LABELS]}
    return out


def cohen_kappa(a: Sequence, b: Sequence) -> float:
    """Cohen's kappa between two readings of the same items."""
    n = len(a)
    if not n:
        return 0.0
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return round((po - pe) / (1 - pe), 4) if pe < 1 else 1.0


def calibration(gold: Sequence[str], proba: np.ndarray, classes: Sequence[str]) -> dict[str, float]:
    """Multi-class Brier score and expected calibration error (top-label, :data:`ECE_BINS` bins).

    Args:
        gold: the true labels.
        proba: ``(n, n_classes)`` predicted probabilities, columns in ``classes`` order.
        classes: the class of each column.
    """
    proba = np.asarray(proba, dtype=float)
    if not len(gold):
        return {"brier": 0.0, "ece": 0.0}
    onehot = np.array([[g == c for c in classes] for g in gold], dtype=float)
    brier = float(np.mean(np.sum((proba - onehot) ** 2, axis=1)))
    top = proba.max(axis=1)
    right = onehot[np.arange(len(gold)), proba.argmax(axis=1)]
    bins = np.minimum((top * ECE_BINS).astype(int), ECE_BINS - 1)
    ece = sum(abs(right[bins == b].mean() - top[bins == b].mean()) * (bins == b).sum()
              for b in range(ECE_BINS) if (bins == b).any()) / len(gold)
    return {"brier": round(brier, 4), "ece": round(float(ece), 4)}
