"""Stage 3: find attributed statements (cue, content, speaker mention) with dependency-parse rules.

Patterns: verb cues with a clausal or nominal complement (``X insisted that ...``, ``X denied the
charges``), direct quotes in either order and over several sentences, mixed quotes, inverted
(``said the minister``) and parenthetical (``..., he added, ...``) cues, participles (``..., saying
that ...``), noun cues (``warnings that ...``, ``expressed hope that ...``), document subjects
(``A Foreign Ministry statement said ...``) and ``according to``. Speakers are checked against a
vocabulary so that the journalist's own analysis (``This suggests that ...``) is not attributed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .kb import lexicon
from .quotes import Quote
from .records import Span
from .sentences import Parse

_PRONOUNS = {"he", "she", "it", "they", "we", "i", "him", "her", "them", "his", "its", "their"}
_RELATIVES = {"who", "which", "that"}
_SUBJECT_DEPS = {"nsubj"}
_LEADING_TRIM = " ,:;—–-\n"
_TRAILING_TRIM = " .,;:—–-\n"
_XCOMP_VERBS = {"promise", "pledge", "vow", "threaten", "urge", "warn", "propose", "call", "offer", "refuse", "demand", "go"}
_DOBJ_VERBS = {"stress", "emphasise", "emphasize", "underline", "underscore", "reiterate", "repeat", "restate", "reaffirm",
               "acknowledge", "admit", "confirm", "deny", "reject", "dismiss", "welcome", "propose", "demand", "announce",
               "predict", "promise", "pledge", "threaten", "praise", "condemn", "criticise", "criticize", "denounce",
               "deplore", "hail", "applaud", "endorse", "justify", "accuse", "blame", "thank", "urge", "refute",
               "defend", "warn", "rule"}
_PREP_CONTENT = {"call": {"for", "on", "upon"}, "accuse": {"of"}, "warn": {"against", "of", "about"},
                 "blame": {"for"}, "thank": {"for"}, "insist": {"on", "upon"}, "criticise": {"for"},
                 "criticize": {"for"}, "condemn": {"for"}, "describe": {"as"}, "characterise": {"as"}, "characterize": {"as"},
                 "brand": {"as"}, "dismiss": {"as"}, "praise": {"for"}, "complain": {"about", "of"}}
_NEEDS_PARTICLE = {"go": {"on"}, "point": {"out"}, "rule": {"out"}, "call": {"for", "on", "upon"}}
_CITATION = re.compile(r"\s*\((?:[A-Z][\w.\-]+|[^()]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[^()]*\)?\s*$")
# Trailing separators and connectives left when a clause is cut (``..., which``). Matched from the end in a loop,
# never as one regex over the whole tail: a nested quantifier there backtracked exponentially on runs of spaces.
_DANGLING_CHARS = frozenset(" \t\n,;:—–-")
_DANGLING_WORD = re.compile(r"\b(?:which|who|that|and|but|as|when|while|or)$")
_LONGEST_DANGLING_WORD = 5
_OFFICE_NOUNS = {"secretary", "chief", "head", "envoy", "ambassador", "minister", "representative", "commander",
                 "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "member", "adviser", "advisor",
                 "ministry", "department", "office", "council", "committee", "agency", "service"}
_AUDIENCE_VERBS = {"tell", "inform", "assure", "remind", "brief", "warn", "reassure", "promise"}
_OPRD_VERBS = {"call", "describe", "brand", "label", "term", "deem", "declare"}
_QUESTION_VERBS = {"question", "ask", "wonder", "doubt"}
_RAISING_VERBS = {"go", "continue", "proceed", "hasten", "rush", "seem", "appear"}
_QUESTION_MARKS = {"whether", "if", "how", "why", "when", "what", "where", "who"}


@dataclass(frozen=True)
class Attribution:
    """A statement before entity linking: spans plus what the linker needs to know about the speaker.

    Args:
        content, cue, speaker: character spans (speaker None when only implied).
        kind: ``direct``, ``indirect``, ``mixed`` or ``according_to``.
        sentence: index of the sentence holding the cue.
        speaker_head: lower-cased lemma of the speaker's head word.
        speaker_pos: part of speech of the head (``PROPN``, ``NOUN``, ``PRON``).
        speaker_ent: named-entity label of the head, if any.
    """

    content: Span
    cue: Span
    speaker: Span | None
    kind: str
    sentence: int
    speaker_head: str = ""
    speaker_pos: str = ""
    speaker_ent: str = ""


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
        if m and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            e = m.start()
            continue
        break
    return e


class _Extractor:
    """Holds the per-article state (text, quotes) that the rules share."""

    def __init__(self, parse: Parse, quotes: list[Quote]):
        lex = lexicon()
        self.text = parse.text
        self.parse = parse
        self.quotes = quotes
        self._qstarts = [q.open for q in quotes]
        self.clausal = set(lex["clausal_verbs"]) - {"think", "expect", "doubt", "suspect", "fear", "agree"}
        self.objectv = set(lex["object_verbs"]) - {"question"}
        self.nouns = set(lex["cue_nouns"])
        self.light = set(lex["light_verbs"])
        self.documents = set(lex["document_nouns"])
        self.speaker_nouns = set(lex["speaker_nouns"])

    # -- offsets ---------------------------------------------------------------------------
    def start(self, off: int, tok) -> int:
        return off + tok.idx

    def end(self, off: int, tok) -> int:
        return off + tok.idx + len(tok)

    def in_quote(self, pos: int) -> Quote | None:
        """The quotation containing ``pos``; quotations never overlap, so only the last one opened can."""
        i = bisect.bisect_right(self._qstarts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def span(self, s: int, e: int) -> Span:
        return Span.of(self.text, s, e)

    def trim(self, s: int, e: int) -> tuple[int, int]:
        """Strip edge punctuation, a leading ``that`` and a trailing source citation such as ``(AP, May 2)``."""
        while s < e and self.text[s] in _LEADING_TRIM:
            s += 1
        if self.text.startswith("that ", s) and s + 5 < e:
            s += 5
        seg = self.text[s:e]
        if seg.count("(") > seg.count(")") or (seg.rstrip(" .").endswith(")") and _CITATION.search(seg)):
            m = _CITATION.search(seg)
            if m:
                e = s + m.start()
        while e > s and self.text[e - 1] in _TRAILING_TRIM:
            e -= 1
        end = trim_dangling(self.text, s, e)
        return s, (end if end > s else e)

    # -- speakers --------------------------------------------------------------------------
    def subject(self, verb, depth: int = 0):
        """The token that is the grammatical source of ``verb`` (following conj, participles, relatives)."""
        if depth > 4:
            return None
        for c in verb.children:
            if c.dep_ in _SUBJECT_DEPS:
                if c.lower_ in _RELATIVES and verb.dep_ == "relcl":
                    return verb.head
                return c
        if verb.lemma_ == "quote":
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    return c
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            return self.subject(verb.head, depth + 1)
        if verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ == "VBG" and verb.head is not verb:
            return self.subject(verb.head, depth + 1)
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _RAISING_VERBS:
            return self.subject(verb.head, depth + 1)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
            return self.subject(verb.head.head, depth + 1)
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return None
        return None

    def reporting_subject(self, verb):
        """The subject of a cue verb whose complement wrongly swallowed ``verb`` as a conjunct.

        ``He charged that X lacked foundation, and dusted off warnings that ...``: the parser makes
        ``dusted`` a conjunct inside the ``charged`` clause; its real subject is that of ``charged``.
        """
        node = verb
        while node.dep_ == "conj" and node.head is not node:
            node = node.head
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in self.clausal | self.objectv:
            subj = self.subject(node.head)
            return subj if subj is not None and self.valid_speaker(subj) else None
        return None

    @staticmethod
    def that_clause(noun):
        """The ``that``-clause complement of a noun (``warnings that ...``), if any."""
        return next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                     and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)

    @staticmethod
    def that_relcl(noun):
        """A relative clause opened by ``that`` with a subject of its own (``a briefing that Georgia expected``)."""
        for c in noun.children:
            if c.dep_ == "relcl" and c.left_edge.lower_ == "that" and any(g.dep_ == "nsubj" and g.lower_ != "that" for g in c.children):
                return c
        return None

    def valid_speaker(self, tok) -> bool:
        """Whether a subject token can be a source (not ``This`` or ``the plan``)."""
        low = tok.lower_
        if tok.pos_ == "PRON":
            return low in _PRONOUNS and low not in {"him", "them"}
        if tok.pos_ == "PROPN":
            return True
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if tok.pos_ in ("NOUN", "ADJ"):
            return tok.lemma_.lower() in self.speaker_nouns or low in self.speaker_nouns
        return False

    def np_bounds(self, head) -> tuple[int, int]:
        """Token-index bounds of the speaker phrase: the head with its left modifiers and name parts.

        Offices named with a preposition keep it (``Secretary of State``, ``envoy to NATO``).
        """
        lo = hi = head.i
        for c in head.lefts:
            if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "advmod", "npadvmod"):
                lo = min(lo, c.left_edge.i)
        for c in head.rights:
            if c.dep_ in ("compound", "flat") and c.i == hi + 1:
                hi = c.i
            elif (c.dep_ == "prep" and c.i == hi + 1 and c.lower_ in ("of", "to", "for", "at")
                  and head.lemma_.lower() in _OFFICE_NOUNS and c.right_edge.i - c.i <= 6):
                hi = c.right_edge.i
        doc = head.doc
        while lo < head.i and (doc[lo].is_punct or doc[lo].dep_ == "case"):
            lo += 1
        return lo, hi

    @staticmethod
    def named_apposition(head):
        """``Russia's envoy to NATO, Dmitry Rogozin, said``: the name in apposition to a role subject."""
        if head.pos_ == "PROPN" or head.pos_ == "PRON":
            return head
        for c in head.rights:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", ""):
                return c
        return head

    def speaker_span(self, off: int, head) -> Span:
        lo, hi = self.np_bounds(head)
        doc = head.doc
        return self.span(self.start(off, doc[lo]), self.end(off, doc[hi]))

    # -- content ---------------------------------------------------------------------------
    def region(self, off: int, heads, cue) -> tuple[int, int] | None:
        """Character bounds of the complement subtrees, on the complement's side of the cue."""
        toks = []
        heads = [h for h in heads if h.lower_ not in _RELATIVES | {"what"}]
        if any(h.i > cue.i for h in heads):
            heads = [h for h in heads if h.i > cue.i]
        for h in heads:
            side = h.i > cue.i
            toks.extend(t for t in h.subtree if (t.i > cue.i) == side and t.i != cue.i)
        if not toks:
            return None
        toks.sort(key=lambda t: t.i)
        while toks and (toks[0].lower_ == "that" and toks[0].dep_ in ("mark", "dobj", "advmod", "nsubj")
                        or toks[0].is_punct and toks[0].text not in "“\""):
            toks.pop(0)
        if not toks:
            return None
        s, e = self.trim(self.start(off, toks[0]), self.end(off, toks[-1]))
        return (s, e) if e > s else None

    def classify(self, s: int, e: int) -> tuple[str, int, int]:
        """Decide direct/mixed/indirect for a content region and snap it to the quotes it touches."""
        touching = [q for q in self.quotes if q.open < e and q.close >= s]
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
        e = max(e, max(q.close + 1 if q.close < len(self.text) and self.text[q.close] in "”\"" else q.end
                       for q in touching))
        return "mixed", *self.trim(s, e)

    def adjacent_quote(self, group_start: int, group_end: int, sent_start: int, sent_end: int) -> Quote | None:
        """A quote that ends just before ``"...," he said`` or starts just after ``he said: "...``."""
        for q in self.quotes:
            if q.close < group_start and q.close >= sent_start - 2000:
                gap = self.text[q.close + 1: group_start]
                if not gap.strip(" ,\n") and len(gap) < 4:
                    return q
            if q.open >= group_end and q.open <= sent_end:
                gap = self.text[group_end: q.open]
                if not gap.strip(" ,:\n") and len(gap) < 4:
                    return q
                # "offered a practical gesture: “...”" / "put it more bluntly: “...”"
                if gap.rstrip().endswith(":") and len(gap) < 80 and '"' not in gap and "“" not in gap:
                    return q
        return None

    # -- rules -----------------------------------------------------------------------------
    def verb_cue(self, off: int, tok) -> Attribution | None:
        lemma = tok.lemma_.lower()
        if lemma not in self.clausal and lemma not in self.objectv:
            return None
        if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ == "VBN" and tok.dep_ == "acl":
            return None
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
        if lemma in _NEEDS_PARTICLE and not (particles & _NEEDS_PARTICLE[lemma]) \
                and not (lemma == "call" and any(c.dep_ == "oprd" for c in tok.children)):
            return None
        if lemma == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            return None
        subj = self.subject(tok)
        if subj is None or not self.valid_speaker(subj):
            subj = self.reporting_subject(tok) if tok.dep_ == "conj" else subj
        via_relative = subj is not None and tok.dep_ == "relcl" and subj.i == tok.head.i
        doc_subject = (subj is not None and not via_relative and subj.lemma_.lower() in self.documents
                       and subj.pos_ == "NOUN")
        if subj is None or not self.valid_speaker(subj):
            return None
        subj = self.named_apposition(subj)
        heads = []
        for c in tok.children:
            if c.dep_ == "ccomp":
                heads.append(c)
            elif c.dep_ == "xcomp" and lemma in _XCOMP_VERBS:
                heads.append(c)
            elif c.dep_ == "dobj" and lemma in _AUDIENCE_VERBS and self.that_relcl(c) is not None:
                heads.append(self.that_relcl(c))  # "told a briefing that X": the parser's relative clause is the content
            elif c.dep_ == "dobj" and (lemma in _DOBJ_VERBS or lemma in self.objectv) and c.lower_ not in ("reporters", "journalists"):
                if not (c.lemma_.lower() in self.nouns and self.that_clause(c) is not None):
                    heads.append(c)
            elif c.dep_ == "oprd" and lemma in _OPRD_VERBS:
                heads.append(c)
                heads.extend(g for g in tok.children if g.dep_ == "dobj" and g.i < c.i)
            elif c.dep_ == "prep" and c.lower_ in _PREP_CONTENT.get(lemma, ()):
                heads.append(c)
        if lemma not in _QUESTION_VERBS:
            heads = [h for h in heads
                     if not any(g.dep_ in ("mark", "advmod") and g.lower_ in _QUESTION_MARKS and g.i < h.i for g in h.children)
                     and not (h.lower_ in _QUESTION_MARKS)]
        # "... for X" / "of X": keep the object, not the preposition.
        heads = [next((g for g in h.children if g.dep_ in ("pobj", "pcomp")), h) if h.dep_ == "prep" else h for h in heads]
        sent = tok.sent
        cue_s, cue_e = self.start(off, tok), self.end(off, tok)
        for c in tok.children:
            if c.dep_ == "prt" and c.i == tok.i + 1 or lemma == "put" and c.dep_ == "dobj" and c.i == tok.i + 1:
                cue_e = self.end(off, c)
            if c.dep_ == "prep" and lemma == "call" and c.lower_ in ("for", "on", "upon") and c.i == tok.i + 1:
                cue_e = self.end(off, c)
        if doc_subject and subj.head.i == tok.i and tok.i - subj.i <= 3:
            cue_s = self.start(off, subj)
        reg = self.region(off, heads, tok) if heads else None
        spk_tok = subj
        if doc_subject:
            mods = [c for c in subj.lefts if c.dep_ in ("compound", "poss") or c.ent_type_ in ("ORG", "GPE", "NORP")]
            if mods and any(m.pos_ in ("PROPN", "PRON") or m.ent_type_ for m in mods):
                lo = min(m.left_edge.i for m in mods)
                hi = max(m.i for m in mods)
                doc = subj.doc
                while lo <= hi and doc[lo].dep_ == "det":
                    lo += 1
                speaker = self.span(self.start(off, doc[lo]), self.end(off, doc[hi]))
                spk_tok = doc[hi]
            else:
                speaker = self.speaker_span(off, subj)
        else:
            speaker = self.speaker_span(off, subj)
        if reg is None:
            group_s = min(cue_s, speaker.start) if speaker.start >= self.start(off, sent[0]) else cue_s
            group_e = max(cue_e, speaker.end) if speaker.end <= self.end(off, sent[-1]) else cue_e
            q = self.adjacent_quote(group_s, group_e, self.start(off, sent[0]), self.end(off, sent[-1]))
            if q is not None:
                reg = self.trim(q.start, q.end)
            elif tok.dep_ == "parataxis":
                head = tok.head
                toks = [t for t in head.subtree if not t.is_punct or t.i < tok.left_edge.i or t.i > tok.right_edge.i]
                reg = self.trim(self.start(off, toks[0]), self.end(off, toks[-1]))
        if reg is None or reg[1] <= reg[0]:
            return None
        kind, s, e = self.classify(*reg)
        if e <= s or (speaker.start < e and s < speaker.end and not (s <= speaker.start and speaker.end <= e)):
            return None
        return Attribution(self.span(s, e), self.span(cue_s, cue_e), speaker, kind,
                           self.parse.sentence_at(cue_s), spk_tok.lemma_.lower(), spk_tok.pos_, spk_tok.ent_type_)

    def noun_cue(self, off: int, tok) -> Attribution | None:
        if tok.lemma_.lower() not in self.nouns or tok.pos_ != "NOUN":
            return None
        clause = self.that_clause(tok)
        if clause is None and tok.i + 1 < len(tok.doc):
            # "his belief that X ..." where the parser hung the clause on the main verb instead.
            mark = tok.doc[tok.i + 1]
            if mark.lower_ == "that" and mark.dep_ == "mark" and mark.head.i > tok.i and mark.head.dep_ in ("advcl", "ccomp"):
                clause = mark.head
        if clause is None:
            return None
        speaker_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
        if speaker_tok is None:
            speaker_tok = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        gov = tok.head
        if tok.dep_ == "dobj" and gov.pos_ in ("VERB", "AUX"):
            verb_subject = self.subject(gov)
            if verb_subject is not None and self.valid_speaker(verb_subject) and verb_subject.lower_ not in _RELATIVES:
                # "Lavrov repeated Moscow's view that ...": the one repeating it is the source.
                speaker_tok = verb_subject
            elif speaker_tok is None and verb_subject is not None and not self.valid_speaker(verb_subject):
                speaker_tok = self.reporting_subject(gov)
        if speaker_tok is None or not self.valid_speaker(speaker_tok):
            return None
        cue_s, cue_e = self.start(off, tok), self.end(off, tok)
        if tok.dep_ == "dobj" and gov.lemma_.lower() in self.light and tok.i - gov.i == 1:
            cue_s = self.start(off, gov)
        elif tok.dep_ == "dobj" and gov.lemma_.lower() in self.clausal | self.objectv:
            cue_s, cue_e = self.start(off, gov), self.end(off, gov)
        reg = self.region(off, [clause], tok)
        if reg is None:
            return None
        kind, s, e = self.classify(*reg)
        speaker = self.speaker_span(off, speaker_tok)
        return Attribution(self.span(s, e), self.span(cue_s, cue_e), speaker, kind, self.parse.sentence_at(cue_s),
                           speaker_tok.lemma_.lower(), speaker_tok.pos_, speaker_tok.ent_type_)

    def according_to(self, off: int, tok) -> Attribution | None:
        if tok.lower_ != "according":
            return None
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is None or nxt.lower_ != "to":
            return None
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        src = pobj
        if pobj.lemma_.lower() in self.documents:
            by = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")), None)
            inner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if inner is not None:
                src = inner
        if not self.valid_speaker(src):
            return None
        sent = tok.sent
        phrase = sorted({t.i for t in tok.subtree} | {t.i for t in nxt.subtree} | {tok.i})
        p_lo, p_hi = phrase[0], phrase[-1]
        before = [t for t in sent if t.i < p_lo and not t.is_punct]
        after = [t for t in sent if t.i > p_hi and not t.is_punct]
        if not before and after:
            s, e = self.start(off, after[0]), self.end(off, sent[-1])
        elif before and not after:
            s, e = self.start(off, sent[0]), self.start(off, tok)
        elif before and after:
            s, e = self.start(off, sent[0]), self.end(off, sent[-1])
        else:
            return None
        s, e = self.trim(s, e)
        if e <= s:
            return None
        _, s2, e2 = self.classify(s, e)
        cue = self.span(self.start(off, tok), self.end(off, nxt))
        return Attribution(self.span(s2, e2), cue, self.speaker_span(off, src), "according_to",
                           self.parse.sentence_at(cue.start), src.lemma_.lower(), src.pos_, src.ent_type_)

    def run(self) -> list[Attribution]:
        found: list[Attribution] = []
        for off, tok in self.parse.tokens():
            if self.in_quote(off + tok.idx):
                continue  # cues inside quoted speech belong to the quote
            if tok.lower_ == "according":
                att = self.according_to(off, tok)
            elif tok.pos_ in ("VERB", "AUX"):
                att = self.verb_cue(off, tok)
            elif tok.pos_ == "NOUN":
                att = self.noun_cue(off, tok)
            else:
                att = None
            if att is not None:
                found.append(att)
        return _truncate_nested(_drop_nested(_dedupe(found)), self.text)


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """Keep one candidate per cue and per content span (the tighter content wins)."""
    found.sort(key=lambda a: (len(a.content), a.content.start))
    kept: list[Attribution] = []
    for a in found:
        if any(k.cue.overlap(a.cue) or (k.content.start, k.content.end) == (a.content.start, a.content.end) for k in kept):
            continue
        kept.append(a)
    return sorted(kept, key=lambda a: (a.content.start, a.cue.start))


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """Drop a named source's statement reported inside another's content (``X said Warsaw would welcome Y``).

    Pronoun sources stay: ``it said A, which it described as B`` is two statements of one source.
    """
    out = []
    for b in found:
        nested = b.speaker is not None and b.speaker_pos != "PRON" and any(
            a is not b and a.content.start <= b.speaker.start and b.cue.end <= a.content.end
            and not (a.content.start <= a.cue.start < a.content.end) for a in found)
        if not nested:
            out.append(b)
    return out


