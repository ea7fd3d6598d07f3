"""Finding the source of a cue in the parse: its subject, whether that can speak, and the speaker phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import words
from ..records import Span

SUBJECT_DEPS = ("nsubj",)
# How many hops (conjuncts, participles, raising verbs) the subject search follows up the tree before giving up;
# real chains are two or three long (``He said A and went on to warn, saying B``).
MAX_SUBJECT_HOPS = 4
# A participle the parser hung on a noun inside an object (``spoke in favour of expanding cooperation in new areas
# calling for Y``) is looked for this many levels below its finite verb: each preposition phrase adds two.
MAX_PARTICIPLE_CLIMB = 8
# ``envoy to NATO``, ``Secretary of State``: an office noun keeps a following preposition phrase of up to this many
# tokens in the speaker span; longer ones are descriptions, not part of the title.
MAX_OFFICE_PP = 6
# ... unless the phrase ends in its holder's name (``Head of the Federal Atomic Energy Agency Sergei Kiriyenko``): a
# long office's name and a two-word name fit in this many.
MAX_NAMED_OFFICE_PP = 12
# Conjoined names followed in a compound subject (``Mr Putin, Mr Kuchma and Mr Voronin``): real lists are short.
MAX_CONJUNCTS = 6
# ``In discussing X, <subject> pointed to Y``: a subject the parser joined to the fronted phrase is looked for in at
# most this many tokens before the verb (a name with a title and an apposition naming the office).
MAX_FRONTED_SUBJECT = 16
# ``Modi, for his part, said``: a parenthetical between a subject and its verb, commas included, is at most this many
# tokens (``, for his part,`` is 5; ``, in a rare show of unity,`` 9); longer is a clause of its own.
MAX_PARENTHETICAL_TOKENS = 10
_SPEAKER_DEPS_LEFT = ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "advmod", "npadvmod")
_NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP")
_PLACE_ENTS = ("GPE", "LOC", "FAC")
# Every verb lemma that can introduce a statement: clausal cues (``said that``) and object cues (``denied X``).
CUE_VERBS = words("clausal_verbs") | words("object_verbs")
RELATIVES = words("relative_pronouns")
_RAISING = words("raising_verbs")
_HEARSAY = words("hearsay_verbs")
# verbs whose infinitive, a complement or a purpose clause, keeps their subject as its speaker: "went on to say that
# Y", "sought to reassure X that Y", "took to social media to denounce Y" (not "use": "the rhetoric Moscow had used to
# condemn Y" is the journalist's summary)
_CATENATIVE = words("catenative_verbs")
_OCCASIONS_TAKEN = words("occasion_taken_nouns")
_OCCASION_TAKERS = words("occasion_taking_verbs")
# adjectives whose infinitive keeps the subject of "be" as its speaker: "Putin was careful to add that Y"
_EAGER = words("eager_adjectives")
_PRONOUNS = words("speaker_pronouns")
# a source joined to these ("Mr Putin and I noted") is a transcript speaking for itself
_FIRST_PERSON = words("first_person_pronouns")
# a profession names a person who may speak ("A researcher at a Taipei think tank said Y"), as an office does
_SPEAKER_NOUNS = words("speaker_nouns") | words("profession_nouns")
_FLOATING = words("floating_quantifiers")
_ROLE_WORDS = words("role_words")
_GROUP_NOUNS = words("group_nouns")
_OFFICE_NOUNS = words("office_nouns")
_COLLECTIVE = words("collective_nouns")
_MEDIA = words("news_media")
_DOCUMENTS = words("document_nouns")
_LIGHT_VERBS = words("light_verbs")
# verbs of holding a view: joined to a reported clause, the view may be its subject's ("said Russia would not
# leave an ally and regarded sanctions as wrong")
_BELIEF_VERBS = words("belief_verbs")
_SILENT_WHEN_NEGATED = words("silent_when_negated")
_PARTITIVES = words("partitive_heads")
# the auxiliaries of a future: a cue of speaking under them has not been said yet
_FUTURE_AUX = words("future_auxiliaries")
_NEGATING_DETERMINERS = words("negating_determiners")
_NEGATIVE_SUBJECTS = words("negative_subjects")
_QUESTION_WORDS = words("question_words")
# Words that may follow an outlet's name in a speaker phrase: "the Interfax news agency", "the Kommersant daily".
_MEDIA_SUFFIXES = words("media_suffixes")
_PLACE_PREPS = words("place_preps")
_STATE_BROADCASTER = words("state_broadcaster_nouns")


def verb_lemma(tok) -> str:
    """The lemma of a cue verb, mending the small model's slips (``hoped`` -> ``hop``): when the lemma is not a cue
    but the surface form minus its inflection is (``hoped``, ``hopes``, ``hoping`` -> ``hope``), that one."""
    lemma = tok.lemma_.lower()
    if lemma in CUE_VERBS:
        return lemma
    word = tok.lower_
    for stem in (word[:-1] if word.endswith(("ed", "es")) else "", word[:-3] + "e" if word.endswith("ing") else ""):
        if stem in CUE_VERBS:
            return stem
    return lemma


def _to_infinitive(verb) -> bool:
    """Whether ``verb`` is a bare verb with ``to`` (``to thank``, ``to say``)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _occasion_taker(verb):
    """The verb that takes or uses an occasion whose infinitive ``verb`` is (``took the opportunity to thank X``,
    ``used the occasion to thank X``: the parser hangs the infinitive on the noun or on the verb), or None."""
    if not _to_infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_ in _OCCASIONS_TAKEN and head.dep_ == "dobj" \
            and head.head.lemma_ in _OCCASION_TAKERS:
        return head.head
    if verb.dep_ in ("xcomp", "advcl") and head.lemma_ in _OCCASION_TAKERS and any(
            c.dep_ == "dobj" and c.lemma_ in _OCCASIONS_TAKEN for c in head.children):
        return head
    return None


