import pytest

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


@pytest.mark.parametrize("run", ["=" * 5000, "—" * 300, "_" * 100, "“”" * 2000, "%" * 64, "(" * 70 + ")" * 70])
def test_long_runs_of_marks_reach_the_parser_cut_short_with_offsets_kept(nlp, run):
    # spaCy's tokenizer is quadratic in such runs (4,000 "=" took 7 s); the parser sees at most 63 marks of each.
    from pipeline.sentences import PUNCT_RUN, for_parser

    text = f"Sergei Lavrov said talks would resume. {run} Lavrov said so again."
    parsed = for_parser(text)
    assert len(parsed) == len(text) and parsed.replace(" ", "") != text.replace(" ", "")
    assert max(len(w) for w in parsed.split()) == PUNCT_RUN - 1
    art = article_from_text(f"Publication: Wire Date: 2005-06-01\n\n{text}\n")
    p = parse(art, nlp)
    assert sum(len(doc) for _, doc in p.docs) < 2 * PUNCT_RUN + 30
    assert all(art.text[t.idx + off:t.idx + off + len(t)] == t.text for off, doc in p.docs for t in doc if not t.is_space)


def test_an_insertion_of_several_words_in_square_brackets_reaches_the_parser_as_a_parenthesis():
    from pipeline.sentences import for_parser

    # one word keeps its brackets ("the head of [the] ministry" split around a parenthesis)
    text = "He agreed that Iraq bore responsibility [for the crisis] and [the] minister [Alexei] Kudrin hoped [sic]."
    assert for_parser(text) == ("He agreed that Iraq bore responsibility (for the crisis) and [the] minister [Alexei] "
                                "Kudrin hoped [sic].")


@pytest.mark.parametrize("text", ["a-b -- c", "=" * 63, "“He said so,” Lavrov said."])
def test_ordinary_punctuation_reaches_the_parser_unchanged(text):
    from pipeline.sentences import for_parser

    assert for_parser(text) == text


@pytest.mark.parametrize("first_paragraph, dateline", [
    ("MOSCOW, March 19 (Reuters) - Russia's navy will hold drills, the ministry said.", "MOSCOW, March 19 (Reuters) - "),
    ("KYIV, Ukraine (AP) — The mayor said the bridge would reopen.", "KYIV, Ukraine (AP) — "),
    ("WASHINGTON — The senator said the vote would wait.", "WASHINGTON — "),
    ("UNITED NATIONS, Sept. 23 (AFP) - The envoy said talks had stalled.", "UNITED NATIONS, Sept. 23 (AFP) - "),
    ("BERLIN/MOSCOW, Aug 20 (Reuters) - The chancellor said gas would flow.", "BERLIN/MOSCOW, Aug 20 (Reuters) - "),
    ("ANCHORAGE, Alaska, March 18 (Reuters) - The delegations said little.", "ANCHORAGE, Alaska, March 18 (Reuters) - "),
    # not datelines: a sentence that opens with a name, an acronym in a sentence, a dash inside a sentence
    ("The Kremlin said - as expected - that talks would go on.", ""),
    ("NATO said on Monday that the drills were routine.", ""),
    ("Moscow, for its part, said nothing.", ""),
])
def test_a_dateline_opening_the_first_paragraph_is_left_out_of_the_parse(nlp, first_paragraph, dateline):
    a = article_from_text(f"Publication: X Date: 2020-01-01\n\n{first_paragraph}\n\n{first_paragraph}\n")
    p = parse(a, nlp)
    body = a.text.index(first_paragraph)
    # The first paragraph's parse starts after the dateline; the second paragraph (no dateline there) is whole.
    assert [off - body for off, _ in p.docs] == [len(dateline), len(first_paragraph) + 2]
    assert a.text[p.sentences[0].start:].startswith(first_paragraph[len(dateline):])


@pytest.mark.parametrize("paragraph, stamp", [
    ("14:31 GMT - The minister says the talks will resume.", "14:31 GMT - "),
    ("2:15 p.m. ET — The minister said the talks would resume.", "2:15 p.m. ET — "),
    ("09.15 BST: The minister writes that the talks will resume.", "09.15 BST: "),
    ("14:50 - The minister says the talks will resume.", "14:50 - "),
    # not a live blog's time of posting: a time inside the sentence, a score, a verse
    ("At 14:31 GMT the minister said the talks would resume.", ""),
    ("The minister said the vote was 14:3 in favour.", ""),
    ("John 3:16 was read aloud.", ""),
])
def test_a_live_blogs_time_of_posting_is_left_out_of_the_parse_in_every_paragraph(nlp, paragraph, stamp):
    a = article_from_text(f"Publication: X Date: 2020-01-01\n\nThe talks went on.\n\n{paragraph}\n")
    p = parse(a, nlp)
    assert [off for off, _ in p.docs][1] == a.text.index(paragraph) + len(stamp)


def test_a_live_blogs_time_of_posting_is_neither_speaker_nor_content(annotate_text):
    got = [(s.speaker.text, s.cue.text, s.content.text, s.entity.id)
           for s in annotate_text("The talks went on.\n\n14:31 GMT - Biden says the talks will resume.", "2022-12-08")]
    assert got == [("Biden", "says", "the talks will resume", "joe-biden")]


def test_a_dateline_is_neither_speaker_nor_content(annotate_text):
    got = [(s.speaker.text, s.cue.text, s.content.text)
           for s in annotate_text("BRUSSELS, July 12 (Reuters) - NATO Secretary General Jens Stoltenberg said the "
                                  "alliance would stay united.")]
    assert got == [("NATO Secretary General Jens Stoltenberg", "said", "the alliance would stay united")]
