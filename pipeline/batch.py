"""Batch annotation: many files, in input order, in this process, a local process pool or a Dask cluster.

The main process expands the paths, reads each file (so workers need not see the files, only the models), skips
those already in the results file, and hands the rest to the workers with a bounded number in flight; results come
back and are written in input order whatever the workers' timing, so every way of running gives the same file.
"""

from __future__ import annotations

import glob
import os
import sys
import threading
import time
from collections import deque
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .chunks import DEFAULT_LONG, DEFAULT_MAX_CHARS, body_length, check_length
from .errors import InputError, PipelineError
from .progress import Quiet
from .reader import article_from_text, read_article, read_stream
from .realtext import text_sha256
from .records import Article
from .results import ErrorLog, ResultsFile, errors_path

DEFAULT_WORKERS = 1
# Articles handed out per worker before the oldest result is waited for: enough to keep workers busy, few enough
# that the texts and results held in the main process stay small.
IN_FLIGHT_PER_WORKER = 4
_GLOB_CHARS = set("*?[")
DASK_TIMEOUT = "10s"  # how long to try to reach the scheduler


class SetupError(PipelineError):
    """A worker could not load the models (the same problem would hit every article)."""


@dataclass(frozen=True)
class Settings:
    """What a worker needs to build its :class:`~pipeline.annotator.Annotator`; hashable, so workers keep one per
    settings."""

    spacy_model: str | None = None
    kb_files: tuple[str, ...] = ()
    stance_model: str | None = None
    classify: bool = True
    max_chars: int = DEFAULT_MAX_CHARS
    too_long: str = DEFAULT_LONG

    def annotator(self):
        from .annotator import Annotator

        return Annotator(self.spacy_model, self.kb_files, self.stance_model, classify=self.classify,
                         max_chars=self.max_chars, too_long=self.too_long)


@dataclass(frozen=True)
class Outcome:
    """What became of one input: a result (:meth:`AnnotatedArticle.to_dict` form), an error line, or a skip."""

    path: str
    result: dict | None = None
    error: str | None = None
    skipped: bool = False


@dataclass(frozen=True)
class Summary:
    """The closing figures of a batch run."""

    found: int
    annotated: int
    skipped: int
    failed: int
    statements: int
    seconds: float
    out: str
    errors: str

    def line(self) -> str:
        rate = f", {self.annotated / self.seconds:.2f} articles/s" if self.annotated and self.seconds > 0 else ""
        parts = [f"{self.annotated} annotated ({self.statements} statements)"]
        if self.skipped:
            parts.append(f"{self.skipped} already in {self.out}")
        parts.append(f"{self.failed} failed" + (f" (listed in {self.errors}; re-run to retry them)" if self.failed else ""))
        return f"{self.found} article{'' if self.found == 1 else 's'}: " + ", ".join(parts) + f"; {self.seconds:.1f} s{rate}."


def _is_folder(item: str) -> bool:
    return item != "-" and Path(item).is_dir()


def _is_pattern(item: str) -> bool:
    return bool(_GLOB_CHARS & set(item)) and not Path(item).exists()


def one_file(inputs: Sequence[str]) -> bool:
    """Whether the inputs name one file (or standard input) rather than several, a folder or a pattern."""
    return len(inputs) == 1 and not (_is_folder(inputs[0]) or _is_pattern(inputs[0]))


def expand_paths(inputs: Iterable[str]) -> tuple[list[str], list[Outcome]]:
    """The files to annotate, in order, and an error for each input that names none.

    A file is taken as given (a missing one fails when read); a directory gives its ``*.txt`` files, recursively, in
    sorted order; a pattern with ``*``, ``?`` or ``[`` gives its matches, sorted (``**`` recurses). A file named
    twice is annotated once.
    """
    files: list[str] = []
    problems: list[Outcome] = []
    for item in inputs:
        if _is_folder(item):
            found = sorted(str(p) for p in Path(item).rglob("*.txt") if p.is_file())
            if not found:
                problems.append(Outcome(item, error=f"{item}: no *.txt files in this directory or below it; "
                                                    "pass the article files or their folder."))
        elif _is_pattern(item):
            found = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not found:
                problems.append(Outcome(item, error=f"{item}: no file matches this pattern; check it."))
        else:
            found = [item]
        files += found
    seen: set[str] = set()
    unique = []
    for f in files:
        key = f if f == "-" else os.path.normpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def read_source(path: str, date: str | None) -> Article:
    """Read one input: a file, or standard input for ``-``."""
    if path == "-":
        return article_from_text(read_stream(sys.stdin.buffer), "-", date)
    return read_article(path, date)


