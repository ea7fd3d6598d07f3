"""Stand-off records: texts read from the real-text root, checked by SHA-256; sentence records; the bundled real corpus."""

import json
from collections import Counter

import pytest

from pipeline.corpus import collection, extraction_agreement, read_corpus, real_statistics, split, validate
from pipeline.errors import AnnotationError
from pipeline.realtext import RealText, text_sha256

from conftest import ROOT, needs_realtext

TEXT = "Publication: Wire Date: 2003-05-01\n\nLavrov said talks would resume.\n\nWe support the treaty. It matters.\n"


@pytest.fixture
def root(tmp_path):
    r = tmp_path / "realtext"
    (r / "kremlin").mkdir(parents=True)
    (r / "kremlin" / "k1.txt").write_text(TEXT, "utf-8")
    return r


def record(**changes):
    start = TEXT.index("talks")
    rec = {"id": "k1", "split": "real-train",
           "meta": {"source": "realtext", "date": "2003-05-01", "kind": "news", "annotation": "exhaustive"},
           "standoff": {"file": "kremlin/k1.txt", "sha256": text_sha256(TEXT)},
           "statements": [{"content": [start, start + 19], "cue": [start - 5, start - 1], "speaker": [start - 12, start - 6],
                           "entity": "sergei-lavrov", "kind": "indirect", "label": "neutral", "tags": []}]}
    rec.update(changes)
    return rec


def sentence_record(**changes):
    s = TEXT.index("We support")
    rec = {"id": "u1", "split": "real-dev",
           "meta": {"source": "realtext", "date": "2003-09-30", "kind": "speech", "annotation": "sentences"},
           "standoff": {"file": "kremlin/k1.txt", "sha256": text_sha256(TEXT)},
           "statements": [{"content": [s, s + 22], "cue": None, "speaker": None, "entity": "russia",
                           "kind": "sentence", "label": "conciliatory", "tags": []}]}
    rec.update(changes)
    return rec


