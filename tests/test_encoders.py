"""The encoder's thread count: one by default, $PIPELINE_ENCODER_THREADS to change it, OMP_NUM_THREADS respected."""

import pytest

from pipeline.encoders import ENCODER_THREADS, THREADS_ENV, encoder_threads
from pipeline.errors import ModelError


@pytest.mark.parametrize("ours, omp, expected", [(None, None, ENCODER_THREADS), ("3", None, 3), ("2", "8", 2),
                                                 (None, "4", None), (" ", None, ENCODER_THREADS)])
def test_thread_count(monkeypatch, ours, omp, expected):
    for name, value in ((THREADS_ENV, ours), ("OMP_NUM_THREADS", omp)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert encoder_threads() == expected


@pytest.mark.parametrize("value", ["0", "two", "-1", "1.5"])
def test_bad_thread_count_is_one_clear_line(monkeypatch, value):
    monkeypatch.setenv(THREADS_ENV, value)
    with pytest.raises(ModelError, match=f"PIPELINE_ENCODER_THREADS is '{value}'; set it to a whole number"):
        encoder_threads()
