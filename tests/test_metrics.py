"""Shared scores: span matching, P/R/F1, macro-F1, kappa and calibration."""

import numpy as np
import pytest

from pipeline.metrics import calibration, cohen_kappa, match, prf, score_labels
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


def test_score_labels():
    r = score_labels(["hawkish", "neutral", "conciliatory", "neutral"], ["hawkish", "neutral", "neutral", "neutral"])
    assert r["accuracy"] == 0.75
    assert r["per_class"]["conciliatory"]["recall"] == 0.0
    assert r["confusion"]["matrix"][1] == [0, 0, 1]  # gold conciliatory predicted neutral
    assert r["macro_f1"] == round((1 + 0 + 0.8) / 3, 4)


@pytest.mark.parametrize("a, b, kappa", [
    (["h", "c", "n", "n"], ["h", "c", "n", "n"], 1.0),
    (["h", "h", "c", "c"], ["c", "c", "h", "h"], -1.0),
    (["h", "c", "n", "n"], ["h", "n", "n", "c"], 0.2),
])
def test_cohen_kappa(a, b, kappa):
    assert cohen_kappa(a, b) == kappa


def test_calibration_perfect_and_overconfident():
    classes = ["hawkish", "conciliatory", "neutral"]
    sure = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    assert calibration(["hawkish", "neutral"], sure, classes) == {"brier": 0.0, "ece": 0.0}
    # 90% sure and right half of the time: ECE |0.5 - 0.9| = 0.4; Brier (0.02 + 1.62) / 2 = 0.82.
    wrong = np.array([[0.9, 0.1, 0.0], [0.9, 0.1, 0.0]])
    assert calibration(["hawkish", "conciliatory"], wrong, classes) == {"brier": 0.82, "ece": 0.4}
