"""Assembling a tool's spans and relations into records: statements, entities, splits, and one line per bad document."""

import pytest

from pipeline.errors import AnnotationError
from pipeline.interchange.drafts import Draft, Link, Region, assign_split, build, regions_of

TEXT = "Publication: Wire Date: 2018-10-22\n\nHeiko Maas said Berlin regretted it and warned Moscow would pay.\n"
SPEAKER, SAID, CONTENT = (36, 46), (47, 51), (52, 71)  # "Heiko Maas", "said", "Berlin regretted it"
WARNED, CONTENT2 = (76, 82), (83, 100)  # "warned", "Moscow would pay."


def draft(regions, links, split="train", meta=None):
    return Draft("x.json: task 1", "d1", TEXT, split, {} if meta is None else meta, tuple(regions), tuple(links))


def spk(key="s"):
    return Region(key, "speaker", *SPEAKER)


def cue(key="c", span=SAID):
    return Region(key, "cue", *span)


def content(key="t", span=CONTENT, **fields):
    fields = {"label": "neutral", "kind": "indirect", "entity": "local:d1:heiko-maas", "entity_given": True} | fields
    return Region(key, "content", *span, **fields)


def test_the_spans_are_where_the_constants_say():
    assert [TEXT[a:b] for a, b in (SPEAKER, SAID, CONTENT, WARNED, CONTENT2)] == [
        "Heiko Maas", "said", "Berlin regretted it", "warned", "Moscow would pay."]


@pytest.mark.parametrize("links", [
    [Link("s", "c"), Link("c", "t")],
    [Link("c", "s"), Link("t", "c")],           # relations may point either way
    [Link("s", "t"), Link("t", "c")],           # the speaker may hang on the content instead of the cue
])
def test_one_statement_whichever_way_the_relations_point(links):
    article, made_up = build(draft([spk(), cue(), content()], links))
    assert made_up == 0 and article.id == "d1" and article.split == "train"
    assert article.meta == {"source": "imported"}
    assert [s.to_record() for s in article.statements] == [
        {"content": [52, 71], "cue": [47, 51], "speaker": [36, 46], "entity": "local:d1:heiko-maas",
         "kind": "indirect", "label": "neutral", "tags": []}]


def test_a_speaker_shared_by_two_cues_and_the_kind_from_the_relation_label():
    regions = [spk(), cue(), content(kind=None), cue("w", WARNED), content("u", CONTENT2, kind=None, label="hawkish")]
    links = [Link("s", "c"), Link("c", "t", "indirect"), Link("s", "w"), Link("w", "u", "indirect")]
    article, _ = build(draft(regions, links))
    assert [(s.cue.text, s.speaker.text, s.kind, s.label) for s in article.statements] == [
        ("said", "Heiko Maas", "indirect", "neutral"), ("warned", "Heiko Maas", "indirect", "hawkish")]


@pytest.mark.parametrize("given, entity, value, made_up", [
    (True, "sergei-lavrov", "sergei-lavrov", 0),
    (True, "local:Heiko Maas", "local:d1:heiko-maas", 0),   # the short form gets the document id
    (True, "null", None, 0),                                 # an anonymous source
    (True, "  ", None, 0),
    (False, None, "local:d1:heiko-maas", 1),                 # nothing named: made from the speaker's words
])
def test_entities(given, entity, value, made_up):
    article, n = build(draft([spk(), cue(), content(entity=entity, entity_given=given)],
                             [Link("s", "c"), Link("c", "t")]))
    assert (article.statements[0].entity_id, n) == (value, made_up)


def test_no_speaker_and_no_entity_is_anonymous():
    article, n = build(draft([cue(), content(entity=None, entity_given=False)], [Link("c", "t")]))
    assert (article.statements[0].speaker, article.statements[0].entity, n) == (None, None, 0)


