"""The extraction post-filters on hand-made spans, without the parser; and against all-pairs reference versions."""

import random
from dataclasses import replace

import pytest

from pipeline.extract.base import Attribution
from pipeline.extract.filters import (dedupe, drop_media, drop_nested, drop_record_sources, trim_dangling,
                                      truncate_nested)
from pipeline.records import Span


def att(text, content, cue, speaker=None, pos="PROPN"):
    """An attribution whose spans are given as substrings (first occurrence) or (start, end) pairs."""

    def span(x):
        if x is None:
            return None
        if isinstance(x, tuple):
            return Span.of(text, *x)
        i = text.index(x)
        return Span.of(text, i, i + len(x))

    return Attribution(span(content), span(cue), span(speaker), "indirect", 0, "", pos, "")


def texts(found):
    return [(a.cue.text, a.content.text) for a in found]


def test_dedupe_keeps_the_tighter_content_per_cue():
    t = "Lavrov said the talks were useful and the door stayed open."
    wide = att(t, "the talks were useful and the door stayed open", "said", "Lavrov")
    tight = att(t, "the talks were useful", "said", "Lavrov")
    assert texts(dedupe([wide, tight])) == [("said", "the talks were useful")]


def test_dedupe_keeps_one_candidate_per_content_and_sorts_by_position():
    t = "He warned and stressed that Moscow would respond. She said talks went on."
    a = att(t, "Moscow would respond", "warned", "He", "PRON")
    b = att(t, "Moscow would respond", "stressed", "He", "PRON")
    c = att(t, "talks went on", "said", "She", "PRON")
    assert texts(dedupe([c, a, b])) == [("warned", "Moscow would respond"), ("said", "talks went on")]


def test_dedupe_treats_cues_sharing_a_character_as_one():
    t = "A statement said the drills were routine."
    doc_cue = att(t, "the drills were routine", "statement said", "A statement", "NOUN")
    verb_cue = att(t, "the drills were routine.", "said", "A statement", "NOUN")
    assert texts(dedupe([verb_cue, doc_cue])) == [("statement said", "the drills were routine")]


def test_drop_nested_drops_a_named_source_inside_another_content():
    t = "Tusk said Warsaw would welcome the plan."
    outer = att(t, "Warsaw would welcome the plan", "said", "Tusk")
    inner = att(t, "the plan", "welcome", "Warsaw")
    assert texts(drop_nested([outer, inner])) == [("said", "Warsaw would welcome the plan")]


def test_drop_nested_keeps_pronoun_sources_and_parenthetical_containers():
    t = "It said the base would close, which it described as routine."
    outer = att(t, "the base would close, which it described as routine", "said", "It", "PRON")
    inner = att(t, "routine", "described", (t.index("it described"), t.index("it described") + 2), "PRON")
    assert len(drop_nested([outer, inner])) == 2
    t2 = "The base will, he added, close as Ivanov said it would."
    paren = att(t2, "The base will, he added, close as Ivanov said it would", "added", "he", "PRON")
    named = att(t2, "it would", "said", "Ivanov")
    assert len(drop_nested([paren, named])) == 2  # a parenthetical's content holds its own cue: it contains nothing


@pytest.mark.parametrize("t, kept", [
    # a relative clause after a comma is the journalist's aside, with a statement of its own: kept, then cut off
    ("The note warned of new tariffs on Oslo, which Stockholm accused of dumping fish.",
     [("warned", "new tariffs on Oslo"), ("accused", "of dumping fish")]),
    # without the comma, or opened by "that", the inner source is part of the outer content
    ("The note warned of new tariffs on Oslo which Stockholm accused of dumping fish.",
     [("warned", "new tariffs on Oslo which Stockholm accused of dumping fish")]),
    ("The note warned of new tariffs on Oslo, that Stockholm accused of dumping fish.",
     [("warned", "new tariffs on Oslo, that Stockholm accused of dumping fish")]),
])
def test_drop_nested_keeps_a_source_that_opens_a_relative_clause(t, kept):
    outer = att(t, t[t.index("new"):-1], "warned", "The note", "NOUN")
    inner = att(t, "of dumping fish", "accused", "Stockholm")
    assert texts(truncate_nested(drop_nested([outer, inner], t), t)) == kept


