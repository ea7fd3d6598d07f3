"""The bundled corpus passes validation and meets its breadth targets; malformed records are reported precisely."""

import json
from collections import Counter

import pytest

from pipeline.corpus import cue_lemma, read_corpus, statistics, validate
from pipeline.errors import AnnotationError

from conftest import ROOT, write_corpus

DATA = ROOT / "data" / "annotations"


@pytest.fixture(scope="module")
def corpus():
    """The written corpus and the seeds; the real-text part has tests of its own (test_realtext.py)."""
    return [a for a in read_corpus(DATA) if not a.is_real]


def test_bundled_corpus_is_valid(corpus, kb):
    assert validate(corpus, kb) == []


def test_corpus_size_and_sources(corpus):
    written = [a for a in corpus if a.meta["source"] == "written-for-corpus"]
    seeds = [a for a in corpus if a.meta["source"] == "seed"]
    assert len(written) >= 160 and len(seeds) == 2
    assert all(a.split == "test" for a in seeds)
    assert sum(len(a.statements) for a in corpus) >= 1600
    for a in written:
        body = a.text.split("\n", 1)[1]  # the header line is metadata, not article text
        assert 250 <= len(body.split()) <= 700, a.id


def test_corpus_breadth(corpus, kb):
    st = statistics(corpus, kb)
    n = st["statements"]
    assert max(st["year_bands"].values()) <= 0.30 * st["articles"]
    assert len(st["topics"]) >= 25
    assert st["distinct_speakers"] >= 80 and len(st["speaker_countries"]) >= 10
    assert st["distinct_cue_lemmas"] >= 40
    assert st["kinds"]["direct"] >= 0.25 * n and st["kinds"]["indirect"] >= 0.35 * n
    assert st["kinds"]["mixed"] >= 0.10 * n and st["kinds"]["according_to"] >= 0.05 * n
    assert st["pronoun_or_role_speaker_share"] >= 0.15 and st["hard_case_share"] >= 0.20
    for split, labels in st["labels_per_split"].items():
        total = sum(labels.values())
        assert all(labels[lab] >= 0.25 * total for lab in ("hawkish", "conciliatory", "neutral")), split


def test_splits_are_about_70_15_15(corpus):
    c = Counter(a.split for a in corpus)
    total = sum(c.values())
    assert 0.62 <= c["train"] / total <= 0.75 and 0.12 <= c["dev"] / total <= 0.18 and 0.12 <= c["test"] / total <= 0.18


@pytest.mark.parametrize("cue, lemma", [("said", "say"), ("warned", "warn"), ("warnings", "warning"),
                                       ("According to", "according to"), ("insisted", "insist")])
def test_cue_lemma(cue, lemma):
    assert cue_lemma(cue) == lemma


GOOD = {"id": "x1", "split": "train", "meta": {"source": "written-for-corpus", "date": "2001-01-01"},
        "text": "Lavrov said talks would resume.",
        "statements": [{"content": [12, 30], "cue": [7, 11], "speaker": [0, 6], "entity": "sergei-lavrov",
                        "kind": "indirect", "label": "neutral", "tags": []}]}


def variant(**changes):
    rec = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if key.startswith("st_"):
            rec["statements"][0][key[3:]] = value
        else:
            rec[key] = value
    return rec


@pytest.mark.parametrize("record, message", [
    (variant(split="holdout"), "split"),
    (variant(st_content=[12, 99]), "outside the text"),
    (variant(st_content=[12, 12]), "empty"),
    (variant(st_cue=[5, 14]), "crosses the content"),
    (variant(st_kind="quote"), "kind"),
    (variant(st_label="angry"), "label"),
    (variant(text=5), "text"),
    ([1, 2], "JSON object"),
])
def test_malformed_records_name_file_and_line(tmp_path, record, message):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps(GOOD) + "\n" + json.dumps(record) + "\n", "utf-8")
    with pytest.raises(AnnotationError, match=message) as err:
        read_corpus(p)
    assert f"{p}:2" in str(err.value)


def test_invalid_json_line_is_reported_with_its_number(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps(GOOD) + "\n{oops\n", "utf-8")
    errors: list[str] = []
    assert len(read_corpus(p, errors=errors)) == 1
    assert errors and f"{p}:2" in errors[0] and "invalid JSON" in errors[0]


def test_unknown_entity_and_duplicate_across_splits(tmp_path, kb):
    a = variant(id="a")
    b = variant(id="b", split="test")
    c = variant(id="c", st_entity="nobody-known")
    folder = write_corpus(tmp_path / "d", [a, b, c])
    problems = validate(read_corpus(folder), kb)
    assert any("overlaps" in p and "train/test" in p.replace("test/train", "train/test") for p in problems)
    assert any("nobody-known" in p for p in problems)
