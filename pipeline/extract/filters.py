"""Post-filters over the candidates of one article: plain functions of spans, testable without the parser.

:func:`dedupe` keeps one candidate per cue and per content span, :func:`drop_nested` drops a named source's
statement reported inside another's content, :func:`truncate_nested` ends a content before a later cue it
swallowed. Each runs in O(n log n) for n candidates (plus the total cue length for :func:`dedupe`): sorting,
binary search and a small segment tree, never a loop over all pairs. :func:`drop_media` removes the statements of
news agencies first.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Protocol, Sequence

from ..lexicon import table, words
from ..quotes import CLOSING, OPENING, STRAIGHT
from ..records import Span

# Trailing separators and connectives left when a clause is cut (``..., which``). Matched from the end in a loop,
# never as one regex over the whole tail: a nested quantifier there backtracked exponentially on runs of spaces.
_DANGLING_CHARS = frozenset(" \t\n,;:—–-")
# what a content cut before a later cue or source must not end on
_CUT_SEPARATORS = " ,;:—–-"
_DANGLING_WORD = re.compile(r"\b(?:" + "|".join(sorted(words("dangling_words"))) + r")$")
_LONGEST_DANGLING_WORD = max(len(w) for w in words("dangling_words"))
# A connective the sentence or the quote ends on is a word of the content, not a cut's leftover ("there is no doubt
# about that.", "did not say when," he added)
_ENDS_SENTENCE = re.compile(r"\s*[.!?]|,?[%s](?!\w)" % re.escape(CLOSING + STRAIGHT))
# When a content is cut before a swallowed cue, a clause separator (``, which``) is the cut point only if it keeps
# at least this share of the content: an earlier comma is more often an apposition inside the content.
CUT_MIN_SHARE = 0.3
_INF = float("inf")
_QUESTION_WORDS = words("question_words")
# not "that": after a comma it more often opens a second clause of the same report (", that Y")
_RELATIVES = words("relative_pronouns") - {"that"}
_LONGEST_RELATIVE = max(len(w) for w in _RELATIVES)
_SUBORDINATORS = words("subordinators")
# ", and Putin said B", ", as Beijing insisted that B": coordinators of the clause connectives (not the relatives,
# which _RELATIVES covers); only a clausal report counts (COORDINATE_RULE), so ", as Putin said, B" is not one
_COORDINATORS = words("clause_connectives") - words("relative_pronouns")
_LONGEST_COORDINATOR = max(len(w) for w in _COORDINATORS)
COORDINATE_RULE = "verb_clause"
INFINITIVE_RULE = "verb_infinitive"
_INFINITIVE_MARK = "to "
# How far before a named speaker its description may start (", and a ministry spokesman, Yang Yujun, said"): a
# description of a few words; longer stretches without a comma are clauses, not descriptions.
APPOSITION_REACH = 60


def _apposition_after(connectives) -> re.Pattern:
    """A connective after a comma, then a description set off by a comma, at the end of the text searched (``, and a
    ministry spokesman,`` before ``Yang Yujun said``)."""
    return re.compile(r",[\"”’]?\s+(?:%s)\s+[^,.;:\"“”]+,\s*$" % "|".join(sorted(connectives)), re.IGNORECASE)


_APPOSITION_AFTER_COORDINATOR = _apposition_after(_COORDINATORS)
_COMMA_QUOTE = re.compile(r",[\"”’](?=\s)")
_CONTRASTS = words("contrast_connectives")
_LONGEST_CONTRAST = max(len(w) for w in _CONTRASTS)
_APPOSITION_AFTER_CONTRAST = _apposition_after(_CONTRASTS)
# "condemned what he called Y": the relative that makes a label part of the content around it
_FREE_RELATIVE = "what"
# double quote marks only: a single one is also an apostrophe ("the companies' vessels")
_DOUBLE_QUOTES = frozenset(OPENING + CLOSING + STRAIGHT)
# Rules whose content is the sentence's own main clause (``As Mr Chirac told journalists, the French side had
# proposed that Y``): a statement in it is reported in its own right, not nested in the source phrase.
SOURCE_PHRASE_RULES = frozenset(("verb_as_clause",))


class Candidate(Protocol):
    """What the filters read of a candidate (an :class:`~pipeline.extract.base.Attribution`)."""

    content: Span
    cue: Span
    speaker: Span | None
    speaker_head: str
    speaker_pos: str
    speaker_media: bool
    rule: str
    kind: str
    relays: bool


# "According to the Chinese account of the call, Xi said Y": sources that only record where a statement was published
_RECORD_NOUNS = words("record_nouns")
_OUTLET_NOUNS = words("outlet_nouns")
_POSSESSIVE_PRONOUNS = words("possessive_pronouns")
_GROUP_NOUNS = words("group_nouns")
# "X said A, a day after investigators concluded B": a time frame set off by a comma (at most three of its words
# before the subordinator, a free relative "what" after it) opens the journalist's own clause
_TIME_FRAME = re.compile(r"(?i),\s+(?:(?:" + "|".join(sorted(words("time_frame_words"))) + r"|\d+)\s+){0,3}(?:"
                         + "|".join(sorted(words("time_subordinators"))) + r")\s+(?:what\s+)?$")
TIME_FRAME_REACH = 60  # characters before a speaker searched for its time frame: three words and the subordinator
# "said A, but that they shared the view that B": a "that" after a comma or a coordinator ends just before the speaker
_COORDINATED_THAT = re.compile(r"(?i)(?:,|\band|\bbut|\bor)\s+that\s+$")


def drop_media(found: Sequence[Candidate]) -> list:
    """Drop the statements of a news agency or outlet that relays another's: ``X said, Interfax reported``, ``Tass
    reported that X said Y`` and ``According to Tass, X said`` are statements of X, and removing the agency's first
    keeps X's from being taken as nested in it; ``According to RIA Novosti, the talks will resume`` only says where the
    journalist read it. An outlet that speaks for itself stays (``KCNA said the drills were a rehearsal for invasion``,
    ``a Global Times editorial warned``): an organisation is a source (guidelines §1)."""
    relays = _wrapping(found, lambda a: a.speaker_media, lambda b: not b.speaker_media)
    # "X said Y, the agency said": a bare outlet noun relays only a report its content opens with ("the paper warns
    # that A, and predicts B" stays the paper's; "According to the agency, X said Y" the agency's, perhaps the IAEA)
    opening = {a.speaker.start for a in found if a.speaker is not None and not a.speaker_media}
    relays |= {i for i, a in enumerate(found)
               if a.rule != "according_to" and _outlet_anaphor(a) and a.content.start in opening}
    return [a for i, a in enumerate(found)
            if not (i in relays or a.speaker_media and a.rule == "according_to")]


def _outlet_anaphor(a: Candidate) -> bool:
    """``X said Y, the agency said``: a bare outlet noun (``the agency``, ``the news agency``, ``the paper``).

    Only its relaying is decided here: which outlet it is (or whether ``the agency`` is the IAEA) is the linker's,
    and an outlet noun that speaks for itself (``the agency warned``) stays."""
    if a.speaker is None:
        return False
    w = a.speaker.text.lower().split()
    return len(w) in (2, 3) and w[0] == "the" and w[-1] in _OUTLET_NOUNS and w[1:-1] in ([], ["news"])


def trim_dangling(text: str, s: int, e: int) -> int:
    """The end of ``text[s:e]`` without trailing separators and connectives (``, which``, ``and``); linear time.

    Args:
        text: the article text.
        s, e: the segment.
    """
    while e > s:
        if text[e - 1] in _DANGLING_CHARS:
            e -= 1
            continue
        m = _DANGLING_WORD.search(text, max(s, e - _LONGEST_DANGLING_WORD), e)
        if m and (m.start() == 0 or not text[m.start() - 1].isalnum()) and not _ENDS_SENTENCE.match(text, m.end()):
            e = m.start()
            continue
        break
    return e


def dedupe(found: Sequence[Candidate]) -> list:
    """Keep one candidate per cue and per content span; the tighter content wins, then the earlier one.

    Cues that share a character count as the same cue. The characters of kept cues go into a set, so each
    candidate costs the length of its cue: O(n log n) for the sort plus the total cue length.
    """
    taken: set[int] = set()
    contents: set[tuple[int, int]] = set()
    kept = []
    for a in sorted(found, key=lambda a: (len(a.content), a.content.start)):
        key = (a.content.start, a.content.end)
        cue_chars = range(a.cue.start, a.cue.end)
        if key in contents or any(p in taken for p in cue_chars):
            continue
        kept.append(a)
        contents.add(key)
        taken.update(cue_chars)
    return sorted(kept, key=lambda a: (a.content.start, a.cue.start))


def _cue_inside(a: Candidate) -> bool:
    """A parenthetical cue (``will, he added, become``): the cue starts inside its own content."""
    return a.content.start <= a.cue.start < a.content.end


def _after_comma_word(text: str, pos: int, opening: frozenset[str], longest: int) -> bool:
    """Whether ``text`` just before ``pos`` is a comma and one of the words ``opening`` (``, which``, ``, and``),
    ``longest`` being the length of the longest of them."""
    # a comma inside a closing quote counts ('"... Cold War," and the Kremlin's spokesman said')
    before = _COMMA_QUOTE.sub(",", text[max(0, pos - longest - 4):pos]).rstrip().lower()
    return any(before.endswith(", " + w) for w in opening)


def _after_semicolon(text: str, pos: int) -> bool:
    """Whether ``text`` just before ``pos`` is a semicolon, alone or with one of the clause connectives (``; and``)."""
    before = text[max(0, pos - _LONGEST_COORDINATOR - 3):pos].rstrip().lower()
    return before.endswith(";") or any(before.endswith("; " + w) for w in _COORDINATORS)


def _opens_relative(text: str | None, b: Candidate) -> bool:
    """Whether ``b``'s speaker opens a relative clause set off by a comma (``measures against Russia, which Tbilisi
    accused of Y``): the journalist's aside inside another content, reported in its own right."""
    if text is None or b.speaker is None:
        return False
    return _after_comma_word(text, b.speaker.start, _RELATIVES, _LONGEST_RELATIVE)


