"""Properties of the library's annotate_text on generated texts: offsets inside the text and pointing at the text
they quote, stance probabilities summing to one, no exception, whatever words, quote marks and characters come."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

NAMES = ("Lavrov", "Sergei Lavrov", "Condoleezza Rice", "Putin", "Mr Ivanov", "Ivan Petrovsky", "the minister",
         "officials", "a spokesman", "he", "she", "they", "NATO", "the Kremlin", "Moscow", "Washington")
VERBS = ("said", "says", "warned", "told reporters", "insisted", "added", "stressed", "according to", "claimed",
         "denied", "urged")
WORDS = ("the", "talks", "would", "not", "resume", "that", "on", "Tuesday", "a", "treaty", "bases", "sanctions",
         "never", "accept", "dialogue", "threat", "and", "in", "of", "2005")
QUOTES = ('"', "“", "”", "‘", "’", "'", "«", "»", "„", "‚")
PUNCT = (".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")")
SEPARATORS = (" ", " ", " ", "  ", "", "\n", "\n\n", "\t", "\u00a0")

# Any character but surrogates and \r (the reader turns \r into \n before offsets are counted).
odd = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), min_size=1, max_size=3)
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from(PUNCT),
                  st.sampled_from(NAMES), odd)
words = st.lists(st.tuples(token, st.sampled_from(SEPARATORS)).map("".join), min_size=1, max_size=14).map("".join)
pair = st.sampled_from((("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("“", ""), ("", "”"), ("'", "'")))
name, verb, end = st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from((".", ",", "", "!", "?", "…"))
# Clauses shaped like attributions (quote after or before the speaker, reported speech), among loose words, so
# that the extraction rules fire on many examples rather than on a few.
clause = st.one_of(
    st.builds(lambda n, v, q, w, e: f"{n} {v} {q[0]}{w}{e}{q[1]}", name, verb, pair, words, end),
    st.builds(lambda q, w, e, n, v: f"{q[0]}{w}{e}{q[1]} {n} {v}.", pair, words, end, name, verb),
    st.builds(lambda n, v, w: f"{n} {v} that {w}.", name, verb, words),
    st.builds(lambda w, n: f"{w}, according to {n}.", words, name),
    words,
)
texts = st.builds(
    lambda header, parts: header + "".join(parts),
    st.sampled_from(("", "Publication: Test Wire Date: 2005-06-01\n\n", "Date: 2001-13-40\n", "Title: x\n\n")),
    st.lists(st.tuples(clause, st.sampled_from((" ", " ", "\n\n", "\n", ""))).map("".join), max_size=6),
)


@pytest.fixture(scope="module")
def annotator(nlp):
    from pipeline.annotator import Annotator

    return Annotator(stance_model="fast")  # the TF-IDF model: the same properties, ten times quicker


@settings(max_examples=100, deadline=None, derandomize=True, database=None,
          suppress_health_check=(HealthCheck.too_slow, HealthCheck.function_scoped_fixture))
@given(text=texts)
def test_annotate_text_offsets_and_probabilities(annotator, text):
    result = annotator.annotate_text(text, "generated.txt")
    for s in result.statements:
        for span in (s.content, s.cue, s.speaker):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start:span.end] == span.text
        assert s.label in s.scores and set(s.scores) == {"hawkish", "conciliatory", "neutral"}
        assert abs(sum(s.scores.values()) - 1) < 1e-6
    for sentence in result.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
