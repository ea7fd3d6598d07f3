"""The report as pictures and a page: matplotlib plots (Agg backend, PNG) and one self-contained HTML file."""

from __future__ import annotations

import base64
import html
import io
import os
from pathlib import Path
from urllib.parse import quote

from .records import LABELS
from .report import UNDATED, Report, Row

COLOURS = {"hawkish": "#c0392b", "conciliatory": "#2471a3", "neutral": "#95a5a6"}
TIMELINE_LINES = 6  # groups drawn in the timeline; the table has all top groups
DODGE = 0.06  # sideways offset between the groups' points, so that their intervals do not hide each other
PLOTS = ("timeline", "label_mix")


def _figure(width: float, height: float):
    import matplotlib

    matplotlib.use("Agg")  # no display: draw into memory only
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def timeline(report: Report) -> bytes:
    """Stance index per period, one line with its 95% interval per top group (at most :data:`TIMELINE_LINES`)."""
    fig = _figure(9, 4.8)
    ax = fig.add_subplot()
    x = {p: i for i, p in enumerate(report.periods)}
    drawn = report.groups[:TIMELINE_LINES]
    for k, g in enumerate(drawn):
        cells = [c for c in report.cells if c.group == g and c.period in x]
        if not cells:
            continue
        shift = (k - (len(drawn) - 1) / 2) * DODGE
        xs = [x[c.period] + shift for c in cells]
        line, = ax.plot(xs, [c.index for c in cells], marker="o", label=g)
        ci = [(x[c.period] + shift, c.low, c.high) for c in cells if c.low is not None]
        if ci:
            ax.vlines([v[0] for v in ci], [v[1] for v in ci], [v[2] for v in ci], color=line.get_color(), alpha=0.3,
                      linewidth=3)
    ax.axhline(0, color="#555", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xticks(range(len(report.periods)), report.periods, rotation=45 if len(report.periods) > 8 else 0)
    ax.set_ylabel("stance index: P(hawkish) − P(conciliatory)")
    ax.set_title(f"Stance over time, top {min(len(report.groups), TIMELINE_LINES)} by {report.by} (bars: 95% CI)")
    if report.groups:
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    return _png(fig)


def label_mix(report: Report) -> bytes:
    """Share of each label per period (all statements), stacked, with the count above each bar."""
    fig = _figure(9, 4)
    ax = fig.add_subplot()
    periods = [p for p, _ in report.mix]
    totals = [sum(c) for _, c in report.mix]
    bottom = [0.0] * len(periods)
    for k, label in enumerate(LABELS):
        share = [c[k] / t if t else 0 for (_, c), t in zip(report.mix, totals)]
        ax.bar(range(len(periods)), share, bottom=bottom, color=COLOURS[label], label=label)
        bottom = [b + s for b, s in zip(bottom, share)]
    for i, t in enumerate(totals):
        ax.text(i, 1.01, str(t), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(range(len(periods)), periods, rotation=45 if len(periods) > 8 else 0)
    ax.set_ylim(0, 1.1)
    ax.set_ylabel("share of statements")
    ax.set_title(f"Label mix per {report.period} (number of statements above each bar)")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    return _png(fig)


def plots(report: Report) -> dict[str, bytes]:
    """The plots as PNG bytes, by name (see :data:`PLOTS`)."""
    return {"timeline": timeline(report), "label_mix": label_mix(report)}


def write_pngs(report: Report, folder: str | Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in plots(report).items():
        written.append(folder / f"{name}.png")
        written[-1].write_bytes(data)
    return written


def article_href(path: str, page: Path) -> str | None:
    """A link from the report page to an article file, relative to the page's folder."""
    if path == "-":
        return None
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(page.parent))
    return quote(rel.replace(os.sep, "/"))


CSS = """
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto;
       max-width: 1100px; color: #222; line-height: 1.45; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 1.8em; border-bottom: 1px solid #ddd; }
img.plot { max-width: 100%; border: 1px solid #eee; }
table.stance { border-collapse: collapse; font-size: 0.9em; }
table.stance th, table.stance td { padding: 0.25em 0.7em; border-bottom: 1px solid #eee; text-align: right; }
table.stance th:first-child, table.stance td:first-child, table.stance td:nth-child(2) { text-align: left; }
td.pos { color: #c0392b; } td.neg { color: #2471a3; }
ol.statements li { margin-bottom: 0.7em; }
.who { font-weight: 600; } .meta { color: #666; font-size: 0.85em; }
.p { display: inline-block; min-width: 3.5em; padding: 0 0.4em; border-radius: 0.3em; color: #fff; font-size: 0.85em;
     text-align: center; }
.p.hawkish { background: #c0392b; } .p.conciliatory { background: #2471a3; }
q { font-style: italic; }
"""


def _statement(row: Row, label: str, page: Path) -> str:
    e = html.escape
    p = row.p_hawkish if label == "hawkish" else row.p_conciliatory
    href = article_href(row.path, page)
    where = f'<a href="{e(href)}">{e(row.title or row.path)}</a>' if href else e(row.title or row.path)
    return (f'<li><span class="p {label}" title="P({label})">{p:.3f}</span> '
            f'<span class="who">{e(row.entity_name or row.speaker or "(anonymous)")}</span> {e(row.cue)}: '
            f'<q>{e(row.content)}</q><br><span class="meta">{e(row.date or "undated")} · '
            f'{e(row.publication or "")} · {where}</span></li>')


def to_html(report: Report, page: str | Path) -> str:
    """The whole report as one HTML page with the plots embedded as base64 PNG; links are relative to ``page``."""
    e = html.escape
    page = Path(page)
    imgs = {name: base64.b64encode(data).decode("ascii") for name, data in plots(report).items()}
    rows = []
    for c in report.cells:
        cls = "pos" if c.index > 0 else "neg" if c.index < 0 else ""
        ci = f"{c.low:+.3f} … {c.high:+.3f}" if c.low is not None else "–"
        rows.append(f'<tr data-group="{e(c.group)}" data-period="{e(c.period)}"><td>{e(c.group)}</td>'
                    f'<td>{e(c.period)}</td><td>{c.n}</td>' + "".join(f"<td>{n}</td>" for n in c.counts)
                    + f'<td class="{cls}">{c.index:+.3f}</td><td>{ci}</td></tr>')
    head = "".join(f"<th>{e(h)}</th>" for h in (report.by, report.period, "statements", *LABELS, "stance index", "95% CI"))
    undated = sum(sum(counts) for p, counts in report.mix if p == UNDATED)
    notes = [f"{report.articles} articles, {report.statements} labelled statements from <code>{e(report.source)}</code>",
             f"grouped by {e(report.by)} per {e(report.period)}, the {len(report.groups)} groups with most statements"]
    if report.ungrouped:
        notes.append(f"{report.ungrouped} statements without a {e(report.by)} are left out of the groups")
    if undated:
        notes.append(f"{undated} undated statements are in the table but not in the plots' time axis")
    hawk = "".join(_statement(r, "hawkish", page) for r in report.most_hawkish)
    conc = "".join(_statement(r, "conciliatory", page) for r in report.most_conciliatory)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Stance report: {e(report.source)}</title>
<style>{CSS}</style></head><body>
<h1>Stance report</h1>
<p>{"; ".join(notes)}.</p>
<p>The stance index is the mean of P(hawkish) − P(conciliatory) over a group's statements in a period: +1 is all
surely hawkish, −1 all surely conciliatory. Its 95% interval is mean ± 1.96·s/√n (none for one statement).</p>
<h2 id="timeline">Stance timeline</h2>
<img class="plot" id="plot-timeline" alt="stance index per {e(report.period)} for the top {e(report.by)} groups" src="data:image/png;base64,{imgs['timeline']}">
<h2 id="label-mix">Label mix per {e(report.period)}</h2>
<img class="plot" id="plot-label-mix" alt="share of each label per {e(report.period)}" src="data:image/png;base64,{imgs['label_mix']}">
<h2 id="table">Statements per label and stance index</h2>
<table class="stance"><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table>
<h2 id="most-hawkish">Most hawkish statements</h2>
<ol class="statements" id="list-hawkish">{hawk}</ol>
<h2 id="most-conciliatory">Most conciliatory statements</h2>
<ol class="statements" id="list-conciliatory">{conc}</ol>
</body></html>
"""