def _opens_coordinate(text: str | None, b: Candidate) -> bool:
    """Whether ``b``'s named speaker opens a clause coordinated after a comma and reports a clause (``X said A, and
    Putin said B``): a report of its own beside the first, not inside it (``X said A, and that Putin had said B`` is
    inside), and so does an appeal to an addressee (``X said A, and the Arizona Republican urged the administration to
    B``, :func:`_addressed_appeal`). An object or a bare infinitive there is more often an act the first content
    reports (``X said A, and the Europeans agreed to move it``); after a semicolon, any rule's speaker opens the next
    item of a list."""
    if text is None or b.speaker is None or b.speaker_pos == "PRON":
        return False
    if _after_semicolon(text, b.speaker.start) and b.content.start > b.cue.end:
        return True  # "Beijing said A; and Paris and London urged Tehran to B": the next item of the journalist's list
    if b.rule != COORDINATE_RULE and not _addressed_appeal(text, b):
        return False
    if _after_comma_word(text, b.speaker.start, _COORDINATORS, _LONGEST_COORDINATOR):
        return True
    # "X said A, and a ministry spokesman, Yang Yujun, said B": the name set off behind its description
    return _APPOSITION_AFTER_COORDINATOR.search(text, max(0, b.speaker.start - APPOSITION_REACH), b.speaker.start) \
        is not None


