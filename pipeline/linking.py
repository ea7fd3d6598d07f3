"""Stage 4b: link each statement's speaker mention to an entity, by named strategies.

A strategy is a function ``fn(linker, sp) -> Entity | None | PASS`` registered by name in :data:`STRATEGIES`; for
each speaker the strategies are tried in registration order and the first that does not return :data:`PASS`
decides (an entity, or None for an anonymous or unresolvable source). The statement records the strategy's name.
A news outlet (type ``media``) is a source when it speaks for itself (``KCNA said the drills were Y``); the extractor
drops its statements that relay another's (``X said, Interfax reported``).

- ``group``: conjoined sources (``Mr Putin and Mr Bush``) share one article-local group entity, and so do other
  groups of the same parties (``Russia and the United States``, ``the Russian and American presidents``), but
  never two groups of different named people (``Mr Lavrov and Mr Powell`` are not the two presidents);
- ``pronoun``: the nearest compatible antecedent, speakers of earlier statements first; ``they`` after a group
  (a group speaker, or a plural subject naming several sources) is that group, and after people named by a plural
  noun in its sentence (``American students``, ``the Nazis``) those people; ``he`` right after a quote is the
  quoted speaker unless another person became a subject since (a person merely named in between is not);
- ``members``: ``NATO leaders``, ``EU foreign ministers``: the leaders or members of one organisation speaking
  together speak for it (``the Russian and EU leaders``, ``the two NATO leaders`` stay a group);
- ``group_reference``: ``the two leaders``, ``the sides``: the group last spoken of;
- ``leader_office``: ``President Macron's office``, ``the office of Prime Minister Bennett``, ``his press service``,
  ``the Presidential Press Service`` is the office, never the person: the knowledge base's office for the person's
  role on the date (lexicon ``leader_offices``, ``leader_office_heads``, ``leader_adjectives``), else local;
- ``opinion_owner``: ``according to Gazprom's estimates``: an opinion noun speaks for its possessor;
- ``name_inside``: a knowledge-base name the mention index found inside the speaker phrase (not a possessor);
- ``outlet``: ``North Korea's official KCNA news agency`` is the outlet its phrase names; ``the agency``,
  ``the newspaper`` the outlet named last (lexicon ``outlet_nouns``), unless an organisation of that noun was named
  since; ``State television``, ``Iranian state TV`` the state broadcaster of the country named (in the phrase, else
  just before it, else in focus);
- ``state_party``: ``the Arizona Republican`` is the US legislator from Arizona the article named before;
- ``apposition``: a role with a name between commas (``According to its secretary general, Nikolai Bordyuzha,``),
  also after the role's own complement (``The President's Special Representative for X, Sergei Yastrzhembsky,``);
- ``counterpart``: ``his U.S. counterpart`` holds the owner's office in the country named, never the owner;
- ``spokesperson``: ``Putin's spokesman``, ``the spokesman for Chancellor Olaf Scholz`` is the holder of that office
  (of the gender the noun says), never the leader; ``a spokesman for ...`` is anonymous;
- ``spokesperson_of_pronoun``: ``Ban deplored the launch, his spokesman said``: the spokesperson in office of the
  person ``his`` stands for (named earlier in the sentence, else the pronoun's antecedent); else anonymous;
- ``nationality``: ``The German said``: the person of that country the article named last;
- ``named_in_part``: an unnamed source whose clause gives a name in part (``A nurse, who gave her name only as Hala,
  said``) is that article-local person; so is such a name itself, whoever in the knowledge base bears it (lexicon
  ``partial_name_phrases``);
- ``local_antecedent``, ``out_of_office``: a surname whose knowledge-base namesakes are ruled out (someone else of
  that surname was named earlier; none of them held a role on the article's date nor is named in full) is an
  article-local person;
- ``name``, ``surname``, ``fuzzy_name``: the knowledge base's exact, surname and approximate name look-ups;
- ``anonymous``: anonymous collectives and unnamed officials (``some commentators``, ``a senior official``); an
  unnamed spokesperson of a source outside the knowledge base is that source's article-local spokesperson;
- ``title``: a name behind a title (``Assistant Secretary of State Daniel Fried``);
- ``ambiguous_name``: several actors share the name; an earlier full mention or the office holder decides;
- ``person_inside``: a person named inside the speaker phrase but outside the knowledge base;
- ``issued_by``: ``a list published by the State Department``, ``a statement issued by the Kremlin``: a document
  speaks for the source a participle after it names (never for several: ``released by Moscow and Ankara``);
- ``meeting_document``: ``the summit communique`` speaks for the one organisation whose meeting the article says it
  was (``the alliance's summit``, ``a summit of the SCO``, ``NATO leaders``); not a place's (``the Brussels
  summit``), and no one's when a state or a person shares the meeting (``the EU-China summit``);
- ``document``: ``the statement``, ``a Foreign Ministry statement``: the organisation behind a document; a
  letter or message speaks for its sender (else for the office the publication is named after, ``President of
  Russia``); an executive order or decree on such pages for the office holder; a joint statement for the parties;
  ``the statement`` for whoever spoke through the last statement, else for whoever issued it (the subject of the
  clause that names it), else for the group whose statement came just before; ``it`` after a document subject
  speaks as the document does;
- ``role``: a role description (``the Russian leader``) resolves to the office holder on the article's date, or
  to the person the article (or its header) gave that title, preferring one who spoke to one named since; ``the former
  Norwegian prime minister`` only to a person the article named who had left that office; ``the president's
  spokesman`` to the spokesperson of that office (else anonymous); ``Beijing's envoy to Washington`` to the ambassador of the sending country there;
  ``the Kremlin chief`` to Russia's leader;
- ``local_surname``: a lone name that ends the name of a person outside the knowledge base named earlier
  (``Ank Bijleveld ... Bijleveld said``) is that person, whatever the parser tagged it;
- ``organisation``: ministries, governments, capitals (``the Foreign Ministry``, ``Moscow``), of the country a place
  set off at the head of the sentence names (``In Riyadh, the foreign ministry said``); ``the agency``,
  ``the ministry``, ``the mission`` is the organisation named so last (``Russia's Foreign Ministry``, ``China's
  mission``); ``the company`` the last organisation named that is no state body; not a name the parser took for an
  organisation's that an apposition calls a person (``Kadri Tamm, a researcher at ...``), which ``person_name`` takes; ``the Chinese embassy in Washington`` the knowledge base's embassy of that sending
  country in that host country;
- ``person_name``: a name outside the knowledge base gets one article-local id per person;
- ``role_cataphor``, ``role_antecedent``: ``a Russian general`` named after, ``the general`` named before (``the
  Chinese minister``: only a person of China);
- ``plural_anonymous``: unnamed plural sources (``officials``); ``local``: anything else, an article-local id.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from operator import attrgetter
from typing import Callable

from .extract import Attribution
from .extract.speakers import placed
from .kb import Actor, KnowledgeBase, is_possessive, possessive_at, strip_possessive
from .lexicon import table, words
from .mentions import (LOCAL_ANTECEDENT, OUT_OF_OFFICE, TITLE_LOOKBACK, Mention, MentionIndex, drop_repeated_name,
                       given_in_part, kb_entity, local_entity, other_country)
from .reader import article_date
from .records import Article, Entity, Span, Statement

# Sentences searched back for an antecedent: pronouns and ``the general`` (4), ``the ministry`` (6), and ``the
# statement`` for its organisation (4); a person without a matching title only in the last two sentences.
ANTECEDENT_WINDOW = 4
# "said the banker, who asked not to be named because he was not authorised to speak publicly": the clause after a
# speaker that asks for anonymity is read up to this many characters (a long relative clause).
ANONYMITY_REACH = 120
MINISTRY_WINDOW = 6
# An outlet's name or alias in the knowledge base is at most this many words ("All-Russia State Television and Radio
# Broadcasting Company"); longer runs of a speaker phrase are never looked up as one.
MAX_OUTLET_WORDS = 7
# "Sen. John McCain ... the Arizona Republican said": how many sentences back the legislator may have been named (a
# feature article names him once and refers to him by state and party for a few paragraphs)
STATE_PARTY_WINDOW = 12
# How far back in its own sentence a speaker's possessive pronoun looks for its owner, in characters ("Ban Ki-moon
# deplored the launch, his spokesman said"): a long news sentence.
SENTENCE_REACH = 400
UNTITLED_PERSON_WINDOW = 2
# Role phrases that are one kind of an office: the holder's title must say the word. ``The President`` is a head of
# state, but a queen or a king is not a president; ``Her Majesty`` is a queen; ``the Secretary of State`` is a
# foreign minister, but not Russia's.
TITLE_PHRASES = table("title_phrases")
# Read once here, not per speaker or per token: the lexicon's document nouns and title joiners; the words that end a
# leader's office (longest first, so "press office" wins over "office"); each leader's office -> (role, country).
_DOCUMENT_NOUNS = words("document_nouns")
# nationality-like words that name no country: a party ("Republican"), a side ("Western"), a word of a state's name
_NOT_COUNTRY_WORDS = words("us_party_nouns") | words("side_names") | words("state_name_words")
_POSTED_NOUNS = words("posted_nouns")
_TITLE_JOINERS = words("title_joiners")
_LEADER_OFFICE_HEADS = sorted((h.split() for h in words("leader_office_heads")), key=lambda h: (-len(h), h))
_LEADER_OF_OFFICE = {org: (role, country) for role, by_country in table("leader_offices").items()
                     if not role.startswith("_") for country, org in by_country.items()}



def _titles(before: str, phrase: str) -> bool:
    """Whether the text just before a name gives it the title ``phrase``: the phrase, then only capitalised words
    and the small words of titles (``High Representative in Bosnia, Paddy``), never a clause (``The Prime Minister
    spoke to President Trump`` gives Trump no title of prime minister)."""
    k = before.lower().rfind(phrase)
    return k >= 0 and all(w[:1].isupper() or w.lower() in _TITLE_JOINERS
                          for w in _WORD.findall(before[k + len(phrase):]))


def _titled(holders, role: str, phrase: str) -> list:
    """The holders of ``role`` whose title for it contains ``phrase`` (``Prime Minister of the United Kingdom`` for
    ``prime minister``; a US president holds the head of government's role under another title)."""
    return [a for a in holders if any(r.role == role and phrase in r.title.lower() for r in a.roles)]


def noun_gender(noun: str) -> str | None:
    """The gender a head noun says (``spokeswoman``: f, ``spokesman``: m, ``spokesperson``: none)."""
    return "f" if noun.endswith("woman") else "m" if noun.endswith("man") else None

# A word of a phrase, as the lexicon's lists spell it: "U.S.", "Taiwan's", "vice-president".
_WORD = re.compile(r"[\w.’'-]+")
# Heads of a phrase naming a spokesperson for an office (``the president's spokesman``); not ``secretary``, the head
# of ``the secretary of state``.
SPOKESPERSON_HEADS = words("spokesperson_heads")
# A spokesperson for someone named after it, up to that name: ``a spokesman for Prime Minister ``, ``the press
# secretary for ``; a comma or a clause in between ends the phrase.
_SPOKESPERSON_FOR = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|press\s+secretary)\s+for\s+[^,;:()]*$")
# Statements that quote their speaker's words: a pronoun speaker right after one continues the quoted speaker.
QUOTE_KINDS = ("direct", "mixed")
# A name set off by commas after a role (``its secretary general, Nikolai Bordyuzha,``): at most 60 characters, the
# length of a long title and name, so that a comma far on, after a clause, never closes one.
APPOSITION_MAX_CHARS = 60
_APPOSITION = re.compile(rf",\s+([^,;:“”\"()]{{2,{APPOSITION_MAX_CHARS}}}?),")
# A role's complement that the speaker span can leave out (`` for the Development of Relations with the European
# Union``): a preposition and capitalised words, up to the comma.
_ROLE_COMPLEMENT = re.compile(r"\s+(?:for|of|on|to)\s+(?:(?:the|and|of|with|for|on|in|[A-Z][\w'’-]*)\s+)*?"
                              r"[A-Z][\w'’-]*(?=,)")
# The words between a speaker and a cue after it that may still name an ambassador's host (`` in Washington``,
# `` to the United States``), which the speaker's span can leave out.
ENVOY_TAIL_CHARS = 30
# An ambassador or an embassy and the country it serves in: ``envoy to washington``, ``ambassador in the united
# states``, ``embassy in london``
_HOST = r"\s+(?:to|in)\s+((?:the\s+)?[\w.’'-]+(?:\s+states|\s+kingdom)?)"
_ENVOY = re.compile(rf"\b(ambassador|envoy){_HOST}")
# An article naming the United Nations, its General Assembly, its Charter or a numbered resolution (the UN's own
# meetings coverage seldom writes "UN"): its "Security Council" and "the Assembly" are the UN's bodies
_NAMES_UN = re.compile(r"\b(?:UN|United Nations|General Assembly|Charter)\b|\bU\.N\.|\bresolution \d{3,4}\b")
# ... and its two main bodies, whose delegates speak for their countries (not enough to read a bare "Security
# Council" as the UN's: Russia has one too)
_UN_BODY = re.compile(r"\b(?:Security Council|General Assembly)\b")
_NAMES_NATO = re.compile(r"\bNATO\b|\bNorth Atlantic\b|\b[Aa]lliance\b")
# what "it" and "they" can stand for: an outlet speaks for itself like any organisation ("The Global Times ... Its
# editorial said")
_IT_TYPES = ("organisation", "state", "media")
# the knowledge base's country code of the UN and its bodies
UN_COUNTRY = "UN"
# codes of the lexicon's country table that stand for a bloc of states, not for one ("the EU envoy" may be any member's)
_BLOC_CODES = frozenset({"EU", "NATO"})
# "the Foreign Ministry in Pyongyang said": a place right after an organisation's name says whose it is
_LOCATED_IN = re.compile(r"\s+in\s+((?:the\s+)?[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?)")
# "In Riyadh, the foreign ministry said": a place set off at the head of the sentence, just before the speaker
_PLACED_IN = re.compile(r"(?:^|[.!?]\s+|\n)In\s+((?:the\s+)?[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?),\s+$")
_EMBASSY = re.compile(rf"\b(embassy){_HOST}")
_IDX = attrgetter("idx")
_OTHER_OFFICE_WORDS = words("other_office_words")
# owners of an organisation phrase that stand for a state ("its commerce ministry")
_OWNER_WORDS = frozenset({"its"})
# the strategies that read a document's phrase, which a document owner's phrase does not go through again
_DOCUMENT_STRATEGIES = frozenset({"issued_by", "meeting_document", "document"})
# "Allied leaders agreed a communique which says": verbs whose subject issued the document that is their object (not
# "backed", "vetoed" or "welcomed" a resolution, which others drafted)
_ISSUING_LEMMAS = words("issuing_lemmas")
# an institution inside a role phrase -> the office's country ("the white house spokesman"), read once here
_ROLE_INSTITUTIONS = {k: v for k, v in table("role_institution_countries").items() if not k.startswith("_")}
# "a list published by the State Department on Friday", "a commentary by KCNA": the issuer named by a participle (or
# a bare "by") right after a document, up to the end of its phrase (a comma, a quote, or a time or place adjunct)
_ISSUED_BY = re.compile(r",?\s+(?:(?:" + "|".join(sorted(words("issuing_verbs"))) + r")\s+)?by\s+([^,;:()“”\"\n]+?)"
                        r"(?=\s+(?:on|in|at|last|this|earlier|late|early|after|before|during)\b|[,;:.()“”\"\n]|$)")
# "a commentary in the People's Daily": the outlet that printed a document, up to the end of its phrase as above
_PRINTED_IN = re.compile(r",?\s+(?:(?:published|printed|carried)\s+)?in\s+([^,;:()“”\"\n]+?)"
                         r"(?=\s+(?:on|in|at|last|this|earlier|late|early|after|before|during)\b|[,;:.()“”\"\n]|$)")
# A transcript's speaker turn opens its paragraph with the speaker's title and name and a colon (``Vladimir Putin:``,
# ``Prime Minister of Italy Matteo Renzi (retranslated):``); some pages set a space before the colon
# (``President of Russia Vladimir Putin :``, 76 of the 388 Kremlin pages of the real-text corpus).
# Its words are capitalised but for the particles of titles and names; at most 12 of them.
TURN_HEADER_MAX_WORDS = 12
_TURN_WORD = r"(?:[A-Z][\w’'.-]*|of|the|and|de|von|van|der|du|al|bin)"
_TURN = re.compile(rf"^([A-Z][\w’'.-]*(?: {_TURN_WORD}){{0,{TURN_HEADER_MAX_WORDS - 1}}})(?: \([^)\n]*\))? ?:\s",
                   re.M)
