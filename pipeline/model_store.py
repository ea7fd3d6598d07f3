"""Saving and loading stance models: plain arrays and JSON, so that loading a model file runs no code.

A model file is a NumPy ``.npz`` archive read with ``allow_pickle=False``: the compiled linear model's weights, its
feature blocks' vocabularies and idf vectors, and a JSON description of the blocks. Nothing in it is executable, and
nothing else is accepted: a pickle (or a joblib file) is refused whatever its sidecar says. The JSON sidecar that
``pipeline train`` writes beside it records the training facts and the file's SHA-256, which is checked before the
file is read (that catches corruption; the format is what makes tampering harmless).

What is loaded is the inference model (:class:`~pipeline.stance_runtime.CompiledStance`: ``predict``,
``predict_proba``, ``classes_``). To retrain or cross-validate, build a fresh :class:`~pipeline.stance.StanceClassifier`.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import warnings
import zipfile
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from . import jsontext
from .encoders import ENCODERS
from .errors import ModelError, shown

FORMAT = "pipeline-stance-model"
FORMAT_VERSION = 2  # 1 was a pickle; it is no longer loaded
MODEL_ENV = "PIPELINE_STANCE_MODEL"
HOME_ENV = "PIPELINE_HOME"
# The bundled models are package data (the top-level models/ folder installs as pipeline/models/), found through the
# import system, so a wheel install and an editable checkout both find them wherever the command runs.
try:
    MODELS_DIR = Path(str(resources.files("pipeline.models")))
except ModuleNotFoundError:  # a source tree put on sys.path with no install at all: its top-level models/ folder
    MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# The two bundled models: the default (sentence encoder) and the fast one (TF-IDF), selectable by these names.
BUNDLED = {"default": MODELS_DIR / "stance.npz", "fast": MODELS_DIR / "stance-fast.npz"}
DEFAULT_MODEL = BUNDLED["default"]
# Array names of the gate (the TF-IDF model that spares the encoder the statements it is sure of) in a model file.
GATE_PREFIX = "gate_"


def from_checkout() -> bool:
    """Whether this pipeline runs from a source checkout (an editable install, or none) rather than an installed copy.

    An installed package holds its models inside itself (``pipeline/models``); a checkout keeps them in the
    top-level ``models/`` folder beside ``pipeline/``. Only a checkout's ``pipeline train`` replaces the bundled
    model: in an installed package that file belongs to the installer (and may be read-only), so a trained model goes
    to the user's folder instead.
    """
    return MODELS_DIR.resolve().parent != Path(__file__).resolve().parent


def user_models_dir() -> Path:
    """Where an installed pipeline's ``train`` writes: ``$PIPELINE_HOME/models``, else the user data folder.

    The user data folder follows the XDG base directory spec (``$XDG_DATA_HOME``, else ``~/.local/share``), or
    ``%LOCALAPPDATA%`` on Windows; the models go in its ``pipeline/models``.
    """
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV]).expanduser() / "models"
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = xdg if Path(xdg).is_absolute() else str(Path.home() / ".local" / "share")  # the spec ignores a relative one
    return Path(base) / "pipeline" / "models"


def train_target() -> Path:
    """Where ``pipeline train`` writes without ``--out``: the bundled model in a checkout, else the user's folder."""
    return DEFAULT_MODEL if from_checkout() else user_models_dir() / "stance.npz"


def retrain_hint() -> str:
    """How to replace a bad model, true for where this pipeline runs (a checkout retrains the bundled model)."""
    if from_checkout():
        return "retrain it with `pipeline train` (writes models/stance.npz)"
    return (f"reinstall pipeline for the bundled models, or train your own with `pipeline train --data DIR` "
            f"(writes {train_target()}) and pass it with --model PATH")


def sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions recorded with a model, read from package metadata rather than by importing the libraries."""
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__

    out = {"python": platform.python_version(), "pipeline": __version__}
    for lib in ("scikit-learn", "numpy"):
        try:
            out[lib] = version(lib)
        except PackageNotFoundError:
            out[lib] = "not installed"
    return out


def default_path() -> Path:
    return Path(os.environ.get(MODEL_ENV) or DEFAULT_MODEL)


def resolve_path(path: str | Path | None) -> Path:
    """A model path: ``default`` and ``fast`` name the bundled models; None is ``$PIPELINE_STANCE_MODEL`` or the default."""
    if path is None:
        return default_path()
    return BUNDLED.get(str(path), Path(path))


# The pretrained encoder each model kind reads with; the others need none.
MODEL_ENCODERS = {"e5-lr": "e5", "embeddings-lr": "minilm"}


def encoder_of(model) -> str | None:
    """The pretrained encoder a stance model reads with (``e5``, ``minilm``), or None."""
    return MODEL_ENCODERS.get(getattr(model, "model", None))


def save(model, path: str | Path, metadata: dict[str, Any]) -> dict[str, Any]:
    """Write ``model`` as arrays and JSON, with its sidecar, atomically; return the sidecar content.

    Args:
        model: a fitted :class:`~pipeline.stance.StanceClassifier` whose model compiles (``e5-lr``, ``tfidf-lr``,
            ``embeddings-lr``).
        path: the file to write (``.npz``).
        metadata: training facts (data hash, hyperparameters, scores) to record.
    """
    from .encoders import PACKAGES, package_version

    runtime = model.compile()
    if runtime is None:
        raise ModelError(f"a {model.model!r} model cannot be saved: only linear models that compile to plain arrays "
                         "(e5-lr, tfidf-lr, embeddings-lr) are stored; the others are baselines for comparison.")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    arrays = {"classes": np.asarray([str(c) for c in runtime.classes_])}
    spec: dict[str, Any] = {"format": FORMAT, "blocks": _pack(runtime, "", arrays),
                            "temperature": float(runtime.temperature), "heads": int(runtime.heads)}
    if runtime.gate is not None:
        threshold = None if runtime.gate_threshold is None else float(runtime.gate_threshold)
        spec["gate"] = {"threshold": threshold, "blend": float(runtime.gate_blend),
                        "blocks": _pack(runtime.gate, GATE_PREFIX, arrays), "heads": int(runtime.gate.heads)}
    arrays["spec"] = np.asarray(json.dumps(spec))
    with open(tmp, "wb") as fh:  # a file object, so numpy does not append ".npz" to the name
        np.savez_compressed(fh, **arrays)
    enc = encoder_of(model)
    meta = {"format": FORMAT, "format_version": FORMAT_VERSION, "sha256": sha256_file(tmp),
            "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "versions": library_versions(), "labels": [str(c) for c in runtime.classes_],
            # The encoder's weights are not in the model file: only its name, package and version, checked on load.
            "encoder": {"name": enc, "package": PACKAGES[enc], "version": package_version(enc)} if enc else None,
            **metadata}
    tmp_meta = sidecar(path).with_name(sidecar(path).name + ".tmp")
    tmp_meta.write_text(json.dumps(meta, indent=1, sort_keys=False) + "\n", "utf-8")
    os.replace(tmp, path)
    os.replace(tmp_meta, sidecar(path))
    return meta


# What the sidecar's fields must be where present (what loading, annotating and evaluating read), as a test and a
# description for the message. A damaged or hand-edited sidecar is refused with one line rather than failing later.
_STRINGS = (lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v), "a list of strings")
SIDECAR_FIELDS: dict[str, tuple[Any, str]] = {
    "sha256": (lambda v: isinstance(v, str), "a hex string"),
    "versions": (lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
                 "an object of library names and version strings"),
    "labels": _STRINGS,
    "trained_on": _STRINGS,
    "model": (lambda v: isinstance(v, str), "a string"),
    "scores": (lambda v: isinstance(v, dict) and all(isinstance(x, dict) for x in v.values() if not isinstance(x, str)),
               "an object of score objects"),
    "data": (lambda v: isinstance(v, list) and all(
        isinstance(d, dict) and isinstance(d.get("path"), str) and _STRINGS[0](d.get("splits")) for d in v),
             "a list of {path, splits} objects"),
    "encoder": (lambda v: v is None or (isinstance(v, dict) and v.get("name") in ENCODERS
                                        and all(isinstance(v.get(k), (str, type(None))) for k in ("package", "version"))),
                f"null or {{name ({', '.join(ENCODERS)}), package, version}}"),
}


def _pack(runtime, prefix: str, arrays: dict[str, np.ndarray]) -> list[dict[str, Any]]:
    """Put one compiled linear model's weights and block arrays into ``arrays`` (names start with ``prefix``); return its block specs."""
    arrays[f"{prefix}coef"], arrays[f"{prefix}intercept"] = runtime.coef, runtime.intercept
    specs = []
    for k, b in enumerate(runtime.blocks):
        spec = {key: (list(v) if isinstance(v, tuple) else v) for key, v in b.items() if key not in ("vocabulary", "idf")}
        if b.get("vocabulary") is not None:
            terms = sorted(b["vocabulary"], key=b["vocabulary"].get)
            arrays[f"{prefix}vocabulary_{k}"] = np.asarray(terms, dtype=str) if terms else np.zeros(0, dtype="<U1")
        if b.get("idf") is not None:
            arrays[f"{prefix}idf_{k}"] = np.asarray(b["idf"], dtype=np.float64)
        specs.append(spec)
    return specs


