"""The encoder: its thread count (the usable cores up to a cap, $PIPELINE_ENCODER_THREADS or OMP_NUM_THREADS to
change it) and the prefix it reads before each text (old models keep the doubled one they were trained on)."""

import numpy as np
import pytest

from pipeline import encoders
from pipeline.encoders import ENCODER_MAX_THREADS, LEGACY_PREFIXES, PREFIXES, THREADS_ENV, encode, encoder_threads
from pipeline.errors import ModelError


@pytest.mark.parametrize("ours, omp, cores, expected", [
    (None, None, 1, 1), (None, None, 2, min(2, ENCODER_MAX_THREADS)), (None, None, 64, ENCODER_MAX_THREADS),
    ("3", None, 1, 3), ("2", "8", 16, 2), (None, "4", 16, None), (" ", None, 1, 1)])
def test_thread_count(monkeypatch, ours, omp, cores, expected):
    for name, value in ((THREADS_ENV, ours), ("OMP_NUM_THREADS", omp)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.setattr(encoders, "usable_cores", lambda: cores)
    assert encoder_threads() == expected


@pytest.mark.parametrize("value", ["0", "two", "-1", "1.5"])
def test_bad_thread_count_is_one_clear_line(monkeypatch, value):
    monkeypatch.setenv(THREADS_ENV, value)
    with pytest.raises(ModelError, match=f"PIPELINE_ENCODER_THREADS is '{value}'; set it to a whole number"):
        encoder_threads()


@pytest.fixture
def fake_e5(monkeypatch):
    """An e5 backend that records what it was given, so no engine is loaded."""
    seen: list[list[str]] = []

    def backend(inputs):
        seen.append(list(inputs))
        return np.full((len(inputs), encoders.DIM), float(len(seen)), dtype=np.float32)

    monkeypatch.setattr(encoders, "_backends", {"e5": backend})
    monkeypatch.setattr(encoders, "_cache", type(encoders._cache)())
    monkeypatch.setattr(encoders, "_disk_loaded", {"e5"})
    monkeypatch.delenv(encoders.CACHE_ENV, raising=False)
    return seen


@pytest.mark.parametrize("prefix, reads", [(None, "query: Moscow will wait."),
                                           (LEGACY_PREFIXES["e5"], "passage: query: Moscow will wait.")])
def test_the_encoder_reads_one_prefix_unless_an_old_model_asks_for_two(fake_e5, prefix, reads):
    encode(["Moscow will wait."], "e5", prefix=prefix)
    assert fake_e5 == [[reads]]


def test_the_cache_tells_prefixes_apart_and_encodes_a_repeated_text_once(fake_e5):
    a = encode(["Paris agreed.", "Paris agreed."], "e5")
    b = encode(["Paris agreed."], "e5", prefix=LEGACY_PREFIXES["e5"])
    c = encode(["Paris agreed."], "e5")
    assert fake_e5 == [["query: Paris agreed."], ["passage: query: Paris agreed."]]
    assert a[0, 0] == a[1, 0] == c[0, 0] == 1.0 and b[0, 0] == 2.0


def test_an_unknown_prefix_is_refused(fake_e5):
    with pytest.raises(ModelError, match="reads 'query: ' before each text, not 'passage: '"):
        encode(["x"], "e5", prefix="passage: ")
    assert PREFIXES["e5"] == "query: " and fake_e5 == []