def subject(verb, depth: int = 0):
    """The token that is the grammatical source of ``verb`` (following conj, participles, relatives)."""
    if depth > MAX_SUBJECT_HOPS:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        # Two subjects ("Welcoming X, Y said"): the one nearest before the verb.
        before = [c for c in subjects if c.i < verb.i]
        c = before[-1] if before else subjects[0]
        if c.lower_ in RELATIVES and verb.dep_ == "relcl":
            return _carried_item(verb.head) or _placed_owner(verb.head) or verb.head
        stranded = c.doc[c.i - 1] if c.i > 0 else None
        if stranded is not None and stranded.dep_ == "prep" and stranded.head.i == verb.i \
                and not list(stranded.children):
            # "In Kiev, Arseniy Yatsenyuk, the prime minister, warned Y": the parser took the place for the subject
            # and hung the name on it as a conjunct
            named = next((g for g in c.children if g.dep_ == "conj" and g.i > c.i), None)
            if named is not None:
                return named
        if c.lower_ in _ROLE_WORDS and not any(g.dep_ == "det" for g in c.children):
            # "State Councilor and Foreign Minister Wang Yi said": two titles of one person, not two sources
            joined = [g for g in c.children if g.dep_ == "conj"]
            if len(joined) == 1 and joined[0].pos_ == "PROPN" and joined[0].ent_type_ == "PERSON":
                return joined[0]
        if c.lower_ in _TIME_ZONES and c.i > 0 and _CLOCK_TIME.fullmatch(c.doc[c.i - 1].text):
            # "14:30 GMT — Vance says Y": a live blog's stamp, which the parser made the subject, with the source
            # hung on it in apposition
            named = next((g for g in c.children if g.dep_ == "appos" and g.i > c.i), None)
            if named is not None:
                return named
        if c.lower_ in _FLOATING and c.i < verb.i:
            # "Scholz and Starmer, attending the summit, both said Y": the parser made "both" the subject and left
            # the names unattached before it
            named = next((g for g in verb.children
                          if g.dep_ in ("dep", "nsubj") and g.i < c.i and g.pos_ in ("PROPN", "NOUN")), None)
            return named if named is not None else c
        return c
    joined = stranded_conjunct(verb)
    if joined is not None:
        return subject(joined, depth + 1)
    if coordinated_cue(verb):
        return subject(verb.head, depth + 1)
    if verb.head.i < verb.i and verb.dep_ in ("ccomp", "conj") and set_off_participle(verb.head):
        # "Olsen, asked whether Y, said Z" with "said" hung on "asked": the one asked speaks
        return next(c for c in verb.head.children if c.dep_ == "nsubj")
    asked = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i and set_off_participle(c)),
                 None)
    if asked is not None:
        # "Olsen, asked about the sanctions, said Z" with "asked" hung on "said", and Olsen on "asked"
        return next(c for c in asked.children if c.dep_ == "nsubj")
    if verb.lemma_ == "quote":
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                return c
    if verb.dep_ in ("ROOT", "conj"):
        lead = _name_as_modifier(verb) or _placed_apposition(verb)
        if lead is not None:
            return lead
    if verb.dep_ == "conj":
        named = _name_before(verb)
        if named is not None:
            return named
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        if verb.tag_ == "VBD" and head.dep_ in ("acl", "relcl") and _to_infinitive(head):
            # "supported efforts to prevent X and expressed concern about Y": a finite verb joined to an infinitive
            # that completes a noun is a misattached conjunct of the clause above it
            return _finite_subject(head, depth)
        relayed = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i
                        and verb_lemma(c) in CUE_VERBS), None) if _media_subject(head) else None
        if relayed is not None:
            # "Kim said Y, KCNA said, and warned that Z": the agency's tail relays; Kim goes on warning
            return subject(relayed, depth + 1)
        found = subject(head, depth + 1)
        if found is not None and found.lower_ == "it" and verb.head.lemma_ == "be" \
                and any(c.dep_ in ("acomp", "attr") for c in verb.head.children):
            return None  # "stressed that it was necessary to X and reaffirmed Y": an expletive "it" speaks not
        return found
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return verb.head  # "The OSCE chairman, Foreign Minister X, called for Y": a finite verb hung on its subject
    if verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ == "VBG" and verb.head != verb:
        head = verb.head
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if head.lemma_.lower() in _DOCUMENTS:
                return head  # "adopted a joint statement reaffirming X": the document speaks
            if head.dep_ == "pobj" and head.head.lower_ == "with" and valid_speaker(head):
                return head  # "..., with officials arguing that Y": the absolute construction's noun speaks
            if not valid_speaker(head) and depth == 0:
                # "noted the character of the talks stressing X": the parser hung the participle on the noun
                # before it; with no comma either, it still belongs to the clause's finite verb
                return _finite_subject(head, depth)
        after_comma = _after_comma(verb)
        set_off = next((c for c in head.children if c.dep_ == "parataxis" and c.i < verb.i
                        and verb_lemma(c) in CUE_VERBS), None)
        if after_comma and set_off is not None:
            # "Y, the European Central Bank said, warning that Z": the participle goes on from the cue set off
            # before it (or inside the clause: "The rules, he said, had been made known, adding that Z")
            return subject(set_off, depth + 1)
        if after_comma and not _finite(head):
            # "called for X, expressing support for Y": a participle after a comma belongs to the clause's finite
            # verb, wherever the parser hung it (on a noun or a gerund inside X)
            for _ in range(MAX_SUBJECT_HOPS):
                # a participle with its own subject is a clause of its own ("reported that X had criticised Y,
                # saying Z": X says it, not the agency)
                if _finite(head) or head.head == head or any(c.dep_ == "nsubj" for c in head.children):
                    break
                head = head.head
        clause = head
        while clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head  # "said the alliance did not want Y and remained open to Z, while making clear W"
        for _ in range(MAX_SUBJECT_HOPS):
            # "said he had learned what the conditions were and would pass them on, adding that Y": up through the
            # reported clause's own clauses to the cue that reports them
            if clause.dep_ != "ccomp" or verb_lemma(clause.head) in CUE_VERBS or clause.head.dep_ != "ccomp":
                break
            clause = clause.head
        reporter = clause.head
        if clause.dep_ in ("acl", "relcl") and reporter.dep_ == "dobj" and that_relcl(reporter) == clause:
            reporter = reporter.head  # "told a gathering that Y, demanding Z": the clause the parser hung on the audience
        if after_comma and verb.dep_ == "advcl" and (clause.dep_ == "ccomp" or reporter != clause.head) \
                and verb_lemma(reporter) in CUE_VERBS \
                and not (head.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr") for c in head.children)) \
                and not (verb_lemma(clause) in CUE_VERBS and _media_subject(reporter)):
            # "said the talks were useful, adding that Y": a cue after a comma at the end of a reported clause is
            # the reporter's (not the "supporting" of "said Russia was, as before, supporting Y"); but an agency
            # only reports ("Tass reported that X had criticised Y, saying Z" is X's)
            head = reporter
        found = subject(head, depth + 1)
        if (found is None or not valid_speaker(found)) and head.dep_ == "conj":
            # "said the deal was Y and praised X, calling him Z": the reporter's second cue, and its participle
            found = reporting_subject(head) or found
        return found
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _RAISING:
        return subject(verb.head, depth + 1)
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _HEARSAY and any(c.dep_ == "auxpass" for c in verb.head.children):
        # "Pompeo was reported to have said Y": words passed on at second hand are still his
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    taker = _occasion_taker(verb)
    if taker is not None:
        return subject(taker, depth + 1)  # "Putin took the opportunity to thank X": Putin thanks
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ in _CATENATIVE and _to_infinitive(verb):
        found = subject(verb.head, depth + 1)  # "Kuleba went on to say that Y": Kuleba says it
        if found is not None and found.lower_ == "it" and verb.head.lemma_ == "take":
            return None  # "It took weeks to confirm that Y": an expletive, time taken
        return found
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _EAGER and verb.head.dep_ == "acomp" \
            and not any(c.dep_ == "neg" for c in verb.head.head.children):
        found = subject(verb.head.head, depth + 1)  # "Putin was careful to add that Y"; not "was not keen to say"
        return None if found is not None and found.lower_ == "it" else found
    if depth <= 1 and verb.dep_ in ("ROOT", "ccomp") and verb.i > 0:
        # "When speaking about Libya, the two presidents pointed out that ...": the parser made the subject an
        # apposition of the fronted phrase; the noun just before the verb is the subject.
        prev = verb.doc[verb.i - 1]
        while prev.dep_ == "advmod" and prev.i > 0:
            prev = verb.doc[prev.i - 1]
        if prev.dep_ in ("appos", "npadvmod") and prev.pos_ in ("NOUN", "PROPN") and prev.head.i < verb.i:
            return prev
        fronted = _fronted_subject(verb) or _swallowed_subject(verb)
        if fronted is not None:
            return fronted
        for c in verb.children:
            # "Yatsenyuk, never inclined to warm words, said Y": the parser made the phrase set off by commas a clause
            # before the verb, with the speaker as its subject
            # ("Lavrov, asked whether Y, said Z": a participle likewise)
            # ("Pompeo, announcing the move on Friday, said Y": a present participle the parser made an adverbial, or
            # the verb's clausal subject: "Papuashvili, writing on his Telegram channel, dismissed Y")
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None) \
                if c.i < verb.i and prev.text == "," and (
                    c.dep_ == "ccomp" and (c.pos_ == "ADJ" or set_off_participle(c))
                    or c.dep_ in ("advcl", "csubj") and c.tag_ == "VBG" and verb.doc[c.i - 1].text == ",") else None
            if subj is not None and any(t.text == "," for t in verb.doc[subj.i + 1:c.i]) \
                    and valid_speaker(subj):
                return subj
            subj = _reduced_relative_subject(verb, c)
            if subj is not None:
                return subj
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        reporter = verb.head.head
        if verb.head.lower_ == "as" and reporter.lemma_ in ("quote", "cite"):
            # "The agency quoted a military source as saying ...": the one quoted speaks
            # ... or, in the passive, the subject ("Peskov was cited by Interfax as saying ...")
            quoted = next((c for c in reporter.children if c.dep_ == "dobj"), None) \
                or next((c for c in reporter.children if c.dep_ == "nsubjpass"), None)
            if quoted is not None:
                return quoted
        return subject(reporter, depth + 1)
    return None