def annotate_one(annotator, article: Article) -> Outcome:
    """Annotate one article, turning every failure into an error line (never an exception)."""
    return guarded(article.path, lambda: annotator.annotate_article(article))


def guarded(path: str, run: Callable) -> Outcome:
    """The outcome of ``run()`` (an :class:`~pipeline.records.AnnotatedArticle`), every failure an error line."""
    try:
        return Outcome(path, result=run().to_dict())
    except PipelineError as e:
        return Outcome(path, error=str(e))
    except MemoryError:
        return Outcome(path, error=f"{path}: ran out of memory; lower --max-chars or --workers.")
    except Exception as e:  # a bug should cost one article, not the run
        return Outcome(path, error=f"{path}: internal error ({type(e).__name__}: {e}); "
                                   "please report it with this file.")


# --- the ways of running --------------------------------------------------------------------------------------


class _Later:
    """An article whose stance step is running on the annotator's stance thread."""

    def __init__(self, path: str, future):
        self.path, self.future = path, future

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> Outcome:
        return guarded(self.path, self.future.result)


class Inline:
    """Everything in this process (``--workers 1``); a model problem is raised at once. The base of the others.

    One article is labelled on the stance thread while the next is parsed (``slots``: one in flight besides the one
    being read), which hides most of the parse behind the sentence encoder.
    """

    slots = 1

    def __init__(self, settings: Settings):
        self.annotator = settings.annotator()

    def submit(self, article: Article):
        return _Later(article.path, self.annotator.annotate_later(article))

    def lost(self, path: str, error: BaseException) -> Outcome:
        """The outcome of an article whose task raised ``error``; a setup problem ends the run."""
        if isinstance(error, PipelineError):
            raise error
        return Outcome(path, error=f"{path}: the worker failed ({type(error).__name__}: {error}); it is retried on "
                                   "the next run.")

    def close(self, wait: bool = True) -> None:
        self.annotator.close(wait)


_worker: dict = {}


def _init_worker(settings: Settings) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    from .encoders import THREADS_ENV

    if not os.environ.get(THREADS_ENV) and not os.environ.get("OMP_NUM_THREADS"):
        os.environ[THREADS_ENV] = "1"  # the workers share the cores already; encoder threads would compete for them
    try:
        _worker["annotator"] = settings.annotator()
    except Exception as e:
        _worker["error"] = str(e) if isinstance(e, PipelineError) else f"a worker could not start: {type(e).__name__}: {e}"


def _work(article: Article) -> Outcome:
    if "error" in _worker:
        raise SetupError(_worker["error"])
    return annotate_one(_worker["annotator"], article)


class Pool(Inline):
    """``--workers N``: N spawned processes, each loading the models once."""

    def __init__(self, settings: Settings, workers: int):
        self.settings, self.workers = settings, workers
        self.slots = IN_FLIGHT_PER_WORKER * workers
        self._start()

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_init_worker, initargs=(self.settings,))

    def submit(self, article: Article):
        return self.pool.submit(_work, article)

    def lost(self, path: str, error: BaseException) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        if not isinstance(error, BrokenProcessPool):
            return super().lost(path, error)
        if getattr(self.pool, "_broken", False):
            self.close(wait=False)
            self._start()
        return Outcome(path, error=f"{path}: the worker process died while annotating it (out of memory? lower "
                                   "--max-chars or --workers); it is retried on the next run.")

    def close(self, wait: bool = True) -> None:
        if not wait:
            for p in list((getattr(self.pool, "_processes", None) or {}).values()):
                p.terminate()
        self.pool.shutdown(wait=wait, cancel_futures=True)


_dask_annotators: dict = {}
_dask_lock = threading.Lock()


def annotate_job(settings: Settings, article: Article) -> Outcome:
    """The task a Dask worker runs: one article, with the worker's annotator for these settings (loaded once)."""
    with _dask_lock:  # one article at a time per worker process: start workers with --nthreads 1
        annotator = _dask_annotators.get(settings)
        if annotator is None:
            try:
                annotator = _dask_annotators[settings] = settings.annotator()
            except PipelineError as e:
                raise SetupError(f"on a Dask worker: {e}") from None
        return annotate_one(annotator, article)