@pytest.mark.parametrize("t, inner_rule, kept", [
    # a named source reporting a clause after ", and" / ", but": a statement beside the first, which ends before it
    ("Ivanov said the troops would stay, and Putin said the talks would go on.", "verb_clause",
     [("said", "the troops would stay"), ("said", "the talks would go on")]),
    ("Ivanov said the troops would stay, but Putin said the talks would go on.", "verb_clause",
     [("said", "the troops would stay"), ("said", "the talks would go on")]),
    # "and that": still what the first source said
    ("Ivanov said the troops would stay, and that Putin said the talks would go on.", "verb_clause",
     [("said", "the troops would stay, and that Putin said the talks would go on")]),
    # an act reported with an infinitive or an object there is more often part of the first content
    ("Ivanov said the troops would stay, and Putin agreed to go on talking.", "verb_infinitive",
     [("said", "the troops would stay, and Putin agreed to go on talking")]),
    # ", as" opening a second source's clausal report ("as" meaning "while")
    ("Ivanov said the troops would stay, as Putin insisted the talks would go on.", "verb_clause",
     [("said", "the troops would stay"), ("insisted", "the talks would go on")]),
    ("Ivanov said the troops would stay, as Putin agreed to go on talking.", "verb_infinitive",
     [("said", "the troops would stay, as Putin agreed to go on talking")]),
    # after a semicolon, with or without a connective, any rule's named source is the list's next item
    ("Ivanov said the troops would stay; and Putin agreed to go on talking.", "verb_infinitive",
     [("said", "the troops would stay"), ("agreed", "to go on talking")]),
    ("Ivanov said the troops would stay; Putin urged the envoys to go on talking.", "verb_infinitive",
     [("said", "the troops would stay"), ("urged", "the envoys to go on talking")]),
])
def test_drop_nested_keeps_a_reported_clause_coordinated_after_a_comma(t, inner_rule, kept):
    outer = replace(att(t, t[t.index("the troops"):-1], "said", "Ivanov"), rule="verb_clause")
    tail = t[t.index("Putin") + 6:]
    cue = tail.split()[0]
    content = tail[len(cue) + 1:-1]
    inner = replace(att(t, content, (t.index("Putin") + 6, t.index("Putin") + 6 + len(cue)), "Putin"),
                    rule=inner_rule)
    assert texts(truncate_nested(drop_nested([outer, inner], t), t)) == kept


@pytest.mark.parametrize("t, kept", [
    # the name set off behind its description after ", and": a statement beside the first
    ("Ivanov said the troops would stay, and his deputy, Lund, said the talks would go on.",
     [("said", "the troops would stay"), ("said", "the talks would go on")]),
    # without the comma and with "that", still inside the first content
    ("Ivanov said the troops would stay and that his deputy, Lund, said the talks would go on.",
     [("said", "the troops would stay and that his deputy, Lund, said the talks would go on")]),
])
def test_drop_nested_keeps_a_named_apposition_coordinated_after_a_comma(t, kept):
    outer = replace(att(t, t[t.index("the troops"):-1], "said", "Ivanov"), rule="verb_clause")
    cue = t.index("said", t.index("Lund"))
    inner = replace(att(t, "the talks would go on", (cue, cue + 4), "Lund"), rule="verb_clause")
    assert texts(truncate_nested(drop_nested([outer, inner], t), t)) == kept


def test_drop_nested_drops_a_pronoun_that_opens_the_content():
    t = "Lavrov said he did not think the ferry plan would fail."
    outer = att(t, "he did not think the ferry plan would fail", "said", "Lavrov")
    inner = att(t, "the ferry plan would fail", "think", "he", "PRON")
    assert texts(drop_nested([outer, inner])) == [("said", "he did not think the ferry plan would fail")]


