"""The stance report: exact counts, stance indices and intervals per group and period; the page and the plots."""

import base64
import json
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.output import csv_rows, to_csv
from pipeline.report import ReportError, build, period_of, stance_index, table_rows, to_text

runner = CliRunner()
LAVROV = {"id": "sergei-lavrov", "name": "Sergei Lavrov", "type": "person"}
RICE = {"id": "condoleezza-rice", "name": "Condoleezza Rice", "type": "person"}


def st(entity, h, c, content="the talks", start=0):
    n = round(1 - h - c, 4)
    label = max((("hawkish", h), ("conciliatory", c), ("neutral", n)), key=lambda x: x[1])[0]
    return {"content": {"start": start, "end": start + len(content), "text": content},
            "cue": {"start": 0, "end": 4, "text": "said"}, "speaker": {"start": 0, "end": 3, "text": "him"},
            "entity": entity, "kind": "indirect", "sentence": 0, "label": label,
            "scores": {"hawkish": h, "conciliatory": c, "neutral": n}}


ARTICLES = [
    {"path": "in/a.txt", "meta": {"publication": "Wire", "date": "2005-02-01", "title": "A"}, "text_sha256": "a" * 64,
     "statements": [st(LAVROV, 0.8, 0.1, "Moscow will <b>respond</b> & more"), st(LAVROV, 0.6, 0.2),
                    st(RICE, 0.1, 0.8)]},
    {"path": "in/b.txt", "meta": {"publication": "Post", "date": "2005-05-10"}, "text_sha256": "b" * 64,
     "statements": [st(LAVROV, 0.2, 0.6), st(None, 0.5, 0.3)]},
    {"path": "in/c.txt", "meta": {"publication": "Wire"}, "text_sha256": "c" * 64, "statements": [st(RICE, 0.3, 0.3)]},
    {"path": "in/d.txt", "meta": {"publication": "Wire", "date": "2006-01-01"}, "text_sha256": "d" * 64,
     "statements": []},
]


@pytest.fixture
def results(tmp_path):
    p = tmp_path / "results.jsonl"
    p.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), "utf-8")
    return p


def test_periods_and_the_index_formula():
    assert [period_of("2005-05-10", p) for p in ("year", "quarter", "month")] == ["2005", "2005-Q2", "2005-05"]
    assert period_of("", "year") == "(undated)"
    mean, low, high = stance_index([0.7, 0.4, -0.4])
    assert mean == pytest.approx(0.233333, abs=1e-6)
    assert (low, high) == (pytest.approx(-0.410125, abs=1e-6), pytest.approx(0.876792, abs=1e-6))
    assert stance_index([0.5]) == (0.5, None, None)
    assert stance_index([1.0, 0.98]) == (pytest.approx(0.99), pytest.approx(0.9704, abs=1e-4), 1.0)  # clipped


def test_by_entity_per_year(results):
    r = build(results)
    assert (r.articles, r.statements, r.ungrouped) == (4, 6, 1)
    assert r.groups == ("Sergei Lavrov", "Condoleezza Rice") and r.periods == ("2005",)
    rows = [(x["group"], x["period"], x["statements"], x["hawkish"], x["conciliatory"], x["neutral"], x["stance_index"])
            for x in table_rows(r)]
    assert rows == [("Sergei Lavrov", "2005", 3, 2, 1, 0, 0.2333), ("Condoleezza Rice", "2005", 1, 0, 1, 0, -0.7),
                    ("Condoleezza Rice", "(undated)", 1, 0, 0, 1, 0.0)]
    assert table_rows(r)[0]["ci_low"] == -0.4101 and table_rows(r)[1]["ci_low"] == ""
    assert r.mix == (("2005", (3, 2, 0)), ("(undated)", (0, 0, 1)))
    assert r.most_hawkish[0].content == "Moscow will <b>respond</b> & more"
    assert r.most_conciliatory[0].entity_name == "Condoleezza Rice"


def test_by_country_per_quarter_and_by_publication(results):
    r = build(results, by="country", period="quarter")
    assert r.groups == ("RU", "US") and r.ungrouped == 1
    assert [(c.group, c.period, c.n, round(c.index, 4)) for c in r.cells] == [
        ("RU", "2005-Q1", 2, 0.55), ("RU", "2005-Q2", 1, -0.4), ("US", "2005-Q1", 1, -0.7), ("US", "(undated)", 1, 0.0)]
    assert (round(r.cells[0].low, 4), round(r.cells[0].high, 4)) == (0.256, 0.844)
    r = build(results, by="publication", top=1)
    assert r.groups == ("Wire",) and [(c.period, c.n) for c in r.cells] == [("2005", 3), ("(undated)", 1)]


