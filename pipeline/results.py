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
import io
import json
import os
from pathlib import Path
from typing import Iterator

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


def _complete_lines(data: bytes) -> tuple[bytes, int]:
    """The part of ``data`` up to its last newline, and the number of bytes after it (a partial line)."""
    end = data.rfind(b"\n") + 1
    return data[:end], len(data) - end


def _jsonl_keys(path: Path, data: bytes) -> tuple[set[Key], int]:
    keep, _ = _complete_lines(data)
    keys: set[Key] = set()
    for n, line in enumerate(keep.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            keys.add((str(d["path"]), str(d["text_sha256"])))
        except (ValueError, KeyError, TypeError):
            raise ResultsError(f"{path}:{n}: not a line written by `pipeline annotate --out`; choose another --out "
                               "file, or move this one away.") from None
    return keys, len(keep)


def _csv_keys(path: Path, data: bytes) -> tuple[set[Key], int]:
    """Keys of the complete articles, and the byte length of the file up to the last of them."""
    keep, _ = _complete_lines(data)
    text = keep.decode("utf-8", errors="replace")
    lines = iter(text.splitlines(keepends=True))
    consumed = [0]

    def feed() -> Iterator[str]:
        for line in lines:
            consumed[0] += len(line.encode("utf-8"))
            yield line

    reader = csv.reader(feed())
    header = next(reader, None)
    if header is None:
        return set(), 0
    if tuple(header) != CSV_COLUMNS:
        raise ResultsError(f"{path}: its header is not that of `pipeline annotate --out` CSV; choose another --out "
                           "file, or move this one away.")
    keys: set[Key] = set()
    good_end = consumed[0]
    group: Key | None = None
    want = got = 0
    try:
        for row in reader:
            if len(row) != len(CSV_COLUMNS):
                break
            d = dict(zip(CSV_COLUMNS, row))
            key = (d["path"], d["text_sha256"])
            if key != group:
                group, want, got = key, max(1, int(d["statements"])), 0
            got += 1
            if got == want:
                keys.add(key)
                good_end = consumed[0]
    except (csv.Error, ValueError):
        pass  # a damaged tail: everything after the last complete article is cut off
    return keys, good_end


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
        data = self.path.read_bytes()
        keys, good = (_csv_keys if self.csv else _jsonl_keys)(self.path, data)
        if good < len(data):
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
            text = json.dumps(article, ensure_ascii=False) + "\n"
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
        self._fh.write(json.dumps({"path": path, "error": error}, ensure_ascii=False) + "\n")
        self._fh.flush()
        self.count += 1

    def close(self, finished: bool) -> None:
        """Close; after a finished run without failures, remove the sidecar an earlier run left."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        elif finished and self.path.exists():
            os.remove(self.path)


def read_rows(path: str | Path) -> list[dict[str, str]]:
    """The statement rows of a results file (JSON Lines or CSV) as dicts of :data:`CSV_COLUMNS`; when a path appears
    more than once (its file changed between runs) only its last version counts."""
    path = Path(path)
    if not path.is_file():
        raise ResultsError(f"{path}: no such file; pass the file written by `pipeline annotate --out`.")
    data = path.read_bytes()
    if is_csv(path):
        keep, _ = _complete_lines(data)
        rows = list(csv.DictReader(io.StringIO(keep.decode("utf-8", errors="replace"))))
        if rows and tuple(rows[0]) != CSV_COLUMNS:
            raise ResultsError(f"{path}: its header is not that of `pipeline annotate --out` CSV.")
        by_path: dict[str, list[dict[str, str]]] = {}
        for r in rows:
            by_path.setdefault(r["path"], [])
            if by_path[r["path"]] and by_path[r["path"]][-1]["text_sha256"] != r["text_sha256"]:
                by_path[r["path"]] = []
            by_path[r["path"]].append(r)
        return [r for group in by_path.values() for r in group]
    _jsonl_keys(path, data)  # the same check as on resume: every complete line must be ours
    articles: dict[str, dict] = {}
    for line in _complete_lines(data)[0].splitlines():
        if line.strip():
            d = json.loads(line)
            articles.pop(d["path"], None)
            articles[d["path"]] = d
    return [{k: "" if v is None else str(v) for k, v in r.items()} for a in articles.values() for r in csv_rows(a)]