_MENTION_START = attrgetter("start")  # mentions are kept sorted by it  # a token's character offset in its paragraph, to bisect a paragraph's tokens by


# the words a title before a name ends in ("Foreign Minister", "Prime Minister", "Defence Secretary")
_TITLE_HEADS = words("title_words") | words("role_words")
# "a statement by Donald Tusk, in which he": from the name the relative clause hangs on up to the document noun
# is two steps (name -> by -> statement); one more allows a title or apposition in between.
RELATIVE_AUTHOR_HOPS = 3
# "Xi Jinping's speech to the summit, in which he": the words from the document noun to the noun the parser hung
# the relative clause on (a preposition, an article and a short name of the audience or place).
AUTHORED_PHRASE_TOKENS = 6
# the words after a possessive: up to two modifiers, then the owned noun ("'s televised address")
_OWNED_NOUN = re.compile(r"\s+((?:[\w-]+\s+){0,2}[\w-]+)")
# a document or a speech, whose author a pronoun in its relative clause stands for
_AUTHORED_NOUNS = words("document_nouns") | words("speech_nouns")
UN_NAMES = words("united_nations_names")
# the United Nations named in lower-cased text ("u.n.", "un", "united nations")
_UN = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(UN_NAMES, key=len, reverse=True))
                 + r")(?![\w])")


def _authored_before(tok):
    """The document or speech noun just before ``tok``'s phrase, across one prepositional phrase (``speech to the
    summit``, ``address to the nation``); None when anything else stands between."""
    doc, k = tok.doc, tok.left_edge.i - 1
    crossed = False
    for i in range(k, max(tok.sent.start, k - AUTHORED_PHRASE_TOKENS) - 1, -1):
        t = doc[i]
        if t.lemma_.lower() in _AUTHORED_NOUNS and crossed:
            return t
        if t.pos_ == "ADP":
            crossed = True
        elif t.pos_ not in ("DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"):
            return None
    return None


# a name that ends its sentence, right before the next one's first word
_ENDS_BEFORE_PRONOUN = re.compile(r"[\"”’)]?[.!?]\s{1,3}")