def negated(verb) -> bool:
    """Whether a cue is denied, so that nothing was said: a negated cue of speaking (``did not say whether``, ``has
    never described X as Y``, ``have not been confirmed``), or any cue of a negated subject (``Neither leader
    announced Y``). A negated view is still one (``does not believe that Y``, ``did not rule out Y``)."""
    if verb_lemma(verb) in _SILENT_WHEN_NEGATED and any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True  # (and "Scholz will tell parliament that Y": not said yet)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.lower_ in _NEGATIVE_SUBJECTS or any(
        c.dep_ in ("det", "preconj") and c.lower_ in _NEGATING_DETERMINERS for c in subj.children))


def set_off_participle(verb) -> bool:
    """``Lavrov, asked whether Y, said Z``: a passive participle set off by commas between a subject and its verb,
    which the parser made a clause of that verb with the subject as its own; a question put to the speaker, not a
    cue."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return False
    if doc[verb.i - 1].text != ",":
        # "Biden, on a visit to Warsaw meant to reassure the allies, said Y": the participle closes a phrase set off
        # by commas that the parser hung on it (its preposition opens right after the comma)
        if verb.dep_ != "ccomp" or verb.head.i < verb.i or not any(
                c.dep_ == "prep" and subj.i < c.i < verb.i and doc[c.left_edge.i - 1].text == ","
                for c in verb.children):
            return False
    if any(c.dep_ == "relcl" and c.right_edge.i == verb.i - 2 for c in subj.children):
        return False  # "Kim, who watched the launch, praised X, KCNA said": the comma closes the subject's relative
    after = verb.right_edge.i + 1
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        # "Patrushev, the council secretary, said Moscow would Y, Interfax reported": a verb with a reported clause
        # of its own is the speaker's cue; only a question is put to him ("asked whether Y")
        if any(c.dep_ == "ccomp" and not any(g.lower_ in _QUESTION_WORDS and g.i < c.i for g in c.subtree)
               for c in verb.children):
            return False
        # the closing comma after the participle's words, or the last of them
        return (after < len(doc) and doc[after].text == ",") or doc[after - 1].text == ","
    # the parser made the participle the verb ("Lavrov, asked whether Y, did not say"): its subject's name ends right
    # at the comma, which an active verb never follows; unless that subject is itself set off by a comma, the
    # description behind a name the parser split ("Kim Eui-kyeom, the spokesman for President Moon, said")
    lo, hi = np_bounds(subj)
    return hi == verb.i - 2 and subj.pos_ in ("PROPN", "NOUN", "PRON") and not (lo > 0 and doc[lo - 1].text == ",")


def that_ccomp(verb):
    """The clausal complement of ``verb`` opened by ``that``, or None."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def coordinated_cue(verb) -> bool:
    """``said the team would look at the plan but warned that Y``: a past-tense cue without a subject that the parser
    made a second clausal complement of the cue before it, after a conjunction; it is that speaker's second cue."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.tag_ == "VBD" and head.i < verb.i and verb.doc[verb.i - 1].pos_ == "CCONJ" \
        and verb_lemma(verb) in CUE_VERBS and verb_lemma(head) in CUE_VERBS \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reduced_relative_subject(verb, clause):
    """``Two groups made up of Russian citizens, the Legion and the Corps, said Y``: the parser made a participle
    right after the subject (``made up of ...``, which has no auxiliary, so no clause of its own) a clause of the
    verb, with the speaker as its subject; that subject, or None.

    Args:
        verb: the cue verb.
        clause: one of its children.
    """
    doc = verb.doc
    if clause.dep_ != "ccomp" or clause.tag_ != "VBN" or clause.i > verb.i or doc[verb.i - 1].text != "," \
            or clause.right_edge.i not in (verb.i - 2, verb.i - 1) \
            or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i == clause.i - 1), None)
    return subj if subj is not None and subj.left_edge.i == verb.sent.start and valid_speaker(subj) else None


def _swallowed_subject(verb):
    """``Addressing the session by video link, High Commissioner X said Y``: the parser made the fronted participle
    the verb's clausal subject and swallowed the speaker into it as an object; the speaker is the phrase between
    the participle's last comma and the verb (its rightmost head, the name after a title); None otherwise."""
    lead = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if lead is None or lead.tag_ != "VBG" or lead.left_edge.i != verb.sent.start or lead.right_edge.i != verb.i - 1:
        return None
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, lead.i, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    phrase = range(comma + 1, verb.i)
    heads = [t for t in doc[comma + 1:verb.i] if t.head.i not in phrase]
    # a name ends the phrase it heads ("High Commissioner for Human Rights Michelle Bachelet": Bachelet)
    head = doc[verb.i - 1] if doc[verb.i - 1].pos_ == "PROPN" else heads[-1] if heads else None
    return head if head is not None and head.pos_ in ("PROPN", "NOUN") and valid_speaker(head) else None


