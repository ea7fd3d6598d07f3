"""The decision-offset measurement (scripts/stance_offsets.py): macro-F1, the offset grid's choice, the prior shift
and the paired bootstrap over documents, on small invented probability tables."""

import sys

import numpy as np
import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from stance_offsets import bootstrap_gain, choose, macro_f1, shifted  # noqa: E402

COLS = {"conciliatory": 0, "hawkish": 1, "neutral": 2}


@pytest.mark.parametrize("gold, pred, expected", [
    ([0, 1, 2, 2], [0, 1, 2, 2], 1.0),
    ([0, 1, 2, 2], [0, 1, 2, 1], 7 / 9),      # hawkish P 1/2 R 1, neutral P 1 R 1/2: each F1 2/3
    ([0, 0, 0], [1, 1, 1], 0.0),              # a class never predicted nor gold scores 0, not NaN
])
def test_macro_f1(gold, pred, expected):
    assert macro_f1(np.array(gold), np.array(pred), 3) == pytest.approx(expected)


def test_choose_takes_the_smallest_offset_that_mends_a_hawkish_statement():
    # The hawkish row loses to neutral by log(0.48 / 0.42) = 0.134: +0.1 is too little, +0.2 the least that mends
    # it, and no other row changes at +0.2.
    proba = np.array([[0.8, 0.1, 0.1], [0.1, 0.42, 0.48], [0.1, 0.2, 0.7], [0.1, 0.8, 0.1]])
    gold = np.array([0, 1, 2, 1])
    assert choose(np.log(proba), gold, COLS) == pytest.approx([0.0, 0.2, 0.0])


def test_choose_leaves_a_model_that_is_already_right_alone():
    proba = np.array([[0.8, 0.1, 0.1], [0.1, 0.6, 0.3], [0.1, 0.2, 0.7]])
    assert choose(np.log(proba), np.array([0, 1, 2]), COLS) == pytest.approx([0.0, 0.0, 0.0])


def test_shifted_is_a_renormalised_prior_shift_that_keeps_zeros():
    out = shifted(np.array([[0.5, 0.5, 0.0]]), np.array([np.log(3.0), 0.0, 0.0]))
    assert out == pytest.approx(np.array([[0.75, 0.25, 0.0]]))


def test_bootstrap_gain_of_identical_labels_is_zero_and_of_better_labels_above_zero():
    gold = np.array([0, 1, 2, 0, 1, 2])
    groups = np.array(["a", "a", "b", "b", "c", "c"])
    wrong = np.array([2, 2, 2, 2, 2, 2])
    assert bootstrap_gain(gold, wrong, wrong, groups, 3) == (0.0, 0.0)
    lo, hi = bootstrap_gain(gold, wrong, gold, groups, 3)
    assert 0 < lo <= hi <= 1
