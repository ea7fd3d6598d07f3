"""The extraction rules. Each is registered by name; see :mod:`pipeline.extract.registry` for the contract.

Verb cues share one analysis of the cue verb (:func:`verb_frame`: cue span, subject, speaker phrase, complements)
and differ in where the content comes from:

- ``verb_clause``: a clausal complement, ``X insisted (that) Y``, ``told a briefing that Y``;
- ``verb_infinitive``: ``X promised to Y``, ``X urged Z to Y``;
- ``verb_object``: an object or preposition, ``X denied the charges``, ``X called for Y``, ``X accused Z of Y``,
  ``X called it "Y"``;
- ``verb_quote``: no complement, a quote next to the cue, ``"Y," X said`` / ``X said: "Y"``;
- ``verb_parenthetical``: ``The world will, he added, become ...``;
- ``verb_as_clause``: ``As the envoy said, the matter can wait``;
- ``verb_trailing``: ``<content>, he said`` where the parser left the content unattached;
- ``verb_inverted``: ``<content>, warned President Putin`` where the parser did not take the speaker for the subject.

``make_clear`` reads ``X made clear that Y`` (``make`` is a cue only with a word of clarity).

``document_reads`` reads ``The message read, in part: "Y"`` from the words, however the parser took them.
``copula_stance`` takes stances held rather than voiced (``X is convinced that Y``, ``X is in favour of Y``);
``passive_cue`` the agentless passives of readouts (``It was noted that Y``, ``Proposals were made to Y``).

Noun cues share :func:`noun_frame` (``warnings that Y``): ``noun_clause`` (``his warnings that``),
``light_verb_noun`` (``expressed hope that``), ``verb_noun_clause`` (``repeated Moscow's view that``).
``light_verb_noun_object`` takes attitude nouns with a preposition (``expressed concern over Y``), ``noun_by_source``
a proposal whose source follows it (``Acting on a proposal by X, ...``), ``proposal_noun`` one whose source owns or
puts it forward (``X's proposal to Y``, ``X put forward an initiative to Y``), ``opinion_phrase`` ``In X's opinion, Y``.
``according_to`` handles ``according to X``; ``as_seen`` ``As he saw it, Y``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lexicon import sets, table, words
from ..records import Span
from .base import COLON_LEAD_IN, QUOTE_MARKS, TIME_ENTS, Context
from .registry import rule
from .speakers import (CUE_VERBS, RELATIVES, bare_clause_after, conjuncts, coordinated_cue, is_media,
                       named_apposition, negated, reporting_subject, set_off_participle, speaker_span,
                       stranded_conjunct, subject, that_ccomp, that_clause, that_relcl, valid_speaker, verb_lemma)

# ``A Defence Ministry statement said``: a document subject joins the cue span when it stands at most this many
# tokens before the verb; further away (``a statement issued on Monday said``) the cue is the verb alone.
DOC_CUE_REACH = 3
# How far up the tree a stance is looked for inside a reported clause (``X said that the more ..., the more he was
# convinced``): comparative and coordinated clauses add two or three levels.
MAX_REPORT_DEPTH = 6
# ``Talks resume, he said``: a content before a trailing cue has at least this many words, so that a fronted phrase
# (``Later, he said``) is never taken for one.
MIN_TRAILING_CONTENT = 4
# "In the Kremlin's assessment, he added, Y": a cue set off right after an opinion phrase (a comma, a pronoun or a
# two-word name, the verb) stands at most this many tokens after it.
OPINION_CUE_REACH = 5
# "According to NATO spokesman Jamie Shea, Y": a source phrase the parser did not attach to "to" is read up to the
# next comma when it is at most this many tokens long (a name with a title and an office).
MAX_SOURCE_PHRASE = 10
# A headline (a one-sentence paragraph without closing punctuation) is at most this many tokens; longer unpunctuated
# lines are list items or captions, not headlines.
MAX_HEADLINE_TOKENS = 16
# "said in an interview with a state broadcaster that Y": a that-clause is looked for this many preposition phrases
# deep after the cue (a place, a medium and its owner at most)
MAX_PREP_CHAIN = 3
_OBJECT_VERBS = words("object_verbs")
_CLAUSAL_VERBS = words("clausal_verbs")
_INFINITIVE_VERBS = words("infinitive_verbs")
_GERUND_VERBS = words("gerund_verbs")
_EVIDENCE_NOUNS = words("evidence_nouns")
_ADDRESSEE_INFINITIVE_VERBS = words("addressee_infinitive_verbs")
_APPEAL_ADDRESSEES = words("appeal_addressees")
_PROPOSAL_NOUNS = words("proposal_nouns")
# a light verb in an agentless passive -> the lexicon list its subject noun must come from
_PASSIVE_LIGHT_VERBS = dict(table("passive_light_verbs"))
_AUDIENCE_VERBS = words("audience_verbs")
_AUDIENCE_NOUNS = words("audience_nouns")
_CUE_NOUNS = words("cue_nouns")
_NAMING_VERBS = words("naming_verbs")
_AS_IDIOM_PARTICIPLES = words("as_idiom_participles")
_TIME_SUBORDINATORS = words("time_subordinators")
_PREP_CONTENT = sets("prep_content")
_QUESTION_VERBS = words("question_verbs")
_PURPOSE_NOUNS = words("purpose_nouns")
_BROADCAST_NOUNS = words("broadcast_nouns")
# the tags of a finite verb: a clause of its own inside a phrase
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_SOURCING_TERMS = words("sourcing_terms")
_GLOSS_PARTICIPLES = words("gloss_participles")
_QUESTION_WORDS = words("question_words")
_NEEDS_PARTICLE = sets("verbs_needing_particle")
_DOCUMENTS = words("document_nouns")
_POSTED = words("posted_nouns")
_LIGHT_VERBS = words("light_verbs")
_DOCUMENT_VERBS = words("document_verbs")
_STANCE_PHRASE_NOUNS = words("stance_phrase_nouns")
_ATTITUDE_NOUNS = words("attitude_nouns")
_BARE_ATTITUDE_NOUNS = words("bare_attitude_nouns")
_BARE_ATTITUDE_VERBS = words("bare_attitude_verbs")
_WITHDRAWAL_VERBS = words("withdrawal_verbs")
_WITHDRAWN_NOUNS = words("withdrawn_nouns")
_ASSESSMENT_NOUNS = words("assessment_nouns")
_ASSESSMENT_VERBS = words("assessment_verbs")
_OPINION_NOUNS = words("opinion_nouns")
_JOINT_VERBS = words("joint_verbs")
_PERSON_VERBS = words("person_verbs")
_GERUND_PREPS = words("gerund_cue_preps")
_GREETING_VERBS = words("greeting_verbs")
_QUOTE_ONLY_VERBS = words("quote_only_verbs")
_PERSON_NOUNS = words("person_nouns")
# who may hold a feeling named after "of": office holders, and people named as a crowd ("people", "officials",
# "soldiers")
_HOLDER_NOUNS = _PERSON_NOUNS | words("plural_anonymous") | words("people_plurals")
# people a host greets as a group ("welcomed the veterans"), beside the office holders of person_nouns
_GREETED_NOUNS = _PERSON_NOUNS | words("guest_nouns")
_REMOVAL_VERBS = words("removal_verbs")
_REMOVED_NOUNS = _PERSON_NOUNS | words("office_holder_nouns")
_PASSIVE_CUES = words("passive_cue_verbs")
_ATTITUDE_VERBS = words("attitude_verbs")
# attitude nouns that are a cue only after these verbs: "attached great importance to Y" voices a position, while
# "confirmed the importance of Y" is the verb's own object
_ATTITUDE_NOUN_VERBS = sets("attitude_noun_verbs")
# attitude verbs that are a cue only with these nouns: "exchanged greetings on Y", not "exchanged views on Y"
_ATTITUDE_VERB_NOUNS = sets("attitude_verb_nouns")
_TOPIC_VERBS = words("topic_verbs")
_TOPIC_PREPS = words("topic_preps")
# attitude nouns whose "to" names the addressee, not the content ("issued a warning to its citizens against Y")
_ADDRESSED_NOUNS = words("addressed_attitude_nouns")
_MODALS = words("modal_verbs")
# In the present tense these verbs state a view the journalist ascribes ("a project Moscow regards as a threat", "it
# suggests that"), not a reported statement; in the past they report one ("He regarded X as a priority").
_VIEW_VERBS = words("view_verbs")
# "the aide who speaks for the Kremlin": a present-tense cue with one of these particles describes a role
_ROLE_PARTICLES = sets("role_particle_verbs")
# the subjects through which a body's own release states its view in the present ("The Russian side regards X as Y")
_OWN_VOICE_HEADS = words("own_voice_heads")
# States of mind that read as part of a reported clause, whatever their tense ("said Russia would not leave an ally
# and regarded sanctions as wrong": Russia's view, not a second statement of the reporter's)
_BELIEF_VERBS = words("belief_verbs")
_REPORTER_ACTS = words("reporter_act_verbs")
_MEETING_NOUNS = words("meeting_nouns")
_ADDRESSEE_OBJECT_VERBS = words("addressee_object_verbs")
_HOLDER_RELATIVE_VERBS = words("holder_relative_verbs")
_CLARITY_WORDS = words("clarity_words")
_NOT_SOURCES = words("not_sources")
_EVALUATIVE_ADVERBS = words("evaluative_adverbs")
_EVALUATED_PREPS = words("evaluated_preps")
# verbs of judging that voice a judgement only with an evaluative adverb ("highly assessed the talks")
_ASSESSING_VERBS = words("assessing_verbs")
_MEETING_VERBS = words("meeting_verbs")
_STANCE_ADJECTIVES = words("stance_adjectives")
_STANCE_PHRASE_VERBS = words("stance_phrase_verbs")
_AFTER_OBJECT_PARTICLES = words("after_object_particles")
# verbs that voice a judgement only with a verbless clause: "X found the stance tougher than Y's"
_SMALL_CLAUSE_VERBS = words("small_clause_verbs")
_FINDING_SOURCES = words("finding_sources")
# the tags of opening and closing quotation marks (not the apostrophe of a possessive, "countries’")
_QUOTE_TAGS = frozenset(("``", "''"))
# verbs that report a statement as "X quoted / cited Y as saying Z"
_QUOTING_VERBS = words("quoting_verbs")
# conjunctions of a condition the parser hangs on the cue rather than on its content ("threatened to Y if Z"), which
# also goes on saying after a trailing cue ("The decision could be reversed, it added, but only if Y")
_CONDITION_MARKS = words("condition_marks")
_AS_CLAUSE_CONTENT_PREPS = words("as_clause_content_preps")
_OCCASION_NOUNS = words("occasion_nouns")
_SOURCE_CITING_VERBS = words("source_citing_verbs")
_CITED_SOURCES = words("cited_sources")
_ANY_POS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
            "SCONJ", "SYM", "VERB", "X")


@dataclass
class VerbFrame:
    """What every verb rule needs to know about one cue verb.

    Args:
        off, tok: the cue token and its paragraph offset.
        cue: character bounds of the cue (with a particle, ``called for``, or a document subject, ``statement said``).
        speaker: the speaker phrase; spk_tok: its head token.
        primary: ``clause``, ``infinitive`` or ``object`` (the strongest complement found), None without one.
        region: the content bounds of the complements, None without one.
    """

    off: int
    tok: object
    cue: tuple[int, int]
    speaker: Span | None
    spk_tok: object
    primary: str | None
    region: tuple[int, int] | None
    _quote: object = False

    def quotes(self, ctx: Context):
        """The quotes just before and just after the ``X said`` group (cached)."""
        if self._quote is False:
            off, tok = self.off, self.tok
            sent = tok.sent
            s0, s1 = ctx.start(off, sent[0]), ctx.end(off, sent[-1])
            spk = self.speaker or ctx.span(*self.cue)
            group_s = min(self.cue[0], spk.start) if spk.start >= s0 else self.cue[0]
            group_e = max(self.cue[1], spk.end) if spk.end <= s1 else self.cue[1]
            reporter = _quoting_reporter(tok)
            if reporter is not None:  # '"Y," the transcript quoted Shoigu as telling the commanders'
                group_s = min(group_s, ctx.start(off, reporter.left_edge))
            self._quote = ctx.quotes_around(group_s, group_e, s0, s1)
        return self._quote

    def quote(self, ctx: Context):
        """A quote adjacent to the ``X said`` group, the one before it first."""
        before, after = self.quotes(ctx)
        return before or after


def _quoting_reporter(verb):
    """The subject of the verb that quotes ``verb``'s speaker (``the transcript`` of ``the transcript quoted Shoigu as
    telling``): the whole ``X quoted Y as saying`` group stands next to the quote; None for any other verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_ not in _QUOTING_VERBS:
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.head.i), None)


def verb_frame(ctx: Context, off: int, tok) -> VerbFrame | None:
    """The analysis of a cue verb, computed once per token and shared by the verb rules."""
    key = ("verb", off, tok.i)
    if key not in ctx.memo:
        ctx.memo[key] = _verb_frame(ctx, off, tok)
    return ctx.memo[key]


def _joint_subject(tok) -> bool:
    """Whether a verb's subject is plural or compound (``the sides``, ``Russia and China``) or it names a partner
    (``agreed with Macron``), as ``agreed to`` needs."""
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and valid_speaker(g) and g.pos_ != "PRON"
                                                          for g in c.children) for c in tok.children):
        return True  # "Putin agreed with Macron on Y": two parties, as "the sides agreed"
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in ("they", "both", "all") or any(c.dep_ == "conj" for c in subj.children):
        return True
    # "the sides", "the two presidents", "both leaders"; not a bare plural ("EU leaders agreed to extend sanctions")
    return subj.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("det", "nummod", "predet") for c in subj.children)


def _evaluated(tok, lemma: str) -> frozenset[str]:
    """The prepositions that take what a verb of speaking judged (``spoke highly about Y``, ``spoke warmly of Y``):
    an evaluative adverb turns a topic (``spoke about Y``) into a position."""
    if lemma in _PERSON_VERBS and any(c.dep_ == "advmod" and c.lower_ in _EVALUATIVE_ADVERBS for c in tok.children):
        return _EVALUATED_PREPS
    return frozenset()


