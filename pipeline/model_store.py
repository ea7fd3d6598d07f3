"""Saving and loading stance models with a JSON metadata sidecar.

A joblib file is a pickle, so nothing is unpickled before its SHA-256 matches the sidecar that
``pipeline train`` wrote beside it; files without our sidecar are refused.

The file holds a dict: ``runtime``, the compiled numpy-only model the annotator uses (None for
models that do not compile), and ``estimator``, the pickled scikit-learn estimator, unpickled only
when a library user asks for it with :func:`load`. It is written as a plain pickle (protocol 5),
which ``joblib.load`` also reads; reading it with :mod:`pickle` spares annotation joblib's import.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import platform
import warnings
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import ModelError

FORMAT = "pipeline-stance-model"
FORMAT_VERSION = 1
MODEL_ENV = "PIPELINE_STANCE_MODEL"
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# The two bundled models: the default (sentence encoder) and the fast one (TF-IDF), selectable by these names.
BUNDLED = {"default": MODELS_DIR / "stance.joblib", "fast": MODELS_DIR / "stance-fast.joblib"}
DEFAULT_MODEL = BUNDLED["default"]
RETRAIN = "retrain it with `pipeline train` (writes models/stance.joblib)"


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
    for lib in ("scikit-learn", "numpy", "joblib"):
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


def encoder_of(model) -> str | None:
    """The pretrained encoder a stance model reads with (``e5``, ``minilm``), or None."""
    return {"e5-lr": "e5", "embeddings-lr": "minilm"}.get(getattr(model, "model", None))


def save(model, path: str | Path, metadata: dict[str, Any]) -> dict[str, Any]:
    """Write ``model`` and its sidecar atomically; return the sidecar content.

    Args:
        model: a fitted :class:`~pipeline.stance.StanceClassifier`.
        path: the ``.joblib`` file to write.
        metadata: training facts (data hash, hyperparameters, scores) to record.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    # The estimator is compressed on its own so that loading only the runtime never decompresses it.
    payload = {"format": FORMAT, "runtime": model.compile(),
               "estimator": zlib.compress(pickle.dumps(model, protocol=5), 6)}
    with open(tmp, "wb") as fh:
        pickle.dump(payload, fh, protocol=5)
    from .encoders import PACKAGES, package_version

    enc = encoder_of(model)
    meta = {"format": FORMAT, "format_version": FORMAT_VERSION, "sha256": sha256_file(tmp),
            "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "versions": library_versions(), "labels": [str(c) for c in model.classes_],
            # The encoder's weights are not in the model file: only its name, package and version, checked on load.
            "encoder": {"name": enc, "package": PACKAGES[enc], "version": package_version(enc)} if enc else None,
            **metadata}
    tmp_meta = sidecar(path).with_name(sidecar(path).name + ".tmp")
    tmp_meta.write_text(json.dumps(meta, indent=1, sort_keys=False) + "\n", "utf-8")
    os.replace(tmp, path)
    os.replace(tmp_meta, sidecar(path))
    return meta


def read_metadata(path: str | Path) -> dict[str, Any]:
    """The sidecar of a model file, checked to be ours."""
    path = Path(path)
    meta_path = sidecar(path)
    if not meta_path.is_file():
        raise ModelError(f"{path}: no metadata file {meta_path.name} beside it, so it is not a pipeline stance model "
                         f"(or the sidecar was lost); {RETRAIN}.")
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ModelError(f"{meta_path}: metadata is not valid JSON; {RETRAIN}.") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"{path}: not a pipeline stance model (its metadata has format "
                         f"{meta.get('format') if isinstance(meta, dict) else None!r}); {RETRAIN}.")
    if meta.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{path}: model format version {meta.get('format_version')} but this pipeline reads "
                         f"version {FORMAT_VERSION}; {RETRAIN}.")
    return meta


