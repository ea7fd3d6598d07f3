"""The compiled runtime gives the estimator's probabilities without importing scikit-learn."""

import subprocess
import sys

import numpy as np
import pytest

from pipeline.corpus import read_corpus
from pipeline.stance import StanceClassifier
from pipeline.stance_features import char_wb_ngrams, word_ngrams
from pipeline.stance_runtime import gated_proba, tempered
from pipeline.corpus import examples

from conftest import ROOT


@pytest.fixture(scope="module")
def corpus_xy():
    X, y, _ = examples(read_corpus(ROOT / "data" / "annotations"))
    return X, y


@pytest.mark.parametrize("text, rng", [("Moscow will NOT_accept it, again!", (1, 2)), ("a  b", (1, 1)), ("", (1, 2))])
def test_word_ngrams_match_sklearn(text, rng):
    from sklearn.feature_extraction.text import TfidfVectorizer

    assert word_ngrams(text, rng) == TfidfVectorizer(ngram_range=rng).build_analyzer()(text)


@pytest.mark.parametrize("text, rng", [("Talks go on", (2, 5)), ("US", (2, 5)), ("a", (2, 3)), ("x  y\tz", (1, 2))])
def test_char_wb_ngrams_match_sklearn(text, rng):
    from sklearn.feature_extraction.text import TfidfVectorizer

    assert char_wb_ngrams(text, rng) == TfidfVectorizer(analyzer="char_wb", ngram_range=rng).build_analyzer()(text)


# The TF-IDF model is checked on the whole corpus; the encoder model on a slice, since encoding costs ~0.1 s a text
# (the gated one reads the same texts, which are cached by then).
# A temperature other than 1 is checked on the TF-IDF model and on the gated, blended encoder model (the default's kind).
@pytest.mark.parametrize("model, n_fit, n_check, gate, blend, temperature", [
    ("tfidf-lr", 800, None, None, 0.0, 1.7), ("e5-lr", 120, 240, None, 0.0, 1.0), ("e5-lr", 120, 240, 0.8, 0.0, 1.0),
    ("e5-lr", 120, 240, None, 0.5, 1.0), ("e5-lr", 120, 240, 0.8, 0.25, 1.3),
    # averaged heads (a tuple of C values) in the model and in its TF-IDF model, as the default is trained
    ("e5-lr-averaged", 120, 240, 0.8, 0.25, 1.0), ("tfidf-lr-averaged", 800, None, None, 0.0, 1.0)])
def test_runtime_equals_estimator_on_the_corpus(corpus_xy, model, n_fit, n_check, gate, blend, temperature):
    X, y = corpus_xy
    X = X[:n_check] if n_check else X
    averaged = model.endswith("-averaged")
    model = model.removesuffix("-averaged")
    C, gate_C = ((1.0, 4.0, 16.0), (1.0, 16.0)) if averaged else (4.0, 1.0)
    est = StanceClassifier(model=model, C=C, gate=gate, blend=blend, temperature=temperature, gate_C=gate_C).fit(
        X[:n_fit], y[:n_fit])
    rt = est.compile()
    assert [b["kind"] for b in rt.blocks] == (["tfidf", "tfidf"] if model == "tfidf-lr" else ["embed"]) + ["dict"] * 3
    assert list(rt.classes_) == list(est.classes_)
    assert (rt.gate is None) == (gate is None and not blend) and rt.gate_threshold == gate and rt.gate_blend == blend
    assert rt.temperature == temperature and (rt.gate is None or rt.gate.temperature == 1.0)
    assert rt.heads == (3 if averaged else 1) and (rt.gate is None or rt.gate.heads == (2 if averaged else 1))
    np.testing.assert_allclose(rt.predict_proba(X), est.predict_proba(X), rtol=0, atol=1e-9)
    assert (rt.predict(X) == est.predict(X)).all()


class _Fixed:
    """A stand-in model: fixed probabilities per input, and a record of the inputs it was asked about."""

    classes_ = np.array(["conciliatory", "hawkish", "neutral"])

    def __init__(self, table):
        self.table, self.asked = table, []

    def predict_proba(self, X):
        self.asked.append(list(X))
        return np.array([self.table[x] for x in X], dtype=float)


