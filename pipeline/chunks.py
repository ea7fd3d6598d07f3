"""Long articles: cut the body into chunks of whole paragraphs so that each is parsed on its own, in bounded memory.

An article whose body is longer than the limit (``--max-chars``, and never more than spaCy's ``nlp.max_length``) is
annotated chunk by chunk: each chunk is a sub-article whose statements are shifted back to offsets in the full text.
A paragraph longer than the limit is cut at the last sentence end before it, else at the last white space, else
hard at the limit. What is lost at a chunk boundary: a quotation, pronoun or role description whose antecedent is in
an earlier chunk.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .errors import InputError
from .records import AnnotatedArticle, Article, Sentence, Span, Statement
from .sentences import paragraphs

# Longer than any news article we have seen (the written corpus tops out at 7,206 characters), short enough that a
# chunk's spaCy documents stay in tens of MB.
DEFAULT_MAX_CHARS = 100_000
LONG_MODES = ("chunk", "refuse")  # what --too-long may say
DEFAULT_LONG = "chunk"
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+")


def body_length(article: Article) -> int:
    return len(article.text) - article.body_start


def check_length(article: Article, limit: int, mode: str) -> bool:
    """Whether the article must be chunked; raise :class:`InputError` at once when it is too long and ``mode`` is
    ``refuse``."""
    n = body_length(article)
    if n <= limit:
        return False
    if mode == "refuse":
        raise InputError(f"{article.path}: {n:,} characters, over the limit of {limit:,}; split the file, raise "
                         "--max-chars, or pass --too-long chunk to annotate it in paragraph chunks.")
    return True


def _cut(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` (one paragraph) into pieces of at most ``limit`` characters."""
    pieces = []
    while end - start > limit:
        window = text[start:start + limit]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > limit // 4 else 0
        if not cut:
            space = max(window.rfind(" "), window.rfind("\n"))
            cut = space + 1 if space > limit // 4 else limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def chunk_spans(article: Article, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of chunks of whole paragraphs, each at most ``limit`` characters long.

    Args:
        article: the article.
        limit: the longest chunk, in characters.
    """
    chunks: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for off, para in paragraphs(article):
        for s, e in _cut(article.text, off, off + len(para), limit):
            if cur is not None and e - cur[0] <= limit:
                cur = (cur[0], e)
                continue
            if cur is not None:
                chunks.append(cur)
            cur = (s, e)
    if cur is not None:
        chunks.append(cur)
    return chunks


def _shift_span(span: Span | None, by: int) -> Span | None:
    return None if span is None else Span(span.start + by, span.end + by, span.text)


def shift(statement: Statement, by: int, sentences: int) -> Statement:
    """A chunk's statement with offsets moved ``by`` characters and its sentence index moved by ``sentences``."""
    return replace(statement, content=_shift_span(statement.content, by), cue=_shift_span(statement.cue, by),
                   speaker=_shift_span(statement.speaker, by), sentence=statement.sentence + sentences)


def annotate_in_chunks(annotate, article: Article, limit: int, sha256: str) -> AnnotatedArticle:
    """Annotate ``article`` chunk by chunk with ``annotate`` (one :class:`Article` → :class:`AnnotatedArticle`) and
    join the results; only one chunk's parse is alive at a time."""
    statements: list[Statement] = []
    sentences: list[Sentence] = []
    for start, end in chunk_spans(article, limit):
        sub = Article(path=article.path, text=article.text[start:end], meta=article.meta, body_start=0)
        part = annotate(sub)
        base = len(sentences)
        statements += [shift(s, start, base) for s in part.statements]
        sentences += [Sentence(base + s.index, s.start + start, s.end + start) for s in part.sentences]
    return AnnotatedArticle(path=article.path, meta=dict(article.meta), text_sha256=sha256,
                            statements=tuple(statements), sentences=tuple(sentences))
