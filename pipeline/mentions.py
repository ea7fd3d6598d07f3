"""Stage 4a: find the actor mentions of an article (names, organisations, states) and resolve them.

The linker uses these as antecedents for pronouns and role descriptions, and for surname-only
mentions of people outside the knowledge base (one article-local id per person).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import attrgetter

from .kb import KnowledgeBase, name_key, strip_titles
from .lexicon import table, words
from .records import Article, Entity
from .sentences import Parse

_TITLE_WORDS = re.compile(r"\b(" + "|".join(sorted(words("title_words"))) + r")\b", re.I)
# Title words are looked for this many characters before a name: ``Russian Foreign Minister Sergei Lavrov``, and
# not a title two clauses back.
TITLE_LOOKBACK = 40


@dataclass(frozen=True)
class Mention:
    """A name-like mention with what it resolves to.

    Args:
        start, end: character offsets.
        sentence: sentence index.
        entity: the resolved entity.
        gender: ``m``/``f``/None for people.
        is_subject: whether the mention is a clause subject (preferred antecedent).
        title: words before the name in the same phrase (``Colonel General``), for role look-ups.
        speaker: whether it is the speaker of an earlier statement.
    """

    start: int
    end: int
    sentence: int
    entity: Entity
    gender: str | None
    is_subject: bool
    title: str = ""
    speaker: bool = False


_START = attrgetter("start")


def slug(text: str) -> str:
    """``Pakistan's Foreign Office`` → ``pakistan-foreign-office``."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"['’]s\b", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "unnamed"


def local_entity(article: Article, name: str, type_: str) -> Entity:
    """An article-local entity for a source that is not in the knowledge base."""
    return Entity(f"local:{article.id}:{slug(name)}", name, type_)


def kb_entity(kb: KnowledgeBase, actor_id: str) -> Entity:
    a = kb.actors[actor_id]
    return Entity(a.id, a.name, a.type)


