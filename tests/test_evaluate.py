"""Evaluation: speaker-link scoring."""

import pytest

from pipeline.evaluate import LinkScorer


def test_link_scorer_handles_kb_local_and_null():
    s = LinkScorer()
    s.add("a", "sergei-lavrov", "sergei-lavrov")
    s.add("a", "sergei-lavrov", "russia")
    s.add("a", None, None)
    s.add("a", "local:a:igor", "local:a:korotchenko")
    s.add("a", "local:a:igor", "local:a:korotchenko")
    s.add("a", "local:a:igor", "local:a:other")
    assert s.accuracy() == {"accuracy": round(4 / 6, 4), "correct": 4, "matched": 6, "known_local": 0}


def test_a_local_gold_id_the_knowledge_base_now_knows_is_scored_as_that_actor(kb):
    s = LinkScorer(kb)
    s.add("a", "local:a:geoff-hoon", "geoff-hoon")                  # gold made before the KB knew him: right
    s.add("a", "local:a:geoff-hoon", "local:a:geoff-hoon")          # a local prediction of a known actor: wrong
    s.add("a", "local:a:kari-nordmann", "local:a:nordmann")         # unknown to the KB: local against local
    s.add("a", "local:a:hoon", "geoff-hoon")                        # a lone surname stays local
    assert s.accuracy() == {"accuracy": 0.5, "correct": 2, "matched": 4, "known_local": 2}
    without = LinkScorer()
    without.add("a", "local:a:geoff-hoon", "geoff-hoon")           # without a knowledge base gold stays local
    assert without.accuracy() == {"accuracy": 0.0, "correct": 0, "matched": 1, "known_local": 0}


@pytest.mark.parametrize("meta, data, split, expected", [
    ({"trained_on": ["train", "dev"]}, "data/annotations", "dev", True),       # an older sidecar: split names only
    ({"trained_on": ["train"]}, "data/annotations", "dev", False),
    ({"trained_on": ["dev", "train"], "data": [{"path": "mine", "splits": ["dev", "train"]}]}, ["mine"], "dev", True),
    ({"trained_on": ["dev", "train"], "data": [{"path": "mine", "splits": ["dev", "train"]}]}, "data/annotations", "dev", False),
    ({"trained_on": ["dev", "train"], "data": [{"path": "mine", "splits": ["dev", "train"]}]}, ["mine"], "test", False),
])
def test_trained_here_compares_the_data_as_well_as_the_split(meta, data, split, expected):
    from pipeline.evaluate import trained_here

    assert trained_here(meta, data, split) is expected


def test_errors_are_grouped_by_rule_and_by_strategy():
    from pipeline.corpus import CorpusArticle
    from pipeline.evaluate import score_extraction
    from pipeline.records import Entity, Span, Statement

    text = "Lavrov said talks would go on. Peskov warned that sanctions would fail. It was noted that trade grew."
    sp = lambda s: Span.of(text, text.index(s), text.index(s) + len(s))  # noqa: E731
    gold = (Statement(sp("talks would go on"), sp("said"), sp("Lavrov"), Entity.ref("sergei-lavrov"), "indirect",
                      label="neutral"),
            Statement(sp("sanctions would fail"), sp("warned"), sp("Peskov"), Entity.ref("dmitry-peskov"), "indirect",
                      label="hawkish"),
            Statement(sp("trade grew"), sp("noted"), None, None, "indirect", label="neutral"))
    art = CorpusArticle("a1", "test", {}, text, gold)
    pred = [Statement(sp("talks would go on"), sp("said"), sp("Lavrov"), Entity("sergei-lavrov", "Sergei Lavrov", "person"),
                      "indirect", 0, rule="verb_clause", strategy="name"),
            Statement(sp("sanctions would fail"), sp("warned"), sp("Peskov"), Entity("russia", "Russia", "state"),
                      "indirect", 1, rule="verb_clause", strategy="organisation"),
            Statement(sp("Peskov warned"), sp("said"), sp("Lavrov"), None, "indirect", 0, rule="verb_object",
                      strategy="anonymous")]
    out = score_extraction([(art, pred)])
    assert out["errors_by_rule"] == {"verb_clause": {"pred": 2, "matched": 2, "link_errors": 1},
                                     "verb_object": {"pred": 1, "spurious": 1}}
    assert out["errors_by_strategy"] == {"organisation": {"matched": 1, "link_errors": 1}, "name": {"matched": 1}}
    assert out["missed_by_kind"] == {"indirect": 1}
    assert {e["type"] for e in out["errors"]} == {"link", "spurious", "missed"}
