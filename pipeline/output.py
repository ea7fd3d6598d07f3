"""Rendering annotated articles: a readable table, one JSON object, JSON Lines, or CSV rows."""

from __future__ import annotations

import csv
import io
import shutil

from . import jsontext
from .records import LABELS, AnnotatedArticle


# What a terminal would act on rather than show: C0 controls, DEL and C1 controls (ESC starts escape sequences and
# U+009B is CSI on its own, so an article could move the cursor, retitle the window or hide lines), and the
# bidirectional overrides and isolates that reorder what is shown (and lone surrogates, from file names that are
# not UTF-8, which a UTF-8 terminal stream cannot take). Text for the terminal gets them as visible
# \x.. / \u.... escapes; JSON, JSON Lines and CSV keep the exact text, since offsets point into it.
_TERMINAL_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))} | {
    c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0xD800, 0xE000))}


def visible(text: str) -> str:
    """``text`` safe to print on a terminal: control characters written out as escapes (``\\x1b``)."""
    return text.translate(_TERMINAL_ESCAPES)


def abridge(text: str, width: int) -> str:
    text = visible(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def table(article: AnnotatedArticle, width: int | None = None) -> str:
    """A fixed-width table: speaker → entity, cue, kind, stance with its probability, abridged content."""
    width = width or max(100, min(shutil.get_terminal_size((140, 20)).columns, 200))
    meta = ", ".join(f"{k}: {v}" for k, v in article.meta.items() if k in ("publication", "date", "volume", "issue", "title"))
    head = visible(f"{article.path}" + (f"  ({meta})" if meta else "")) + f"  {len(article.statements)} statements"
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
    return jsontext.dumps(article.to_dict(), indent=2)


def to_jsonl(article: AnnotatedArticle) -> str:
    return jsontext.dumps(article.to_dict())



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