class Dask(Inline):
    """``--dask ADDRESS``: the same work as tasks on a Dask cluster (the optional ``[dask]`` extra)."""

    def __init__(self, settings: Settings, address: str):
        try:
            from distributed import Client
        except ImportError:
            raise SetupError("--dask needs the optional Dask extra; install it with `pip install -e \".[dask]\"` "
                             "here and on the workers.") from None
        self.settings = settings
        try:
            self.client = Client(address, timeout=DASK_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise SetupError(f"--dask {address}: cannot reach a Dask scheduler there ({e}); start one with "
                             "`dask scheduler` and pass the address it prints.") from None
        self.slots = IN_FLIGHT_PER_WORKER * max(1, sum(self.client.nthreads().values()))

    def submit(self, article: Article):
        return self.client.submit(annotate_job, self.settings, article, pure=False)

    def close(self, wait: bool = True) -> None:
        self.client.close()


def executor(settings: Settings, workers: int = DEFAULT_WORKERS, dask: str | None = None):
    if dask:
        return Dask(settings, dask)
    return Pool(settings, workers) if workers > 1 else Inline(settings)


# --- the ordered loop -----------------------------------------------------------------------------------------


def outcomes(paths: list[str], settings: Settings, date: str | None = None, workers: int = DEFAULT_WORKERS,
             dask: str | None = None, done: set[tuple[str, str]] = frozenset(),
             note: Callable[[str], None] = lambda m: None) -> Iterator[Outcome]:
    """Annotate ``paths`` and yield one :class:`Outcome` per path, in order.

    Args:
        paths: files (``-`` for standard input), as from :func:`expand_paths`.
        settings: the annotator settings.
        date: ISO date overriding every article's header date.
        workers: processes (1: this one).
        dask: a Dask scheduler address; overrides ``workers``.
        done: ``(path, text_sha256)`` of articles to skip.
        note: called with a line for each article long enough to be annotated in chunks.
    """
    ex = None  # started at the first article to annotate, so a run that only skips loads no model
    pending: deque = deque()
    finished = False

    def take() -> Outcome:
        path, item = pending.popleft()
        if isinstance(item, Outcome):
            return item
        try:
            return item.result()
        except Exception as e:
            return ex.lost(path, e)

    try:
        for path in paths:
            try:
                article = read_source(path, date)
                skip = (path, text_sha256(article.text)) in done
                if not skip and check_length(article, settings.max_chars, settings.too_long):
                    note(f"{path}: {body_length(article):,} characters, over --max-chars {settings.max_chars:,}: "
                         "annotating it in paragraph chunks.")
            except PipelineError as e:
                pending.append((path, Outcome(path, error=str(e))))
            else:
                if skip:
                    pending.append((path, Outcome(path, skipped=True)))
                else:
                    # Outside the per-article handler: a knowledge base or model that cannot be loaded would fail
                    # every article alike, so it ends the run with its one line.
                    ex = ex or executor(settings, workers, dask)
                    pending.append((path, ex.submit(article)))
            while pending and (len(pending) > (ex.slots if ex else 0) or isinstance(pending[0][1], Outcome)
                               or pending[0][1].done()):
                yield take()
        while pending:
            yield take()
        finished = True
    finally:
        if ex is not None:
            ex.close(wait=finished)


def run_batch(inputs: Iterable[str], out: str | Path, settings: Settings, date: str | None = None,
              workers: int = DEFAULT_WORKERS, dask: str | None = None, progress: Quiet | None = None) -> Summary:
    """Annotate ``inputs`` into the results file ``out``, resuming where an earlier run stopped.

    Args:
        inputs: files, directories (their ``*.txt``, recursively) and glob patterns.
        out: the results file: ``.csv`` for CSV, else JSON Lines; failures go to ``<name>.errors.jsonl`` beside it.
        settings: the annotator settings.
        date: ISO date overriding every article's header date.
        workers: processes; dask: a Dask scheduler address (overrides ``workers``).
        progress: the display (default: none).
    """
    inputs = list(inputs)
    if "-" in inputs:
        raise InputError("--out cannot resume standard input; save the text to a file and pass that file.")
    progress = progress or Quiet()
    t0 = time.perf_counter()
    paths, problems = expand_paths(inputs)
    results = ResultsFile(out)
    done = results.resume()
    errors = ErrorLog(errors_path(out))
    annotated = skipped = statements = 0
    finished = False
    progress.start(len(paths) + len(problems))

    def failed(o: Outcome) -> None:
        errors.add(o.path, o.error)
        progress.note(f"error: {o.error}")
        progress.advance(False, True)

    try:
        for o in problems:
            failed(o)
        with closing(outcomes(paths, settings, date, workers, dask, done, note=progress.note)) as stream:
            for o in stream:
                if o.result is not None:
                    results.append(o.result)
                    annotated += 1
                    statements += len(o.result["statements"])
                    progress.advance(True, False)
                elif o.error is not None:
                    failed(o)
                else:
                    skipped += 1
                    progress.advance(False, False)
        finished = True
    finally:
        progress.close()
        results.close()
        errors.close(finished)
    return Summary(len(paths) + len(problems), annotated, skipped, errors.count, statements,
                   time.perf_counter() - t0, str(out), str(errors.path))
