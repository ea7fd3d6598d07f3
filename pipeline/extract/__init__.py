"""Stage 3: find attributed statements (cue, content, speaker mention) with named dependency-parse rules.

Each rule (:mod:`pipeline.extract.rules`) is a function ``fn(ctx, off, tok)`` registered by name in
:data:`RULES`; every statement records the rule that found it. The candidates of an article then go through the
post-filters of :mod:`pipeline.extract.filters` (dedupe, nested reports, swallowed cues). Speakers are checked
against the lexicon so that the journalist's own analysis (``This suggests that ...``) is not attributed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..lexicon import words
from ..quotes import Quote
from ..sentences import Parse
from . import rules as _rules  # noqa: F401  (registers the rules)
from .base import Attribution, Context
from .filters import apply_all
from .registry import RULES, Rule, rule
from .speakers import note_article_names, verb_lemma

__all__ = ["Attribution", "Context", "RULES", "Rule", "rule", "extract"]


class _Dispatch:
    """Which rules look at a token, by part of speech and word, worked out once per distinct (pos, lemma, form)."""

    def __init__(self, chosen: list[Rule]):
        self.rules = chosen
        self.pos = frozenset(p for r in chosen for p in r.pos)
        self.chains: dict[tuple[str, str, str], tuple[Rule, ...]] = {}

    def chain(self, tok) -> tuple[Rule, ...]:
        pos = tok.pos_
        if pos not in self.pos:
            return ()
        key = (pos, tok.lemma_, tok.lower_)
        found = self.chains.get(key)
        if found is None:
            forms = {key[1].lower(), key[2], verb_lemma(tok)}
            found = self.chains[key] = tuple(r for r in self.rules if pos in r.pos and (
                r.words is None or not forms.isdisjoint(r.words)))
        return found


_ALL = _Dispatch(list(RULES.values()))
# modals of a legal provision ("The Parties shall cooperate", "in the opinion of that Party, ... shall include")
_PROVISION_MODALS = words("provision_modals")
_FIRST_PERSON = words("first_person_pronouns")


def _provision(ctx: Context, off: int, sent) -> bool:
    """Whether a sentence is a provision of a legal text: a ``shall`` outside quotes whose subject is not a first
    person (``We shall respond`` is a speech's own pledge)."""
    for t in sent:
        if t.lower_ in _PROVISION_MODALS and t.dep_ == "aux" and not ctx.in_quote(off + t.idx):
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ not in _FIRST_PERSON:
                return True
    return False


def candidates(parse: Parse, quotes: list[Quote], names: Iterable[str] | None = None) -> list[Attribution]:
    """Every rule match of an article before the post-filters, each stamped with its rule's name.

    Args:
        parse: the article's parse (from :func:`pipeline.sentences.parse`).
        quotes: its quotations (from :func:`pipeline.quotes.find_quotes`).
        names: only these rules, in registry order (default: all).
    """
    ctx = Context(parse, quotes)
    note_article_names([doc for _, doc in parse.docs])
    dispatch = _ALL if names is None else _Dispatch([r for n, r in RULES.items() if n in set(names)])
    found: list[Attribution] = []
    provisions: dict[tuple[int, int], bool] = {}
    for off, tok in parse.tokens():
        chain = dispatch.chain(tok)
        if not chain or ctx.in_quote(off + tok.idx):
            continue  # cues inside quoted speech belong to the quote
        key = (off, tok.sent.start)
        if key not in provisions:
            provisions[key] = _provision(ctx, off, tok.sent)
        if provisions[key]:
            continue  # "According to the Treaty, the Parties shall cooperate": a legal text's rule, no statement
        for r in chain:
            att = r.fn(ctx, off, tok)
            if att is not None:
                found.append(replace(att, rule=r.name))
                break
    return found


def extract(parse: Parse, quotes: list[Quote], names: Iterable[str] | None = None) -> list[Attribution]:
    """Find the attributed statements of a parsed article, in text order.

    Args:
        parse: the article's parse (from :func:`pipeline.sentences.parse`).
        quotes: its quotations (from :func:`pipeline.quotes.find_quotes`).
        names: only these rules (default: all).
    """
    return apply_all(candidates(parse, quotes, names), parse.text)
