"""The real-text build's final label: shared reading, third reader's ruling, and a consistency pass that overrides both."""

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from build_realtext import final_label  # noqa: E402

RULING = {"r2": "neutral"}
PASS = {"r1": "conciliatory", "r2": "conciliatory"}


@pytest.mark.parametrize("rid, a, b, consistency, label, row_extra", [
    # readers agree, no pass: the shared reading
    ("r0", "neutral", "neutral", {}, "neutral", {}),
    # readers agree, a consistency pass overrules them, and the row says so
    ("r1", "neutral", "neutral", PASS, "conciliatory", {"consistency": "conciliatory"}),
    # readers differ: the ruling, unless a consistency pass overrules it (the ruling stays in the row)
    ("r2", "neutral", "conciliatory", {}, "neutral", {}),
    ("r2", "neutral", "conciliatory", PASS, "conciliatory", {"consistency": "conciliatory"}),
    # a pass about another record changes nothing
    ("r0", "hawkish", "hawkish", PASS, "hawkish", {}),
])
def test_final_label(rid, a, b, consistency, label, row_extra):
    got, row = final_label(rid, a, b, RULING, consistency)
    adjudicated = RULING.get(rid) if a != b else None
    assert got == label
    assert row == {"reading_1": a, "reading_2": b, "adjudicated": adjudicated, "final": label, **row_extra}


def test_disagreement_without_ruling_stops_the_build():
    with pytest.raises(SystemExit, match="r9: readings neutral/hawkish differ"):
        final_label("r9", "neutral", "hawkish", RULING, PASS)
    assert final_label("r9", "neutral", "hawkish", RULING, {}, provisional=True)[0] == "neutral"