@pytest.mark.parametrize("regions, links, message", [
    ([spk(), cue(), content()], [Link("s", "c")],
     "content [52, 71] 'Berlin regretted it' is linked to 0 cues; link it to exactly one; "
     "cue [47, 51] 'said' is not linked to any content"),
    ([spk(), cue(), cue("w", WARNED), content()], [Link("c", "t"), Link("w", "t")],
     "content [52, 71] 'Berlin regretted it' is linked to 2 cues; link it to exactly one; "
     "speaker [36, 46] 'Heiko Maas' is not linked to a cue or content"),
    ([spk(), cue(), content(label=None)], [Link("s", "c"), Link("c", "t")],
     "content [52, 71] 'Berlin regretted it' has stance None; use one of hawkish, conciliatory, neutral"),
    ([spk(), cue(), content(kind="quote")], [Link("s", "c"), Link("c", "t")],
     "content [52, 71] 'Berlin regretted it' has kind 'quote'; use one of direct, indirect, mixed, according_to"),
    ([spk(), Region("c", "cue", *SAID, label="hawkish"), content()], [Link("s", "c"), Link("c", "t")],
     "cue [47, 51] 'said' carries a stance, kind, entity, tag or note; those belong on the content span"),
    ([Region("q", "quote", *CONTENT), cue(), content()], [Link("c", "t")],
     "span [52, 71] has the label 'quote'; use one of speaker, cue, content"),
    ([cue(), content(span=(90, 400))], [Link("c", "t")],
     "content [90, 400] is empty or outside the text (length 101); cue [47, 51] 'said' is not linked to any content"),
    ([cue(), content()], [Link("c", "t"), Link("c", "gone")],
     "a relation points to 'gone', which is not a speaker, cue or content span"),
    ([cue(), content(), content("u")], [Link("c", "t"), Link("c", "u")],
     "the statement with content [52, 71] and cue [47, 51] is there twice"),
])
def test_one_line_with_every_problem_of_a_document(regions, links, message):
    with pytest.raises(AnnotationError) as e:
        build(draft(regions, links))
    assert str(e.value) == f"x.json: task 1: {message}."


@pytest.mark.parametrize("split, meta, message", [
    ("validation", {}, "split 'validation' is not one of train, dev, test (or leave it out)"),
    ("train", ["not", "a", "dict"], "meta must be an object, got list"),
])
def test_document_fields(split, meta, message):
    with pytest.raises(AnnotationError) as e:
        build(draft([cue(), content()], [Link("c", "t")], split=split, meta=meta))
    assert str(e.value) == f"x.json: task 1: {message}."


def test_a_document_without_a_split_is_dealt_by_its_id():
    article, _ = build(draft([cue(), content()], [Link("c", "t")], split=None))
    assert article.split == assign_split("d1")


@pytest.mark.parametrize("doc_id, split", [("d1", "train"), ("ls-task-7", "train"), ("a", "dev"),
                                           ("pr-02", "test"), ("report-2019-08-02", "train")])
def test_assign_split_is_a_fixed_function_of_the_id(doc_id, split):
    assert assign_split(doc_id) == split


def test_assign_split_shares():
    from collections import Counter

    counts = Counter(assign_split(f"doc-{i}") for i in range(3000))
    assert 0.67 < counts["train"] / 3000 < 0.73 and 0.13 < counts["dev"] / 3000 < 0.17


def test_regions_of_inverts_build():
    regions = [spk(), cue(), content(kind=None), cue("w", WARNED), content("u", CONTENT2, kind=None, label="hawkish")]
    links = [Link("s", "c"), Link("c", "t", "indirect"), Link("s", "w"), Link("w", "u", "indirect")]
    article, _ = build(draft(regions, links))
    back_regions, back_links = regions_of(article)
    assert [(r.key, r.role, r.start, r.end) for r in back_regions] == [
        ("1", "speaker", 36, 46), ("2", "cue", 47, 51), ("3", "content", 52, 71), ("4", "cue", 76, 82),
        ("5", "content", 83, 100)]
    assert back_links == [Link("2", "3", "indirect"), Link("1", "2", "speaker"), Link("4", "5", "indirect"),
                          Link("1", "4", "speaker")]
    again, _ = build(Draft("again", "d1", TEXT, "train", dict(article.meta), tuple(back_regions), tuple(back_links)))
    assert again == article


@pytest.mark.parametrize("doc_id, result", [(7, "7"), ("", None), (None, None), (["x"], None)])
def test_document_ids(doc_id, result):
    d = Draft("x.json: task 1", doc_id, TEXT, "train", {}, (cue(), content(entity="null")), (Link("c", "t"),))
    if result is None:
        with pytest.raises(AnnotationError, match="the document id must be a non-empty string"):
            build(d)
    else:
        assert build(d)[0].id == result
