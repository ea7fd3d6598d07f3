"""Find quotations (straight or curly double quotes), including quotes that run over paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from .records import Article
from .sentences import paragraphs

OPENING = "“„"
CLOSING = "”"
STRAIGHT = '"'


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
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
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
    return quotes