def read_metadata(path: str | Path) -> dict[str, Any]:
    """The sidecar of a model file, checked to be ours and well-formed."""
    path = Path(path)
    meta_path = sidecar(path)
    if not meta_path.is_file():
        raise ModelError(f"{path}: no metadata file {meta_path.name} beside it, so it is not a pipeline stance model "
                         f"(or the sidecar was lost); {retrain_hint()}.")
    try:
        meta = jsontext.loads(meta_path.read_text("utf-8-sig"))
    except (UnicodeDecodeError, jsontext.BadJSON) as e:
        raise ModelError(f"{meta_path}: metadata is not valid JSON ({e}); {retrain_hint()}.") from None
    except OSError as e:
        raise ModelError(f"{meta_path}: cannot be read ({e.strerror}); check its permissions.") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"{path}: not a pipeline stance model (its metadata has format "
                         f"{shown(meta.get('format')) if isinstance(meta, dict) else None}); {retrain_hint()}.")
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path}: model format version {shown(meta.get('format_version'))} but this pipeline reads "
                         f"version {FORMAT_VERSION}; {retrain_hint()}.")
    if "sha256" not in meta:
        raise ModelError(f"{meta_path}: the metadata has no 'sha256' of the model file; {retrain_hint()}.")
    for key, (ok, what) in SIDECAR_FIELDS.items():
        if key in meta and not ok(meta[key]):
            raise ModelError(f"{meta_path}: metadata field {key!r} is {shown(meta[key])}, not {what}; the file was "
                             f"damaged or edited by hand; {retrain_hint()}.")
    return meta


# Longest n-gram a TF-IDF block may ask for: the bundled models use at most 5 (character n-grams); a forged spec
# asking for thousands would make every statement cost quadratic time.
MAX_NGRAM = 10


def _block(k: int, b: Any, z, n_features: int, prefix: str = "") -> dict[str, Any]:
    """Block ``k`` of an archive's spec with its arrays (named with ``prefix``), checked against what :class:`CompiledStance` reads."""
    from .encoders import DIM
    from .stance_features import LOADABLE_DICT_FEATURES

    if not isinstance(b, dict) or b.get("kind") not in ("tfidf", "dict", "embed"):
        raise ValueError(f"block {k} is not a tfidf, dict or embed block")
    off, width = b.get("offset"), b.get("width")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (off, width)) or off + width > n_features:
        raise ValueError(f"block {k} has offset {shown(off)} and width {shown(width)} outside the {n_features} weights")
    if b["kind"] == "embed":
        if b.get("encoder") not in ENCODERS or width != DIM or not (
                isinstance(b.get("batch_size"), int) and not isinstance(b["batch_size"], bool) and b["batch_size"] > 0):
            raise ValueError(f"embed block {k} needs an encoder ({', '.join(ENCODERS)}), width {DIM} and a positive batch_size")
        return dict(b, idf=None)
    names = ("words", "chars") if b["kind"] == "tfidf" else tuple(LOADABLE_DICT_FEATURES)
    if b.get("name") not in names:
        raise ValueError(f"{b['kind']} block {k} is named {shown(b.get('name'))}, not one of {', '.join(names)}")
    vocab = z[f"{prefix}vocabulary_{k}"] if f"{prefix}vocabulary_{k}" in z else None
    if vocab is None or vocab.ndim != 1 or vocab.dtype.kind != "U" or len(vocab) != width:
        raise ValueError(f"block {k} needs a vocabulary of {width} strings")
    # tolist() makes the Python strings in C; a comprehension over the numpy array is ~3x slower, and the TF-IDF
    # gate's 100,000 terms are read on every cold start of the default model.
    terms = vocab.tolist()
    out = dict(b, vocabulary=dict(zip(terms, range(len(terms)))), idf=None, ngram_range=(1, 1))
    if b["kind"] == "tfidf":
        idf = z[f"{prefix}idf_{k}"] if f"{prefix}idf_{k}" in z else None
        if idf is None or idf.shape != (width,) or idf.dtype.kind != "f" or not np.isfinite(idf).all():
            raise ValueError(f"block {k} needs {width} finite idf weights")
        grams = b.get("ngram_range")
        if not (isinstance(grams, list) and len(grams) == 2 and all(isinstance(g, int) and not isinstance(g, bool)
                                                                     for g in grams) and 1 <= grams[0] <= grams[1] <= MAX_NGRAM):
            raise ValueError(f"block {k} has ngram_range {shown(grams)}, not [low, high] with 1 <= low <= high <= {MAX_NGRAM}")
        out.update(idf=np.asarray(idf, dtype=np.float64), ngram_range=tuple(grams))
    return out