def _name_as_modifier(verb):
    """``Baerbock underlined that Y``, ``Modi, for his part, said Y``: a name the parser did not know and made an
    adverbial of the verb, at the start of the sentence, right before the verb or before a parenthetical set off by
    commas, when the verb has no subject of its own; None otherwise."""
    lead = next((c for c in verb.children if c.i < verb.i and c.dep_ in ("advmod", "npadvmod", "advcl")), None)
    if lead is None or lead.pos_ != "PROPN" or lead.left_edge.i != verb.sent.start \
            or lead.ent_type_ in ("DATE", "TIME"):
        return None  # "Monday saw ...": a day is no speaker
    if lead.dep_ == "advcl" and any(c.dep_ not in ("compound", "flat") for c in lead.children):
        return None  # an adverbial clause of its own, not a bare name
    gap = verb.doc[lead.right_edge.i + 1:verb.i]
    if len(gap) and not (len(gap) <= MAX_PARENTHETICAL_TOKENS and gap[0].text == "," and gap[-1].text == ","
                         and all(t.head.i == verb.i or gap.start <= t.head.i < gap.end for t in gap)):
        return None
    return lead


def _placed_apposition(verb):
    """``In Kyiv, a senior official who has sat in on the calls says Y``: the parser made the speaker an apposition of
    the place set off at the head of the sentence; it speaks when the verb has no subject of its own (None
    otherwise)."""
    lead = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start), None)
    place = next((g for g in lead.children if g.dep_ == "pobj"), None) if lead is not None else None
    if place is None or place.pos_ != "PROPN" and place.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    # a person or a common noun; not a place ("In Varna, Bulgaria, where Y, Tusk told Z")
    return next((g for g in place.children if g.dep_ == "appos" and g.doc[g.left_edge.i - 1].text == ","
                 and (g.pos_ == "NOUN" or g.pos_ == "PROPN" and g.ent_type_ == "PERSON")), None)


