from pipeline.reader import article_from_text, read_article
from pipeline.sentences import paragraphs, parse

from conftest import SEEDS


def test_header_never_merges_into_first_sentence(nlp):
    a = read_article(SEEDS[0])
    p = parse(a, nlp)
    first = a.text[p.sentences[0].start:p.sentences[0].end]
    assert first.startswith("In what some news sources") and "Publication" not in first


def test_sentences_never_cross_paragraphs(nlp):
    a = article_from_text("Publication: X Date: 2001-01-01\n\nFirst paragraph ends here\n\nSecond one starts. And goes on.\n")
    p = parse(a, nlp)
    texts = [a.text[s.start:s.end] for s in p.sentences]
    assert texts == ["First paragraph ends here", "Second one starts.", "And goes on."]
    assert [s.index for s in p.sentences] == [0, 1, 2]


def test_offsets_index_the_text_as_read(nlp):
    a = read_article(SEEDS[1])
    p = parse(a, nlp)
    for s in p.sentences:
        assert a.text[s.start:s.end].strip() == a.text[s.start:s.end]
    assert p.sentence_at(p.sentences[3].start + 2) == 3


def test_paragraphs_split_on_blank_lines():
    a = article_from_text("Publication: X\n\nOne.\nStill one.\n\nTwo.\n")
    assert [t for _, t in paragraphs(a)] == ["One.\nStill one.", "Two."]
