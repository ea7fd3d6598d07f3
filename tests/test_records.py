import pytest

from pipeline.records import Entity, Span, Statement

TEXT = "Lavrov said talks would go on."


def sp(s: str) -> Span:
    return Span.of(TEXT, TEXT.index(s), TEXT.index(s) + len(s))


@pytest.mark.parametrize("record", [
    {"content": [12, 29], "cue": [7, 11], "speaker": [0, 6], "entity": "sergei-lavrov", "kind": "indirect",
     "label": "neutral", "tags": []},
    {"content": [12, 29], "cue": [7, 11], "speaker": None, "entity": None, "kind": "indirect", "label": "hawkish",
     "tags": ["condition", "pronoun-speaker"], "note": "read twice"},
    {"content": [0, 29], "cue": None, "speaker": None, "entity": "local:t1:sergei-lavrov", "kind": "sentence",
     "label": "conciliatory", "tags": []},
])
def test_an_annotation_record_reads_and_writes_back_unchanged(record):
    assert Statement.from_record(TEXT, record).to_record() == record


def test_a_record_statement_has_its_spans_entity_tags_and_note():
    st = Statement.from_record(TEXT, {"content": [12, 29], "cue": [7, 11], "speaker": [0, 6],
                                      "entity": "local:t1:sergei-lavrov", "kind": "indirect", "label": "neutral",
                                      "tags": ["negation"], "note": "n"})
    assert (st.content.text, st.cue.text, st.speaker.text) == ("talks would go on", "said", "Lavrov")
    assert st.entity == Entity("local:t1:sergei-lavrov", "sergei-lavrov", "unknown") and st.entity.is_local
    assert (st.entity_id, st.label, st.tags, st.note, st.sentence) == ("local:t1:sergei-lavrov", "neutral",
                                                                        ("negation",), "n", -1)


@pytest.mark.parametrize("entity, expected", [
    ("sergei-lavrov", Entity("sergei-lavrov", "sergei-lavrov", "unknown")),
    ("local:pr-02:heiko-maas", Entity("local:pr-02:heiko-maas", "heiko-maas", "unknown")),
])
def test_an_entity_known_only_by_its_id(entity, expected):
    assert Entity.ref(entity) == expected


def test_a_predicted_statement_writes_both_formats():
    st = Statement(sp("talks would go on"), sp("said"), sp("Lavrov"), Entity("sergei-lavrov", "Sergei Lavrov", "person"),
                   "indirect", 0, label="neutral", scores={"neutral": 0.91234}, rule="verb_clause", strategy="name")
    assert st.to_record() == {"content": [12, 29], "cue": [7, 11], "speaker": [0, 6], "entity": "sergei-lavrov",
                              "kind": "indirect", "label": "neutral", "tags": []}
    d = st.to_dict()
    assert d["entity"] == {"id": "sergei-lavrov", "name": "Sergei Lavrov", "type": "person"}
    assert d["cue"] == {"start": 7, "end": 11, "text": "said"} and d["scores"] == {"neutral": 0.9123}
    assert Statement.from_dict(d).to_dict() == d


def test_a_statement_without_cue_or_entity():
    st = Statement(sp("talks would go on"), None, None, None, "sentence", label="neutral")
    assert (st.entity_id, st.to_dict()["cue"], st.to_record()["cue"], st.to_record()["entity"]) == (None, None, None,
                                                                                                    None)
    assert Statement.from_dict(st.to_dict()) == st
