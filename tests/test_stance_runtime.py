"""The compiled runtime gives the estimator's probabilities without importing scikit-learn."""

import subprocess
import sys

import numpy as np
import pytest

from pipeline.corpus import read_corpus
from pipeline.stance import StanceClassifier
from pipeline.stance_features import char_wb_ngrams, word_ngrams
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


# The TF-IDF model is checked on the whole corpus; the encoder model on a slice, since encoding costs ~0.1 s a text.
@pytest.mark.parametrize("model, n_fit, n_check", [("tfidf-lr", 800, None), ("e5-lr", 120, 240)])
def test_runtime_equals_estimator_on_the_corpus(corpus_xy, model, n_fit, n_check):
    X, y = corpus_xy
    X = X[:n_check] if n_check else X
    est = StanceClassifier(model=model, C=4.0).fit(X[:n_fit], y[:n_fit])
    rt = est.compile()
    assert [b["kind"] for b in rt.blocks] == (["tfidf", "tfidf"] if model == "tfidf-lr" else ["embed"]) + ["dict"] * 3
    assert list(rt.classes_) == list(est.classes_)
    np.testing.assert_allclose(rt.predict_proba(X), est.predict_proba(X), rtol=0, atol=1e-9)
    assert (rt.predict(X) == est.predict(X)).all()


def test_only_linear_models_compile(corpus_xy):
    X, y = corpus_xy
    assert StanceClassifier(model="lexicon").fit(X[:50], y[:50]).compile() is None


def test_annotating_does_not_import_sklearn():
    code = ("import sys; from pipeline.annotator import Annotator; a = Annotator(); "
            "a.annotate_file('seeds/003_f35ae4b84d4df312.txt'); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