@pytest.mark.parametrize("t, outer_content, outer_cue, label, inner_cue, inner_speaker, kept", [
    # a label after a free relative "what" is part of the content around it, pronoun source or named
    ("The ministry thanked Oslo for what it called a steady hand in the talks.",
     "Oslo for what it called a steady hand in the talks", "thanked", "a steady hand in the talks", "called", "it",
     [("thanked", "Oslo for what it called a steady hand in the talks")]),
    ("Truss vowed that London would keep exposing what Mr Olsen described as reckless fishing.",
     "London would keep exposing what Mr Olsen described as reckless fishing", "vowed", "reckless fishing",
     "described", "Mr Olsen", [("vowed", "London would keep exposing what Mr Olsen described as reckless fishing")]),
    # a pronoun after "which" is the same source's second statement: kept, and the first content cut before it
    ("The ministry said the pier was safe, which it called a relief.",
     "the pier was safe, which it called a relief", "said", "a relief", "called", "it",
     [("said", "the pier was safe"), ("called", "a relief")]),
])
def test_drop_nested_drops_a_label_after_a_free_relative(t, outer_content, outer_cue, label, inner_cue,
                                                         inner_speaker, kept):
    outer = att(t, outer_content, outer_cue, "The ministry" if "ministry" in t else "Truss", "NOUN")
    start = t.index(inner_speaker + " " + inner_cue)
    pos = "PRON" if inner_speaker.islower() else "PROPN"
    inner = att(t, label, inner_cue, (start, start + len(inner_speaker)), pos)
    assert texts(truncate_nested(drop_nested([outer, inner], t), t)) == kept


@pytest.mark.parametrize("lead, kept", [
    # a pronoun after a subordinating word that opens the content belongs to the content's own clause
    ("though", [("said", "though he believed the pier was safe, no one could land there")]),
    ("while", [("said", "while he believed the pier was safe, no one could land there")]),
    # any other first word leaves the pronoun's statement standing
    ("and", [("said", "and he believed the pier was safe, no one could land there"),
             ("believed", "the pier was safe")]),
])
def test_drop_nested_drops_a_pronoun_after_a_subordinator_that_opens_the_content(lead, kept):
    t = f"Lavrov said that {lead} he believed the pier was safe, no one could land there."
    outer = att(t, t[t.index(lead):-1], "said", "Lavrov")
    inner = att(t, "the pier was safe", "believed", "he", "PRON")
    assert texts(truncate_nested(drop_nested([outer, inner], t), t)) == kept


@pytest.mark.parametrize("joint, kept", [
    # a pronoun after a coordinated "that" speaks inside the content around it
    (", but that", [("said", "the ferry was late, but that they shared the view that the pier was safe")]),
    (" and that", [("said", "the ferry was late and that they shared the view that the pier was safe")]),
    # after a relative "that" it is a statement of its own, and the content around it ends before it
    (", a ferry that", [("said", "the ferry was late"), ("view", "the pier was safe")]),
])
def test_drop_nested_drops_a_pronoun_after_a_coordinated_that(joint, kept):
    t = f"Lavrov said that the ferry was late{joint} they shared the view that the pier was safe."
    outer = att(t, t[t.index("the ferry"):-1], "said", "Lavrov")
    inner = att(t, "the pier was safe", "view", "they", "PRON")
    assert texts(truncate_nested(drop_nested([outer, inner], t), t)) == kept