def _carried_item(noun):
    """``a government statement carried by the official KCNA news agency, which called Y``, ``a communique read on
    state television that accused Y``: the relative after an outlet that carried something speaks for what it
    carried, not for the outlet; None otherwise."""
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ not in ("by", "on", "in") or by.head.dep_ != "acl":
        return None
    return by.head.head if _names_outlet(noun) else None


def placed(noun) -> bool:
    """Whether ``noun`` is the place of a phrase after ``in`` or ``at`` (lexicon ``place_preps``: ``the embassy in
    Moscow``), which says where the noun before it is, not who it is."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS and noun.ent_type_ in _PLACE_ENTS


def _placed_owner(noun):
    """``the communique issued by NATO leaders in Brussels, which described Y``, ``the embassy in Moscow, which said
    Y``: a place after ``in`` or ``at`` says where its noun is, and the relative after it speaks for that noun (for
    what was issued, when the noun is its issuer after ``by``); None for any other antecedent."""
    if not placed(noun):
        return None
    owner = noun.head.head
    if owner.pos_ not in ("NOUN", "PROPN") or owner.i == noun.i:
        return None  # ("held talks in Moscow, which Y": the prepositional phrase belongs to a verb)
    if owner.dep_ == "pobj" and owner.head.dep_ == "agent" and owner.head.head.dep_ == "acl":
        return owner.head.head.head
    return owner


def _media_subject(verb) -> bool:
    """Whether a verb's subject names a news agency or outlet (``Tass reported``)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _names_outlet(subj)


def _names_outlet(head) -> bool:
    """Whether the noun phrase headed by ``head`` names a news agency or outlet (:func:`is_media`)."""
    lo, hi = np_bounds(head)
    return is_media(head.doc[lo:hi + 1].text, head)


def _name_before(verb):
    """``Britain will expel 23 diplomats, Prime Minister Theresa May told parliament``: a trailing cue the parser
    joined to the content's verb, with the speaker's name or description (set off by a comma, right before the cue)
    made an apposition of the content; that name, None for any other parse."""
    doc = verb.doc
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    # (or a description of a source: "Iran has begun removing cameras installed by the watchdog, the agency's chief
    # said on Thursday")
    described = name.pos_ == "NOUN" and name.dep_ == "appos" and valid_speaker(name)
    if not described and (name.pos_ != "PROPN" or name.dep_ not in ("appos", "npadvmod", "conj")
                          or name.ent_type_ not in ("PERSON", "ORG")):
        return None
    lo = np_bounds(name)[0]
    return name if lo > 0 and doc[lo - 1].text == "," and name.head.i < lo else None


