import pytest

from pipeline.mentions import MentionIndex, local_entity, slug
from pipeline.reader import article_from_text
from pipeline.records import Article
from pipeline.sentences import parse


def test_slug():
    assert slug("Pakistan's Foreign Office") == "pakistan-foreign-office"
    assert slug("Ákos Tóth") == "akos-toth"


def test_mentions_resolve_names_and_share_local_ids(nlp, kb):
    a = article_from_text("Publication: X Date: 2004-01-01\n\nSergei Lavrov met Igor Korotchenko in Moscow. "
                          "Korotchenko later spoke to Lavrov again.\n", "art.txt")
    idx = MentionIndex(a, parse(a, nlp), kb)
    ids = [m.entity.id for m in idx.mentions]
    assert ids.count("sergei-lavrov") == 2 and "russia" in ids
    locals_ = {i for i in ids if i.startswith("local:")}
    assert locals_ == {"local:art:igor-korotchenko"}
    assert idx.focus_country == "RU"


@pytest.mark.parametrize("path, article_id", [
    ("t.txt", "t"), ("./t.txt", "t"), ("-", "stdin"),
    ("a/x.txt", "x-71cc043f"), ("a//./x.txt", "x-71cc043f"), ("b/x.txt", "x-1ef4c2d3"),
    ("x.md", "x-398842b6"), ("a:b.txt", "a-b-1f0f1e95"),
])
def test_article_ids_are_unique_per_path_and_stable(path, article_id):
    # Local entity ids are local:<article id>:<name>: a/x.txt and b/x.txt in one batch must not share them.
    assert Article(path, "", {}).id == article_id
    assert local_entity(Article(path, "", {}), "Ivan Petrovsky", "person").id == f"local:{article_id}:ivan-petrovsky"


def _index(nlp, kb, body, date="2004-01-01"):
    a = article_from_text(f"Publication: X Date: {date}\n\n{body}\n", "art.txt")
    return MentionIndex(a, parse(a, nlp), kb)


@pytest.mark.parametrize("body, date, mention, ids", [
    # a surname alone is a knowledge-base person only while they hold a role on the article's date ...
    ("The delegation flew home on Friday.", "2016-05-10", "Kirby", {"john-kirby"}),
    ("The delegation flew home on Friday.", "2009-05-10", "Kirby", set()),
    # ... or when the article names them in full
    ("John Kirby, once a spokesman, spoke at the forum in Oslo.", "2009-05-10", "Kirby", {"john-kirby"}),
    # a person named earlier outside the knowledge base keeps the surname: "Blake" is not Anthony Lake
    ("Robert Blake arrived in Kabul with two aides.", "1995-05-10", "Blake", set()),
    # family name first: "Kim" in 2019 is the one Kim in office
    ("The summit ended early.", "2019-02-28", "Kim", {"kim-jong-un"}),
    # an undated article keeps every candidate
    ("The summit ended early.", None, "Kim", {"kim-jong-un", "kim-jong-il", "kim-dae-jung"}),
])
def test_surname_candidates_are_kept_to_the_people_of_the_article_and_its_date(nlp, kb, body, date, mention, ids):
    if date is None:
        a = article_from_text(body + "\n", "art.txt")
        idx = MentionIndex(a, parse(a, nlp), kb)
    else:
        idx = _index(nlp, kb, body, date)
    assert idx.candidates(mention)[0] == ids


def test_a_full_name_is_never_filtered(nlp, kb):
    idx = _index(nlp, kb, "The delegation flew home on Friday.", "1990-01-01")
    assert idx.candidates("Sergei Lavrov") == ({"sergei-lavrov"}, "name")


@pytest.mark.parametrize("body, date, how", [
    ("Robert Blake arrived in Kabul with two aides.", "1995-05-10", "local_antecedent"),
    ("The delegation flew home on Friday.", "2009-05-10", "out_of_office"),
])
def test_candidates_say_which_rule_removed_every_namesake(nlp, kb, body, date, how):
    mention = "Blake" if "Blake" in body else "Kirby"
    assert _index(nlp, kb, body, date).candidates(mention)[1] == how
