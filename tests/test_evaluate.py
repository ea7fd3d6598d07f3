import pytest

from pipeline.evaluate import LinkScorer, match, prf, score_labels
from pipeline.records import Span


def sp(s, e):
    return Span(s, e, "x" * (e - s))


@pytest.mark.parametrize("pred, gold, pairs", [
    ([sp(0, 10)], [sp(0, 10)], [(0, 0)]),
    ([sp(0, 10)], [sp(5, 30)], [(0, 0)]),          # 5 shared >= half of the shorter (10)
    ([sp(0, 10)], [sp(6, 30)], []),                # 4 shared < 5
    ([sp(0, 100)], [sp(0, 10), sp(20, 40)], [(0, 1)]),  # one-to-one, largest overlap first
    ([sp(0, 10), sp(0, 12)], [sp(0, 12)], [(1, 0)]),
    ([], [sp(0, 5)], []),
])
def test_match(pred, gold, pairs):
    assert match(pred, gold) == pairs


def test_prf():
    assert prf(8, 10, 16) == {"precision": 0.8, "recall": 0.5, "f1": 0.6154, "tp": 8, "pred": 10, "gold": 16}
    assert prf(0, 0, 0)["f1"] == 0.0


def test_link_scorer_handles_kb_local_and_null():
    s = LinkScorer()
    s.add("a", "sergei-lavrov", "sergei-lavrov")
    s.add("a", "sergei-lavrov", "russia")
    s.add("a", None, None)
    s.add("a", "local:a:igor", "local:a:korotchenko")
    s.add("a", "local:a:igor", "local:a:korotchenko")
    s.add("a", "local:a:igor", "local:a:other")
    assert s.accuracy() == {"accuracy": round(4 / 6, 4), "correct": 4, "matched": 6}


def test_score_labels():
    r = score_labels(["hawkish", "neutral", "conciliatory", "neutral"], ["hawkish", "neutral", "neutral", "neutral"])
    assert r["accuracy"] == 0.75
    assert r["per_class"]["conciliatory"]["recall"] == 0.0
    assert r["confusion"]["matrix"][1] == [0, 0, 1]  # gold conciliatory predicted neutral
    assert r["macro_f1"] == round((1 + 0 + 0.8) / 3, 4)