def _addressed_appeal(text: str, b: Candidate) -> bool:
    """Whether ``b`` is an appeal to someone (``urged the administration to stop Y``, ``called on Moscow to Y``,
    ``pressed Western governments to Y``): an infinitive with its addressee in its content or between it and the
    cue. That is said, as a clause is; an infinitive alone (``agreed to move it``) is more often an act the first
    content reports."""
    return b.rule == INFINITIVE_RULE and (not b.content.text.lower().startswith(_INFINITIVE_MARK)
                                          or bool(text[b.cue.end:b.content.start].strip()))


def _opens_contrast(text: str | None, b: Candidate) -> bool:
    """Whether ``b``'s named speaker opens a contrasting clause after a comma (``X said A, while the German side
    expressed interest in B``): a source set beside the first, whatever the rule."""
    if text is None or b.speaker is None or b.speaker_pos == "PRON":
        return False
    if _after_comma_word(text, b.speaker.start, _CONTRASTS, _LONGEST_CONTRAST):
        return True
    # "X said A, while the Liberal Democrat leader, Sir Vince Cable, called for B": the name behind its description
    return _APPOSITION_AFTER_CONTRAST.search(text, max(0, b.speaker.start - APPOSITION_REACH), b.speaker.start) \
        is not None


def _opens_time_frame(text: str | None, b: Candidate) -> bool:
    """Whether ``b``'s speaker opens a time frame set off after another content (``The Netherlands said it held
    Russia responsible, a day after investigators concluded that Y``, ``said it had struck Y, hours after what it
    described as Z``): the journalist's clause, whose statement is reported in its own right; not a participle set
    off after that clause's own verb (``a week after the Guards launched one, drawing Western accusations that Y``),
    which is the journalist's too."""
    if text is None or b.speaker is None or "," in text[b.speaker.end:b.cue.start]:
        return False
    return _TIME_FRAME.search(text, max(0, b.speaker.start - TIME_FRAME_REACH), b.speaker.start) is not None


