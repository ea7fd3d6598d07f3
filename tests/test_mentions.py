from pipeline.mentions import MentionIndex, slug
from pipeline.reader import article_from_text
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