@pytest.mark.parametrize("source, kept", [
    # a record of where words were published wraps the statement it records: the statement stands alone
    ("website", [("told", "the pier was safe")]),
    # an office that speaks for itself keeps its according-to, beside the statement it wraps
    ("office", [("According to", "Berg told Oslo that the pier was safe"), ("told", "the pier was safe")]),
])
def test_drop_record_sources_drops_a_record_that_wraps_a_statement(source, kept):
    t = f"According to the mayor's {source}, Berg told Oslo that the pier was safe."
    wrapper = replace(att(t, "Berg told Oslo that the pier was safe", "According to", f"the mayor's {source}", "NOUN"),
                      rule="according_to", speaker_head=source)
    inner = att(t, "the pier was safe", "told", "Berg")
    assert texts(drop_record_sources([wrapper, inner])) == kept


def test_drop_record_sources_drops_a_record_between_a_speaker_and_its_cue():
    t = "Berg, according to a transcript released by the council, thanked Oslo for its patience."
    record = replace(att(t, "thanked Oslo for its patience", "according to", "a transcript", "NOUN"),
                     rule="according_to", speaker_head="transcript")
    inner = att(t, "Oslo for its patience", "thanked", "Berg")
    assert texts(drop_record_sources([record, inner])) == [("thanked", "Oslo for its patience")]


def test_drop_record_sources_keeps_a_record_that_wraps_nothing():
    t = "According to the transcript, the talks lasted three hours."
    record = replace(att(t, "the talks lasted three hours", "According to", "the transcript", "NOUN"),
                     rule="according_to", speaker_head="transcript")
    assert texts(drop_record_sources([record])) == [("According to", "the talks lasted three hours")]


def test_truncate_nested_ends_a_content_before_a_swallowed_cue():
    t = "Kerry said the offer was serious, which Lavrov described as a start."
    outer = att(t, "the offer was serious, which Lavrov described as a start", "said", "Kerry")
    inner = att(t, "a start", "described", "Lavrov")
    out = truncate_nested([outer, inner], t)
    assert texts(out) == [("said", "the offer was serious"), ("described", "a start")]


def test_truncate_nested_leaves_a_parenthetical_content_whole():
    t = "The world will, he added, become a less stable place, Rogozin warned."
    paren = att(t, "The world will, he added, become a less stable place", "added", "he", "PRON")
    assert texts(truncate_nested([paren], t)) == [("added", "The world will, he added, become a less stable place")]


def test_drop_media_removes_agency_statements_before_nesting_is_judged():
    t = "According to Tass, Lavrov said talks would resume."
    agency = replace(att(t, "Lavrov said talks would resume", "According to", "Tass"), speaker_media=True)
    inner = att(t, "talks would resume", "said", "Lavrov")
    assert texts(drop_nested([agency, inner])) == [("According to", "Lavrov said talks would resume")]
    assert texts(drop_nested(drop_media([agency, inner]))) == [("said", "talks would resume")]


def test_drop_media_keeps_an_outlet_that_relays_no_one():
    t = "KCNA said the drills were a rehearsal for invasion. Lavrov said talks would resume."
    outlet = replace(att(t, "the drills were a rehearsal for invasion", "said", "KCNA"), speaker_media=True)
    other = att(t, "talks would resume", (t.rindex("said"), t.rindex("said") + 4), "Lavrov")
    assert drop_media([outlet, other]) == [outlet, other]
    # an outlet relaying another outlet is still a relay of no person: it stays
    t2 = "Tass said RIA had reported the talks."
    relay = replace(att(t2, "RIA had reported the talks", "said", "Tass"), speaker_media=True)
    inner = replace(att(t2, "the talks", "reported", "RIA"), speaker_media=True)
    assert drop_media([relay, inner]) == [relay, inner]
    # "according to" an outlet only says where the journalist read it
    t3 = "According to Tass, the talks will resume."
    source = replace(att(t3, "the talks will resume", "According to", "Tass"), rule="according_to", speaker_media=True)
    assert drop_media([source]) == []