def _after_comma(verb) -> bool:
    """Whether a participle follows a comma (``, adding``, ``, while insisting``)."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].dep_ == "advmod" and doc[i].pos_ == "ADV" and doc[i].head.i == verb.i:
        i -= 1  # ", while also stressing"
    if i > 0 and doc[i].lower_ in ("while", "thus"):
        i -= 1
    return i >= 0 and doc[i].text == ","


def stranded_conjunct(verb):
    """The cue verb that a finite cue after ``and`` joins, when the parser hung it where a finite verb without a
    subject cannot stand; None otherwise.

    On a noun (``called the treaty "Y" and expressed confidence that Z``, ``assured him that the alliance had no
    intention of X and called the council "Y"``), on a participle or an infinitive (``reaffirmed its commitment to
    facilitating X and promised to Y``), as a clause without a subject (``emphasising that X, and called for Y``), or
    beside a verb of another form (``notes that they intend to X and calls for Y``, ``condemned the attacks that had
    taken place and expressed Y``): the nearest cue verb above it in the same tense, with a subject of its own, is the
    one it joins. Joined to a verb of its own tense, the parser's reading stands (``said the army held the line and
    agreed to Y`` may be the army's), and so does a verb of holding a view (``said Russia had cut its stocks and
    regarded the rest as a technical matter``).

    Args:
        verb: a cue verb token, or the light verb of a cue noun (``expressed`` of ``expressed confidence``).
    """
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or verb.i == 0 or doc[verb.i - 1].lower_ != "and" \
            or verb.dep_ not in ("conj", "acl", "relcl", "ccomp", "advcl") \
            or not (verb_lemma(verb) in CUE_VERBS or verb.lemma_.lower() in _LIGHT_VERBS) \
            or verb_lemma(verb) in _BELIEF_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "conj" and head.tag_ == verb.tag_ and not any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            and not (head.dep_ == "acl" and (doc[verb.i - 2].text == "," or that_ccomp(verb) is not None)):
        # (but one joined to the clause of a noun after a comma, "said the summit had buried any illusion that Europe
        # wanted peace, and called on Y", or with a that-clause of its own, "says he has seen no evidence that an
        # attack is imminent and warns that Y", joins the cue: a noun's clause goes on no further)
        return None
    node = head
    for _ in range(MAX_PARTICIPLE_CLIMB):
        if node.tag_ == verb.tag_ and verb_lemma(node) in CUE_VERBS and any(c.dep_ == "nsubj" for c in node.children):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def _finite_subject(head, depth: int):
    """The subject of the finite verb above ``head`` (at most :data:`MAX_PARTICIPLE_CLIMB` levels up)."""
    for _ in range(MAX_PARTICIPLE_CLIMB):
        if _finite(head) or head.head == head:
            break
        head = head.head
    return subject(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None


def _finite(tok) -> bool:
    """Whether a token is a finite verb (or the sentence root)."""
    return tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.dep_ == "ROOT"


def _fronted_subject(verb):
    """``In discussing X, Vladimir Putin and Jiang Zemin pointed to Y``: the parser joined the names to the fronted
    phrase as conjuncts; the subject is the noun phrase between the last comma and the verb, when its head hangs
    outside it."""
    doc = verb.doc
    start = verb.sent.start
    commas = [t.i for t in doc[start:verb.i] if t.text == ","]
    if not commas:
        return None
    # the last comma ("In discussing X, A and B pointed"), or the one closing a fronted phrase when the subject has an
    # apposition ("During the meeting, A, head of B, said")
    tries = [commas[-1]] + ([commas[0]] if doc[start].dep_ in ("prep", "advcl", "mark") and len(commas) > 1 else [])
    for comma in tries:
        if verb.i - comma > MAX_FRONTED_SUBJECT:
            continue
        span = range(comma + 1, verb.i)
        roots = [doc[i] for i in span if not doc[i].is_punct
                 and (not (comma < doc[i].head.i < verb.i) or doc[i].head.i == doc[i].i)]
        if len(roots) == 1 and roots[0].pos_ in ("PROPN", "NOUN") and roots[0].head.i < comma \
                and roots[0].dep_ in ("conj", "appos", "pobj", "dobj"):
            return roots[0]
    return None


def partitive_noun(tok):
    """The group noun of ``two of the people``, ``one of the diplomats`` (a number or quantifier with ``of`` right
    after it), None for any other token."""
    if tok.pos_ != "NUM" and tok.lower_ not in _PARTITIVES:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


# Key of ``Doc.user_data`` under which :func:`note_article_names` leaves the words the parser read as names anywhere in
# the article (a name spelt like a plural, ``Morales``, may be tagged a noun where it stands alone).
ARTICLE_NAMES = "pipeline_article_names"


def note_article_names(docs) -> None:
    """Give every paragraph's doc the set of words read as (parts of) names in any paragraph of the article."""
    names = frozenset(t.text for doc in docs for t in doc
                      if t.text[:1].isupper() and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON"))
    for doc in docs:
        doc.user_data[ARTICLE_NAMES] = names


def valid_speaker(tok) -> bool:
    """Whether a subject token can be a source (not ``This`` or ``the plan``)."""
    inner = partitive_noun(tok)
    if inner is not None:
        return inner.pos_ != "PRON" and valid_speaker(inner)  # "two of the people", not "one of them"
    low = tok.lower_
    if any(c.dep_ == "conj" and c.lower_ in _FIRST_PERSON for c in tok.children):
        return False  # "Mr Putin and I noted that Y": a transcript's own voice, like "I hope" or "we believe"
    if tok.pos_ == "PRON":
        return low in _PRONOUNS
    if tok.pos_ == "PROPN":
        return True
    if tok.ent_type_ in _NAME_ENTS:
        return True
    if tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.text in tok.doc.user_data.get(ARTICLE_NAMES, ()):
        return True  # "Evo Morales said X. Morales added Y": a name the parser took for a plural noun the second time
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text[:1].isupper() and _known_person_name(tok.text):
        return True  # "Vance says Y": a surname the tagger read as a common noun, which names one known person
    if tok.pos_ in ("NOUN", "ADJ"):
        if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children):
            return False  # "our people feel that ...": a speech's own voice, not a reported source
        if low in _GROUP_NOUNS and any(c.lower_ in ("both", "the") or c.dep_ == "nummod" for c in tok.children):
            return True  # "both countries", "the two governments", "the interlocutors": the parties of a readout
        # ("The joint understanding states that Y": any document the parties issued together speaks)
        return tok.lemma_.lower() in _SPEAKER_NOUNS or low in _SPEAKER_NOUNS or low in _DOCUMENTS and any(
            c.dep_ == "amod" and c.lower_ == "joint" for c in tok.children)
    return False


def reporting_subject(verb):
    """The subject of a cue verb whose complement wrongly swallowed ``verb`` as a conjunct.

    ``He charged that X lacked foundation, and dusted off warnings that ...``: the parser makes ``dusted`` a
    conjunct inside the ``charged`` clause; its real subject is that of ``charged``.
    """
    node = verb
    while node.dep_ == "conj" and node.head != node:
        node = node.head
        # "stressed that it was necessary to continue X and reaffirmed Y": a finite verb joined to an infinitive
        # is a misattached conjunct of the clause above it
        if node.dep_ == "xcomp" and verb.tag_ == "VBD" and node.tag_ == "VB":
            node = node.head
    if node != verb and node.dep_ == "parataxis":
        node = node.head  # "said X would damage Y, China included, and urged Z": an aside took the conjunct
    reporter = node.head
    for _ in range(MAX_SUBJECT_HOPS):
        # "said the move showed that the deal had failed and vowed Y": the reported clause may hold a clause of its
        # own ("showed that"); the cue is the nearest cue verb above
        if node.dep_ != "ccomp" or verb_lemma(reporter) in CUE_VERBS or reporter.dep_ != "ccomp":
            break
        node, reporter = reporter, reporter.head
    if node.dep_ in ("acl", "ccomp") and reporter.pos_ == "NOUN" and reporter.dep_ == "dobj" \
            and (reporter.head.lemma_.lower() in _LIGHT_VERBS or verb_lemma(reporter.head) in CUE_VERBS):
        # "expressed hope that the talks would succeed and noted Y", "dismissed claims that X and suggested Y": the
        # holder of the hope, the one dismissing
        reporter = reporter.head
    elif node.dep_ != "ccomp" or verb_lemma(reporter) not in CUE_VERBS:
        return None
    subj = subject(reporter)
    return subj if subj is not None and valid_speaker(subj) else None