def write(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def test_standoff_record_reads_its_text_from_the_root(tmp_path, root):
    (a, b) = read_corpus(write(tmp_path / "r.jsonl", record(), sentence_record()), realtext=root)
    assert a.text == TEXT and a.is_real and a.exhaustive
    assert [s.content.text for s in a.statements] == ["talks would resume."]
    assert [s.cue.text for s in a.statements] == ["said"]
    assert not b.exhaustive and b.statements[0].cue is None and b.statements[0].content.text == "We support the treaty."
    assert a.to_dict()["standoff"] == {"file": "kremlin/k1.txt", "sha256": text_sha256(TEXT)}
    assert "text" not in a.to_dict()


def test_changed_text_is_an_error_naming_the_file(tmp_path, root):
    (root / "kremlin" / "k1.txt").write_text(TEXT.replace("talks", "TALKS"), "utf-8")
    with pytest.raises(AnnotationError, match=r"k1\.txt does not match the record's SHA-256") as err:
        read_corpus(write(tmp_path / "r.jsonl", record()), realtext=root)
    assert "r.jsonl:1" in str(err.value)


def test_missing_root_skips_real_records_with_one_note(tmp_path):
    written = {"id": "w1", "split": "train", "meta": {"source": "written-for-corpus"}, "text": "X said y.",
               "statements": []}
    notes: list[str] = []
    arts = read_corpus(write(tmp_path / "r.jsonl", record(), sentence_record(), written), realtext=tmp_path / "nowhere",
                       notes=notes)
    assert [a.id for a in arts] == ["w1"]
    assert len(notes) == 1 and "2 real-text record(s) skipped" in notes[0] and "--realtext" in notes[0]


def test_root_from_environment(tmp_path, root, monkeypatch):
    monkeypatch.setenv("PIPELINE_REALTEXT", str(root))
    assert RealText().root == root
    assert len(read_corpus(write(tmp_path / "r.jsonl", record()))) == 1


@pytest.mark.parametrize("rec, message", [
    (record(standoff={"file": "kremlin/none.txt", "sha256": "0" * 64}), "does not exist"),
    (record(standoff={"file": "../k1.txt", "sha256": "0" * 64}), "inside the real-text root"),
    (record(standoff="kremlin/k1.txt"), "'standoff' must be"),
    (record(text=TEXT), "not both"),
    (record(split="train"), "real-\\* split"),
    (sentence_record(statements=[dict(sentence_record()["statements"][0], cue=[0, 3])]), "cue null"),
    (sentence_record(statements=[dict(sentence_record()["statements"][0], entity=None)]), "entity of the document"),
    (sentence_record(statements=[dict(record()["statements"][0])]), "sentence records belong"),
    (record(statements=[dict(sentence_record()["statements"][0])]), "sentence records belong"),
    (sentence_record(statements=[dict(sentence_record()["statements"][0], content=[TEXT.index("resume"), TEXT.index("It")])]),
     "crosses a paragraph break"),
    (record(meta={"source": "realtext", "annotation": "some"}), "meta.annotation"),
])
def test_malformed_standoff_records(tmp_path, root, rec, message):
    with pytest.raises(AnnotationError, match=message):
        read_corpus(write(tmp_path / "r.jsonl", rec), realtext=root)


def test_title_of_a_real_text_must_not_be_copied(tmp_path, root, kb):
    arts = read_corpus(write(tmp_path / "r.jsonl", record(meta=dict(record()["meta"], title="Copied title"))), realtext=root)
    assert any("must not copy the source's title" in p for p in validate(arts, kb))


def test_extraction_agreement_matches_spans(tmp_path, root):
    arts = read_corpus(write(tmp_path / "r.jsonl", record()), realtext=root)
    st = record()["statements"][0]
    second = write(tmp_path / "second.jsonl", {"id": "k1", "statements": [
        dict(st, content=[st["content"][0], st["content"][1] - 1]),
        {"content": [TEXT.index("We"), TEXT.index("We") + 10], "entity": None, "label": "hawkish"}]})
    ag = extraction_agreement(arts, second)
    assert (ag["first"], ag["second"], ag["matched"]) == (1, 2, 1)
    assert ag["span_f1"] == round(2 * 0.5 * 1.0 / 1.5, 4) and ag["exact_span_share_of_matched"] == 0.0
    assert ag["entity_agreement_on_matched"] == 1.0


@pytest.fixture(scope="module")
def real():
    return [a for a in read_corpus(ROOT / "data" / "annotations") if a.is_real]


@needs_realtext
def test_bundled_real_corpus_is_valid_and_large_enough(real, kb):
    assert validate(real, kb) == []
    news = [a for a in real if collection(a) == "kremlin-news"]
    assert len(news) >= 150 and sum(len(a.statements) for a in news) >= 1500
    sentences = [s for a in real if not a.exhaustive for s in a.statements]
    assert len(sentences) >= 3000
    stats = real_statistics(real, kb)
    states = {a.meta.get("country") for a in real if collection(a) == "ungd"}
    assert len(states) == 20
    assert len(stats["records_per_year_band"]["ungd"]) >= 5
    labels = Counter(s.label for s in sentences)
    assert all(labels[x] >= 0.05 * len(sentences) for x in ("hawkish", "conciliatory", "neutral"))


@needs_realtext
def test_real_splits_are_by_document_about_60_20_20_with_both_sources(real):
    c = Counter(a.split for a in real)
    n = sum(c.values())
    assert 0.55 <= c["real-train"] / n <= 0.65 and 0.15 <= c["real-dev"] / n <= 0.25 and 0.15 <= c["real-test"] / n <= 0.25
    for name in ("real-train", "real-dev", "real-test"):
        assert {collection(a) for a in split(real, name)} == {"kremlin-news", "kremlin-transcript", "ungd"}
    files = Counter(a.standoff["file"] for a in real)
    assert max(files.values()) == 1