@pytest.mark.parametrize("speaker, rule, dropped", [
    ("the agency", "verb_clause", True),  # "Lavrov said the talks had failed, the agency said"
    ("the news agency", "verb_clause", True),
    ("the newspaper", "verb_clause", True),
    ("the agency", "according_to", False),  # "According to the agency, X said": the IAEA's account, perhaps
    ("the ministry", "verb_clause", False),  # no outlet noun: a readout, whose outer report stays
    ("the state news agency of Iran", "verb_clause", False),  # not a bare outlet noun: the linker's to read
])
def test_drop_media_drops_a_bare_outlet_noun_that_relays(speaker, rule, dropped):
    t = f"Lavrov said the talks had failed, {speaker} said."
    outer = replace(att(t, "Lavrov said the talks had failed", (t.rindex("said"), t.rindex("said") + 4), speaker),
                    rule=rule)
    inner = att(t, "the talks had failed", "said", "Lavrov")
    assert drop_media([outer, inner]) == ([inner] if dropped else [outer, inner])


def test_drop_media_keeps_a_bare_outlet_noun_that_speaks_for_itself():
    t = "The agency said the drills were a rehearsal for invasion."
    outlet = att(t, "the drills were a rehearsal for invasion", "said", "The agency")
    assert drop_media([outlet]) == [outlet]


@pytest.mark.parametrize("text, end", [
    ("the talks, which", 9), ("the talks and", 9), ("the talks ,;: ", 9), ("the talks", 9), ("whichever", 9),
    ("as", 0),
])
def test_trim_dangling(text, end):
    assert trim_dangling(text, 0, len(text)) == end


@pytest.mark.parametrize("text, segment, kept", [
    ("There is no doubt about that.", "There is no doubt about that", "There is no doubt about that"),
    ('"No doubt about that," he said.', "No doubt about that", "No doubt about that"),
    ("He did not say when!", "He did not say when", "He did not say when"),
    ('the talks, which "failed"', "the talks, which", "the talks"),
    ("the talks and Lavrov said", "the talks and", "the talks"),
])
def test_trim_dangling_keeps_a_connective_the_sentence_ends_on(text, segment, kept):
    s = text.index(segment)
    assert text[s:trim_dangling(text, s, s + len(segment))] == kept


# -- the all-pairs versions these filters replaced, kept here as their specification ------------------------------

def ref_dedupe(found):
    found = sorted(found, key=lambda a: (len(a.content), a.content.start))
    kept = []
    for a in found:
        if any(k.cue.overlap(a.cue) or (k.content.start, k.content.end) == (a.content.start, a.content.end) for k in kept):
            continue
        kept.append(a)
    return sorted(kept, key=lambda a: (a.content.start, a.cue.start))


def ref_drop_nested(found):
    def container(a, b):
        return a is not b and not (a.content.start <= a.cue.start < a.content.end) and b.cue.end <= a.content.end

    return [b for b in found if not (b.speaker is not None and any(
        container(a, b) and (a.content.start == b.speaker.start
                             or b.speaker_pos != "PRON" and a.content.start <= b.speaker.start) for a in found))]


def ref_cuts(found):
    cuts = []
    for a in found:
        cut = None
        for b in found:
            if b is a or not (a.content.start < b.cue.start < a.content.end) or b.content.start < a.content.start:
                continue
            start = b.speaker.start if b.speaker and a.content.start < b.speaker.start < b.cue.start else b.cue.start
            cut = start if cut is None else min(cut, start)
        cuts.append(cut)
    return cuts


def ref_source_tails(found):
    return [min((b.cue.start for b in found if b.rule == "according_to" and a.rule != "according_to"
                 and a.content.start < b.cue.start < a.content.end and b.content.start <= a.content.start),
                default=None) for a in found]


def random_candidates(rng, n, size=400):
    text = "".join(rng.choice("abcd ,") for _ in range(size))
    out = []
    for _ in range(n):
        cs = rng.randrange(size - 2)
        ce = rng.randrange(cs + 1, min(size, cs + 120))
        q = rng.randrange(size - 1)
        cue = (q, min(size, q + rng.randrange(1, 12)))
        sp = None
        if rng.random() < 0.8:
            s = rng.randrange(size - 1)
            sp = (s, min(size, s + rng.randrange(1, 10)))
        out.append(att(text, (cs, ce), cue, sp, rng.choice(["PROPN", "NOUN", "PRON"])))
    return text, out