def test_csv_results_give_the_same_report(results, tmp_path):
    csv_file = tmp_path / "results.csv"
    csv_file.write_text(to_csv([row for a in ARTICLES for row in csv_rows(a)], header=True), "utf-8")
    assert table_rows(build(csv_file)) == table_rows(build(results))


def test_a_changed_article_counts_once_in_its_last_version(results):
    again = dict(ARTICLES[1], text_sha256="e" * 64, statements=[st(LAVROV, 0.9, 0.05)])
    with open(results, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(again) + "\n")
    r = build(results)
    assert r.statements == 5 and r.cells[0].counts == (3, 0, 0)


def test_terminal_table(results):
    text = to_text(build(results, top=1))
    assert text.splitlines()[1].split() == ["entity", "year", "n", "hawkish", "conciliatory", "neutral", "index", "95%", "CI"]
    assert text.splitlines()[3].split() == ["Sergei", "Lavrov", "2005", "3", "2", "1", "0", "+0.233", "-0.410", "..", "+0.877"]


def test_results_without_stance_or_statements_are_refused(tmp_path):
    p = tmp_path / "r.jsonl"
    a = dict(ARTICLES[0], statements=[dict(st(LAVROV, 0.8, 0.1), label=None, scores={})])
    p.write_text(json.dumps(a) + "\n", "utf-8")
    with pytest.raises(ReportError, match="no stance probabilities"):
        build(p)
    p.write_text(json.dumps(ARTICLES[3]) + "\n", "utf-8")
    with pytest.raises(ReportError, match="holds no statements"):
        build(p)


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.imgs, self.rows, self.links = [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.imgs.append(a)
        elif tag == "tr" and "data-group" in a:
            self.rows.append((a["data-group"], a["data-period"]))
        elif tag == "a":
            self.links.append(a["href"])


def test_html_page_and_pngs_through_the_cli(results, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the paths in the results are relative to where annotate ran
    out = tmp_path / "rep" / "report.html"
    r = runner.invoke(app, ["report", str(results), "--out", str(out), "--png", str(tmp_path / "png")])
    assert r.exit_code == 0, r.output
    page = out.read_text("utf-8")
    parsed = Page()
    parsed.feed(page)
    assert [i["id"] for i in parsed.imgs] == ["plot-timeline", "plot-label-mix"]
    for img in parsed.imgs:
        assert base64.b64decode(img["src"].split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert parsed.rows == [("Sergei Lavrov", "2005"), ("Condoleezza Rice", "2005"), ("Condoleezza Rice", "(undated)")]
    assert "../in/a.txt" in parsed.links  # relative to the page's folder
    assert "Moscow will &lt;b&gt;respond&lt;/b&gt; &amp; more" in page and "<b>respond" not in page
    assert "<script" not in page and "http" not in page.split("<body>")[1]  # self-contained
    pngs = sorted((tmp_path / "png").iterdir())
    assert [p.name for p in pngs] == ["label_mix.png", "timeline.png"]
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


def test_cli_table_csv_and_errors(results, tmp_path):
    r = runner.invoke(app, ["report", str(results), "--out", str(tmp_path / "t.csv"), "--period", "month"])
    assert r.exit_code == 0
    lines = (tmp_path / "t.csv").read_text("utf-8").splitlines()
    assert lines[0] == "group,period,statements,hawkish,conciliatory,neutral,stance_index,ci_low,ci_high"
    assert lines[1] == "Sergei Lavrov,2005-02,2,2,0,0,0.55,0.256,0.844"
    r = runner.invoke(app, ["report", str(results), "--by", "speaker"])
    assert r.exit_code == 2 and "entity" in r.output
    r = runner.invoke(app, ["report", str(tmp_path / "none.jsonl")])
    assert r.exit_code == 1 and "no such file" in r.stderr and "Traceback" not in r.output
    r = runner.invoke(app, ["report", str(results), "--out", str(tmp_path / "r.txt")])
    assert r.exit_code == 1 and "name a .html file" in r.stderr and not (tmp_path / "r.txt").exists()


@pytest.mark.parametrize("line, message", [
    ('{"path": "a.txt", "text_sha256": "x", "meta": {}, "statements": [{"content": 5}]}', "a.txt is not in the form"),
    ('{"path": "a.txt", "text_sha256": "x", "statements": ' + "[" * 5000 + "]" * 5000 + "}", ":1: not a line written"),
    ('{"path": "a.txt", "text_sha256": ' + "1" * 5000 + "}", ":1: not a line written"),
])
def test_a_hostile_results_file_is_one_line(tmp_path, line, message):
    results = tmp_path / "r.jsonl"
    results.write_text(line + "\n", "utf-8")
    r = runner.invoke(app, ["report", str(results)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert len(r.stderr.splitlines()) == 1 and message in r.stderr
