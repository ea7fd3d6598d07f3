"""Stance over time: statements per label and a stance index per group (speaker, publication, country) and period.

The stance index of a set of statements is the mean of P(hawkish) − P(conciliatory): +1 all surely hawkish, −1 all
surely conciliatory. Its 95% interval is the normal approximation, mean ± 1.96 · s / √n (s the sample standard
deviation), clipped to [−1, 1]; a single statement has none.
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import PipelineError
from .records import LABELS
from .results import read_rows

BY_CHOICES = ("entity", "publication", "country")
PERIOD_CHOICES = ("year", "quarter", "month")
DEFAULT_BY, DEFAULT_PERIOD, DEFAULT_TOP = "entity", "year", 10
EXTREMES = 10  # statements listed as most hawkish and most conciliatory
UNDATED = "(undated)"
Z95 = 1.96
TABLE_COLUMNS = ("group", "period", "statements", *LABELS, "stance_index", "ci_low", "ci_high")


class ReportError(PipelineError):
    """A results file that cannot be reported on."""


@dataclass(frozen=True)
class Row:
    """One labelled statement of a results file."""

    path: str
    date: str
    publication: str
    title: str
    entity_id: str
    entity_name: str
    speaker: str
    cue: str
    label: str
    p_hawkish: float
    p_conciliatory: float
    content: str

    @property
    def index(self) -> float:
        return self.p_hawkish - self.p_conciliatory


@dataclass(frozen=True)
class Cell:
    """One group in one period: statements per label, the stance index and its 95% interval (None for n = 1)."""

    group: str
    period: str
    n: int
    counts: tuple[int, ...]  # in the order of LABELS
    index: float
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Report:
    """Everything the table, the plots and the HTML page show."""

    source: str
    by: str
    period: str
    articles: int
    statements: int
    ungrouped: int  # statements without a group (anonymous sources when grouping by entity)
    groups: tuple[str, ...]  # the top groups, most statements first
    periods: tuple[str, ...]  # the dated periods in order (UNDATED not included)
    cells: tuple[Cell, ...]  # the top groups' cells, by group rank then period
    mix: tuple[tuple[str, tuple[int, ...]], ...]  # statements per label per period, all statements
    most_hawkish: tuple[Row, ...]
    most_conciliatory: tuple[Row, ...]


def period_of(date: str, period: str) -> str:
    """``2005-06-01`` → ``2005`` (year), ``2005-Q2`` (quarter) or ``2005-06`` (month); no date → ``(undated)``."""
    if len(date) < 7 or not date[:4].isdigit():
        return UNDATED
    year, month = date[:4], int(date[5:7])
    return {"year": year, "quarter": f"{year}-Q{(month - 1) // 3 + 1}", "month": f"{year}-{month:02d}"}[period]


def _period_order(period: str) -> tuple[bool, str]:
    return period == UNDATED, period


def stance_index(values: list[float]) -> tuple[float, float | None, float | None]:
    """Mean of ``values`` and its 95% normal-approximation interval, clipped to [−1, 1] (None for one value)."""
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, None, None
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    half = Z95 * sd / math.sqrt(n)
    return mean, max(-1.0, mean - half), min(1.0, mean + half)


def load_rows(path: str | Path) -> tuple[list[Row], int]:
    """The labelled statements of a results file, and the number of articles in it."""
    seen: set[str] = set()
    rows = []
    for r in read_rows(path):
        seen.add(r["path"])
        if not r["statement"]:
            continue  # the row of an article without statements
        if not r["label"] or not r["p_hawkish"]:
            raise ReportError(f"{path}: its statements have no stance probabilities (annotated with --no-stance?); "
                              "annotate again without --no-stance.")
        rows.append(Row(r["path"], r["date"], r["publication"], r["title"], r["entity_id"], r["entity_name"],
                        r["speaker"], r["cue"], r["label"], float(r["p_hawkish"]), float(r["p_conciliatory"]),
                        r["content"]))
    return rows, len(seen)


def group_of(row: Row, by: str, countries: dict[str, str]) -> str | None:
    if by == "entity":
        return row.entity_name or None
    if by == "publication":
        return row.publication or "(no publication)"
    return countries.get(row.entity_id)  # actors outside the knowledge base have no country


def build(path: str | Path, by: str = DEFAULT_BY, period: str = DEFAULT_PERIOD, top: int = DEFAULT_TOP,
          kb_files: tuple[str, ...] = ()) -> Report:
    """Read a results file and compute the report.

    Args:
        path: a results file of ``pipeline annotate --out`` (JSON Lines or CSV).
        by: ``entity``, ``publication`` or ``country`` (the speaker's, from the knowledge base).
        period: ``year``, ``quarter`` or ``month``.
        top: how many groups (those with the most statements).
        kb_files: extra knowledge-base files, for the countries of their actors.
    """
    if by not in BY_CHOICES or period not in PERIOD_CHOICES:
        raise ReportError(f"choose --by from {', '.join(BY_CHOICES)} and --period from {', '.join(PERIOD_CHOICES)}.")
    rows, articles = load_rows(path)
    if not rows:
        raise ReportError(f"{path}: holds no statements to report on; annotate some articles into it first.")
    countries: dict[str, str] = {}
    if by == "country":
        from .kb import load_kb

        countries = {a.id: a.country for a in load_kb(kb_files).actors.values() if a.country}
    keyed = [(group_of(r, by, countries), period_of(r.date, period), r) for r in rows]
    sizes = Counter(g for g, _, _ in keyed if g is not None)
    groups = tuple(sorted(sizes, key=lambda g: (-sizes[g], g))[:top])
    cells = []
    for g in groups:
        per: dict[str, list[Row]] = {}
        for kg, p, r in keyed:
            if kg == g:
                per.setdefault(p, []).append(r)
        for p in sorted(per, key=_period_order):
            rs = per[p]
            labels = Counter(r.label for r in rs)
            cells.append(Cell(g, p, len(rs), tuple(labels[lab] for lab in LABELS), *stance_index([r.index for r in rs])))
    by_period: dict[str, Counter] = {}
    for _, p, r in keyed:
        by_period.setdefault(p, Counter())[r.label] += 1
    mix = tuple((p, tuple(by_period[p][lab] for lab in LABELS)) for p in sorted(by_period, key=_period_order))
    order = sorted(rows, key=lambda r: (-r.p_hawkish, r.path, r.content))
    concil = sorted(rows, key=lambda r: (-r.p_conciliatory, r.path, r.content))
    return Report(str(path), by, period, articles, len(rows), sum(g is None for g, _, _ in keyed), groups,
                  tuple(p for p, _ in mix if p != UNDATED), tuple(cells), mix,
                  tuple(order[:EXTREMES]), tuple(concil[:EXTREMES]))


def _fmt(v: float | None) -> str:
    return "" if v is None else f"{v:+.3f}"


def table_rows(report: Report) -> list[dict[str, object]]:
    """The table as dicts of :data:`TABLE_COLUMNS`."""
    return [{"group": c.group, "period": c.period, "statements": c.n, **dict(zip(LABELS, c.counts)),
             "stance_index": round(c.index, 4), "ci_low": "" if c.low is None else round(c.low, 4),
             "ci_high": "" if c.high is None else round(c.high, 4)} for c in report.cells]


def to_csv(report: Report) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, TABLE_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(table_rows(report))
    return buf.getvalue()


def to_text(report: Report) -> str:
    """A fixed-width table for the terminal."""
    head = (f"{report.source}: {report.articles} articles, {report.statements} statements; top {len(report.groups)} "
            f"by {report.by}, per {report.period}. Stance index = mean P(hawkish) - P(conciliatory), 95% CI.")
    cols = (report.by, report.period, "n", *LABELS, "index", "95% CI")
    body = [(c.group, c.period, str(c.n), *map(str, c.counts), _fmt(c.index),
             f"{_fmt(c.low)} .. {_fmt(c.high)}" if c.low is not None else "") for c in report.cells]
    widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(cols)]
    lines = [head, "  ".join(h.ljust(w) for h, w in zip(cols, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in body]
    return "\n".join(lines) + "\n"