def _when_clause(verb) -> bool:
    """Whether a clause the parser hung on a cue tells when it was said: it opens with a time subordinator
    (``after the government gave Z``) or with a time phrase that holds one (``a day after the allies adopted Z``,
    where the parser may take ``after`` for a preposition of ``day``)."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False  # "acknowledged that after the breakup of the USSR much had been lost": a report
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in _TIME_SUBORDINATORS:
            return True
        if c.dep_ == "npadvmod" and c.i < verb.i and c.left_edge.i == verb.left_edge.i and any(
                g.lower_ in _TIME_SUBORDINATORS for g in c.children):
            return True
    return False


def _opens_with_that(clause) -> bool:
    """Whether a clause opens with its complementiser ``that`` (``that the ship had fired``)."""
    return any(g.dep_ == "mark" and g.lower_ == "that" and g.i == clause.left_edge.i for g in clause.children)


def _indirect_question(head, cue) -> bool:
    """Whether a complement is an indirect question: opened by a question word as its mark, adverb, subject or object
    (``whether Y``, ``how Y``, ``who ordered it``, ``what they want``), or a question word itself.

    Args:
        head: the complement's head token.
        cue: the cue verb's token.
    """
    # "what" as subject or object more often opens a free relative, the thing said ("condemned what he called X"),
    # and a "who" before the cue is a relative pronoun ("its peacekeepers, who he said had done Y")
    return head.lower_ in _QUESTION_WORDS or any(
        g.lower_ in _QUESTION_WORDS and g.i < head.i and (g.dep_ in ("mark", "advmod") or (
            g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.i == head.left_edge.i and g.i > cue.i
            and g.lower_ != "what"))
        for g in head.children)


def _complements(tok, lemma: str) -> list[tuple[str, object]]:
    """The complements of a cue verb that hold its content, each with its kind (clause, infinitive, object).

    A joint verb (``agree``) takes an infinitive or object only with a plural or compound subject: ``the sides
    agreed to meet`` reports what was said at a meeting, ``NATO agreed to create a force`` is a decision.
    """
    heads: list[tuple[str, object]] = []
    joint_only = lemma in _JOINT_VERBS and not _joint_subject(tok)
    children = list(tok.children) + [g for c in tok.children if c.dep_ == "advmod" for g in c.children
                                     if g.dep_ == "prep" and g.i > tok.i  # "spoke positively of X"
                                     # "said earlier that Y": the parser hung the clause on the adverb
                                     or g.dep_ == "ccomp" and g.i > c.i > tok.i and _opens_with_that(g)]
    # "argued against supporting the plan": a gerund after most prepositions takes a clause, never an object, which
    # would be the thing argued about; "by/in calling on X to" and "what he called X" keep theirs.
    # ("with Peskov calling them 'absurd'" is a clause of its own, with a subject: it keeps all its complements.)
    clause_only = joint_only or tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ not in _GERUND_PREPS \
        and not any(c.dep_ == "nsubj" for c in tok.children)
    # "Speaking about X, Mr Putin noted that Y": a participle of a topic verb names the topic, not what was said
    clause_only = clause_only or lemma in _TOPIC_VERBS and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "pcomp")
    for_clause = _for_clause(tok, lemma)
    for c in children:
        if clause_only and c.dep_ != "ccomp":
            continue
        if c.dep_ == "dobj" and c.i < tok.i and tok.dep_ == "parataxis":
            continue  # "The side's actions, the President underlined, were Y": a cue set off has no object before it
        if c.dep_ == "ccomp" and _when_clause(c):
            continue  # "Y, the ministry said on Monday, a day after the government gave Z": when, not what
        if c.dep_ == "ccomp":
            if coordinated_cue(c):
                continue  # "said X but warned that Y": the second cue's, with a statement of its own
            if c.i > tok.i and _media_tail(c):
                # "said the pier would reopen, Interfax reported" with the clause hung on "reported": the agency
                # reports the statement; the clause before it is the content
                inner = next((g for g in c.children if g.dep_ == "ccomp" and tok.i < g.i < c.i), None)
                if inner is not None:
                    heads.append(("clause", inner))
                continue
            if c.pos_ in ("NOUN", "PROPN", "NUM") and not any(g.dep_ in ("nsubj", "nsubjpass", "mark")
                                                             for g in c.children):
                continue  # "..., in particular the fight against terrorism": a noun phrase is no clause
            if _audience_participle(tok, c, lemma):
                # '"Y," Yeltsin told the leaders gathered at the summit': the audience's participle, which may hold
                # the that-clause the parser hung on its place ("... gathered at the summit that Y")
                # (or the parser's relative clause on that place, "the summit that the pier would reopen")
                for p in (g for g in c.children if g.dep_ == "prep"):
                    place = next((o for o in p.children if o.dep_ == "pobj"), None)
                    found = _that_clause_under(p) or (that_relcl(place) if place is not None else None)
                    if found is not None:
                        heads.append(("clause", found))
                continue
            heads.append(("clause", c))
        elif c.dep_ == "conj" and c.i > tok.i and heads and heads[-1][0] == "clause" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            heads.append(("clause", c))  # "told X that A, but that B": the parser hung B on the cue
        elif c.dep_ == "conj" and c.pos_ == "ADP" and heads and heads[-1][0] == "clause" \
                and c.i > heads[-1][1].right_edge.i and all(
                    t.is_punct or t.dep_ in ("cc", "advmod") for t in tok.doc[heads[-1][1].right_edge.i + 1:c.i]):
            # "reiterated that Russia was interested in X, but only on the basis of Y": the parser hung the clause's
            # last phrase, a verbless conjunct, on the cue
            heads.append(("clause", c))
        elif c.dep_ == "conj" and c.i > tok.i and not any(g.dep_ == "ccomp" for g in children) and any(
                g.dep_ == "mark" and g.lower_ == "that" and tok.doc[g.i - 1].text == "," for g in c.children):
            # "argued then, and for the rest of his life, that Y": the aside before the clause made it a conjunct
            heads.append(("clause", c))
        elif c.dep_ == "advcl" and c.i > tok.i and (second := _second_subject(tok, c)) is not None:
            # "said China, as a close neighbour, wanted Y": the parser made the reported clause's subject a second
            # subject of the cue and its verb an adverbial clause
            heads.extend((("clause", second), ("clause", c)))
        elif c.dep_ == "advcl" and c == for_clause:
            heads.append(("object", c))  # "called for the pipeline to be halted"
        elif c.dep_ == "prep" and lemma in _CLAUSAL_VERBS and (unproven := _unproven_clause(c)) is not None:
            heads.append(("clause", unproven))  # "claimed without providing evidence that Y"
        elif c.dep_ == "prep" and _that_clause_under(c) is not None:
            heads.append(("clause", _that_clause_under(c)))  # "stressed at the meeting that X"
        elif c.dep_ in ("xcomp", "advcl") and lemma in _AUDIENCE_VERBS and c.tag_ == "VBG" and c.i == tok.i + 1 \
                and any(g.dep_ == "dobj" for g in c.children) and that_ccomp(c) is not None:
            heads.append(("clause", that_ccomp(c)))  # "told visiting officials that Y": "visiting" read as a verb
        elif c.dep_ == "npadvmod" and c.i > tok.i and _that_clause_on_time(tok, c) is not None:
            heads.append(("clause", _that_clause_on_time(tok, c)))  # "said the same day that Y"
        elif c.dep_ == "advcl" and lemma in _INFINITIVE_VERBS and _dated_infinitive(tok, c):
            heads.append(("infinitive", c))  # "threatened on November 11 to cut Y": a purpose clause to the parser
        elif c.dep_ == "prep" and lemma in _INFINITIVE_VERBS \
                and (occasion := _infinitive_on_occasion(tok, c, lemma)) is not None:
            heads.append(("infinitive", occasion))  # "urged X in a video address not to Y"
        elif c.dep_ == "advcl" and c.i > tok.i and _asked_that(tok, c) is not None:
            heads.append(("clause", _asked_that(tok, c)))  # "said when asked about X that Y"
        elif c.dep_ == "nsubj" and c.i > tok.i and lemma in _CLAUSAL_VERBS and _second_subject_clause(tok, c):
            heads.append(("clause", c))  # "X said Iran's refusal to let inspectors in should Y": a second subject
        elif c.dep_ in ("advcl", "xcomp", "dobj") and c.pos_ in ("VERB", "AUX") and c.i > tok.i \
                and _adverb_that(tok, c):
            # "would say only that Y": the adverb made the clause adverbial (or an open complement or an object,
            # "he said only that the two presidents 'speak often'")
            heads.append(("clause", c))
        elif c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.i > tok.i and lemma in _GERUND_VERBS \
                and all(t.dep_ in ("prt", "advmod") for t in tok.doc[tok.i + 1:c.i]):
            # "denied sending troops", "proposed holding a summit", "ruled out sending troops" (an adverbial to the
            # parser, right after the particle)
            heads.append(("object", c))
        elif c.dep_ == "xcomp" and lemma in _INFINITIVE_VERBS or _appeal_infinitive(tok, c, lemma):
            if lemma in _ADDRESSEE_INFINITIVE_VERBS and not any(g.dep_ == "dobj" and g.i < c.i for g in children):
                continue  # "asked Y to Z" reports a request; "asked not to be named" is a source's condition
            heads.append(("infinitive", c))
        elif c.dep_ == "dobj" and lemma in _AUDIENCE_VERBS and that_relcl(c) is not None:
            heads.append(("clause", that_relcl(c)))  # "told a briefing that X": the parser's relative clause
        elif c.dep_ == "dobj" and lemma in _AUDIENCE_VERBS and c.i > tok.i and bare_clause_after(c) is not None:
            heads.append(("clause", bare_clause_after(c)))  # "told journalists he expected X": the same, with no "that"
        elif c.dep_ == "dobj" and lemma in _AUDIENCE_VERBS and _audience_prep(c, lemma) is not None:
            # "informed his counterpart about X": the parser hangs the preposition on the audience
            heads.append(("object", _audience_prep(c, lemma)))
        elif c.dep_ == "dobj" and lemma in _CLAUSAL_VERBS and lemma not in _OBJECT_VERBS and c.i > tok.i and any(
                g.dep_ == "amod" and g.tag_ == "VBD" and c.left_edge.i < g.i < c.i for g in c.children):
            # "said the West bore full responsibility for Y": the parser read the reported verb as an adjective of
            # its object, the whole clause as the cue's object
            heads.append(("clause", c))
        elif c.dep_ == "dobj" and lemma in _CLAUSAL_VERBS and lemma not in _OBJECT_VERBS and c.i > tok.i and any(
                g.dep_ == "acl" and g.tag_ in ("VBN", "VBD") and g.i > c.i and any(
                    h.dep_ in ("advcl", "ccomp", "dobj", "xcomp") for h in g.children) for g in c.children):
            # "said the UN resolutions allowed for sanctions to be eased": the parser read the reported verb as a
            # participle of its subject, which it made the cue's object
            heads.append(("clause", c))
        elif c.dep_ == "dobj" and lemma in _OBJECT_VERBS and c.lower_ not in _AUDIENCE_NOUNS \
                and lemma not in _TOPIC_VERBS:  # "focused on X, Y and Z": a topic verb's object is a stray topic
            if _attitude_target(c) is not None:
                continue  # "confirmed their interest in X": the attitude noun's own rule takes X
            if lemma in _AUDIENCE_VERBS and any(g.dep_ == "ccomp" and g.i > c.i for g in tok.children):
                continue  # "warned Beijing that Y", "promised Kyiv that Y": the object is who was told
            if lemma in _GREETING_VERBS and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _GREETED_NOUNS):
                continue  # "welcoming the envoy" greets a person; "welcomed the decision" is a position
            if lemma in _REMOVAL_VERBS and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _REMOVED_NOUNS):
                continue  # "dismissed his predecessor" removes a person; "dismissed the charges" rejects a claim
            if lemma in _ADDRESSEE_OBJECT_VERBS and not any(g.dep_ == "xcomp" for g in tok.children) \
                    and not any(t.lower_ == "to" and t.dep_ == "aux" for t in c.subtree):
                continue  # "invited the guest countries" names who came; "invited X to visit Y" is a proposal
            if not (c.lemma_.lower() in _CUE_NOUNS and that_clause(c) is not None):
                heads.append(("object", c))
        elif c.dep_ == "xcomp" and c.left_edge.lower_ in _PREP_CONTENT.get(lemma, ()) and c.left_edge.tag_ == "IN" \
                and c.left_edge.dep_ == "aux":
            heads.append(("object", c))  # "likened the leaders to 'sleepwalkers' heading ...": "to" taken for "to Y"
        elif c.dep_ == "dobj" and lemma in _NAMING_VERBS and _names_something(tok):
            heads.append(("object", c))  # "labelled the strategy 'a recipe for confrontation'": the name is on it
        elif (c.dep_ == "oprd" and lemma in _NAMING_VERBS or lemma in _NAMING_VERBS and c is _second_object(tok)) \
                and not _source_label(tok, c):
            heads.append(("object", c))
            heads.extend(("object", g) for g in tok.children if g.dep_ == "dobj" and g.i < c.i)
        elif c.dep_ == "prep" and (c.lower_ in _PREP_CONTENT.get(lemma, ()) or c.lower_ in _evaluated(tok, lemma)):
            if c.lower_ == "in" and not _through_stance(c):
                continue  # "speaking in Washington": only "in favour of X" carries content
            if not any(g.dep_ in ("pobj", "pcomp") or c.lower_ == "as" and g.pos_ == "ADJ" and (
                    lemma not in _VIEW_VERBS or any(o.dep_ == "dobj" for o in tok.children)) for g in c.children):
                # "less than they had hoped for": a stranded preposition has no content ("described the draft as
                # unbalanced" has: the parser hangs the adjective on "as", and so has "a cost he described as
                # worthwhile"; but "the best deal he saw as possible" is a view inside the noun's phrase)
                continue
            if _prep_object(c).ent_type_ in TIME_ENTS:
                continue  # "insisted on Thursday that Y": a date, not what was insisted on
            if _prep_object(c).lemma_.lower() in _SOURCING_TERMS:
                continue  # "briefed reporters on condition of anonymity": the terms, not the content
            if lemma in _TOPIC_VERBS and c.lower_ in _TOPIC_PREPS and c.lower_ not in _evaluated(tok, lemma) \
                    and _prep_object(c).lemma_.lower() not in _ATTITUDE_NOUNS \
                    and not any(t.tag_ in _QUOTE_TAGS for t in _prep_object(c).subtree):
                # "spoke of the efforts to Y" names a topic; "spoke of the need to Y" states a position, and so does
                # a quoted characterisation ("spoke of 'a turning point' for Y")
                continue
            heads.append(("object", c))
            # "provides for the peninsula and the city to join Russia": the infinitive of the preposition's object,
            # which the parser hung on the verb right after it
            heads.extend(("object", g) for g in children if g.dep_ == "advcl" and g.left_edge.i == c.right_edge.i + 1
                         and g.left_edge.dep_ == "aux" and g.left_edge.lower_ == "to")
    if heads and "as" in _PREP_CONTENT.get(lemma, ()) and not clause_only:
        stray = _stray_as(tok)
        if stray is not None and any(g.dep_ == "pobj" for g in stray.children):
            heads.append(("object", next(g for g in stray.children if g.dep_ == "pobj")))  # the "Y" of "X as Y"
        # "rejected the accusations as baseless": the parser may make "as baseless" an adverbial adjective
        # (or a participle: "rejected the text as one-sided")
        heads.extend(("object", c) for c in tok.children if c.dep_ == "advcl" and (
            c.pos_ == "ADJ" or c.tag_ == "VBN" and c.lower_ not in _AS_IDIOM_PARTICIPLES) and any(
            g.lower_ == "as" and g.i == c.left_edge.i for g in c.children))
    if lemma in _SOURCE_CITING_VERBS and heads and all(_cited_source(h) for _, h in heads):
        return []  # "he said, citing American sources": the source of what he said, not a statement of its own
    if any(k == "clause" and h.i < tok.i for k, h in heads):
        # "Serbia has received X, President Vucic confirmed on Monday, a delivery likely to add to Y": a noun phrase
        # set off by a comma after a trailing cue is the journalist's comment on the clause before it
        doc = tok.doc
        heads = [(k, h) for k, h in heads if not (k == "object" and h.i > tok.i and h.dep_ == "dobj"
                                                  and doc[h.left_edge.i - 1].text == ",")]
    if lemma not in _QUESTION_VERBS:
        # "to establish who ordered it", "explained how it works": an indirect question, not what was said
        heads = [(k, h) for k, h in heads if not _indirect_question(h, tok)]
    if heads:
        last = max(h.right_edge.i for _, h in heads)
        # "threatened to target X if Y", "warned of an escalation if Y": the parser hangs the condition on the cue,
        # but it is part of what was threatened (kind "condition": it never decides which verb rule takes the content)
        heads.extend(("condition", c) for c in tok.children if c.dep_ == "advcl" and c.i > last and any(
            g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in c.children))
    # "... for X" / "of X": keep the object, not the preposition.
    return [(k, o) for k, h in heads for o in (_prep_objects(h) if h.dep_ == "prep" else (h,))]


def _source_label(verb, name) -> bool:
    """``citing what he called American sources``: a free relative ``what X called Y`` whose label is a source says
    where words came from, not what was said (``toured what he called a reckless plan`` labels, and is a statement);
    nor does a place's name in another language (``Stepanakert, which Azerbaijan calls Khankendi``): a singular proper
    name without quotes after a relative object is a name, not a judgement."""
    if name.tag_ == "NNP" and not any(t.tag_ in _QUOTE_TAGS for t in name.subtree) \
            and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children) and _names_source(name)


def _cited_source(head) -> bool:
    """Whether a complement of ``cite`` names a source (``American sources``, ``what he called intelligence data``): its
    noun, or the name a free relative ``what he called X`` gives, is one of the lexicon's cited sources."""
    if head.dep_ == "ccomp" and any(c.lower_ == "what" for c in head.children):
        head = next((c for c in head.children if c.dep_ in ("oprd", "dobj") and c.lower_ != "what"), head)
    return _names_source(head)


def _names_source(tok) -> bool:
    """Whether a noun is one of the lexicon's cited sources, by its lemma or as written (``sources``, ``data``)."""
    return tok.lemma_.lower() in _CITED_SOURCES or tok.lower_ in _CITED_SOURCES


def _appeal_infinitive(verb, c, lemma: str) -> bool:
    """``The draft resolution calls on all parties to refrain from Y``: the infinitive of an appeal the parser made a
    purpose clause, after the addressee of ``call on`` (a verb with a particle of content and an infinitive), right
    after it or after the occasion's phrases (``called on the council during a press conference in Bergen to Y``)."""
    if c.dep_ != "advcl" or c.tag_ != "VB" or lemma not in _INFINITIVE_VERBS or lemma not in _NEEDS_PARTICLE \
            or not any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children):
        return False
    prep = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ in _NEEDS_PARTICLE[lemma]
                 and p.i < c.i and (p.right_edge.i == c.left_edge.i - 1 or _occasion_between(verb, p, c)
                                    and any(_addressee(g) for g in p.children))), None)
    return prep is not None and any(g.dep_ == "pobj" for g in prep.children)


