"""The knowledge base of actors: loading, name normalisation, fuzzy name look-up and role holders by date."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz import fuzz, process

from . import jsontext
from .errors import KnowledgeBaseError, shown
from .lexicon import lexicon, table, words  # noqa: F401  (lexicon() is also imported from here)

TYPES = ("person", "organisation", "state", "media")
# rapidfuzz ratios (0-100) for names spelt differently, set on the written corpus's transliteration variants
# (Yury/Yuriy, Baluevsky/Baluyevsky). Once the surname is known, the first name only has to look alike (75); a name
# with nothing exact must be closer (86 for a lone surname, 88 for a full name), and a surname shorter than 5
# letters is never matched fuzzily, since near misses among short names are mostly different people.
FIRST_NAME_MIN_RATIO = 75
FUZZY_SURNAME_RATIO = 86
FUZZY_MIN_SURNAME = 5
FUZZY_NAME_RATIO = 88
# A lone surname matched fuzzily must also keep its consonants and syllables, and differ only in how a vowel is
# spelt (Pyrvanov and Parvanov, Tkachyov and Tkachev are one man each): the fuzzy surnames that gained or lost a
# consonant or a syllable, read over the real-text and written training and dev splits, were all other people or no
# person at all (Zorin/Zorkin, Zorin/Zorn, Zakayev/Akayev, Steiner/Steinmeier, Massimo/Massimov, the company
# Rusal/La Russa, Simon/Simson).
_VOWELS = re.compile(r"[aeiou]+")
# Generational and parliamentary suffixes (``Lloyd J. Austin III``, ``Keith Kellogg Jr.``, ``John Reid MP``) are not
# surnames: indexed as one, they made ``III`` and ``Jr`` surname matches shared by unrelated people.
# (Compared after folding, where ``III`` and the Chinese given name ``Yi`` both become ``i``: ``Wang Yi`` is then
# indexed under his family name, ``Wang``, which is how news refer to him.)
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "mp"})
# A first name says the gender of a person outside the knowledge base (``Sergei Markelov`` is not the ``she`` that
# follows) when at least this many knowledge-base people carry it, all of one gender: one bearer could be a
# transliteration shared by a man's and a woman's name.
FIRST_NAME_MIN_PEOPLE = 2
# The Arabic article of a surname (``Al-Moualem``, ``el-Sisi``), which mentions keep or drop.
_NAME_ARTICLES = words("name_articles")


@dataclass(frozen=True)
class Role:
    """An office held between two dates (``end`` None = still held).

    Args:
        role: key from the controlled vocabulary (``head-of-state``, ``defence-minister``, ...).
        org: country code or ``NATO``/``EU``/``UN`` the office belongs to.
        title: human-readable title.
        start, end: dates of tenure.
    """

    role: str
    org: str
    title: str
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Actor:
    """One knowledge-base entry.

    Args:
        id: stable identifier (``sergei-lavrov``).
        name: canonical name.
        type: ``person``, ``organisation`` or ``state``.
        country: ISO-3166 alpha-2 code, or ``NATO``/``EU``/``UN``/``OSCE``.
        gender: ``m``/``f`` for persons, else None.
        aliases: other names, spellings and metonyms.
        roles: offices held.
    """

    id: str
    name: str
    type: str
    country: str
    gender: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]


# a possessive ending, straight or curly ("Russia's", "Russia’s")
_POSSESSIVE_END = re.compile(r"['’]s\b")


def strip_possessive(text: str) -> str:
    """A word or phrase without its possessive endings (``Russia's`` → ``Russia``).

    Args:
        text: a word or a phrase.
    """
    return _POSSESSIVE_END.sub("", text)


def is_possessive(word: str) -> bool:
    """Whether a word ends in a possessive ``'s`` (straight or curly).

    Args:
        word: one word.
    """
    return word.endswith(("'s", "’s"))


def possessive_at(text: str, pos: int) -> bool:
    """Whether a possessive ``'s`` stands at ``pos`` of ``text`` (right after a name that ends there).

    Args:
        text: the article text.
        pos: an offset, usually where a mention ends.
    """
    return text[pos:pos + 2] in ("'s", "’s")


_TRANSLATE = str.maketrans({"y": "i", "j": "i"})


def name_key(text: str) -> str:
    """Fold a name so that transliteration variants collide (Baluevsky/Baluyevsky, Yury/Yuri/Yuriy, Moualem/Muallem).

    Args:
        text: a name or mention.
    """
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"['’`]s\b", "", s)
    s = re.sub(r"[^a-z]+", " ", s)
    words = []
    for w in s.split():
        # "ou" is the French-style spelling of an Arabic or Persian "u" (al-Moualem/al-Muallem, Moussavi/Musavi)
        w = w.translate(_TRANSLATE).replace("kh", "h").replace("ou", "u")
        w = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", w)
        w = re.sub(r"(.)\1+", r"\1", w)
        words.append(w)
    return " ".join(words)


_FOLDED_SUFFIXES = frozenset(name_key(s) for s in NAME_SUFFIXES)
# Countries whose people English news names family name first (``Kim Jong Un`` is ``Kim``, ``Xi Jinping`` is ``Xi``):
# their people are indexed under the first word of a name as well as the last.
FAMILY_NAME_FIRST = frozenset({"CN", "KP", "KR", "TW", "VN"})

# A name word that folds like a pronoun is no surname on its own: Liu He and He Lifeng are never "He" said.
_PRONOUN_KEYS = frozenset(name_key(w) for w in table("pronouns"))


def strip_titles(text: str) -> str:
    """Drop leading titles and articles (``Colonel General``, ``Foreign Minister``, ``the``) from a name mention."""
    titles = words("titles") | {"the", "a", "an"}
    parts = text.replace("’", "'").split()
    while len(parts) > 1 and parts[0].lower().strip(",.") in titles:
        parts = parts[1:]
    return " ".join(parts)


def _date(value, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        if isinstance(value, str):
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise KnowledgeBaseError(f"{where}: date {shown(value)} is not YYYY-MM-DD; fix the date or set it to null.")


def _optional_text(obj: dict, key: str, where: str, what: str) -> None:
    if obj.get(key) is not None and not isinstance(obj[key], str):
        raise KnowledgeBaseError(f"{where}: {what}{key!r} must be a string or null, got {shown(obj[key])}.")


def _role(r: Any, obj: dict, where: str) -> Role:
    if not isinstance(r, dict) or not isinstance(r.get("role"), str) or not r["role"]:
        raise KnowledgeBaseError(f"{where}: each role must be an object with at least a 'role' string, got {shown(r)}.")
    for key in ("org", "title"):
        _optional_text(r, key, where, f"role {shown(r['role'])}: ")
    start, end = _date(r.get("start"), where), _date(r.get("end"), where)
    if start and end and end < start:
        raise KnowledgeBaseError(f"{where}: role {shown(r['role'])} ends ({end}) before it starts ({start}).")
    return Role(r["role"], r.get("org") or obj.get("country") or "", r.get("title") or r["role"], start, end)


def parse_actor(obj: dict, where: str) -> Actor:
    """Validate one knowledge-base record and build an :class:`Actor`.

    Args:
        obj: the decoded JSON object.
        where: ``file:line`` for error messages.
    """
    if not isinstance(obj, dict):
        raise KnowledgeBaseError(f"{where}: expected a JSON object per line, got {type(obj).__name__}.")
    for key in ("id", "name", "type"):
        if not isinstance(obj.get(key), str) or not obj.get(key):
            raise KnowledgeBaseError(f"{where}: missing or empty {key!r}; every actor needs id, name and type.")
    if obj["type"] not in TYPES:
        raise KnowledgeBaseError(f"{where}: type {shown(obj['type'])} is not one of {', '.join(TYPES)}.")
    _optional_text(obj, "country", where, "")
    if obj.get("gender") not in (None, "m", "f"):
        raise KnowledgeBaseError(f"{where}: 'gender' must be \"m\", \"f\" or null, got {shown(obj['gender'])}.")
    aliases = obj.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise KnowledgeBaseError(f"{where}: 'aliases' must be a list of strings.")
    roles = obj.get("roles") or []
    if not isinstance(roles, list):
        raise KnowledgeBaseError(f"{where}: 'roles' must be a list of role objects, got {shown(roles)}.")
    return Actor(obj["id"], obj["name"], obj["type"], obj.get("country") or "", obj.get("gender"),
                 tuple(aliases), tuple(_role(r, obj, where) for r in roles))


def read_actors(path: str | Path, text: str | None = None) -> list[Actor]:
    """Read a knowledge-base file (JSON Lines, one actor per line; ``#`` lines and blank lines skipped).

    Args:
        path: the file (used in messages).
        text: its content, if already read.
    """
    if text is None:
        text = _read_text(Path(path))
    actors = []
    for n, line in jsontext.lines(text):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = jsontext.loads(line)
        except jsontext.BadJSON as e:
            raise KnowledgeBaseError(f"{path}:{n}: invalid JSON ({e}); each line must be one JSON object.") from None
        actors.append(parse_actor(obj, f"{path}:{n}"))
    if not actors:
        raise KnowledgeBaseError(f"{path}: no actors found; add one JSON object per line.")
    return actors


def _read_text(p: Path) -> str:
    """A knowledge-base file's text (a UTF-8 byte-order mark at its start is dropped)."""
    if p.is_dir():
        raise KnowledgeBaseError(f"{p}: is a directory; pass --kb the JSONL file with one actor per line.")
    if not p.is_file():
        raise KnowledgeBaseError(f"{p}: no such knowledge-base file; pass a JSONL file with one actor per line.")
    try:
        return p.read_text("utf-8-sig")
    except UnicodeDecodeError as e:
        raise KnowledgeBaseError(f"{p}: not valid UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start}); save the "
                                 "knowledge base as UTF-8 JSON Lines.") from None
    except OSError as e:
        raise KnowledgeBaseError(f"{p}: cannot be read ({e.strerror}); check its permissions.") from None


class KnowledgeBase:
    """Actors indexed by folded name, surname and role.

    Args:
        actors: the actors; a later actor with the same id replaces an earlier one (user files override).
    """

    def __init__(self, actors: Iterable[Actor]):
        self.actors: dict[str, Actor] = {}
        for a in actors:
            self.actors[a.id] = a
        self._full: dict[str, set[str]] = {}
        self._surname: dict[str, set[str]] = {}
        person_keys: set[str] = set()
        for a in self.actors.values():
            for alias in (a.name, *a.aliases):
                key = name_key(strip_titles(alias) if a.type == "person" else alias)
                key = re.sub(r"^the ", "", key)
                if not key:
                    continue
                self._full.setdefault(key, set()).add(a.id)
                if a.type == "person":
                    person_keys.add(key)
                    parts = key.split()
                    while len(parts) > 1 and parts[-1] in _FOLDED_SUFFIXES:
                        parts.pop()
                    for surname in (parts[-1], parts[0] if a.country in FAMILY_NAME_FIRST else None):
                        if surname and surname not in _PRONOUN_KEYS:
                            self._surname.setdefault(surname, set()).add(a.id)
        # Approximate matching is for people's names spelt differently; organisations' names differ by a country
        # word (the Turkish and the British foreign ministries are one edit apart), so they are never matched fuzzily.
        self._full_keys = sorted(person_keys)
        # Organisations with their names folded once, in file order, for :meth:`organisation`.
        self._organisation_keys = [(a, [name_key(n.replace("Defense", "Defence")) for n in (a.name, *a.aliases)])
                                   for a in self.actors.values() if a.type == "organisation"]
        self._surnames = list(self._surname)
        genders: dict[str, list[str]] = {}
        for a in self.actors.values():
            parts = name_key(a.name).split()
            if a.type == "person" and a.gender and len(parts) > 1 and a.country not in FAMILY_NAME_FIRST:
                genders.setdefault(parts[0], []).append(a.gender)
        self._first_name_gender = {k: g[0] for k, g in genders.items()
                                   if len(g) >= FIRST_NAME_MIN_PEOPLE and len(set(g)) == 1}

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def first_name_gender(self, first: str) -> str | None:
        """``m`` or ``f`` when the knowledge base's people of this first name are all of one gender (see
        :data:`FIRST_NAME_MIN_PEOPLE`), else None."""
        return self._first_name_gender.get(name_key(first))

    def lookup(self, mention: str, fuzzy: bool = True) -> set[str]:
        """Actor ids whose names match a mention: exact folded name, then surname, then fuzzy.

        Args:
            mention: the mention text (titles are stripped here).
            fuzzy: also try approximate matching (rapidfuzz) when nothing matches exactly.
        """
        return self.match(mention, fuzzy)[0]

    def sole_person(self, mention: str) -> Actor | None:
        """The one person a mention names exactly (no approximate matching); None when it names no actor, several,
        or one that is no person.

        Args:
            mention: the mention text (titles are stripped here).
        """
        ids = self.lookup(mention, fuzzy=False)
        actor = self.actors[next(iter(ids))] if len(ids) == 1 else None
        return actor if actor is not None and actor.type == "person" else None

    def match(self, mention: str, fuzzy: bool = True) -> tuple[set[str], str]:
        """Like :meth:`lookup`, and how the ids were found: ``name`` (a full name or alias, with or without its
        title), ``surname`` (the surname alone, or a first name that differs only by spelling), ``fuzzy`` or ``""``.

        Args:
            mention: the mention text.
            fuzzy: also try approximate matching.
        """
        raw = re.sub(r"^(the|a|an) ", "", name_key(mention))
        if raw in self._full:
            return self._as_spelt(self._full[raw], mention), "name"
        key = re.sub(r"^the ", "", name_key(strip_titles(mention)))
        if not key:
            return set(), ""
        if key in self._full:
            return self._as_spelt(self._full[key], mention), "name"
        # "Dmitri S. Peskov", "Antony J. Blinken": American papers' middle initials, which the knowledge base's names
        # mostly lack ("George W. Bush" keeps his: the exact name is tried first); the tagger may leave the first
        # name out of the entity ("J. Blinken")
        parts = key.split()
        bare = " ".join(w for w in parts if len(w) > 1)
        if bare and len(parts) - len(bare.split()) == 1:  # one initial: "H. W. Bush" is not "Bush"
            if bare in self._full:
                return self._as_spelt(self._full[bare], mention), "name"
            key = bare
        # "EU foreign policy chief Josep Borrell": the longest known name at the end of the mention.
        raw_words = raw.split()
        for k in range(len(raw_words) - 1, 1, -1):
            tail = " ".join(raw_words[-k:])
            if tail in self._full:
                return set(self._full[tail]), "name"
        words = key.split()
        if len(words) > 2:
            key = " ".join(words[-2:])
            words = key.split()
        if len(words) == 2 and words[0] in _NAME_ARTICLES:
            # "Al-Moualem": an Arabic surname with its article is that surname (indexed as "Muallem")
            key = words[1]
            words = [key]
        if len(words) == 1 and key in self._surname:
            return self._as_spelt(self._surname[key], mention), "surname"
        if len(words) > 1 and words[-1] in self._surname:
            # First name differs only by spelling: accept when the surname is unique to one person.
            cands = self._surname[words[-1]]
            firsts = {i for i in cands
                      if any(fuzz.ratio(words[0], self._given_name(i, n, words[-1])) >= FIRST_NAME_MIN_RATIO
                             for n in (self.actors[i].name, *self.actors[i].aliases) if n.split())}
            if firsts:
                return firsts, "surname"
        if not fuzzy:
            return set(), ""
        if len(words) == 1:
            if len(key) < FUZZY_MIN_SURNAME:
                return set(), ""
            skeleton = _VOWELS.sub("V", key)
            for surname, _, _ in process.extract(key, self._surnames, scorer=fuzz.ratio,
                                                  score_cutoff=FUZZY_SURNAME_RATIO, limit=None):
                if _VOWELS.sub("V", surname) == skeleton:
                    return set(self._surname[surname]), "fuzzy"
            return set(), ""
        hit = process.extractOne(key, self._full_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME_RATIO)
        if hit and self._short_given_name_apart(words, hit[0]):
            return set(), ""
        return (set(self._full[hit[0]]), "fuzzy") if hit else (set(), "")

    def _short_given_name_apart(self, words: list[str], key: str) -> bool:
        """Whether a fuzzy full-name hit shares only the family name of a family-name-first name and differs in a
        short given name (``Zhao Lin`` is not ``Zhao Lijian``, folded ``zhao lian``): like a short surname, a short
        given name one letter off is mostly another person (:data:`FUZZY_MIN_SURNAME`)."""
        hit = key.split()
        return len(words) == 2 and len(hit) == 2 and hit[0] == words[0] and hit[1] != words[1] \
            and min(len(hit[1]), len(words[1])) < FUZZY_MIN_SURNAME \
            and any(self.actors[i].country in FAMILY_NAME_FIRST for i in self._full[key])

    def _given_name(self, actor_id: str, name: str, surname: str) -> str:
        """The word of one of an actor's names that a mention's first word must look like when its last word is
        ``surname`` (folded): the name's first word, or, for a family-name-first name that opens with that surname,
        the word after it (``Wang Yang`` is no spelling of ``Yang Jiechi``: ``Wang`` is compared with ``Jiechi``); no
        word for a one-word name.

        Args:
            actor_id: the candidate actor.
            name: one of its names or aliases.
            surname: the mention's last word, folded.
        """
        parts = name_key(strip_titles(name)).split()
        if len(parts) < 2:  # a lone surname ("Yang") has no given name to compare
            return ""
        if parts[0] == surname and self.actors[actor_id].country in FAMILY_NAME_FIRST:
            return parts[1]
        return parts[0]

    def _as_spelt(self, ids: set[str], mention: str) -> set[str]:
        """Of several actors whose folded names match, those with a name word spelt as the mention's last word
        (``Jiang`` folds like ``Yang``, but Jiang Zemin is not Yang Jiechi); all of them when none is."""
        if len(ids) < 2:
            return set(ids)
        last = strip_titles(mention).lower().replace("’", "'").split()[-1:]
        spelt = {i for i in ids if last and any(last[0] in n.lower().split()
                                                for n in (self.actors[i].name, *self.actors[i].aliases))}
        return spelt or set(ids)

    def actor_for_slug(self, slug: str) -> str | None:
        """The one actor an article-local id's slug names exactly (``geoff-hoon``), or None.

        Guidelines section 3 gives a known actor its knowledge-base id; a gold ``local:`` id made before the knowledge
        base knew the actor names it by this rule: two words or more that are exactly the actor's name or an alias; a
        transcript speaker's title and full name ending with exactly a person's name or alias
        (``president-of-austria-heinz-fischer``); one word that is exactly the name or an alias of an organisation or
        a state (``gazprom``, ``austria``). A lone surname, names with ``and`` and partial matches name nobody.

        Args:
            slug: the last part of a ``local:`` id.
        """
        name = slug.replace("-", " ")
        words_ = name.split()
        if not words_ or "and" in words_:
            return None
        hits = self.lookup(name, fuzzy=False)
        if len(hits) != 1:
            return None
        actor = self.actors[next(iter(hits))]
        exact = {name_key(n).removeprefix("the ") for n in (actor.name, *actor.aliases)}
        key = name_key(name)
        if len(words_) == 1:
            return actor.id if key in exact and actor.type in ("organisation", "state") else None
        if key in exact:
            return actor.id
        if actor.type == "person" and any(len(n.split()) >= 2 and key.endswith(" " + n) for n in exact):
            return actor.id
        return None

    def known_local(self, entity_id: str | None) -> str | None:
        """The actor a gold ``local:<article>:<slug>`` (or ``local:<slug>``) id names by :meth:`actor_for_slug`;
        None for any other id."""
        if not entity_id or not entity_id.startswith("local:"):
            return None
        return self.actor_for_slug(entity_id.rsplit(":", 1)[-1])

    def holders(self, role: str, org: str, on: date | None = None) -> list[Actor]:
        """Actors who held ``role`` in ``org`` (on the given date, if any), most recent tenure first.

        Args:
            role: role key.
            org: country code or organisation code.
            on: the date; None returns every holder.
        """
        found = []
        for a in self.actors.values():
            for r in a.roles:
                if r.role == role and r.org == org and (on is None or r.held_on(on)):
                    found.append((r.start or date.min, a))
                    break
        return [a for _, a in sorted(found, key=lambda x: x[0], reverse=True)]

    def organisation(self, name: str, country: str | None) -> Actor | None:
        """The organisation of a country whose name ends like ``name`` (``Foreign Ministry`` + ``RU``).

        Args:
            name: e.g. ``Foreign Ministry``, ``Defense Ministry``.
            country: country code, or None for any.
        """
        key = name_key(name.replace("Defense", "Defence").replace("defense", "defence"))
        for a, akeys in self._organisation_keys:
            if country and a.country != country:
                continue
            for akey in akeys:
                # One generic word (``the Council``) must be the whole name: it ends too many others.
                if akey == key or (" " in key and (akey.endswith(key) or key.endswith(akey))):
                    return a
        return None

    def state(self, country: str) -> Actor | None:
        """The state actor of a country code (``RU`` → ``russia``)."""
        for a in self.actors.values():
            if a.type == "state" and a.country == country:
                return a
        return None


def bundled_kb_path():
    return resources.files("pipeline").joinpath("resources/actors.jsonl")


def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base, extended (and overridden by id) with the user's files; read once per process.

    Args:
        extra: paths of further JSONL knowledge-base files (``--kb``).
    """
    # one cache entry per set of files, however the call is written (``load_kb()`` and ``load_kb(())`` are one)
    return _load_kb(tuple(extra))


@lru_cache(maxsize=8)
def _load_kb(extra: tuple[str, ...]) -> KnowledgeBase:
    bundled = bundled_kb_path()
    actors = read_actors("pipeline/resources/actors.jsonl", bundled.read_text("utf-8"))
    for path in extra:
        actors.extend(read_actors(path))
    return KnowledgeBase(actors)
