"""Long articles: paragraph chunks with exact offsets, cuts inside an over-long paragraph, spaCy's max_length."""

import pytest

from pipeline.chunks import chunk_spans, check_length
from pipeline.errors import InputError
from pipeline.reader import article_from_text

from conftest import HEADER


def test_chunks_are_whole_paragraphs_up_to_the_limit():
    text = HEADER + "aaaa aaaa\n\nbbbb\n\ncccc cccc cccc\n"
    art = article_from_text(text, "t.txt")
    spans = chunk_spans(art, 16)
    assert [text[s:e] for s, e in spans] == ["aaaa aaaa\n\nbbbb", "cccc cccc cccc"]


def test_an_over_long_paragraph_is_cut_at_sentence_ends_then_spaces():
    text = HEADER + "One two three. Four five six. Seven eight nine ten eleven twelve\n"
    art = article_from_text(text, "t.txt")
    pieces = [text[s:e] for s, e in chunk_spans(art, 20)]
    assert pieces == ["One two three. ", "Four five six. ", "Seven eight nine ", "ten eleven twelve"]
    assert "".join(pieces) == text[art.body_start:].rstrip("\n")


def test_a_word_longer_than_the_limit_is_cut_hard():
    text = HEADER + "x" * 25 + "\n"
    assert [e - s for s, e in chunk_spans(article_from_text(text, "t.txt"), 10)] == [10, 10, 5]


def test_check_length_refuses_or_asks_for_chunks():
    art = article_from_text(HEADER + "word " * 100, "long.txt")
    assert check_length(art, 1000, "chunk") is False and check_length(art, 100, "chunk") is True
    with pytest.raises(InputError, match=r"^long\.txt: 500 characters, over the limit of 100; split the file"):
        check_length(art, 100, "refuse")


def test_chunked_annotation_has_the_offsets_of_the_whole_text(annotator):
    from pipeline.annotator import Annotator

    body = "\n\n".join(f"Sergei Lavrov said meeting {i} in Geneva had changed nothing." for i in range(6))
    text = HEADER + body + "\n"
    small = Annotator(classify=False, max_chars=150)
    whole, parts = annotator.annotate_text(text, "t.txt"), small.annotate_text(text, "t.txt")
    assert parts == whole
    assert [s.sentence for s in parts.statements] == [0, 1, 2, 3, 4, 5]
    assert all(text[s.content.start:s.content.end] == s.content.text for s in parts.statements)


def test_the_limit_never_exceeds_spacy_max_length(nlp):
    from pipeline.annotator import Annotator

    assert Annotator(classify=False, max_chars=10 ** 9).max_chars == nlp.max_length
