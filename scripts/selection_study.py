"""Does choosing the stance model's C, blend and gate on real-dev pick more than noise? A real-dev-only study.

The grid `pipeline train` chooses from (e5-lr for each C, tfidf-lr for each C, blend weights, gate thresholds) is
fitted once on train + real-train, as at selection time. Then, over random halvings of real-dev's documents, each
rule chooses on one half and is scored on the other:

- ``grid``: the rule of `pipeline --no-average` (best e5 C alone; then, among its blends and gates, those within
  the tolerance of the best; the written dev split decides among equals; then the gate that keeps most);
- ``alone``: the best e5 C alone, no TF-IDF model;
- ``grid, fixed blend``: the best e5 C and the best TF-IDF C, each alone, blended at 0.25, no gate;
- ``averaged, gate T``: every e5 C averaged, blended at 0.25 with every TF-IDF C averaged, gated at T: nothing is
  chosen on the half (what `pipeline train` ships now, with the gate chosen on all of real-dev);
- ``averaged, blend 0.5``: the same blended at 0.5.

Nothing reads a test split.

    PIPELINE_REALTEXT=../shared/realtext python scripts/selection_study.py [--halvings 40] [--cache FILE]
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from pipeline.corpus import examples  # noqa: E402
from pipeline.metrics import score_labels  # noqa: E402
from pipeline.stance import StanceClassifier  # noqa: E402
from pipeline.stance_runtime import gated_proba  # noqa: E402
from pipeline.train import AVERAGED_BLEND, BLEND_GRID, BLEND_TOLERANCE, GATE_GRID, GRIDS, _Rows, corpus_plan  # noqa: E402

E5_C, TF_C = tuple(GRIDS["e5-lr"]["C"]), tuple(GRIDS["tfidf-lr"]["C"])


def fitted_probabilities(realtext: str | None) -> dict:
    """Each grid model's probabilities on real-dev and the written dev split, fitted on train + real-train."""
    plan = corpus_plan(os.path.join(ROOT, "data", "annotations"), realtext, lambda m: None)
    X_tr, y_tr, _ = examples(plan.train)
    X_dev, y_dev, g_dev = examples(plan.dev)
    X_sec, y_sec, _ = examples(plan.secondary)
    proba, classes = {}, None
    for name, grid in (("e5-lr", E5_C), ("tfidf-lr", TF_C)):
        for C in grid:
            m = StanceClassifier(model=name, C=C, random_state=0).fit(X_tr, y_tr)
            classes = [str(c) for c in m.classes_]
            proba[(name, C)] = (m.predict_proba(list(X_dev)), m.predict_proba(list(X_sec)))
            print(f"fitted {name} C={C:g}", flush=True)
    return {"proba": proba, "classes": classes, "y_dev": list(y_dev), "groups": list(g_dev), "y_sec": list(y_sec)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--halvings", type=int, default=40, help="random halvings of real-dev's documents (each scored "
                    "both ways)")
    ap.add_argument("--cache", help="keep the fitted models' probabilities in this file between runs")
    args = ap.parse_args()
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            data = pickle.load(f)
    else:
        data = fitted_probabilities(os.environ.get("PIPELINE_REALTEXT"))
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump(data, f)
    P, classes = data["proba"], data["classes"]
    y, groups, y_sec = np.array(data["y_dev"]), np.array(data["groups"]), data["y_sec"]

    def combined(e5, tf, w, gate, which=0):
        """The blend of an e5 model (a C, or a tuple averaged) with a TF-IDF model, gated, on real-dev or dev."""
        mean = lambda name, Cs: np.mean([P[(name, c)][which] for c in (Cs if isinstance(Cs, tuple) else (Cs,))], axis=0)
        model, side = _Rows(classes, mean("e5-lr", e5)), _Rows(classes, mean("tfidf-lr", tf))
        return gated_proba(side, gate, model, list(range(len(model.proba))), w)

    def f1(proba, mask=None, gold=None):
        gold = y if gold is None else np.asarray(gold)
        mask = np.ones(len(gold), bool) if mask is None else mask
        return score_labels(list(gold[mask]), [classes[k] for k in proba[mask].argmax(axis=1)])["macro_f1"]

    combos = [(e5, tf, w, g) for e5 in E5_C for tf in TF_C for w in (0.0, *BLEND_GRID) for g in (None, *GATE_GRID)
              if w or g is not None or tf == TF_C[0]]
    dev = {c: combined(*c) for c in combos}
    sec = {c: f1(combined(*c, which=1), gold=y_sec) for c in combos}
    sure = {tf: P[("tfidf-lr", tf)][0].max(axis=1) for tf in TF_C}

    def best_alone(name, grid, A):
        return max(grid, key=lambda C: (round(f1(P[(name, C)][0], A), 6), -C))

    def grid_rule(A):
        e5 = best_alone("e5-lr", E5_C, A)
        mine = [c for c in combos if c[0] == e5]
        score = {c: f1(dev[c], A) for c in mine}
        top = max(score.values())
        ok = [c for c in mine if score[c] >= top - BLEND_TOLERANCE]
        top_sec = max(sec[c] for c in ok)
        ok = [c for c in ok if sec[c] >= top_sec - BLEND_TOLERANCE]
        kept = lambda c: 0.0 if c[3] is None else float((sure[c[1]][A] >= c[3]).mean())
        return dev[max(ok, key=lambda c: (kept(c), score[c], -(c[3] or 1.0)))]

    rules = {
        "grid": grid_rule,
        "alone": lambda A: dev[(best_alone("e5-lr", E5_C, A), TF_C[0], 0.0, None)],
        "grid, fixed blend": lambda A: dev[(best_alone("e5-lr", E5_C, A), best_alone("tfidf-lr", TF_C, A),
                                            AVERAGED_BLEND, None)],
        **{f"averaged, gate {g}": (lambda g: lambda A: combined(E5_C, TF_C, AVERAGED_BLEND, g))(g)
           for g in (None, *GATE_GRID[:4])},
        "averaged, blend 0.5": lambda A: combined(E5_C, TF_C, 0.5, None),
    }
    docs = np.array(sorted(set(groups)))
    scores = {k: [] for k in rules}
    for rep in range(args.halvings):
        order = np.random.RandomState(100 + rep).permutation(len(docs))
        half = np.isin(groups, docs[order[::2]])
        for A, B in ((half, ~half), (~half, half)):
            for k, rule in rules.items():
                scores[k].append(f1(rule(A), B))
    base = np.array(scores["grid"])
    print(f"real-dev macro-F1 on the half not chosen on ({args.halvings} halvings, both ways):")
    for k, v in scores.items():
        v = np.array(v)
        print(f"  {k:22s} {v.mean():.4f} (sd {v.std():.4f}); against the grid rule {np.mean(v - base):+.4f}, "
              f"better on {np.mean(v > base):.0%} of halves")


if __name__ == "__main__":
    main()
