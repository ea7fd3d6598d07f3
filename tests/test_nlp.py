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


@pytest.mark.parametrize("text, tokens", [
    ('"' * 5000, 1),  # split mark by mark, this run took seconds (minutes at 50,000): kept whole instead
    ("x" * 997 + '."', 3),  # 999 characters, below the limit: a long word still loses its punctuation
    ('He said: "No."', 7),
])
def test_a_long_run_without_white_space_is_one_token(nlp, text, tokens):
    assert len(nlp.tokenizer(text)) == tokens


def test_only_hyphenated_names_ending_in_a_function_word_are_fused(nlp):
    from pipeline.nlp import bundled_person_names, fuse_names

    assert fuse_names(nlp, ["Moon Jae-in", "Kim Jong-un", "Jean-Claude Juncker", "Vladimir Putin"]) == ["Jae-in"]
    assert "Jae-in" in fuse_names(nlp, bundled_person_names())


@pytest.mark.parametrize("text, tokens", [
    ("President Moon Jae-in's aide", ["President", "Moon", "Jae-in", "'s", "aide"]),  # fused by get_nlp
    ("Kim Jong-un", ["Kim", "Jong", "-", "un"]),  # parses as a name already: left to the tokenizer
    ("a sit-in", ["a", "sit", "-", "in"]),  # not a name
])
def test_names_of_the_knowledge_base_keep_their_hyphen(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens
