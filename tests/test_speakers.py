"""Finding a cue's source in hand-built parses: the parser's slips the subject search mends, without the parser."""

import pytest
from spacy.tokens import Doc

from pipeline.extract.speakers import subject


def parsed(nlp, rows):
    """A Doc from (word, head index, dependency, part of speech) rows."""
    words, heads, deps, pos = zip(*rows)
    return Doc(nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos))


# "Mayor Nordmann, never fond of speeches, said the pier was safe." as the small model may parse it: the phrase set off
# by commas becomes a clause before "said", with the mayor as its subject
APPOSITION_AS_CLAUSE = [
    ("Mayor", 1, "compound", "PROPN"), ("Nordmann", 4, "nsubj", "PROPN"), (",", 1, "punct", "PUNCT"),
    ("never", 4, "neg", "PART"), ("fond", 8, "ccomp", "ADJ"), ("of", 4, "prep", "ADP"),
    ("speeches", 5, "pobj", "NOUN"), (",", 8, "punct", "PUNCT"), ("said", 8, "ROOT", "VERB"),
    ("the", 10, "det", "DET"), ("pier", 11, "nsubj", "NOUN"), ("was", 8, "ccomp", "AUX"), ("safe", 11, "acomp", "ADJ"),
    (".", 8, "punct", "PUNCT"),
]


@pytest.mark.parametrize("comma, expected", [(",", "Nordmann"), ("and", None)])
def test_a_speaker_the_parser_made_the_subject_of_a_phrase_before_the_verb(nlp, comma, expected):
    rows = list(APPOSITION_AS_CLAUSE)
    rows[2] = (comma, 1, "punct" if comma == "," else "cc", "PUNCT" if comma == "," else "CCONJ")
    found = subject(parsed(nlp, rows)[8])
    assert (found.text if found is not None else None) == expected


# "His counterpart, Kari Nordmann, called for talks." with the finite verb hung on the subject as a modifier
FINITE_VERB_AS_MODIFIER = [
    ("His", 1, "poss", "PRON"), ("counterpart", 1, "ROOT", "NOUN"), (",", 1, "punct", "PUNCT"),
    ("Kari", 4, "compound", "PROPN"), ("Nordmann", 1, "appos", "PROPN"), (",", 1, "punct", "PUNCT"),
    ("called", 1, "acl", "VERB"), ("for", 6, "prep", "ADP"), ("talks", 7, "pobj", "NOUN"), (".", 1, "punct", "PUNCT"),
]


@pytest.mark.parametrize("tag, expected", [("VBD", "counterpart"), ("VBN", None)])
def test_a_finite_verb_the_parser_hung_on_its_subject(nlp, tag, expected):
    doc = parsed(nlp, FINITE_VERB_AS_MODIFIER)
    doc[6].tag_ = tag  # a past participle ("the talks called for by X") modifies the noun
    found = subject(doc[6])
    assert (found.text if found is not None else None) == expected


# "a communique read on Tass that accused Paris" and "... carried by Tass, which accused Paris": the relative hung on
# the outlet that carried a document
CARRIED_BY_OUTLET = [
    ("a", 1, "det", "DET"), ("communique", 1, "ROOT", "NOUN"), ("read", 1, "acl", "VERB"), ("on", 2, "prep", "ADP"),
    ("Tass", 3, "pobj", "PROPN"), ("that", 6, "nsubj", "PRON"), ("accused", 4, "relcl", "VERB"),
    ("Paris", 6, "dobj", "PROPN"),
]


@pytest.mark.parametrize("prep, outlet, expected", [
    ("on", "Tass", "communique"), ("by", "Tass", "communique"), ("in", "Tass", "communique"),
    # a place or a person there is the relative's own antecedent
    ("on", "Oslo", "Oslo"), ("near", "Tass", "Tass"),
])
def test_a_relative_after_an_outlet_that_carried_a_document_speaks_for_the_document(nlp, prep, outlet, expected):
    rows = list(CARRIED_BY_OUTLET)
    rows[3] = (prep, 2, "prep", "ADP")
    rows[4] = (outlet, 3, "pobj", "PROPN")
    assert subject(parsed(nlp, rows)[6]).text == expected
