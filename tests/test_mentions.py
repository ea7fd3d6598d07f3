from pipeline.mentions import Mention, MentionIndex, slug
from pipeline.records import Entity
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


READS = [0]


class CountedMention(Mention):
    """A mention that counts reads of its position, to see how many mentions a look-up touches."""

    def __getattribute__(self, name):
        if name in ("start", "end", "sentence"):
            READS[0] += 1
        return object.__getattribute__(self, name)


class LineParse:
    """A parse stand-in with no documents and one sentence per 40 characters."""

    docs = ()

    @staticmethod
    def sentence_at(offset: int) -> int:
        return offset // 40


def reads_per_statement(n: int, kb) -> float:
    """Mentions read per statement (add the speaker, look back for antecedents, look inside the speaker) once the
    index holds ``n`` mentions, one ``Lavrov said ...`` line each."""
    idx = MentionIndex(article_from_text("Lavrov said Russia would respond.\n"), LineParse(), kb)
    entity = Entity("sergei-lavrov", "Sergei Lavrov", "person")

    def statement(k: int) -> None:
        idx.add(CountedMention(40 * k, 40 * k + 6, k, entity, "m", True, speaker=True))
        for _ in idx.before(40 * k + 12, 4):
            pass
        idx.within(40 * k, 40 * k + 6)

    for k in range(n):
        statement(k)
    READS[0] = 0
    for k in range(n, n + 200):
        statement(k)
    return READS[0] / 200


def test_mention_lookups_do_not_scan_the_whole_article(kb):
    # An article of thousands of one-statement lines took minutes when each statement re-sorted and scanned every
    # mention; a look-up now reads a number of mentions that grows with the log of the article, not its length.
    small, large = reads_per_statement(500, kb), reads_per_statement(4000, kb)
    assert large < 1.5 * small, (small, large)


def test_within_and_before_keep_text_order_and_ties(kb):
    idx = MentionIndex(article_from_text("Lavrov said Russia would respond.\n"), LineParse(), kb)
    a, b = Entity("a", "A", "person"), Entity("b", "B", "person")
    for m in (Mention(50, 56, 1, a, None, True), Mention(10, 16, 0, a, None, True), Mention(50, 60, 1, b, None, True),
              Mention(45, 49, 1, b, None, False)):
        idx.add(m)
    assert [(m.start, m.entity.id) for m in idx.mentions] == [(10, "a"), (45, "b"), (50, "a"), (50, "b")]
    assert [(m.start, m.end) for m in idx.within(45, 56)] == [(45, 49), (50, 56)]
    assert [(back, [m.start for m in g]) for back, g in idx.before(58)] == [(0, [45, 50]), (1, [10])]