def _addressee(tok) -> bool:
    """Whether a particle's object is someone addressed (``called on the council``), not a place or channel the
    words went out on (``went on television at seven to tell Y``, ``went on state television``)."""
    return tok.dep_ == "pobj" and valid_speaker(tok) and tok.ent_type_ not in TIME_ENTS \
        and not is_media(tok.doc[tok.left_edge.i:tok.i + 1].text, tok) and tok.lemma_.lower() not in _BROADCAST_NOUNS


def _occasion_between(verb, first, clause) -> bool:
    """Whether only phrases of the occasion stand between a cue's addressee phrase ``first`` and ``clause``: other
    prepositions hung on the cue (``during a press conference in Bergen``), without a break, a clause of their own or
    a purpose (lexicon ``purpose_nouns``)."""
    doc = verb.doc
    between = [c for c in verb.children if c.dep_ == "prep" and first.i < c.i < clause.i]
    inside = {t.i for c in between for t in c.subtree}
    gap = doc[first.right_edge.i + 1:clause.left_edge.i]
    return bool(between) and all(_runs_on(t, inside) and t.lemma_.lower() not in _PURPOSE_NOUNS for t in gap)


def _runs_on(tok, inside: set[int]) -> bool:
    """Whether a word between a cue's phrases and an infinitive keeps the phrase ``inside`` running: one of its words,
    no break (punctuation) and no clause of its own (a finite verb: ``in what prosecutors describe as Y``)."""
    return tok.i in inside and not tok.is_punct and tok.tag_ not in _FINITE_TAGS


def _names_something(verb) -> bool:
    """``called X Y``: a predicate after the object, two objects (``called poverty a breeding ground``, as the parser
    often has it), or a quoted name the parser hung on the object after it, as an apposition (``called the ban "a gift
    to poachers"``) or a modifier (``called the claims "absurd"``)."""
    doc = verb.doc
    return _second_object(verb) is not None or any(c.dep_ == "oprd" or c.dep_ == "dobj" and (any(
        g.dep_ in ("appos", "amod") and g.i > c.i and any(t.text in QUOTE_MARKS for t in doc[c.i + 1:g.i])
        # ... also on the object's last word ("called any suggestion of American involvement "absurd"")
        and (g.head.i == c.i or g.i >= c.right_edge.i - 1)
        for g in c.subtree) or _quoted_name_after(verb, c)) for c in verb.children)


def _quoted_name_after(verb, obj) -> bool:
    """``called the meeting "a step forward"``: a quote right after the object that the parser hung on the verb
    (as an adverb or a noun phrase of time), the name it gives."""
    doc = verb.doc
    opening = obj.right_edge.i + 1
    if opening >= len(doc) or doc[opening].text not in QUOTE_MARKS:
        return False
    closing = next((t.i for t in doc[opening + 1:] if t.text in QUOTE_MARKS), None)
    return closing is not None and any(t.head.i == verb.i for t in doc[opening + 1:closing])


def _stray_as(verb, word: str = "as"):
    """The ``as`` of ``regarded X as Y`` (or another particle that follows the object, ``named X among Y``) when the
    parser hung it inside the object or a phrase after it (``regarded partnership in the energy industries as a
    priority``: on ``industries``), None otherwise."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    for c in verb.children:
        if c.i >= obj.i and c.dep_ in ("dobj", "prep"):
            found = next((t for t in c.subtree if t.dep_ == "prep" and t.lower_ == word and t.head != verb), None)
            if found is not None:
                return found
    return None


def _second_object(verb):
    """The later of two objects (``called poverty a breeding ground``: the name given; the parser labels either one
    ``dobj`` or ``oprd``), None unless two."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i]
    return objs[1] if len(objs) == 2 else None


def _calls_upon(verb) -> bool:
    """``called the world to work for peace``: ``call`` with an addressee and an infinitive, without ``on``."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ == "xcomp" and c.i > obj.i for c in verb.children) and (
        valid_speaker(obj) or obj.lemma_.lower() in _APPEAL_ADDRESSEES)


def _media_tail(clause) -> bool:
    """``..., Lavrov said, Interfax reported``: a clause whose subject is a news agency reports the statement, it is
    not its content."""
    subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    return subj is not None and is_media(" ".join(t.text for t in subj.subtree), subj)


def _audience_prep(audience, lemma: str):
    """The preposition of content under an audience (``informed Mr Sokolov of the plan``), not one that ends a
    title (``informed the President of Russia``)."""
    for g in audience.children:
        if g.dep_ == "prep" and g.lower_ in _PREP_CONTENT.get(lemma, ()):
            obj = next((o for o in g.children if o.dep_ == "pobj"), None)
            if g.lower_ == "of" and (obj is None or obj.pos_ == "PROPN"):
                continue
            return g
    return None


def _that_clause_under(prep):
    """A ``that`` clause the parser hung on a preposition's object (``at the meeting that X``, ``noted with
    satisfaction that X``)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return _that_after_occasion_participle(prep)
    # "with satisfaction that X", "in response that X": the clause is the cue's content; the clause of a report or a
    # claim is what that report said ("asked about reports that X")
    for _ in range(MAX_PREP_CHAIN):
        noun = obj.lemma_.lower()
        own = noun not in _ATTITUDE_NOUNS and (noun in _CUE_NOUNS or noun in _DOCUMENTS)
        # ... but "said in a statement that X": the statement is where the cue's own content was said; and a clause
        # hung further down the chain is judged by the noun it hangs on ("asked about criticism of the visit that X")
        deps = ("relcl",) if own and (prep.lower_ != "in" or obj.head.i != prep.i) else ("relcl", "acl")
        found = next((c for c in obj.children if c.dep_ in deps and c.i > obj.i and (
            _complementizer(c) or obj.head.i == prep.i and "acl" in deps and _clause_read_as_relative(c))), None)
        if found is None:
            found = _that_after_participle(obj)
        if found is not None:
            return found
        # "said in an interview with a state broadcaster that X": the clause hangs on the last object of the chain,
        # which in a projective tree is the rightmost one ("said in a speech in Washington the same day that X")
        # ("said in a commentary posted on the ministry's website that X": through a participle too)
        preps = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i] + [
            p for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > obj.i
            for p in c.children if p.dep_ == "prep" and p.i > c.i]
        nxt = max((g for c in preps for g in c.children if g.dep_ == "pobj"), default=None, key=lambda g: g.i)
        later = max((c for c in obj.children if c.dep_ == "npadvmod" and c.i > obj.i), default=None, key=lambda g: g.i)
        if later is not None and (nxt is None or later.i > nxt.i):
            nxt = later
        if nxt is None:
            return None
        obj = nxt
    return None


def _that_after_occasion_participle(prep):
    """``told reporters after landing in Moscow that Y``: a ``that`` clause the parser hung on the participle of an
    occasion's preposition, after that participle's own phrase; None otherwise (``after learning that Y``, the clause
    right after the participle, is what was learned, and a cue's participle has its own rules)."""
    verb = next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if verb is None or verb_lemma(verb) in CUE_VERBS:
        return None
    own = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    return next((c for c in verb.children if c.dep_ == "ccomp" and _opens_with_that(c) and own
                 and c.left_edge.i == max(p.right_edge.i for p in own) + 1), None)


def _clause_read_as_relative(clause) -> bool:
    """``said in a statement that Kyiv had let slip Y``, ``said in a televised briefing that Russian jets had flown
    Y``: a clause the parser hung on the statement or the occasion as a relative clause, opened by ``that``, with a
    subject of its own after ``that``; a relative clause there says who issued or held it (``in a statement that the
    ministry published``, ``at a meeting that the minister chaired``: lexicon ``holder_relative_verbs``)."""
    that = clause.left_edge
    # "that Oslo owns": a verb whose only object is "that" has its gap there, a true relative clause; not a passive
    # verb with a subject of its own ("that the tribunal had been manipulated"), which has no object to leave out
    gap = that.head.i == clause.i and not any(g.dep_ in ("dobj", "ccomp", "xcomp") and g.i != that.i
                                             for g in clause.children) \
        and not any(g.dep_ == "nsubjpass" for g in clause.children)
    return clause.dep_ == "relcl" and that.lower_ == "that" and verb_lemma(clause) not in _HOLDER_RELATIVE_VERBS \
        and not gap and _subject_beside_that(clause)


def _subject_beside_that(clause) -> bool:
    """Whether a clause opened by ``that`` has a subject other than ``that`` (``that Kyiv had let slip Y``): then
    ``that`` is no relative pronoun standing for its subject."""
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in clause.children)


def _that_after_participle(noun):
    """``said in a statement carried by state media that India had gone back on its word``: a clause the parser hung
    on the noun as a relative, with ``that`` for its object, after a participle phrase of the noun; a relative clause
    that far from its noun does not follow a participle phrase in news copy, so ``that`` opens what was said when the
    clause has a subject of its own. None otherwise."""
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)
    if participle is None:
        return None
    return next((c for c in noun.children if c.dep_ == "relcl" and c.left_edge.i == participle.right_edge.i + 1
                 and c.left_edge.lower_ == "that" and c.left_edge.dep_ in ("dobj", "nsubj")
                 and _subject_beside_that(c)), None)


def _dated_infinitive(tok, clause) -> bool:
    """Whether ``clause`` is an infinitive right after a date hung on the cue (``threatened on November 11 to cut
    Y``), which the parser read as a purpose clause."""
    if clause.tag_ != "VB" or not any(g.dep_ == "aux" and g.lower_ == "to" and g.i == clause.left_edge.i
                                      for g in clause.children):
        return False
    between = [c for c in tok.children if tok.i < c.i < clause.i]
    return bool(between) and all(c.dep_ in ("prep", "npadvmod") and (
        _prep_object(c).ent_type_ in TIME_ENTS if c.dep_ == "prep" else c.ent_type_ in TIME_ENTS) for c in between) \
        and all(t.i in {x.i for c in between for x in c.subtree} for t in tok.doc[tok.i + 1:clause.left_edge.i])


def _infinitive_on_occasion(tok, prep, lemma: str):
    """``urged the EU leaders in a video address not to recognise Y``, ``urged Russia in a statement on Monday to
    withdraw``, ``called on Moscow during a press conference in Paris to respect Y``: the infinitive the parser hung
    inside a prepositional phrase between the addressee and the infinitive (on its noun, or on a participle there),
    as if it completed that phrase; None when the cue has an infinitive of its own, no addressee before the phrase,
    or the phrase is a purpose (``in a bid to ease tensions``: lexicon ``purpose_nouns``).

    Args:
        tok: the cue verb.
        prep: a preposition hung on it.
        lemma: the cue's lemma.
    """
    particles = _NEEDS_PARTICLE.get(lemma, frozenset())
    # the addressee: an object, or the one a particle names ("called on Moscow"; "went on trial" names no one)
    if any(c.dep_ == "xcomp" for c in tok.children) or not any(
            tok.i < c.i < prep.i and (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in particles
                                      and any(_addressee(g) for g in c.children))
            for c in tok.children):
        return None
    inside = {t.i for t in prep.subtree}
    for inf in prep.subtree:
        if inf.dep_ not in ("acl", "relcl", "advcl") or inf.tag_ != "VB" or inf.head.lemma_.lower() in _PURPOSE_NOUNS \
                or any(g.dep_ in ("nsubj", "nsubjpass") for g in inf.children) or not any(
                    g.dep_ == "aux" and g.lower_ == "to" and g.i <= inf.left_edge.i + 1 for g in inf.children):
            continue  # ("not to recognise Y": the negation may open it)
        own = {t.i for t in inf.subtree}
        # the phrase runs on without a break or a clause of its own up to the infinitive, and ends with it ("in what
        # prosecutors describe as a campaign to disrupt Y" is the journalist's)
        gap = tok.doc[prep.i:inf.left_edge.i]
        if all(_runs_on(t, inside) and t.i not in own for t in gap) \
                and inf.right_edge.i == prep.right_edge.i:
            return inf
    return None


def _that_clause_on_time(tok, when):
    """The content of ``said in a speech the same day that Y``: the parser hung the that-clause on the time phrase;
    a cue with a clausal complement of its own keeps that one.

    Args:
        tok: the cue verb.
        when: a noun phrase of time after it (``npadvmod``).
    """
    if any(c.dep_ == "ccomp" for c in tok.children):
        return None
    return next((c for c in when.children if c.dep_ in ("relcl", "acl") and c.i > when.i and _complementizer(c)), None)


def _asked_that(tok, clause):
    """The content of ``said when asked about X that Y``: the parser hung the that-clause on X, the question's
    topic, under ``asked``; a cue with a clausal complement of its own keeps that one.

    Args:
        tok: the cue verb.
        clause: an adverbial clause after it.
    """
    if verb_lemma(clause) not in _QUESTION_VERBS or any(c.dep_ == "ccomp" for c in tok.children):
        return None
    return next((found for p in clause.children if p.dep_ == "prep" for found in [_that_clause_under(p)]
                 if found is not None), None)


def _audience_participle(tok, clause, lemma: str) -> bool:
    """``told the leaders gathered at the summit``: a subjectless participle the parser made a clause of the cue,
    right after the audience it describes.

    Args:
        tok: the cue verb.
        clause: a clausal complement of it.
        lemma: the cue's lemma.
    """
    if lemma not in _AUDIENCE_VERBS or clause.tag_ not in ("VBD", "VBN") or any(
            g.dep_ in ("nsubjpass", "mark", "aux", "auxpass") for g in clause.children):
        return False
    subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    if subj is not None:
        # "told the leaders gathered at Y", the audience read as the participle's subject: "tell" has no clause
        # without an audience before it, so a subject right after the cue is the audience
        return lemma == "tell" and subj.left_edge.i == tok.i + 1 and subj.right_edge.i + 1 == clause.i \
            and not any(g.dep_ == "dobj" for g in tok.children)
    return any(g.dep_ == "dobj" and g.right_edge.i + 1 == clause.i for g in tok.children)


def _second_subject_clause(tok, subj) -> bool:
    """``Its representative said Iran's refusal to let inspectors in should raise alarm``: the parser made the
    reported clause's subject a second subject of the cue and hung the reported verb inside it; a clause it is
    only when the cue has its own subject before it and a finite verb with a modal or auxiliary sits under ``subj``.

    Args:
        tok: the cue verb.
        subj: a subject of it after it.
    """
    if not any(g.dep_ == "nsubj" and g.i < tok.i for g in tok.children):
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "relcl", "acl") and any(
        g.dep_ == "nsubj" or g.dep_ == "aux" and g.tag_ == "MD" for g in t.children)
        for t in subj.subtree if t.i > subj.i)


def _unproven_clause(prep):
    """``claimed without providing evidence that Y``: the clause the parser hung on the evidence noun of a ``without``
    phrase (lexicon ``evidence_nouns``), which is what was claimed; None otherwise.

    Args:
        prep: a preposition hung on the cue.
    """
    if prep.lower_ != "without":
        return None
    for g in prep.children:
        for noun in (n for n in g.children if n.dep_ == "dobj" and n.lemma_.lower() in _EVIDENCE_NOUNS):
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                return clause
    return None


def _adverb_that(tok, clause) -> bool:
    """``would say only that Y``, ``said simply that Y``: a that-clause the parser made adverbial because an adverb
    of its own stands between it and the cue; nothing but such adverbs may come between (``so that`` is a purpose).

    Args:
        tok: the cue verb.
        clause: an adverbial clause after it.
    """
    mark = next((g for g in clause.children if g.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "that" or mark.i <= tok.i + 1:
        return False
    return all(t.pos_ == "ADV" and t.dep_ == "advmod" and t.head == clause and t.lower_ not in ("so", "such")
               for t in tok.doc[tok.i + 1:mark.i])


def _complementizer(clause) -> bool:
    """Whether a clause hung on a noun is opened by the conjunction ``that``: a ``mark``, or a ``that`` the parser
    made the object of a verb that has an object of its own (``that Moscow saw no basis``: no gap, so no relative) or
    the subject of one that has a subject of its own (``that plans for the pier were ready``)."""
    if any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children):
        return True
    if any(g.dep_ == "advmod" and g.lower_ == "that" and g.i == clause.left_edge.i for g in clause.children) \
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children):
        return True  # "said at the time that he would accept help": the parser read "that" as a relative "when"
    for deps in (("dobj", "attr"), ("nsubj", "nsubjpass")):
        same = [g for g in clause.children if g.dep_ in deps]
        if clause.left_edge.lower_ == "that" and len(same) > 1 and any(g.lower_ == "that" for g in same):
            return True
    return False


