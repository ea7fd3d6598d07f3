"""The compiled stance model: a fitted TF-IDF + logistic-regression classifier as plain arrays.

Annotating with it needs numpy only, so ``pipeline annotate`` does not pay for importing
scikit-learn (about a second, most of it scipy.stats pulled in by sklearn.utils). It is built by
:meth:`pipeline.stance.StanceClassifier.compile` and gives the same probabilities as the
estimator (tests compare them on the whole corpus).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping, Sequence

import numpy as np

from .records import Statement
from .stance_features import (char_wb_ngrams, content_negated, cue_features, get_content, marker_features, tfidf_row,
                              word_ngrams)


class CompiledStance:
    """Inference-only copy of a fitted ``tfidf-lr`` :class:`~pipeline.stance.StanceClassifier`.

    Args:
        classes: class labels in column order.
        blocks: per feature block (words, chars, cue, markers): its vocabulary, idf (None for dict
            features), n-gram range and column offset.
        coef: ``(n_classes, n_features)`` weights of the multinomial logistic regression.
        intercept: ``(n_classes,)`` biases.
    """

    def __init__(self, classes: Sequence[str], blocks: list[dict[str, Any]], coef: np.ndarray, intercept: np.ndarray):
        self.classes_ = np.asarray(classes)
        self.blocks = blocks
        self.coef = np.ascontiguousarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)

    def _rows(self, X: Sequence[Any]) -> list[dict[int, float]]:
        texts = {"words": content_negated(X), "chars": get_content(X)}
        dicts = {"cue": cue_features(X), "markers": marker_features(X)}
        rows: list[dict[int, float]] = [{} for _ in X]
        for b in self.blocks:
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
        for i, row in enumerate(self._rows(X)):
            if row:
                cols = np.fromiter(row.keys(), dtype=np.int64)
                vals = np.fromiter(row.values(), dtype=np.float64)
                out[i] += self.coef[:, cols] @ vals
        return out

    def predict_proba(self, X: Sequence[Any]) -> np.ndarray:
        z = self.decision_function(X)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X: Sequence[Any]) -> np.ndarray:
        return self.classes_[np.argmax(self.decision_function(X), axis=1)]

    def label_statements(self, statements: Sequence[Statement], text: str | None = None) -> list[Statement]:
        """Return copies of ``statements`` with ``label`` and ``scores`` filled in."""
        return label_with(self, statements)


def label_with(model, statements: Sequence[Statement]) -> list[Statement]:
    """Copies of ``statements`` labelled by ``model`` (anything with ``classes_`` and ``predict_proba``)."""
    if not statements:
        return []
    proba = model.predict_proba([{"content": s.content.text, "cue": s.cue.text} for s in statements])
    out = []
    for s, p in zip(statements, proba):
        scores = {str(c): float(v) for c, v in zip(model.classes_, p)}
        out.append(replace(s, label=max(scores, key=scores.get), scores=scores))
    return out


def block_spec(name: str, vectorizer, offset: int) -> dict[str, Any]:
    """Describe one fitted vectorizer of the feature union for :class:`CompiledStance`."""
    vocab: Mapping[str, int] = vectorizer.vocabulary_
    return {"name": name, "offset": offset, "vocabulary": dict(vocab),
            "idf": np.asarray(vectorizer.idf_) if hasattr(vectorizer, "idf_") else None,
            "ngram_range": tuple(getattr(vectorizer, "ngram_range", (1, 1)))}
