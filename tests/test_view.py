"""The article view: marks per span coloured by stance, hover text, overlaps, escaping, the side table."""

import re
from html import unescape
from html.parser import HTMLParser

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records import AnnotatedArticle, Article, Entity, Span, Statement
from pipeline.view import marks, render_text, segments, to_html

from conftest import article_text

runner = CliRunner()
TEXT = 'Lavrov said <talks> & "more" would fail, Rice said.'


def statement(text, speaker, cue, content, label, entity):
    scores = {"hawkish": 0.7, "conciliatory": 0.2, "neutral": 0.1} if label else {}
    return Statement(Span.of(text, *content), Span.of(text, *cue), Span.of(text, *speaker) if speaker else None,
                     entity, "indirect", 0, label, scores)


LAVROV = Entity("sergei-lavrov", "Sergei Lavrov", "person")
# Rice's statement covers Lavrov's whole sentence as its content: the spans overlap.
STATEMENTS = (statement(TEXT, (0, 6), (7, 11), (12, 39), "hawkish", LAVROV),
              statement(TEXT, (41, 45), (46, 50), (0, 39), "neutral", None))


class Marks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.marks.append(dict(attrs))


def parsed(html):
    p = Marks()
    p.feed(html)
    return p.marks


def test_segments_cover_the_text_once():
    segs = segments(TEXT, marks(STATEMENTS))
    assert [(a, b) for a, b, _ in segs] == [(0, 6), (6, 7), (7, 11), (11, 12), (12, 39), (39, 41), (41, 45),
                                            (45, 46), (46, 50), (50, 51)]
    assert [sorted(f"{m.number}{m.role[0]}" for m in cov) for _, _, cov in segs][:5] == [
        ["1s", "2c"], ["2c"], ["1c", "2c"], ["2c"], ["1c", "2c"]]


def test_marks_take_the_innermost_span_and_list_all_on_hover():
    html = render_text(TEXT, STATEMENTS)
    got = [(m["class"], m["data-statement"]) for m in parsed(html)]
    assert got == [("speaker hawkish", "1"), ("content neutral", "2"), ("cue hawkish", "1"), ("content neutral", "2"),
                   ("content hawkish", "1"), ("speaker neutral", "2"), ("cue neutral", "2")]
    first = parsed(html)[0]["title"]
    assert first.splitlines() == [
        "statement 1 · speaker · Sergei Lavrov (sergei-lavrov) · indirect · hawkish P(hawkish)=0.700 "
        "P(conciliatory)=0.200 P(neutral)=0.100",
        "statement 2 · content · anonymous source · indirect · neutral P(hawkish)=0.700 P(conciliatory)=0.200 "
        "P(neutral)=0.100"]
    assert re.sub(r"<[^>]+>", "", html.replace('<span class="tag">', "<x>").split("<x>")[0]) == "Lavrov"


def test_all_text_is_escaped_and_kept():
    html = render_text(TEXT, STATEMENTS)
    assert "&lt;talks&gt; &amp; &quot;more&quot;" in html and "<talks>" not in html
    plain = re.sub(r'<span class="tag">[^<]*</span>', "", html)
    assert unescape(re.sub(r"<[^>]+>", "", plain)) == TEXT


def test_page_has_the_side_table_and_anchors():
    art = Article("t.txt", TEXT, {"title": "A <b>title</b>", "date": "2005-01-01"})
    page = to_html(art, AnnotatedArticle("t.txt", art.meta, "x", STATEMENTS))
    assert "<title>A &lt;b&gt;title&lt;/b&gt;</title>" in page
    assert re.findall(r'<tr id="row(\d)" class="(\w+)">', page) == [("1", "hawkish"), ("2", "neutral")]
    assert '<a href="#s1">1</a>' in page and 'id="s1"' in page and 'id="s2"' in page
    assert "Lavrov → Sergei Lavrov" in page and "Rice → (anonymous)" in page and "0.70 / 0.20 / 0.10" in page


def test_cli_view_writes_the_page_or_one_error_line(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(article_text(0), "utf-8")
    out = tmp_path / "a.html"
    r = runner.invoke(app, ["view", str(src), "-o", str(out), "--model", "fast"])
    assert r.exit_code == 0 and r.stderr.strip() == f"wrote {out}: 2 statements"
    page = out.read_text("utf-8")
    assert [(m["class"], m["data-statement"]) for m in parsed(page) if "data-statement" in m] == [
        ("speaker hawkish", "1"), ("cue hawkish", "1"), ("content hawkish", "1"),
        ("speaker conciliatory", "2"), ("cue conciliatory", "2"), ("content conciliatory", "2")]
    r = runner.invoke(app, ["view", str(tmp_path / "none.txt"), "-o", str(tmp_path / "b.html")])
    assert r.exit_code == 1 and "no such file" in r.stderr and not (tmp_path / "b.html").exists()
