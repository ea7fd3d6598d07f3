"""Rendering annotated articles: a readable table, one JSON object, JSON Lines, or CSV rows."""

from __future__ import annotations

import csv
import io
import json
import shutil

from .records import LABELS, AnnotatedArticle


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




# One row per statement; an article without statements gets one row with the statement columns empty, so that the
# file lists every article it holds (resuming needs that). The probability columns follow LABELS.
CSV_COLUMNS = ("path", "date", "publication", "title", "text_sha256", "statements", "statement", "speaker",
               "entity_id", "entity_name", "entity_type", "cue", "kind", "label",
               *(f"p_{label}" for label in LABELS), "sentence", "content_start", "content_end", "cue_start", "cue_end",
               "speaker_start", "speaker_end", "content")


def csv_rows(article: dict) -> list[dict[str, object]]:
    """The CSV rows (column → value, ``""`` for none) of one article in its :meth:`AnnotatedArticle.to_dict` form."""
    meta = article.get("meta") or {}
    head = {"path": article["path"], "date": meta.get("date", ""), "publication": meta.get("publication", ""),
            "title": meta.get("title", ""), "text_sha256": article["text_sha256"],
            "statements": len(article["statements"])}
    if not article["statements"]:
        return [{c: head.get(c, "") for c in CSV_COLUMNS}]
    rows = []
    for i, s in enumerate(article["statements"], 1):
        spk, ent, scores = s.get("speaker") or {}, s.get("entity") or {}, s.get("scores") or {}
        row = {**head, "statement": i, "speaker": spk.get("text", ""), "entity_id": ent.get("id", ""),
               "entity_name": ent.get("name", ""), "entity_type": ent.get("type", ""), "cue": s["cue"]["text"],
               "kind": s["kind"], "label": s.get("label") or "", "sentence": s.get("sentence", ""),
               "content_start": s["content"]["start"], "content_end": s["content"]["end"],
               "cue_start": s["cue"]["start"], "cue_end": s["cue"]["end"],
               "speaker_start": spk.get("start", ""), "speaker_end": spk.get("end", ""),
               "content": s["content"]["text"]}
        row.update({f"p_{label}": scores.get(label, "") for label in LABELS})
        rows.append({c: row.get(c, "") for c in CSV_COLUMNS})
    return rows


def to_csv(rows: list[dict[str, object]], header: bool = False) -> str:
    """CSV text (``\\n`` line ends, fields quoted where needed) that pandas reads with no options."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, CSV_COLUMNS, lineterminator="\n")
    if header:
        w.writeheader()
    w.writerows(rows)
    return buf.getvalue()
