import pytest

from pipeline.errors import ModelError
from pipeline.nlp import DEFAULT_MODEL, get_nlp, model_name


def test_model_is_loaded_once(nlp):
    assert get_nlp() is nlp
    assert {"parser", "ner"} <= set(nlp.pipe_names)


def test_model_name_precedence(monkeypatch):
    monkeypatch.delenv("PIPELINE_SPACY_MODEL", raising=False)
    assert model_name() == DEFAULT_MODEL
    monkeypatch.setenv("PIPELINE_SPACY_MODEL", "other_model")
    assert model_name() == "other_model" and model_name("explicit") == "explicit"


def test_missing_model_message():
    with pytest.raises(ModelError, match="not installed"):
        get_nlp("xx_missing_model_for_test")