def test_gate_keeps_its_sure_answers_and_passes_on_the_rest():
    gate = _Fixed({"a": [0.9, 0.05, 0.05], "b": [0.5, 0.3, 0.2], "c": [0.2, 0.1, 0.7]})
    model = _Fixed({"b": [0.0, 1.0, 0.0], "c": [0.0, 0.0, 1.0]})
    out = gated_proba(gate, 0.8, model, ["a", "b", "c"])
    assert model.asked == [["b", "c"]]
    np.testing.assert_array_equal(out, [[0.9, 0.05, 0.05], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    model.asked.clear()
    gated_proba(gate, 0.5, model, ["a", "b", "c"])
    assert model.asked == []


@pytest.mark.parametrize("threshold, asked, expected", [
    (0.8, [["b", "c"]], [[0.9, 0.05, 0.05], [0.125, 0.825, 0.05], [0.05, 0.025, 0.925]]),
    (None, [["a", "b", "c"]], [[0.225, 0.7625, 0.0125], [0.125, 0.825, 0.05], [0.05, 0.025, 0.925]]),
])
def test_blend_averages_where_the_gate_defers(threshold, asked, expected):
    gate = _Fixed({"a": [0.9, 0.05, 0.05], "b": [0.5, 0.3, 0.2], "c": [0.2, 0.1, 0.7]})
    model = _Fixed({"a": [0.0, 1.0, 0.0], "b": [0.0, 1.0, 0.0], "c": [0.0, 0.0, 1.0]})
    out = gated_proba(gate, threshold, model, ["a", "b", "c"], blend=0.25)
    assert model.asked == asked
    np.testing.assert_allclose(out, expected, rtol=0, atol=1e-12)


def test_gate_with_other_classes_is_refused():
    gate = _Fixed({})
    gate.classes_ = np.array(["hawkish", "neutral", "conciliatory"])
    with pytest.raises(ValueError, match="gate's classes"):
        gated_proba(gate, 0.8, _Fixed({}), ["a"])


@pytest.mark.parametrize("params", [{"gate": 0.8}, {"blend": 0.5}])
def test_gate_and_blend_are_for_encoder_models_only(corpus_xy, params):
    X, y = corpus_xy
    with pytest.raises(ValueError, match="gate and blend apply to the encoder models"):
        StanceClassifier(model="tfidf-lr", **params).fit(X[:60], y[:60])


def test_only_linear_models_compile(corpus_xy):
    X, y = corpus_xy
    assert StanceClassifier(model="lexicon").fit(X[:50], y[:50]).compile() is None


def test_annotating_does_not_import_sklearn():
    code = ("import sys; from pipeline.annotator import Annotator; a = Annotator(); "
            "a.annotate_file('seeds/003_f35ae4b84d4df312.txt'); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("proba, temperature, expected", [
    ([[0.8, 0.2]], 2.0, [[2 / 3, 1 / 3]]),  # square roots 0.894 and 0.447, renormalised
    ([[0.8, 0.2]], 0.5, [[16 / 17, 1 / 17]]),  # squares 0.64 and 0.04
    ([[0.7, 0.3, 0.0]], 3.0, None),  # a probability of 0 stays 0
    ([[0.5, 0.25, 0.25], [0.1, 0.6, 0.3]], 1.0, None),  # 1: as they are
])
def test_tempered_raises_to_one_over_the_temperature(proba, temperature, expected):
    out = tempered(np.array(proba), temperature)
    if expected is not None:
        np.testing.assert_allclose(out, expected, rtol=0, atol=1e-12)
    elif temperature == 1.0:
        assert (out == np.array(proba)).all()
    else:
        assert out[0, 2] == 0 and out[0, 0] < 0.7 and abs(out.sum() - 1) < 1e-12
    assert (out.argmax(axis=1) == np.array(proba).argmax(axis=1)).all()


def test_tempered_takes_no_rows():
    assert tempered(np.zeros((0, 3)), 2.0).shape == (0, 3)