def _through_stance(prep) -> bool:
    """Whether a preposition's object is a stance phrase (``in favour of``, ``in support of``)."""
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and obj.lemma_.lower() in _STANCE_PHRASE_NOUNS


def _stance_of(noun):
    """The ``of`` after a stance noun (``in favour of``), also when the parser hung it on the verb instead."""
    of = next((g for g in noun.children if g.dep_ == "prep" and g.lower_ == "of"), None)
    if of is None and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "of" \
            and noun.doc[noun.i + 1].dep_ == "prep":
        of = noun.doc[noun.i + 1]
    return of


def _prep_objects(prep) -> list:
    """The object of a preposition (:func:`_prep_object`) and any later objects the parser gave it beside the first:
    ``on his re-election`` comes out as three objects, ``re``, ``-`` and ``election``."""
    first = _prep_object(prep)
    return [first] + [g for g in prep.children if g.dep_ == "pobj" and g.i > first.i]


def _prep_object(prep):
    """The object of a preposition; through ``in favour of X`` / ``in support of X`` to ``X``."""
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), prep)
    if obj.lemma_.lower() in _STANCE_PHRASE_NOUNS:
        of = _stance_of(obj)
        inner = next((g for g in of.children if g.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        if inner is not None:
            return inner
    return obj


def _meeting_subject(subj, lemma: str) -> bool:
    """Whether ``subj`` is a meeting (``The meeting confirmed Y``, ``The talks stressed Y``) that speaks for its
    participants through the cue ``lemma``: the subject of a main clause only, never of a reported one (``hoped that
    the talks would succeed and noted Y`` is not the talks' statement)."""
    if subj is None or subj.lower_ not in _MEETING_NOUNS or lemma not in _MEETING_VERBS:
        return False
    verb = subj.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _issuer(document):
    """The source that issues a document with a light verb (``The presidents made a statement supporting Y``,
    ``The ministry issued a statement condemning Y``), None when the document is not such an object."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in _LIGHT_VERBS:
        return None
    subj = subject(verb)
    if subj is None or not valid_speaker(subj) or subj.lower_ in RELATIVES:
        return None
    return named_apposition(subj)


def _modified_subject(verb):
    """The subject of a finite cue verb that the parser took for a modifier of its object (``Mr Fischer, in his turn,
    highlighted German interest in Y``: ``highlighted`` an adjective of ``interest``, the root, with ``Fischer`` hung
    on it): a name or speaker noun on the object before the verb, None when the parse is not that one."""
    obj = verb.head
    if verb.tag_ not in ("VBD", "VBN") or obj.dep_ != "ROOT" or obj.pos_ not in ("NOUN", "PROPN") or obj.i < verb.i:
        return None
    subj = next((c for c in obj.children if c.i < verb.i and c.dep_ in ("nsubj", "nmod")), None)
    return subj if subj is not None and valid_speaker(subj) and subj.lower_ not in RELATIVES else None


def _clause_on_main_verb(verb):
    """``Zakharova was more combative, writing on Telegram that Y``: the that-clause of a participle set off by a comma,
    which the parser hung on the clause's main verb, right after the participle's own words; None otherwise."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.left_edge.i == verb.right_edge.i + 1
                 and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)


def _clause_of_participle_root(verb):
    """The that-clause of a cue the parser read as a participle of the sentence's subject, a name it made the root
    (``Trump, the Republican nominee, posted on Truth Social that Y``: ``posted`` an ``acl`` of ``Trump``, the clause a
    relative clause of ``Trump``): set off from the name by a comma, the clause after it opened by ``that``; None
    for a real participle (``Mr Lee, named as minister in 2010``, with no that-clause).

    The clause may be the verb's own, the name hung on a later verb (``Zakharchenko, the rebels' prime minister,
    boasted in a video that Y, though he did not say Z``): a participle with a that-clause of its own is no modifier,
    unless it is one of being told (``Mr Lee, told that Y,``).
    """
    name, doc = verb.head, verb.doc
    if name.pos_ not in ("PROPN", "NOUN") or verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    own = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if own is not None and verb_lemma(verb) not in _AUDIENCE_VERBS and valid_speaker(name):
        return own  # ("The monitoring mission, the only observers there, reported last month that Y": a body too)
    if name.dep_ != "ROOT" or name.pos_ != "PROPN":
        return None
    return next((c for c in name.children if c.dep_ in ("relcl", "ccomp", "acl") and c.i > verb.i
                 and c.left_edge.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


def _mistagged_verb(tok) -> bool:
    """Whether a cue word tagged as an adjective or adverb is a verb: the head of its clause with a subject and a
    clausal complement of its own (``Ukraine and Russia affirm that Y``), not a predicate after ``be`` (``It is
    welcome that``)."""
    return tok.dep_ in ("ROOT", "conj", "ccomp") and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ == "ccomp" for c in tok.children)


def _asked_about(tok) -> bool:
    """Whether a cue is the question put to a speaker, not what the speaker said: ``Asked whether Moscow still
    objected to X, Putin replied Y``, ``wondered if Russia would agree to Y``. Its clause opens with ``whether``, or
    with ``if`` under a verb of asking."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    return "whether" in marks or "if" in marks and tok.dep_ == "ccomp" and verb_lemma(tok.head) in _QUESTION_VERBS


def _verb_frame(ctx: Context, off: int, tok) -> VerbFrame | None:
    lemma = verb_lemma(tok)
    if lemma not in CUE_VERBS or negated(tok) or set_off_participle(tok) or _asked_about(tok):
        return None
    if tok.pos_ in ("ADJ", "ADV") and not _mistagged_verb(tok):
        return None
    if lemma in _WITHDRAWAL_VERBS and any(c.dep_ == "dobj" and c.lower_ in _WITHDRAWN_NOUNS for c in tok.children):
        return None  # "recalled its ambassador for consultations" withdraws him: no cue at all
    if tok.dep_ == "amod" and lemma in _OBJECT_VERBS:
        subj = _modified_subject(tok)
        if subj is not None:
            # "Mr Fischer, in his turn, highlighted German interest in Y": the parser took the verb for a modifier of
            # its object, which it made the root, and hung the subject on that object
            reg = ctx.region(off, [tok.head], tok)
            subj = named_apposition(subj)
            return VerbFrame(off, tok, (ctx.start(off, tok), ctx.end(off, tok)), speaker_span(ctx, off, subj), subj,
                             "object" if reg is not None else None, reg)
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and lemma in _CLAUSAL_VERBS:
        clause = _clause_of_participle_root(tok)
        if clause is not None:
            # "Donald J. Trump, the Republican nominee, posted on Truth Social that Y": the parser took the verb for a
            # participle of the name, which it made the root, and hung the that-clause on the name
            reg = ctx.region(off, [clause], tok)
            subj = tok.head
            return VerbFrame(off, tok, (ctx.start(off, tok), ctx.end(off, tok)), speaker_span(ctx, off, subj), subj,
                             "clause" if reg is not None else None, reg)
    if tok.dep_ in ("amod", "compound", "nmod") or tok.tag_ == "VBN" and tok.dep_ == "acl":
        return None
    need = _NEEDS_PARTICLE
    # a preposition after the object is not the verb's particle ("called his colleague on Monday"), except those that
    # always follow it: the "as" of "regard X as Y", the "among" of "named X among the priorities"
    obj_i = min((c.i for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), default=len(tok.doc))
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "prep" and (
        c.i < obj_i or c.lower_ in _AFTER_OBJECT_PARTICLES)} | {
        g.lower_ for c in tok.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "prep"}
    particles |= {p for p in need.get(lemma, frozenset()) & _AFTER_OBJECT_PARTICLES if _stray_as(tok, p) is not None}
    for_clause = _for_clause(tok, lemma)
    if for_clause is not None:
        particles.add(tok.doc[tok.i + 1].lower_)
    if lemma in need and not (particles & need[lemma]) and not (particles & _evaluated(tok, lemma)) \
            and not (lemma == "call" and (_names_something(tok) or _calls_upon(tok))) \
            and not (lemma in _CLAUSAL_VERBS and that_ccomp(tok) is not None):
        return None  # ("A court ruled that Y" needs no particle; "ruled out Y" does)
    if lemma == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return None
    if any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children):
        return None  # "Thank you for ...": direct address in a transcript, not a reported statement
    if lemma in _VIEW_VERBS and tok.tag_ in ("VBZ", "VBP") and not _own_voice_view(tok):
        return None
    if tok.tag_ in ("VBZ", "VBP") and particles & _ROLE_PARTICLES.get(lemma, frozenset()):
        return None  # "the aide who speaks for the Kremlin": a role, not a statement
    judge = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in _EVALUATIVE_ADVERBS), None)
    if lemma in _ASSESSING_VERBS and judge is None and that_ccomp(tok) is None:
        # "assessed the damage" measures; "highly assessed the talks" voices a judgement, and so does "assessed that
        # Y" (an intelligence update's finding)
        return None
    subj = subject(tok)
    # (not one joined to a noun's clause, whose cue stranded_conjunct finds: "says he has seen no evidence that an
    # attack is imminent and warns that Y" is the one who says, not the one who has seen)
    if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) \
            and not (tok.head.dep_ == "acl" and stranded_conjunct(tok) is not None) and (
            that_ccomp(tok) is not None and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
            or _tense_apart(tok) or _comma_conjunct(tok)):
        # "He said that AIG was big and stressed that Y": a cue with a that-clause joined to a reported clause is the
        # reporter's second statement (not under a modal: "said it was following the case and would insist that
        # Y"); so is a past-tense cue joined to a clause it cannot share a tense with ("said the army would hold and
        # urged citizens to Y", "said it condemns X and called on Z to Y"); but an agency only relays ("Moon convened
        # the council and told it that Y, Yonhap reported" is Moon's)
        reporter = reporting_subject(tok)
        if reporter is not None and not is_media(reporter.text, reporter):
            subj = reporter
    if _meeting_subject(subj, lemma) and tok.dep_ != "relcl":
        # "The meeting confirmed the parties' intention to Y": what the participants said together; like "It was
        # agreed", the source is only implied
        heads = _complements(tok, lemma)
        reg = ctx.region(off, [h for _, h in heads], tok) if heads else None
        primary = next((k for k in ("clause", "infinitive", "object") if k in {k for k, _ in heads}), None)
        return VerbFrame(off, tok, (ctx.start(off, tok), ctx.end(off, tok)), None, None, primary, reg)
    if subj is not None and not valid_speaker(subj):
        named = named_apposition(subj)  # "Oslo's harbour master, Kari Nordmann, said": the name speaks
        if named is not subj and named.left_edge.i > 0 and named.doc[named.left_edge.i - 1].text == ",":
            subj = named  # set off by commas: not "The partnership Koptev praised is ..."
    if (subj is None or not valid_speaker(subj)) and not any(c.dep_ == "aux" for c in tok.children):
        # (a conjunct with an auxiliary of its own is a verb of the reported clause: "said the meeting had been
        # useful and had focused on Y")
        subj = reporting_subject(tok) if tok.dep_ == "conj" else subj
    via_relative = subj is not None and tok.dep_ == "relcl" and subj.i == tok.head.i
    doc_subject = (subj is not None and not via_relative and subj.lemma_.lower() in _DOCUMENTS
                   and subj.pos_ == "NOUN")
    if subj is None or not valid_speaker(subj):
        return None
    if lemma in _DOCUMENT_VERBS and not doc_subject:
        return None  # "The message reads: ..." but not "He read the report"
    if lemma in _PERSON_VERBS and doc_subject:
        return None  # "The document speaks of ...": what a text contains, not a statement
    subj = named_apposition(subj)
    # "the statement continued": a cue only for a quote before it or after a colon, never for its own complement
    heads = _complements(tok, lemma) if lemma not in _QUOTE_ONLY_VERBS else []
    if not heads and lemma in _CLAUSAL_VERBS and (on_main := _clause_on_main_verb(tok)) is not None:
        heads = [("clause", on_main)]  # "was more combative, writing on Telegram that Y"
    if not heads and _headline_object(tok) is not None:
        heads = [("object", _headline_object(tok))]  # "Kremlin says no plans for talks": a headline drops the verb
    if lemma in _SMALL_CLAUSE_VERBS and (tok.dep_ == "xcomp" or not any(
            k == "clause" and h.pos_ in ("ADJ", "ADV") for k, h in heads)) and not (
            subj.lemma_.lower() in _FINDING_SOURCES and any(k == "clause" for k, _ in heads)):
        # "found the stance tougher" judges; "found they were part of Europe" only realised, and "appear to find X
        # more interesting" is the journalist's inference; but "The mission found that Y" states its findings
        heads = []
    cue_s, cue_e = ctx.start(off, tok), ctx.end(off, tok)
    if lemma in _ASSESSING_VERBS and judge is not None and judge.i == tok.i - 1:
        cue_s = ctx.start(off, judge)  # "highly assessed"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and subj.i == tok.head.i:
        # "a statement welcoming the new members" may greet them: only a position verb lets the issuer speak
        issuer = _issuer(subj) if lemma not in _GREETING_VERBS else None
        if issuer is None:
            # "a statement saying that Y" reports Y; "a statement welcoming the new members" names what it is about
            heads = [(k, h) for k, h in heads if k == "clause"]
        else:
            # "The presidents made a statement supporting Y": those who made it speak, and the cue runs from the verb
            cue_s, subj, doc_subject = ctx.start(off, subj.head), issuer, False
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1 or lemma == "put" and c.dep_ == "dobj" and c.i == tok.i + 1:
            cue_e = ctx.end(off, c)
        if c.dep_ == "prep" and c.lower_ in need.get(lemma, ()) and c.i == tok.i + 1 \
                or c.dep_ == "advcl" and c == for_clause:
            cue_e = ctx.end(off, tok.doc[tok.i + 1])
            if _through_stance(c):  # "spoke in favour of"
                obj = next(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
                of = _stance_of(obj)
                cue_e = ctx.end(off, of if of is not None else obj)
    if doc_subject and subj.head.i == tok.i and tok.i - subj.i <= DOC_CUE_REACH:
        cue_s = ctx.start(off, subj)
    reg = ctx.region(off, [h for _, h in heads], tok) if heads else None
    tail = next((c for k, h in heads if k == "clause" for c in h.children
                 if c.i > h.i and c.left_edge.i > h.i and _reporters_act(c)), None)
    if reg is not None and tail is not None:
        # "stressed that the reform must not lead to X and instructed the Government to Y": the reporter's next act,
        # whatever it is, ends what was stressed (a cue among those acts is a statement of its own)
        cut = tail.left_edge.i
        while cut > 0 and tail.doc[cut - 1].pos_ in ("CCONJ", "PUNCT"):
            cut -= 1
        if ctx.start(off, tail.doc[cut]) > reg[0]:
            reg = ctx.trim(reg[0], ctx.start(off, tail.doc[cut]))
    opener = next((o for k, h in heads if k == "clause" for o in [_subject_read_as_relative(h)] if o is not None), None)
    if reg is not None and opener is not None and ctx.start(off, opener) < reg[0]:
        reg = (ctx.start(off, opener), reg[1])
    spk_tok = subj
    speaker = None
    if doc_subject:
        # "A Russian Foreign Ministry statement": the speaker is the organisation named in the modifiers.
        mods = [c for c in subj.lefts if c.dep_ in ("compound", "poss") or c.ent_type_ in ("ORG", "GPE", "NORP")]
        if mods and any(m.pos_ in ("PROPN", "PRON") or m.ent_type_ for m in mods):
            lo = min(m.left_edge.i for m in mods)
            hi = max(m.i for m in mods)
            doc = subj.doc
            while lo <= hi and doc[lo].dep_ == "det":
                lo += 1
            # "A White House fact sheet": a common noun just before the document noun names the document, not its
            # source
            while hi > lo and doc[hi].pos_ == "NOUN" and doc[hi].dep_ == "compound" and doc[hi].i == subj.i - 1 \
                    and doc[hi].is_lower and doc[hi - 1].pos_ == "PROPN":
                hi -= 1
            speaker = ctx.span(ctx.start(off, doc[lo]), ctx.end(off, doc[hi]))
            spk_tok = doc[hi]
    if speaker is None:
        speaker = speaker_span(ctx, off, subj)
    kinds = {k for k, _ in heads}
    mark = _inverted_mark(tok) if not heads and lemma not in _QUOTE_ONLY_VERBS else None
    if mark is not None:
        # "The message points out, among other things, that Y": the parser made the cue a clause of Y's verb
        reg = ctx.trim(ctx.start(off, tok.doc[mark.i + 1]), ctx.end(off, tok.head.right_edge))
        kinds = {"clause"}
    elif not heads and lemma in _AUDIENCE_VERBS and _mark_after_audience(tok) is not None:
        # "X told the Security Council that Moscow was 'weaponizing hunger'": the parser lost the clause after the
        # audience and hung its pieces on the verb; the clause is the rest of the verb's phrase after "that"
        reg = ctx.trim(ctx.end(off, _mark_after_audience(tok)), ctx.end(off, tok.right_edge))
        kinds = {"clause"}
    elif not heads and lemma in _CLAUSAL_VERBS and _stray_that(tok) is not None:
        # "He thought that in cooperating with X one needed Y": the parser took "that" for the object and hung the
        # clause's pieces on the verb; the clause is the rest of the verb's phrase
        reg = ctx.trim(ctx.end(off, _stray_that(tok)), ctx.end(off, tok.right_edge))
        kinds = {"clause"}
    elif not heads and lemma in _CLAUSAL_VERBS and (verb := _that_read_as_determiner(tok)) is not None:
        # "maintained that sovereignty over the valley had always belonged to China": the parser took "that" for a
        # determiner of the clause's subject and joined the clause's verb to the cue
        reg = ctx.trim(ctx.start(off, tok.doc[tok.i + 2]), ctx.end(off, verb.right_edge))
        kinds = {"clause"}
    primary = next((k for k in ("clause", "infinitive", "object") if k in kinds), None)
    return VerbFrame(off, tok, (cue_s, cue_e), speaker, spk_tok, primary, reg)


def _subject_read_as_relative(clause):
    """``said in a speech that talks with America were pointless``: the parser read the clause's plural subject as the
    verb of a relative clause on the noun before ``that`` and left the reported verb without a subject; the token that
    opens the reported clause (``talks``), None for any other parse."""
    doc = clause.doc
    if clause.dep_ != "ccomp" or clause.left_edge.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    node = doc[clause.left_edge.i - 1]
    for _ in range(MAX_REPORT_DEPTH):
        if node.dep_ == "relcl" or node.head == node:
            break
        node = node.head
    that = doc[node.left_edge.i]
    if node.dep_ != "relcl" or node.tag_ not in ("VBZ", "VBP") or node.right_edge.i != clause.left_edge.i - 1 \
            or that.lower_ != "that" or that.dep_ != "nsubj" or that.i + 1 != node.i:
        return None
    return node


def _second_subject(verb, clause):
    """The subject the parser gave ``verb`` a second time, after it and before ``clause``, an adverbial clause without
    a subordinator or a subject of its own that is the reported clause's verb (``said China, as a neighbour, wanted
    Y``); None otherwise."""
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children) or clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i), None)


def _comma_conjunct(verb) -> bool:
    """Whether a past-tense conjunct without a subject follows a comma and a conjunction at the end of the clause of a
    past-tense cue (``said it hoped X would Y, but cautioned against Z``): the comma closes the reported clause. A
    light verb of a noun cue counts (``said that A, and expressed hope that B``)."""
    head, doc = verb.head, verb.doc
    if head.dep_ == "parataxis":
        # "said X would damage the region's interests, China included, and urged Y": the aside took the conjunct
        head = head.head
    return verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.tag_ == "VBD" and head.head.i < head.i \
        and verb.i > 1 and doc[verb.i - 1].pos_ == "CCONJ" and doc[verb.i - 2].text == "," \
        and (verb_lemma(verb) in CUE_VERBS or verb.lemma_.lower() in _LIGHT_VERBS)


def _reporters_conjunct(verb) -> bool:
    """Whether the light verb of a noun cue, joined to a reported clause without a subject of its own, is the
    reporter's (``said that A, and expressed hope that B``; ``said the army would hold and voiced concern over Y``)."""
    return verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and (
        _comma_conjunct(verb) or _tense_apart(verb))


def _reporters_act(verb) -> bool:
    """Whether a conjunct of a reported clause is the reporter's next act (``stressed that Y must not Z and instructed
    the Government to W``): no subject of its own, and a tense the clause cannot share, or set off by a comma."""
    # (not a second reported clause: "said she had talked to the council and that there was reason to hope")
    return verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubjpass", "expl", "csubj", "mark") for c in verb.children) and _reporters_conjunct(verb)


def _tense_apart(verb) -> bool:
    """Whether a past-tense conjunct without a subject cannot share the tense of the verb it is joined to: that verb
    has an auxiliary (``would hold``, ``had declared``) or is in the present (``condemns``), and sits in the clause
    of a past-tense cue; or, in the same tense, it is an act only the reporter performs (``said Washington backed the
    plan and called on Moscow to Y``: lexicon ``reporter_act_verbs``). ``said the army held the line and agreed to
    Y`` stays ambiguous and is left to the parser."""
    head = verb.head
    if verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.tag_ != "VBD" or verb_lemma(verb) in _BELIEF_VERBS:
        return False
    if head.head.i > head.i:
        return False  # "Ban has called X alarming and urged Y, his spokesman said": both acts are in what was said
    if verb_lemma(verb) in _REPORTER_ACTS and verb_lemma(head.head) in CUE_VERBS:
        return True
    # "was testing the limits and called for Y": a past tense cannot share the progressive's "was" either; a past
    # "did" can ("said the council did not want tolls and remained open to talks")
    return head.tag_ in ("VBZ", "VBP") or head.tag_ in ("VB", "VBN", "VBG") and any(
        c.dep_ == "aux" and c.lower_ != "did" for c in head.children)


def _headline_object(verb):
    """The object of a headline's present-tense cue (``Kremlin says no plans for talks``, ``Blinken vows continued
    support for Kyiv``), which stands for a clause without its verb: a paragraph of one short sentence without
    closing punctuation; None anywhere else (``he says a few words`` in prose is no statement)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ != "VBZ" or len(doc) > MAX_HEADLINE_TOKENS or doc[-1].is_punct \
            or verb.sent.start != 0 or verb.sent.end != len(doc):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"), None)


def _for_clause(verb, lemma: str):
    """``called for the pipeline to be halted``: the parser made ``for`` the mark of an infinitive clause hung on the
    verb, right after it; that clause when the preposition is one the verb takes its content with, else None."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(
                g.dep_ == "mark" and g.i == verb.i + 1 and g.lower_ in _PREP_CONTENT.get(lemma, ()) for g in c.children) \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
    return None


