import json

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
