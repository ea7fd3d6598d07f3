"""Evaluation: speaker-link scoring."""

from pipeline.evaluate import LinkScorer


def test_link_scorer_handles_kb_local_and_null():
    s = LinkScorer()
    s.add("a", "sergei-lavrov", "sergei-lavrov")
    s.add("a", "sergei-lavrov", "russia")
    s.add("a", None, None)
    s.add("a", "local:a:igor", "local:a:korotchenko")
    s.add("a", "local:a:igor", "local:a:korotchenko")
    s.add("a", "local:a:igor", "local:a:other")
    assert s.accuracy() == {"accuracy": round(4 / 6, 4), "correct": 4, "matched": 6}