def _stray_that(verb):
    """The complementizer ``that`` the parser made the object of a clausal cue, or a preposition with the clause's
    subject for its object (``warned that shipowners who helped Moscow would Y``), right after it and tagged a
    conjunction, with at least :data:`MIN_TRAILING_CONTENT` words of the verb's phrase after it; None otherwise."""
    doc = verb.doc
    that = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ not in ("dobj", "prep") or that.pos_ != "SCONJ" \
            or that.head.i != verb.i:
        return None
    words_after = sum(1 for t in doc[that.i + 1:verb.right_edge.i + 1] if not t.is_punct)
    return that if words_after >= MIN_TRAILING_CONTENT else None


def _that_read_as_determiner(verb):
    """The reported clause's verb when the parser read ``that`` right after a clausal cue as the determiner of its
    object and joined the clause's verb to the cue as a conjunct without a conjunction (``maintained that sovereignty
    had belonged to China``); None otherwise (``rejected that proposal and left``: a conjunction joins them)."""
    doc = verb.doc
    that = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "det" or that.head.dep_ != "dobj" \
            or that.head.head.i != verb.i:
        return None
    obj = that.head
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > obj.right_edge.i), None)
    if conj is None or conj.pos_ not in ("VERB", "AUX") or doc[conj.left_edge.i - 1].pos_ in ("CCONJ", "PUNCT") \
            or conj.left_edge.i != obj.right_edge.i + 1 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in conj.children):
        return None
    return conj


def _mark_after_audience(verb):
    """The ``that`` right after the audience of ``told the council that Y`` when the parser did not make a clause of
    what follows, with at least :data:`MIN_TRAILING_CONTENT` words of the verb's phrase after it; None otherwise."""
    audience = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    doc = verb.doc
    if audience is None or audience.right_edge.i + 1 >= len(doc):
        return None
    that = doc[audience.right_edge.i + 1]
    # "assured his interlocutor that Russia would Y": the parser may hang the clause on the audience itself, as if
    # it described the person; a clause opened by the conjunction "that" (not the relative pronoun) is what was said
    that = next((g for c in audience.children if c.dep_ in ("acl", "relcl") and c.i > audience.i
                 for g in c.children if g.dep_ == "mark" and g.lower_ == "that" and g.i == audience.i + 1), that)
    # a conjunction, whatever the parser made of it: a "mark", or an object ("told the conference that X had
    # compared Y", with "compared" taken for an adjective of Y)
    if that.lower_ != "that" or not (that.dep_ == "mark" or that.pos_ == "SCONJ") or that.i >= verb.right_edge.i:
        return None
    words_after = sum(1 for t in doc[that.i + 1:verb.right_edge.i + 1] if not t.is_punct)
    return that if words_after >= MIN_TRAILING_CONTENT else None


def _inverted_mark(verb):
    """The ``that`` of a reported clause whose verb the parser made the head of the cue (``The message points out,
    among other things, that Y``: ``points`` a ``ccomp`` of Y's verb), None when the parse is not that one: the cue's
    own phrase ends before the ``that``, which opens the head's clause."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or verb.right_edge.i >= head.i:
        return None
    return next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"
                 and verb.right_edge.i < c.i < head.i), None)


def _from_complement(ctx: Context, off: int, tok, kind: str):
    f = verb_frame(ctx, off, tok)
    if f is None or f.region is None or f.primary != kind:
        return None
    if kind == "clause":
        # '"A," Wang said, "and B."': the parser may take either quoted half as the said clause; the statement is
        # the whole quote
        around = _quote_around_cue(ctx, f)
        if around is not None and any(q.start <= f.region[0] and f.region[1] <= q.end for q in f.quotes(ctx)):
            return around
    return ctx.attribution(f.region, f.cue, f.speaker, f.spk_tok)


@rule("according_to", pos=_ANY_POS, words=("according",))
def according_to(ctx, off, tok):
    """``According to X, Y`` and ``Y, according to X``; a document source names its author (``a report by X``)."""
    if tok.lower_ != "according":
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    phrase_end = None
    if pobj is None:
        pobj, phrase_end = _source_before_comma(nxt)
        if pobj is None:
            return None
    src = pobj
    # "according to estimates by the International Energy Agency": an opinion's author, like a document's (or a
    # post's: "according to a tweet from the embassy")
    if pobj.lemma_.lower() in _DOCUMENTS | _OPINION_NOUNS | _POSTED:
        by = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")), None)
        inner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if inner is not None and (by.lower_ != "of" or valid_speaker(inner)):
            src = inner  # ("a Kremlin readout of the call": what the document is of, not who wrote it)
    if not valid_speaker(src) and not (tok.text == "According" and src.pos_ == "NOUN"
                                       and src.lemma_.lower() not in _NOT_SOURCES) and not _owned_body(src):
        return None  # "According to the indictment, Y" opens a report of a source; "according to plan" is none
    phrase = sorted({t.i for t in tok.subtree} | {t.i for t in nxt.subtree} | {tok.i}
                    | (set(range(nxt.i, phrase_end + 1)) if phrase_end is not None else set()))
    cut = _subject_after_source(tok, pobj)
    if cut is not None:
        phrase = [i for i in phrase if i < cut]
    content = _rest_of_sentence(ctx, off, tok.sent, phrase[0], phrase[-1], tok, inner_after=True)
    if content is None:
        return None
    speaker = speaker_span(ctx, off, src)
    if cut is not None:
        speaker = ctx.span(speaker.start, min(speaker.end, ctx.end(off, tok.doc[cut - 1])))
    att = ctx.attribution(content, (ctx.start(off, tok), ctx.end(off, nxt)), speaker, src,
                          kind="according_to", check=False)
    if cut is not None and att is not None:
        # the conjuncts after the comma are the clause's subject, not more sources
        att = replace(att, speaker_group=any(c.i < cut for c in conjuncts(pobj)[1:]))
    if att is not None and tok.head.pos_ in ("VERB", "AUX") and verb_lemma(tok.head) in CUE_VERBS:
        att = replace(att, relays=True)  # "According to the Kremlin, Putin told Merkel Y": Putin's words, relayed
    return att


def _subject_after_source(according, pobj) -> int | None:
    """``According to the Chinese President, Beijing and Moscow hold Y``: where the parser hung the clause's subject
    on the source (as an apposition or a conjunct after a comma) and left the verb without one, the index of that
    comma, which ends the source; None otherwise."""
    verb = according.head
    if according.i != according.sent.start or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    comma = next((t for t in pobj.rights if t.text == ","), None)
    if comma is None or not any(c.dep_ in ("appos", "conj") and c.i > comma.i for c in pobj.rights):
        return None
    return comma.i


def _owned_body(noun) -> bool:
    """``according to Ukraine's air force``: a body of a named state or organisation (a possessive name before it),
    a source even when the noun itself is no speaker noun; not a thing it owns (``according to Russia's plan``)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _NOT_SOURCES and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in noun.children) \
        and any(c.dep_ == "compound" for c in noun.children)


def _source_before_comma(to):
    """``According to NATO spokesman Jamie Shea, Y`` where the parser made the name the subject of Y: the one phrase
    between ``to`` and the next comma (at most :data:`MAX_SOURCE_PHRASE` tokens). Returns (its head, its last token
    index), or (None, None)."""
    doc = to.doc
    end = next((t.i for t in doc[to.i + 1:min(len(doc), to.i + 2 + MAX_SOURCE_PHRASE)] if t.text == ","), None)
    if end is None or end == to.i + 1:
        return None, None
    inside = range(to.i + 1, end)
    roots = [doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head.i == i]
    return (roots[0], end - 1) if len(roots) == 1 else (None, None)


def _rest_of_sentence(ctx: Context, off: int, sent, lo: int, hi: int, cue,
                      inner_after: bool = False) -> tuple[int, int] | None:
    """The sentence outside a source phrase (tokens ``lo``..``hi``): after it, before it, or the whole sentence; with
    ``inner_after``, the part after a source set off by commas inside the sentence."""
    before = [t for t in sent if t.i < lo and not t.is_punct]
    after = [t for t in sent if t.i > hi and not t.is_punct]
    if not before and after:
        s, e = ctx.start(off, after[0]), ctx.end(off, sent[-1])
    elif before and not after:
        s, e = ctx.start(off, sent[0]), ctx.start(off, cue)
    elif inner_after and before and after and cue.doc[lo - 1].text == "," \
            and (hi + 1 >= len(cue.doc) or cue.doc[hi + 1].text == ","):
        if after[0].dep_ == "cc" or after[0].tag_ == "VBG" and after[0].dep_ in ("advcl", "xcomp", "acl"):
            # "Biden spoke with Scholz, according to a readout, and he praised Y", "139 people were killed,
            # according to investigators, making it the deadliest attack": the source closes the clause before it;
            # a new clause, or the journalist's participle, follows
            s, e = ctx.start(off, sent[0]), ctx.start(off, cue.doc[lo])
        else:
            # "Under the deal, according to a fact sheet, Iran will Y": a source set off by commas inside the
            # sentence; what it says is the clause after it (the guidelines' discontinuous according-to)
            s, e = ctx.start(off, after[0]), ctx.end(off, sent[-1])
    elif before and after:
        s, e = ctx.start(off, sent[0]), ctx.end(off, sent[-1])
    else:
        return None
    s, e = ctx.trim(s, e)
    return (s, e) if e > s else None


# the tagger takes a plural present cue for an adjective or adverb now and then ("Ukraine and Russia affirm that Y")
@rule("verb_clause", pos=("VERB", "AUX", "ADJ", "ADV"), words=CUE_VERBS)
def verb_clause(ctx, off, tok):
    """A cue verb with a clausal complement: ``X insisted (that) Y``, ``X told a briefing that Y``."""
    return _from_complement(ctx, off, tok, "clause")


@rule("verb_infinitive", pos=("VERB", "AUX"), words=CUE_VERBS)
def verb_infinitive(ctx, off, tok):
    """A cue verb with an infinitive complement and no clause: ``X promised to Y``, ``X urged Z to Y``."""
    return _from_complement(ctx, off, tok, "infinitive")


def _under_modal(verb) -> bool:
    """Whether a verb carries a modal, or shares one: an infinitive under it, or a conjunct without its own subject
    joined to a verb with one (``shall not undertake, take part in or support Y``). Only a base form shares it: a
    finite verb the parser joined to a reported clause (``hoped that the talks would succeed and noted Y``) is the
    reporter's second cue."""
    node = verb
    for _ in range(MAX_REPORT_DEPTH):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children):
            return True
        if node.dep_ == "xcomp" or node.dep_ == "conj" and node.tag_ == "VB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            node = node.head
        else:
            return False
    return False


