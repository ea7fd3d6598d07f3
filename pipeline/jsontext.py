"""JSON read from users' files and written for other programs, safe against hostile content.

Reading: the standard decoder raises three different exceptions for bad input (``JSONDecodeError``, a plain
``ValueError`` for an integer of more than 4,300 digits, ``RecursionError`` for deep nesting); :func:`loads` turns
all of them into :class:`BadJSON` with a readable reason, and also refuses nesting deeper than
:data:`MAX_DEPTH`, which would otherwise pass the decoder and break the code that walks or re-encodes the value.
:func:`lines` splits JSON Lines on ``\\n`` only: ``str.splitlines`` also splits on U+2028, U+0085 and others that
JSON allows raw inside strings, which would cut a valid record in two.

Writing: :func:`dumps` keeps non-ASCII text readable but escapes U+2028, U+2029 and U+0085, which JSON allows raw
but JavaScript, ``str.splitlines`` and other line-oriented tools take as line breaks, and lone surrogates, which UTF-8 cannot hold.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Iterator

# Records, actors and model sidecars nest a handful of levels; 100 is far above any of them and far below the
# recursion limit that json.dumps and the code walking a value would hit.
MAX_DEPTH = 100
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


class BadJSON(ValueError):
    """Text that is not one JSON value this pipeline reads; the message is the reason, without the location."""


def _problem(value: Any) -> str | None:
    """Why a decoded value is refused: nesting too deep, or a string holding a lone surrogate (``"\\ud800"``),
    which is valid JSON but no character, so writing it out as UTF-8 would fail later."""
    stack = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return "a \\u escape of a lone surrogate, which is not a character"
        elif isinstance(v, (dict, list)):
            if depth > MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep"
            stack.extend((x, depth + 1) for x in (v.values() if isinstance(v, dict) else v))
            if isinstance(v, dict):
                stack.extend((k, depth) for k in v)
    return None


def loads(text: str) -> Any:
    """Decode one JSON value, or raise :class:`BadJSON` saying why it cannot be read."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadJSON(f"{e.msg} at column {e.colno}" if e.lineno == 1 else f"{e.msg} at line {e.lineno} column {e.colno}") from None
    except RecursionError:
        raise BadJSON(f"nested more than {MAX_DEPTH} levels deep") from None
    except ValueError:  # Python refuses to convert an integer of more than sys.get_int_max_str_digits() digits
        limit = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
        raise BadJSON(f"an integer of more than {limit:,} digits") from None
    problem = _problem(value)
    if problem:
        raise BadJSON(problem)
    return value


def lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of JSON Lines text, split on ``\\n`` only (a ``\\r`` before it is dropped)."""
    for n, line in enumerate(text.split("\n"), 1):
        yield n, line[:-1] if line.endswith("\r") else line


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON text with non-ASCII kept as it is, except line separators and lone surrogates, which are escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # Outside strings JSON has none of these characters, so every one found is inside a string, where \\u is valid.
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        for raw, escaped in _LINE_BREAKS.items():
            text = text.replace(raw, escaped)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (a file name that is not UTF-8) cannot be written as UTF-8
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text