def _authors_at(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns a speech or document (``Putin's speech``, ``Rouhani's televised
    address``)."""
    if not possessive_at(text, end):
        return False
    follow = _OWNED_NOUN.match(text, end + 2)
    return bool(follow) and any(w.lower() in _AUTHORED_NOUNS or w.lower().rstrip("s") in _AUTHORED_NOUNS
                                for w in follow.group(1).split())


def _lower_words(text: str) -> list[str]:
    """The lower-cased words of ``text``, as the lexicon's lists spell them."""
    return _WORD.findall(text.lower())


def _document_token(tok) -> bool:
    """Whether a token names a document: a document noun, or one capitalised in a joint document's title (``The
    Joint Statement sets out ...``)."""
    return tok.lemma_.lower() in _DOCUMENT_NOUNS and (
        tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and any(c.lower_ == "joint" for c in tok.lefts))


class _Pass:
    def __repr__(self) -> str:
        return "PASS"


PASS = _Pass()  # a strategy that does not apply returns this; None means "decided: no entity"


@dataclass(frozen=True)
class Strategy:
    """A registered linking strategy: its name, function and one line on what it resolves."""

    name: str
    fn: Callable
    doc: str


STRATEGIES: dict[str, Strategy] = {}


def strategy(name: str):
    """Register ``fn(linker, sp)`` as the linking strategy ``name`` (unique, snake case, with a docstring)."""

    def add(fn: Callable) -> Callable:
        if not re.match(r"^[a-z][a-z_]*$", name) or name in STRATEGIES:
            raise ValueError(f"strategy name {name!r} must be snake case and unique")
        if not (fn.__doc__ or "").strip():
            raise ValueError(f"strategy {name!r} needs a docstring")
        STRATEGIES[name] = Strategy(name, fn, fn.__doc__.strip().splitlines()[0])
        return fn

    return add


@dataclass
class Speaker:
    """A speaker mention as the strategies see it.

    Args:
        att: the attribution.
        text: the mention text; words: its lower-cased words; bare: the text without a leading article.
        head, pos, ent: lemma, part of speech and entity label of its head word.
    """

    att: Attribution
    text: str
    words: list[str]
    bare: str
    head: str
    pos: str
    ent: str
    cache: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Link:
    """The outcome of linking one speaker: the entity (None if anonymous) and the strategy that decided."""

    entity: Entity | None
    strategy: str


class Linker:
    """Resolves the speakers of one article's statements, in text order.

    Args:
        article: the article (its date picks role holders).
        mentions: the article's mention index.
        kb: the knowledge base.
    """

    def __init__(self, article: Article, mentions: MentionIndex, kb: KnowledgeBase):
        self.article = article
        self.mentions = mentions
        self.kb = kb
        self.date = article_date(article)
        self.roles: dict[str, str] = table("roles")
        self.countries: dict[str, str] = table("countries")
        self._country_words = frozenset(w for phrase in self.countries if " " in phrase for w in phrase.split())
        self.leader_role: dict[str, str] = table("leader_role")
        self._role_phrases = sorted(self.roles, key=len, reverse=True)
        self._country_phrases = sorted(self.countries, key=len, reverse=True)
        self._country_codes = frozenset(self.countries.values())
        # Groups of sources met so far (``Mr Putin and Mr Bush``, ``the sides``): members (None until a compound
        # subject names them) and the article-local entity they share, most recent last.
        self.groups: list[list] = []
        # The last statement linked, and its entity: the quote a following ``he said`` continues.
        self.last: tuple[Attribution, Entity | None] | None = None
        # each speaker span's link, by offsets: statements that share a speaker word share its link
        self._linked: dict[tuple[int, int], Link] = {}
        # (offset, end of the name, speaker) of transcript turns, built on demand
        self._turns: list[tuple[int, int, Entity | None]] | None = None
        self._cache: dict = {}  # article-wide look-ups built on demand (the owners of meetings)

    # -- helpers ---------------------------------------------------------------------------
    def country_of(self, words_: list[str]) -> str | None:
        text = " ".join(words_)
        # the substring test first: a regular expression per phrase of the lexicon on every role was a third of
        # the linker's time
        for phrase in self._country_phrases:
            if phrase in text and re.search(rf"(?<![\w.]){re.escape(phrase)}(?![\w])", text):
                return self.countries[phrase]
        return None

    def names_unlisted_country(self, sp: Speaker) -> bool:
        """Whether a speaker phrase names, before its head, a country or nationality the lexicon lacks: a word the
        parser tags as a place (``Bolivia's``) or a nationality (``Bolivian``) that no word list of the lexicon
        knows (not a party, ``Republican``, nor a side, ``Western``, nor a word of a state's name)."""
        return any(t.ent_type_ in ("GPE", "NORP") and t.text[:1].isupper() and t.i < t.head.i
                   and strip_possessive(t.lower_) not in self.countries and t.lower_ not in _NOT_COUNTRY_WORDS
                   and t.lemma_.lower() != sp.head for _, t in self._speaker_tokens(sp.att))

    def last_country_named(self, att: Attribution) -> str | None:
        """The country named last before the speaker, in its sentence or the one before (a country's or a
        nationality's word of the lexicon), or None."""
        sents = self.mentions.parse.sentences
        k = self.mentions.parse.sentence_at(att.speaker.start)
        lo = sents[max(0, k - 1)].start
        found = None
        for m in _WORD.finditer(self.article.text, lo, att.speaker.start):
            w = strip_possessive(m.group().lower())
            found = self.countries.get(w, found)
        return found

    def gender(self, entity: Entity) -> str | None:
        a = self.kb.get(entity.id)
        return a.gender if a else self.mentions.local_gender(entity.id)

    def remember(self, att: Attribution, entity: Entity | None) -> None:
        """Record a resolved speaker as an antecedent, with the title its phrase or the header gives a person."""
        if entity is not None and att.speaker is not None:
            title = ""
            if entity.type == "person":
                title = " ".join(w for w in att.speaker.text.split() if w.lower() in words("title_words"))
                title = (title + " " + self.mentions.header_title(att.speaker.text)).strip()
            self.mentions.add(Mention(att.speaker.start, att.speaker.end, att.sentence, entity,
                                      self.gender(entity), True, title, speaker=True))

    def inside(self, sp: Speaker) -> list[Mention]:
        """Mentions the index resolved inside the speaker phrase (persons, or a name that ends it)."""
        if "inside" not in sp.cache:
            s = sp.att.speaker
            sp.cache["inside"] = [m for m in self.mentions.within(s.start, s.end) if not m.speaker and not m.untagged
                                  and (m.entity.type == "person" or m.end == s.end)]
        return sp.cache["inside"]

    def is_role(self, sp: Speaker) -> bool:
        """Whether the mention is a bare role phrase (``The Mayor``), which no surname look-up may read as a name
        (``Major``)."""
        rest = [w for w in sp.words if w not in ("the", "a", "an")]
        # "the Minister" of a readout: a lone person noun, capitalised or not, is a role too, and so is one after
        # title words or a country ("The Deputy Minister", "The Russian Minister", "the Special Representative")
        return " ".join(rest) in self.roles or bool(rest) and rest[-1] in words("person_nouns") and all(
            w in words("role_words") or w in words("role_modifiers") or self.country_of([w]) for w in rest[:-1])

    def kb_match(self, sp: Speaker) -> tuple[set[str], str]:
        """The knowledge base's look-up of the whole mention: ids and how they were found."""
        if "kb" not in sp.cache:
            sp.cache["kb"] = self.mentions.candidates(sp.text, fuzzy=sp.pos == "PROPN")
        return sp.cache["kb"]

    # -- groups ----------------------------------------------------------------------------
    def titles_of_one(self, sp: Speaker) -> bool:
        """Whether a compound speaker is one person with conjoined titles: one mention in it, a person, after
        capitalised title words only (``Deputy Prime Minister and Foreign Minister``), the last a title word."""
        s = sp.att.speaker
        inside = [m for m in self.mentions.within(s.start, s.end) if m.entity.type != "group"]
        if len(inside) != 1 or inside[0].entity.type != "person" or inside[0].end != s.end:
            return False
        before = _WORD.findall(self.article.text[s.start:inside[0].start])
        joins = {"and", "of", "for"}
        return bool(before) and before[-1].lower() in _TITLE_HEADS and "and" in before \
            and all(w in joins or w[:1].isupper() for w in before)

    def group_of(self, sp: Speaker) -> Entity:
        """The article-local entity of a compound speaker, shared with earlier mentions of the same members.

        A group first met as ``the sides`` (no members yet) takes the members of the first compound subject.
        """
        s = sp.att.speaker
        inside = [m.entity for m in self.mentions.within(s.start, s.end) if m.entity.type != "group"]
        persons = [x for x in inside if x.type == "person"]  # the people of "Putin and Chancellor of Germany Merkel"
        members = (frozenset(x.id for x in (persons or inside))
                   or frozenset(w for w in sp.words if w not in ("the", "both", "and", "of")))
        return self.group_entity(members, sp.text)

    def group_entity(self, members: frozenset[str], text: str) -> Entity:
        """The group entity of these members: an earlier one, one of the same parties (``Putin and Bush``, ``Russia
        and the United States``, ``the Russian and American presidents``), a still unnamed one (``the sides``), or a
        new one."""
        parties = self.parties(members, text)
        for g in reversed(self.groups):
            if g[0] == members:
                return g[1]
        persons = self.all_persons(members)
        for g in reversed(self.groups):
            # the same parties, unless both are named people: "Lavrov and Powell" are not "Putin and Bush"
            if parties is not None and g[2] == parties and not (persons and self.all_persons(g[0])):
                return g[1]
        for g in reversed(self.groups):
            if g[0] is None:
                g[0], g[2] = members, parties
                return g[1]
        name = re.sub(r"^(both|the)\s+", "", text, flags=re.I)
        entity = local_entity(self.article, name, "group")
        self.groups.append([members, entity, parties])
        return entity

    def all_persons(self, members: frozenset[str] | None) -> bool:
        """Whether a group's members are all named people (knowledge-base or article-local persons)."""
        if not members:
            return False
        local = {m.entity.id for m in self.mentions.mentions if m.entity.type == "person"}
        return all(self.kb.actors[m].type == "person" if m in self.kb.actors else m in local for m in members)

    def parties(self, members: frozenset[str], text: str) -> frozenset[str] | None:
        """The countries (or alliances) a group's members stand for, when each member has one and they are at least
        two: a readout's leaders, their states and ``the Russian and French presidents`` are one set of parties.
        None when a member has no country or two members share one (two Russian officials are not two sides)."""
        if not members or not all(m.startswith("local:") or m in self.kb.actors for m in members):
            # members are the phrase's words (``the Russian and French presidents``): the countries it names
            named = {self.countries[w] for w in _lower_words(text) if w in self.countries}
            return frozenset(named) if len(named) >= 2 else None
        if len(members) == 1:
            # the mention index found one member of ``Russia and the North Atlantic Treaty Organisation``: the
            # parties its conjuncts name
            return self.conjunct_parties(text)
        found = [self.country_of_entity(m) for m in members]
        if None in found or len(set(found)) != len(found) or len(found) < 2:
            return None
        return frozenset(found)

    def conjunct_parties(self, text: str) -> frozenset[str] | None:
        """The countries or alliances the conjuncts of ``text`` name (a knowledge-base name, else a country word),
        when each names one and they are at least two; else None."""
        found = []
        for part in re.split(r",|\band\b", text):
            ids = self.kb.lookup(part.strip(), fuzzy=False) if part.strip() else set()
            codes = {self.kb.actors[i].country for i in ids} if len(ids) == 1 else set()
            code = next(iter(codes)) if len(codes) == 1 else self.country_of(_lower_words(part))
            if not code:
                return None
            found.append(code)
        return frozenset(found) if len(set(found)) == len(found) >= 2 else None

    def possessor_country(self, att: Attribution, words_: list[str]) -> str | None:
        """``Its commerce ministry`` after China spoke, ``Yanukovych's government``: the country of the state or the
        person that owns an organisation phrase of one or two words (``its`` resolved as a pronoun, a person by their
        country); None for any other phrase."""
        if len(words_) not in (2, 3) or words_[0] not in _OWNER_WORDS and not is_possessive(words_[0]):
            return None
        if words_[0] in _OWNER_WORDS:
            owner = self.pronoun(_as_pronoun(att, words_[0]))
        else:
            named = [m for m in self.mentions.within(att.speaker.start, att.speaker.end) if m.entity.type == "person"]
            owner = named[0].entity if len(named) == 1 else None
        return self.country_of_entity(owner.id) if owner is not None and owner.type in ("state", "person") else None

    def country_of_entity(self, entity_id: str) -> str | None:
        """A knowledge-base actor's country; for an article-local person, the country word just before one of their
        mentions (``Ruritanian President Ivan Petrovic``), else the country all their knowledge-base namesakes
        share."""
        actor = self.kb.get(entity_id)
        if actor is not None:
            return actor.country or None
        text = self.article.text
        for m in self.mentions.mentions:
            if m.entity.id == entity_id:
                country = self.country_of(_lower_words(text[max(0, m.start - TITLE_LOOKBACK):m.start] + " " + m.title))
                if country is not None:
                    return country
                # "Mr Jiang", whom the knowledge base cannot tell from a namesake: the country they all share
                namesakes = {self.kb.actors[i].country for i in self.kb.lookup(m.entity.name, fuzzy=False)}
                if len(namesakes) == 1 and None not in namesakes:
                    return next(iter(namesakes))
        return None

    def serves(self, person: Entity, country: str) -> bool:
        """Whether a person is of ``country``: their own (for an article-local person, the country word before a
        mention), or the country of an office they hold (Kaja Kallas, the EU's since, was Estonia's prime minister)."""
        actor = self.kb.get(person.id)
        return (self.country_of_entity(person.id) == country
                or actor is not None and any(r.org == country for r in actor.roles))

    def recent_group(self, at: int) -> Entity:
        """The group most recently spoken of before ``at`` (a group speaker or a plural subject that names several
        sources), else the last group of the article, else a new one for the parties of the article."""
        existing = self.existing_group(at)
        if existing is not None:
            return existing
        if self.groups:
            return self.groups[-1][1]
        entity = local_entity(self.article, "the parties", "group")
        self.groups.append([None, entity, None])
        return entity

    def existing_group(self, at: int) -> Entity | None:
        """The group last spoken of before ``at`` (a group speaker or a plural subject naming several sources), or
        None when the article has none so far."""
        speaker = next((m for m in reversed(self.mentions.mentions) if m.end <= at and m.entity.type == "group"), None)
        subject = next((g for g in reversed(self.mentions.groups) if g[1] <= at), None)
        if subject is not None and (speaker is None or subject[0] > speaker.start):
            return self.group_entity(subject[3], self.article.text[subject[0]:subject[1]])
        return speaker.entity if speaker is not None else None

    def unnamed_on_request(self, att: Attribution) -> bool:
        """Whether a clause set off right after the speaker says the source is not named (``said the banker, who
        asked not to be named``, ``a diplomat, speaking on condition of anonymity,``; lexicon ``anonymity_phrases``)."""
        after = self.article.text[att.speaker.end:att.speaker.end + ANONYMITY_REACH]
        if not re.match(r",\s+(?:who|speaking)\b", after):
            return False
        clause = re.split(r"[.;]", after, maxsplit=1)[0].lower()
        return any(p in clause for p in words("anonymity_phrases"))

    def named_in_part(self, start: int, end: int) -> Entity | None:
        """The person a name given only in part between ``start`` and ``end`` is (``who gave his name only as Chen``),
        None without one."""
        return next((m.entity for m in self.mentions.within(start, end)
                     if m.entity.type == "person" and m.entity.is_local
                     and given_in_part(self.article.text, m.start)), None)

    def last_speaker_is_group(self, att: Attribution) -> Entity | None:
        """``They`` after a group: the group, when the latest speaker within the window is one, or when a plural
        subject naming several sources (``Putin and Merkel discussed ...``) comes after the latest speaker."""
        start = att.speaker.start
        first = self.mentions.parse.sentence_at(start) - ANTECEDENT_WINDOW
        last_speaker = next((m for m in reversed(self.mentions.mentions)
                             if m.speaker and m.end <= start and m.sentence >= first), None)
        subject = next((g for g in reversed(self.mentions.groups) if g[1] <= start and g[2] >= first), None)
        if subject is not None and (last_speaker is None or subject[0] > last_speaker.start
                                    and not self.reported_by(last_speaker, subject[0])):
            return self.group_entity(subject[3], self.article.text[subject[0]:subject[1]])
        if last_speaker is not None and last_speaker.entity.type == "group":
            return last_speaker.entity
        noun = next((g for g in reversed(self.mentions.group_subjects) if g[0] < start and g[1] >= first), None)
        if noun is not None and (last_speaker is None or noun[0] > last_speaker.start):
            return self.recent_group(noun[0])  # "The Presidents discussed ... They stressed"
        return None

    def reported_by(self, speaker: Mention, at: int) -> bool:
        """Whether offset ``at`` lies in the sentence where ``speaker`` spoke, after them: in what they said
        (``Putin and Merkel agreed that Germany and Russia should pool their science``), not a new subject."""
        return self.mentions.parse.sentence_at(at) == speaker.sentence and at > speaker.end

    def recent_person(self, att: Attribution) -> Entity | None:
        """The person most recently a subject (else mentioned) before the speaker: who sent ``the message``."""
        for _, group in self.mentions.before(att.speaker.start, ANTECEDENT_WINDOW):
            persons = [m for m in group if m.entity.type == "person"]
            if persons:
                return ([m for m in persons if m.is_subject or m.speaker] or persons)[-1].entity
        return None

    def sentence_person(self, att: Attribution, gender: str | None) -> Entity | None:
        """The last knowledge-base person named before the speaker in its own sentence, of ``gender`` if known."""
        found = [m for m in self.mentions.within(att.speaker.start - SENTENCE_REACH, att.speaker.start)
                 if m.sentence == att.sentence and not m.speaker and m.entity.type == "person"
                 and not m.entity.is_local and (gender is None or m.gender in (gender, None))]
        return found[-1].entity if found else None

    def possessor(self, sp: Speaker) -> Mention | None:
        """A knowledge-base person the speaker phrase speaks for: named in the possessive (``Putin's spokesman``) or
        after a spokesperson's ``for`` (``a spokesman for Prime Minister Rishi Sunak``), unless that person is a
        spokesperson themselves (``the spokesman for the President Dmitry Peskov``)."""
        text = self.article.text
        for m in self.inside_all(sp):
            if m.entity.is_local or m.entity.type != "person":
                continue
            if possessive_at(text, m.end):
                return m
            if _SPOKESPERSON_FOR.search(text, sp.att.speaker.start, m.start) and not self.is_spokesperson(m.entity):
                return m
        return None

    def body_spokesperson(self, att: Attribution, body: Entity | None, noun: str) -> Entity | None:
        """The holder of a knowledge-base organisation's spokesperson office, read as the role its name and ``noun``
        make (``Russian Foreign Ministry spokeswoman``, ``Kremlin spokesman``); None for no such organisation or
        office."""
        if body is None or body.type != "organisation" or body.is_local:
            return None
        return self.by_role(att, _lower_words(body.name) + [noun])

    def is_spokesperson(self, person: Entity) -> bool:
        """Whether a knowledge-base person holds a spokesperson's office (on the article's date, when it has one)."""
        actor = self.kb.get(person.id)
        return actor is not None and any(r.role.endswith("-spokesperson")
                                         and (self.date is None or r.held_on(self.date)) for r in actor.roles)

    def inside_all(self, sp: Speaker) -> list[Mention]:
        s = sp.att.speaker
        return [m for m in self.mentions.within(s.start, s.end) if not m.speaker]

    def turn_speaker(self, at: int) -> Entity | None:
        """The person whose transcript turn (a paragraph opening ``Name:``, and the paragraphs up to the next turn)
        holds offset ``at``; None outside a transcript or when the header names no one the article knows.

        A turn also ends where its speaker is named again: nobody names themself in their own speech, so a readout
        that prints a few remarks and goes on in narrative (``Vladimir Putin: ... / The President of Kazakhstan
        briefed Vladimir Putin ... He also raised``) has left the turn."""
        if self._turns is None:
            self._turns = []
            body = self.article.body_start
            for m in _TURN.finditer(self.article.text, body):
                named = [x for x in self.mentions.within(m.start(1), m.end(1)) if x.entity.type == "person"]
                self._turns.append((m.start(), m.end(1), named[-1].entity if named else None))
        k = bisect.bisect_right(self._turns, at, key=lambda t: t[0])
        if not k:
            return None
        _, marker_end, speaker = self._turns[k - 1]
        if speaker is not None and any(m.entity == speaker for m in self.mentions.within(marker_end + 1, at)):
            return None
        return speaker

    # -- resolution helpers ----------------------------------------------------------------
    def pronoun(self, att: Attribution) -> Entity | None:
        word = att.speaker.text.lower()
        want = table("pronouns").get(word)
        if want is None:
            return None
        if want == "plural":
            group = self.last_speaker_is_group(att)
            if group is not None:
                return group
        if want == "plural":
            people = self.plural_people(att)
            if people is not None:
                return people
        if want in ("org", "plural"):
            # "A Foreign Ministry statement said ... It also said": an institution that spoke before wins
            # over a state merely named in between.
            for _, group in self.mentions.before(att.speaker.start, ANTECEDENT_WINDOW):
                # "The joint statement says ... It also notes": a joint document that spoke, for its parties
                spoke = [m for m in group if m.speaker and (m.entity.type in _IT_TYPES or want == "org"
                                                            and m.entity.type == "group" and self.names_document(m))]
                if spoke:
                    return spoke[-1].entity
        # In a transcript turn "he" is never the one speaking, who would say "I"
        speaking = self.turn_speaker(att.speaker.start) if want in ("m", "f") else None
        if want in ("m", "f"):
            author = self.relative_author(att, want)
            if author is not None:
                return author
            quoted = self.quoted_speaker(att, want)
            if quoted is not None and quoted != speaking:
                return quoted
            holder = self.role_subject(att, want)
            if holder is not None and holder != speaking:
                return holder
        # A speaker is not the person named in their own quote ("\"Navalny was poisoned,\" she said"). Only a
        # direct quote's span is trusted for this: a mixed or indirect content may run over its lead-in.
        quote = att.content if att.kind == "direct" else None
        deferred = None
        for back, group in self.mentions.before(att.speaker.start, ANTECEDENT_WINDOW):
            if quote is not None:
                group = [m for m in group if not quote.start <= m.start < quote.end]
            if want in ("m", "f"):
                cands = [m for m in group if m.entity.type == "person" and m.gender in (want, None)
                         and m.entity != speaking]
                if back == 0:
                    # In the pronoun's own sentence only a subject or a speaker is a candidate: "Lavrov said ...
                    # Asked about Kerry's proposal, he said" is Lavrov, not the Kerry named in between.
                    cands = [m for m in cands if m.is_subject or m.speaker]
            else:
                cands = [m for m in group if m.entity.type in _IT_TYPES]
                if want == "plural" and not cands:
                    cands = [m for m in group if m.entity.type == "person"]
            if not cands:
                continue
            # Speakers of earlier statements beat subjects, which beat other mentions.
            pool = [m for m in cands if m.speaker] or [m for m in cands if m.is_subject]
            if want in ("m", "f") and back and not pool:
                # "Stoltenberg arrived in 2014. When he hands over to Rutte, ... he said": a sentence whose subject
                # is already this pronoun names its other people in passing; an earlier subject is the antecedent
                if deferred is not None:
                    break
                if self.pronoun_subject(att, back, want, cands[0].start):
                    deferred = cands[0]
                    continue
            pool = pool or cands
            # In the cue's own sentence the nearest mention wins; further back, the sentence's first subject.
            same = [m for m in pool if m.sentence == att.sentence]
            chosen = same[-1] if same else pool[0]
            if want in ("m", "f"):
                # an unnamed person who became the subject since (``A senior diplomat was blunter``) is the one
                # who speaks, and is anonymous
                anon = self.anonymous_subject(att)
                if anon is not None and anon >= chosen.end:
                    return None
            return chosen.entity
        if deferred is not None:
            anon = self.anonymous_subject(att)
            return None if anon is not None and anon >= deferred.end else deferred.entity
        if want in ("m", "f") and not any(m.entity.type == "person" and m.end <= att.speaker.start
                                         for m in self.mentions.mentions):
            # "His letter to the Speaker says" before the body names anyone: the person the header line names
            header = self.mentions.header_person()
            if header is not None and self.gender(header) in (want, None):
                return header
        return None

    def pronoun_subject(self, att: Attribution, back: int, want: str, before: int) -> bool:
        """Whether the sentence ``back`` sentences before the statement's has a pronoun of gender ``want`` as a
        subject before offset ``before`` (``When he hands over to Rutte``; not ``Mueller's work, he should be
        given credit``, where the pronoun is the person just named)."""
        sentence = att.sentence - back
        sentence_at = self.mentions.parse.sentence_at
        return any(t.dep_ in ("nsubj", "nsubjpass") and table("pronouns").get(t.lower_) == want
                   and o < before and sentence_at(o) == sentence
                   for o, t in self._tokens_before(att.speaker.start, back))

    def names_document(self, m: Mention) -> bool:
        """Whether a mention's last word is a document noun (``the joint statement``, ``The declaration``)."""
        last = self.article.text[m.start:m.end].lower().split()[-1:]
        return bool(last) and last[0] in words("document_nouns")

    def plural_people(self, att: Attribution) -> Entity | None:
        """``Putin asked American students whether ..., and they answered``, ``the Nazis ... as they called it``:
        people named by a plural noun in the pronoun's own sentence (a nationality, or a noun of
        ``people_plurals``) are an article-local source, unless an organisation or a state became a subject since;
        unnamed officials and experts stay out (their ``they`` is resolved as before)."""
        content = att.content
        anonymous = words("plural_anonymous") | words("anonymous_heads") | words("named_anonymous_roles")
        for o, t in reversed(self._tokens_before(att.speaker.start, 0)):
            if content.start <= o < content.end or t.tag_ not in ("NNS", "NNPS"):
                continue
            if t.lower_ in anonymous or t.lemma_.lower() in anonymous:
                return None
            # "the Nazis", "Americans", "students"; not things ("Ukraine got American shells, and they said")
            if t.ent_type_ != "NORP" and t.lower_ not in words("people_plurals"):
                continue
            if any(m.is_subject and m.entity.type in ("organisation", "state", "group")
                   for m in self.mentions.within(o, att.speaker.start)):
                return None  # "students met officials, and Germany said ... they": a source that spoke since
            base = o - t.idx
            lo = t.left_edge if t.left_edge.lower_ not in ("the", "a", "an") else t.left_edge.nbor()
            return local_entity(self.article, self.article.text[base + lo.idx:o + len(t)], "unknown")
        return None

    def relative_author(self, att: Attribution, want: str) -> Entity | None:
        """``a statement by Tusk, in which he wrote``, ``Merkel's speech, in which she warned``: the person of the
        pronoun's gender named in the phrase of a document or a speech whose relative clause the pronoun is the
        subject of; None for any other pronoun."""
        toks = self._tokens_before(att.speaker.end, 0)
        tok = next((t for o, t in toks if o == att.speaker.start), None)
        if tok is None or tok.dep_ != "nsubj" or tok.head.dep_ != "relcl":
            return None
        noun = tok.head.head
        # the clause may hang on the author's name ("a statement by Donald Tusk, in which"): up through by/from
        for _ in range(RELATIVE_AUTHOR_HOPS):
            if noun.lemma_.lower() in _AUTHORED_NOUNS or noun.head == noun:
                break
            noun = noun.head
        if noun.lemma_.lower() not in _AUTHORED_NOUNS:
            # "Xi's speech to the summit, in which he": the parser hangs the clause on the place or audience
            noun = _authored_before(tok.head.head)
            if noun is None:
                return None
        lo = att.speaker.start - tok.idx + noun.left_edge.idx
        persons = [m for m in self.mentions.within(lo, att.speaker.start)
                   if m.entity.type == "person" and m.gender in (want, None)]
        return persons[-1].entity if persons else None

    def introduced_before(self, m: Mention, att: Attribution) -> bool:
        """Whether a person is first named at the very end of the sentence just before the statement's pronoun,
        which opens the next one (``... has come from its spokeswoman, Maria Zakharova. She told``)."""
        return self.mentions.first_named.get(m.entity) == m.start and bool(
            _ENDS_BEFORE_PRONOUN.fullmatch(self.article.text, m.end, att.speaker.start))

    def quoted_speaker(self, att: Attribution, want: str) -> Entity | None:
        """``"...," Lavrov said. The remarks came after Pompeo's visit. "...," he added``: the speaker of the quote
        just before, not a person merely named in between, when that statement was a quote by a person of the
        pronoun's gender within the antecedent window; a person of that gender who became a subject or spoke since
        (``Pompeo was unconvinced. "...," he said``) is the antecedent the usual search finds."""
        if self.last is None:
            return None
        prev, entity = self.last
        if (entity is None or entity.type != "person" or prev.kind not in QUOTE_KINDS or prev.speaker is None
                or self.gender(entity) not in (want, None) or att.sentence - prev.sentence > ANTECEDENT_WINDOW
                or prev.speaker.end > att.speaker.start):
            return None
        content = att.content
        # only the mentions between the quote's speaker and this pronoun (sorted by start), so a long article of
        # quotes stays linear
        between = self.mentions.mentions
        for k in range(bisect.bisect_left(between, prev.speaker.end, key=_MENTION_START), len(between)):
            m = between[k]
            if m.start >= att.speaker.start:
                break
            # a person who became a subject or spoke since, or whose speech is introduced since ("Some of the key
            # lines from Putin's speech: He said"), or who is first named at the very end of the sentence the
            # pronoun opens the next of ("Moscow's first reaction has come from its spokeswoman, Maria Zakharova. She
            # told"), is the antecedent the usual search finds
            if (m.end <= att.speaker.start and m.entity != entity
                    and m.entity.type == "person" and m.gender in (want, None)
                    and (m.is_subject or m.speaker or _authors_at(self.article.text, m.end)
                         or self.introduced_before(m, att))
                    and not content.start <= m.start < content.end):
                return None
        # nor any other person who became a subject since, named or not ("A senior diplomat was blunter", "The
        # minister disagreed")
        persons = words("person_nouns") | words("named_anonymous_roles") | words("anonymous_heads")
        for o, t in self._tokens_before(att.speaker.start, att.sentence - prev.sentence):
            if (o >= prev.speaker.end and t.dep_ in ("nsubj", "nsubjpass") and not content.start <= o < content.end
                    and not prev.content.start <= o < prev.content.end
                    and (t.lemma_.lower() in persons or t.ent_type_ == "PERSON")):
                return None
        return entity

    def by_role(self, att: Attribution, words_: list[str], spokesperson: bool = True) -> Entity | None:
        # "The Foreign Ministry's spokeswoman" names the office "foreign ministry spokeswoman"
        text = strip_possessive(" ".join(words_))
        delegate = self.un_delegate(words_)
        if delegate is not PASS:
            return delegate
        envoy = self.envoy(att, text)
        if envoy is not PASS:
            return envoy
        m = self.role_phrase(text)
        if m is None:
            # "the top U.S. diplomat", "the head of Russia's general staff": the role read without its country
            text = self.without_countries(text)
            m = self.role_phrase(text)
        if m is None:
            return None
        role = self.roles[m.group(0)]
        if spokesperson and words_[-1] in SPOKESPERSON_HEADS and (role == "leader"
                                                                  or role in table("spokesperson_roles")):
            # "the president's spokesman" speaks for the president's office, never as the president
            leader = self.by_role(att, words_[:-1], spokesperson=False)
            return self.spokesperson_for(leader, words_[-1]) if leader is not None else None
        phrase = m.group(0)
        spoken = strip_possessive(att.speaker.text)
        before = spoken[: len(spoken) - len(text) + m.start()] if len(text) == len(spoken) else ""
        role_words = words("role_words") | {"the", "a", "an"} | UN_NAMES
        if any(w[:1].isupper() and w.lower() not in self.countries and w.lower() not in role_words
               # a country of several words ("The South African President") is known as a whole
               and not (w.lower() in self._country_words and self.country_of(before.lower().split()))
               for w in _WORD.findall(before)):
            return None  # "The Transdniestrian leader": a place the knowledge base does not know
        country = self.country_of(words_) or next((c for inst, c in _ROLE_INSTITUTIONS.items() if inst in text), None)
        if country is None and not words("country_anaphors").isdisjoint(words_):
            # "Bulgaria halted the work, and the country's prime minister said": the country named last
            country = self.last_country_named(att)
        if country is None and role == "secretary-general" and _UN.search(text):
            country = "UN"  # "the U.N. secretary-general": the UN's, not NATO's
        if "former" in words_:
            # "the former Norwegian prime minister" is never the holder on the article's date
            return self.former_holder(att, role, country)
        past = self.former_holder(att, role, country) if "then" in words_ else None
        if past is not None:
            # "Pompeo's speech in 2019, in which the then secretary of state argued": a holder of the past, named
            return past
        if country is None and role in ("secretary-general", "saceur", "deputy-secretary-general", "high-representative",
                                        "commission-president", "council-president"):
            # An office of an alliance or union: the person the article gave that title first (``High Representative
            # Paddy Ashdown`` in Bosnia is not the EU's), else the alliance's or union's holder.
            named = self.mentioned_holder(att, role) or self.titled_person(att, phrase)
            if named is not None:
                return named
        if role in ("secretary-general", "saceur", "deputy-secretary-general"):
            country = country if country in ("NATO", "UN") else self.un_or_nato(att)
        elif role in ("high-representative", "commission-president", "council-president"):
            country = "EU"
        if country is None:
            # No country named: the office the publication is named after (``the President`` on the pages of the
            # President of Russia), else the holder of such an office whom the article last mentioned, else the
            # person the article last gave that title (``Austrian Chancellor Wolfgang Schuessel ... the
            # Chancellor``), else a hint.
            recent = (self.publication_holder(role, phrase) or self.mentioned_holder(att, role, phrase)
                      or self.titled_person(att, phrase))
            if recent is not None:
                return recent
            hints = table("role_country_hints")
            country = hints.get(next((p for p in hints if p in text), ""), None)
        named_country = country is not None
        country = country or self.mentions.dateline_country or self.mentions.focus_country
        if country is None:
            return None
        if role == "leader":
            role = self.leader_role.get(country, "head-of-state")
        holders = self.kb.holders(role, country, self.date)
        if holders and not named_country and phrase in words("titled_roles") and self.date is not None \
                and not _titled(holders, role, phrase):
            # "The Prime Minister stressed" in a readout of a call with the US president: the country in focus has
            # no holder of that title; the next country the article is about that has one
            for other in self.mentions.country_ranking:
                titled = _titled(self.kb.holders(role, other, self.date), role, phrase)
                if titled:
                    holders, country = titled, other
                    break
        if not holders and not named_country and self.date is not None:
            # The country in focus has no such office (a story about the EU's Commission president quoting "the
            # President"): the next country the article is about that has a holder.
            for other in self.mentions.country_ranking[1:]:
                holders = self.kb.holders(role, other, self.date)
                if holders:
                    country = other
                    break
        if phrase in TITLE_PHRASES:  # "Her Majesty" in a story about Russia is not its president
            holders = [a for a in holders if any(r.role == role and TITLE_PHRASES[phrase] in r.title.lower()
                                                 for r in a.roles)]
        if len(holders) > 1 and (words_[-1].endswith("woman") or words_[-1] in SPOKESPERSON_HEADS):
            # "The Chinese foreign ministry spokeswoman" of the several spokespeople in office: the women among them
            want = noun_gender(words_[-1])
            holders = [a for a in holders if a.gender in (want, None)] or holders
        if not holders:
            # The knowledge base knows no holder (``Italy's foreign minister``): the person the article gave the title.
            titled = self.titled_person(att, phrase, country)
            if titled is not None:
                return titled
        named = {m.entity.id for m in self.mentions.mentions}
        if role in words("local_office_roles"):
            return next((kb_entity(self.kb, a.id) for a in holders if a.id in named), None)
        if self.date is None or len(holders) != 1:
            in_article = [a for a in (holders or self.kb.holders(role, country)) if a.id in named]
            if in_article:
                return kb_entity(self.kb, in_article[0].id)
            if self.date is None:
                return None
        return kb_entity(self.kb, holders[0].id) if holders else None

    def role_phrase(self, text: str) -> re.Match | None:
        """The longest role phrase of the lexicon in ``text`` (lower-cased words), or None."""
        for phrase in self._role_phrases:
            if phrase not in text:
                continue
            m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)  # "vice-chancellor" is no chancellor
            if m:
                return m
        return None

    def ends_in_role(self, sp: Speaker) -> bool:
        """Whether the speaker phrase ends in a role of the lexicon, but for a country after it (``the Minister of
        Defence of Russia``, ``of the Republic of Kazakhstan``): a role description, with no name behind it."""
        text = self.without_countries(" ".join(sp.words))
        m = self.role_phrase(text)
        # what is left of "of the Republic of Kazakhstan" once the country is taken out
        return m is not None and all(w in words("state_name_words") for w in text[m.end():].split())

    def without_countries(self, text: str) -> str:
        """``text`` (lower-cased words) without its country words."""
        for phrase in self._country_phrases:
            if phrase in text:
                text = re.sub(rf"(?<![\w.]){re.escape(phrase)}(?![\w])", " ", text)
        return " ".join(text.split())

    def spokesperson_for(self, owner: Entity, noun: str = "") -> Entity | None:
        """The holder of the spokesperson's office of ``owner``'s office on the article's date (``Putin's
        spokesman``), or None: an unnamed spokesperson is never the leader they speak for, and a spokeswoman is not
        a spokesman in office (``noun``: the phrase's head)."""
        actor = self.kb.get(owner.id)
        roles = table("spokesperson_roles")
        want = noun_gender(noun)
        for r in actor.roles if actor else ():
            office = roles.get(r.role)
            if isinstance(office, dict):
                office = office.get(r.org)  # "secretary-general": NATO's and the UN's spokespeople differ
            if office and (self.date is None or r.held_on(self.date)):
                holders = self.kb.holders(office, r.org, self.date)
                if len(holders) == 1 and (want is None or holders[0].gender in (want, None)):
                    return kb_entity(self.kb, holders[0].id)
        return None

    def envoy(self, att: Attribution, text: str):
        """``Beijing's envoy to Washington``, ``the Russian ambassador in London``: the sending country's ambassador
        to the host on the article's date, else the person the article gave that title; PASS when the phrase names
        no ambassador to a host country of :data:`ambassador_roles` (``the UN envoy`` is a role of its own)."""
        found = self.sender_and_host(att, text, _ENVOY)
        if found is None:
            return PASS
        m, sender, host = found
        role = table("ambassador_roles").get(host)
        if role is None:
            return PASS
        holders = self.kb.holders(role, sender, self.date) if self.date is not None else []
        if len(holders) == 1:
            return kb_entity(self.kb, holders[0].id)
        return self.titled_person(att, m.group(1), sender)

    def sender_and_host(self, att: Attribution, text: str, pattern: re.Pattern):
        """``(match, sending country, host country)`` of an ambassador's or an embassy's phrase (lower-cased words;
        ``the Chinese embassy`` + `` in Washington``, which the speaker's span may leave out before the cue), or None
        when it names no two different countries."""
        tail = self.article.text[att.speaker.end:att.cue.start]
        if not 0 < len(tail) <= ENVOY_TAIL_CHARS:
            # "The Russian embassy in London said A and promised B": the second cue is far, the place still next
            located = _LOCATED_IN.match(self.article.text, att.speaker.end, att.speaker.end + ENVOY_TAIL_CHARS)
            tail = located.group(0) if located and att.cue.start > att.speaker.end else ""
        if tail:
            text += " " + " ".join(_lower_words(tail))  # "The Chinese ambassador in Washington said"
        m = pattern.search(text)
        if not m:
            return None
        host = self.country_of(_lower_words(m.group(2)))
        sender = self.country_of(_lower_words(text[:m.start()] + " " + text[m.end():]))
        return (m, sender, host) if host is not None and sender is not None and sender != host else None

    def embassy(self, att: Attribution, words_: list[str]) -> Entity | None:
        """``The Chinese embassy in Washington``: the knowledge-base embassy of the sending country whose name puts
        it in the host country (``Chinese Embassy in the United States``); None when it has none or several."""
        found = self.sender_and_host(att, strip_possessive(" ".join(words_)), _EMBASSY)
        if found is None:
            return None
        _, sender, host = found
        hits = set()
        for a in self.kb.actors.values():
            if a.type != "organisation" or a.country != sender:
                continue
            for name in (a.name, *a.aliases):
                m = _EMBASSY.search(name.lower())
                if m and self.country_of(_lower_words(m.group(2))) == host:
                    hits.add(a.id)
        return kb_entity(self.kb, hits.pop()) if len(hits) == 1 else None

    def titled_person(self, att: Attribution, phrase: str, country: str | None = None) -> Entity | None:
        """The person last named before the speaker with ``phrase`` in their title (of ``country``, if given)."""
        text = self.article.text
        for m in reversed(self.mentions.mentions):
            if m.end > att.speaker.start or m.entity.type != "person":
                continue
            # the title given by the name's modifiers or in the words just before it ("High Representative Paddy
            # Ashdown", "the High Representative in Bosnia, Paddy Ashdown")
            before = text[max(0, m.start - TITLE_LOOKBACK):m.start]
            if phrase not in m.title.lower() and not _titles(before, phrase):
                continue
            if country is not None:
                actor = self.kb.get(m.entity.id)
                near = (text[max(0, m.start - TITLE_LOOKBACK):m.start] + " " + m.title).lower()
                if not (actor is not None and actor.country == country
                        or any(self.countries.get(w) == country for w in _lower_words(near))):
                    continue
            return m.entity
        return None

    def mentioned_holder(self, att: Attribution, role: str, phrase: str = "") -> Entity | None:
        """The person most recently mentioned before the speaker who held ``role`` (any country) on the date, under a
        title that says ``phrase`` when the phrase is one of :data:`TITLE_PHRASES`. Within the last sentences a holder
        who spoke wins over one merely named since (``Biden said he had told Putin that Y. "Z," the president said``
        is Biden), as for a pronoun."""
        titled = phrase in words("titled_roles")

        def holds(m: Mention) -> bool:
            actor = self.kb.get(m.entity.id)
            return actor is not None and actor.type == "person" and any(
                (r.role == role or role == "leader" and r.role == self.leader_role.get(r.org))
                and (self.date is None or r.held_on(self.date))
                and (phrase not in TITLE_PHRASES or TITLE_PHRASES[phrase] in r.title.lower())
                # "the Prime Minister" is no US president named before, though he heads the government too
                and (not titled or phrase in r.title.lower()) for r in actor.roles)

        for _, group in self.mentions.before(att.speaker.start, ANTECEDENT_WINDOW):
            cands = [m for m in group if holds(m)]
            if cands:
                return ([m for m in cands if m.speaker] or cands)[-1].entity
        return next((m.entity for m in reversed(self.mentions.mentions) if m.end <= att.speaker.start and holds(m)),
                    None)

    def former_holder(self, att: Attribution, role: str, country: str | None) -> Entity | None:
        """The person most recently mentioned before the speaker who had left ``role`` (of ``country``, when one is
        named) by the article's date: ``the former Norwegian prime minister``; None when the article names none."""
        for m in reversed([m for m in self.mentions.mentions if m.end <= att.speaker.start]):
            actor = self.kb.get(m.entity.id)
            if actor is None or actor.type != "person":
                continue
            for r in actor.roles:
                if (r.role == role or role == "leader" and r.role == self.leader_role.get(r.org)) \
                        and (country is None or r.org == country) \
                        and r.end is not None and (self.date is None or r.end < self.date):
                    return m.entity
        return None

    def cataphor(self, att: Attribution, noun: str) -> Entity | None:
        """``a high-ranking Russian general said ...`` followed by ``... Colonel General Yury Baluevsky``."""
        for m in self.mentions.after(att.speaker.end):
            if m.entity.type == "person" and noun.lower() in m.title.lower():
                return m.entity
        return None

    def nearest_person(self, att: Attribution, noun: str | None, country: str | None = None,
                       unlisted: bool = False) -> Entity | None:
        """The last person before the speaker whose title says ``noun``, else the first person of the nearest of the
        last sentences; only a person of ``country`` when one is given (``the Chinese minister`` is never the
        American he met), and with ``unlisted``, none of a country the lexicon lists (``the Bolivian ambassador``)."""
        def fits(m: Mention) -> bool:
            return m.entity.type == "person" and (country is None or self.serves(m.entity, country)) and not (
                unlisted and self.country_of_entity(m.entity.id) in self._country_codes)

        def titled_so(m: Mention) -> bool:
            # "the Secretary" is not the "Press Secretary" or "Deputy Secretary" named last, unless it says so (the
            # title the mention keeps may have lost the word: read the text before the name)
            lead = self.article.text[max(0, m.start - TITLE_LOOKBACK):m.end].lower()
            before = _lower_words(lead[:lead.rfind(noun.lower())]) if noun.lower() in lead else []
            return noun.lower() in m.title.lower() and (
                not before or before[-1] not in _OTHER_OFFICE_WORDS or before[-1] in att.speaker.text.lower())

        for _, group in self.mentions.before(att.speaker.start, ANTECEDENT_WINDOW) if noun else ():
            titled = [m for m in group if fits(m) and titled_so(m)]
            if titled:
                return titled[-1].entity
        for _, group in self.mentions.before(att.speaker.start, window=UNTITLED_PERSON_WINDOW):
            persons = [m for m in group if fits(m)]
            if persons:
                return persons[0].entity
        return None

    def organisation(self, att: Attribution, words_: list[str], country: str | None = None) -> Entity | None:
        """The organisation or state a speaker phrase names, of the country its words, its place or ``country``
        (else the article's focus) give; None when there is none."""
        text = att.speaker.text
        embassy = self.embassy(att, words_) if "embassy" in words_ else None
        if embassy is not None:
            return embassy
        ids = self.kb.lookup(text, fuzzy=False)
        if len(ids) == 1 and not other_country(self.kb, next(iter(ids)), text, window=len(words_)):
            return kb_entity(self.kb, next(iter(ids)))
        in_words = self.country_of(words_)
        owned = None if in_words else self.possessor_country(att, words_)
        in_words = in_words or owned
        placed = None if in_words else self.located_in(att) or self.placed_in(att)
        # "SEOUL -- The Ministry of National Defense said": a body named without its country is the dateline's
        country = in_words or placed or country or self.mentions.dateline_country or self.mentions.focus_country
        core = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
        as_named = core
        documents = words("document_nouns")
        for phrase in (p for p in self._country_phrases if " " in p):  # "the North Korean side"
            core = re.sub(rf"(?i)(?<![\w]){re.escape(phrase)}(?![\w])", " ", core)
        core = " ".join(w for w in core.split() if strip_possessive(w.lower()) not in self.countries
                        and w.lower() not in documents)
        if owned:
            core = " ".join(core.split()[1:])  # "its commerce ministry", "Yanukovych's government": their country's
        if not core:
            # "a Kremlin readout": the country word is an organisation's own name
            as_named = " ".join(w for w in as_named.split() if w.lower() not in documents)
            actor = self.kb.organisation(as_named, None) if as_named else None
            if actor is not None:
                return kb_entity(self.kb, actor.id)
        collective = words("collective_nouns")
        # "Russian figures": the one word left is the head, a collective noun by its lemma
        if core.lower() in collective or len(core.split()) == 1 and att.speaker_head in collective:
            state = self.kb.state(country) if country else None
            return kb_entity(self.kb, state.id) if state else None
        if core and placed is None and core.lower().split()[-1] in words("definite_org_nouns") | words("org_nouns") \
                and re.match(r"(?i)the\s", text):
            # "the agency" with several agencies in the article: the last organisation whose name says "agency";
            # "the atomic agency": the last whose name says both words; "the mission" after "China's mission".
            named = self.named_organisation(att, core.lower()) or self.un_body(att, core)
            if named is not None and (in_words is None or self.country_of_entity(named.id) in (None, in_words)):
                return named  # (not "the Estonian service" for the Federal Security Service named before)
        if core.lower() in words("company_nouns") and re.match(r"(?i)the\s", text):
            # "The company has said": the organisation last named ("an investigation into Gazprom") that is no state
            # body (a ministry, an agency, a council), else an article-local company
            bodies = (words("org_nouns") | words("definite_org_nouns")) - words("company_nouns")
            for _, group in self.mentions.before(att.speaker.start, window=MINISTRY_WINDOW):
                orgs = [m for m in group if m.entity.type == "organisation"
                        and not bodies & set(m.entity.name.lower().split())]
                if orgs:
                    return orgs[-1].entity
        if core.lower() in ("ministry", "the ministry") and placed is None:
            for _, group in self.mentions.before(att.speaker.start, window=MINISTRY_WINDOW):
                # a ministry, not the Kremlin or an agency named since ("the Foreign Ministry's department head
                # said X. In Moscow, the Kremlin said Y. The ministry's spokeswoman said")
                orgs = [m for m in group if m.entity.type == "organisation" and "ministry" in m.entity.name.lower()]
                if orgs:
                    return orgs[-1].entity
                # "Foreign Ministry spokeswoman Maria Zakharova said ... The ministry also said": her ministry
                for m in reversed([m for m in group if m.speaker and m.entity.type == "person"]):
                    ministry = self.ministry_of(m.entity)
                    if ministry is not None:
                        return ministry
            return None
        if words_ and table("pronouns").get(words_[0]) in ("m", "f"):
            owner_org = self.owner_ministry(att, words_[0], core)
            if owner_org is not None:
                return owner_org
        if core and in_words is None and placed is None and " " in core.strip():
            un = self.un_body(att, core)
            if un is not None:
                return un
        actor = self.kb.organisation(core, country) if core else None
        if actor is None and core and in_words is None and placed is None:
            # No country named and none of the focus country: the next country the article is about that has one
            # ("A Foreign Ministry statement" in a Georgia story quoting Moscow; "the Foreign Intelligence Service"
            # in a story about Moldova).
            for other in self.mentions.country_ranking[1:]:
                actor = self.kb.organisation(core, other)
                if actor is not None:
                    break
        if actor is not None:
            return kb_entity(self.kb, actor.id)
        return None

    def ministry_of(self, person: Entity | None, noun: str = "ministry") -> Entity | None:
        """The ministry a knowledge-base person serves in (as minister, deputy or spokesperson) on the article's
        date, when ``noun`` can name it (``ministry``, or its last word: ``His ministry``); None otherwise."""
        actor = self.kb.get(person.id) if person is not None else None
        ministries = table("ministry_of_role")
        for r in actor.roles if actor is not None and actor.type == "person" else ():
            if r.role in ministries and (self.date is None or r.held_on(self.date)) and noun in (
                    ministries[r.role].split()[-1], "ministry"):
                org = self.kb.organisation(ministries[r.role], r.org)
                if org is not None:
                    return kb_entity(self.kb, org.id)
        return None

    def owner_ministry(self, att: Attribution, pronoun: str, core: str) -> Entity | None:
        """``His ministry``: the ministry the pronoun's antecedent heads on the article's date."""
        return self.ministry_of(self.pronoun(_as_pronoun(att, pronoun)), core.lower().split()[-1])

    def located_in(self, att: Attribution) -> str | None:
        """``the Foreign Ministry in Pyongyang``: the country of a place named right after the speaker with ``in``
        (within :data:`ENVOY_TAIL_CHARS`), which the speaker's span leaves out; None otherwise."""
        tail = self.article.text[att.speaker.end:att.speaker.end + ENVOY_TAIL_CHARS]
        m = _LOCATED_IN.match(tail)
        return self.country_of(_lower_words(m.group(1))) if m else None

    def placed_in(self, att: Attribution) -> str | None:
        """``In Riyadh, the foreign ministry said``: the country of a place set off by a comma at the head of the
        speaker's sentence, right before the speaker; None otherwise."""
        text = self.article.text
        m = _PLACED_IN.search(text, max(0, att.speaker.start - ENVOY_TAIL_CHARS - 8), att.speaker.start)
        return self.country_of(_lower_words(m.group(1))) if m else None

    @cached_property
    def names_un(self) -> bool:
        """Whether the article names the United Nations anywhere (read once per article)."""
        return _NAMES_UN.search(self.article.text) is not None

    @cached_property
    def at_the_un(self) -> bool:
        """Whether the article names the United Nations or one of its two main bodies, where delegates speak."""
        return self.names_un or _UN_BODY.search(self.article.text) is not None

    def un_or_nato(self, att: Attribution) -> str:
        """Whose ``the Secretary-General`` is when no phrase says: the UN's when the UN was named after NATO before the
        speaker (or NATO never was), else NATO's."""
        before = self.article.text[:att.speaker.start]
        un = max((m.start() for pattern in (_NAMES_UN, _UN_BODY) for m in pattern.finditer(before)), default=-1)
        nato = max((m.start() for m in _NAMES_NATO.finditer(before)), default=-1)
        return UN_COUNTRY if un > nato else "NATO"

    def un_delegate(self, words_: list[str]):
        """``the representative of the Russian Federation``, ``Japan's delegate`` in an article that names the United
        Nations: the country's ambassador to the UN on the article's date (None when the knowledge base has none);
        PASS for any other phrase.

        Args:
            words_: the speaker phrase's lower-cased words.
        """
        if words("un_delegate_nouns").isdisjoint(words_) or "to" in words_ or not self.at_the_un:
            return PASS  # "the representative of Russia to the OSCE" is another body's
        country = self.country_of(words_)
        if country is None:
            return PASS
        holders = self.kb.holders("un-ambassador", country, self.date)
        if len(holders) == 1:
            return kb_entity(self.kb, holders[0].id)
        # one article-local delegate per country, whichever words name them ("France's delegate" again later)
        return local_entity(self.article, f"{country} delegate", "person") if not holders else None

    def un_body(self, att: Attribution, core: str) -> Entity | None:
        """``the Security Council``, ``the Assembly`` in an article that names the United Nations: the UN's body of
        that name (for a bare noun, the one named last before the speaker), not a state's council; None otherwise.

        Args:
            att: the statement.
            core: the speaker phrase without its article and country words (``Security Council``, ``Council``).
        """
        text = self.article.text
        if not self.names_un:
            return None
        if " " in core.strip():
            actor = self.kb.organisation(core, UN_COUNTRY)
            return kb_entity(self.kb, actor.id) if actor is not None else None
        noun, last, found = core.strip().lower(), -1, None
        for name, actor in self._un_bodies:
            if name.lower().split()[-1] != noun:
                continue
            at = text.rfind(name, 0, att.speaker.start)
            if at > last:
                last, found = at, actor
        return kb_entity(self.kb, found.id) if found is not None else None

    @cached_property
    def _un_bodies(self) -> list[tuple[str, Actor]]:
        """The UN's organisations in the knowledge base, by their names without ``UN`` (``Security Council``)."""
        return [(re.sub(r"^UN\s+", "", a.name), a) for a in self.kb.actors.values()
                if a.country == UN_COUNTRY and a.type == "organisation"]

    def named_organisation(self, att: Attribution, noun: str) -> Entity | None:
        """The organisation last mentioned (speakers first) whose name contains every word of ``noun``; never a news
        outlet."""
        wanted = noun.split()
        for _, group in self.mentions.before(att.speaker.start, window=MINISTRY_WINDOW):
            orgs = [m for m in group if m.entity.type == "organisation"
                    and all(w in m.entity.name.lower() for w in wanted)]
            if orgs:
                return ([m for m in orgs if m.speaker] or orgs)[-1].entity
        return None

    def outlet_in(self, words_: list[str]) -> Entity | None:
        """The knowledge base's news outlet whose name or alias is the longest run of ``words_`` (``official KCNA news
        agency``: KCNA), or None."""
        n = len(words_)
        for size in range(min(n, MAX_OUTLET_WORDS), 0, -1):
            for i in range(n - size + 1):
                ids = [a for a in self.kb.lookup(" ".join(words_[i:i + size]), fuzzy=False)
                       if self.kb.get(a).type == "media"]
                if len(ids) == 1:
                    return kb_entity(self.kb, ids[0])
        return None

    def country_in_question(self, sp: Speaker) -> str | None:
        """The country a speaker phrase is of: the one it names, else the one named just before it, else the
        article's focus."""
        return self.country_of(sp.words) or self.last_country_named(sp.att) or self.mentions.focus_country

    def state_broadcaster(self, country: str | None) -> Entity | None:
        """The one outlet of ``country`` that the knowledge base calls its state television (an alias such as
        ``Iranian state television``), or None."""
        found = [a for a in self.kb.actors.values() if a.type == "media" and a.country == country
                 and any(n.lower().endswith(("state television", "state tv")) for n in a.aliases)]
        return kb_entity(self.kb, found[0].id) if country is not None and len(found) == 1 else None

    def last_outlet(self, att: Attribution, noun: str) -> Entity | None:
        """The news outlet mentioned last before ``att``'s speaker (within a few sentences, else the one outlet named
        before); None when an organisation whose name holds ``noun`` (``the agency``: the International Atomic Energy
        Agency) was mentioned since."""
        for _, group in self.mentions.before(att.speaker.start, window=MINISTRY_WINDOW):
            named = [m for m in group if m.entity.type == "media"
                     or m.entity.type == "organisation" and noun in m.entity.name.lower()]
            if named:
                # "The IAEA said Y, KCNA reported. The agency said Z": a source that spoke before one that relayed
                last = ([m for m in named if m.speaker] or named)[-1].entity
                return last if last.type == "media" else None
        # further back, only the one outlet the article named before ("The newspaper rejected the accusations" in a
        # story about its reporter's arrest)
        outlets = {m.entity.id: m.entity for m in self.mentions.mentions
                   if m.end <= att.speaker.start and m.entity.type == "media"}
        return next(iter(outlets.values())) if len(outlets) == 1 else None

    @cached_property
    def publication_office(self) -> tuple[str | None, str | None]:
        """The office the publication is named after and its country (``President of Russia``; a leader's office,
        ``The White House``), or Nones; read once per article."""
        named = str(self.article.meta.get("publication") or "")
        pub = named.lower()
        office = next((self.roles[p] for p in self._role_phrases
                       if p in pub and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", pub)), None)
        country = self.country_of(_lower_words(pub))
        if office is None and named:
            # "The White House": a leader's office (lexicon ``leader_offices``) publishes its leader's pages
            ids = self.kb.lookup(named, fuzzy=False)
            if len(ids) == 1 and next(iter(ids)) in _LEADER_OF_OFFICE:
                office, country = _LEADER_OF_OFFICE[next(iter(ids))]
        return office, country

    def publication_holder(self, role: str | None = None, phrase: str = "") -> Entity | None:
        """The office holder a publication is named after (``President of Russia``, the Kremlin's website) on the
        article's date (only if the office is ``role``, when given): who sends the messages it prints without naming
        the sender, and who ``the President`` of its pages is (a holder whose title says ``phrase`` when it is one of
        :data:`TITLE_PHRASES`)."""
        office, country = self.publication_office
        if office is None or country is None or self.date is None or role not in (None, office):
            return None
        if office == "leader":
            office = self.leader_role.get(country, "head-of-state")
        holders = [a for a in self.kb.holders(office, country, self.date)
                   if phrase not in TITLE_PHRASES or any(TITLE_PHRASES[phrase] in r.title.lower() for r in a.roles)]
        return kb_entity(self.kb, holders[0].id) if len(holders) == 1 else None

    def earlier_document(self, att: Attribution, noun: str) -> Entity | None:
        """``A joint statement said ... The statement added``: whoever spoke through the last document of that name
        (of any name for ``the document``, lexicon ``generic_document_nouns``)."""
        text = self.article.text
        nouns = words("document_nouns") if noun in words("generic_document_nouns") else {noun}
        for _, group in self.mentions.before(att.speaker.start, window=MINISTRY_WINDOW):
            docs = [m for m in group if m.speaker and nouns & set(_lower_words(text[m.start:m.end]))]
            if docs:
                return docs[-1].entity
        return None

    def issuer_named_after(self, att: Attribution) -> Entity | None:
        """Who issued a document, as its own phrase says: a source it came from or a participle's agent inside the
        speaker phrase (``A statement from China's Defence Ministry``, ``The bill, passed by the House, says``), else
        a participle right after the speaker (``a list published by the State Department``) or the outlet that
        printed it (``a commentary in the People's Daily``); None when no single source is named (``released by
        Moscow and Ankara``)."""
        agent = self._agent_inside(att)
        issuer = self._named_source(*agent) if agent is not None else None
        if issuer is not None:
            return issuer
        # the participle phrase ends where the statement's cue begins ("A decree signed by Putin said ...")
        end = att.cue.start if att.cue is not None and att.cue.start > att.speaker.end else len(self.article.text)
        m = _ISSUED_BY.match(self.article.text, att.speaker.end, end)
        if m is None:
            # "a commentary in the People's Daily": a document printed in an outlet is the outlet's
            m = _PRINTED_IN.match(self.article.text, att.speaker.end, end)
            return self.outlet_in(m.group(1).lower().split()) if m is not None else None
        return self._named_source(*m.span(1))

    def _speaker_tokens(self, att: Attribution) -> list:
        """``(offset, token)`` of the speaker phrase's words, in order (spaCy tokens, for the parse-based look-ups)."""
        return [(o, t) for o, t in self._tokens_before(att.speaker.end, 0) if o >= att.speaker.start]

    def _agent_inside(self, att: Attribution) -> tuple[int, int] | None:
        """The character bounds of the source a document speaker phrase names in a ``from`` or a participle's ``by``
        of its own (``Earlier statements from Pyongyang``, ``The draft, drawn up by the United States``); None
        without one."""
        found = self._speaker_tokens(att)
        if not found:
            return None
        off, head = found[-1]
        base = off - head.idx
        agents = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"]
        for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            agents += [c for c in acl.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"]
        pobj = next((g for a in agents for g in a.children if g.dep_ == "pobj"), None)
        if pobj is None:
            return None
        last = _phrase_end(pobj)
        return base + pobj.left_edge.idx, base + last.idx + len(last)

    def _named_source(self, lo: int, hi: int) -> Entity | None:
        """The one source a phrase names: the knowledge base's actor by the whole name, an outlet in it (``carried by
        the official KCNA news agency``), else the last name the mention index resolved in it; None for a joint
        source (``Moscow and Ankara``)."""
        text = self.article.text[lo:hi]
        if re.search(r"\band\b|&", text):
            return None
        ids = self.kb.lookup(re.sub(r"^(the|a|an)\s+", "", text, flags=re.I), fuzzy=False)
        if len(ids) == 1:
            return kb_entity(self.kb, next(iter(ids)))
        outlet = self.outlet_in(text.lower().split())
        if outlet is not None:
            return outlet
        named = [x for x in self.mentions.within(lo, hi) if x.entity.type != "group"]
        return named[-1].entity if named else None

    def document_owner(self, att: Attribution) -> Entity | None:
        """Whose a document speaker phrase says it is, linked as a speaker of its own: its possessor (``The agency's
        report``, ``the ministry's statement``), for ``whose`` the noun its relative clause describes (``Kayhan,
        whose front-page editorial said``), the source after ``from`` or ``by`` or the owner of the channel it was
        posted ``on`` (``a statement from the embassy``, ``a post on the embassy's Telegram channel``), the one
        organisation or country named in front of it (``a White House fact sheet``, ``an Indian readout``), or the
        subject of the verb that issued it (``Allied leaders agreed a communique which says``); None when it names no
        owner (``its statement`` is left to the pronoun look-up)."""
        toks = self._speaker_tokens(att)
        head = next((t for _, t in reversed(toks) if t.lemma_.lower() in _DOCUMENT_NOUNS | _POSTED_NOUNS), None)
        if head is None:
            return None
        base = next(o - t.idx for o, t in toks if t == head)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ != "whose":
            return self._possessor_link(att, owner, base)
        if owner is not None:
            # the noun just before the relative clause (the parser may hang the clause on an earlier one: "the
            # front-page headline of the weekly X, whose editorial argues" is X's)
            prev = next((t for t in reversed(owner.doc[owner.sent.start:owner.i]) if not t.is_punct), None)
            if prev is None or prev.pos_ not in ("NOUN", "PROPN"):
                return None
            return self._phrase_entity(att, [t for t in prev.subtree if t.i <= prev.i], base)
        for prep in (c for c in head.rights if c.dep_ == "prep"):
            # "a statement from the embassy", "a post on the embassy's Telegram channel" (a name after "from" or
            # "by" was the issued_by strategy's)
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and prep.lower_ in ("from", "by"):
                return self._phrase_entity(att, list(obj.subtree), base)
            channel = next((g for g in obj.children if g.dep_ == "poss" and g.pos_ != "PRON"), None) \
                if obj is not None and prep.lower_ == "on" else None
            if channel is not None:
                return self._phrase_entity(att, [t for t in channel.subtree if t.tag_ != "POS"], base)
        front = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
        if front:
            lo = base + min(t.left_edge.idx for t in front)
            named = {m.entity for m in self.mentions.within(lo, base + head.idx)}
            if len(named) == 1 and next(iter(named)).type in ("organisation", "state") \
                    and not next(iter(named)).is_local:  # ("the Johannesburg declaration" names a place)
                return next(iter(named))
            countries = {self.countries[t.lower_] for t in front if t.lower_ in self.countries}
            if not named and len(countries) == 1:
                state = self.kb.state(next(iter(countries)))
                return kb_entity(self.kb, state.id) if state is not None else None
        verb = head.head
        if head.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING_LEMMAS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return self._phrase_entity(att, list(subject.subtree), base)
        return None

    def possessor_entity(self, att: Attribution) -> Entity | None:
        """The entity of the possessor of the speaker phrase's last word (``the ministry's spokeswoman``: the
        ministry), linked as a speaker of its own; None without one, or for a pronoun (``its spokesman``)."""
        toks = self._speaker_tokens(att)
        if not toks:
            return None
        off, head = toks[-1]
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        return self._possessor_link(att, owner, off - head.idx) if owner is not None else None

    def _possessor_link(self, att: Attribution, owner, base: int) -> Entity | None:
        """The entity a possessor token's phrase (without its ``'s``) gives read as a speaker; None for a pronoun."""
        if owner.pos_ == "PRON":
            return None
        return self._phrase_entity(att, [t for t in owner.subtree if t.tag_ != "POS"], base)

    def _phrase_entity(self, att: Attribution, toks: list, base: int) -> Entity | None:
        """The entity the strategies give a phrase of the parse (``toks``, in order, at ``base``) read as the speaker
        of ``att``; the document strategies are left out: an owner that is a document itself (``the decree's
        explanatory note``) is not followed further."""
        lo, hi = base + toks[0].idx, base + toks[-1].idx + len(toks[-1])
        text = self.article.text[lo:hi]
        said = _lower_words(text)
        if not said:
            return None
        root = next((t for t in toks if t.head not in toks or t.head == t), toks[-1])
        head, pos, ent = root.lemma_.lower(), root.pos_, root.ent_type_
        sub = replace(att, speaker=Span(lo, hi, text), speaker_head=head, speaker_pos=pos, speaker_ent=ent,
                      speaker_group=any(t.dep_ == "conj" for t in toks))
        sp = Speaker(sub, text, said, _bare(text), head, pos, ent)
        return _decide(self, sp, skip=_DOCUMENT_STRATEGIES).entity

    def organisation_named_in(self, lo: int, hi: int) -> Entity | None:
        """The one organisation the mention index found in ``[lo, hi]`` when nothing else is named there (``NATO
        leaders``; not ``Russia's NATO allies``); None otherwise."""
        named = {m.entity for m in self.mentions.within(lo, hi)}
        return next(iter(named)) if len(named) == 1 and next(iter(named)).type == "organisation" else None

    def _owners(self, tok, base: int, meeting: bool) -> list[Entity | None]:
        """Whose a meeting or a body of members is (``the alliance's summit``, ``the NATO summit``, ``a summit of the
        SCO``, ``EU leaders``): the organisation each possessor, modifier or ``of`` phrase of ``tok`` names, and None
        for one that names a state or a person (``the EU-China summit``), which makes a meeting no one
        organisation's; a place (``the Brussels summit``) names no owner. A meeting held as the object of a verb
        (``EU leaders gathered for a summit``) is also its subject's."""
        phrases = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")]
        phrases += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]
        if meeting and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            phrases += [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        out: list[Entity | None] = []
        for phrase in phrases:
            lo, hi = base + phrase.left_edge.idx, base + phrase.right_edge.idx + len(phrase.right_edge)
            named = [m for m in self.mentions.within(lo, hi) if m.entity.type != "group"]
            if not named and phrase.pos_ in ("NOUN", "PROPN"):
                # "the alliance's summit": a knowledge-base organisation by a common-noun alias
                ids = self.kb.lookup(strip_possessive(self.article.text[lo:hi]), fuzzy=False)
                actor = self.kb.actors[next(iter(ids))] if len(ids) == 1 else None
                out += [kb_entity(self.kb, actor.id)] if actor is not None and actor.type == "organisation" else []
            for m in named:
                place = any(t.ent_type_ in ("GPE", "LOC") for t in phrase.subtree if base + t.idx == m.start)
                if m.entity.type == "organisation" and not place:
                    out.append(m.entity)
                elif m.entity.type != "organisation" and meeting:
                    out.append(None)
        return out

    def meeting_owner(self, at: int) -> Entity | None:
        """The one organisation whose meeting the article spoke of before ``at`` (``the alliance's summit``, ``NATO
        leaders``: leaders or members of one organisation meet as it); None when it names none, or more than one, or
        a meeting of a state's or a person's too."""
        if "meeting_owner" not in self._cache:
            # (offset, owner) of every meeting and body of members in the article, found once
            found = self._cache["meeting_owner"] = []
            for base, tok in self.mentions.parse.tokens():
                meeting = tok.pos_ == "NOUN" and tok.lemma_.lower() in words("summit_nouns")
                if meeting or tok.pos_ == "NOUN" and tok.lower_ in words("member_nouns"):
                    found += [(base + tok.idx, e) for e in self._owners(tok, base, meeting)]
        owners = {e for off, e in self._cache["meeting_owner"] if off < at}
        return next(iter(owners)) if len(owners) == 1 else None

    def known_source(self, name: str) -> bool:
        """Whether the knowledge base knows the institution or person ``name`` (``the Russian embassy in Washington``,
        ``Chinese Foreign Ministry``), by name or as an office of the country it names (or of the country in focus)."""
        if self.kb.lookup(name, fuzzy=False):
            return True
        words_ = _lower_words(name)
        country = self.country_of(words_)
        core = " ".join(w for w in name.split() if w.lower() not in self.countries)
        if core.lower() in words("org_nouns") and country is not None and self.kb.state(country) is not None:
            return True  # "a US embassy spokesperson": an office of a state the knowledge base knows
        # "A Norwegian spokesman" speaks for a state, which the knowledge base knows
        return not core or self.kb.organisation(core, country or self.mentions.focus_country) is not None

    def recent_organisation(self, att: Attribution) -> Entity | None:
        """The organisation or state that last spoke within the window, else the last one named: who issued ``the
        statement`` (``The White House said X. "...Pyongyang...," the statement said``: not the state in the quote)."""
        groups = list(self.mentions.before(att.speaker.start, window=ANTECEDENT_WINDOW))
        for _, group in groups:
            spoke = [m for m in group if m.entity.type in ("organisation", "state") and m.speaker]
            if spoke:
                return spoke[-1].entity
        # else the last organisation named, before any state: "The European Parliament voted on Y, which Russia
        # called Z. The resolution says W" is the parliament's, not Russia's, the state a document is mostly about
        for types in (("organisation",), ("organisation", "state")):
            for _, group in groups:
                orgs = [m for m in group if m.entity.type in types]
                if orgs:
                    return orgs[-1].entity
        return None

    def _tokens_before(self, at: int, window: int):
        """``(offset, token)`` of the sentences from ``window`` back to the one holding ``at``, before ``at``, nearest
        last (spaCy tokens, for this module's own parse-based look-backs)."""
        parse = self.mentions.parse
        first = parse.sentence_at(at) - window
        # a window that reaches the first sentence takes everything before it too (headers, leading space)
        lo = parse.sentences[first].start if first > 0 else 0
        out = []
        for off, doc in parse.docs:
            if off > at:
                break
            if not len(doc) or off + doc[-1].idx < lo:
                continue  # a paragraph wholly before the window: skipped without walking its tokens
            for i in range(bisect.bisect_left(doc, lo - off, key=_IDX), len(doc)):
                o = off + doc[i].idx
                if o >= at:
                    break
                out.append((o, doc[i]))
        return out

    def role_subject(self, att: Attribution, want: str) -> Entity | None:
        """``The French President shared this assessment. In his words, ...``: the office holder a definite role
        description names, when it is the subject of the sentence just before the pronoun's, that sentence names no
        person, and none was named as a subject in the pronoun's own sentence before it; None otherwise."""
        parse = self.mentions.parse
        here = parse.sentence_at(att.speaker.start)
        if here == 0:
            return None
        prev = parse.sentences[here - 1]
        named = [m for back, group in self.mentions.before(att.speaker.start, 1) for m in group
                 if m.entity.type == "person" and (back == 1 or m.is_subject or m.speaker)]
        if named:
            return None
        subjects = [t for o, t in self._tokens_before(att.speaker.start, 1) if o < prev.end
                    and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if len(subjects) != 1:
            return None
        t = subjects[0]
        lemma = t.lemma_.lower()
        if (t.pos_ not in ("NOUN", "PROPN") or lemma not in words("person_nouns") or t.left_edge.lower_ != "the"
                or lemma in words("named_anonymous_roles") | words("anonymous_heads")):
            return None
        entity = self.by_role(att, [w.lower_ for w in t.subtree if not w.is_punct])
        if entity is None or entity.type != "person" or self.gender(entity) not in (want, None):
            return None
        return entity

    def anonymous_subject(self, att: Attribution, noun: str | None = None) -> int | None:
        """Offset of the last unnamed person who was a subject before the speaker, outside what the statement says
        (``A senior Russian diplomat was blunter. "...," he said``), within the antecedent window, of the role
        ``noun`` when given (``An official was present. The minister said`` is no unnamed minister); None if
        none."""
        content = att.content
        anonymous = words("named_anonymous_roles") | words("anonymous_heads")
        for o, t in reversed(self._tokens_before(att.speaker.start, ANTECEDENT_WINDOW)):
            if content.start <= o < content.end or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if (t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in anonymous
                    and noun in (None, t.lemma_.lower())
                    and t.left_edge.lower_ in words("anonymous_determiners")
                    and not any(c.dep_ == "appos" for c in t.children)):
                return o
        return None

    def _document_subject(self, att: Attribution):
        """``A joint note was signed. The two navies, it said, ...``: the document that ``it`` stands for, when the
        last subject before the pronoun (in its sentence or the one before, outside what the statement says) is a
        document noun; ``(offset, token)`` or None."""
        content = att.content
        # (nor inside what the statement before said: 'a statement ..., saying Blinken's comments showed Y. It
        # suggested' is the ministry's, not the comments')
        said = self.last[0].content if self.last is not None else content
        subjects = [(o, t) for o, t in self._tokens_before(att.speaker.start, 1)
                    if t.dep_ in ("nsubj", "nsubjpass") and not content.start <= o < content.end
                    and not said.start <= o < said.end]
        if subjects and _document_token(subjects[-1][1]):
            return subjects[-1]
        return None

    def apposed_noun(self, att: Attribution) -> str | None:
        """The lemma of a common noun set in apposition to the speaker's last word (``Kadri Tamm, a researcher at a
        think tank, said``: ``researcher``), or None."""
        toks = self._tokens_before(att.speaker.end, 0)
        if not toks or toks[-1][0] + len(toks[-1][1]) != att.speaker.end:
            return None
        return next((c.lemma_.lower() for c in toks[-1][1].children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)

    def group_that_spoke(self, att: Attribution) -> Entity | None:
        """``Putin and Orban praised the accord they signed. According to the statement, ...``: the group whose
        statement came just before (within the antecedent window), which a document nobody else issued speaks for."""
        if self.last is None:
            return None
        prev, entity = self.last
        if entity is None or entity.type != "group" or att.sentence - prev.sentence > ANTECEDENT_WINDOW:
            return None
        return entity

    def document_source(self, att: Attribution, noun: str, own: bool = False) -> Entity | None:
        """Who issued the document last called ``noun`` before the speaker (``The leaders released a statement
        ... The statement said``): the parties of a joint one, or the group or named source that is the subject of
        the clause that issued it; None when the text does not say.

        Args:
            att: the statement.
            noun: the document noun.
            own: look at the speaker's own document too (``The People's Daily carried a front-page commentary
                declaring Y``: the commentary is the speaker, the paper its source).
        """
        # "signed a joint communique ... The document notes": a generic noun stands for any document before it
        nouns = words("document_nouns") if noun in words("generic_document_nouns") else {noun}
        end = att.speaker.end if own else att.speaker.start
        found = [(o, t) for o, t in self._tokens_before(end, MINISTRY_WINDOW)
                 if o < end and t.lemma_.lower() in nouns and _document_token(t)]
        if not found:
            return None
        off, tok = found[-1]
        base = off - tok.idx
        if any(c.lower_ == "joint" for c in tok.lefts):
            return self.recent_group(att.speaker.start)
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c != tok), None)
        if subject is None:
            return None
        # ("the bloc's foreign policy chief, Federica Mogherini, and the foreign ministers of France": the parser may
        # hang the other party on the apposition)
        if subject.lower_ in words("group_nouns") or any(
                c.dep_ == "conj" for t in (subject, *(a for a in subject.children if a.dep_ == "appos"))
                for c in t.children):
            return self.recent_group(att.speaker.start)
        lo, hi = base + subject.left_edge.idx, base + subject.right_edge.idx + len(subject.right_edge)
        named = [m for m in self.mentions.within(lo, hi) if m.entity.type != "group"]
        text = self.article.text[lo:hi]
        if not any(m.entity.type == "person" for m in named) and (said := _lower_words(text)):
            # "the President of Russia sent a message to X": the sender named by office, not the country in it
            holder = self.by_role(replace(att, speaker=Span(lo, hi, text)), said)
            if holder is not None and holder.type == "person":
                return holder
        return named[-1].entity if named else None

    # -- entry point -----------------------------------------------------------------------
    def link(self, att: Attribution) -> Link:
        """The entity a statement's speaker refers to (None for anonymous or unresolvable sources), and how."""
        if att.speaker is None:
            # "It was agreed that ...", "The talks stressed ...": an agentless readout speaks for the parties the article
            # is about
            group = self.recent_group(att.content.start)
            return Link(group, "passive_group" if group is not None else "")
        # '"...," he said, adding that Y': one speaker word of several statements is one source, linked once (the
        # later statement's content no longer covers the quote that names others)
        key = (att.speaker.start, att.speaker.end)
        if key in self._linked:
            self.last = (att, self._linked[key].entity)
            return self._linked[key]
        text = drop_repeated_name(att.speaker.text, self.kb)
        if text != att.speaker.text:
            att = replace(att, speaker=Span(att.speaker.start, att.speaker.start + len(text), text))
        words_ = _lower_words(text)
        if not words_:
            return Link(None, "")
        sp = Speaker(att, text, words_, _bare(text), att.speaker_head, att.speaker_pos, att.speaker_ent)
        link = _decide(self, sp)
        self.remember(att, link.entity)
        self.last = (att, link.entity)
        self._linked[key] = link
        return link


def _phrase_end(tok):
    """The last token of a noun's own phrase, without a clause, an apposition or the place it is in after it, at any
    depth: ``KCNA, which called Y`` ends at ``KCNA``, ``NATO leaders in Brussels, which described Y`` at ``leaders``
    (the place says where they met, not who they are)."""
    last = tok
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct") or c.dep_ == "prep" and any(placed(g) for g in c.children):
            break
        last = _phrase_end(c)
    return last


def _bare(text: str) -> str:
    """A speaker phrase without its leading article (``the Foreign Ministry`` → ``Foreign Ministry``)."""
    return re.sub(r"^(the|a|an) ", "", text, flags=re.I)


def _decide(lk: Linker, sp: Speaker, skip: frozenset[str] = frozenset()) -> Link:
    """The first strategy, in order, that decides a speaker (those named in ``skip`` left out)."""
    link = _first_decision(lk, sp, [s for s in STRATEGIES.values() if s.name not in skip])
    if link is None:
        raise AssertionError("the last strategy always decides")  # pragma: no cover
    return link


def _first_decision(lk: Linker, sp: Speaker, strategies: list[Strategy]) -> Link | None:
    """The first of ``strategies`` (in the order given) that decides a speaker; None when each passes."""
    for s in strategies:
        entity = s.fn(lk, sp)
        if entity is not PASS:
            return Link(entity, s.name)
    return None


# -- the strategies, in the order they are tried --------------------------------------------

@strategy("group")
def _group(lk: Linker, sp: Speaker):
    """Conjoined sources (``Mr Putin and Mr Bush``) share one article-local group entity; conjoined titles of one
    named person (``Deputy Prime Minister and Foreign Minister Tansu Ciller``) are that person, left to the name."""
    if not sp.att.speaker_group or lk.titles_of_one(sp):
        return PASS
    return lk.group_of(sp)


@strategy("pronoun")
def _pronoun(lk: Linker, sp: Speaker):
    """A pronoun takes the nearest compatible antecedent, speakers of earlier statements first; ``it`` after a
    document subject (``The decree cites ... what it calls``) speaks for whoever the document does."""
    if sp.pos != "PRON":
        return PASS
    if table("pronouns").get(sp.words[0]) == "org" and len(sp.words) == 1:
        doc = lk._document_subject(sp.att)
        if doc is not None:
            off, tok = doc
            lo = off - tok.idx + tok.left_edge.idx
            text = lk.article.text[lo:off + len(tok)]
            span = Span(lo, off + len(tok), text)
            # the document's own strategies, in their order ("The summit's final declaration says ... It also says"
            # is the summit's organisation's, as the declaration would be)
            doc_sp = Speaker(replace(sp.att, speaker=span), text, [w.lower() for w in text.split()], _bare(text),
                             tok.lemma_.lower(), "NOUN", "")
            link = _first_decision(lk, doc_sp, [s for s in STRATEGIES.values() if s.name in _DOCUMENT_STRATEGIES])
            if link is not None:
                return link.entity
    return lk.pronoun(sp.att)


@strategy("members")
def _members(lk: Linker, sp: Speaker):
    """``NATO leaders``, ``EU foreign ministers``: the leaders or members of one organisation speaking together speak
    for it; with another source (``the Russian and EU leaders``) or counted (``the two NATO leaders``) they are a
    group."""
    if (sp.pos != "NOUN" or not (any(w in words("member_nouns") for w in sp.words) or sp.head in words("mission_nouns"))
            or "and" in sp.words or any(w in ("two", "three", "both") for w in sp.words)):
        return PASS  # ("The OSCE mission said", "EU monitors said": the body's own people speak for it)
    owner = lk.organisation_named_in(sp.att.speaker.start, sp.att.speaker.end)
    if owner is None:
        # "The CSTO secretariat": a name the tagger missed, which the knowledge base knows as an organisation's
        named = " ".join(w for w in sp.bare.split() if w.lower() != sp.head and w.lower() != sp.words[-1])
        ids = lk.kb.lookup(named, fuzzy=False) if named else set()
        actor = lk.kb.get(next(iter(ids))) if len(ids) == 1 else None
        owner = kb_entity(lk.kb, actor.id) if actor is not None and actor.type == "organisation" else None
    return owner if owner is not None else PASS


@strategy("group_reference")
def _group_reference(lk: Linker, sp: Speaker):
    """``The two leaders``, ``the sides``, ``both presidents``: the group last spoken of (or the article's parties)."""
    # ("The Presidents" of a joint statement, capitalised, may be tagged as a name)
    if not (sp.pos == "NOUN" or sp.pos == "PROPN" and sp.words[-1] in words("group_nouns")) \
            or not any(w in words("group_nouns") for w in sp.words):
        return PASS
    if sp.words[0] not in ("the", "both") and not any(w in ("two", "three", "both") for w in sp.words):
        return PASS
    return lk.recent_group(sp.att.speaker.start)


@strategy("leader_office")
def _leader_office(lk: Linker, sp: Speaker):
    """``President Viktor Yushchenko's office``, ``the office of Prime Minister Naftali Bennett``, ``the chancellor's
    office``, ``his office``: a person's office speaks as that office, never as the person (as a spokesperson does):
    the knowledge base's office for the person's role on the article's date (lexicon ``leader_offices``), else one
    article-local office."""
    # where the head's words stand in the phrase ("the office of Chancellor Merkel", "his press service")
    at = next((i for h in _LEADER_OFFICE_HEADS if h[-1] == sp.head for i in range(len(sp.words))
               if sp.words[i:i + len(h)] == h), None)
    if at is None or sp.pos not in ("NOUN", "PROPN") or _is_anonymous(sp):
        return PASS
    before = sp.words[:at]
    adjectives = table("leader_adjectives")
    persons = [m for m in lk.inside_all(sp) if m.entity.type == "person"]
    if persons:
        owner: Entity | None = persons[-1].entity
    elif before in (["his"], ["her"]):
        owner = _pronoun_owner(lk, sp)  # "Macron's visit ended, his office said", as for "his spokesman"
    elif any(is_possessive(w) and strip_possessive(w) in words("role_words") for w in before):
        owner = lk.by_role(sp.att, sp.words)  # "the chancellor's office": the holder of the title on the date
    elif any(w in adjectives for w in before):
        # "the Presidential Press Service": the holder of the role the adjective names, of the country in focus
        # (on the pages of an office, "President of Russia", that office's holder)
        owner = lk.publication_holder() or lk.by_role(sp.att, [adjectives.get(w, w) for w in before],
                                                      spokesperson=False)
    elif before and is_possessive(before[-1]) and persons == [] and not lk.is_role(sp):
        # "the Defence Ministry's press service" speaks for the ministry, as "the press service of the ministry" does
        return _possessor_organisation(lk, sp) or PASS
    else:
        return PASS  # "the Foreign Office": no person's
    if owner is None or owner.type != "person":
        return local_entity(lk.article, sp.bare, "organisation")
    actor = None if owner.is_local else lk.kb.get(owner.id)
    offices = table("leader_offices")
    for r in actor.roles if actor is not None and lk.date is not None else ():
        office = offices.get(r.role, {}).get(r.org) if r.held_on(lk.date) else None
        if office is not None and lk.kb.get(office) is not None:
            return kb_entity(lk.kb, office)
    return local_entity(lk.article, sp.bare, "organisation")


def _possessor_organisation(lk: Linker, sp: Speaker) -> Entity | None:
    """The organisation a possessive before the office names (``the Defence Ministry's`` of ``the Defence Ministry's
    press service``), by the country its words, its place or the article's focus give; None when it names no
    organisation."""
    text = sp.att.speaker.text
    cut = max(text.rfind("'s"), text.rfind("’s"))
    if cut <= 0:
        return None
    owner = replace(sp.att, speaker=Span(sp.att.speaker.start, sp.att.speaker.start + cut, text[:cut]))
    found = lk.organisation(owner, [w.lower() for w in _WORD.findall(text[:cut])])
    return found if found is not None and found.type != "person" else None


@strategy("opinion_owner")
def _opinion_owner(lk: Linker, sp: Speaker):
    """``According to Gazprom's estimates``, ``in the ministry's assessment``: an opinion noun speaks for whoever owns
    it, as the mention index resolved the possessive before it."""
    if sp.head not in words("opinion_nouns") or sp.pos != "NOUN":
        return PASS
    text = lk.article.text
    owners = [m for m in lk.inside_all(sp) if possessive_at(text, m.end)]
    return owners[-1].entity if owners else PASS


@strategy("name_inside")
def _name_inside(lk: Linker, sp: Speaker):
    """A knowledge-base name that the mention index found inside the speaker phrase (not a possessor:
    ``Putin's spokesman`` is not Putin)."""
    if _is_anonymous(sp):
        return PASS  # "a senior Biden administration official" is not Biden
    role_head = sp.head in words("person_nouns")
    # "Putin's aide Sergei Yastrzhembsky": a possessor is never the speaker, even when the named aide is not known
    owner = lk.possessor(sp)
    # "The President of Russia" is not Russia: under a role noun only a person's name counts.
    kb_inside = [m for m in lk.inside(sp) if not m.entity.is_local and m is not owner
                 and (m.entity.type == "person" or not role_head)]
    return kb_inside[-1].entity if kb_inside else PASS


@strategy("state_party")
def _state_party(lk: Linker, sp: Speaker):
    """``the Arizona Republican``, ``the New York Democrat``: the US legislator of that state the article named
    before (a knowledge-base person whose role on the date is titled ``... from Arizona``), nearest first."""
    if len(sp.words) < 3 or sp.words[0] != "the" or sp.words[-1] not in words("us_party_nouns") \
            or " ".join(sp.words[1:-1]) not in words("us_states") or lk.date is None:
        return PASS
    suffix = "from " + " ".join(sp.words[1:-1])
    for _, group in lk.mentions.before(sp.att.speaker.start, window=STATE_PARTY_WINDOW):
        for m in reversed(group):
            actor = None if m.entity.is_local or m.entity.type != "person" else lk.kb.get(m.entity.id)
            if actor is not None and any(r.held_on(lk.date) and r.title.lower().endswith(suffix)
                                         for r in actor.roles):
                return m.entity
    return PASS


@strategy("outlet")
def _outlet(lk: Linker, sp: Speaker):
    """``North Korea's official KCNA news agency``, ``the agency`` after ``KCNA said``, ``State television``: a news
    outlet speaking for itself (one relaying another's statement was dropped by the extractor) is the knowledge base's
    outlet its phrase names, a bare outlet noun the outlet named last (unless an organisation of that noun was named
    since), state television the state broadcaster of the country in question."""
    # "Channel One's flagship news programme Vremya", "Rossiya TV's Vesti": a programme speaks for its outlet
    named = lk.outlet_in(sp.words) if sp.att.speaker_media or not words("programme_nouns").isdisjoint(sp.words) \
        else None
    if named is not None:
        return named
    if len(sp.words) == 2 and sp.words[0] == "the" and sp.head in words("outlet_nouns"):
        return lk.last_outlet(sp.att, sp.head) or PASS
    if "state" in sp.words and sp.head in words("state_broadcaster_nouns"):
        # "State television said", "Iranian state TV": the state broadcaster of the country in question
        return lk.state_broadcaster(lk.country_in_question(sp)) or PASS
    return PASS


@strategy("apposition")
def _apposition(lk: Linker, sp: Speaker):
    """``According to its secretary general, Nikolai Bordyuzha, ...``: a role description followed by a person's
    name set off by commas, before the content, is that person."""
    if sp.pos not in ("NOUN", "PROPN") or sp.head not in words("person_nouns") or _is_anonymous(sp):
        return PASS
    att, text = sp.att, lk.article.text
    # the apposition may open what an according-to statement's content was cut from, but never passes the cue
    end = att.cue.start if att.cue.start > att.speaker.end else len(text)
    # "The President's Special Representative for Relations with the EU, Sergei Yastrzhembsky, said": the role's
    # own complement may stand between it and the name
    tail = _ROLE_COMPLEMENT.match(text, att.speaker.end, end)
    m = _APPOSITION.match(text, tail.end() if tail else att.speaker.end, end)
    if not m:
        return PASS
    lo, hi = m.start(1), m.end(1)
    persons = [x for x in lk.mentions.within(lo, hi) if x.entity.type == "person" and not x.untagged]
    return persons[-1].entity if persons and persons[-1].end == hi else PASS


@strategy("counterpart")
def _counterpart(lk: Linker, sp: Speaker):
    """``his U.S. counterpart``, ``Lavrov's American counterpart``: whoever holds the owner's office in the country
    named on the article's date (with no country, the holder of that office the article last named); never the
    owner."""
    if sp.head not in words("counterpart_nouns"):
        return PASS
    owner = lk.possessor(sp)
    entity = owner.entity if owner is not None else None
    if entity is None and table("pronouns").get(sp.words[0]) in ("m", "f"):
        entity = lk.pronoun(_as_pronoun(sp.att, sp.words[0]))
    actor = lk.kb.get(entity.id) if entity is not None else None
    if actor is None or lk.date is None:
        return PASS
    offices = [r for r in actor.roles if r.held_on(lk.date)]
    country = lk.country_of([w for w in sp.words if w != sp.head])
    if country is not None:
        for r in offices:
            holders = lk.kb.holders(r.role, country, lk.date) if r.org != country else []
            if len(holders) == 1:
                return kb_entity(lk.kb, holders[0].id)
        return None
    for m in reversed([m for m in lk.mentions.mentions if m.end <= sp.att.speaker.start and m.entity != entity]):
        other = lk.kb.get(m.entity.id)
        if other is not None and any(o.role == r.role and o.org != r.org and o.held_on(lk.date)
                                     for o in other.roles for r in offices):
            return m.entity
    return None


@strategy("spokesperson")
def _spokesperson(lk: Linker, sp: Speaker):
    """``Putin's spokesman``, ``the minister's aide``: the holder of the spokesperson's office for that leader on the
    article's date; an unnamed aide of a known person is anonymous, never the person."""
    if sp.head not in words("person_nouns"):
        return PASS
    owner = lk.possessor(sp)
    if owner is None:
        if sp.head in words("spokesperson_nouns") and sp.words[0] not in words("anonymous_determiners") \
                and lk.by_role(sp.att, sp.words) is None:
            # "The ministry's spokeswoman": the spokesperson's office of the organisation the possessor is, read as a
            # role of its name ("Russian Foreign Ministry spokeswoman"); "the Foreign Ministry's spokeswoman" names
            # the role itself, for the role strategy
            holder = lk.body_spokesperson(sp.att, lk.possessor_entity(sp.att), sp.head)
            if holder is not None:
                return holder
        return PASS
    if sp.words[0] in words("anonymous_determiners"):
        return None  # "a spokesman for Prime Minister Rishi Sunak": one of the office's, unnamed
    if sp.head in words("spokesperson_nouns") or " press secretary" in sp.text.lower():
        return lk.spokesperson_for(owner.entity, sp.head)
    return None


@strategy("spokesperson_of_pronoun")
def _spokesperson_of_pronoun(lk: Linker, sp: Speaker):
    """``Ban Ki-moon deplored the launch, his spokesman said``: the spokesperson of the person ``his`` stands for (a
    person named earlier in the sentence, else the pronoun's antecedent), on the article's date; else anonymous,
    never another spokesperson named before. ``its spokesman``: the spokesperson of the organisation ``its`` stands
    for, when the knowledge base names that office."""
    if len(sp.words) != 2 or sp.head not in words("spokesperson_nouns") or sp.words[0] not in ("his", "her", "its"):
        return PASS
    if sp.words[0] == "its":
        # "The Kremlin rejected the claim, its spokesman said": the spokesperson's office of the organisation "its"
        # stands for, read as a role of its name ("Kremlin spokesman")
        return lk.body_spokesperson(sp.att, lk.pronoun(_as_pronoun(sp.att, "its")), sp.head) or PASS
    owner = _pronoun_owner(lk, sp)
    if owner is None or owner.type != "person" or lk.is_spokesperson(owner):
        return None
    return lk.spokesperson_for(owner, sp.head)


@strategy("nationality")
def _nationality(lk: Linker, sp: Speaker):
    """``The German said``: a nationality noun for one person is the person of that country the article named last,
    as a role description is; with no such person, a later strategy decides. A country's adjective alone (``A
    Russian statement said``) is its state."""
    if len(sp.words) == 1 and sp.pos == "ADJ" and sp.words[0] in lk.countries:
        # "A Russian statement said", "the Indian readout said": the document's cue leaves its country's adjective
        # as the speaker, which stands for that state
        state = lk.kb.state(lk.countries[sp.words[0]])
        return kb_entity(lk.kb, state.id) if state is not None else PASS
    nationalities = table("nationality_nouns")
    if len(sp.words) != 2 or sp.words[0] != "the" or sp.words[1] not in nationalities:
        return PASS
    entity = lk.nearest_person(sp.att, None, nationalities[sp.words[1]])
    return entity if entity is not None else PASS


@strategy("named_in_part")
def _named_in_part(lk: Linker, sp: Speaker):
    """A name given only in part (``a fisherman who gave his name only as Chen``) is an article-local person, whoever in
    the knowledge base bears it; so is an unnamed source whose clause gives one (``A nurse at a field clinic, who gave
    her name only as Hala, said``)."""
    att = sp.att
    named = lk.named_in_part(att.speaker.start, att.speaker.end)
    if named is None and _is_anonymous(sp) and att.speaker.end < att.cue.start:
        named = lk.named_in_part(att.speaker.end, att.cue.start)
    return named if named is not None else PASS


def _filtered_surname(how: str, doc: str):
    """A strategy for a name whose knowledge-base namesakes :meth:`MentionIndex.candidates` all removed ``how``: the
    article-local person of that name."""

    def fn(lk: Linker, sp: Speaker):
        ids, found_by = lk.kb_match(sp)
        if found_by != how or any(lk.kb.actors[i].type == "person" for i in ids) or lk.is_role(sp):
            return PASS
        entity, _ = lk.mentions.resolve_name(sp.bare, "PERSON", sp.att.speaker.start)
        return entity if entity is not None and entity.is_local else PASS

    fn.__doc__ = doc
    return fn


strategy(LOCAL_ANTECEDENT)(_filtered_surname(
    LOCAL_ANTECEDENT, "A surname the article gave earlier to a person outside the knowledge base (``Robert Blake ... "
                      "Blake said``) is that person, not a knowledge-base namesake."))
strategy(OUT_OF_OFFICE)(_filtered_surname(
    OUT_OF_OFFICE, "A surname whose knowledge-base namesakes held no role on the article's date, and whom it never "
                   "names in full, is someone else: an article-local person."))


def _unique_kb(how: str, doc: str):
    """A strategy that takes the knowledge base's look-up when it finds one actor, and found it ``how``."""

    def fn(lk: Linker, sp: Speaker):
        ids, found_by = lk.kb_match(sp)
        if len(ids) != 1 or found_by != how or how != "name" and lk.is_role(sp) or _is_anonymous(sp):
            return PASS  # ("A member of the European Parliament" is an anonymous member, not the parliament)
        actor = lk.kb.actors[next(iter(ids))]
        if sp.head in words("person_nouns") and actor.type != "person":
            return PASS  # "The President of Russia" is not Russia
        return kb_entity(lk.kb, actor.id)

    fn.__doc__ = doc
    return fn


strategy("name")(_unique_kb("name", "A knowledge-base name or alias, with or without its title."))
strategy("surname")(_unique_kb("surname", "A knowledge-base surname alone, or with a first name spelt differently."))
strategy("fuzzy_name")(_unique_kb("fuzzy", "A name close to one knowledge-base name (rapidfuzz), for misspellings."))


def _pronoun_owner(lk: Linker, sp: Speaker) -> Entity | None:
    """Whom the ``his``/``her`` opening a speaker phrase stands for (``his spokesman``, ``his office``): a person named
    earlier in the sentence, else the pronoun's antecedent."""
    want = table("pronouns").get(sp.words[0])
    return lk.sentence_person(sp.att, want) or lk.pronoun(_as_pronoun(sp.att, sp.words[0]))


def _as_pronoun(att: Attribution, word: str) -> Attribution:
    """The attribution seen through its possessive pronoun (``His message``) for antecedent search."""
    return replace(att, speaker=Span(att.speaker.start, att.speaker.start + len(word), word))


def _is_anonymous(sp: Speaker) -> bool:
    first = sp.words[0]
    partitive = len(sp.words) > 2 and sp.words[1] == "of" and (first in words("partitive_heads") or first.isdigit())
    # a plural head ("Russian diplomats"), not a phrase that ends in an "s" ("The representative of the United States")
    # (a head the lemmatiser left plural, "Western officials" read as a proper noun, ends the phrase as it is)
    plural = any(w in (sp.head + "s", sp.head + "es") for w in sp.words) or (
        sp.words[-1] == sp.head and sp.head.endswith("s"))
    return (sp.head in words("anonymous_heads") or first in words("anonymous_quantifiers") or partitive
            or (sp.head in words("named_anonymous_roles")
                and (first in words("anonymous_determiners") or plural)))


@strategy("anonymous")
def _anonymous(lk: Linker, sp: Speaker):
    """An anonymous source, even of a known institution, has no entity (guidelines §3); an unnamed spokesperson of a
    source outside the knowledge base is that source's article-local spokesperson."""
    if not _is_anonymous(sp) and not lk.unnamed_on_request(sp.att):
        return PASS
    source = _spoken_for(sp) if sp.head in words("spokesperson_nouns") else None
    if source is not None and not lk.known_source(source):
        return local_entity(lk.article, f"{source} spokesperson", "person")
    return None


def _spoken_for(sp: Speaker) -> str | None:
    """The source an unnamed spokesperson speaks for: ``a spokesman for the Campaign for Nuclear Disarmament``,
    ``A Norwegian Defence Ministry spokesman``; None when the phrase names none (``a spokesman``, ``a spokesman for
    the ministry``)."""
    nouns = "|".join(sorted(words("spokesperson_nouns")))
    m = (re.search(rf"\b(?:{nouns}) for (?:the )?(.+?)(?:,| in \w+$|$)", sp.text)
         or re.match(rf"(?i)(?:an?|one|the) (.+?) (?:{nouns})$", sp.text))
    # "a spokesman for the ministry" names no source: only a name (a capitalised word) does
    return m.group(1).strip() if m and any(w[:1].isupper() for w in m.group(1).split()) else None


@strategy("title")
def _title(lk: Linker, sp: Speaker):
    """A name behind a title (``Assistant Secretary of State Daniel Fried``), not a role description."""
    org_nouns = words("org_nouns")
    if (sp.pos == "PROPN" and sp.words[-1] not in words("role_words") | org_nouns | words("personal_documents")
            and sp.head not in org_nouns and not _document_speaker(sp)
            and sp.ent not in ("ORG", "GPE", "NORP") and not lk.ends_in_role(sp)):
        entity, _ = lk.mentions.resolve_name(sp.bare, "PERSON", sp.att.speaker.start)
        if entity is not None and (entity.type == "person" or sp.head not in words("person_nouns")):
            return entity
    return PASS


@strategy("ambiguous_name")
def _ambiguous_name(lk: Linker, sp: Speaker):
    """Several actors share the name: an earlier full mention in the article, else the office holder on the date; of
    several bodies, the one of the country in question."""
    ids, _ = lk.kb_match(sp)
    if not ids or lk.is_role(sp):
        return PASS
    bodies = [lk.kb.get(i) for i in ids]
    if len(ids) > 1 and all(a is not None and a.type == "organisation" for a in bodies):
        # "The Treasury": the body of the country in question
        country = lk.country_in_question(sp)
        mine = [a for a in bodies if a.country == country]
        return kb_entity(lk.kb, mine[0].id) if len(mine) == 1 else PASS
    entity, _ = lk.mentions.resolve_name(sp.text, "PERSON", sp.att.speaker.start)
    if entity is not None and entity.type != "person" and sp.head in words("person_nouns"):
        return PASS  # "The President of Russia" is not Russia
    return entity


@strategy("person_inside")
def _person_inside(lk: Linker, sp: Speaker):
    """A person named inside the speaker phrase, outside the knowledge base; not a possessor (``Maxim K.'s mother``
    is his mother)."""
    inside = lk.inside(sp)
    if not inside or inside[-1].entity.type != "person":
        return PASS
    end = inside[-1].end
    return PASS if possessive_at(lk.article.text, end) else inside[-1].entity


def _document_speaker(sp: Speaker) -> bool:
    """Whether a speaker phrase names a document (``the statement``), capitalised ones included: ``The Joint
    Fisheries Statement``, ``the Executive Order`` are documents, whatever the parser says, and so is an owner's named
    document (``NATO's 2022 Strategic Concept``, ``China's Defence White Paper``); ``the Joint Control Commission`` is
    not."""
    return sp.pos == "NOUN" and sp.head in _DOCUMENT_NOUNS | _POSTED_NOUNS or sp.pos == "PROPN" and (
        sp.head in words("personal_documents") or sp.head in _DOCUMENT_NOUNS and (
            "joint" in sp.words or is_possessive(sp.words[0])))


@strategy("issued_by")
def _issued_by(lk: Linker, sp: Speaker):
    """``a list published by the State Department``, ``a statement issued by the Kremlin``, ``A statement from
    China's Defence Ministry``: a document speaks for whoever its own phrase says issued it."""
    if not (_document_speaker(sp) or sp.pos == "NOUN" and sp.head in words("published_nouns")):
        return PASS
    issuer = lk.issuer_named_after(sp.att)
    if issuer is not None and issuer.type == "media":
        # "a government statement carried by the official KCNA news agency": the outlet only carried it; the
        # document speaks for the body it names, of the outlet's country ("a commentary by KCNA" names none: KCNA's)
        actor = lk.kb.get(issuer.id)
        return lk.organisation(sp.att, sp.words, actor.country if actor is not None else None) or issuer
    return issuer if issuer is not None else PASS


@strategy("meeting_document")
def _meeting_document(lk: Linker, sp: Speaker):
    """``The summit communique``: a meeting's document speaks for the one organisation whose meeting the article
    says it was (``the alliance's summit``, ``NATO leaders``); one of several parties', or of none named, is left to
    ``document``."""
    if (sp.pos != "NOUN" or sp.head not in words("document_nouns") or "joint" in sp.words
            or not any(strip_possessive(w) in words("summit_nouns") for w in sp.words)):
        return PASS
    owner = lk.meeting_owner(sp.att.speaker.end)
    return owner if owner is not None else PASS


@strategy("document")
def _document(lk: Linker, sp: Speaker):
    """A document (``the statement``, ``a Foreign Ministry statement``) speaks for the organisation behind it."""
    if not _document_speaker(sp):
        return PASS
    if "joint" in sp.words:
        # "The joint statement" speaks for the parties that issued it together
        return lk.recent_group(sp.att.speaker.start)
    if sp.head in words("personal_documents"):
        # "Putin sent a message to ... The message said": a letter speaks for whoever sent it.
        owner = table("pronouns").get(sp.words[0])
        if owner in ("m", "f"):
            sender = lk.pronoun(_as_pronoun(sp.att, sp.words[0]))
            if sender is not None:
                return sender
        elif sp.head in words("signed_documents") and lk.publication_holder() is not None:
            # "the Executive Order" on the pages of the President of Russia: the president signed it
            return lk.publication_holder()
        elif sp.words[0] in ("the", "this", "that", "a"):
            # the sender of the message named last ("X sent a message to Y. The message reads"), else the person
            # last named
            sender = (lk.document_source(sp.att, sp.head) if sp.words[0] != "a" else None) \
                or lk.recent_person(sp.att) or lk.mentions.header_person() or lk.publication_holder()
            if sender is not None:
                return sender
    owner = lk.document_owner(sp.att)
    if owner is not None:
        return owner
    if sp.words[0] in ("the", "this", "that") and len(sp.words) == 2:
        return (lk.earlier_document(sp.att, sp.head) or lk.document_source(sp.att, sp.head)
                or lk.group_that_spoke(sp.att) or lk.recent_organisation(sp.att)
                or local_entity(lk.article, sp.bare, "organisation"))
    # "The People's Daily carried a front-page commentary declaring Y": a piece an outlet ran is the outlet's (an
    # issuer of another kind is not trusted here: "the United States backed the nonbinding resolution, which said Y")
    named = lk.organisation(sp.att, sp.words)
    if named is not None:
        return named
    carried = lk.document_source(sp.att, sp.head, own=True)
    return carried if carried is not None and carried.type == "media" else local_entity(lk.article, sp.bare,
                                                                                       "organisation")


@strategy("role")
def _role(lk: Linker, sp: Speaker):
    """A role description (``the Russian leader``) resolves to the office holder on the article's date."""
    entity = lk.by_role(sp.att, sp.words)
    return entity if entity is not None else PASS


@strategy("local_surname")
def _local_surname(lk: Linker, sp: Speaker):
    """``Dutch Defence Minister Ank Bijleveld said A. ... Bijleveld said B``: a lone name that ends the name of a person
    outside the knowledge base named earlier is that person (whatever the parser tagged it)."""
    if len(sp.words) != 1 or not sp.text[:1].isupper():
        return PASS
    found = [m.entity for m in lk.mentions.mentions if m.end <= sp.att.speaker.start and m.entity.is_local
             and m.entity.type == "person" and len(m.entity.name.split()) > 1
             and m.entity.name.split()[-1].lower() == sp.words[0]]
    return found[-1] if found else PASS


@strategy("organisation")
def _organisation(lk: Linker, sp: Speaker):
    """Ministries, governments and capitals (``the Foreign Ministry``, ``Moscow``), by the country named or in focus;
    not a name the parser took for an organisation's that an apposition calls a person (``Kadri Tamm, a
    researcher``)."""
    if (sp.ent == "ORG" and sp.pos == "PROPN" and sp.head not in words("org_nouns")
            and lk.apposed_noun(sp.att) in words("person_nouns") | words("profession_nouns")):
        return PASS
    if sp.head in words("org_nouns") | words("company_nouns") or sp.ent in ("ORG", "GPE") or (
            sp.head in words("collective_nouns") and lk.country_of(sp.words)):  # "the Georgian party": Georgia
        return lk.organisation(sp.att, sp.words) or local_entity(lk.article, sp.bare, "organisation")
    return PASS


@strategy("person_name")
def _person_name(lk: Linker, sp: Speaker):
    """A name outside the knowledge base: one article-local id per person (surname mentions share it)."""
    if (sp.pos == "PROPN" or sp.ent == "PERSON") and not lk.is_role(sp):
        entity, _ = lk.mentions.resolve_name(sp.bare, "PERSON", sp.att.speaker.start)
        return entity
    return PASS


@strategy("role_cataphor")
def _role_cataphor(lk: Linker, sp: Speaker):
    """``a high-ranking Russian general said`` takes the officer with that title named soon after."""
    if sp.head in words("person_nouns") and sp.words[0] in ("a", "an", "one"):
        return lk.cataphor(sp.att, sp.head)
    return PASS


@strategy("role_antecedent")
def _role_antecedent(lk: Linker, sp: Speaker):
    """``the general said`` takes the last person with that title, else a person in the last sentences; an unnamed
    one (``A Kremlin official ... the official said``) stays anonymous."""
    if sp.head not in words("person_nouns") or sp.head not in sp.words and sp.head + "s" in sp.words:
        return PASS  # "the CIS countries' Presidents" are not the last president named
    if any(is_possessive(w) and strip_possessive(w) in words("local_place_nouns") for w in sp.words):
        return local_entity(lk.article, sp.bare, "person")  # "the village's head": a local figure, no minister
    # "the Chinese minister" is a person of China, "The Philippines' foreign secretary" of the Philippines (whether or
    # not the knowledge base has the state); "the EU envoy" may be of any member state
    country = lk.country_of([w for w in sp.words if w != sp.head])
    if country in _BLOC_CODES:
        country = None
    # "The Bolivian ambassador" after "Ambassador Nikki Haley": a country the lexicon lacks is no listed one
    unlisted = country is None and lk.names_unlisted_country(sp)
    entity = lk.nearest_person(sp.att, sp.head, country, unlisted=unlisted)
    if entity is None and sp.head in words("place_office_nouns") and country is None:
        return PASS  # "The Mayor said" with no mayor named: an article-local source
    if entity is None and (country is not None or unlisted) and sp.head not in words("named_anonymous_roles") \
            and (sp.words[0] == "the" or is_possessive(sp.words[0])) \
            and any(w not in ("the", sp.head) and strip_possessive(w) not in lk.countries for w in sp.words):
        # "Poland's agriculture minister", "Romania's prime minister", "Russia's ambassador to Brazil", whom the
        # knowledge base lacks: the one holder of an office, an article-local person (guidelines section 3), not an
        # anonymous source ("the Chinese minister", which names no office, stays unresolved)
        return local_entity(lk.article, sp.bare, "person")
    anon = lk.anonymous_subject(sp.att, sp.head)
    if anon is not None and sp.words[0] == "the":
        # a person named only inside what the unnamed source said ("the talks would be led by Wendy R. Sherman")
        # has not become "the official"
        named = [m for m in lk.mentions.mentions if entity is not None and m.entity == entity
                 and m.end <= sp.att.speaker.start and (m.speaker or m.is_subject or m.end <= anon)]
        if not named or named[-1].end <= anon:
            return None
    return entity


@strategy("plural_anonymous")
def _plural_anonymous(lk: Linker, sp: Speaker):
    """Unnamed plural sources (``officials``, ``diplomats``) have no entity."""
    # the head is a lemma ("senator"), so the plural is read off the phrase's last word ("Republican senators")
    return None if sp.head in words("plural_anonymous") or sp.words[-1] in words("plural_anonymous") else PASS


@strategy("local")
def _local(lk: Linker, sp: Speaker):
    """Anything else is an article-local source of unknown type."""
    return local_entity(lk.article, sp.bare, "unknown")


def link_all(article: Article, mentions: MentionIndex, kb: KnowledgeBase,
             attributions: list[Attribution]) -> list[Statement]:
    """Turn attributions into statements with resolved entities, each with its rule and linking strategy.

    Args:
        article: the article.
        mentions: its mention index.
        kb: the knowledge base.
        attributions: the extractor's output, in text order.
    """
    linker = Linker(article, mentions, kb)
    out = []
    for a in attributions:
        link = linker.link(a)
        out.append(Statement(a.content, a.cue, a.speaker, link.entity, a.kind, a.sentence, rule=a.rule,
                             strategy=link.strategy))
    return out
