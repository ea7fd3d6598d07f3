"""Stage 2: parse the article body with spaCy, paragraph by paragraph, and split it into sentences.

The spaCy documents stay inside :class:`Parse`, which only the extraction stages use; the public
result is the tuple of :class:`Sentence` records.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .records import Article, Sentence

_PARA_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
# Paragraphs handed to spaCy at once. spaCy's default (1,000) made the parse of a 100,000-character article peak at
# about 300 MB more than the model; 64 keeps it near 100 MB at the same speed (news articles have fewer paragraphs).
PARSE_BATCH = 64
# spaCy's tokenizer peels prefix and suffix punctuation off a token one mark at a time, copying the rest each time,
# so a run of n marks with no space (a rule of dashes or underscores, a flood of quote marks) costs n squared:
# 4,000 "=" took 7 s, 20,000 would take minutes. The parser gets only the first PUNCT_RUN - 1 marks of such a run,
# the rest as spaces (one character for one, so every offset stays the same); no word or quotation is that long a
# run of marks, and the quotation finder reads the article text itself, not the parser's copy.
PUNCT_RUN = 64
_PUNCT_RUN_RE = re.compile(r"(?:[^\w\s]|_){%d,}" % PUNCT_RUN)
# A wire story's dateline (``MOSCOW, March 19 (Reuters) - ``, ``KYIV, Ukraine (AP) — ``, ``WASHINGTON — ``) opens its
# first paragraph. Parsed as words it becomes the subject or the first words of the lead's statement ("BRUSSELS, July
# 12 (Reuters) - NATO Secretary General Jens Stoltenberg" as a speaker, linked to the EU), so it is left out of the
# parse. A place in capitals, then optionally a region or country, a date and an agency in brackets, then a dash;
# only in the first paragraph, where a run of capitals and a dash is a dateline, not a sentence.
DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+)*"  # MOSCOW, UNITED NATIONS, ST. PETERSBURG, BERLIN/MOSCOW
    r"(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)*)?"  # , Ukraine
    r"(?:, (?:\d{1,2} )?[A-Z][a-z]{2,8}\.?(?: \d{1,2})?)?"  # , March 19 / , 19 March / , Sept. 3
    r"(?: ?\([A-Za-z][^()\n]{0,40}\))?"  # (Reuters)
    r" ?[-–—]{1,2} (?=\S)")
# A live blog's entries open with the time of posting (``14:31 GMT - Biden says``, ``2:15 p.m. ET — The ministry``).
# Parsed as words, the time became part of the speaker (``14:31 GMT - Biden``, an organisation) or of the content,
# so it is left out of the parse, at the start of any paragraph: a clock time, an optional zone in capitals, a dash
# or a colon. A time inside a sentence (``at 14:31 GMT the ministry said``) is no such opening.
TIMESTAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})? ?[-–—:] (?=\S)")


@dataclass
class Parse:
    """The parsed body: one spaCy Doc per paragraph with its offset, and the sentence list.

    Args:
        text: the article text.
        docs: ``(offset, doc)`` pairs; token ``t`` starts at ``offset + t.idx`` in ``text``.
        sentences: the sentences in text order.
    """

    text: str
    docs: list
    sentences: tuple[Sentence, ...]

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that contains (or last starts before) ``offset``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def tokens(self):
        """Yield ``(offset, token)`` for every token of the body."""
        for off, doc in self.docs:
            for tok in doc:
                yield off, tok


def paragraphs(article: Article) -> list[tuple[int, str]]:
    """The body's paragraphs (blocks separated by blank lines) as ``(offset, text)`` pairs."""
    body = article.text[article.body_start:]
    return [(article.body_start + m.start(), m.group()) for m in _PARA_RE.finditer(body) if m.group().strip()]


# A translator's or editor's insertion in square brackets ("responsibility [for the crisis] and expressed hope")
# reaches the parser as parentheses: the small model cuts a sentence at a square bracket (the "[" became a second
# root and the cue after it lost its subject) but reads a parenthesis as an aside. An insertion of one word ("the
# head of [the] ministry", "Kudrin [Alexei]") keeps its brackets: as an aside, or read in line, it split the noun
# phrase around it or cut the name short. Same length, so offsets hold.
_BRACKETED = re.compile(r"\[([^\[\]\n]*)\]")


def _insertion(m: re.Match) -> str:
    return f"({m.group(1)})" if " " in m.group(1).strip() else m.group()


def for_parser(text: str) -> str:
    """``text`` as the parser gets it: runs of :data:`PUNCT_RUN` or more punctuation marks cut short by spaces, and
    an insertion of several words in square brackets read as a parenthesis."""
    keep = PUNCT_RUN - 1
    text = _PUNCT_RUN_RE.sub(lambda m: m.group()[:keep] + " " * (len(m.group()) - keep), text)
    return _BRACKETED.sub(_insertion, text) if "[" in text else text


def without_dateline(paras: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The paragraphs with a :data:`DATELINE` cut off the first one and a :data:`TIMESTAMP` off any (their offsets
    moved past what is cut, so offsets hold).

    Args:
        paras: ``(offset, text)`` pairs from :func:`paragraphs`.
    """
    out = []
    for k, (off, text) in enumerate(paras):
        opening = (k == 0 and DATELINE.match(text)) or TIMESTAMP.match(text)
        out.append((off + opening.end(), text[opening.end():]) if opening else (off, text))
    return out


def parse(article: Article, nlp) -> Parse:
    """Parse the body and split it into sentences.

    Paragraphs are parsed separately so that a sentence never runs across a paragraph break and
    the header is never merged into the first sentence.

    Args:
        article: the article to parse.
        nlp: a loaded spaCy pipeline (see :func:`pipeline.nlp.get_nlp`).
    """
    paras = without_dateline(paragraphs(article))
    docs = list(zip((off for off, _ in paras), nlp.pipe((for_parser(p) for _, p in paras), batch_size=PARSE_BATCH)))
    sentences: list[Sentence] = []
    for off, doc in docs:
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            start, end = off + toks[0].idx, off + toks[-1].idx + len(toks[-1])
            # spaCy sometimes leaves a closing quote mark alone as a "sentence"; glue it on.
            if sentences and article.text[start:end] in {"”", '"', "’", ")"} and sentences[-1].end <= start:
                prev = sentences.pop()
                sentences.append(Sentence(prev.index, prev.start, end))
                continue
            sentences.append(Sentence(len(sentences), start, end))
    return Parse(article.text, docs, tuple(sentences))
