"""Every regular expression in the package runs in about linear time on hostile 10,000-character input."""

import importlib
import pkgutil
import re
import time

import pytest

import pipeline

# A hang guard, not a timing: a catastrophic (exponential or cubic) pattern takes minutes or hours on these inputs,
# a linear one milliseconds, and a quadratic one (the old leading-\s* citation search) about 0.3 s. The guard is
# far above what a loaded, shared machine adds, so only a runaway pattern fails it.
BUDGET_S = 30.0
N = 10_000
HOSTILE = {
    "spaces then x": " " * N + "x",
    "tabs and dashes": "\t-—–" * (N // 4) + "x",
    "quote marks": '"' * N,
    "curly quotes": "“”" * (N // 2),
    "open parens": "(" * N,
    "paren then words": "(" + "word " * (N // 5),
    "words then that": "word and that which " * (N // 20) + "x",
    "capitals": "A" * N,
    "dotted capitals": "U.S. " * (N // 5),
    "one long word": "a" * N,
    "commas": ", " * (N // 2) + "x",
    "newlines": "\n" * N + "x",
}


def all_patterns():
    seen = {}
    for mod in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        if mod.name.endswith(("cli", "__main__")):
            continue
        module = importlib.import_module(mod.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen[id(value)] = (f"{mod.name}.{name}", value)
    return sorted(seen.values(), key=lambda x: x[0])


PATTERNS = all_patterns()


def test_the_audit_finds_the_patterns():
    names = {n for n, _ in PATTERNS}
    assert {"pipeline.stance_features._NEGATION", "pipeline.reader._KEY_RE"} <= names and len(names) >= 15


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_hostile_input(name, pattern):
    t = time.perf_counter()
    for text in HOSTILE.values():
        pattern.search(text)
        pattern.findall(text[: N // 2])
    assert time.perf_counter() - t < BUDGET_S, f"{name} took {time.perf_counter() - t:.1f} s"
