"""Stage 5: the stance classifier (hawkish / conciliatory / neutral toward the West).

:class:`StanceClassifier` is a scikit-learn estimator. Its fitted ``pipeline_`` is a
``Pipeline(FeatureUnion → linear model)`` over what was said: word and character n-grams of the
content (TF-IDF), the cue word, negation/condition/modality markers and a small stance lexicon.
The speaker is deliberately not a feature: the model judges what was said, not who said it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils.validation import check_is_fitted

from .records import LABELS, Statement

MODELS = ("tfidf-lr", "tfidf-svm", "lexicon", "majority", "embeddings-lr")

_NEGATION = re.compile(r"\b(not|no|never|nothing|nobody|none|neither|nor|cannot|can't|won't|wouldn't|don't|doesn't|"
                       r"didn't|isn't|aren't|wasn't|without|refus\w*|reject\w*|den(?:y|ied|ies))\b", re.I)
_CONDITION = re.compile(r"\b(if|unless|as long as|provided|on condition|only when|so long as|in the event)\b", re.I)
_MODAL = re.compile(r"\b(will|would|shall|must|should|could|may|might|ready to|prepared to|willing to)\b", re.I)
_HAWKISH = re.compile(r"\b(threat\w*|countermeasure\w*|retaliat\w*|respon(?:d|se) in kind|aggress\w*|hostil\w*|"
                      r"provocat\w*|condemn\w*|accus\w*|warn\w*|unacceptable|illegal|violat\w*|expan\w*|encircl\w*|"
                      r"confront\w*|sanction\w*|punish\w*|pressure|ultimatum|red line|destabili\w*|arms race|"
                      r"deploy\w*|build-?up|interfer\w*|lies|propaganda|blackmail|never accept|will not tolerate|"
                      r"adversar\w*|enem\w*|hypocri\w*|double standards?|irresponsible|reckless|dangerous)\b", re.I)
_CONCILIATORY = re.compile(r"\b(cooperat\w*|dialogue|partner\w*|talks|agreement|compromise|welcom\w*|hope\w*|"
                           r"constructive|trust|joint|together|friend\w*|thank\w*|praise\w*|de-?escalat\w*|"
                           r"reset|engage\w*|negotiat\w*|common ground|mutual\w*|goodwill|ready to work|"
                           r"positive|progress|breakthrough|welcome|open door|restraint|understanding)\b", re.I)

# Whether the content names the West decides between a polar label and "aimed at a third party" (neutral).
_WEST = re.compile(r"\b(U\.?S\.?|United States|America\w*|Washington|NATO|alliance|allie[sd]|West\w*|EU|European Union|"
                   r"Brussels|Europe\w*|Britain|British|London|France|French|Paris|Germany|German|Berlin|Poland|Polish|"
                   r"Pentagon|White House)\b")


def get_content(X) -> list[str]:
    """The content strings of the inputs (a plain string is its own content)."""
    return [x["content"] if isinstance(x, Mapping) else str(x) for x in X]


def get_cue(X) -> list[str]:
    """The cue strings of the inputs (empty for plain strings)."""
    return [x.get("cue", "") if isinstance(x, Mapping) else "" for x in X]


def _cue_features(X) -> list[dict[str, float]]:
    out = []
    for cue in get_cue(X):
        w = cue.lower().split()
        out.append({f"cue={w[-1] if w else ''}": 1.0, f"cue0={w[0] if w else ''}": 1.0})
    return out


def _marker_features(X) -> list[dict[str, float]]:
    out = []
    for text in get_content(X):
        neg = len(_NEGATION.findall(text))
        hawk = len(_HAWKISH.findall(text))
        conc = len(_CONCILIATORY.findall(text))
        west = float(bool(_WEST.search(text)))
        out.append({
            "west": west, "west_hawkish": west * min(hawk, 4), "west_conciliatory": west * min(conc, 4),
            "other_hawkish": (1 - west) * min(hawk, 4), "other_conciliatory": (1 - west) * min(conc, 4),
            "west_negation": west * min(neg, 3),
            "negation": float(min(neg, 3)), "condition": float(bool(_CONDITION.search(text))),
            "modal": float(min(len(_MODAL.findall(text)), 3)), "hawkish_terms": float(min(hawk, 4)),
            "conciliatory_terms": float(min(conc, 4)), "negated_conciliatory": float(bool(neg and conc)),
            "question": float("?" in text), "quote": float('"' in text or "“" in text),
            "length": min(len(text.split()), 60) / 60.0,
        })
    return out


def _negation_scope(texts: Iterable[str]) -> list[str]:
    """Mark words after a negation (``will not accept`` → ``NOT_accept``) so n-grams see the flip."""
    out = []
    for t in texts:
        words, neg = [], 0
        for w in re.findall(r"[\w'’-]+|[.,;:!?]", t.lower()):
            if w in ".,;:!?":
                neg = 0
                continue
            words.append(("NOT_" + w) if neg else w)
            if _NEGATION.fullmatch(w):
                neg = 3
            elif neg:
                neg -= 1
        out.append(" ".join(words))
    return out


def _content_negated(X):
    return _negation_scope(get_content(X))


class LexiconClassifier(ClassifierMixin, BaseEstimator):
    """Baseline: count hawkish and conciliatory terms (a negation flips a conciliatory term); ties are neutral."""

    def fit(self, X, y):
        self.classes_ = np.array(LABELS)
        return self

    def _scores(self, X) -> np.ndarray:
        rows = []
        for f in _marker_features(X):
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
        ("words", Pipeline([("select", FunctionTransformer(_content_negated)),
                            ("tfidf", TfidfVectorizer(ngram_range=word_ngrams, sublinear_tf=True, min_df=1))])),
        ("chars", Pipeline([("select", FunctionTransformer(get_content)),
                            ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=char_ngrams, sublinear_tf=True,
                                                      min_df=2, lowercase=True))])),
        ("cue", Pipeline([("select", FunctionTransformer(_cue_features)), ("vec", DictVectorizer())])),
        ("markers", Pipeline([("select", FunctionTransformer(_marker_features)), ("vec", DictVectorizer())])),
    ])


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """Stance toward the West of attributed statements; a scikit-learn estimator.

    ``X`` is a sequence of statements given as dicts with ``content`` and ``cue`` strings (plain
    strings are taken as content). ``y`` holds labels from ``hawkish``, ``conciliatory``, ``neutral``.

    Args:
        model: ``tfidf-lr`` (default), ``tfidf-svm`` (calibrated linear SVM), ``lexicon``, ``majority``
            or ``embeddings-lr`` (needs the ``embeddings`` extra).
        C: inverse regularisation strength of the linear model.
        class_weight: passed to the linear model (``balanced`` by default).
        word_ngrams: word n-gram range.
        char_ngrams: character n-gram range.
        random_state: seed for the solvers and calibration folds.
    """

    def __init__(self, model: str = "tfidf-lr", C: float = 4.0, class_weight: str | None = "balanced",
                 word_ngrams: tuple[int, int] = (1, 2), char_ngrams: tuple[int, int] = (2, 5), random_state: int = 0):
        self.model = model
        self.C = C
        self.class_weight = class_weight
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.random_state = random_state

    def _build(self):
        # Model-specific imports stay here so that loading the default model does not pay for them.
        if self.model == "majority":
            from sklearn.dummy import DummyClassifier

            return DummyClassifier(strategy="most_frequent")
        if self.model == "lexicon":
            return LexiconClassifier()
        if self.model == "tfidf-lr":
            # newton-cg converges in a fraction of lbfgs's time on these sparse features, same scores on dev.
            clf = LogisticRegression(C=self.C, class_weight=self.class_weight, solver="newton-cg", tol=1e-3,
                                     max_iter=1000, random_state=self.random_state)
            return Pipeline([("features", build_features(self.word_ngrams, self.char_ngrams)), ("clf", clf)])
        if self.model == "tfidf-svm":
            from sklearn.calibration import CalibratedClassifierCV
            from sklearn.svm import LinearSVC

            svm = LinearSVC(C=self.C / 10.0, class_weight=self.class_weight, random_state=self.random_state)
            clf = CalibratedClassifierCV(svm, cv=3)
            return Pipeline([("features", build_features(self.word_ngrams, self.char_ngrams)), ("clf", clf)])
        if self.model == "embeddings-lr":
            from .embeddings import SentenceEmbedder

            clf = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=3000,
                                     random_state=self.random_state)
            return Pipeline([("select", FunctionTransformer(get_content)), ("embed", SentenceEmbedder()), ("clf", clf)])
        raise ValueError(f"unknown stance model {self.model!r}; choose one of {', '.join(MODELS)}.")

    def fit(self, X: Sequence[Any], y: Sequence[str]) -> "StanceClassifier":
        """Fit on statements ``X`` with labels ``y``."""
        y = np.asarray(y)
        unknown = set(y) - set(LABELS)
        if unknown:
            raise ValueError(f"labels {sorted(unknown)} are not in {LABELS}.")
        self.pipeline_ = self._build().fit(list(X), y)
        self.classes_ = np.asarray(self.pipeline_.classes_)
        return self

    def predict(self, X: Sequence[Any]) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        return np.asarray(self.pipeline_.predict(list(X)))

    def predict_proba(self, X: Sequence[Any]) -> np.ndarray:
        check_is_fitted(self, "pipeline_")
        if hasattr(self.pipeline_, "predict_proba"):
            return np.asarray(self.pipeline_.predict_proba(list(X)))
        pred = self.predict(X)
        return np.array([[1.0 if c == p else 0.0 for c in self.classes_] for p in pred])

    def label_statements(self, statements: Sequence[Statement], text: str | None = None) -> list[Statement]:
        """Return copies of ``statements`` with ``label`` and ``scores`` filled in.

        Args:
            statements: statements from the annotator.
            text: unused; kept so callers can pass the article text for future context features.
        """
        if not statements:
            return []
        X = [{"content": s.content.text, "cue": s.cue.text} for s in statements]
        proba = self.predict_proba(X)
        out = []
        for s, p in zip(statements, proba):
            scores = {str(c): float(v) for c, v in zip(self.classes_, p)}
            out.append(replace(s, label=max(scores, key=scores.get), scores=scores))
        return out


def load_model(path=None) -> StanceClassifier:
    """Load a saved stance model (default: the bundled ``models/stance.joblib``) after checking it.

    Args:
        path: model file; its JSON sidecar must sit beside it.
    """
    from .model_store import load

    return load(path)
