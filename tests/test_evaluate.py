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
    assert s.accuracy() == {"accuracy": round(4 / 6, 4), "correct": 4, "matched": 6}


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
