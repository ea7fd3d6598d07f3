"""Every word list of the pipeline, read from one file: ``resources/lexicon.json``.

The extractor, the linker, the mention index, the knowledge base and the stance inputs all take their vocabulary
from here, so there is one place to add a cue verb or a role word. Code reads a list through :func:`words` (a
frozen set) or a mapping through :func:`table`, always with the key as a string literal: a test walks the source
and checks that every key of the file is read and that every key read is in the file.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

RESOURCE = "resources/lexicon.json"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The whole lexicon as decoded JSON (read once per process)."""
    return json.loads(resources.files("pipeline").joinpath(RESOURCE).read_text("utf-8"))


@lru_cache(maxsize=None)
def words(key: str) -> frozenset[str]:
    """A word list of the lexicon as a frozen set (the keys of a table, for a mapping).

    Args:
        key: the lexicon key, e.g. ``"clausal_verbs"``.
    """
    return frozenset(k for k in lexicon()[key] if not k.startswith("_"))


def table(key: str) -> dict:
    """A mapping of the lexicon (``countries``: word → country code, ``prep_content``: verb → prepositions, ...).

    Args:
        key: the lexicon key.
    """
    return lexicon()[key]


@lru_cache(maxsize=None)
def sets(key: str) -> dict[str, frozenset[str]]:
    """A mapping of the lexicon whose values are word lists, as frozen sets (``prep_content``, ``verbs_needing_particle``)."""
    return {k: frozenset(v) for k, v in lexicon()[key].items() if not k.startswith("_")}
