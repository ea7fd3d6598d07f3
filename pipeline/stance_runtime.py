"""The compiled stance model: a fitted linear stance classifier as plain arrays.

Annotating with it needs numpy only (and the sentence encoder's package for ``e5-lr``), so ``pipeline annotate``
does not pay for importing scikit-learn (about a second, most of it scipy.stats pulled in by sklearn.utils). It
is built by :meth:`pipeline.stance.StanceClassifier.compile` and gives the same probabilities as the estimator
(tests compare them on the corpus).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping, Sequence

import numpy as np

from .records import Statement
from .encoders import encode
from .stance_features import LOADABLE_DICT_FEATURES, char_wb_ngrams, content_negated, encoder_text, get_content, tfidf_row, word_ngrams


class CompiledStance:
    """Inference-only copy of a fitted ``tfidf-lr`` :class:`~pipeline.stance.StanceClassifier`.

    Args:
        classes: class labels in column order.
        blocks: per feature block (words, chars, embed, cue, clause, targets; markers in older files): its kind, column offset and width,
            and the vocabulary, idf and n-gram range (TF-IDF), vocabulary (dict features) or encoder (embeddings).
        coef: ``(heads * n_classes, n_features)`` weights of the multinomial logistic regression(s), head by head.
        intercept: ``(heads * n_classes,)`` biases.
        gate: a compiled TF-IDF model whose confident labels are kept without encoding (see ``StanceClassifier.gate``).
        gate_threshold: the gate's probability from which its label is kept (None: the gate keeps none, and only
            blends).
        gate_blend: the weight of the gate's probabilities averaged with the model's where the gate defers.
        temperature: the temperature applied to the final probabilities (see :func:`tempered`; 1: none).
        heads: how many logistic regressions ``coef`` stacks; their probabilities are averaged (1: one model).
    """

    def __init__(self, classes: Sequence[str], blocks: list[dict[str, Any]], coef: np.ndarray, intercept: np.ndarray,
                 gate: "CompiledStance | None" = None, gate_threshold: float | None = None, gate_blend: float = 0.0,
                 temperature: float = 1.0, heads: int = 1):
        self.classes_ = np.asarray(classes)
        self.blocks = _with_kinds(blocks)
        self.coef = np.ascontiguousarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.gate = gate
        self.gate_threshold = gate_threshold
        self.gate_blend = gate_blend
        self.temperature = temperature
        self.heads = heads

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update({"gate": None, "gate_threshold": None, "gate_blend": 0.0, "temperature": 1.0, "heads": 1,
                              **state},
                             blocks=_with_kinds(state["blocks"]))

    def _rows(self, X: Sequence[Any]) -> list[dict[int, float]]:
        texts = {"words": content_negated(X), "chars": get_content(X)}
        dicts = {b["name"]: LOADABLE_DICT_FEATURES[b["name"]](X) for b in self.blocks
                 if b["name"] in LOADABLE_DICT_FEATURES}
        rows: list[dict[int, float]] = [{} for _ in X]
        for b in self.blocks:
            if b["kind"] == "embed":
                continue
            off, vocab = b["offset"], b["vocabulary"]
            for i in range(len(X)):
                if b["name"] in texts:
                    grams = (word_ngrams if b["name"] == "words" else char_wb_ngrams)(texts[b["name"]][i], b["ngram_range"])
                    feats = tfidf_row(grams, vocab, b["idf"])
                else:
                    feats = {vocab[k]: float(v) for k, v in dicts[b["name"]][i].items() if k in vocab and v != 0}
                for j, v in feats.items():
                    rows[i][off + j] = v
        return rows

    def decision_function(self, X: Sequence[Any]) -> np.ndarray:
        out = np.tile(self.intercept, (len(X), 1))
        for b in self.blocks:
            if b["kind"] == "embed" and len(X):
                E = encode(encoder_text(X), b["encoder"], b["batch_size"]).astype(np.float64)
                out += E @ self.coef[:, b["offset"]:b["offset"] + b["width"]].T
        for i, row in enumerate(self._rows(X)):
            if row:
                cols = np.fromiter(row.keys(), dtype=np.int64)
                vals = np.fromiter(row.values(), dtype=np.float64)
                out[i] += self.coef[:, cols] @ vals
        return out

    def _proba(self, X: Sequence[Any]) -> np.ndarray:
        z = self.decision_function(X).reshape(len(X), self.heads, len(self.classes_))
        z -= z.max(axis=2, keepdims=True)
        e = np.exp(z)
        return (e / e.sum(axis=2, keepdims=True)).mean(axis=1)

    def predict_proba(self, X: Sequence[Any]) -> np.ndarray:
        if self.gate is not None:
            proba = gated_proba(self.gate, self.gate_threshold, _Ungated(self), list(X), self.gate_blend)
        else:
            proba = self._proba(X)
        return tempered(proba, self.temperature)

    def predict(self, X: Sequence[Any]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    def label_statements(self, statements: Sequence[Statement], inputs: Sequence[dict]) -> list[Statement]:
        """Return copies of ``statements`` with ``label`` and ``scores`` filled in (``inputs``: the classifier's view of each)."""
        return label_with(self, statements, inputs)


class _Ungated:
    """The model itself without its gate (what the gate defers to)."""

    def __init__(self, model: CompiledStance):
        self.classes_, self.predict_proba = model.classes_, model._proba


def gated_proba(gate, threshold: float | None, model, X: list, blend: float = 0.0) -> np.ndarray:
    """Probabilities of ``model`` on ``X``, except where ``gate`` is at least ``threshold`` sure: there, the gate's.

    Only the statements the gate leaves are passed to ``model``, so a slow model (a sentence encoder) reads fewer.
    With ``blend``, those statements get ``(1 - blend)`` times the model's probabilities plus ``blend`` times the
    gate's.

    Args:
        gate: the fast model (``classes_``, ``predict_proba``), with the same classes in the same order.
        threshold: the gate's top probability from which its answer is kept; None keeps none of its answers.
        model: the model the other statements go to.
        X: the classifier inputs.
        blend: the gate's weight in the average where it defers (0: the model's probabilities alone).
    """
    if list(gate.classes_) != list(model.classes_):
        raise ValueError(f"the gate's classes {list(gate.classes_)} differ from the model's {list(model.classes_)}.")
    out = np.asarray(gate.predict_proba(X), dtype=np.float64)
    if not len(X):
        return out
    rest = np.arange(len(X)) if threshold is None else np.flatnonzero(out.max(axis=1) < threshold)
    if len(rest):
        out[rest] = (1.0 - blend) * np.asarray(model.predict_proba([X[i] for i in rest])) + blend * out[rest]
    return out


def tempered(proba: np.ndarray, temperature: float) -> np.ndarray:
    """``proba`` with each row raised to ``1 / temperature`` and renormalised: temperature scaling of probabilities.

    Above 1 it softens them, below 1 it sharpens them; each row keeps its order, so the label is unchanged, and at 1
    the probabilities are returned as they are. It works on log-probabilities, so a probability of 0 stays 0.

    Args:
        proba: ``(n, n_classes)`` probabilities, rows summing to 1.
        temperature: the temperature, above 0.
    """
    proba = np.asarray(proba, dtype=np.float64)
    if temperature == 1 or not len(proba):
        return proba
    with np.errstate(divide="ignore"):
        z = np.log(proba) / temperature
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _with_kinds(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Models compiled before embeddings existed name no kind: TF-IDF blocks have an idf, dict blocks none.
    return [{"kind": "tfidf" if b.get("idf") is not None else "dict", **b} for b in blocks]


def label_with(model, statements: Sequence[Statement], inputs: Sequence[dict]) -> list[Statement]:
    """Copies of ``statements`` labelled by ``model`` (anything with ``classes_`` and ``predict_proba``).

    Args:
        model: the classifier.
        statements: the statements to label.
        inputs: the classifier's view of each statement, in the same order.
    """
    if not statements:
        return []
    proba = model.predict_proba(list(inputs))
    out = []
    for s, p in zip(statements, proba):
        scores = {str(c): float(v) for c, v in zip(model.classes_, p)}
        out.append(replace(s, label=max(scores, key=scores.get), scores=scores))
    return out


def block_spec(name: str, step, offset: int) -> dict[str, Any]:
    """Describe the last fitted step of one block of the feature union (a vectorizer or an encoder) for :class:`CompiledStance`."""
    if hasattr(step, "encoder"):
        return {"name": name, "kind": "embed", "offset": offset, "width": int(step.n_features_out_),
                "encoder": step.encoder, "batch_size": step.batch_size}
    vocab: Mapping[str, int] = step.vocabulary_
    return {"name": name, "kind": "tfidf" if hasattr(step, "idf_") else "dict", "offset": offset, "width": len(vocab),
            "vocabulary": dict(vocab), "idf": np.asarray(step.idf_) if hasattr(step, "idf_") else None,
            "ngram_range": tuple(getattr(step, "ngram_range", (1, 1)))}
