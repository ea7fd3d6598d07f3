"""One article as an HTML page in the manner of spaCy's displaCy: speaker, cue and content spans marked and coloured
by stance, the entity and probabilities on hover (``title``), and a side table of the statements. All text escaped."""

from __future__ import annotations

import html
from dataclasses import dataclass

from .records import LABELS, AnnotatedArticle, Article, Span, Statement

ROLES = ("speaker", "cue", "content")  # drawing priority where spans of different statements overlap
# Strong colour (speaker, cue, tags) and light colour (content) per stance; "none" when there is no stance model.
COLOURS = {"hawkish": ("#e6867d", "#fbe3e0"), "conciliatory": ("#7fb3df", "#e1eefa"),
           "neutral": ("#b8bec4", "#eef0f1"), "none": ("#f0c75e", "#fcf3d9")}


@dataclass(frozen=True)
class Mark:
    """One span of one statement: ``role`` is ``speaker``, ``cue`` or ``content``; ``number`` counts from 1."""

    number: int
    role: str
    span: Span
    statement: Statement

    @property
    def stance(self) -> str:
        return self.statement.label or "none"


def marks(statements: tuple[Statement, ...]) -> list[Mark]:
    out = []
    for i, s in enumerate(statements, 1):
        for role, span in (("speaker", s.speaker), ("cue", s.cue), ("content", s.content)):
            if span is not None and span.end > span.start:
                out.append(Mark(i, role, span, s))
    return out


def describe(m: Mark) -> str:
    """The hover text of a mark: statement, role, entity, label and probabilities."""
    s = m.statement
    who = f"{s.entity.name} ({s.entity.id})" if s.entity else "anonymous source"
    probs = " ".join(f"P({lab})={s.scores[lab]:.3f}" for lab in LABELS if lab in s.scores)
    return f"statement {m.number} · {m.role} · {who} · {s.kind.replace('_', '-')} · {s.label or 'no stance'} {probs}".strip()


def segments(text: str, all_marks: list[Mark]) -> list[tuple[int, int, list[Mark]]]:
    """``text`` cut at every mark boundary: ``(start, end, marks covering it)``, covering the whole text."""
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for m in all_marks:
        starts.setdefault(m.span.start, []).append(m)
        ends.setdefault(m.span.end, []).append(m)
    cuts = sorted({0, len(text), *starts, *ends})
    active: dict[int, Mark] = {}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for m in ends.get(a, ()):
            active.pop(id(m), None)
        for m in starts.get(a, ()):
            active[id(m)] = m
        out.append((a, b, list(active.values())))
    return out


def _primary(covering: list[Mark]) -> Mark:
    return min(covering, key=lambda m: (ROLES.index(m.role), len(m.span), m.number))


def _tag(m: Mark) -> str:
    e = html.escape
    if m.role == "speaker":
        return f'<span class="tag">{e(m.statement.entity.name if m.statement.entity else "anonymous")}</span>'
    if m.role == "content":
        p = m.statement.scores.get(m.statement.label, 0.0) if m.statement.label else None
        return f'<span class="tag">{m.number} {e(m.stance)}{f" {p:.2f}" if p is not None else ""}</span>'
    return ""


def render_text(text: str, statements: tuple[Statement, ...]) -> str:
    """The article text as HTML with one ``<mark>`` per run of text that a span covers."""
    e = html.escape
    all_marks = marks(statements)
    parts: list[str] = []
    seen: set[tuple[int, str]] = set()
    runs: list[tuple[Mark | None, int, int, list[Mark]]] = []
    for a, b, cov in segments(text, all_marks):
        top = _primary(cov) if cov else None
        if runs and runs[-1][0] is top and {id(m) for m in runs[-1][3]} == {id(m) for m in cov}:
            runs[-1] = (top, runs[-1][1], b, cov)
        else:
            runs.append((top, a, b, cov))
    for top, a, b, cov in runs:
        chunk = e(text[a:b])
        if top is None:
            parts.append(chunk)
            continue
        anchor = ""
        if (top.number, top.role) not in seen and top.role == "content":
            anchor = f' id="s{top.number}"'
        seen.add((top.number, top.role))
        title = e("\n".join(describe(m) for m in sorted(cov, key=lambda m: (m.number, ROLES.index(m.role)))))
        tag = _tag(top) if b == top.span.end else ""
        parts.append(f'<mark{anchor} class="{top.role} {top.stance}" data-statement="{top.number}" '
                     f'title="{title}">{chunk}{tag}</mark>')
    return "".join(parts)