@rule("verb_object", pos=("VERB", "AUX"), words=CUE_VERBS)
def verb_object(ctx, off, tok):
    """A cue verb whose object or preposition is the content: ``X denied the charges``, ``X called for Y``; not
    under a modal (``Russia would support such action`` is an intention, not a statement), also one shared with the
    verb it is joined to (``A party shall not undertake or support Y``)."""
    if _under_modal(tok):
        return None
    return _from_complement(ctx, off, tok, "object")


@rule("make_clear", pos=("VERB",), words=("make",))
def make_clear(ctx, off, tok):
    """``X made clear that Y``, ``X made it plain that Y``: ``make`` is a cue only with a word of clarity."""
    clear = next((c for c in tok.children if c.lower_ in _CLARITY_WORDS), None)
    if clear is None:
        return None
    clause = next((c for c in list(tok.children) + list(clear.children) if c.i > clear.i and (
        c.dep_ == "ccomp" or c.dep_ in ("advcl", "csubj") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                 for g in c.children))),
        None)  # "made it plain that Y": the parser may hang the clause on "plain" as an adverbial (or a subject)
    subj = subject(tok)
    if _reporters_conjunct(tok):
        # "Ryabkov said Moscow expected talks, but made clear that Y": the reporter's, not the clause's subject's
        subj = reporting_subject(tok) or subj
    if subj is None or not valid_speaker(subj) or subj.lower_ in RELATIVES:
        return None
    subj = named_apposition(subj)
    if clause is None and tok.dep_ in ("ccomp", "parataxis") and tok.head.i > clear.i \
            and _set_off(subj.left_edge, clear):
        # "Russia's consent, he made clear, was linked to Y": set off inside its content, as verb_parenthetical reads
        sent = tok.sent
        return ctx.attribution(ctx.trim(ctx.start(off, sent[0]), ctx.end(off, sent[-1])),
                               (ctx.start(off, tok), ctx.end(off, clear)), speaker_span(ctx, off, subj), subj)
    if clause is None:
        return None
    reg = ctx.region(off, [clause], tok)
    if reg is None:
        return None
    return ctx.attribution(reg, (ctx.start(off, tok), ctx.end(off, clear)), speaker_span(ctx, off, subj), subj)


def _own_voice_view(verb) -> bool:
    """``The Russian side regards this step as a threat``, ``The Ministry regards Y``: a present-tense view a body's
    own release states, as the main clause with the body (a side, a ministry, a government) its subject; not a
    journalist's ``Moscow sees the episode as a victory``."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.dep_ == "ROOT" and subj is not None and subj.lemma_.lower() in _OWN_VOICE_HEADS


def _set_off(first, last) -> bool:
    """Whether the tokens from ``first`` to ``last`` stand between commas: ``X, he made clear, Y``."""
    doc = first.doc
    return first.i > 0 and doc[first.i - 1].text == "," and last.i + 1 < len(doc) and doc[last.i + 1].text == ","


@rule("verb_quote", pos=("VERB", "AUX"), words=CUE_VERBS)
def verb_quote(ctx, off, tok):
    """A cue verb without a complement next to a quote: ``"Y," X said``, ``X said: "Y"``, ``said X``."""
    f = verb_frame(ctx, off, tok)
    if f is None or f.region is not None:
        return None
    q = f.quote(ctx)
    if q is None:
        return None
    after = f.quotes(ctx)[1]
    if after is not None and ":" in ctx.text[f.cue[1]:after.open]:
        q = after  # 'Lavrov said: "A." He continued: "B."': the colon points to B, not to the quote just before
    if verb_lemma(tok) in _QUOTE_ONLY_VERBS and q.open > f.cue[0] and ":" not in ctx.text[f.cue[1]:q.open]:
        return None  # 'would continue "to fight"' quotes an infinitive, it does not resume a statement
    if q.close < f.cue[0] and _quoted_fragment(off, tok, q):
        return None  # 'turned it into "an appendage of NATO," he added, Moscow would Y': the sentence is the content
    around = _quote_around_cue(ctx, f)
    if around is not None:
        return around
    return ctx.attribution(ctx.trim(q.start, q.end), f.cue, f.speaker, f.spk_tok)


def _quoted_fragment(off: int, verb, q) -> bool:
    """Whether a quote before a cue is a fragment of the clause before it: a quoted word of the quote hangs on a word
    before the opening mark in the cue's sentence (``accused Washington of "stoking the fire" it claimed to fight``,
    ``If the role turned it into "an appendage of NATO," he added, ...``), where ``"A," X said`` quotes a clause
    whose root hangs on the cue or stands alone."""
    sent = verb.sent
    inside = [t for t in sent if q.start <= off + t.idx < q.end]
    return any(not (q.start <= off + t.head.idx < q.end) and off + t.head.idx < q.open for t in inside)


def _quote_around_cue(ctx: Context, f: VerbFrame):
    """One direct statement for a quote split by its cue (``"We, however," the President stressed, "mean to say
    ..."``, ``"A," Wang said, "and B."``): from the first part's start to the second's end, the cue inside, as the
    corpus card asks of a parenthetical cue; None unless quotes close just before the ``X said`` group and reopen
    right after its comma."""
    before, after = f.quotes(ctx)
    if before is None or after is None or ctx.text[after.open - 2:after.open].strip() not in ("", ","):
        return None
    return ctx.attribution((before.start, ctx.trim(after.start, after.end)[1]), f.cue, f.speaker, f.spk_tok,
                           kind="direct", snap=False)


# "Vladimir Putin said:" closing its paragraph, before a speech the page prints without quote marks; the colon may
# follow a short adjunct ("said, in part:", "said at the press conference:"); "Name:" opening the next paragraph is a
# transcript's speaker turn, not the speech
_COLON_PARAGRAPH = re.compile(r"[^.!?\n\"“”]{0,%d}:[ \t]*\n[ \t]*\n" % COLON_LEAD_IN)
_TURN_HEADER = re.compile(r"[A-Z][^\n:.!?]{0,%d}:\s" % COLON_LEAD_IN)


@rule("verb_colon_paragraph", pos=("VERB", "AUX"), words=CUE_VERBS)
def verb_colon_paragraph(ctx, off, tok):
    """A cue verb that ends its paragraph with a colon, and the paragraph after it printed without quote marks:
    ``Opening the meeting, Vladimir Putin said:`` and the speech's first paragraph, which stands for the speech (one
    statement per cue; later paragraphs are the speaker's own text)."""
    f = verb_frame(ctx, off, tok)
    if f is None or f.region is not None or f.speaker is None or f.quote(ctx) is not None:
        return None
    text = ctx.text
    m = _COLON_PARAGRAPH.match(text, f.cue[1])
    if m is None or text[m.end():m.end() + 1] in QUOTE_MARKS or _TURN_HEADER.match(text, m.end()):
        return None
    end = text.find("\n\n", m.end())
    content = ctx.trim(m.end(), len(text) if end < 0 else end)
    return ctx.attribution(content, f.cue, f.speaker, f.spk_tok, kind="direct", snap=False)


@rule("verb_as_clause", pos=("VERB", "AUX"), words=CUE_VERBS)
def verb_as_clause(ctx, off, tok):
    """A cue in an ``as`` clause: ``As the envoy said, the matter can wait``, ``..., as the minister noted``."""
    f = verb_frame(ctx, off, tok)
    if f is None or f.region is not None or tok.dep_ != "advcl" or f.quote(ctx) is not None \
            or _as_mark(tok) is None or _as_clause_acts(tok):
        return None
    rest = _outside_as_clause(ctx, off, tok)
    return ctx.attribution(rest, f.cue, f.speaker, f.spk_tok) if rest is not None else None


def _as_clause_acts(verb) -> bool:
    """Whether the verb of an ``as`` clause has a complement of its own (``as Washington pressed for a ceasefire``),
    so the clause tells what else happened rather than who said the clause it joins; a date is no complement (``as
    the minister noted on Monday``, ``as Lavrov has pointed out on several occasions``)."""
    return any(c.dep_ == "prep" and c.i > verb.i and c.lower_ in _AS_CLAUSE_CONTENT_PREPS and any(
        g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in TIME_ENTS and g.lemma_.lower() not in _OCCASION_NOUNS
        for g in c.children) for c in verb.children)


def _as_mark(verb):
    """The ``as`` that opens an adverbial clause (``As the envoy said``, ``as he saw it``; ``As Minister of Foreign
    Affairs Sergey Lavrov has pointed out``, where the parser took ``as`` for a preposition before the title), None
    without one."""
    return next((c for c in verb.children if c.lower_ == "as" and (
        c.dep_ == "mark" or c.dep_ == "prep" and c.i == verb.left_edge.i
        and any(g.dep_ == "nsubj" and g.i > c.i for g in verb.children))), None)


def _outside_as_clause(ctx: Context, off: int, verb) -> tuple[int, int] | None:
    """The bounds of the clause an ``as`` clause comments on: the rest of its head's subtree."""
    lo, hi = verb.left_edge.i, verb.right_edge.i
    rest = [t for t in verb.head.subtree if (t.i > hi if lo <= verb.head.i else t.i < lo) and not t.is_punct]
    if not rest:
        return None
    return ctx.trim(ctx.start(off, rest[0]), ctx.end(off, rest[-1]))


@rule("as_seen", pos=("VERB",), words=("see",))
def as_seen(ctx, off, tok):
    """``As he saw it, Y`` / ``Y, as Moscow sees it``: a view its holder gives (``see`` is no cue verb elsewhere: ``he
    saw the site``); the cue runs from ``as`` to ``it``, set off by commas or the sentence's edge, however the parser
    attached it (it often makes ``saw`` the root)."""
    mark = _as_mark(tok)
    doc = tok.doc
    if mark is None or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "it" or doc[tok.i + 1].dep_ != "dobj":
        return None
    it = doc[tok.i + 1]
    sent = tok.sent
    if it.i + 1 < sent.end and not doc[it.i + 1].is_punct or mark.i > sent.start and doc[mark.i - 1].text != ",":
        return None
    subj = subject(tok)
    if subj is None or not valid_speaker(subj) or subj.lower_ in RELATIVES or not mark.i < subj.i < tok.i:
        return None
    rest = _rest_of_sentence(ctx, off, sent, mark.i, it.i, mark)
    if rest is None and sent.end < len(doc) and doc[sent.end - 1].text == ",":
        nxt = doc[sent.end].sent  # the parser may end the sentence at the comma after "it"
        rest = ctx.trim(ctx.start(off, nxt[0]), ctx.end(off, nxt[-1]))
    if rest is None or rest[1] <= rest[0]:
        return None
    subj = named_apposition(subj)
    return ctx.attribution(rest, (ctx.start(off, mark), ctx.end(off, it)), speaker_span(ctx, off, subj), subj)


# passives that report what was said only with "it" or in an "as" clause ("It was pointed out that Y", "As was
# mentioned at the talks, Y"), not with a noun subject ("The ferry was mentioned" names a topic); and those only in an
# "as" clause ("as was said"; "it was said that" is hearsay)
_REPORTED_PASSIVES = words("reported_passive_verbs")
_AS_PASSIVE_CUES = _PASSIVE_CUES | _REPORTED_PASSIVES | words("as_passive_cue_verbs")


def _has_particle(verb, lemma: str) -> bool:
    """Whether a verb that is a cue only with a particle (``point out``) has it; True for any other verb."""
    return lemma not in _NEEDS_PARTICLE or any(c.dep_ in ("prt", "prep") and c.lower_ in _NEEDS_PARTICLE[lemma]
                                               for c in verb.children)


@rule("passive_as_clause", pos=("VERB",), words=_AS_PASSIVE_CUES)
def passive_as_clause(ctx, off, tok):
    """An agentless passive in an ``as`` clause: ``As was noted at the talks, Y``, ``Y, as was pointed out earlier``;
    the source is only implied (speaker None), or the agent (``as was stressed by the minister``). Not under a modal
    (``as might be expected``) and not with a subject (``as the ferry was agreed``: an event)."""
    lemma = verb_lemma(tok)
    if tok.dep_ != "advcl" or _as_mark(tok) is None or tok.tag_ != "VBN":
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("nsubj", "nsubjpass", "csubjpass") for c in kids) \
            or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in kids):
        return None
    if not _has_particle(tok, lemma):
        return None  # "as was pointed at": only "pointed out" reports
    agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and not valid_speaker(agent):
        return None
    rest = _outside_as_clause(ctx, off, tok)
    if rest is None or rest[1] <= rest[0]:
        return None
    aux = next(c for c in kids if c.dep_ == "auxpass")
    cue_end = next((c for c in kids if c.dep_ == "prt" and c.i == tok.i + 1), tok)
    cue = (ctx.start(off, aux), ctx.end(off, cue_end))
    if agent is not None:
        return ctx.attribution(rest, cue, speaker_span(ctx, off, agent), agent)
    return ctx.attribution(rest, cue, None, None)


@rule("verb_parenthetical", pos=("VERB", "AUX"), words=CUE_VERBS)
def verb_parenthetical(ctx, off, tok):
    """A cue inserted in its content: ``The world will, he added, become ...`` (the content is the sentence, cue and all)."""
    f = verb_frame(ctx, off, tok)
    if f is None or f.region is not None or not (tok.dep_ == "parataxis" or _set_off_clause(tok, f)):
        return None
    q = f.quote(ctx)
    if q is not None and not (q.close < f.cue[0] and _quoted_fragment(off, tok, q)):
        return None  # '"A," he added, "B"' is verb_quote's; a fragment ('into "an appendage," he added, Y') is not
    if _media_tail(tok.head):
        return None  # "Y, X said, Interfax reported": the agency's verb is the root, Y is before the cue (trailing)
    sent = tok.sent
    participle = next((c for c in (*tok.children, *tok.head.children) if c.i > tok.i and c.tag_ == "VBG"
                       and c.dep_ in ("advcl", "xcomp")
                       and verb_lemma(c) in CUE_VERBS and any(g.dep_ == "ccomp" for g in c.children)), None)
    if participle is not None and participle.left_edge.i > 0 and tok.doc[participle.left_edge.i - 1].text == ",":
        # "Y, the European Central Bank said, warning that Z": the participle's clause is its own statement; the
        # content ends at the cue, or, with the cue inside it, at the participle's comma ("The rules, he said, had
        # been made known, adding that Z")
        comma = tok.doc[participle.left_edge.i - 1]
        end = tok.left_edge if comma.i <= tok.right_edge.i + 1 else comma
        return ctx.attribution(ctx.trim(ctx.start(off, sent[0]), ctx.start(off, end)), f.cue, f.speaker, f.spk_tok)
    if tok.head.dep_ == "relcl" and tok.head.left_edge.i > sent.start:
        # "arming the opposition, whose ranks, he noted, included Y": the cue is set off inside the relative clause,
        # which is its content
        clause = tok.head
        return ctx.attribution(ctx.trim(ctx.start(off, clause.left_edge), ctx.end(off, clause.right_edge)), f.cue,
                               f.speaker, f.spk_tok)
    if _trailing_parenthetical(tok):
        # "X held talks on Friday, the Kremlin said, as Washington pressed for Y": the cue ends its content; what
        # follows is the journalist's adverbial clause
        return ctx.attribution(ctx.trim(ctx.start(off, sent[0]), ctx.start(off, tok.left_edge)), f.cue, f.speaker,
                               f.spk_tok)
    joined = next((c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i and verb_lemma(c) in CUE_VERBS
                   and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if joined is not None:
        # "Georgia's army, he said, had been trained abroad, and he suggested that Z": a cue joined after a comma
        # with a subject of its own is the journalist's next sentence; the content ends before the comma and
        # conjunction ("Crimea, he declared, had made its choice, and Russia would honour it" goes on saying)
        stop = joined.left_edge.i
        while stop - 1 > tok.right_edge.i and (tok.doc[stop - 1].dep_ == "cc" or tok.doc[stop - 1].text in (",", ";")):
            stop -= 1
        if any(t.text in (",", ";") for t in tok.doc[stop:joined.left_edge.i]):
            return ctx.attribution(ctx.trim(ctx.start(off, sent[0]), ctx.start(off, tok.doc[stop])), f.cue,
                                   f.speaker, f.spk_tok)
    return ctx.attribution(ctx.trim(ctx.start(off, sent[0]), ctx.end(off, sent[-1])), f.cue, f.speaker, f.spk_tok)


def _set_off_clause(tok, f) -> bool:
    """``The S-400, the statement went on, would give Y``: a cue the parser hung as an adverbial clause, without a
    subordinator, between commas inside the clause it reports; or made the root, with the clause's subject before it
    and its verb joined after it (``Russia, he told Itar-Tass, valued Y``)."""
    if f.spk_tok is not None and tok.dep_ == "ROOT":
        # the cue's own words end with its object ("told Itar-Tass"); the joined verb follows the comma after them
        end = tok.doc[max([tok.i] + [c.right_edge.i for c in tok.children if c.dep_ in ("dobj", "dative", "prt")
                                     and c.i > tok.i])]
        lead = next((c for c in tok.children if c.dep_ in ("npadvmod", "dep") and c.i < f.spk_tok.left_edge.i
                     and c.pos_ in ("PROPN", "NOUN")), None)
        rest = next((c for c in tok.children if c.dep_ == "conj" and c.i == end.i + 2
                     and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)),
                    None)
        return lead is not None and rest is not None and _set_off(f.spk_tok.left_edge, end)
    if tok.dep_ != "advcl" or tok.head.i < tok.i or any(c.dep_ == "mark" for c in tok.children) or f.spk_tok is None:
        return False
    last = max([tok] + [c for c in tok.children if c.dep_ == "prt"], key=lambda t: t.i)
    return _set_off(f.spk_tok.left_edge, last)


def _trailing_parenthetical(cue) -> bool:
    """Whether a parenthetical cue stands after its clause's verb with only an adverbial clause after it (``Y, the
    Kremlin said, as Z``), not inside its content (``The world will, he added, become ...``)."""
    head = cue.head
    after = [c for c in head.children if c.i > cue.right_edge.i and not c.is_punct]
    # a condition goes on saying ("The decision could be reversed, it added, but only if Y")
    return head.i < cue.i and bool(after) and all(c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ not in _CONDITION_MARKS for g in c.children) for c in after)