def _free_relative(text: str | None, b: Candidate) -> bool:
    """Whether ``b``'s speaker follows a free relative ``what`` (``thanked X for what it called Y``): the label is
    part of the content around it, never a statement of its own, pronoun speaker or not."""
    if text is None or b.speaker is None:
        return False
    before = text[max(0, b.speaker.start - len(_FREE_RELATIVE) - 2):b.speaker.start].rstrip().lower()
    return before.endswith(" " + _FREE_RELATIVE) or before == _FREE_RELATIVE


def _after_that(text: str | None, b: Candidate) -> bool:
    """Whether ``b``'s speaker is the subject of a ``that`` clause (``told X that A, but that they shared the view
    that B``): a pronoun there speaks inside the content around it, never beside it."""
    if text is None or b.speaker is None:
        return False
    # a coordinated "that" ("A, but that B"), not a relative one ("two drones that it said were shot down")
    return _COORDINATED_THAT.search(text[max(0, b.speaker.start - 12):b.speaker.start]) is not None


def _subordinator_start(text: str | None, pos: int) -> int:
    """Where a subordinating word just before ``pos`` starts (``Lavrov said that though he hoped for Y, Z``: the
    ``though`` before ``he``), -1 without one: a statement whose speaker follows it opens the content as much as one
    whose speaker is its first word."""
    if text is None:
        return -1
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j if j < i < pos and text[j:i].lower() in _SUBORDINATORS else -1


def wrapping_sources(found: Sequence[Candidate]) -> set[int]:
    """The ``according to`` candidates whose content holds another candidate's speaker and cue (``Duda said Y,
    according to his office``): the source reports that statement, as in ``According to the Kremlin, Putin said Y``
    (an agency's is dropped before, :func:`drop_media`). Candidates sorted by speaker start with a minimum tree over
    their cue ends answer each in O(log n)."""
    return _wrapping(found, lambda a: a.rule == "according_to", lambda b: b.rule != "according_to")


def _wrapping(found: Sequence[Candidate], is_outer, is_inner) -> set[int]:
    """The indices of the candidates ``is_outer(a)`` whose content holds the speaker and cue of a candidate
    ``is_inner(b)``; see :func:`wrapping_sources`."""
    inner = sorted((a.speaker.start, a.cue.end) for a in found if a.speaker is not None and is_inner(a))
    starts = [s for s, _ in inner]
    tree = _MinTree(len(inner))
    for k, (_, e) in enumerate(inner):
        tree.set(k, e)
    out = set()
    for i, a in enumerate(found):
        if not is_outer(a):
            continue
        lo = bisect.bisect_left(starts, a.content.start)
        hi = bisect.bisect_right(starts, a.content.end)
        if lo < hi and tree.min(lo, hi) <= a.content.end:
            out.add(i)
    return out


