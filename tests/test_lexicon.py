"""The one lexicon: every key of lexicon.json is read by the code, every key the code reads is there, lists are clean."""

import ast
import json
from collections import Counter

from conftest import ROOT

from pipeline.lexicon import lexicon, sets, table, words

ACCESSORS = {"words", "sets", "table"}


def keys_read() -> set[str]:
    """Keys named as a string literal in ``words("k")``, ``sets("k")``, ``table("k")`` or ``lexicon()["k"]``."""
    found = set()
    for path in (ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ACCESSORS and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", None) == "lexicon" and isinstance(node.slice, ast.Constant):
                found.add(node.slice.value)
    return found


def test_every_key_is_read_and_every_read_key_exists():
    keys = {k for k in lexicon() if not k.startswith("_")}
    read = keys_read()
    assert keys - read == set(), "keys in lexicon.json that no code reads"
    assert read - keys == set(), "keys the code reads that lexicon.json lacks"


def test_no_key_is_written_twice():
    # json keeps the last of two equal keys, so the first list would be dead without a word said
    pairs = json.loads((ROOT / "pipeline" / "resources" / "lexicon.json").read_text("utf-8"), object_pairs_hook=list)
    keys = [k for k, _ in pairs]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_word_lists_are_lower_case_without_duplicates():
    raw = json.loads((ROOT / "pipeline" / "resources" / "lexicon.json").read_text("utf-8"))
    for key, value in raw.items():
        if isinstance(value, list):
            assert len(value) == len(set(value)), key
            assert all(w == w.lower() for w in value), key
        elif isinstance(value, dict) and key not in ("leader_role", "western_blocs", "roles", "countries",
                                                     "ambassador_roles", "role_country_hints",
                                                     "role_institution_countries", "pronouns", "side_names",
                                                     "side_common_nouns", "nationality_nouns", "spokesperson_roles",
                                                     "leader_offices"):
            for verb, items in value.items():
                assert verb == verb.lower() and all(w == w.lower() for w in items), key


def test_no_key_is_given_twice():
    # json.loads keeps the last of two equal keys, silently dropping the first list (it happened once)
    objects = []  # the key lists of every object, innermost first: the whole file's comes last
    json.loads((ROOT / "pipeline" / "resources" / "lexicon.json").read_text("utf-8"),
               object_pairs_hook=lambda pairs: objects.append([k for k, _ in pairs]) or dict(pairs))
    assert [k for k, n in Counter(objects[-1]).items() if n > 1] == []
    assert all(len(keys) == len(set(keys)) for keys in objects)


def test_accessors():
    assert "say" in words("clausal_verbs") and isinstance(words("clausal_verbs"), frozenset)
    assert sets("prep_content")["call"] >= {"for"}
    assert table("countries")["moscow"] == "RU"
    assert set(lexicon()["western_blocs"]) >= {"west", "russia"}  # read by the stance inputs


def test_kb_still_exports_the_accessor():
    from pipeline.kb import lexicon as kb_lexicon

    assert kb_lexicon() is lexicon()