@pytest.mark.parametrize("seed", range(30))
def test_filters_agree_with_the_all_pairs_reference(seed):
    from pipeline.extract.filters import _cut_points, _source_tails

    rng = random.Random(seed)
    text, found = random_candidates(rng, rng.randrange(1, 60))
    assert dedupe(found) == ref_dedupe(found)
    assert drop_nested(found) == ref_drop_nested(found)
    assert [None if c == float("inf") else c for c in _cut_points(found)] == ref_cuts(found)
    assert len(truncate_nested(found, text)) == len(found)
    sources = [replace(a, rule="according_to") if rng.random() < 0.3 else a for a in found]
    assert [None if c == float("inf") else c for c in _source_tails(sources)] == ref_source_tails(sources)


@pytest.mark.parametrize("rule, kept", [
    ("verb_as_clause", [("told", "the council had proposed that the pier be rebuilt"), ("proposed", "the pier be rebuilt")]),
    ("verb_clause", [("told", "the council had proposed that the pier be rebuilt")]),
])
def test_a_source_phrase_contains_statements_in_their_own_right(rule, kept):
    t = "As the envoy told reporters, the council had proposed that the pier be rebuilt."
    outer = replace(att(t, "the council had proposed that the pier be rebuilt", "told", "the envoy", "NOUN"), rule=rule)
    inner = replace(att(t, "the pier be rebuilt", "proposed", "the council", "NOUN"), rule="verb_clause")
    assert texts(truncate_nested(drop_nested([outer, inner]), t)) == kept


def test_an_according_to_source_wrapping_a_statement_reports_it():
    from pipeline.extract.filters import apply_all, wrapping_sources

    t = "Olsen said the pier would close, according to two officials."
    said = att(t, "the pier would close, according to two officials", "said", "Olsen")
    source = replace(att(t, "Olsen said the pier would close", "according to", "two officials", "NOUN"),
                     kind="according_to", rule="according_to", relays=True)
    assert wrapping_sources([said, source]) == {1}
    # each held the other's cue and speaker: the source relays the statement whose cue it qualifies, which keeps its
    # speaker and ends before the source's phrase
    assert texts(apply_all([said, source], t)) == [("according to", "Olsen said the pier would close"),
                                                   ("said", "the pier would close")]
    # a source around a statement it does not qualify reports it, as "X said Y said Z" does
    assert texts(apply_all([said, replace(source, relays=False)], t)) == [
        ("according to", "Olsen said the pier would close")]
    # the speaker's own office only records the words: the statement alone
    t = "Olsen said the pier would close, according to his office."
    said = att(t, "the pier would close, according to his office", "said", "Olsen")
    office = replace(att(t, "Olsen said the pier would close", "according to", "his office", "NOUN"),
                     kind="according_to", rule="according_to", relays=True)
    assert texts(apply_all([said, office], t)) == [("said", "the pier would close")]
    # a source with a statement of no one inside wraps nothing
    plain = replace(att(t, "Olsen said the pier would close", "according to", "his office", "NOUN"),
                    rule="according_to")
    assert wrapping_sources([plain]) == set()


def test_drop_media_keeps_a_bare_outlet_noun_whose_content_only_holds_a_report():
    # "the paper warns that A, and predicts B": the second cue is the paper's own, not a report it relays
    t = "The paper warns that the pier will close, and Olsen predicts that fares will rise."
    outer = att(t, "the pier will close, and Olsen predicts that fares will rise", "warns", "The paper")
    inner = att(t, "fares will rise", "predicts", "Olsen")
    assert drop_media([outer, inner]) == [outer, inner]
