"""What every extraction rule shares: the :class:`Attribution` record and the per-article :class:`Context`.

The context holds the article text, its parse and quotations, and the span helpers that turn a parse subtree
into a content span (:meth:`Context.region`), snap it to the quotes it touches (:meth:`Context.classify`) and
trim edge punctuation and dangling connectives (:meth:`Context.trim`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..lexicon import words
from ..quotes import CLOSING_MARKS, QUOTE_MARKS, Quote
from ..records import Span
from ..sentences import Parse
from .filters import trim_dangling
from .speakers import is_group, is_media

LEADING_TRIM = " ,:;—–-\n"
# named-entity labels of a date or time: "insisted on Thursday that Y" names when, not what
TIME_ENTS = frozenset(("DATE", "TIME"))
TRAILING_TRIM = " .,;:—–-\n"
# A quote this close to the ``he said`` group belongs to it: a comma and a space, or a colon and a space.
ADJACENT_QUOTE_GAP = 4
# A cue sentence with this many words after the ``X said`` group is a sentence of its own, not the tail of the quote
# before it (``"...." The minister told the conference that Y``); fewer is a stray full stop (``"...." he said
# on Monday.``).
OWN_SENTENCE_WORDS = 4
# ``offered a practical gesture: “...”``: a colon may end a short lead-in of up to this many characters.
COLON_LEAD_IN = 80
# How far back (characters) a quote may close before a ``"...," he said`` group and still be its content:
# long multi-sentence quotes end just before the cue, but their start may be far back.
QUOTE_LOOKBACK = 2000
# Content tokens a cue's complement may hold before its bounds come from the subtrees' edges instead of a walk of
# every token: real sentences stay far below it (the longest in the corpora is a few hundred tokens), while a
# run-on line of thousands of "X said Y and ..." clauses made the walk quadratic.
REGION_SCAN_LIMIT = 2000
# Beyond that limit, the leading tokens of each range read for the skip of a leading "that" or punctuation: such a
# run is a few tokens long, so this covers it with room to spare.
REGION_LEAD_TOKENS = 16


# "..., a claim that could not be independently verified", "..., brushing aside warnings that Y": the journalist's gloss
# that closes a reported clause
_GLOSS = re.compile(r",\s+(?:a|an)\s+(?:" + "|".join(sorted(words("gloss_nouns"))) + r")\s+(?:that|which)\s"
                    r"|,\s+(?:" + "|".join(sorted(words("gloss_participles"))) + r")\s")


def _citation_pattern() -> re.Pattern:
    """A trailing source citation such as ``(AP, May 2)`` or ``(Interfax)``, matched from its opening parenthesis."""
    months = "|".join(m.capitalize() for m in sorted(words("months")))
    return re.compile(r"\((?:[A-Z][\w.\-]+|[^()]*\b(?:" + months + r")\b)[^()]*\)?\s*$")


_CITATION = _citation_pattern()


def citation_start(seg: str) -> int | None:
    """Where a trailing source citation of ``seg`` begins, with the white space before it; None without one.

    A citation holds no parenthesis of its own, so it can only open at the last ``(``. Matching there, rather than
    searching with leading white space in the pattern, keeps this linear: the search retried every position of a
    long run of spaces.
    """
    i = seg.rfind("(")
    if i < 0 or not _CITATION.match(seg, i):
        return None
    while i > 0 and seg[i - 1].isspace():
        i -= 1
    return i
# Tokens that never start a content: relative pronouns (``, which``) and a free relative ``what``.
_NOT_CONTENT_HEADS = words("relative_pronouns") | {"what"}


@dataclass(frozen=True)
class Attribution:
    """A statement before entity linking: spans, the rule that found it, and what the linker needs to know.

    Args:
        content, cue, speaker: character spans (speaker None when only implied).
        kind: ``direct``, ``indirect``, ``mixed`` or ``according_to``.
        sentence: index of the sentence holding the cue.
        speaker_head: lower-cased lemma of the speaker's head word.
        speaker_pos: part of speech of the head (``PROPN``, ``NOUN``, ``PRON``).
        speaker_ent: named-entity label of the head, if any.
        rule: name of the extraction rule that produced it (see :data:`pipeline.extract.RULES`).
        speaker_group: the speaker is several sources (``Mr Putin and Mr Bush``, ``the Russian and Iranian
            ministries``).
        speaker_media: the speaker is a news agency or outlet, which reports statements but never makes them.
        relays: an ``according to`` that qualifies the cue of another statement (``Biden said Y, according to two
            officials``): that statement is kept beside it.
    """

    content: Span
    cue: Span
    speaker: Span | None
    kind: str
    sentence: int
    speaker_head: str = ""
    speaker_pos: str = ""
    speaker_ent: str = ""
    rule: str = ""
    speaker_group: bool = False
    speaker_media: bool = False
    relays: bool = False


class Context:
    """Per-article state the rules share: text, parse, quotations, and the span helpers.

    Args:
        parse: the article's parse.
        quotes: its quotations, in text order.
    """

    def __init__(self, parse: Parse, quotes: list[Quote]):
        self.text = parse.text
        self.parse = parse
        self.quotes = quotes
        self._qstarts = [q.open for q in quotes]
        self.memo: dict = {}  # per-token analyses shared by several rules (see rules.verb_frame)

    # -- offsets ---------------------------------------------------------------------------
    @staticmethod
    def start(off: int, tok) -> int:
        return off + tok.idx

    @staticmethod
    def end(off: int, tok) -> int:
        return off + tok.idx + len(tok)

    def span(self, s: int, e: int) -> Span:
        return Span.of(self.text, s, e)

    def in_quote(self, pos: int) -> Quote | None:
        """The quotation containing ``pos``; quotations never overlap, so only the last one opened can."""
        i = bisect.bisect_right(self._qstarts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def quotes_touching(self, s: int, e: int) -> list[Quote]:
        """The quotations that overlap ``[s, e]`` (marks included), found by binary search."""
        i = max(0, bisect.bisect_right(self._qstarts, s) - 1)
        out = []
        while i < len(self.quotes) and self.quotes[i].open < e:
            if self.quotes[i].close >= s:
                out.append(self.quotes[i])
            i += 1
        return out

    # -- content spans ---------------------------------------------------------------------
    def trim(self, s: int, e: int) -> tuple[int, int]:
        """Strip edge punctuation, a leading ``that`` and a trailing source citation such as ``(AP, May 2)``."""
        text = self.text
        while s < e and text[s] in LEADING_TRIM:
            s += 1
        if text.startswith("that ", s) and s + 5 < e:
            s += 5
        # (the sentence's full stop after the citation is not part of it: "remained open (Kommersant, May 2).")
        seg = text[s:e].rstrip(" .")
        if seg.count("(") > seg.count(")") or seg.endswith(")"):
            cut = citation_start(seg)
            if cut is not None:
                e = s + cut
        while e > s and text[e - 1] in TRAILING_TRIM:
            e -= 1
        # an editor's insertion ("its support [of the project]") ends with its bracket, which the parser, reading it
        # as a parenthesis, may hang outside the content
        if text.startswith("]", e) and text.count("[", s, e) > text.count("]", s, e):
            e += 1
        end = trim_dangling(text, s, e)
        return s, (end if end > s else e)

    def region(self, off: int, heads, cue) -> tuple[int, int] | None:
        """Character bounds of the complement subtrees, on the complement's side of the cue."""
        heads = [h for h in heads if h.lower_ not in _NOT_CONTENT_HEADS]
        if any(h.i > cue.i for h in heads):
            heads = [h for h in heads if h.i > cue.i]
        ranges = [(max(h.left_edge.i, cue.i + 1), h.right_edge.i) if h.i > cue.i
                  else (h.left_edge.i, min(h.right_edge.i, cue.i - 1)) for h in heads]
        ranges = [(lo, hi) for lo, hi in ranges if lo <= hi]
        if sum(hi - lo + 1 for lo, hi in ranges) > REGION_SCAN_LIMIT:
            # A run-on "sentence" of thousands of tokens: walking every subtree made each cue cost the whole rest of
            # it (quadratic). Its edges give the same bounds wherever the subtree is contiguous (projective).
            doc = cue.doc
            toks = [doc[i] for lo, hi in sorted(ranges) for i in range(lo, min(hi, lo + REGION_LEAD_TOKENS) + 1)]
            toks.append(doc[max(hi for _, hi in ranges)])  # ranges is not empty: its sum passed the limit
        else:
            toks = []
            for h in heads:
                side = h.i > cue.i
                toks.extend(t for t in h.subtree if (t.i > cue.i) == side and t.i != cue.i)
        if not toks:
            return None
        toks.sort(key=lambda t: t.i)
        k = 0
        if toks[0].i == cue.i + 1 and toks[0].dep_ == "prep" and any(
                g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS for g in toks[0].children):
            # "said on Thursday it hoped Y": the date the parser hung on the reported verb is when it was said
            k = next((j for j, t in enumerate(toks) if t.i > toks[0].right_edge.i), len(toks))
        when = next((t for t in toks if t.dep_ == "npadvmod" and t.ent_type_ in TIME_ENTS
                     and t.left_edge.i == cue.i + 1 and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > t.i
                                                            for g in t.head.children)), None) if k == 0 else None
        if when is not None:
            # "said early Thursday it had struck Y": the parser hung the time of saying on the reported verb
            k = next((j for j, t in enumerate(toks) if t.i > when.right_edge.i), len(toks))
        while k < len(toks) and (toks[k].lower_ == "that" and toks[k].dep_ in ("mark", "dobj", "advmod", "nsubj")
                                 or toks[k].is_punct and toks[k].text not in QUOTE_MARKS
                                 or toks[k].i == cue.i + 1 and toks[k].dep_ == "mark" and toks[k].lower_ == "for"
                                 or toks[k].dep_ == "advmod" and k + 1 < len(toks) and toks[k + 1].lower_ == "that"
                                 and toks[k + 1].dep_ == "mark"):
            # (the "for" of "called for X to be halted" is the cue's; the "only" of "said only that Y" too)
            k += 1
        if k == len(toks):
            return None
        s, e = self.trim(self.start(off, toks[k]), self.end(off, toks[-1]))
        gloss = _GLOSS.search(self.text, s, e)
        if gloss is not None and gloss.start() > s:
            e = gloss.start()
        return (s, e) if e > s else None

    def classify(self, s: int, e: int) -> tuple[str, int, int]:
        """Decide direct/mixed/indirect for a content region and snap it to the quotes it touches."""
        touching = self.quotes_touching(s, e)
        if not touching:
            return "indirect", s, e
        outside = []
        pos = s
        for q in touching:
            outside.append(self.text[pos:max(pos, q.open)])
            pos = max(pos, q.close + 1)
        outside.append(self.text[pos:e] if pos < e else "")
        if not any(ch.isalnum() for ch in "".join(outside)):
            qs, qe = self.trim(touching[0].start, touching[-1].end)
            return "direct", qs, qe
        # Mixed: stretch the region over any quote it cuts, so a continued quote stays whole.
        s = min(s, min(q.open for q in touching))
        e = max(e, max(q.close + 1 if q.close < len(self.text) and self.text[q.close] in CLOSING_MARKS else q.end
                       for q in touching))
        return "mixed", *self.trim(s, e)

    def adjacent_quote(self, group_start: int, group_end: int, sent_start: int, sent_end: int) -> Quote | None:
        """A quote that ends just before ``"...," he said`` or starts just after ``he said: "...``."""
        before, after = self.quotes_around(group_start, group_end, sent_start, sent_end)
        return before or after

    def quotes_around(self, group_start: int, group_end: int, sent_start: int,
                      sent_end: int) -> tuple[Quote | None, Quote | None]:
        """The quotes adjacent to an ``X said`` group: one ending just before it, one starting just after it.

        After the group, a quote may follow a colon that ends a short lead-in (``offered a practical gesture:``),
        also when it opens the next paragraph (``The message said, in part:`` then the quoted letter).
        """
        before = after = None
        lo = max(0, bisect.bisect_right(self._qstarts, sent_start - QUOTE_LOOKBACK) - 1)
        ends_with_colon = self.text[sent_start:sent_end].rstrip().endswith(":")
        for q in self.quotes[lo:]:
            if q.open > sent_end and not (ends_with_colon and not self.text[sent_end:q.open].strip()):
                break
            if before is None and q.close < group_start and q.close >= sent_start - QUOTE_LOOKBACK \
                    and not (q.close < sent_start and self.text[q.close - 1:q.close] == "."
                             and len(self.text[group_end:sent_end].split()) >= OWN_SENTENCE_WORDS):
                # a quote closing its own sentence with a full stop ('... was "not acceptable." The minister told
                # the conference that Y') is the previous sentence's, not the content of a cue that opens a sentence
                # of its own ('"... firm." Ivanov said on Monday.' is a typo for a comma)
                gap = self.text[q.close + 1: group_start]
                # (not over a paragraph break: '... "be fired."' ending one paragraph is not the content of 'Rep. X,
                # a Democrat, offered a different view.' opening the next)
                if not gap.strip(" ,\n") and len(gap) < ADJACENT_QUOTE_GAP and "\n" not in gap:
                    before = q
            if after is None and q.open >= group_end:
                gap = self.text[group_end: q.open]
                if not gap.strip(" ,:\n") and len(gap) < ADJACENT_QUOTE_GAP:
                    after = q
                # "offered a practical gesture: “...”" / "put it more bluntly: “...”" / "said, in part:\n\n“...”"
                elif gap.rstrip().endswith(":") and len(gap.rstrip()) < COLON_LEAD_IN and '"' not in gap \
                        and "“" not in gap:
                    after = q
                break
        return before, after

    def attribution(self, content: tuple[int, int], cue: tuple[int, int], speaker: Span | None, spk_tok,
                    kind: str | None = None, check: bool = True, snap: bool = True) -> Attribution | None:
        """Classify a content region, check it is not empty and does not cross the speaker, and build the record.

        Args:
            content, cue: character bounds.
            speaker: the speaker span; spk_tok: its head token (for the linker).
            kind: force this kind (``according_to``) instead of the one :meth:`classify` finds.
            check: reject an empty content or one that crosses the speaker span.
            snap: let :meth:`classify` snap the content to the quotes it touches (off: keep it as given).
        """
        if check and content[1] <= content[0]:
            return None
        k, s, e = self.classify(*content) if snap else (kind, *content)
        kind = kind or k
        if check and (e <= s or speaker is not None and speaker.start < e and s < speaker.end
                      and not (s <= speaker.start and speaker.end <= e)):
            return None
        return Attribution(self.span(s, e), self.span(*cue), speaker, kind, self.parse.sentence_at(cue[0]),
                           spk_tok.lemma_.lower() if spk_tok is not None else "",
                           spk_tok.pos_ if spk_tok is not None else "",
                           spk_tok.ent_type_ if spk_tok is not None else "",
                           speaker_group=spk_tok is not None and is_group(spk_tok),
                           speaker_media=speaker is not None and is_media(speaker.text, spk_tok))
