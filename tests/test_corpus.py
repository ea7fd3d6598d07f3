"""The bundled corpus passes validation and meets its breadth targets; malformed records are reported precisely."""

import json
from collections import Counter

import pytest

from pipeline.corpus import agreement, cue_lemma, read_corpus, statistics, validate
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
        # the wire-style articles (session 18) are agency copy, shorter than the analysis pieces of the writing guide
        low, high = (100, 300) if a.meta["publication"].startswith("Probe Wire") else (250, 700)
        assert low <= len(body.split()) <= high, a.id
    assert sum(a.meta["publication"].startswith("Probe Wire") for a in written) == 130


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


def test_the_held_out_wire_set_is_test_records_with_events_of_its_own(corpus):
    held_out = read_corpus(ROOT / "data" / "wire-heldout")
    assert len(held_out) == 30 and {a.split for a in held_out} == {"test"}
    assert all(a.meta["publication"] == "Probe Wire D" and a.statements for a in held_out)
    # no 8-word run of its text stands in the corpus's wire articles beyond datelines and titles of office
    shingles = set()
    for a in corpus:
        if a.meta.get("publication", "").startswith("Probe Wire"):
            w = a.text.lower().split()
            shingles |= {" ".join(w[i:i + 8]) for i in range(len(w) - 7)}
    for a in held_out:
        w = a.text.split("\n", 1)[1].lower().split()
        grams = [" ".join(w[i:i + 8]) for i in range(len(w) - 7)]
        assert sum(g in shingles for g in grams) <= 0.05 * len(grams), a.id


def test_the_news_desk_set_is_held_out_with_a_stance_reading_per_statement(corpus, kb):
    news = read_corpus(ROOT / "data" / "news-desks")
    assert len(news) == 364 and {a.split for a in news} == {"test"} and validate(news, kb) == []
    assert not {a.id for a in news} & {a.id for a in corpus}
    rows = [json.loads(line) for line in (ROOT / "data" / "news-desks" / "readings" / "stance_readings.jsonl")
            .read_text("utf-8").splitlines()]
    final = {(r["article"], tuple(r["content"])): r["final"] for r in rows}
    gold = {(a.id, (s.content.start, s.content.end)): s.label for a in news for s in a.statements}
    assert final == gold
    # an adjudication exactly where the two blind readings disagree
    assert all((r["adjudicated"] is not None) == (r["reading_1"] != r["reading_2"]) for r in rows)
    assert agreement(ROOT / "data" / "news-desks" / "readings" / "stance_readings.jsonl")["statements"] == 6554


def test_splits_are_about_70_15_15(corpus):
    # the wire-style articles are all in train (their held-out counterpart, set D, is kept outside the repository)
    wire = [a for a in corpus if a.meta.get("publication", "").startswith("Probe Wire")]
    assert wire and {a.split for a in wire} == {"train"}
    c = Counter(a.split for a in corpus if a not in wire)
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
    (variant(meta={"source": "imported", "topics": 5}), "meta.topics must be a list of strings"),
    (variant(meta={"source": "imported", "topics": "NATO"}), "meta.topics must be a list of strings"),
    (variant(meta={"source": "imported", "topics": [["NATO"]]}), "meta.topics must be a list of strings"),
    (variant(meta={"source": ["imported"]}), "meta.source must be a string"),
    (variant(meta={"source": "imported", "date": 2001}), "meta.date must be a string"),
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


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "n": ' + "7" * 5000 + "}", "an integer of more than 4,300 digits"),
    ("[" * 100_000 + "]" * 100_000, "nested more than 100 levels deep"),
    ('{"id": "x", "text": "\\udc00"}', "lone surrogate"),
])
def test_hostile_json_lines_are_one_problem_each(tmp_path, line, message):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps(GOOD) + "\n" + line + "\n", "utf-8")
    errors: list[str] = []
    assert len(read_corpus(p, errors=errors)) == 1
    assert len(errors) == 1 and errors[0].startswith(f"{p}:2: invalid JSON (") and message in errors[0]


def test_byte_order_mark_and_raw_line_separators_are_read(tmp_path):
    # U+2028 is allowed raw inside a JSON string; splitting lines on it would cut the record in two.
    rec = variant(text="Lavrov said talks would resume.\u2028", meta={"source": "imported", "note": "a\u2029b\x85"})
    p = tmp_path / "c.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + (json.dumps(GOOD) + "\r\n" + json.dumps(rec, ensure_ascii=False) + "\n").encode())
    articles = read_corpus(p)
    assert [a.text for a in articles] == [GOOD["text"], GOOD["text"] + "\u2028"]


def test_a_folder_named_like_a_jsonl_file_is_a_problem_not_a_crash(tmp_path):
    folder = write_corpus(tmp_path / "d", [variant()])
    (folder / "x.jsonl").mkdir()
    errors: list[str] = []
    assert len(read_corpus(folder, errors=errors)) == 1
    assert errors == [f"{folder / 'x.jsonl'}: is a folder, not a JSONL file; rename it or move it out of the "
                      "annotations folder."]
    with pytest.raises(AnnotationError, match="is a folder"):
        read_corpus(folder)


def test_stats_of_odd_but_valid_meta(tmp_path):
    rec = variant(meta={"source": "imported", "topics": [], "date": None})
    assert statistics(read_corpus(write_corpus(tmp_path / "d", [rec])))["topics"] == {}


def test_unknown_entity_and_duplicate_across_splits(tmp_path, kb):
    a = variant(id="a")
    b = variant(id="b", split="test")
    c = variant(id="c", st_entity="nobody-known")
    folder = write_corpus(tmp_path / "d", [a, b, c])
    problems = validate(read_corpus(folder), kb)
    assert any("overlaps" in p and "train/test" in p.replace("test/train", "train/test") for p in problems)
    assert any("nobody-known" in p for p in problems)