def side_table(statements: tuple[Statement, ...]) -> str:
    e = html.escape
    head = "".join(f"<th>{h}</th>" for h in ("#", "speaker → entity", "cue", "kind", "stance",
                                               "P(" + " / ".join(lab[0] for lab in LABELS) + ")", "content"))
    rows = []
    for i, s in enumerate(statements, 1):
        who = f"{e(s.speaker.text) if s.speaker else '—'} → {e(s.entity.name) if s.entity else '(anonymous)'}"
        probs = " / ".join(f"{s.scores[lab]:.2f}" for lab in LABELS if lab in s.scores)
        content = s.content.text if len(s.content.text) <= 140 else s.content.text[:139] + "…"
        rows.append(f'<tr id="row{i}" class="{e(s.label or "none")}"><td><a href="#s{i}">{i}</a></td><td>{who}</td>'
                    f'<td>{e(s.cue.text)}</td><td>{e(s.kind.replace("_", "-"))}</td>'
                    f'<td><span class="badge {e(s.label or "none")}">{e(s.label or "—")}</span></td>'
                    f'<td class="num">{probs}</td><td class="content">{e(content)}</td></tr>')
    return f'<table class="statements"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _css() -> str:
    # displaCy's entity style: rounded marks with padding, a bold small label inside, a tall line height.
    rules = [f"mark.{k} {{ background: {strong}; }} mark.content.{k} {{ background: {light}; }} "
             f".badge.{k}, mark.content.{k} .tag {{ background: {strong}; }}" for k, (strong, light) in COLOURS.items()]
    return """
body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0;
       color: #222; }
header { padding: 1em 2em 0.5em; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.4em; margin: 0 0 0.2em; } header p { margin: 0.2em 0; color: #555; font-size: 0.9em; }
.layout { display: flex; gap: 2em; padding: 1em 2em; align-items: flex-start; }
article.entities { flex: 1 1 0; min-width: 0; line-height: 2.5; white-space: pre-wrap; direction: ltr; font-size: 16px; }
aside { flex: 1 1 0; min-width: 0; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; font-size: 0.85em; }
mark { padding: 0.25em 0.35em; margin: 0 0.1em; line-height: 1; border-radius: 0.35em;
       box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
mark.speaker { font-weight: 600; }
mark.cue { font-weight: 600; background: transparent !important; border: 2px dotted #555; }
mark .tag { font-size: 0.7em; font-weight: bold; line-height: 1; border-radius: 0.35em; padding: 0.15em 0.35em;
            vertical-align: middle; margin-left: 0.4rem; text-transform: uppercase; color: #222;
            background: rgba(255,255,255,0.7); }
table.statements { border-collapse: collapse; width: 100%; }
table.statements th, table.statements td { padding: 0.3em 0.45em; border-bottom: 1px solid #eee; vertical-align: top;
                                          text-align: left; }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.content { min-width: 10em; overflow-wrap: anywhere; }
.badge { padding: 0.1em 0.4em; border-radius: 0.3em; white-space: nowrap; }
.legend mark { cursor: default; }
""" + "\n".join(rules)


def to_html(article: Article, result: AnnotatedArticle) -> str:
    """The whole page for one annotated article."""
    e = html.escape
    meta = article.meta
    title = meta.get("title") or article.path
    facts = " · ".join(e(str(meta[k])) for k in ("publication", "date", "author") if meta.get(k))
    legend = " ".join(f'<mark class="content {k}">{k}</mark>' for k in LABELS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(str(title))}</title>
<style>{_css()}</style></head><body>
<header><h1>{e(str(title))}</h1>
<p>{facts + " · " if facts else ""}<code>{e(article.path)}</code> · {len(result.statements)} statements</p>
<p class="legend">Content coloured by stance: {legend}; <mark class="speaker neutral">speaker</mark> with its entity;
<mark class="cue neutral">cue</mark>. Hover over a span for the entity and the probabilities.</p></header>
<div class="layout">
<article class="entities">{render_text(article.text, result.statements)}</article>
<aside>{side_table(result.statements)}</aside>
</div>
</body></html>
"""