def _checked_payload(path: str | Path | None) -> tuple[Path, dict[str, Any]]:
    """Verify a model file against its sidecar and unpickle its outer dict (no scikit-learn objects in it)."""
    path = resolve_path(path)
    if path.is_dir():
        raise ModelError(f"{path}: is a directory; pass the .joblib model file.")
    if not path.is_file():
        raise ModelError(f"{path}: no stance model there; {RETRAIN}, or pass --model PATH.")
    meta = read_metadata(path)
    digest = sha256_file(path)
    if digest != meta.get("sha256"):
        raise ModelError(f"{path}: SHA-256 {digest[:12]}… does not match its metadata ({str(meta.get('sha256'))[:12]}…); "
                         f"the file is corrupt or was replaced, so it is not loaded; {RETRAIN}.")
    saved = meta.get("versions", {})
    current = library_versions()
    for lib in ("scikit-learn", "numpy"):
        if saved.get(lib) and saved[lib].split(".")[:2] != current[lib].split(".")[:2]:
            warnings.warn(f"{path}: model saved with {lib} {saved[lib]}, running {current[lib]}; "
                          f"predictions may differ; {RETRAIN} if they look wrong.", stacklevel=2)
    check_encoder(path, meta)
    try:
        with open(path, "rb") as fh:
            payload = pickle.load(fh)
    except Exception as e:  # a damaged pickle can raise almost anything
        raise ModelError(f"{path}: could not be loaded ({type(e).__name__}: {e}); {RETRAIN}.") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or "estimator" not in payload:
        raise ModelError(f"{path}: does not hold a pipeline stance model; {RETRAIN}.")
    payload["metadata"] = meta
    return path, payload


def check_encoder(path: Path, meta: dict[str, Any]) -> None:
    """Refuse a model whose encoder package is missing; warn when its version differs from the training one."""
    from .encoders import package_version

    enc = meta.get("encoder")
    if not enc:
        return
    if not isinstance(enc, dict) or not isinstance(enc.get("name"), str):
        raise ModelError(f"{path}: its metadata names the encoder as {enc!r}, not {{name, package, version}}; {RETRAIN}.")
    have = package_version(enc["name"])
    if have is None:
        raise ModelError(f"{path}: this model reads with the {enc['name']} encoder from the {enc.get('package')} package, "
                         f"which is not installed; install it (`pip install {enc.get('package')}=={enc.get('version')}`) "
                         "or use the fast model (`--model fast`).")
    if have != enc.get("version"):
        warnings.warn(f"{path}: model trained with {enc.get('package')} {enc.get('version')}, running {have}; "
                      f"probabilities may shift; {RETRAIN} if they look wrong.", stacklevel=3)


def load(path: str | Path | None = None):
    """Load and check the full scikit-learn stance estimator.

    Args:
        path: the ``.joblib`` file, or ``default`` / ``fast`` for a bundled model; default ``$PIPELINE_STANCE_MODEL``
            or the bundled ``models/stance.joblib``.
    """
    from .stance import StanceClassifier

    path, payload = _checked_payload(path)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*Trying to unpickle estimator.*")
            model = pickle.loads(zlib.decompress(payload["estimator"]))
    except Exception as e:
        raise ModelError(f"{path}: the estimator could not be unpickled ({type(e).__name__}: {e}); {RETRAIN}.") from None
    if not isinstance(model, StanceClassifier):
        raise ModelError(f"{path}: holds a {type(model).__name__}, not a StanceClassifier; {RETRAIN}.")
    model.metadata_ = payload["metadata"]
    return model


def load_runtime(path: str | Path | None = None):
    """The model the annotator uses: the compiled runtime when the file has one, else the estimator.

    With no path given, a default model whose encoder package cannot be had on this platform gives way to the
    bundled fast model, with one warning line.

    Args:
        path: as for :func:`load`.
    """
    try:
        path, payload = _checked_payload(path)
    except ModelError as e:
        if path is not None or os.environ.get(MODEL_ENV) or "is not installed" not in str(e):
            raise
        warnings.warn(f"{e} Using the fast model instead.", stacklevel=2)
        path, payload = _checked_payload(BUNDLED["fast"])
    runtime = payload.get("runtime")
    if runtime is None:
        return load(path)
    runtime.metadata_ = payload["metadata"]
    return runtime


load_model = load  # the public name (``from pipeline import load_model``)