def that_clause(noun):
    """The ``that``-clause complement of a noun (``warnings that ...``, ``hope the talks go on``), if any.

    Without ``that``, a clause with a subject of its own counts, also when the parser made it a participle
    modifying the noun (``confidence the bridge would be finished``); a relative pronoun subject never does. A
    "relative" clause opened by the conjunction ``that`` is a complement the parser mislabelled (``a stern warning
    that Moscow would respond``), unless its verb is one that makes or voices the noun (``the claims that he made``:
    a true relative).
    """
    return next((c for c in noun.children if c.i > noun.i and (
        c.dep_ in ("acl", "ccomp") and (any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or any(
            g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i and g.lower_ not in RELATIVES for g in c.children))
        or c.dep_ == "relcl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        and c.lemma_.lower() not in _LIGHT_VERBS)), None)


def that_relcl(noun):
    """A relative clause opened by ``that`` with a subject of its own (``a briefing that Georgia expected``, ``a
    meeting that the deliveries had been destroyed``), or one the parser made a clause of the noun (``warned Chinese
    counterparts that support would have consequences``)."""
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "that" and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in c.children):
            return c
    return None


def bare_clause_after(noun):
    """A clause without ``that`` right after an audience, which the parser made a relative clause of it though it
    lacks nothing a relative clause would (``told journalists he expected the chamber to approve Y``: its verb has a
    subject and a complement of its own); None otherwise (``the journalists he met``)."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.left_edge.i == noun.i + 1 and c.left_edge.lower_ not in RELATIVES \
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("PRON", "PROPN", "NOUN") for g in c.children) \
                and any(g.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for g in c.children):
            return c
    return None


# a clock time as a live blog stamps its entries ("14:05", "9.30"), and the zone after it ("14:30 GMT")
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_TIME_ZONES = words("time_zones")


def _single_bounds(head) -> tuple[int, int]:
    lo = hi = head.i
    for c in head.lefts:
        # a participle before the name is an adverbial clause the parser attached to it ("Welcoming X, Y said")
        if c.dep_ in _SPEAKER_DEPS_LEFT and c.tag_ not in ("VBG", "VBN"):
            lo = min(lo, c.left_edge.i)
    for c in head.rights:
        if c.dep_ in ("compound", "flat") and c.i == hi + 1:
            hi = c.i
        elif (c.dep_ == "prep" and c.i == hi + 1 and c.lower_ in ("of", "to", "for", "at")
              and (head.lemma_.lower() in _OFFICE_NOUNS or partitive_noun(head) is not None)
              and (c.right_edge.i - c.i <= MAX_OFFICE_PP or c.right_edge.i - c.i <= MAX_NAMED_OFFICE_PP
                   and c.right_edge.ent_type_ == "PERSON" and c.right_edge.pos_ == "PROPN")):
            # (and "two of the people": the group the part is of)
            # up to a comma: "envoy to Washington, Cui Tiankai," keeps the name out of the office
            # (a hyphen inside a name is no such stop: "the office of President Tsai Ing-wen", nor a comma inside a
            # list of the preposition's objects: "the foreign ministers of France, Germany and Britain")
            hi = next((t.i - 1 for t in c.subtree if t.is_punct and t.text not in ("-", "‐") and t.i > c.i
                       and not _list_goes_on(t, c)), c.right_edge.i)
        elif c.dep_ == "prep" and c.i == hi + 1 and c.lower_ == "of" and _name_goes_on(head, c):
            hi = c.right_edge.i  # "the Group of Seven", "The International Court of Justice": one name
    doc = head.doc
    # "the vice-president said": the tokenizer splits a hyphenated title and the parser makes each piece a subject;
    # the pieces written together, and their article, are the speaker
    while lo >= 2 and doc[lo - 1].text in ("-", "‐") and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].is_alpha:
        lo -= 2
        if lo >= 1 and doc[lo - 1].dep_ == "det" and doc[lo - 1].head.i == lo:
            lo -= 1
    # (nor a live blog's clock time that opens the sentence: "14:05 Putin tells parliament Y")
    while lo < head.i and (doc[lo].is_punct or doc[lo].dep_ == "case"
                           or lo == doc[lo].sent.start and _CLOCK_TIME.fullmatch(doc[lo].text)):
        lo += 1
    return lo, hi


def _list_goes_on(comma, prep) -> bool:
    """Whether a comma inside a preposition's phrase only separates the items of a list of its objects (``of France,
    Germany and Britain``): the word after it is a conjunct of a word in the phrase."""
    doc = comma.doc
    nxt = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    return comma.text == "," and nxt is not None and nxt.dep_ == "conj" and nxt.head.i in {t.i for t in prep.subtree}


def _name_goes_on(head, of) -> bool:
    """Whether ``of`` and the words after it continue the name of one institution the tagger found (``the Group of
    Seven``, ``The International Court of Justice``, ``the Bank of Russia``), not a person's or a country's
    (``Rudskoi of the General Staff``, ``The Government of Denmark``, ``the Republic of Korea``)."""
    words_ = [t for t in of.subtree if t.i > of.i]
    return (head.ent_type_ == "ORG" and head.lemma_.lower() not in _COLLECTIVE and 0 < len(words_) <= MAX_OFFICE_PP
            and all(t.ent_type_ == "ORG" and t.ent_iob_ == "I" for t in (of, *words_)))


def conjuncts(head) -> list:
    """The names joined to a subject head (``Mr Putin and Mr Bush``, ``Russia, China and India``), head first."""
    out = [head]
    node = head
    for _ in range(MAX_CONJUNCTS):
        nxt = [c for c in node.children if c.dep_ == "conj" and c.i > node.i and c.pos_ in ("PROPN", "NOUN")]
        if not nxt:
            break
        node = nxt[-1]
        out.extend(nxt)
    return out


def is_group(head) -> bool:
    """Whether a speaker is several sources: conjoined names, or modifiers joined on a plural (``the Russian and
    Iranian foreign ministries``)."""
    if len(conjuncts(head)) > 1:
        return True
    if any(c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON" and any(g.dep_ == "cc" for g in c.children)
           for c in head.lefts):
        return True  # "Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu": the first name a modifier
    return head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children)
                                                for c in head.lefts)


def np_bounds(head) -> tuple[int, int]:
    """Token-index bounds of the speaker phrase: the head with its left modifiers and name parts, and the names
    conjoined to it (``Both Mr Lavrov and Mr Kerry``).

    Offices named with a preposition keep it (``Secretary of State``, ``envoy to NATO``).
    """
    lo, hi = _single_bounds(head)
    for c in conjuncts(head)[1:]:
        hi = max(hi, _single_bounds(c)[1])
    pre = next((c for c in head.lefts if c.dep_ == "preconj"), None)
    if pre is not None:
        lo = min(lo, pre.i)
    return lo, hi


def named_apposition(head):
    """``Russia's envoy to NATO, Dmitry Rogozin, said``: the name in apposition to a role subject (capitalised or not:
    ``Spokesman of the Ministry of Foreign Affairs Esmaeil Baghaei, speaking to reporters, said``)."""
    if head.pos_ == "PRON" or head.pos_ == "PROPN" and head.lower_ not in _OFFICE_NOUNS:
        return head
    if head.pos_ == "PROPN":
        # a capitalised office takes a person's name only ("Cuba's Ministry of Foreign Affairs, known as MINREX" keeps
        # the ministry)
        return next((c for c in head.rights if _person_apposition(c)), head)
    for c in head.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and (c.ent_type_ in ("PERSON", "ORG", "") or head.lower_ == "one"
                                                         or _person_apposition(c)):
            # ("One of the pro-Kremlin channels, Readovka, told": whatever the tagger took the name for; "The Bolivian
            # ambassador, Sacha Llorenty," two name words the tagger took for a building)
            return c
        # "Beijing's envoy to Washington, Cui Tiankai, said": the parser hangs the name on the office's object, or
        # deeper in the office's phrase, set off by a comma ("The head of the administration in Crimea, Sergei
        # Aksyonov, said")
        if c.dep_ == "prep" and head.lemma_.lower() in _OFFICE_NOUNS:
            for g in c.children:
                for a in g.children:
                    if _person_apposition(a):  # (the tagger may fold the name into the place)
                        return a
            doc = head.doc
            deep = next((a for a in c.subtree if _person_apposition(a) and a.head.i != c.i
                         and doc[a.left_edge.i - 1].text == ","), None)
            if deep is not None:
                return deep
    doc = head.doc
    lo = head.left_edge.i
    if lo >= 2 and doc[lo - 1].text == ",":
        # "Kim Eui-kyeom, the spokesman for President Moon, said": the parser split the hyphenated name, hung it on
        # the verb and took the description for the subject
        name = doc[lo - 2]
        if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.head.i == head.head.i \
                and name.dep_ in ("npadvmod", "nsubj", "dep") and name.left_edge.i == name.sent.start:
            return name
    return head


def _person_apposition(tok) -> bool:
    """Whether ``tok`` is a person's name in apposition: tagged so, or two name words."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" or any(
        x.dep_ in ("compound", "flat") and x.pos_ == "PROPN" for x in tok.lefts))


