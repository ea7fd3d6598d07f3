import json

from pipeline import output
from pipeline.records import AnnotatedArticle, Entity, Span, Statement

ART = AnnotatedArticle("a.txt", {"publication": "Wire", "date": "2001-01-01"}, "0" * 64, (
    Statement(Span(20, 40, "Moscow would not yield an inch on the treaty"), Span(10, 14, "said"), Span(0, 6, "Lavrov"),
              Entity("sergei-lavrov", "Sergei Lavrov", "person"), "indirect", 0, "hawkish",
              {"hawkish": 0.8, "conciliatory": 0.1, "neutral": 0.1}),
    Statement(Span(50, 60, "talks go on"), Span(45, 49, "said"), Span(41, 44, "one"), None, "according_to", 1),
))


def test_table_shows_speaker_entity_cue_kind_stance_content():
    t = output.table(ART, width=120)
    assert "Lavrov → Sergei Lavrov" in t and "hawkish 0.80" in t and "according-to" in t
    assert "(anonymous)" in t and "Moscow would not yield" in t and "2 statements" in t


def test_table_abridges_long_content():
    t = output.table(ART, width=60)
    assert "…" in t


def test_empty_article():
    t = output.table(AnnotatedArticle("b.txt", {}, "0" * 64, ()))
    assert "no attributed statements" in t


def test_json_and_jsonl():
    assert json.loads(output.to_json(ART))["statements"][0]["entity"]["id"] == "sergei-lavrov"
    assert "\n" not in output.to_jsonl(ART)


def test_statement_records_rule_and_strategy_and_round_trips():
    s = Statement(Span(0, 4, "talk"), Span(5, 9, "said"), Span(10, 16, "Lavrov"),
                  Entity("sergei-lavrov", "Sergei Lavrov", "person"), "indirect", 0, rule="verb_clause", strategy="name")
    d = s.to_dict()
    assert (d["rule"], d["strategy"]) == ("verb_clause", "name")
    assert Statement.from_dict(d) == s
    old = {k: v for k, v in d.items() if k not in ("rule", "strategy")}  # output written before the fields existed
    assert Statement.from_dict(old).rule == ""


HOSTILE = AnnotatedArticle("x\x1b[2J.txt", {"publication": "Wire\x1b]0;title\x07", "date": "2001-01-01"}, "0" * 64, (
    Statement(Span(20, 40, "we \x1b[31mwill\x9b2J not\u202e yield\x00"), Span(10, 14, "sa\x7fid"), Span(0, 6, "Lav\x1brov"),
              Entity("x", "Ser\x85gei", "person"), "indirect", 0),
))


def test_table_writes_terminal_controls_as_visible_escapes():
    t = output.table(HOSTILE, width=150)
    assert not any(c in t for c in "\x1b\x07\x9b\x7f\x00\u202e\x85")
    assert "x\\x1b[2J.txt" in t and "Wire\\x1b]0;title\\x07" in t and "Lav\\x1brov" in t and "sa\\x7fid" in t
    assert "we \\x1b[31mwill\\x9b2J not\\u202e yield\\x00" in t


def test_json_keeps_exact_text_and_escapes_only_line_separators():
    art = AnnotatedArticle("a.txt", {}, "0" * 64, (Statement(Span(0, 10, "a\u2028b\u2029c\x1bd\x85"), Span(10, 14, "said"),
                                                             None, None, "indirect", 0),))
    for text in (output.to_json(art), output.to_jsonl(art)):
        assert "\u2028" not in text and "\u2029" not in text and "\\u2028" in text
        assert "\x85" not in text and json.loads(text)["statements"][0]["content"]["text"] == "a\u2028b\u2029c\x1bd\x85"
    assert len(output.to_jsonl(art).splitlines()) == 1
