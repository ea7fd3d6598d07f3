"""doccano: a sequence-labelling project with relations, exported as JSON Lines, in; the same format out.

One line is one document: ``text``, ``entities`` (spans ``{id, label, start_offset, end_offset}``) and
``relations`` (``{id, from_id, to_id, type}``). doccano has no attributes on a span, so the shipped label set
(``pipeline import --config doccano``) puts the stance in the content span's label (``hawkish``, ``conciliatory``,
``neutral``: the label *is* the content), the kind in the type of the cue–content relation, and ``speaker`` as
the type of the cue–speaker relation. Entity ids, tags and notes travel in the line's metadata: ``statements``, one
``{content: [start, end], entity, tags, note}`` per statement, beside ``doc_id``, ``split`` and ``meta``. doccano
keeps such fields from import to export; a content span that no ``statements`` entry names gets an entity made from
its speaker's words.
"""

from __future__ import annotations

from collections import defaultdict, deque
from pathlib import Path
from typing import Any, Sequence

from .. import jsontext
from ..corpus import CorpusArticle
from ..errors import AnnotationError
from ..records import LABELS
from .drafts import Draft, Link, Parsed, Region, regions_of, string_list
from .files import json_records


def _fields(line: dict) -> dict:
    """Where the line's own fields are: at the top level, or under ``meta`` where a doccano version nests them."""
    meta = line.get("meta")
    return meta if "doc_id" not in line and isinstance(meta, dict) and "doc_id" in meta else line


def _draft(line: Any, where: str, fallback_id: str) -> Draft:
    if not isinstance(line, dict) or not isinstance(line.get("text"), str):
        raise AnnotationError(f"{where}: a line needs 'text' (the document text); this is not a doccano export line.")
    if "entities" not in line and "label" in line:
        raise AnnotationError(f"{where}: this line has doccano's 'label' list, which has no relations; turn on "
                              "relation labelling in the project and export JSONL again (entities and relations).")
    entities, relations = line.get("entities") or [], line.get("relations") or []
    if not isinstance(entities, list) or not isinstance(relations, list):
        raise AnnotationError(f"{where}: 'entities' and 'relations' must be lists.")
    fields = _fields(line)
    # Statement fields by content offsets, in order, so that two statements with the same content both find theirs.
    fields_by_span: dict[tuple, deque] = defaultdict(deque)
    statements = fields.get("statements") or []
    if not isinstance(statements, list):
        raise AnnotationError(f"{where}: 'statements' must be a list of statement fields.")
    for entry in statements:
        if isinstance(entry, dict) and isinstance(entry.get("content"), list) and all(
                isinstance(v, int) for v in entry["content"]):
            fields_by_span[tuple(entry["content"])].append(entry)
    regions = []
    for e in entities:
        if not isinstance(e, dict) or not all(isinstance(e.get(k), int) for k in ("start_offset", "end_offset")):
            raise AnnotationError(f"{where}: an entity needs integer start_offset and end_offset, got {e!r}.")
        label, start, end = str(e.get("label", "")).lower(), e["start_offset"], e["end_offset"]
        if label not in LABELS:
            regions.append(Region(str(e.get("id")), label, start, end))
            continue
        queue = fields_by_span.get((start, end))
        entry = queue.popleft() if queue else {}
        regions.append(Region(str(e.get("id")), "content", start, end, label=label, entity=entry.get("entity"),
                              entity_given="entity" in entry, tags=string_list(entry.get("tags") or None, where, "'tags'"),
                              note=str(entry.get("note") or "")))
    links = []
    for r in relations:
        if not isinstance(r, dict):
            raise AnnotationError(f"{where}: a relation must be an object, got {r!r}.")
        links.append(Link(str(r.get("from_id")), str(r.get("to_id")), str(r.get("type") or "").lower() or None))
    doc_id = fields.get("doc_id")
    if doc_id is None:
        doc_id = f"doccano-{line['id']}" if "id" in line else fallback_id
    return Draft(where, doc_id, line["text"], fields.get("split"), fields.get("meta", {}), tuple(regions), tuple(links))


def parse(files: Sequence[str | Path], accept_predictions: bool = False) -> Parsed:
    """Read doccano JSONL exports (sequence labelling with relations).

    Args:
        files: the export files.
        accept_predictions: no effect; doccano does not tell pre-annotations from annotations.
    """
    drafts: list[Draft] = []
    problems: list[str] = []
    for f, where, line in json_records(files, problems):
        try:
            drafts.append(_draft(line, where, f"{Path(f).stem}-{where.rsplit(':', 1)[1]}"))
        except AnnotationError as e:
            problems.append(str(e))
    return Parsed(tuple(drafts), tuple(problems))


def render(articles: Sequence[CorpusArticle], annotated: bool = False) -> str:
    """doccano JSONL for the records: one line per document with its spans, relations and statement fields.

    Args:
        articles: the records.
        annotated: no effect; doccano has one kind of label.
    """
    out = []
    for a in articles:
        regions, links = regions_of(a)
        entities = [{"id": int(r.key), "label": r.label if r.role == "content" else r.role, "start_offset": r.start,
                     "end_offset": r.end} for r in regions]
        relations = [{"id": i, "from_id": int(link.a), "to_id": int(link.b), "type": link.label}
                     for i, link in enumerate(links, 1)]
        statement_fields = []
        for r in regions:
            if r.role == "content":
                entry = {"content": [r.start, r.end], "entity": r.entity, "tags": list(r.tags)}
                statement_fields.append({**entry, "note": r.note} if r.note else entry)
        out.append(jsontext.dumps({"text": a.text, "doc_id": a.id, "split": a.split, "meta": dict(a.meta),
                                   "statements": statement_fields, "entities": entities, "relations": relations}))
    return "".join(line + "\n" for line in out)
