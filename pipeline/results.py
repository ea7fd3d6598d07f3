"""The results file of a batch run (JSON Lines, or CSV when the name ends in ``.csv``) and its errors sidecar.

Resuming rests on three rules:
- every article is appended with one ``write`` of whole lines, then flushed, so a kill leaves at most one partial
  article at the end of the file;
- on opening, that partial tail (a line without its newline, or a CSV article with fewer rows than its
  ``statements`` column says) is cut off;
- the articles already there are known by ``(path, text_sha256)`` and are not annotated again.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Iterator

from . import jsontext
from .errors import PipelineError
from .output import CSV_COLUMNS, csv_rows, to_csv

Key = tuple[str, str]


class ResultsError(PipelineError):
    """A results file that is not ours or is damaged before its last line."""


def is_csv(path: str | Path) -> bool:
    return str(path).lower().endswith(".csv")


def errors_path(out: str | Path) -> Path:
    """``results.jsonl`` → ``results.errors.jsonl`` (also for ``results.csv``)."""
    out = Path(out)
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(f"{stem}.errors.jsonl")


def _lines(fh) -> Iterator[tuple[bytes, int]]:
    """The complete lines of a binary file, each with the offset just after it; a last line without its newline (a
    partial write) is left out."""
    end = 0
    for line in fh:
        if not line.endswith(b"\n"):
            return
        end += len(line)
        yield line, end


def _jsonl_articles(path: Path, fh) -> Iterator[tuple[Key | None, dict | None, int]]:
    for n, (line, end) in enumerate(_lines(fh), 1):
        if not line.strip():
            continue
        try:
            d = jsontext.loads(line.decode("utf-8"))
            key = (str(d["path"]), str(d["text_sha256"]))
        except (ValueError, KeyError, TypeError):  # BadJSON and UnicodeDecodeError are ValueErrors
            raise ResultsError(f"{path}:{n}: not a line written by `pipeline annotate --out`; choose another --out "
                               "file, or move this one away.") from None
        yield key, d, end


def _csv_articles(path: Path, fh) -> Iterator[tuple[Key | None, list[dict[str, str]] | None, int]]:
    """Each complete article's rows; first ``(None, None, end of the header)``. Rows after the last complete article
    (fewer than its ``statements`` column says, or damaged) are left out."""
    consumed = [0]

    def feed() -> Iterator[str]:
        for line, end in _lines(fh):
            consumed[0] = end
            yield line.decode("utf-8", errors="replace")

    reader = csv.reader(feed())
    header = next(reader, None)
    if header is None:
        return
    if tuple(header) != CSV_COLUMNS:
        raise ResultsError(f"{path}: its header is not that of `pipeline annotate --out` CSV; choose another --out "
                           "file, or move this one away.")
    yield None, None, consumed[0]
    group: Key | None = None
    rows: list[dict[str, str]] = []
    want = 0
    try:
        for row in reader:
            if len(row) != len(CSV_COLUMNS):
                return
            d = dict(zip(CSV_COLUMNS, row))
            key = (d["path"], d["text_sha256"])
            if key != group:
                group, rows, want = key, [], max(1, int(d["statements"]))
            rows.append(d)
            if len(rows) == want:
                yield key, rows, consumed[0]
    except (csv.Error, ValueError):
        return  # a damaged tail: everything after the last complete article is cut off


def _articles(path: Path, fh):
    """``(key, article, end offset)`` for each complete article of a results file, streamed."""
    return _csv_articles(path, fh) if is_csv(path) else _jsonl_articles(path, fh)


class ResultsFile:
    """Appends annotated articles to ``path`` and knows which are already there.

    Args:
        path: the results file; ``.csv`` writes CSV, anything else JSON Lines.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.csv = is_csv(path)
        self._fh = None

    def resume(self) -> set[Key]:
        """Repair a partial tail left by a killed run and return the ``(path, text_sha256)`` already written."""
        if self.path.is_dir():
            raise ResultsError(f"{self.path}: is a directory; give --out a file name such as results.jsonl.")
        if not self.path.exists():
            return set()
        keys: set[Key] = set()
        good = 0
        with open(self.path, "rb") as fh:
            for key, _, end in _articles(self.path, fh):
                if key is not None:
                    keys.add(key)
                good = end
            size = fh.seek(0, os.SEEK_END)
        if good < size:
            with open(self.path, "r+b") as fh:
                fh.truncate(good)
        return keys

    def append(self, article: dict) -> None:
        """Write one article (its :meth:`AnnotatedArticle.to_dict` form) as whole lines, flushed."""
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "a", encoding="utf-8", newline="")
            if self.csv and self._fh.tell() == 0:
                self._fh.write(to_csv([], header=True))
        if self.csv:
            text = to_csv(csv_rows(article))
        else:
            text = jsontext.dumps(article) + "\n"
        self._fh.write(text)
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class ErrorLog:
    """The errors sidecar: one JSON line per failed file with the reason; rewritten by every run.

    Args:
        path: the sidecar file (see :func:`errors_path`).
    """

    def __init__(self, path: Path):
        self.path = path
        self._fh = None
        self.count = 0

    def add(self, path: str, error: str) -> None:
        if self._fh is None:
            self._fh = open(self.path, "w", encoding="utf-8")
        self._fh.write(jsontext.dumps({"path": path, "error": error}) + "\n")
        self._fh.flush()
        self.count += 1

    def close(self, finished: bool) -> None:
        """Close; after a finished run without failures, remove the sidecar an earlier run left."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        elif finished and self.path.exists():
            os.remove(self.path)


def read_rows(path: str | Path) -> Iterator[dict[str, str]]:
    """The rows (dicts of :data:`CSV_COLUMNS`, values as text) of a results file, JSON Lines or CSV, streamed; when a
    path appears more than once (its file changed between runs) only its last version counts."""
    path = Path(path)
    if not path.is_file():
        raise ResultsError(f"{path}: no such file; pass the file written by `pipeline annotate --out`.")
    with open(path, "rb") as fh:
        last = {key[0]: i for i, (key, _, _) in enumerate(_articles(path, fh)) if key is not None}
        fh.seek(0)
        for i, (key, article, _) in enumerate(_articles(path, fh)):
            if key is None or last[key[0]] != i:
                continue
            if is_csv(path):
                yield from article
                continue
            try:
                rows = csv_rows(article)
            except (KeyError, TypeError, AttributeError, IndexError):
                raise ResultsError(f"{path}: the article {key[0]} is not in the form `pipeline annotate --out` writes "
                                   "(a statement lacks its spans or entity); annotate it again.") from None
            for row in rows:
                yield {k: "" if v is None else str(v) for k, v in row.items()}