_READ_LEAD = re.compile(r"^,?\s*(?:in part\s*)?:\s*$")


@rule("document_reads", pos=_ANY_POS, words=words("document_verbs"))
def document_reads(ctx, off, tok):
    """``The message read, in part: "Y"`` and ``a letter which reads: "Y"``, however the parser took them (it often
    makes ``read`` a noun, or hangs the relative clause on the wrong noun): a document noun, or a relative pronoun
    after one, then the verb, then a colon and a quote."""
    doc = tok.doc
    if tok.i == 0:
        return None
    prev = doc[tok.i - 1]
    noun = prev
    if prev.lower_ in RELATIVES:
        noun = next((t for t in reversed(doc[tok.sent.start:prev.i]) if t.lemma_.lower() in _DOCUMENTS), None)
    if noun is None or noun.lemma_.lower() not in _DOCUMENTS:
        return None
    q = next((q for q in ctx.quotes_touching(ctx.end(off, tok), ctx.end(off, tok) + COLON_LEAD_IN)
              if q.open >= ctx.end(off, tok)), None)
    if q is None or not _READ_LEAD.match(ctx.text[ctx.end(off, tok):q.open].rstrip()):
        return None
    cue_s = ctx.start(off, noun) if noun is prev else ctx.start(off, tok)
    speaker = speaker_span(ctx, off, noun)
    if noun.i > 0 and doc[noun.i - 1].dep_ == "det":  # "The message read": the article hangs on the mistaken noun
        speaker = ctx.span(ctx.start(off, doc[noun.i - 1]), speaker.end)
    return ctx.attribution(ctx.trim(q.start, q.end), (cue_s, ctx.end(off, tok)), speaker, noun)


_TRAILING_DEPS = ("prep", "advmod", "npadvmod", "punct")


@rule("verb_trailing", pos=("VERB", "AUX"), words=words("clausal_verbs"))
def verb_trailing(ctx, off, tok):
    """A cue after its content, which the parser did not attach to it: ``Russia and Finland plan to X, the President
    said in his opening remarks`` (the content is the sentence up to the comma before the speaker)."""
    if tok.tag_ == "VBG":
        return None  # "had made progress in responding to the crisis": a trailing cue is finite ("the President said")
    f = verb_frame(ctx, off, tok)
    if f is None or f.region is not None or f.speaker is None or f.quote(ctx) is not None or f.speaker.start > f.cue[0] \
            or any(c.dep_ not in _TRAILING_DEPS and c.i > tok.i and not _audience(c, tok) and not (
                c.dep_ == "advcl" and any(g.dep_ == "mark" for g in c.children)) for c in tok.children):
        # (an audience and an adverbial clause may follow: "Y, May told parliament, after Moscow failed to Z")
        return None
    if any(c.dep_ == "parataxis" and c.i < tok.i and verb_frame(ctx, off, c) is not None for c in tok.children):
        # "If the talks fail, Lavrov warned, Russia would respond": the cue before is set off inside this verb's
        # clause, which is its content, not this verb's (verb_parenthetical)
        return None
    sent = tok.sent
    s0 = ctx.start(off, sent[0])
    comma = ctx.text.rfind(",", s0, f.speaker.start)
    if comma < 0 or ctx.text[comma + 1:f.speaker.start].strip():
        return None
    if not _content_before(ctx, off, tok, comma):
        return None
    return ctx.attribution(ctx.trim(s0, comma), f.cue, f.speaker, f.spk_tok)


def _audience(c, verb) -> bool:
    """Whether ``c`` is the audience of a telling verb (``told parliament``, ``told reporters``): people or a body."""
    return c.dep_ in ("dobj", "dative") and verb_lemma(verb) in _AUDIENCE_VERBS and (
        c.lower_ in _AUDIENCE_NOUNS or valid_speaker(c) and c.pos_ != "PRON")


def _content_before(ctx: Context, off: int, tok, comma: int) -> bool:
    """Whether the sentence up to the comma before a trailing cue can be its content: enough words, and not a fronted
    phrase (``In Moscow, he said``) or a relative clause (``which, he said, ...``; a determiner ``That point ...``
    opens a content)."""
    sent = tok.sent
    first = sent[0]
    before = [t for t in sent if t.i < tok.i and ctx.end(off, t) <= comma and not t.is_punct]
    # ("Later in the day, the two presidents spoke": no verb, so no clause to report; "Speaking at the meeting, Putin
    # said": a participle alone is no clause either)
    verbs = [t for t in before if t.pos_ in ("VERB", "AUX")]
    return len(before) >= MIN_TRAILING_CONTENT and bool(verbs) \
        and not (first.tag_ in ("VBG", "VBN") and all(t.tag_ in ("VBG", "VBN") for t in verbs)) \
        and first.dep_ != "prep" and not (first.lower_ in RELATIVES and first.dep_ != "det")


@rule("verb_inverted", pos=("VERB",), words=words("clausal_verbs"))
def verb_inverted(ctx, off, tok):
    """A cue after its content with its speaker after it, which the parser did not take for the subject: ``The use of
    force would only bring suffering, warned President Putin`` (the content is the sentence up to the comma)."""
    doc = tok.doc
    # '"Washington has blinked," declared the channel WarGonzo': a quote closed after its comma is content too
    quoted = tok.i >= 2 and doc[tok.i - 1].text in QUOTE_MARKS and doc[tok.i - 2].text == ","
    sep = doc[tok.i - 2] if quoted else doc[tok.i - 1] if tok.i else None
    if sep is None or sep.text != "," or tok.tag_ != "VBD" or not quoted and ctx.in_quote(ctx.start(off, sep)):
        return None
    own = subject(tok)
    if own is not None and valid_speaker(own):
        return None  # "Russia deployed missiles, warned Europe": the cue's subject stands before it
    spk = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("nsubj", "dobj", "attr", "npadvmod")
                and c.left_edge.i == tok.i + 1), None)
    if spk is None or spk.pos_ == "PRON" or not valid_speaker(spk) or any(c.dep_ in ("cc", "conj") for c in tok.children):
        return None
    after = doc[spk.right_edge.i + 1] if spk.right_edge.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ == "ADP"):
        return None  # "closed the pier, warned the captains and left": a verb of the sentence's own subject
    comma = ctx.start(off, sep)
    if not quoted and not _content_before(ctx, off, tok, comma):
        return None
    spk = named_apposition(spk)
    return ctx.attribution(ctx.trim(ctx.start(off, tok.sent[0]), comma), (ctx.start(off, tok), ctx.end(off, tok)),
                           speaker_span(ctx, off, spk), spk)


@dataclass
class NounFrame:
    """A cue noun with its ``that`` clause and its source."""

    clause: object
    speaker_tok: object
    gov: object


def noun_frame(ctx: Context, off: int, tok) -> NounFrame | None:
    """The clause and source of a cue noun (``warnings that ...``), computed once per token."""
    key = ("noun", off, tok.i)
    if key not in ctx.memo:
        ctx.memo[key] = _noun_frame(tok)
    return ctx.memo[key]


def _infinitive_of(noun):
    """The infinitive that completes a noun (``an invitation to visit Oslo``), if any."""
    return next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def _gloss_participle(verb) -> bool:
    """Whether ``verb`` is one of the lexicon's ``gloss_participles``, alone or with the particle after it
    (``defying``, ``brushing aside``)."""
    nxt = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    return verb.lower_ in _GLOSS_PARTICIPLES or f"{verb.lower_} {nxt}" in _GLOSS_PARTICIPLES


def _noun_frame(tok) -> NounFrame | None:
    if tok.lemma_.lower() not in _CUE_NOUNS or tok.pos_ != "NOUN":
        return None
    clause = that_clause(tok)
    if clause is None and tok.i + 1 < len(tok.doc):
        # "his belief that X ..." where the parser hung the clause on the main verb instead.
        mark = tok.doc[tok.i + 1]
        if mark.lower_ == "that" and mark.dep_ == "mark" and mark.head.i > tok.i and mark.head.dep_ in ("advcl", "ccomp"):
            clause = mark.head
    if clause is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LIGHT_VERBS:
        # "expressed hope the talks would go on": the parser hangs the clause on the light verb.
        clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is None:
        return None
    speaker_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
    if speaker_tok is None:
        speaker_tok = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    # "defying warnings from Brussels and Washington that Y": the source after "from" or "by", not who defied them
    source = next((g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") and c.i > tok.i
                   for g in c.children if g.dep_ == "pobj" and valid_speaker(g)), None)
    if speaker_tok is None:
        speaker_tok = source
    gov = tok.head
    if gov.lemma_.lower() in _VIEW_VERBS and gov.tag_ in ("VBZ", "VBP"):
        return None  # "the view he still regards as sound": the journalist's characterisation
    # "brushing aside warnings that Y", "defying warnings that Y": whoever ignores the warnings did not give them
    if speaker_tok is None and _gloss_participle(gov):
        return None
    if tok.dep_ == "dobj" and gov.pos_ in ("VERB", "AUX") and source is None:
        verb_subject = subject(gov)
        if _reporters_conjunct(gov):
            verb_subject = reporting_subject(gov) or verb_subject
        if verb_subject is not None and valid_speaker(verb_subject) \
                and verb_subject.lower_ not in RELATIVES:
            # "Lavrov repeated Moscow's view that ...": the one repeating it is the source.
            speaker_tok = verb_subject
        elif speaker_tok is None and verb_subject is not None and not valid_speaker(verb_subject) \
                and gov.dep_ == "conj":
            # "charged that X lacked Y and dusted off warnings that Z": a cue joined to the reported clause; not a
            # verb of that clause ("said the decision sent a message that Z": all Y's content)
            speaker_tok = reporting_subject(gov)
    if speaker_tok is None or not valid_speaker(speaker_tok):
        return None
    return NounFrame(clause, speaker_tok, gov)


def _noun_cue_kind(tok) -> str:
    gov = tok.head
    # "expressed hope", and with the noun's own determiner or modifiers between ("expressed the hope", "voiced his
    # deep concern"): the light verb is part of the cue
    if tok.dep_ == "dobj" and gov.lemma_.lower() in _LIGHT_VERBS and gov.i < tok.i and all(
            t.head == tok and t.dep_ in _NOUN_CUE_MODIFIERS for t in tok.doc[gov.i + 1:tok.i]):
        return "light_verb_noun"
    if tok.dep_ == "dobj" and gov.lemma_.lower() in CUE_VERBS:
        return "verb_noun_clause"
    return "noun_clause"


# the dependents of a cue noun that may stand between it and its light verb ("expressed the hope", "his deep concern")
_NOUN_CUE_MODIFIERS = ("det", "poss", "amod")


def _from_noun(ctx: Context, off: int, tok, kind: str):
    f = noun_frame(ctx, off, tok)
    if f is None or _noun_cue_kind(tok) != kind:
        return None
    if kind == "light_verb_noun":
        cue = (ctx.start(off, f.gov), ctx.end(off, tok))
    elif kind == "verb_noun_clause":
        cue = (ctx.start(off, f.gov), ctx.end(off, f.gov))
    else:
        cue = (ctx.start(off, tok), ctx.end(off, tok))
    reg = ctx.region(off, [f.clause], tok)
    if reg is None:
        return None
    return ctx.attribution(reg, cue, speaker_span(ctx, off, f.speaker_tok), f.speaker_tok, check=False)


@rule("light_verb_noun", pos=("NOUN",), words=_CUE_NOUNS)
def light_verb_noun(ctx, off, tok):
    """A cue noun right after a light verb, with a ``that`` clause: ``X expressed hope that Y``."""
    return _from_noun(ctx, off, tok, "light_verb_noun")


@rule("verb_noun_clause", pos=("NOUN",), words=_CUE_NOUNS)
def verb_noun_clause(ctx, off, tok):
    """A cue verb whose object is a cue noun with a ``that`` clause: ``X repeated Moscow's view that Y``."""
    return _from_noun(ctx, off, tok, "verb_noun_clause")


@rule("noun_clause", pos=("NOUN",), words=_CUE_NOUNS)
def noun_clause(ctx, off, tok):
    """A cue noun with a ``that`` clause and a possessive or name source: ``his warnings that Y``."""
    return _from_noun(ctx, off, tok, "noun_clause")


