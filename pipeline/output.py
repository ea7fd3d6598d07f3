"""Rendering annotated articles: a readable table, one JSON object, or JSON Lines."""

from __future__ import annotations

import json
import shutil

from .records import AnnotatedArticle


def abridge(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(article: AnnotatedArticle, width: int | None = None) -> str:
    """A fixed-width table: speaker → entity, cue, kind, stance with its probability, abridged content."""
    width = width or max(100, min(shutil.get_terminal_size((140, 20)).columns, 200))
    meta = ", ".join(f"{k}: {v}" for k, v in article.meta.items() if k in ("publication", "date", "volume", "issue", "title"))
    head = f"{article.path}" + (f"  ({meta})" if meta else "") + f"  {len(article.statements)} statements"
    if not article.statements:
        return head + "\n  (no attributed statements found)\n"
    cols = ("#", "speaker → entity", "cue", "kind", "stance", "content")
    rows = []
    for i, s in enumerate(article.statements, 1):
        spk = s.speaker.text if s.speaker else "—"
        ent = s.entity.name if s.entity else "(anonymous)"
        stance = f"{s.label} {s.scores.get(s.label, 0):.2f}" if s.label else "—"
        # The entity matters more than the mention, so the mention is the part that gets shortened.
        rows.append((str(i), f"{abridge(spk, 20)} → {abridge(ent, 24)}", abridge(s.cue.text, 16), s.kind.replace("_", "-"),
                     stance))
    widths = [max(len(c), *(len(r[k]) for r in rows)) for k, c in enumerate(cols[:-1])]
    content_w = max(30, width - sum(widths) - 2 * len(widths))
    lines = [head, "  ".join(c.ljust(w) for c, w in zip(cols[:-1], widths)) + "  " + cols[-1]]
    lines.append("  ".join("-" * w for w in widths) + "  " + "-" * min(content_w, 40))
    for r, s in zip(rows, article.statements):
        lines.append("  ".join(v.ljust(w) for v, w in zip(r, widths)) + "  " + abridge(s.content.text, content_w))
    return "\n".join(lines) + "\n"


def to_json(article: AnnotatedArticle) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)


def to_jsonl(article: AnnotatedArticle) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)


