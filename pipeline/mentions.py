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

from spacy.tokens import Span

from .kb import KnowledgeBase, is_possessive, name_key, strip_possessive, strip_titles
from .lexicon import table, words
from .reader import article_date
from .records import Article, Entity
from .sentences import Parse

_TITLE_WORDS = re.compile(r"\b(" + "|".join(sorted(words("title_words"))) + r")\b", re.I)
# Title words are looked for this many characters before a name: ``Russian Foreign Minister Sergei Lavrov``, and
# not a title two clauses back.
TITLE_LOOKBACK = 40
# "the Minsk agreements", "the Geneva talks": nouns a city names without being its state
_PLACE_NAMED = words("place_named_nouns")
# "the weekly Dzerkalo Tyzhnya", "the daily Kayhan": a name right after an outlet noun is the outlet's
_OUTLET_NOUNS = words("outlet_nouns")
_ADMINISTRATIVE_UNITS = words("administrative_units")
# "a fisherman who gave his name only as Chen": a name given in part is a local person, whoever else bears it
_PARTIAL_NAME = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words("partial_name_phrases")))) + r")\s*,?\s*$",
                           re.I)
# how far before a name such a phrase may start (the longest phrase is under forty characters)
PARTIAL_NAME_LOOKBACK = 60
# a wire dateline: a place in capitals, perhaps a date and an agency, then a dash
_DATELINE = re.compile(r"\s*([A-Z][A-Z .'’-]{2,})(?:,[^\n]{0,40}?)?(?:\s*\([^)\n]{0,30}\))?\s*(?:--|—|–|-)\s")
# the offices whose title runs "<office> of <region> <name>"
_OFFICE_WORDS = words("office_nouns") | words("title_words")
# The words just before a name that may still be its title: capitalised words, title words and the small words of a
# title (``Deputy Chief of the General Staff``, ``the Kremlin's chief spokesman``); a verb or any other lower-case
# word ends the run (``special envoy Steve Witkoff met Putin``: ``envoy`` is no title of Putin's).
_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.’'-]*|" + "|".join(sorted(words("title_words") | words("title_run_words")))
                        + r")\b[\s,]*)*$")


def _surname_taken_for_place(tok) -> bool:
    """Whether a subject the tagger labelled a place or an organisation on its own is the surname of a name whose
    first name it left untagged (``Kenzo Oshima said``: ``Oshima`` a GPE): a capitalised word that is no title
    before it; a place or body named in full (``New York``) is tagged whole."""
    if tok.ent_type_ not in ("GPE", "ORG") or tok.ent_iob_ != "B" or tok.i == 0:
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False  # the entity goes on after it
    first = tok.doc[tok.i - 1]
    return first.pos_ == "PROPN" and first.dep_ == "compound" and not first.ent_type_ and first.is_title \
        and first.lower_ not in words("title_words") and (first.i == 0 or tok.doc[first.i - 1].pos_ != "PROPN")


def given_in_part(text: str, start: int) -> bool:
    """Whether the name at ``start`` is one a source gave only in part (``who gave his name only as Chen``).

    Args:
        text: the article text; start: where the name begins.
    """
    return _PARTIAL_NAME.search(text, max(0, start - PARTIAL_NAME_LOOKBACK), start) is not None


def _title_run(before: str) -> str:
    """The tail of ``before`` that may be the title of the name that follows it."""
    m = _TITLE_RUN.search(before)
    return m.group(0) if m else ""


