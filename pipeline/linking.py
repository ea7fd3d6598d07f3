"""Stage 4b: link each statement's speaker mention to an entity.

Names go through the knowledge base (spelling variants, surnames, fuzzy matching); pronouns take
the nearest compatible antecedent (subjects first); role descriptions (``the Russian leader``) take
the office holder on the article's date, or the holder the article names when it has no date;
anonymous collectives (``some commentators``) get no entity; everyone else gets an article-local id.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase, lexicon, name_key
from .mentions import Mention, MentionIndex, kb_entity, local_entity
from .reader import article_date
from .records import Article, Entity, Statement
from .statements import Attribution

_ORG_NOUNS = {"ministry", "government", "administration", "department", "council", "alliance", "kremlin", "pentagon",
              "staff", "command", "office", "embassy", "mission", "parliament", "duma", "senate", "cabinet",
              "presidency", "leadership", "side", "authorities", "bloc", "union", "agency", "committee", "service"}
_PLURAL_ANON = {"officials", "sources", "analysts", "experts", "commentators", "observers", "critics", "diplomats",
                "insiders", "people", "officers", "lawmakers", "legislators", "planners", "members", "participants"}
_ROLE_WORDS = {"president", "minister", "secretary", "general", "chief", "leader", "spokesman", "spokeswoman",
               "spokesperson", "premier", "chancellor", "envoy", "ambassador", "adviser", "advisor", "commander", "head",
               "representative", "director", "chairman", "staff", "state", "defense", "defence", "foreign", "deputy"}
_ROLE_COUNTRY_HINTS = {"secretary of state": "US", "secretary of defense": "US", "pentagon": "US", "defense secretary": "US",
                       "defence secretary": "US", "foreign secretary": "GB", "chancellor": "DE", "kremlin": "RU"}
_PERSON_NOUNS = {"minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "general", "admiral",
                 "commander", "chief", "diplomat", "envoy", "ambassador", "secretary", "adviser", "advisor", "aide",
                 "negotiator", "official", "premier", "chancellor", "marshal", "colonel", "officer", "head",
                 "director", "representative", "counterpart", "chairman", "chair", "speaker", "deputy", "senator"}


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
        lex = lexicon()
        self.roles: dict[str, str] = lex["roles"]
        self.countries: dict[str, str] = lex["countries"]
        self.leader_role: dict[str, str] = lex["leader_role"]
        self.anonymous_heads = set(lex["anonymous_heads"])
        self.anonymous_roles = set(lex["named_anonymous_roles"])
        self.anon_dets = set(lex["anonymous_determiners"])
        self.documents = set(lex["document_nouns"])

    # -- helpers ---------------------------------------------------------------------------
    def country_of(self, words: list[str]) -> str | None:
        text = " ".join(words)
        for phrase in sorted(self.countries, key=len, reverse=True):
            if re.search(rf"(?<![\w.]){re.escape(phrase)}(?![\w])", text):
                return self.countries[phrase]
        return None

    def gender(self, entity: Entity) -> str | None:
        a = self.kb.get(entity.id)
        return a.gender if a else None

    def remember(self, att: Attribution, entity: Entity | None) -> None:
        if entity is not None and att.speaker is not None:
            self.mentions.add(Mention(att.speaker.start, att.speaker.end, att.sentence, entity,
                                      self.gender(entity), True, speaker=True))

    # -- resolution strategies -------------------------------------------------------------
    def pronoun(self, att: Attribution) -> Entity | None:
        word = att.speaker.text.lower()
        want = lexicon()["pronouns"].get(word)
        if want is None:
            return None
        if want in ("org", "plural"):
            # "A Foreign Ministry statement said ... It also said": an institution that spoke before wins
            # over a state merely named in between.
            for _, group in self.mentions.before(att.speaker.start):
                spoke = [m for m in group if m.speaker and m.entity.type in ("organisation", "state")]
                if spoke:
                    return spoke[-1].entity
        for _, group in self.mentions.before(att.speaker.start):
            if want in ("m", "f"):
                cands = [m for m in group if m.entity.type == "person" and m.gender in (want, None)]
            else:
                cands = [m for m in group if m.entity.type in ("organisation", "state")]
                if want == "plural" and not cands:
                    cands = [m for m in group if m.entity.type == "person"]
            if not cands:
                continue
            # Speakers of earlier statements beat subjects, which beat other mentions.
            pool = [m for m in cands if m.speaker] or [m for m in cands if m.is_subject] or cands
            # In the cue's own sentence the nearest mention wins; further back, the sentence's first subject.
            same = [m for m in pool if m.sentence == att.sentence]
            return (same[-1] if same else pool[0]).entity
        return None

    def by_role(self, att: Attribution, words: list[str]) -> Entity | None:
        text = " ".join(words)
        role = None
        for phrase in sorted(self.roles, key=len, reverse=True):
            m = re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text)
            if m:
                role = self.roles[phrase]
                break
        if role is None:
            return None
        before = att.speaker.text[: len(att.speaker.text) - len(text) + m.start()] if len(text) == len(att.speaker.text) else ""
        if any(w[:1].isupper() and w.lower() not in self.countries and w.lower() not in _ROLE_WORDS | {"the", "a", "an"}
               for w in re.findall(r"[\w.’'-]+", before)):
            return None  # "The Transdniestrian leader": a place the knowledge base does not know
        country = self.country_of(words)
        if role in ("secretary-general", "saceur", "deputy-secretary-general"):
            country = country if country in ("NATO",) else "NATO"
        elif role in ("high-representative", "commission-president", "council-president"):
            country = "EU"
        if country is None:
            # No country named: the holder of such an office whom the article last mentioned, else a hint.
            recent = self.mentioned_holder(att, role)
            if recent is not None:
                return recent
            country = _ROLE_COUNTRY_HINTS.get(next((p for p in _ROLE_COUNTRY_HINTS if p in text), ""), None)
        country = country or self.mentions.focus_country
        if country is None:
            return None
        if role == "leader":
            role = self.leader_role.get(country, "head-of-state")
        holders = self.kb.holders(role, country, self.date)
        named = {m.entity.id for m in self.mentions.mentions}
        if self.date is None or len(holders) != 1:
            in_article = [a for a in (holders or self.kb.holders(role, country)) if a.id in named]
            if in_article:
                return kb_entity(self.kb, in_article[0].id)
            if self.date is None:
                return None
        return kb_entity(self.kb, holders[0].id) if holders else None

    def mentioned_holder(self, att: Attribution, role: str) -> Entity | None:
        """The person most recently mentioned before the speaker who held ``role`` (any country) on the date."""
        for m in reversed([m for m in self.mentions.mentions if m.end <= att.speaker.start]):
            actor = self.kb.get(m.entity.id)
            if actor is None or actor.type != "person":
                continue
            for r in actor.roles:
                if (r.role == role or role == "leader" and r.role == self.leader_role.get(r.org)) and \
                        (self.date is None or r.held_on(self.date)):
                    return m.entity
        return None

    def cataphor(self, att: Attribution, noun: str) -> Entity | None:
        """``a high-ranking Russian general said ...`` followed by ``... Colonel General Yury Baluevsky``."""
        for m in self.mentions.after(att.speaker.end):
            if m.entity.type == "person" and noun.lower() in m.title.lower():
                return m.entity
        return None

    def nearest_person(self, att: Attribution, noun: str) -> Entity | None:
        for _, group in self.mentions.before(att.speaker.start):
            titled = [m for m in group if m.entity.type == "person" and noun.lower() in m.title.lower()]
            if titled:
                return titled[-1].entity
        for _, group in self.mentions.before(att.speaker.start, window=2):
            persons = [m for m in group if m.entity.type == "person"]
            if persons:
                return persons[0].entity
        return None

    def organisation(self, att: Attribution, words: list[str]) -> Entity | None:
        text = att.speaker.text
        ids = self.kb.lookup(text, fuzzy=False)
        if len(ids) == 1:
            return kb_entity(self.kb, next(iter(ids)))
        country = self.country_of(words) or self.mentions.focus_country
        core = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
        core = " ".join(w for w in core.split() if w.lower() not in self.countries and w.lower() not in self.documents)
        if core.lower() in ("government", "authorities", "leadership", "side"):
            state = self.kb.state(country) if country else None
            return kb_entity(self.kb, state.id) if state else None
        if core.lower() in ("ministry", "the ministry"):
            for _, group in self.mentions.before(att.speaker.start, window=6):
                orgs = [m for m in group if m.entity.type == "organisation"]
                if orgs:
                    return orgs[-1].entity
            return None
        actor = self.kb.organisation(core, country) if core else None
        if actor is not None:
            return kb_entity(self.kb, actor.id)
        return None

    # -- entry point -----------------------------------------------------------------------
    def link(self, att: Attribution) -> Entity | None:
        """The entity a statement's speaker refers to (None for anonymous or unresolvable sources)."""
        if att.speaker is None:
            return None
        entity = self._link(att)
        self.remember(att, entity)
        return entity

    def _link(self, att: Attribution) -> Entity | None:
        text = att.speaker.text
        words = [w.lower() for w in re.findall(r"[\w.’'-]+", text)]
        if not words:
            return None
        head = att.speaker_head
        bare = re.sub(r"^(the|a|an) ", "", text, flags=re.I)
        if att.speaker_pos == "PRON":
            return self.pronoun(att)
        # A name the mention index already resolved inside the speaker phrase.
        inside = [m for m in self.mentions.mentions if att.speaker.start <= m.start and m.end <= att.speaker.end
                  and not m.speaker and (m.entity.type == "person" or m.end == att.speaker.end)]
        kb_inside = [m for m in inside if not m.entity.is_local]
        if kb_inside:
            return kb_inside[-1].entity
        ids = self.kb.lookup(text, fuzzy=att.speaker_pos == "PROPN")
        if len(ids) == 1:
            return kb_entity(self.kb, next(iter(ids)))
        anonymous = (head in self.anonymous_heads or words[0] in ("some", "many", "several", "most", "other")
                     or (head in self.anonymous_roles and (words[0] in self.anon_dets or text.endswith("s"))))
        if anonymous:
            return None  # guidelines §3: an anonymous source, even of a known institution, has no entity
        if (att.speaker_pos == "PROPN" and words[-1] not in _ROLE_WORDS | _ORG_NOUNS and head not in _ORG_NOUNS
                and att.speaker_ent not in ("ORG", "GPE", "NORP")):
            # "Assistant Secretary of State Daniel Fried": a name with a title, not a role description.
            entity, _ = self.mentions.resolve_name(bare, "PERSON", att.speaker.start)
            if entity is not None:
                return entity
        if ids:
            entity, _ = self.mentions.resolve_name(text, "PERSON", att.speaker.start)
            return entity
        if inside and inside[-1].entity.type == "person":
            return inside[-1].entity
        if head in self.documents and att.speaker_pos == "NOUN":
            if words[0] in ("the", "this", "that") and len(words) == 2:
                return self.recent_organisation(att) or local_entity(self.article, bare, "organisation")
            return self.organisation(att, words) or local_entity(self.article, bare, "organisation")
        role = self.by_role(att, words)
        if role is not None:
            return role
        if head in _ORG_NOUNS or att.speaker_ent in ("ORG", "GPE"):
            return self.organisation(att, words) or local_entity(self.article, bare, "organisation")
        if att.speaker_pos == "PROPN" or att.speaker_ent == "PERSON":
            entity, _ = self.mentions.resolve_name(bare, "PERSON", att.speaker.start)
            return entity
        if head in _PERSON_NOUNS:
            if words[0] in ("a", "an", "one"):
                return self.cataphor(att, head)
            return self.nearest_person(att, head)
        if head in _PLURAL_ANON:
            return None
        return local_entity(self.article, bare, "unknown")

    def recent_organisation(self, att: Attribution) -> Entity | None:
        for _, group in self.mentions.before(att.speaker.start, window=4):
            orgs = [m for m in group if m.entity.type in ("organisation", "state")]
            if orgs:
                return ([m for m in orgs if m.speaker] or orgs)[-1].entity
        return None


def link_all(article: Article, mentions: MentionIndex, kb: KnowledgeBase,
             attributions: list[Attribution]) -> list[Statement]:
    """Turn attributions into statements with resolved entities.

    Args:
        article: the article.
        mentions: its mention index.
        kb: the knowledge base.
        attributions: the extractor's output, in text order.
    """
    linker = Linker(article, mentions, kb)
    return [Statement(a.content, a.cue, a.speaker, linker.link(a), a.kind, a.sentence) for a in attributions]