@rule("noun_by_source", pos=("NOUN",), words=_PROPOSAL_NOUNS)
def noun_by_source(ctx, off, tok):
    """A proposal whose source follows it: ``accepted an invitation from X to visit Y`` (the infinitive),
    ``Acting on a proposal by X, the council decided Y`` (the clause the fronted phrase opens)."""
    by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    src = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if src is None or not valid_speaker(src):
        return None
    inf = _infinitive_of(tok) or next((c for c in src.children if c.dep_ in ("acl", "relcl") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    cue = (ctx.start(off, tok), ctx.end(off, by))
    if inf is not None:
        reg = ctx.region(off, [inf], tok)
    else:
        top = tok
        while top.head != top and top.head.dep_ != "ROOT" and top.dep_ != "ROOT":
            top = top.head
        root = top.head
        if top == tok or top.dep_ == "ROOT" or top.i > root.i or top.right_edge.i + 1 >= len(tok.doc) \
                or tok.doc[top.right_edge.i + 1].text != ",":
            return None  # only a fronted phrase ("Acting on a proposal by X, ...") opens its content
        reg = _rest_of_sentence(ctx, off, tok.sent, top.left_edge.i, top.right_edge.i, tok)
    if reg is None:
        return None
    return ctx.attribution(reg, cue, speaker_span(ctx, off, src), src)


# verbs whose object is a proposal their subject makes ("X put forward an initiative to Y"; "come" for "came up with")
_PROPOSING_VERBS = words("proposing_verbs")
# proposals a report mostly names as accepted, passed on or extended (an event, not a statement): proposal_noun
# leaves them to noun_by_source ("an invitation from X to visit Y")
_ACCEPTED_PROPOSALS = words("accepted_proposal_nouns")
# "a proposal on creating Y", "an initiative for setting up Y": a gerund after these prepositions is what was proposed
_PROPOSAL_GERUND_PREPS = words("proposal_gerund_preps")


def _proposal_content(noun):
    """What a proposal proposes: its infinitive (``an initiative to build Y``) or a gerund after a preposition
    (``a proposal on creating Y``); None for a proposal named only by its topic (``a proposal on trade``)."""
    inf = _infinitive_of(noun)
    if inf is not None:
        return inf
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _PROPOSAL_GERUND_PREPS and c.i > noun.i:
            g = next((g for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
            if g is not None and g.tag_ == "VBG":
                return g
    return None


def _proposer(noun):
    """The source of a proposal: its possessor (``Sweden's proposal``), or the subject of the verb that puts it
    forward (``X put forward an initiative``, ``X came up with a proposal``)."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss if valid_speaker(poss) and poss.lower_ not in ("its", "their") else None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head  # "came up with a proposal"
    elif noun.dep_ != "dobj":
        return None
    if verb_lemma(verb) not in _PROPOSING_VERBS or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return None
    subj = subject(verb)
    return named_apposition(subj) if subj is not None and valid_speaker(subj) and subj.lower_ not in RELATIVES \
        else None


@rule("proposal_noun", pos=("NOUN",), words=_PROPOSAL_NOUNS)
def proposal_noun(ctx, off, tok):
    """A proposal with its source and what it proposes: ``Sweden's proposal to share a pilot service``, ``X put
    forward an initiative to build Y``, ``X came up with a proposal on creating Y``."""
    if tok.lemma_.lower() not in _PROPOSAL_NOUNS - _ACCEPTED_PROPOSALS or tok.tag_ == "NNS":
        return None  # "no response to Russia's repeated proposals to Y": a plural sums up a history, not one statement
    content = _proposal_content(tok)
    if content is None:
        return None
    src = _proposer(tok)
    if src is None:
        return None
    reg = ctx.region(off, [content], tok)
    if reg is None:
        return None
    # "put forward an initiative": the verb that makes the proposal opens the cue, as in "expressed hope"
    first = tok.head if tok.dep_ == "dobj" and not any(c.dep_ == "poss" for c in tok.children) else tok
    return ctx.attribution(reg, (ctx.start(off, first), ctx.end(off, tok)), speaker_span(ctx, off, src), src)


_ATTITUDE_OR_ASSESSMENT = _ATTITUDE_NOUNS | _ASSESSMENT_NOUNS
_ATTITUDE_PREPS = words("attitude_preps")


def _attitude_target(tok):
    """The preposition or infinitive that holds what an attitude noun after a light verb is about (``concern over
    Y``, ``readiness to Y``, ``high marks to Y``), None when the noun is not such a cue."""
    gov = tok.head
    noun = tok.lemma_.lower()
    if noun not in _ATTITUDE_OR_ASSESSMENT:
        noun = tok.lower_  # the lexicon lists some plurals as such ("considerations"), whose lemma is not there
    if tok.dep_ != "dobj" or not (gov.lemma_.lower() in _ATTITUDE_VERBS and noun in _ATTITUDE_NOUNS
                                  or gov.lemma_.lower() in _ASSESSMENT_VERBS and noun in _ASSESSMENT_NOUNS):
        return None
    if noun in _ATTITUDE_NOUN_VERBS and gov.lemma_.lower() not in _ATTITUDE_NOUN_VERBS[noun]:
        return None
    if noun not in _ATTITUDE_VERB_NOUNS.get(gov.lemma_.lower(), (noun,)):
        return None  # "exchanged greetings on Y" voices them; "exchanged views on Y" names a topic
    for c in list(tok.children) + [c for c in gov.children if c.i > tok.i]:
        if c.lower_ == "of" and c.head.i == tok.i and any(g.dep_ == "pobj" and _holder(g) for g in c.children):
            continue  # "conveyed the condolences of the Finnish people to Y": whose they are, not what about
        if c.dep_ in ("prep", "dative") and c.lower_ in _ATTITUDE_PREPS and c.i > tok.i \
                and (c.lower_ == "to" or noun != "attention") \
                and not (c.lower_ == "to" and noun in _ADDRESSED_NOUNS):  # "drew the attention of X to Y"
            return c
        if c.dep_ in ("acl", "relcl") and c.i > tok.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
    return None


def _holder(tok) -> bool:
    """Whether the object of an attitude noun's ``of`` names who holds the feeling (``the condolences of the Finnish
    people``, ``of the President``, ``of Russia``), not what it is about (``a high opinion of the present state``)."""
    return tok.ent_type_ in ("PERSON", "NORP", "GPE") or tok.lemma_.lower() in _HOLDER_NOUNS or tok.lower_ in _HOLDER_NOUNS


# what a feeling addressed to someone is for ("expressed gratitude to X for Y", "condolences to X over Y")
_ADDRESSEE_REASON_PREPS = ("for", "over")


# the tagger takes a bare attitude noun for a name now and then ("expressed solidarity with Y")
@rule("light_verb_noun_object", pos=("NOUN", "PROPN"), words=_ATTITUDE_OR_ASSESSMENT)
def light_verb_noun_object(ctx, off, tok):
    """An attitude noun after a light verb with a preposition or infinitive: ``X expressed concern over Y``,
    ``X voiced support for Y``, ``X drew attention to Y``, ``X expressed readiness to Y``, ``X gave high marks to Y``."""
    target = _attitude_target(tok)
    if target is None:
        return None
    gov = tok.head
    subj, meeting = _light_verb_source(gov)
    if subj is None and not meeting:
        return None
    cue_end = ctx.end(off, target) if target.dep_ in ("prep", "dative") and target.i == tok.i + 1 else ctx.end(off, tok)
    head = _prep_object(target) if target.dep_ in ("prep", "dative") else target
    if head is target and target.dep_ in ("prep", "dative"):
        return None
    heads = [head]
    if target.lower_ == "to":
        # "expressed gratitude to X for Y": the addressee and what the thanks are for, as "thanked X for Y"
        heads += [c for c in list(gov.children) + list(tok.children) if c.dep_ == "prep"
                  and c.lower_ in _ADDRESSEE_REASON_PREPS and c.i > head.right_edge.i][:1]
    reg = ctx.region(off, heads, tok)
    if reg is None:
        return None
    return _light_verb_attribution(ctx, off, reg, (ctx.start(off, gov), cue_end), subj)


def _light_verb_source(gov):
    """Who voices what a light verb's attitude noun says: (the speaker token, False), (None, True) for a meeting's
    participants (``The meeting confirmed Y``), or (None, False) for no source."""
    subj = subject(gov)
    if (subj is None or not valid_speaker(subj)) and gov.dep_ == "conj" or _reporters_conjunct(gov):
        # "noted that the work was going well and called attention to Y": a verb the parser joined to the reported
        # clause is the reporter's second statement
        subj = reporting_subject(gov) or subj
    if _meeting_subject(subj, gov.lemma_.lower()):
        return None, True
    if subj is None or not valid_speaker(subj) or subj.lower_ in RELATIVES:
        return None, False
    return named_apposition(subj), False


def _light_verb_attribution(ctx: Context, off: int, content: tuple[int, int], cue: tuple[int, int], subj):
    """The statement of a light verb's attitude noun: spoken by ``subj``, or by a meeting's participants, unnamed, when
    :func:`_light_verb_source` gave no token."""
    return ctx.attribution(content, cue, speaker_span(ctx, off, subj) if subj is not None else None, subj)


@rule("light_verb_bare_attitude", pos=("VERB",), words=_BARE_ATTITUDE_VERBS)
def light_verb_bare_attitude(ctx, off, tok):
    """A feeling a light verb voices with nothing after it: ``the ministry expressed deep concern``, ``Japan voiced
    unease``, ``China expressed "strong dissatisfaction and protest"``; the feeling, with its words before it, is the
    content. The verb fires the rule, so that a quoted feeling counts."""
    lemma = tok.lemma_.lower()
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or lemma not in _BARE_ATTITUDE_VERBS or negated(tok) or any(c.dep_ == "neg" for c in tok.children):
        return None
    noun = obj.lemma_.lower() if obj.lemma_.lower() in _BARE_ATTITUDE_NOUNS else obj.lower_
    if noun not in _BARE_ATTITUDE_NOUNS or noun not in _ATTITUDE_VERB_NOUNS.get(lemma, (noun,)):
        return None
    if _attitude_target(obj) is not None or that_clause(obj) is not None or any(
            c.dep_ in ("acl", "relcl", "ccomp") for c in obj.children) \
            or noun in _CUE_NOUNS and light_verb_noun(ctx, off, obj) is not None:
        return None  # "expressed concern over Y", "expressed regret that Y": the rules of the noun's complement
    subj, meeting = _light_verb_source(tok)
    if subj is None and not meeting:
        return None
    end = max([obj.i] + [c.i for c in obj.children if c.dep_ == "conj"])
    content = (ctx.start(off, obj.left_edge), ctx.end(off, obj.doc[end]))
    return _light_verb_attribution(ctx, off, content, (ctx.start(off, tok), ctx.end(off, tok)), subj)


def _reported(verb) -> bool:
    """Whether a verb stands inside the clause of a cue verb (``X said he was convinced that Y``: X's statement)."""
    node = verb
    for _ in range(MAX_REPORT_DEPTH):
        if node.dep_ == "ROOT" or node.head == node:
            return False
        if node.dep_ == "ccomp" and verb_lemma(node.head) in CUE_VERBS:
            return True
        node = node.head
    return False


def _stance_holder(tok):
    """The ``be`` (or ``be`` + participle) frame of an adjective or a passive: ``X is convinced``, ``X were
    confident``, ``X was stressed``. Returns (the ``be`` that opens the cue, the subject), or None."""
    if tok.dep_ == "acomp" and tok.head.lemma_ == "be":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return (tok.head, subj) if subj is not None else None
    aux = next((c for c in tok.children if c.dep_ == "auxpass"), None)
    if aux is None:
        return None
    # the parser mixes the two subject labels, and may hang the subject on the auxiliary
    subj = next((c for c in list(tok.children) + list(aux.children) if c.dep_ in ("nsubjpass", "nsubj")), None)
    return (aux, subj) if subj is not None else None


@rule("copula_stance", pos=("VERB", "ADJ", "NOUN"), words=_STANCE_ADJECTIVES | _STANCE_PHRASE_NOUNS)
def copula_stance(ctx, off, tok):
    """A stance held rather than voiced, in a readout's words: ``X is convinced (that) Y``, ``X were convinced of Y``,
    ``X is in favour of Y``, ``X expressed himself in favour of Y``. Not under a modal (``X would be sure to``)."""
    if tok.pos_ == "NOUN":
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in _STANCE_PHRASE_VERBS:
            return None
        verb = prep.head
        subj = subject(verb)  # "expressed satisfaction and went on record in favour of Y"
        first, head = verb, _prep_object(prep)
        if head == tok:
            return None
        cue_end = tok.i + 1 if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of" else tok.i
    else:
        frame = _stance_holder(tok)
        if frame is None:
            return None
        first, subj = frame
        clause = next((c for c in list(tok.children) + list(first.children) if c.dep_ == "ccomp" and c.i > tok.i),
                      None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "that")), None)
        head = clause if clause is not None else _prep_object(prep) if prep is not None else None
        if head is None or head is prep:
            return None
        cue_end = prep.i if clause is None and prep.i == tok.i + 1 else tok.i
        verb = first.head if first.dep_ == "auxpass" else first
    if subj is not None and subj.lower_ in RELATIVES and verb.dep_ == "relcl":
        subj = verb.head  # "Russia and Mongolia, which are convinced that Y, ..."
    if subj is None or not valid_speaker(subj) or subj.lower_ in RELATIVES \
            or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) or _reported(verb):
        return None
    subj = named_apposition(subj)
    reg = ctx.region(off, [head], tok)
    if reg is None:
        return None
    doc = tok.doc
    return ctx.attribution(reg, (ctx.start(off, first), ctx.end(off, doc[cue_end])), speaker_span(ctx, off, subj), subj)


# What sets a source phrase off from the clause it qualifies ("In his view, Y", "Y, in the view of X, Z")
_SET_OFF_MARKS = frozenset((",", ";", "—", "–", "(", ")", ":"))


@rule("opinion_phrase", pos=("NOUN",), words=_OPINION_NOUNS)
def opinion_phrase(ctx, off, tok):
    """``In X's opinion, Y``, ``In the view of X, Y``, ``In his words, Y``: an according-to source."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in":
        return None
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    if src is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        src = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if src is not None and src.pos_ != "PROPN" and not any(c.dep_ == "det" for c in tok.children):
            return None  # "discussed in view of the agreements": the idiom for "given", not a holder's view
    if src is None or not valid_speaker(src):
        return None
    phrase = sorted({t.i for t in prep.subtree})
    doc = tok.doc
    if not (phrase[0] == tok.sent.start or doc[phrase[0] - 1].text in _SET_OFF_MARKS
            or phrase[-1] + 1 < len(doc) and doc[phrase[-1] + 1].text in _SET_OFF_MARKS):
        return None  # "would weigh heavily in the Commission's next assessment": a complement, not a source
    chain = [prep.head, *prep.head.ancestors]
    reported = next((k for k, a in enumerate(chain) if a.dep_ == "ccomp" and a.head.i < phrase[0]
                     and verb_lemma(a.head) in CUE_VERBS), None)
    relative = None
    if reported is not None:
        # "said it could be Kiev's decision, which, in his opinion, would promote Y": his view of the thing named
        relative = next((a for a in chain[:reported] if a.dep_ == "relcl" and a.i > phrase[-1]), None)
        if relative is None:
            return None  # "stressed that, in his view, Y": inside a clause already reported, the cue's
    after = doc[phrase[-1] + 1:phrase[-1] + 1 + OPINION_CUE_REACH]
    if any(t.dep_ == "parataxis" and verb_lemma(t) in CUE_VERBS for t in after):
        return None  # "In the Kremlin's assessment, he added, Y": the cue set off after it is the statement's
    if relative is not None:
        rest = [t for t in doc[phrase[-1] + 1:relative.right_edge.i + 1] if not t.is_punct]
        content = ctx.trim(ctx.start(off, rest[0]), ctx.end(off, rest[-1])) if rest else None
    else:
        content = _rest_of_sentence(ctx, off, tok.sent, phrase[0], phrase[-1], prep)
    if content is None:
        return None
    return ctx.attribution(content, (ctx.start(off, prep), ctx.end(off, tok)), speaker_span(ctx, off, src), src,
                           kind="according_to", check=False)


@rule("passive_cue", pos=("VERB", "ADJ"), words=_PASSIVE_CUES | _REPORTED_PASSIVES | set(_PASSIVE_LIGHT_VERBS))
def passive_cue(ctx, off, tok):
    """An agentless passive of a meeting readout: ``It was noted that Y``, ``It was agreed to Y``, ``The importance of
    Y was stressed``, ``Satisfaction was expressed with Y``, ``Hope was expressed that Y``; the source is only implied (speaker None). With an agent
    (``was stressed by the premier``) the agent is the speaker. Never with a modal (``It should be noted``: the
    journalist's own aside)."""
    # the tagger may call the participle an adjective, after "be" ("X was underscored")
    frame = _stance_holder(tok)
    if frame is None or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in list(tok.children) + list(frame[0].children)):
        return None
    if negated(tok) or any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in tok.children):
        return None  # "Rumours that Y have not been confirmed", "if a truce is agreed": nothing was said
    aux, subj = frame
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and not valid_speaker(agent):
        return None
    if agent is None and tok.dep_ == "ccomp" and verb_lemma(tok.head) in CUE_VERBS and tok.head.i < tok.i:
        return None  # "Tasnim reported that the route had been agreed with Tehran": what the reporter said
    lemma = verb_lemma(tok)
    if lemma in _REPORTED_PASSIVES - _PASSIVE_CUES and (subj.lower_ != "it" or not _has_particle(tok, lemma)):
        return None  # "It was pointed out that Y"; not "The ferry was mentioned", "It was pointed at the pier"
    if subj.lower_ == "it":
        head = next((c for c in tok.children if c.dep_ == "ccomp" or c.dep_ == "xcomp" and lemma in _INFINITIVE_VERBS),
                    None)
    elif lemma in _PASSIVE_LIGHT_VERBS:
        # "Satisfaction was expressed with Y", "An emphasis was made on Y", "Proposals were made to Y", "A positive
        # assessment was given of Y"; never "A decision was made"
        if subj.lemma_.lower() not in words(_PASSIVE_LIGHT_VERBS[lemma]):
            return None  # "Great attention was given to Y" is the journalist's summary
        after = [c for c in list(tok.children) + list(subj.children) if c.i > tok.i or c.head == subj and c.i > subj.i]
        prep = next((c for c in after if c.dep_ == "prep" and c.lower_ in _ATTITUDE_PREPS), None)
        inf = next((c for c in after if c.dep_ in ("xcomp", "acl", "advcl")
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        # "Hope was expressed that Y": the clause hangs on the verb or on the noun
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and _complementizer(c)), None) \
            or that_clause(subj)
        head = _prep_object(prep) if prep is not None else inf or clause
        if head is None or head is prep:
            return None
    else:
        head = subj if subj.pos_ in ("NOUN", "PROPN") and not valid_speaker(subj) else None
    if head is None:
        return None
    reg = ctx.region(off, [head], tok) if head is not subj else ctx.trim(ctx.start(off, subj.left_edge),
                                                                       ctx.end(off, subj.right_edge))
    if reg is None or reg[1] <= reg[0]:
        return None
    last = next((c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1), tok)  # "was pointed out"
    cue = (ctx.start(off, min(aux, tok, key=lambda t: t.i)), ctx.end(off, last))
    if agent is not None:
        return ctx.attribution(reg, cue, speaker_span(ctx, off, agent), agent)
    return ctx.attribution(reg, cue, None, None)
