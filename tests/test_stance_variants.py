"""The feature and training-data variants of scripts/stance_variants.py: what each changes, and that a variant's
swapped functions are put back afterwards, whatever happens while it is fitted."""

import sys
from types import SimpleNamespace

import numpy as np
import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import stance_variants as sv  # noqa: E402

import pipeline.stance as stance_module  # noqa: E402
import pipeline.stance_features as sf  # noqa: E402


@pytest.mark.parametrize("bloc, expected", [
    ("west", "Western speaker: The minister said talks would go on."),
    ("russia", "Russian speaker: The minister said talks would go on."),
    ("unknown", "The minister said talks would go on."),
])
def test_bloc_text_puts_the_speaker_side_before_the_sentence(bloc, expected):
    x = {"content": "talks would go on", "context": "The minister said talks would go on.", "bloc": bloc}
    assert sv.bloc_text([x]) == [expected]


def test_without_wire_drops_the_wire_articles_of_the_written_split_only():
    wire = SimpleNamespace(meta={"publication": "Probe Wire E"})
    analysis = SimpleNamespace(meta={"publication": "Northern Policy Review"})
    real = SimpleNamespace(meta={"publication": "Probe Wire"})  # real records are kept whatever they say
    assert sv.without_wire([wire, analysis], [real]) == [analysis, real]


def test_west_embedding_is_zero_for_speakers_of_other_blocs(monkeypatch):
    monkeypatch.setattr(stance_module.SentenceEncoder, "transform", lambda self, X: np.ones((len(X), 3)))
    X = [{"content": "a", "context": "a", "bloc": "west"}, {"content": "b", "context": "b", "bloc": "russia"}]
    out = sv.WestEmbedding().fit(X).transform(X)
    assert out.tolist() == [[1.0, 1.0, 1.0], [0.0, 0.0, 0.0]]


def test_a_variant_that_fails_while_fitted_leaves_the_shipped_functions_in_place(small_corpus):
    from pipeline.corpus import read_corpus

    def broken(written, real):
        raise RuntimeError("stop")

    variant = {"data": broken, "encoder_text": sv.bloc_text, "encoder_features": sv.west_embed_features,
               "targets": sv.no_west_targets}
    with pytest.raises(RuntimeError):
        sv.fit_dev({"model": "tfidf-lr"}, read_corpus(small_corpus), variant)
    assert sf.encoder_text is sv._ENCODER_TEXT and stance_module.encoder_text is sv._ENCODER_TEXT
    assert stance_module.encoder_features is sv._ENCODER_FEATURES and sf.DICT_FEATURES["targets"] is sv._TARGETS


def test_news_desk_variants_add_the_whole_set_or_a_fixed_half_of_its_articles():
    whole = sv.news_desk_articles()
    half = sv.news_desk_articles(half=True)
    assert len(whole) == 364 and len(half) == 182
    assert {a.id for a in half} < {a.id for a in whole}
    assert [a.id for a in sv.news_desk_articles(half=True)] == [a.id for a in half]  # the same half each time
    written, real = [SimpleNamespace(id="w")], [SimpleNamespace(id="r")]
    assert len(sv.VARIANTS["news-desks"]["data"](written, real)) == 366