def drop_nested(found: Sequence[Candidate], text: str | None = None, sources: frozenset[int] = frozenset(),
                relays: frozenset[int] = frozenset()) -> list:
    """Drop a named source's statement reported inside another's content (``X said Warsaw would welcome Y``).

    ``b`` is nested when the content of another candidate ``a`` (whose cue is outside it, and which is not a source
    phrase, :data:`SOURCE_PHRASE_RULES`) covers ``b``'s speaker and cue; not when ``b``'s speaker opens a relative
    clause after a comma (with ``text``, see :func:`_opens_relative`). Pronoun sources stay (``it said A, which it
    described as B`` is two statements of one source), unless the pronoun opens ``a``'s content (``Lavrov said he did
    not expect Y``: the content's own clause), follows a free relative (``thanked X for what it called Y``, see
    :func:`_free_relative`) or a ``that`` (``said A, but that they shared the view that B``, :func:`_after_that`).
    Contents sorted by start with a running maximum of their ends (best and second best, so that a candidate is
    never its own container) answer each question with one binary search. The candidates ``sources`` (indices, see
    :func:`wrapping_sources`) are never nested in the statement they wrap, and those of them in ``relays`` (see
    :func:`relaying_sources`) nest nothing: ``Biden said Y, according to two officials`` is Biden's statement too.
    """
    outer = sorted((a.content.start, a.content.end, i) for i, a in enumerate(found)
                   if not _cue_inside(a) and a.rule not in SOURCE_PHRASE_RULES and i not in relays)
    starts = [s for s, _, _ in outer]
    best: list[tuple[int, int]] = []    # (largest end so far, its candidate)
    second: list[int] = []              # the largest end so far among the other candidates
    b1, b2 = (-1, -1), -1
    for _, end, i in outer:
        if end > b1[0]:
            b1, b2 = (end, i), b1[0]
        elif end > b2:
            b2 = end
        best.append(b1)
        second.append(b2)
    # "Lavrov said he did not expect Y": a statement whose speaker opens another's content is that content's own
    # clause, pronoun or not; the furthest content end per start answers it in O(1).
    reach_from: dict[int, int] = {}
    for s, e, _ in outer:
        reach_from[s] = max(reach_from.get(s, -1), e)
    out = []
    for i, b in enumerate(found):
        nested = False
        if i in sources:
            pass  # "Duda said Y, according to his office": the source reports the statement it wraps
        elif b.speaker is not None and max(reach_from.get(b.speaker.start, -1),
                                         reach_from.get(_subordinator_start(text, b.speaker.start), -1)) >= b.cue.end:
            nested = True  # (never b's own content: one that held its own cue would not be in ``outer``)
        elif b.speaker is not None and (b.speaker_pos != "PRON" or _free_relative(text, b) or _after_that(text, b)) \
                and not _opens_relative(text, b) and not _opens_coordinate(text, b) and not _opens_contrast(text, b) \
                and not _opens_time_frame(text, b):
            k = bisect.bisect_right(starts, b.speaker.start) - 1
            if k >= 0:
                reach = best[k][0] if best[k][1] != i else second[k]
                nested = reach >= b.cue.end
        if not nested:
            out.append(b)
    return out