def _truncate_nested(found: list[Attribution], text: str) -> list[Attribution]:
    """End a content before a later cue it swallowed (``X said A, which it described as B``)."""
    out = []
    for a in found:
        cut = None
        for b in found:
            if b is a or not (a.content.start < b.cue.start < a.content.end) or b.content.start < a.content.start:
                continue
            if a.cue.start > a.content.start and a.cue.end <= a.content.end:
                continue  # a parenthetical cue ("will, he added, become") keeps its whole sentence
            start = b.speaker.start if b.speaker and a.content.start < b.speaker.start < b.cue.start else b.cue.start
            cut = start if cut is None else min(cut, start)
        if cut is not None:
            seg = text[a.content.start:cut]
            for sep in (", and ", ", but ", ", which ", ", as ", ", "):
                k = seg.rfind(sep)
                if k > len(seg) * 0.3:
                    seg = seg[:k]
                    break
            seg = seg[:trim_dangling(seg, 0, len(seg))]
            e = a.content.start + len(seg.rstrip(" ,;:—–-"))
            if e > a.content.start:
                a = Attribution(Span.of(text, a.content.start, e), a.cue, a.speaker, a.kind, a.sentence,
                                a.speaker_head, a.speaker_pos, a.speaker_ent)
        out.append(a)
    return out


def extract(parse: Parse, quotes: list[Quote]) -> list[Attribution]:
    """Find the attributed statements of a parsed article.

    Args:
        parse: the article's parse (from :func:`pipeline.sentences.parse`).
        quotes: its quotations (from :func:`pipeline.quotes.find_quotes`).
    """
    return _Extractor(parse, quotes).run()
