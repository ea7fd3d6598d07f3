"""Text → expected (speaker, cue, content, kind) for each attribution pattern, and texts with no statement."""

import pytest

CASES = [
    # direct quotes, both orders, straight and curly
    ('"We will answer in kind," the minister said.', ("the minister", "said", "We will answer in kind", "direct")),
    ("“We will answer in kind,” Lavrov said.", ("Lavrov", "said", "We will answer in kind", "direct")),
    ('Lavrov said: "The door to dialogue remains open."', ("Lavrov", "said", "The door to dialogue remains open", "direct")),
    ('Ivanov told reporters: "We see no threat in this."', ("Ivanov", "told", "We see no threat in this", "direct")),
    # a quote that runs on into the next sentence
    ('"We will not yield. Our answer will be firm," Ivanov said.',
     ("Ivanov", "said", "We will not yield. Our answer will be firm", "direct")),
    # indirect speech
    ("The admiral warned that the fleet would shadow every allied ship.",
     ("The admiral", "warned", "the fleet would shadow every allied ship", "indirect")),
    ("Shoigu insisted the exercises were purely defensive.",
     ("Shoigu", "insisted", "the exercises were purely defensive", "indirect")),
    ("Stoltenberg stressed that the alliance posed no threat to Russia.",
     ("Stoltenberg", "stressed", "the alliance posed no threat to Russia", "indirect")),
    # participle
    ("Lavrov criticised the plan, saying that it would undermine strategic stability.",
     ("Lavrov", "saying", "it would undermine strategic stability", "indirect")),
    # mixed
    ('She insisted that Beijing "will not be lectured" on trade.',
     ("She", "insisted", 'Beijing "will not be lectured" on trade', "mixed")),
    # according to, both positions
    ("According to the deputy minister, talks will resume in March.",
     ("the deputy minister", "According to", "talks will resume in March", "according_to")),
    ("Talks will resume in March, according to Ryabkov.",
     ("Ryabkov", "according to", "Talks will resume in March", "according_to")),
    # inverted
    ('"The treaty is dead," said the general.', ("the general", "said", "The treaty is dead", "direct")),
    # adverbial / parenthetical
    ("The world will, he added, become a less stable place.",
     ("he", "added", "The world will, he added, become a less stable place", "indirect")),
    # noun cues and documents
    ("He dusted off old warnings that Moscow was prepared to take countermeasures.",
     ("He", "warnings", "Moscow was prepared to take countermeasures", "indirect")),
    ("A Defence Ministry statement said the drills were routine.",
     ("Defence Ministry", "statement said", "the drills were routine", "indirect")),
    ("He expressed hope that the dialogue would continue.",
     ("He", "expressed hope", "the dialogue would continue", "indirect")),
    # proposals and object cues
    ("Merkel called for an immediate ceasefire in eastern Ukraine.",
     ("Merkel", "called for", "an immediate ceasefire in eastern Ukraine", "indirect")),
    ("Zakharova accused Washington of meddling in the elections.",
     ("Zakharova", "accused", "Washington of meddling in the elections", "indirect")),
    ("Peskov denied that Russian troops had crossed the border.",
     ("Peskov", "denied", "Russian troops had crossed the border", "indirect")),
    # pronoun and role-description speakers
    ("It also said that Russia would continue its efforts.", ("It", "said", "Russia would continue its efforts", "indirect")),
    ("They argued that sanctions had failed.", ("They", "argued", "sanctions had failed", "indirect")),
    ("The Russian leader said that Moscow was prepared to amend the treaty.",
     ("The Russian leader", "said", "Moscow was prepared to amend the treaty", "indirect")),
    # a statement with a colon-introduced quote after an object
    ('Rogozin offered a practical gesture: "The transit route stays open."',
     ("Rogozin", "offered", "The transit route stays open", "direct")),
]


@pytest.mark.parametrize("body, expected", CASES, ids=[c[1][1] + ":" + c[0][:30] for c in CASES])
def test_statement_patterns(annotate_text, body, expected):
    speaker, cue, content, kind = expected
    found = [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text, s.kind) for s in annotate_text(body)]
    assert (speaker, cue, content, kind) in found, found


@pytest.mark.parametrize("body", [
    "This suggests that Moscow is preparing a new offer.",
    "The remarks appeared to contradict earlier statements.",
    "Rumours have increased that the minister will resign.",
    "The delegation met NATO officers in Brussels on Tuesday.",
    "It remains to be seen whether the talks will resume.",
    "The plan indicates that the alliance expects a long standoff.",
    "He declined to say whether the talks would resume.",
])
def test_no_statement_in_the_journalists_own_analysis(annotate_text, body):
    assert annotate_text(body) == ()


def test_anonymous_collective_gets_no_entity(annotate_text):
    (st,) = annotate_text("Some commentators argued that the summit had failed.")
    assert st.speaker.text == "Some commentators" and st.entity is None


def test_cue_inside_a_quote_is_not_a_second_statement(annotate_text):
    sts = annotate_text('"I said it before and I say it again: we will respond," Putin said.')
    assert [s.cue.text for s in sts] == ["said"]


def test_two_cues_in_one_sentence_are_two_statements(annotate_text):
    sts = annotate_text("Lavrov said the talks were useful and warned that Moscow would not wait forever.")
    assert [(s.cue.text, s.content.text) for s in sts] == [
        ("said", "the talks were useful"), ("warned", "Moscow would not wait forever")]


def test_offsets_point_into_the_text(annotator):
    text = "Publication: X Date: 2005-06-01\n\n“We will respond,” Lavrov said on Tuesday.\n"
    (st,) = annotator.annotate_text(text).statements
    for span in (st.content, st.cue, st.speaker):
        assert text[span.start:span.end] == span.text