class _MinTree:
    """Minimum over a range of slots, with point updates: a bottom-up segment tree."""

    def __init__(self, n: int):
        self.n = max(1, n)
        self.t = [_INF] * (2 * self.n)

    def set(self, i: int, v: float) -> None:
        i += self.n
        self.t[i] = v
        while i > 1:
            i //= 2
            self.t[i] = min(self.t[2 * i], self.t[2 * i + 1])

    def min(self, lo: int, hi: int) -> float:
        """Minimum over slots ``[lo, hi)``."""
        res = _INF
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                res = min(res, self.t[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                res = min(res, self.t[hi])
            lo //= 2
            hi //= 2
        return res


def _cut_points(found: Sequence[Candidate]) -> list[float]:
    """For each candidate ``a``: where the earliest other statement inside its content begins (inf if none).

    Another candidate ``b`` counts when its cue starts strictly inside ``a``'s content and its own content does not
    start before ``a``'s. It begins at its speaker when the speaker stands between ``a``'s content start and the cue
    (``, which Lavrov described as``), else at its cue. Candidates are swept by decreasing content start and put
    into two segment trees over the cue order as they become eligible, so each query is O(log n).
    """
    n = len(found)
    by_cue = sorted(range(n), key=lambda i: found[i].cue.start)
    rank = {i: r for r, i in enumerate(by_cue)}
    cue_starts = [found[i].cue.start for i in by_cue]
    cue_tree, speaker_tree = _MinTree(n), _MinTree(n)

    def speaker_start(b: Candidate) -> int | None:
        return b.speaker.start if b.speaker is not None and b.speaker.start < b.cue.start else None

    # b enters cue_tree once a.content.start <= b.content.start; speaker_tree once also a.content.start < its speaker.
    cue_events = sorted(range(n), key=lambda i: -found[i].content.start)
    spk_events = sorted((i for i in range(n) if speaker_start(found[i]) is not None),
                        key=lambda i: -min(found[i].content.start, speaker_start(found[i]) - 1))
    ci = si = 0
    cuts: list[float] = [_INF] * n
    for ai in sorted(range(n), key=lambda i: -found[i].content.start):
        a = found[ai]
        cs, ce = a.content.start, a.content.end
        while ci < n and found[cue_events[ci]].content.start >= cs:
            cue_tree.set(rank[cue_events[ci]], found[cue_events[ci]].cue.start)
            ci += 1
        while si < len(spk_events) and min(found[spk_events[si]].content.start,
                                           speaker_start(found[spk_events[si]]) - 1) >= cs:
            speaker_tree.set(rank[spk_events[si]], speaker_start(found[spk_events[si]]))
            si += 1
        lo = bisect.bisect_right(cue_starts, cs)
        hi = bisect.bisect_left(cue_starts, ce)
        if lo >= hi:
            continue  # no cue starts inside this content
        # a itself never cuts itself: take it out for its own query.
        own = rank[ai]
        saved = (cue_tree.t[own + cue_tree.n], speaker_tree.t[own + speaker_tree.n])
        cue_tree.set(own, _INF)
        speaker_tree.set(own, _INF)
        cuts[ai] = min(cue_tree.min(lo, hi), speaker_tree.min(0, hi))
        cue_tree.set(own, saved[0])
        speaker_tree.set(own, saved[1])
    return cuts


def end_before_sources(found: Sequence[Candidate], text: str) -> list:
    """End a content before the ``according to`` that reports its statement (``Olsen said the pier would close,
    according to his office``, where the parser hung the source on the reported clause: Olsen's content is ``the pier
    would close``), whether that source is kept or dropped as a record, an outlet or the speaker's own office."""
    out = []
    for a, tail in zip(found, _source_tails(found)):
        if tail != _INF:
            e = a.content.start + len(text[a.content.start:int(tail)].rstrip(_CUT_SEPARATORS))
            if e > a.content.start:
                a = replace(a, content=Span.of(text, a.content.start, e))
        out.append(a)
    return out


def _source_tails(found: Sequence[Candidate]) -> list[float]:
    """For each candidate: where the first ``according to`` inside its content begins whose own content starts no
    later (``Olsen said the pier would close, according to his office``: the source phrase that reports the
    statement), inf if none. Candidates swept by content start put the sources into a minimum tree over their cue
    order as they become eligible, so each query is O(log n)."""
    sources = sorted((i for i, a in enumerate(found) if a.rule == "according_to"), key=lambda i: found[i].cue.start)
    cue_starts = [found[i].cue.start for i in sources]
    rank = {i: r for r, i in enumerate(sources)}
    tree = _MinTree(len(sources))
    pending = sorted(sources, key=lambda i: found[i].content.start)
    k = 0
    tails: list[float] = [_INF] * len(found)
    for ai in sorted(range(len(found)), key=lambda i: found[i].content.start):
        a = found[ai]
        while k < len(pending) and found[pending[k]].content.start <= a.content.start:
            tree.set(rank[pending[k]], found[pending[k]].cue.start)
            k += 1
        if a.rule == "according_to":
            continue
        lo = bisect.bisect_right(cue_starts, a.content.start)
        hi = bisect.bisect_left(cue_starts, a.content.end)
        if lo < hi:
            tails[ai] = tree.min(lo, hi)
    return tails


def truncate_nested(found: Sequence[Candidate], text: str) -> list:
    """End a content before a later cue it swallowed (``X said A, which it described as B`` keeps ``A``).

    A parenthetical cue (``will, he added, become``) and a source phrase (:data:`SOURCE_PHRASE_RULES`) keep their
    whole sentence. The cut goes back to the last clause
    separator (``, which``, ``, and``, ``,``) when that keeps at least :data:`CUT_MIN_SHARE` of the content.
    """
    # in file order: the first that fits wins; a comma closed inside a quote keeps its quote mark ('"...," and')
    # ("X said A, while the party's leader, Y, called for B" keeps "A": a contrast opens the next source's clause)
    seps = [(f"{comma} {w} ", len(comma) - 1) for w in [*table("clause_connectives"), *sorted(_CONTRASTS)]
            for comma in (",", ',"', ",”")] + [(", ", 0)]
    wrapping = wrapping_sources(found)
    out = []
    for i, (a, cut) in enumerate(zip(found, _cut_points(found))):
        inside = a.cue.start > a.content.start and a.cue.end <= a.content.end
        if cut != _INF and not inside and a.rule not in SOURCE_PHRASE_RULES and i not in wrapping:
            # (a wrapping source keeps the whole statement it reports: "Olsen said Y, according to two officials")
            seg = text[a.content.start:int(cut)]
            for sep, keep in seps:
                k = seg.rfind(sep)
                if k > len(seg) * CUT_MIN_SHARE:
                    seg = seg[:k + 1 + keep] if keep else seg[:k]
                    break
            seg = seg[:trim_dangling(seg, 0, len(seg))]
            e = a.content.start + len(seg.rstrip(_CUT_SEPARATORS))
            if seg.strip().lower() in _QUESTION_WORDS:
                e = a.content.start  # "condemned what he called Y": a bare "what" is no content, keep the whole
            if e > a.content.start:
                # a mixed content cut before the quote it swallowed is indirect ("said Oslo was helping X, and called
                # the suggestion "absurd"" keeps "Oslo was helping X")
                kind = "indirect" if a.kind == "mixed" and not any(
                    ch in _DOUBLE_QUOTES for ch in text[a.content.start:e]) else a.kind
                a = replace(a, content=Span.of(text, a.content.start, e), kind=kind)
        out.append(a)
    return out


def drop_record_sources(found: Sequence[Candidate]) -> list:
    """Drop an ``according to`` that only records what someone said (:func:`_records`), when it wraps that statement
    (``According to the Iranian presidency's website, Rouhani told Macron that Y``: Rouhani's statement, as ``According
    to Tass, X said`` is X's) or stands between its speaker and cue; a record wrapping none stays (``According to the
    transcript, the talks lasted long``), and so does one wrapping only what the parties did together (``Both sides
    agreed to disengage, according to an Indian readout``: the readout's account of both)."""
    wrapping = _wrapping(found, lambda a: a.rule == "according_to",
                         lambda b: b.rule != "according_to" and not _parties(b))
    # "Araghchi, according to a transcript released by the Kremlin, thanked Moscow": a record set between another
    # statement's speaker and cue is that statement's sourcing tag. Spans (speaker end, cue start) sorted by speaker
    # end, with a running maximum of the cue starts, answer each record in O(log n).
    spans = sorted((b.speaker.end, b.cue.start) for b in found if b.speaker is not None and b.speaker.end <= b.cue.start)
    ends = [e for e, _ in spans]
    reach, best = [], -1
    for _, c in spans:
        best = max(best, c)
        reach.append(best)

    def tagged(a) -> bool:
        k = bisect.bisect_right(ends, a.cue.start) - 1
        return k >= 0 and reach[k] > a.cue.start

    return [a for i, a in enumerate(found) if not (_records(a) and (i in wrapping or tagged(a)))]


def _records(a: Candidate) -> bool:
    """Whether an ``according to`` only records someone's words: a record noun (``a readout``, ``a transcript``) or a
    source owned by the speaker it reports (``Netanyahu told ministers Y, according to his office``: a possessive
    pronoun opens it)."""
    return a.rule == "according_to" and (a.speaker_head in _RECORD_NOUNS or a.speaker is not None and (
        a.speaker.text.split(maxsplit=1)[0].lower() in _POSSESSIVE_PRONOUNS))


def _parties(a: Candidate) -> bool:
    """Whether a speaker is the parties together (``both sides``, ``the two leaders``)."""
    return a.speaker is not None and a.speaker.text.lower().split()[-1] in _GROUP_NOUNS


def relaying_sources(found: Sequence[Candidate], sources: frozenset[int]) -> frozenset[int]:
    """The wrapping ``sources`` (:func:`wrapping_sources`) that relay the statement whose cue they qualify, which
    stays beside them (``Biden said Y, according to two officials``); not one around a statement deeper in its
    clause (``According to X, the reaction, which mentioned Y, implied Z``), and not a record that
    :func:`drop_record_sources` left, which tells what the parties did and is the statement itself."""
    return frozenset(i for i in sources if found[i].relays and not _records(found[i]))


def apply_all(found: Sequence[Candidate], text: str) -> list:
    """The post-filters in order: end contents before the sources that report them, drop news agencies, dedupe, drop
    records wrapping a statement, drop nested reports, truncate swallowed cues."""
    found = drop_record_sources(dedupe(drop_media(end_before_sources(found, text))))
    sources = frozenset(wrapping_sources(found))
    return truncate_nested(drop_nested(found, text, sources, relaying_sources(found, sources)), text)
