"""The seed articles end to end against their hand annotation, and the library API."""

import pytest

from pipeline.corpus import read_corpus
from pipeline.metrics import match

from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def seed_gold():
    arts = [a for a in read_corpus(ROOT / "data" / "annotations" / "test.jsonl") if a.meta.get("source") == "seed"]
    return {a.meta["file"]: a for a in arts}


@pytest.fixture(scope="module")
def seed_results(annotator):
    return {f"seeds/{p.name}": annotator.annotate_file(p) for p in SEEDS}


def test_both_seeds_are_hand_annotated(seed_gold):
    assert set(seed_gold) == {f"seeds/{p.name}" for p in SEEDS}
    assert sum(len(a.statements) for a in seed_gold.values()) >= 20


@pytest.mark.parametrize("seed", [f"seeds/{p.name}" for p in SEEDS])
def test_seed_statements_are_found_with_the_right_speakers(seed_gold, seed_results, seed):
    gold = seed_gold[seed].statements
    pred = seed_results[seed].statements
    pairs = match([s.content for s in pred], [g.content for g in gold])
    found = {j for _, j in pairs}
    missed = [gold[j].content.text[:60] for j in range(len(gold)) if j not in found]
    assert len(missed) <= 1, missed
    assert len(pred) - len(pairs) <= 1, "spurious statements"
    wrong = [(gold[j].speaker.text if gold[j].speaker else None, gold[j].entity_id, pred[i].entity_id)
             for i, j in pairs if gold[j].entity and not gold[j].entity.is_local
             and pred[i].entity_id != gold[j].entity_id]
    assert not wrong


def by_cue_and_start(result, cue, words):
    return [s for s in result.statements if s.cue.text == cue and s.content.text.startswith(words)]


def test_seed_000_key_links(seed_results):
    r = seed_results["seeds/000_26ff2fc61212e2cf.txt"]
    (insisted,) = by_cue_and_start(r, "insisted", "Russia")
    (charged,) = by_cue_and_start(r, "charged", "American arguments")
    (leader,) = by_cue_and_start(r, "said", "Moscow was now prepared")
    (ministry,) = by_cue_and_start(r, "statement said", "the results of the vote")
    assert insisted.speaker.text == "Baluevsky" and insisted.entity.id == "yury-baluyevsky"
    assert charged.speaker.text == "He" and charged.entity.id == "yury-baluyevsky"
    assert leader.speaker.text == "The Russian leader" and leader.entity.id == "vladimir-putin"
    assert ministry.entity.id == "russian-foreign-ministry"


def test_baluevsky_and_baluyevsky_are_one_entity(seed_results):
    ids = {s.entity.id for r in seed_results.values() for s in r.statements
           if s.speaker and s.speaker.text in ("Baluevsky", "Baluyevsky")}
    assert ids == {"yury-baluyevsky"}


def test_offsets_and_hash_match_the_file(seed_results):
    import hashlib

    for path, r in seed_results.items():
        text = (ROOT / path).read_text("utf-8")
        assert r.text_sha256 == hashlib.sha256(text.encode()).hexdigest()
        for s in r.statements:
            assert text[s.content.start:s.content.end] == s.content.text
            assert text[s.cue.start:s.cue.end] == s.cue.text
            assert s.speaker is None or text[s.speaker.start:s.speaker.end] == s.speaker.text


def test_to_dict_schema_and_round_trip(seed_results):
    from pipeline.records import AnnotatedArticle

    r = next(iter(seed_results.values()))
    d = r.to_dict()
    assert set(d) == {"path", "meta", "text_sha256", "statements"}
    assert set(d["statements"][0]) == {"content", "cue", "speaker", "entity", "kind", "sentence", "label", "scores",
                                     "rule", "strategy"}
    assert set(d["statements"][0]["content"]) == {"start", "end", "text"}
    assert AnnotatedArticle.from_dict(d).to_dict() == d


def test_library_annotate_labels_statements():
    from pipeline import annotate

    r = annotate(str(SEEDS[1]))
    assert r.statements and all(s.label in ("hawkish", "conciliatory", "neutral") for s in r.statements)
    assert all(abs(sum(s.scores.values()) - 1) < 1e-6 for s in r.statements)


def test_date_changes_role_resolution(annotator):
    text = "Publication: X Date: 2010-03-01\n\nThe Russian president said Moscow was ready for talks.\n"
    assert annotator.annotate_text(text).statements[0].entity.id == "dmitry-medvedev"
    assert annotator.annotate_text(text, date="2003-03-01").statements[0].entity.id == "vladimir-putin"


@pytest.fixture(scope="module")
def fast_annotator(nlp):
    """The fast stance model (labels without the encoder) with a limit that sends the longer seed into chunks."""
    from pipeline.annotator import Annotator
    from pipeline.model_store import BUNDLED

    ann = Annotator(stance_model=BUNDLED["fast"], max_chars=6000)
    yield ann
    ann.close()


def test_streamed_articles_equal_articles_one_at_a_time(fast_annotator):
    from pipeline.reader import article_from_text, read_article

    articles = [read_article(p) for p in SEEDS] + [article_from_text(
        "Publication: Test Date: 2031-04-02\n\nSergei Lavrov said Moscow would never accept the new missile shield. "
        "Condoleezza Rice said Washington hoped talks would resume soon.", "invented")]
    assert any(len(a.text) > 6000 for a in articles) and any(len(a.text) < 6000 for a in articles)
    streamed = list(fast_annotator.annotate_articles(articles))
    alone = [fast_annotator.annotate_article(a) for a in articles]
    assert [r.to_dict() for r in streamed] == [r.to_dict() for r in alone]
    assert all(s.label for r in streamed for s in r.statements) and sum(len(r.statements) for r in streamed) > 20


def test_an_error_before_the_stance_step_is_raised_by_the_result(nlp):
    from pipeline.annotator import Annotator
    from pipeline.errors import InputError
    from pipeline.model_store import BUNDLED
    from pipeline.reader import read_article

    ann = Annotator(stance_model=BUNDLED["fast"], max_chars=1000, too_long="refuse")
    later = ann.annotate_later(read_article(SEEDS[0]))
    with pytest.raises(InputError, match="max"):
        later.result()