def _unpack(z, block_specs: Any, classes: list[str], prefix: str, heads: Any = 1):
    """One compiled linear model from the archive ``z`` (arrays named with ``prefix``; ``heads`` models averaged,
    stacked in its weights), checked to be whole. Files saved before averaged models name no heads: one."""
    from .stance_runtime import CompiledStance

    if not isinstance(block_specs, list):
        raise ValueError("the archive's spec lists no blocks")
    if not isinstance(heads, int) or isinstance(heads, bool) or heads < 1:
        raise ValueError(f"its {prefix}heads is {shown(heads)}, not a positive whole number")
    coef, intercept = z[f"{prefix}coef"], z[f"{prefix}intercept"]
    rows = heads * len(classes)
    if coef.ndim != 2 or coef.shape[0] != rows or intercept.shape != (rows,):
        raise ValueError(f"its {prefix}weights {coef.shape} and biases {intercept.shape} do not fit {len(classes)} "
                         f"classes of {heads} model(s)")
    if coef.dtype.kind != "f" or intercept.dtype.kind != "f" or not (np.isfinite(coef).all() and np.isfinite(intercept).all()):
        raise ValueError(f"its {prefix}weights are not all finite numbers")
    blocks = [_block(k, b, z, coef.shape[1], prefix) for k, b in enumerate(block_specs)]
    if coef.shape[1] != sum(b["width"] for b in blocks):
        raise ValueError(f"its {prefix}weights ({coef.shape}) do not fit its feature blocks")
    return CompiledStance(classes, blocks, np.asarray(coef, dtype=np.float64), np.asarray(intercept, dtype=np.float64),
                          heads=heads)


def _read_arrays(path: Path):
    """The compiled model in ``path``, read as plain arrays (no object is ever unpickled) and checked to be whole."""
    from .records import LABELS

    if not zipfile.is_zipfile(path):
        raise ModelError(f"{path}: not a model archive of this pipeline (a pickle or joblib file is never loaded, since "
                         f"loading one can run code); {retrain_hint()}.")
    try:
        with np.load(path, allow_pickle=False) as z:
            spec = jsontext.loads(str(z["spec"][()]))
            if not isinstance(spec, dict) or spec.get("format") != FORMAT or not isinstance(spec.get("blocks"), list):
                raise ValueError("the archive's spec is not a pipeline stance model")
            classes = z["classes"]
            if classes.ndim != 1 or classes.dtype.kind != "U" or len(set(classes)) != len(classes) or not set(classes) <= set(LABELS):
                raise ValueError(f"its classes are not distinct labels among {', '.join(LABELS)}")
            classes = [str(c) for c in classes]
            model = _unpack(z, spec["blocks"], classes, "", spec.get("heads", 1))
            gate = spec.get("gate")
            if gate is not None:
                if not isinstance(gate, dict):
                    raise ValueError(f"its gate is {shown(gate)}, not an object")
                threshold, blend = gate.get("threshold"), gate.get("blend", 0.0)
                if not _number_in(blend, 0, 1) or blend == 1:
                    raise ValueError(f"its gate has blend {shown(blend)}, not a number from 0 to below 1")
                # A TF-IDF model that only blends (threshold null) must blend something.
                if not (_number_in(threshold, 0, 1) or (threshold is None and blend > 0)):
                    raise ValueError(f"its gate has threshold {shown(threshold)}, not a number from 0 to 1")
                model.gate = _unpack(z, gate.get("blocks"), classes, GATE_PREFIX, gate.get("heads", 1))
                model.gate_blend = float(blend)
                model.gate_threshold = None if threshold is None else float(threshold)
            # Files saved before temperature scaling name none: their probabilities are used as they are.
            temperature = spec.get("temperature", 1.0)
            if not (_number_in(temperature, 0, np.inf) and 0 < temperature < np.inf):
                raise ValueError(f"its temperature is {shown(temperature)}, not a positive number")
            model.temperature = float(temperature)
    except (ValueError, KeyError, TypeError, OSError, zipfile.BadZipFile, jsontext.BadJSON) as e:
        raise ModelError(f"{path}: could not be read as a stance model ({e}); {retrain_hint()}.") from None
    return model


