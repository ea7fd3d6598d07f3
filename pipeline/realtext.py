"""Stand-off texts: where the real-text corpus lives, and reading one of its files checked against its SHA-256.

The real texts (en.kremlin.ru pages, CC BY 4.0; UN General Assembly statements, public domain) are not part of
this repository. Annotation records name a file relative to the real-text root and the SHA-256 of its text; the
text is read from the root when the records are loaded.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import AnnotationError, InputError
from .reader import decode

ENV = "PIPELINE_REALTEXT"
# The shared folder sits beside the project checkout (…/main and …/shared/realtext).
DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "realtext"
HOW_TO_GET = ("pass --realtext DIR or set $PIPELINE_REALTEXT to the folder that holds kremlin/ and ungd/ "
              "(see 'Real-text corpus' in the README)")


def text_sha256(text: str) -> str:
    """SHA-256 of a text as read (UTF-8, newlines normalised): the hash stand-off records name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolve_root(root: str | Path | None = None) -> Path:
    """The real-text root: ``root`` if given, else ``$PIPELINE_REALTEXT``, else ``../shared/realtext`` beside the project.

    Args:
        root: an explicit folder (``--realtext``).
    """
    if root is not None:
        return Path(root)
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    return DEFAULT_ROOT


class RealText:
    """Reads stand-off source files from one root, once each.

    Args:
        root: the real-text folder, or None for the default (:func:`resolve_root`).
    """

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = resolve_root(root)
        self._cache: dict[str, str] = {}

    @property
    def available(self) -> bool:
        return self.root.is_dir()

    def read(self, file: str, sha256: str, where: str) -> str:
        """The text of ``file`` (relative to the root), checked against ``sha256``.

        Args:
            file: path relative to the root, e.g. ``kremlin/kremlin_2001-11-13_40005.txt``.
            sha256: the hash the record names.
            where: ``file:line`` of the record, for messages.
        """
        if file not in self._cache:
            p = self.root / file
            if ".." in Path(file).parts or Path(file).is_absolute():
                raise AnnotationError(f"{where}: stand-off file {file!r} must be a path inside the real-text root.")
            if not p.is_file():
                raise AnnotationError(f"{where}: stand-off file {p} does not exist; {HOW_TO_GET}.")
            try:
                self._cache[file] = decode(p.read_bytes(), str(p))
            except InputError as e:
                raise AnnotationError(f"{where}: {e}") from None
        text = self._cache[file]
        if text_sha256(text) != sha256:
            raise AnnotationError(f"{where}: the text of {self.root / file} does not match the record's SHA-256 "
                                  f"({sha256[:12]}…); the file was changed, so its offsets cannot be trusted. "
                                  "Restore the original file or re-annotate it.")
        return text