def speaker_span(ctx, off: int, head) -> Span:
    """The character span of the speaker phrase headed by ``head``."""
    lo, hi = np_bounds(head)
    doc = head.doc
    return ctx.span(ctx.start(off, doc[lo]), ctx.end(off, doc[hi]))


def _outlet_key(text: str) -> str:
    """A speaker phrase or outlet name as :func:`is_media` compares them: lower case, one space, no ``the``, no
    possessive ``'s``."""
    low = " ".join(text.lower().replace("’", "'").split())
    if low.endswith("'s"):
        low = low[:-2]
    return low[4:] if low.startswith("the ") else low


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """The lexicon's ``news_media`` and the names and aliases of the bundled knowledge base's outlets (type
    ``media``): the linker drops a speaker it resolves to an outlet, so the extractor must know the same outlets, or
    ``KCNA said Kim told officials that Y`` loses Kim's statement, nested in an agency's that is dropped later."""
    from ..kb import load_kb  # the knowledge base is read once per process and cached

    names = {_outlet_key(n) for a in load_kb().actors.values() if a.type == "media" for n in (a.name, *a.aliases)}
    return frozenset(_MEDIA | names)


@lru_cache(maxsize=4096)
def _known_person_name(word: str) -> bool:
    """Whether the bundled knowledge base knows ``word`` as the name or alias of exactly one person."""
    from ..kb import load_kb  # the knowledge base is read once per process and cached

    return load_kb().sole_person(word) is not None


def is_media(text: str, head=None) -> bool:
    """Whether a speaker phrase names a news agency or outlet (``Tass``, ``the Interfax news agency``)."""
    low = _outlet_key(text)
    outlets = _outlets()
    if low in outlets or (head is not None and head.lower_ in outlets and head.pos_ == "PROPN"):
        return True
    for suffix in _MEDIA_SUFFIXES:
        if low.endswith(" " + suffix) and low[: -len(suffix) - 1] in outlets:
            return True
    parts = low.split()
    if len(parts) > 1 and parts[-1] in _STATE_BROADCASTER and parts[-2] in ("state", "state-run"):
        return True  # "Iranian state television", "state TV": an outlet, whichever the country's is
    # "the official IRNA news agency", "the state-run Xinhua agency": an outlet's name before the head noun
    return head is not None and head.lower_ in _MEDIA_SUFFIXES and any(
        c.dep_ == "compound" and c.lower_ in outlets and c.pos_ == "PROPN" for c in head.subtree if c.i < head.i)
