"""The rule registry: every extraction rule is a named function with one signature, checked when registered.

Like the patterns of spaCy's ``DependencyMatcher``, a rule has a name, is validated when it is added, and every
match says which rule produced it: the :class:`~pipeline.extract.base.Attribution` a rule returns is stamped with
the rule's name, which ends up in ``Statement.rule``.

A rule is ``fn(ctx, off, tok) -> Attribution | None``: ``ctx`` the article's :class:`~pipeline.extract.base.Context`,
``tok`` a spaCy token of the paragraph document that starts at character ``off``. For each token, the rules whose
``pos`` includes the token's part of speech, and whose ``words`` (if given) hold the token's lemma or lower-case
form, are tried in registration order; the first match wins.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from typing import Callable, Iterable

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PARAMS = ("ctx", "off", "tok")


@dataclass(frozen=True)
class Rule:
    """A registered extraction rule.

    Args:
        name: the rule's name (snake case, unique), recorded on each statement it finds.
        fn: the rule function, ``fn(ctx, off, tok) -> Attribution | None``.
        pos: the parts of speech of the tokens the rule looks at.
        words: the lemmas or lower-case forms of those tokens (None: any word), checked before the rule is called.
        doc: one line on what the rule matches (the function's docstring).
    """

    name: str
    fn: Callable
    pos: frozenset[str]
    words: frozenset[str] | None
    doc: str



RULES: dict[str, Rule] = {}


def rule(name: str, pos: tuple[str, ...], words: Iterable[str] | None = None):
    """Register a rule function under ``name`` for tokens with one of the parts of speech ``pos`` (and, if given,
    one of the lemmas or lower-case forms ``words``).

    Raises:
        ValueError: the name is not snake case or already taken, the function does not take ``(ctx, off, tok)``,
            it has no docstring, or ``pos`` is empty.
    """

    def add(fn: Callable) -> Callable:
        if not _NAME.match(name):
            raise ValueError(f"rule name {name!r} must be snake case")
        if name in RULES:
            raise ValueError(f"rule {name!r} is registered twice")
        params = tuple(inspect.signature(fn).parameters)
        if params != _PARAMS:
            raise ValueError(f"rule {name!r} must take {_PARAMS}, not {params}")
        if not pos:
            raise ValueError(f"rule {name!r} needs at least one part of speech")
        if not (fn.__doc__ or "").strip():
            raise ValueError(f"rule {name!r} needs a docstring saying what it matches")
        RULES[name] = Rule(name, fn, frozenset(pos), frozenset(words) if words is not None else None,
                           fn.__doc__.strip().splitlines()[0])
        return fn

    return add
