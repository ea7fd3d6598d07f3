"""Training the stance classifier: fit on train (written + real), choose model and C on real-dev (else dev), refit, evaluate, save."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any, Callable

from .corpus import CorpusArticle, examples, read_corpus, split
from .errors import PipelineError
from .metrics import score_labels
from .model_store import save
from .stance import COMPILABLE, MODELS, StanceClassifier

# Each model's C is chosen on the selection split (real-dev when there is one), like the model itself.
GRIDS: dict[str, dict[str, list]] = {
    "e5-lr": {"C": [1.0, 2.0, 4.0, 8.0]},
    "tfidf-lr": {"C": [1.0, 4.0, 16.0]},
    "tfidf-svm": {"C": [1.0, 4.0, 16.0]},
    "embeddings-lr": {"C": [1.0, 4.0, 16.0]},
}
BASELINES = ("majority", "lexicon")
# --model auto compares these on the selection split (real-dev when there is one) and keeps the best.
AUTO = ("e5-lr", "tfidf-lr")


def data_sha256(articles: list[CorpusArticle]) -> str:
    """SHA-256 of the training records (ids, texts and annotations, in a canonical JSON form)."""
    h = hashlib.sha256()
    for a in sorted(articles, key=lambda a: a.id):
        h.update(json.dumps(a.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def train(data: str | Path = "data/annotations", out: str | Path = "models/stance.npz", model: str = "auto",
          seed: int = 0, progress: Callable[[str], None] = lambda m: None, realtext: str | Path | None = None) -> dict[str, Any]:
    """Train, select and save the stance model; return the report that was saved with it.

    Args:
        data: the annotations folder (written ``train``/``dev``/``test`` and ``real-*`` records).
        out: where to write the model (a JSON sidecar goes beside it).
        model: ``auto`` (the best of :data:`AUTO` on the selection split) or one of the model names.
        seed: random seed; the same seed and data give the same model.
        progress: called with a line of text at each step.
        realtext: the real-text root for stand-off records (default: ``$PIPELINE_REALTEXT`` or ``../shared/realtext``).
    """
    t0 = time.perf_counter()
    if model != "auto" and model not in MODELS:
        raise PipelineError(f"--model {model!r} is not known; choose auto or one of {', '.join(MODELS)}.")
    if model != "auto" and model not in COMPILABLE:
        raise PipelineError(f"--model {model!r} cannot be saved: only {', '.join(COMPILABLE)} compile to plain arrays; "
                            f"{model} is scored as a baseline when you train one of those.")
    notes: list[str] = []
    articles = read_corpus(data, realtext=realtext, notes=notes)
    for n in notes:
        progress(n)
    # Written and real training data together; the real dev split selects when there is one.
    tr = split(articles, "train") + split(articles, "real-train")
    dev_name = "real-dev" if split(articles, "real-dev") else "dev"
    dev, test = split(articles, dev_name), split(articles, "test")
    if not tr or not dev:
        raise PipelineError(f"{data}: needs train and dev records (found {len(tr)} train, {len(dev)} dev articles); "
                            "see data/annotations/README.md.")
    X_tr, y_tr, _ = examples(tr)
    X_dev, y_dev, _ = examples(dev)
    progress(f"data: {len(X_tr)} train / {len(X_dev)} dev statements from {len(tr)} / {len(dev)} articles")
    candidates = list(AUTO) if model == "auto" else [model]
    selection: dict[str, Any] = {}
    for name in BASELINES:
        clf = StanceClassifier(model=name, random_state=seed).fit(X_tr, y_tr)
        selection[name] = {"dev": score_labels(y_dev, list(clf.predict(X_dev)))}
        progress(f"baseline {name}: dev macro-F1 {selection[name]['dev']['macro_f1']:.3f}")
    best_name, best_params, best_f1 = None, {}, -1.0
    for name in candidates:
        grid = [{"C": c} for c in GRIDS[name]["C"]] if name in GRIDS else [{}]
        tried = []
        for params in grid:
            clf = StanceClassifier(model=name, random_state=seed, **params).fit(X_tr, y_tr)
            tried.append((params, score_labels(y_dev, list(clf.predict(X_dev)))))
            progress(f"{name} {params or ''}: {dev_name} macro-F1 {tried[-1][1]['macro_f1']:.3f}")
        params, dev_scores = max(tried, key=lambda t: t[1]["macro_f1"])
        selection[name] = {"params": params, "dev": dev_scores,
                           "grid": [{"params": p, "macro_f1": d["macro_f1"]} for p, d in tried]}
        if dev_scores["macro_f1"] > best_f1:
            best_name, best_params, best_f1 = name, params, dev_scores["macro_f1"]
    fit_splits = sorted({a.split for a in tr} | {"dev", dev_name} & {a.split for a in articles})
    fit = [a for a in articles if a.split in fit_splits]
    progress(f"selected {best_name} {best_params} ({dev_name} macro-F1 {best_f1:.3f}); refitting on {'+'.join(fit_splits)}")
    final = StanceClassifier(model=best_name, random_state=seed, **best_params)
    X_fit, y_fit, _ = examples(fit)
    final.fit(X_fit, y_fit)
    scores: dict[str, Any] = {"dev_selection": selection[best_name]["dev"], "selected_on": dev_name}
    held_out = {"test": test, "test_seeds": [a for a in test if a.meta.get("source") == "seed"],
                "real-test": split(articles, "real-test")}
    for key, subset in held_out.items():
        if subset:
            X_te, y_te, _ = examples(subset)
            scores[key] = score_labels(y_te, list(final.predict(X_te)))
            progress(f"{key} macro-F1 {scores[key]['macro_f1']:.3f} ({len(y_te)} statements)")
    meta = {
        "model": best_name,
        "hyperparameters": {k: (list(v) if isinstance(v, tuple) else v) for k, v in final.get_params().items()},
        "seed": seed,
        "trained_on": fit_splits,
        "training_data_sha256": data_sha256(fit),
        "training_statements": len(X_fit),
        "selection": selection,
        "scores": scores,
        "train_seconds": round(time.perf_counter() - t0, 1),
    }
    saved = save(final, out, meta)
    progress(f"wrote {out} in {meta['train_seconds']} s")
    return saved