def _number_in(x: Any, lo: float, hi: float) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and lo <= x <= hi


def _checked(path: str | Path | None):
    """Verify a model file against its sidecar, then read it; return the inference model with ``metadata_``."""
    path = resolve_path(path)
    if path.is_dir():
        raise ModelError(f"{path}: is a directory; pass the .npz model file.")
    if not path.is_file():
        raise ModelError(f"{path}: no stance model there; {retrain_hint()}"
                         + (", or pass --model PATH." if from_checkout() else "."))
    meta = read_metadata(path)
    digest = sha256_file(path)
    if digest != meta.get("sha256"):
        raise ModelError(f"{path}: SHA-256 {digest[:12]}… does not match its metadata ({str(meta.get('sha256'))[:12]}…); "
                         f"the file is corrupt or was replaced, so it is not loaded; {retrain_hint()}.")
    saved = meta.get("versions") or {}
    current = library_versions()
    for lib in ("scikit-learn", "numpy"):
        if lib in saved and saved[lib].split(".")[:2] != current[lib].split(".")[:2]:
            warnings.warn(f"{path}: model saved with {lib} {saved[lib]}, running {current[lib]}; "
                          f"predictions may differ; {retrain_hint()} if they look wrong.", stacklevel=3)
    check_encoder(path, meta)
    model = _read_arrays(path)
    model.metadata_ = meta
    return model


def check_encoder(path: Path, meta: dict[str, Any]) -> None:
    """Refuse a model whose encoder package is missing; warn when its version differs from the training one."""
    from .encoders import package_version

    enc = meta.get("encoder")
    if not enc:
        return
    if not isinstance(enc, dict) or not isinstance(enc.get("name"), str):
        raise ModelError(f"{path}: its metadata names the encoder as {enc!r}, not {{name, package, version}}; {retrain_hint()}.")
    have = package_version(enc["name"])
    if have is None:
        raise ModelError(f"{path}: this model reads with the {enc['name']} encoder from the {enc.get('package')} package, "
                         f"which is not installed; install it (`pip install {enc.get('package')}=={enc.get('version')}`) "
                         "or use the fast model (`--model fast`).")
    if have != enc.get("version"):
        warnings.warn(f"{path}: model trained with {enc.get('package')} {enc.get('version')}, running {have}; "
                      f"probabilities may shift; {retrain_hint()} if they look wrong.", stacklevel=3)


def load(path: str | Path | None = None):
    """Load and check a stance model for prediction (the bundled default unless a path is given).

    With no path given, a default model whose encoder package cannot be had on this platform gives way to the
    bundled fast model, with one warning line.

    Args:
        path: the ``.npz`` file, or ``default`` / ``fast`` for a bundled model; default ``$PIPELINE_STANCE_MODEL``
            or the bundled ``models/stance.npz``.
    """
    try:
        return _checked(path)
    except ModelError as e:
        if path is not None or os.environ.get(MODEL_ENV) or "is not installed" not in str(e):
            raise
        warnings.warn(f"{e} Using the fast model instead.", stacklevel=2)
        return _checked(BUNDLED["fast"])


load_runtime = load  # what the annotator calls; the same checked, code-free load
load_model = load  # the public name (``from pipeline import load_model``)
