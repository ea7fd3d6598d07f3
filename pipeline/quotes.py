"""Find quotations: double quotes (straight or curly, also over paragraphs) and single quotes (within a paragraph)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .records import Article
from .sentences import paragraphs

OPENING = "“„"
CLOSING = "”"
STRAIGHT = '"'
# British-style copy and headlines quote with single marks, which are also apostrophes (Russia's, allies', '90s);
# they count only outside double quotes (inside, they are a quote within the quote) and only where they close
# in the same paragraph.
SINGLE_OPENING = "‘"
SINGLE_CLOSING = "’"
SINGLE_STRAIGHT = "'"
# Every mark that opens or closes a quotation, and those that can close one: for the extraction rules.
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT + SINGLE_OPENING + SINGLE_CLOSING + SINGLE_STRAIGHT
CLOSING_MARKS = CLOSING + STRAIGHT + SINGLE_CLOSING + SINGLE_STRAIGHT
# What may stand before an opening mark and after a closing one.
_BEFORE_OPEN = "([—–-:"
_AFTER_CLOSE = ".,;:!?)—–-"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` bound the quoted text, ``open``/``close`` the marks around it.

    Args:
        open: offset of the opening mark.
        close: offset of the closing mark (the paragraph end when the quote is never closed).
        start, end: the quoted text without the marks.
    """

    open: int
    close: int
    start: int
    end: int

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def _around(text: str, i: int) -> tuple[str, str]:
    """The characters on either side of ``text[i]``, a space past either end."""
    return (text[i - 1] if i else " "), (text[i + 1] if i + 1 < len(text) else " ")


def _marks(text: str, start: int) -> list[tuple[int, str]]:
    """Classify each double-quote mark of a paragraph as ``open`` or ``close``."""
    out: list[tuple[int, str]] = []
    is_open = False
    for i, ch in enumerate(text):
        if ch in OPENING:
            kind = "open"
        elif ch in CLOSING:
            kind = "close"
        elif ch == STRAIGHT:
            before, after = _around(text, i)
            if not is_open and (before.isspace() or before in "([—–-:") and not after.isspace():
                kind = "open"
            elif is_open:
                kind = "close"
            else:
                kind = "open" if not after.isspace() else "close"
        else:
            continue
        is_open = kind == "open"
        out.append((start + i, kind))
    return out


def _single_quotes(text: str, start: int, taken: list[Quote]) -> list[Quote]:
    """Single-quoted spans of a paragraph that lie outside the double quotes in ``taken``.

    An opening mark follows a space or ``([—:`` and precedes a letter, digit or double mark; a closing mark follows
    a non-space and precedes a space, punctuation or the paragraph end. ``the allies' plan`` (a plural possessive:
    an ``s`` before the mark, a lower-case word after it) does not close a quote that closes later. Linear in the
    paragraph's length, so a hostile run of apostrophes costs no more than prose.

    Args:
        text: the paragraph; start: its offset in the article.
        taken: the double quotes that touch the paragraph (article offsets).
    """
    outside = bytearray(b"\x01") * len(text)
    for q in taken:
        lo, hi = max(0, q.open - start), min(len(text), q.close - start + 1)
        if hi > lo:
            outside[lo:hi] = bytes(hi - lo)

    closers: list[int] = []  # every closing candidate, in order
    plain: list[int] = []  # those that are not a plural possessive
    for i, ch in enumerate(text):
        if ch in SINGLE_CLOSING + SINGLE_STRAIGHT and outside[i]:
            before, after = _around(text, i)
            if not before.isspace() and (after.isspace() or after in _AFTER_CLOSE + CLOSING + STRAIGHT):
                closers.append(i)
                if not (before in "sS" and after == " " and text[i + 2: i + 3].islower()):
                    plain.append(i)
    out: list[Quote] = []
    i = 0
    while closers and i < len(text):
        ch = text[i]
        before, after = _around(text, i)
        if (ch in SINGLE_OPENING + SINGLE_STRAIGHT and outside[i] and (before.isspace() or before in _BEFORE_OPEN)
                and (after.isalnum() or after in OPENING + STRAIGHT)):
            # At least two characters quoted: ``rock 'n' roll`` is no quotation.
            k = bisect.bisect_left(plain, i + 3)
            j = plain[k] if k < len(plain) else None
            if j is None:
                k = bisect.bisect_left(closers, i + 3)
                j = closers[k] if k < len(closers) else None
            if j is None:
                break
            out.append(Quote(start + i, start + j, start + i + 1, start + j))
            i = j
        i += 1
    return out


def find_quotes(article: Article) -> list[Quote]:
    """All quotations in the article body, in text order.

    A paragraph that ends inside a quote and is followed by a paragraph that opens with a quote
    mark continues the same quotation (the usual convention for long quotes).

    Args:
        article: the article to scan.
    """
    quotes: list[Quote] = []
    paras = paragraphs(article)
    pending: int | None = None  # opening offset of a quote left open at a paragraph end
    for idx, (off, para) in enumerate(paras):
        first = len(quotes)  # the double quotes that touch this paragraph are appended from here on
        marks = _marks(para, off)
        open_at = None
        for j, (pos, kind) in enumerate(marks):
            if kind == "open":
                if pending is not None and j == 0 and not para[: pos - off].strip():
                    open_at = pending  # continuation of a quote from the previous paragraph
                else:
                    open_at = pos
                pending = None
            elif open_at is not None:
                quotes.append(Quote(open_at, pos, open_at + 1, pos))
                open_at = None
        pending = None
        if open_at is not None:
            nxt = paras[idx + 1][1].lstrip() if idx + 1 < len(paras) else ""
            if nxt[:1] in OPENING + STRAIGHT:
                pending = open_at
            else:
                end = off + len(para.rstrip())
                quotes.append(Quote(open_at, end, open_at + 1, end))
        here = quotes[first:] + ([Quote(pending, off + len(para), pending + 1, off + len(para))]
                                 if pending is not None else [])
        quotes.extend(_single_quotes(para, off, here))
    quotes.sort(key=lambda q: q.open)
    return quotes
