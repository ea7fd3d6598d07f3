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