class MentionIndex:
    """All actor mentions of one article, in text order, plus the article's focus country.

    Args:
        article: the article.
        parse: its parse.
        kb: the knowledge base.
    """

    def __init__(self, article: Article, parse: Parse, kb: KnowledgeBase):
        self.article = article
        self.kb = kb
        self.parse = parse
        self.mentions: list[Mention] = []
        self._locals: dict[str, Entity] = {}  # surname key -> local person
        self._collect()
        # Kept sorted by start, and grouped by sentence, so that look-ups are binary searches, not scans: an
        # article of thousands of statements adds and looks up once per statement.
        self._by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in self.mentions:
            self._by_sentence[m.sentence].append(m)
        self.focus_country = self._focus()

    # Names in the text that the parser tags PERSON/ORG/GPE, resolved through the knowledge base.
    def _collect(self) -> None:
        for off, doc in self.parse.docs:
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                    continue
                s, e = off + ent.start_char, off + ent.end_char
                text = self.article.text[s:e]
                if text.endswith(("’s", "'s")):
                    e -= 2
                    text = text[:-2]
                entity, gender = self.resolve_name(text, ent.label_, s)
                if entity is None:
                    continue
                subj = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)
                title = " ".join(t.text for t in ent.root.lefts if t.dep_ == "compound" and t.ent_type_ != "PERSON")
                before = self.article.text[max(0, s - TITLE_LOOKBACK):s]
                title = (title + " " + " ".join(_TITLE_WORDS.findall(before))).strip()
                if entity.type == "person":
                    title = (title + " " + self.header_title(text)).strip()
                self.mentions.append(Mention(s, e, self.parse.sentence_at(s), entity, gender, subj, title))
        self.mentions.sort(key=_START)
        self._collect_groups()

    def header_person(self) -> Entity | None:
        """The first knowledge-base person the header line names (``Title: President Vladimir Putin sent a message
        ...``): who sent the letter the body then quotes."""
        header = self.article.text[:self.article.body_start]
        for m in re.finditer(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2}", header):
            ids = self.kb.lookup(m.group(), fuzzy=False)
            if len(ids) == 1:
                actor = self.kb.actors[next(iter(ids))]
                if actor.type == "person":
                    return kb_entity(self.kb, actor.id)
        return None

    def header_title(self, name: str) -> str:
        """Title words (and the country adjective) the header line gives a person (``Title: ... met with Italian
        Foreign Minister Lamberto Dini``), so that ``Mr Dini`` in the body carries them."""
        header = self.article.text[:self.article.body_start]
        surname = name.split()[-1] if name.split() else ""
        k = header.find(" " + surname) if len(surname) > 2 else -1
        if k < 0:
            return ""
        before = header[max(0, k - TITLE_LOOKBACK):k]
        found = _TITLE_WORDS.findall(before)
        if not found:
            return ""
        countries = table("countries")
        return " ".join([w for w in re.findall(r"[\w’'-]+", before) if w.lower() in countries] + found)

    def _collect_groups(self) -> None:
        """Plural subjects that name several sources (``Vladimir Putin and Angela Merkel discussed ...``), as
        antecedents of ``they`` and ``the two leaders``: ``(start, end, sentence, member entity ids)``."""
        from .extract.speakers import is_group, np_bounds

        self.groups: list[tuple[int, int, int, frozenset[str]]] = []
        for off, doc in self.parse.docs:
            for t in doc:
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN") and is_group(t):
                    lo, hi = np_bounds(t)
                    s, e = off + doc[lo].idx, off + doc[hi].idx + len(doc[hi])
                    self.groups.append((s, e, self.parse.sentence_at(s), frozenset()))
        bounds = self.groups
        self.groups = []
        for s, e, sent, _ in bounds:
            members = frozenset(m.entity.id for m in self.within(s, e))
            if members:
                self.groups.append((s, e, sent, members))

    def resolve_name(self, text: str, label: str = "PERSON", at: int | None = None) -> tuple[Entity | None, str | None]:
        """Resolve a name to a KB entity or an article-local person; None for non-actors (``Russian``).

        Args:
            text: the mention text.
            label: spaCy entity label (PERSON, ORG, GPE, NORP).
            at: offset of the mention, to prefer antecedents before it.
        """
        ids = self.kb.lookup(text, fuzzy=label == "PERSON")
        if label == "NORP":
            return None, None
        if len(ids) > 1:
            ids = self._disambiguate(ids, at)
        if len(ids) == 1:
            actor = self.kb.actors[next(iter(ids))]
            return kb_entity(self.kb, actor.id), actor.gender
        if label != "PERSON":
            return None, None
        name = strip_titles(text)
        words = name_key(name).split()
        if not words:
            return None, None
        surname = words[-1]
        if surname in self._locals:
            ent = self._locals[surname]
            return ent, None
        ent = local_entity(self.article, name, "person")
        self._locals[surname] = ent
        return ent, None

    def _disambiguate(self, ids: set[str], at: int | None) -> set[str]:
        """Pick among same-surname actors: an earlier full mention in the article, else the office holder on the date."""
        for m in reversed(self.mentions):
            if (at is None or m.start < at) and m.entity.id in ids:
                return {m.entity.id}
        from .reader import article_date

        day = article_date(self.article)
        if day is not None:
            active = {i for i in ids if any(r.held_on(day) for r in self.kb.actors[i].roles)}
            if len(active) == 1:
                return active
        return ids

    def _focus(self) -> str | None:
        counts: Counter[str] = Counter()
        for m in self.mentions:
            if not m.entity.is_local:
                country = self.kb.actors[m.entity.id].country
                if country:
                    counts[country] += 1
        countries = table("countries")
        for word in re.findall(r"[A-Za-z.]+", self.article.text[self.article.body_start:][:3000]):
            c = countries.get(word.lower())
            if c and word[0].isupper():
                counts[c] += 0.5
        return counts.most_common(1)[0][0] if counts else None

    def add(self, mention: Mention) -> None:
        """Record a resolved speaker (a pronoun or role description) as a later antecedent."""
        # After any mention with the same start, as appending and a stable sort would put it.
        bisect.insort_right(self.mentions, mention, key=_START)
        bisect.insort_right(self._by_sentence[mention.sentence], mention, key=_START)

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions inside ``[start, end]``, in index order."""
        out = []
        for k in range(bisect.bisect_left(self.mentions, start, key=_START), len(self.mentions)):
            m = self.mentions[k]
            if m.start > end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def before(self, offset: int, window: int = 4):
        """Mentions ending before ``offset`` within ``window`` sentences, nearest sentence first."""
        sent = self.parse.sentence_at(offset)
        for back in range(window + 1):
            group = [m for m in self._by_sentence.get(sent - back, ()) if m.end <= offset]
            if group:
                yield back, group

    def after(self, offset: int, window: int = 2) -> list[Mention]:
        sent = self.parse.sentence_at(offset)
        return [m for m in self.mentions if m.start >= offset and m.sentence <= sent + window]