# The focus country: each knowledge-base name counts 1 for its country, and each capitalised country word in the
# lead (the first FOCUS_LEAD characters of the body, where the story's subject is set) counts FOCUS_WORD_WEIGHT, so
# that a name outweighs an adjective but a lead full of "Georgian" still decides a story with few names.
FOCUS_LEAD = 3000
FOCUS_WORD_WEIGHT = 0.5
# A surname is looked up in the header only from this length on: shorter ones match inside other words.
MIN_HEADER_SURNAME = 3
# How :meth:`MentionIndex.candidates` says that it removed every knowledge-base person a surname matched: the
# article named someone else with that surname outside the knowledge base, or none of them held a role on its date.
LOCAL_ANTECEDENT = "local_antecedent"
OUT_OF_OFFICE = "out_of_office"


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
        untagged: a subject the parser gave no entity label, found only as an antecedent (never a speaker's name).
    """

    start: int
    end: int
    sentence: int
    entity: Entity
    gender: str | None
    is_subject: bool
    title: str = ""
    speaker: bool = False
    untagged: bool = False


_START = attrgetter("start")


def slug(text: str) -> str:
    """``Pakistan's Foreign Office`` → ``pakistan-foreign-office``."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = strip_possessive(s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "unnamed"


def local_entity(article: Article, name: str, type_: str) -> Entity:
    """An article-local entity for a source that is not in the knowledge base."""
    return Entity(f"local:{article.id}:{slug(name)}", name, type_)


# a generational suffix after a surname
_GENERATION = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")
_RUN_BREAK = re.compile(r"[—–,;:()\"“”]")


def other_country(kb: KnowledgeBase, actor_id: str, before: str, window: int = 2) -> bool:
    """Whether the last ``window`` words of ``before`` (the words just before an organisation's name, or a whole
    speaker phrase) give it another country than its own: ``Pakistan's Foreign Office`` is not the British one,
    whatever the names share."""
    actor = kb.actors[actor_id]
    if actor.type != "organisation" or not actor.country:
        return False
    countries = table("countries")

    def codes(text: str, last: int | None = None) -> set[str]:
        said = [strip_possessive(w.lower()) for w in re.findall(r"[\w.’'-]+", text)]
        said = said[-last:] if last else said
        # a country of two words counts as one ("South Korea's Joint Chiefs" are not the American ones)
        found = {countries.get(w) for w in said} | {countries.get(f"{a} {b}") for a, b in zip(said, said[1:])}
        return found - {None}

    # only words that run into the name: "WASHINGTON — NATO leaders" is a dateline, not Washington's NATO
    named = codes(_RUN_BREAK.split(before)[-1], window)
    if not named or actor.country in named:
        return False  # (the common case, decided before the organisation's names are read)
    # A country its own name says is no other country: ``the Taiwan Affairs Office`` is China's.
    return bool(named - set().union(*(codes(n) for n in (actor.name, *actor.aliases))))


# A name's card (``Obama Barack``, ``Ushakov Yury Aide to the President``) right after the name: the surname said
# twice, then anything to the end; ``Boutros Boutros-Ghali``, whose second word only starts like the first, stays
# whole.
_REPEATED_NAME = re.compile(r"\b([A-Z][\w’'-]+)\s+\1(?![\w’'-]).*$", re.S)


def drop_repeated_name(text: str, kb: KnowledgeBase | None = None) -> str:
    """``Mr Obama Obama Barack`` → ``Mr Obama``: some official pages print a name's card (surname, first name,
    title) right after the name, and the parser takes it into the name. A name ``kb`` knows as written
    (``Boutros Boutros Ghali``) is no card."""
    if kb is not None and kb.lookup(text, fuzzy=False):
        return text
    return _REPEATED_NAME.sub(r"\1", text)


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
        self.date = article_date(article)
        self._folded: str | None = None  # the article's text folded like names, for "named in full" checks
        self.country_ranking: list[str] = []  # countries the article is about, most mentioned first
        self._locals: dict[str, Entity] = {}  # surname key -> local person
        self._local_gender: dict[str, str] = {}  # local person id -> gender its first name says
        self._collect()
        # Kept sorted by start, and grouped by sentence, so that look-ups are binary searches, not scans: an
        # article of thousands of statements adds and looks up once per statement.
        self._by_sentence: dict[int, list[Mention]] = defaultdict(list)
        # where the article first names each entity (names only: the resolved speakers `add` records come later)
        self.first_named: dict[Entity, int] = {}
        for m in self.mentions:
            self._by_sentence[m.sentence].append(m)
            self.first_named.setdefault(m.entity, m.start)
        self.focus_country = self._focus()
        self.dateline_country = self._dateline()

    # Names in the text that the parser tags PERSON/ORG/GPE, resolved through the knowledge base.
    def _collect(self) -> None:
        for off, doc in self.parse.docs:
            for ent in doc.ents:
                if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                    continue
                s, e = off + ent.start_char, off + ent.end_char
                holder = self._holder_after_unit(ent)
                if holder is not None:
                    s = off + holder.start_char  # "Governor of the Kaliningrad Region Vladimir Yegorov": the person
                    ent = holder
                text = self.article.text[s:e]
                if is_possessive(text):
                    e -= 2
                    text = text[:-2]
                if drop_repeated_name(text, self.kb) != text:
                    text = drop_repeated_name(text, self.kb)
                    e = s + len(text)
                label = "PERSON" if self._person_of_institution(ent) else ent.label_
                if given_in_part(self.article.text, s):
                    label = "PERSON"
                    entity, gender = self.local_person(text)
                else:
                    entity, gender = self.resolve_name(text, label, s)
                if label == "PERSON" and entity is not None and entity.is_local and (
                        self._thing_named(ent) or text.lower().rstrip(".") in words("rank_abbreviations")):
                    continue  # (nor is "Maj." of "Press Secretary Maj. Gen. Pat Ryder", which the tagger may name)
                if label == "PERSON" and entity is not None and entity.is_local \
                        and ent.start > 0 and doc[ent.start - 1].lower_ in _OUTLET_NOUNS:
                    # a newspaper's name the tagger read as a person's: the outlet, as a media source
                    entity = local_entity(self.article, text, "media")
                if entity is None and label == "ORG":
                    entity = self._national_office(text, self.article.text[max(0, s - TITLE_LOOKBACK):s])
                if entity is None or (not entity.is_local and other_country(self.kb, entity.id, self.article.text[
                        max(0, s - TITLE_LOOKBACK):s])):
                    continue
                if entity.type == "state" and text != entity.name and ent.root.dep_ == "compound" \
                        and ent.root.head.lower_ in _PLACE_NAMED:
                    continue  # "the Minsk agreements": a city naming an accord, not Belarus
                subj = any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)
                title = " ".join(t.text for t in ent.root.lefts if t.dep_ == "compound" and t.ent_type_ != "PERSON")
                title = (title + " " + self._title_before(s)).strip()
                if entity.type == "person":
                    title = (title + " " + self.header_title(text)).strip()
                self.mentions.append(Mention(s, e, self.parse.sentence_at(s), entity, gender, subj, title))
        self._collect_untagged_subjects()
        self._collect_untagged_names()
        self.mentions.sort(key=_START)
        self._collect_groups()

    def _title_before(self, start: int) -> str:
        """The title words in the run of title-like words just before a name that starts at ``start`` (``Colonel
        General``, ``Governor of Tyumen Region``: ``Governor``)."""
        return " ".join(_TITLE_WORDS.findall(_title_run(self.article.text[max(0, start - TITLE_LOOKBACK):start])))

    def _national_office(self, name: str, before: str) -> Entity | None:
        """``Russia's Foreign Ministry``: an office that many countries have (no name of one alone), right after the
        country the parser left out of it, is that country's; None otherwise."""
        last = re.findall(r"[\w.’'-]+", before)[-1:]
        country = table("countries").get(strip_possessive(last[0].lower())) if last else None
        actor = self.kb.organisation(name, country) if country else None
        return kb_entity(self.kb, actor.id) if actor is not None else None

    @staticmethod
    def _thing_named(ent) -> bool:
        """Whether a name the parser tagged PERSON, and the knowledge base does not know, names a thing: a plural
        noun (``Drones had dropped``), a phrase with a verb in it (``Xinhua carried``), a name qualifying a common
        noun (``the Poseidon torpedo``, ``the Graivoron district``), or a building (``St George's Hall``)."""
        root = ent.root
        if root.tag_ == "NNS" and len(ent) == 1 or any(t.pos_ == "VERB" for t in ent):
            return True
        things = words("named_thing_nouns")
        return root.dep_ == "compound" and root.head.lemma_.lower() in things or ent[-1].lower_ in things

    @staticmethod
    def _holder_after_unit(ent):
        """The name at the end of an organisation or place the tagger ran on past a region's name (``Governor of the
        Kaliningrad Region Vladimir Yegorov``: two or three capitalised words after ``Region``, right after an office
        and ``of``), as a PERSON span; None otherwise."""
        if ent.label_ not in ("ORG", "GPE"):
            return None
        doc = ent.doc
        unit = next((t.i for t in reversed(ent) if t.lower_ in _ADMINISTRATIVE_UNITS), None)
        if unit is None or not 2 <= ent.end - unit - 1 <= 3:
            return None
        k = ent.start - 1
        while k >= 0 and doc[k].lower_ in ("the", "of"):
            k -= 1
        if k < 0 or doc[k].lower_ not in _OFFICE_WORDS or doc[ent.start - 1].lower_ not in ("of", "the"):
            return None
        name = doc[unit + 1:ent.end]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
            return None
        return Span(doc, name.start, name.end, label="PERSON")

    @staticmethod
    def _person_of_institution(ent) -> bool:
        """``Maxim Orlov of the Moscow-based Centre ... believes``: a subject the parser tagged ORG that is two or three
        capitalised words, none an institution's, followed by ``of``, is a person named with their institution."""
        doc = ent.doc
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.end >= len(doc) or doc[ent.end].lower_ != "of":
            return False
        institution = words("org_nouns") | words("definite_org_nouns")
        return (ent.root.dep_ in ("nsubj", "nsubjpass")
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower()
                        and t.lower_ not in institution for t in ent))

    def _collect_untagged_subjects(self) -> None:
        """Subjects the parser left without an entity label (``Goldin has been careful ...``, ``Popovkin, for his
        part, made clear ...``) that name a person the article or the knowledge base already knows: antecedents of
        the ``he`` that follows their quote. A name seen nowhere else stays out (it may be anything) unless a rank or
        title comes before it (``Field Marshal Konev``). A surname the
        parser took for a nationality (``Zakharova`` as NORP) counts as untagged."""
        for off, doc in self.parse.docs:
            for t in doc:
                if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN":
                    continue
                place_surname = _surname_taken_for_place(t)
                if t.ent_type_ not in ("", "NORP") and not place_surname:
                    continue
                lo = t
                while lo.i > 0 and doc[lo.i - 1].pos_ == "PROPN" and doc[lo.i - 1].dep_ == "compound" \
                        and not doc[lo.i - 1].ent_type_:
                    lo = doc[lo.i - 1]
                s, e = off + lo.idx, off + t.idx + len(t)
                key = name_key(strip_titles(self.article.text[s:e])).split()
                if not key:
                    continue
                if key[-1] in self._locals:
                    entity = self._locals[key[-1]]
                    gender = self.local_gender(entity.id)
                else:
                    ids, _ = self.candidates(self.article.text[s:e], fuzzy=False)
                    persons = [i for i in ids if self.kb.actors[i].type == "person"]
                    if len(persons) == 1 and len(ids) == 1:
                        entity, gender = kb_entity(self.kb, persons[0]), self.kb.actors[persons[0]].gender
                    elif not ids and (lo.i > 0 and doc[lo.i - 1].lower_ in words("title_words")
                                      or place_surname):
                        # "Field Marshal Konev, who led ...": a rank before the name makes it a person's; so does a
                        # first name before a surname the tagger took for a place ("Kenzo Oshima, speaking for Japan")
                        entity, gender = self.resolve_name(self.article.text[s:e], "PERSON", s)
                        if entity is None:
                            continue
                    else:
                        continue
                self.mentions.append(Mention(s, e, self.parse.sentence_at(s), entity, gender, True, "", untagged=True))

    def _collect_untagged_names(self) -> None:
        """Full names of knowledge-base people the tagger did not label at all, wherever they stand (``met with
        Governor of Tyumen Region Sergei Sobyanin``, ``Mayor of Moscow Yury Luzhkov``): the ``governor`` or ``he``
        that follows needs them as antecedents. Only a run of two or three capitalised words that names exactly one
        person counts; a surname alone stays out."""
        taken = {m.start for m in self.mentions}
        for off, doc in self.parse.docs:
            k = 0
            while k < len(doc):
                if doc[k].pos_ != "PROPN" or doc[k].ent_type_:
                    k += 1
                    continue
                j = k
                while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and not doc[j + 1].ent_type_:
                    j += 1
                for n in (2, 3):  # (a longer run first would take in a title: "Region Sergei Sobyanin")
                    if j - k + 1 < n:
                        continue
                    lo, hi = doc[j - n + 1], doc[j]
                    s, e = off + lo.idx, off + hi.idx + len(hi)
                    actor = self.kb.sole_person(self.article.text[s:e]) if s not in taken else None
                    if actor is None:
                        continue
                    subj = any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(lo.i, hi.i + 1))
                    self.mentions.append(Mention(s, e, self.parse.sentence_at(s), kb_entity(self.kb, actor.id),
                                                 actor.gender, subj, self._title_before(s), untagged=True))
                    break
                k = j + 1

    def header_person(self) -> Entity | None:
        """The first knowledge-base person the header line names (``Title: Letter of President Vladimir Putin to
        ...``): who sent the letter the body then quotes."""
        header = self.article.text[:self.article.body_start]
        for m in re.finditer(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)+", header):
            # every two or three capitalised words of the run, left to right: "Acting President Vladimir Putin"
            run = m.group().split()
            for k in range(len(run) - 1):
                for n in (3, 2):
                    actor = self.kb.sole_person(" ".join(run[k:k + n])) if k + n <= len(run) else None
                    if actor is not None:
                        return kb_entity(self.kb, actor.id)
        return None

    def header_title(self, name: str) -> str:
        """Title words (and the country adjective) the header line gives a person (``Title: ... received Austrian
        Foreign Minister Karl Huber``), so that ``Mr Huber`` in the body carries them."""
        header = self.article.text[:self.article.body_start]
        surname = name.split()[-1] if name.split() else ""
        k = header.find(" " + surname) if len(surname) >= MIN_HEADER_SURNAME else -1
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
        # Subjects that are a group noun (``The Presidents discussed ...``, ``the two leaders continued ...``):
        # ``(start, sentence)``, so that ``They`` after them is the group, not a country named in between.
        self.group_subjects: list[tuple[int, int]] = []
        group_nouns = words("group_nouns")
        for off, doc in self.parse.docs:
            for t in doc:
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.text.lower() in group_nouns:
                    self.group_subjects.append((off + t.idx, self.parse.sentence_at(off + t.idx)))
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN") and is_group(t):
                    lo, hi = np_bounds(t)
                    s, e = off + doc[lo].idx, off + doc[hi].idx + len(doc[hi])
                    self.groups.append((s, e, self.parse.sentence_at(s), frozenset()))
        bounds = self.groups
        self.groups = []
        for s, e, sent, _ in bounds:
            inside = [m.entity for m in self.within(s, e)]
            # "Vladimir Putin and Federal Chancellor of Germany Angela Merkel": the people, not Germany
            persons = [x for x in inside if x.type == "person"]
            members = frozenset(x.id for x in (persons or inside))
            if members:
                self.groups.append((s, e, sent, members))

    def resolve_name(self, text: str, label: str = "PERSON", at: int | None = None) -> tuple[Entity | None, str | None]:
        """Resolve a name to a KB entity or an article-local person; None for non-actors (``Russian``).

        Args:
            text: the mention text.
            label: spaCy entity label (PERSON, ORG, GPE, NORP).
            at: offset of the mention, to prefer antecedents before it.
        """
        if label == "NORP":
            return None, None
        def lookup(name: str) -> set[str]:
            ids, _ = self.candidates(name, fuzzy=label == "PERSON")
            return self._disambiguate(ids, at) if len(ids) > 1 else ids

        ids = lookup(text)
        if len(ids) != 1 and label == "PERSON" and _GENERATION.search(text):
            # "Lloyd J. Austin III", which the tagger may cut to "J. Austin III" (a king's numeral stays: it is
            # tried first, "King Abdullah II")
            text = _GENERATION.sub("", text)
            ids = lookup(text)
        if len(ids) == 1:
            actor = self.kb.actors[next(iter(ids))]
            return kb_entity(self.kb, actor.id), actor.gender
        bare = re.sub(r"^the\s+", "", text, flags=re.I)
        if label == "ORG" and bare.split() and bare.split()[-1].lower() in words("definite_org_nouns") and \
                self.kb.organisation(bare, None) is None:
            # A named institution outside the knowledge base (``the Arctic Research Agency``; not ``the Defence
            # Ministry``, which is some country's) is an antecedent of ``the agency`` like a known one.
            return local_entity(self.article, bare, "organisation"), None
        if label != "PERSON":
            return None, None
        if bare.split() and bare.split()[-1].lower() in words("definite_org_nouns") | words("institution_nouns"):
            return None, None  # "Kiev Taras Shevchenko University": the parser's PERSON is an institution
        return self.local_person(text)

    def local_person(self, text: str) -> tuple[Entity | None, str | None]:
        """The article-local person a name outside the knowledge base names (shared by its surname mentions), with
        the gender its first name says; None for an office (``the President``).

        Args:
            text: the name as the article writes it.
        """
        name = strip_titles(text)
        keys = name_key(name).split()
        if not keys or all(w.lower() in words("role_words") for w in re.findall(r"[\w’'-]+", name)):
            return None, None  # "Her Majesty", "the President": an office, not a person's name
        surname = keys[-1]
        if surname in self._locals:
            ent = self._locals[surname]
            return ent, self.local_gender(ent.id)
        ent = local_entity(self.article, name, "person")
        self._locals[surname] = ent
        gender = self.kb.first_name_gender(keys[0]) if len(keys) > 1 else None
        if gender is not None:
            self._local_gender[ent.id] = gender
        if len(keys) > 1:
            # "Ma Ying-jeou ... Ma said": a family name written first is how the article names him again
            self._locals.setdefault(keys[0], ent)
        if len(keys) > 2:
            # "Vladimir Padrino López ... Padrino said": the first of two surnames
            self._locals.setdefault(keys[-2], ent)
        return ent, gender

    def local_gender(self, entity_id: str) -> str | None:
        """The gender the first name of an article-local person says, or None."""
        return self._local_gender.get(entity_id)

    def candidates(self, text: str, fuzzy: bool = True) -> tuple[set[str], str]:
        """The knowledge base's look-up of a name (ids, and how they were found), without organisations of another
        country than the name gives (``Pakistan's Foreign Office``), and kept to the people this article can mean
        when the name is only a surname or spelt approximately:

        - a person named earlier in the article outside the knowledge base with that surname (``Robert Blake ...
          Blake said``) is that person, never a knowledge-base namesake, unless the article named that namesake
          before that person;
        - on a dated article, a knowledge-base person is a candidate only while one of their roles covers the date,
          or when the article names them in full (``Gennady Zyuganov`` before ``Zyuganov``).

        When a rule removes every person, ``how`` says which: :data:`LOCAL_ANTECEDENT` or :data:`OUT_OF_OFFICE`.

        Args:
            text: the mention.
            fuzzy: also try approximate matching.
        """
        ids, how = self.kb.match(text, fuzzy)
        ids = {i for i in ids if not other_country(self.kb, i, text, window=len(text.split()))}
        key = name_key(strip_titles(text)).split()
        partial = how in ("surname", "fuzzy") or (how == "name" and len(key) == 1)
        persons = {i for i in ids if self.kb.actors[i].type == "person"}
        if not partial or not persons:
            return ids, how
        if key and key[-1] in self._locals or how == "fuzzy" and key and self._header_spells(key[-1]):
            # ... unless the article named a knowledge-base namesake before it named that person ("President Daniel
            # Ortega ... Laureano Ortega, the president's son, ... Ortega said": the lone surname is the principal's)
            local = self._locals.get(key[-1]) if key and how != "fuzzy" else None
            first = min((m.start for m in self.mentions if m.entity == local), default=-1) if local else -1
            named = {m.entity.id for m in self.mentions if m.start < first and m.entity.id in persons}
            return (ids - persons) | named, how if named else LOCAL_ANTECEDENT
        if self.date is not None:
            kept = {i for i in ids if i not in persons or self._in_time(self.kb.actors[i])}
            if not kept & persons:
                return kept, OUT_OF_OFFICE
            ids = kept
        persons &= ids
        if len(persons) > 1:
            # namesakes both possible: the one the article (its header included) names in full ("Title: ... Head of
            # Mordovia Vladimir Volkov" makes "Mr Volkov" him, not Leonid Volkov)
            named = {i for i in persons if self._named_in_full(self.kb.actors[i])}
            if 0 < len(named) < len(persons):
                ids -= persons - named
        return ids, how

    def _header_spells(self, surname: str) -> bool:
        """Whether the header line names someone the knowledge base does not know with exactly this surname (``Title:
        ... met Minister Vladimir Zorin``): the body's ``Mr Zorin`` is that person, not an approximate match (Zorkin)."""
        header = self.article.text[:self.article.body_start]
        for m in re.finditer(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)+", header):
            run = m.group().split()
            for k in range(1, len(run)):
                if name_key(run[k]) == surname and not self.kb.lookup(" ".join(run[k - 1:k + 1]), fuzzy=False):
                    return True
        return False

    def _in_time(self, actor) -> bool:
        """Whether a person holds a role on the article's date (or has no dated role), or the article names them in
        full."""
        if not actor.roles or any(r.held_on(self.date) for r in actor.roles):
            return True
        return self._named_in_full(actor)

    def _named_in_full(self, actor) -> bool:
        """Whether the article (header included) names a person with a name or alias of two words or more."""
        if self._folded is None:
            self._folded = f" {name_key(self.article.text)} "
        for alias in (actor.name, *actor.aliases):
            key = name_key(strip_titles(alias))
            if len(key.split()) >= 2 and f" {key} " in self._folded:
                return True
        return False

    def _disambiguate(self, ids: set[str], at: int | None) -> set[str]:
        """Pick among same-surname actors: an earlier full mention in the article, else the office holder on the date."""
        for m in reversed(self.mentions):
            if (at is None or m.start < at) and m.entity.id in ids:
                return {m.entity.id}
        if self.date is not None:
            active = {i for i in ids if any(r.held_on(self.date) for r in self.kb.actors[i].roles)}
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
        for word in re.findall(r"[A-Za-z.]+", self.article.text[self.article.body_start:][:FOCUS_LEAD]):
            c = countries.get(word.lower())
            if c and word[0].isupper():
                counts[c] += FOCUS_WORD_WEIGHT
        self.country_ranking = [c for c, _ in counts.most_common()]
        return counts.most_common(1)[0][0] if counts else None

    def _dateline(self) -> str | None:
        """The country of a wire dateline that opens the body (``SEOUL --``, ``MOSCOW, July 14 (Reuters) -``): where
        the story is reported from, whose bodies the copy names without their country."""
        m = _DATELINE.match(self.article.text, self.article.body_start)
        return table("countries").get(m.group(1).strip(" -").lower()) if m else None

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
