"""Reading export files with one clear line per problem, and writing outputs all or nothing."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from .. import jsontext
from ..errors import AnnotationError, PipelineError


def read_text(path: str | Path) -> str:
    """The text of an export file; a missing, unreadable or non-UTF-8 file raises one line that names it."""
    p = Path(path)
    if not p.is_file():
        raise AnnotationError(f"{path}: no such file; pass the file your annotation tool exported.")
    try:
        return p.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise AnnotationError(f"{path}: not valid UTF-8; annotation tools export UTF-8 JSON.") from None
    except OSError as e:
        raise AnnotationError(f"{path}: cannot be read ({e.strerror}).") from None


def json_lines(path: str | Path) -> Iterator[tuple[str, Any]]:
    """``(where, value)`` for each non-blank line of a JSON Lines file; a line that is not JSON gives an AnnotationError as its value."""
    for n, line in jsontext.lines(read_text(path)):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            yield where, jsontext.loads(line)
        except jsontext.BadJSON as e:
            yield where, AnnotationError(f"{where}: invalid JSON ({e}); each line must be one complete JSON object.")


def json_records(files: Sequence[str | Path], problems: list[str]) -> Iterator[tuple[str | Path, str, Any]]:
    """``(file, where, value)`` for each line of JSON Lines files; a file or a line that cannot be read adds one line
    to ``problems`` and is passed over.

    Args:
        files: the files, read in order.
        problems: where the lines about unreadable files and lines go.
    """
    for f in files:
        try:
            lines = list(json_lines(f))
        except AnnotationError as e:
            problems.append(str(e))
            continue
        for where, value in lines:
            if isinstance(value, AnnotationError):
                problems.append(str(value))
            else:
                yield f, where, value


def _refuse_existing(path: Path, force: bool, what: str) -> None:
    if path.exists() and not force and not (path.is_dir() and not any(path.iterdir())):
        raise PipelineError(f"{path}: already exists; {what} is not overwritten unless you pass --force.")


def _usual_mode(path: Path, mode: int) -> None:
    # mkdtemp and mkstemp make private files; the output gets the mode the user's umask gives a new one.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, mode & ~umask)


def write_folder(out: str | Path, files: Mapping[str, str], force: bool = False) -> None:
    """Write ``files`` (name → text) as the folder ``out``: complete or, on any failure, not changed at all.

    The files go to a new folder beside ``out``, which then takes its place by renaming.

    Args:
        out: the folder to create (or replace, with ``force``).
        files: file names and their text.
        force: replace an existing, non-empty ``out``.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise PipelineError(f"{out}: is a file; --out names a folder for the records.")
    _refuse_existing(out, force, "a folder with files in it")
    out.absolute().parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.absolute().parent))
    try:
        _usual_mode(tmp, 0o777)
        for name, text in files.items():
            (tmp / name).write_text(text, "utf-8")
        if out.is_dir() and any(out.iterdir()):
            old = tmp.with_name(tmp.name + ".old")
            os.rename(out, old)
            os.rename(tmp, out)
            shutil.rmtree(old)
        else:
            os.replace(tmp, out)  # an empty folder is replaced in one step
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_file(out: str | Path, text: str, force: bool = False) -> None:
    """Write ``text`` to ``out`` through a temporary file beside it, so ``out`` is complete or not changed.

    Args:
        out: the file to write.
        text: its content.
        force: replace an existing file.
    """
    out = Path(out)
    if out.is_dir():
        raise PipelineError(f"{out}: is a folder; --out names the file to write.")
    _refuse_existing(out, force, "an existing file")
    out.absolute().parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.absolute().parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        _usual_mode(Path(tmp), 0o666)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
