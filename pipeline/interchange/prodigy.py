"""Prodigy: JSON Lines of tasks in (``prodigy db-out``), tasks with pre-annotations out.

One task is one statement, the Prodigy way of one decision per task: the document ``text`` with ``tokens``, the
statement's ``spans`` (``speaker``, ``cue``, ``content``), ``relations`` from the cue to the content (labelled
with the kind) and to the speaker (labelled ``speaker``), and the stance as the one option in ``accept``. The task
also carries ``doc_id``, ``split``, ``meta`` (shown in the corner), ``entity``, ``tags`` and ``note``. Tasks of a
document are put together by ``doc_id``. A task without spans stands for a document with nothing marked.

Answers: ``accept`` keeps the task's statement, ``reject`` drops it (not a statement), and a document with a task
that is ``ignore``-d or not answered yet is left out, so that no half-annotated document gets in.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Sequence

from .. import jsontext
from ..corpus import CorpusArticle
from ..errors import AnnotationError
from ..records import LABELS, Span
from .drafts import SPEAKER_LINK, Draft, Link, Parsed, Region, string_list
from .files import json_records

_TOKEN = re.compile(r"\w+|[^\w\s]")


def _region(span: Any, key: str, where: str) -> Region:
    if not (isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int)):
        raise AnnotationError(f"{where}: a span needs integer 'start' and 'end' character offsets, got {span!r}.")
    return Region(key, str(span.get("label", "")).lower(), span["start"], span["end"])


def _task(task: dict, n: int, where: str) -> tuple[list[Region], list[Link]]:
    """The regions and links of one accepted task; the stance and the statement fields go on its content span."""
    spans = task.get("spans") or []
    if not isinstance(spans, list):
        raise AnnotationError(f"{where}: 'spans' must be a list.")
    regions = [_region(s, f"{n}.{i}", where) for i, s in enumerate(spans)]
    by_offsets = {(r.start, r.end, r.role): r.key for r in regions}
    links = []
    relations = task.get("relations") or []
    if not isinstance(relations, list):
        raise AnnotationError(f"{where}: 'relations' must be a list.")
    for rel in relations:
        ends = []
        for side in ("head_span", "child_span"):
            s = rel.get(side) if isinstance(rel, dict) else None
            ok = isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
            key = by_offsets.get((s["start"], s["end"], str(s.get("label", "")).lower())) if ok else None
            if key is None:
                raise AnnotationError(f"{where}: a relation's {side} {s!r} is not one of the task's spans.")
            ends.append(key)
        links.append(Link(ends[0], ends[1], str(rel.get("label") or "").lower() or None))
    contents = [r for r in regions if r.role == "content"]
    accept = task.get("accept") or []
    if not isinstance(accept, list) or len(accept) > 1:
        raise AnnotationError(f"{where}: 'accept' must hold one stance option, got {accept!r}.")
    if len(contents) > 1:
        raise AnnotationError(f"{where}: {len(contents)} content spans in one task; a task is one statement with one "
                              "stance, so give each statement its own task.")
    if accept and not contents:
        raise AnnotationError(f"{where}: a stance is chosen but no content span is marked.")
    if contents:
        c = contents[0]
        regions[regions.index(c)] = Region(c.key, c.role, c.start, c.end, label=(accept or [None])[0],
                                           entity=task.get("entity"), entity_given="entity" in task,
                                           tags=string_list(task.get("tags") or None, where, "'tags'"),
                                           note=str(task.get("note") or ""))
    return regions, links


def parse(files: Sequence[str | Path], accept_predictions: bool = False) -> Parsed:
    """Read Prodigy JSON Lines (``prodigy db-out DATASET > FILE.jsonl``).

    Args:
        files: the files; tasks of one document may be spread over several.
        accept_predictions: read tasks without an answer as accepted (pre-annotations taken as they are).
    """
    docs: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    count = 0  # tasks read so far: region keys must be unique within a document that spans several tasks
    for _, where, task in json_records(files, problems):
        if not isinstance(task, dict) or not isinstance(task.get("text"), str):
            problems.append(f"{where}: a task needs 'text' (the document text); this is not a Prodigy task.")
            continue
        doc_id = task.get("doc_id")
        if doc_id is None:  # tasks from elsewhere are grouped by their text
            doc_id = "prodigy-" + hashlib.sha256(task["text"].encode("utf-8")).hexdigest()[:12]
        doc = docs.setdefault(str(doc_id), {"doc_id": doc_id, "text": task["text"], "split": task.get("split"),
                                            "meta": task.get("meta", {}), "lines": [], "regions": [],
                                            "links": [], "open": False})
        doc["lines"].append(where)
        if task["text"] != doc["text"]:
            problems.append(f"{where}: the text differs from that of the earlier tasks of document {doc_id!r} "
                            f"({doc['lines'][0]}).")
            continue
        answer = task.get("answer", "accept" if accept_predictions else None)
        if answer not in ("accept", "reject"):
            doc["open"] = True  # ignored or not answered yet
            continue
        if answer == "reject":
            continue
        count += 1
        try:
            regions, links = _task(task, count, where)
        except AnnotationError as e:
            problems.append(str(e))
            continue
        doc["regions"] += regions
        doc["links"] += links
    drafts, skipped = [], []
    for doc in docs.values():
        lines = doc["lines"]
        where = f"{lines[0].rsplit(':', 1)[0]}: document {doc['doc_id']!r} (line{'s' if len(lines) > 1 else ''} " \
                f"{', '.join(w.rsplit(':', 1)[1] for w in lines)})"
        if doc["open"]:
            skipped.append(where)
            continue
        drafts.append(Draft(where, doc["doc_id"], doc["text"], doc["split"], doc["meta"], tuple(doc["regions"]),
                            tuple(doc["links"])))
    return Parsed(tuple(drafts), tuple(problems), tuple(skipped))


def tokens(text: str, cuts: set[int]) -> list[dict[str, Any]]:
    """Prodigy tokens of ``text``: words and punctuation, also split at every span boundary in ``cuts``.

    Args:
        text: the document text.
        cuts: character offsets where a token must end or start.
    """
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        inner = sorted(c for c in cuts if s < c < e)
        for a, b in zip([s] + inner, inner + [e]):
            out.append({"text": text[a:b], "start": a, "end": b, "id": len(out),
                        "ws": b < len(text) and text[b].isspace()})
    return out


def _span(span: Span, label: str, toks: list[dict[str, Any]]) -> dict[str, Any]:
    inside = [t["id"] for t in toks if span.start <= t["start"] and t["end"] <= span.end] or [
        t["id"] for t in toks if t["start"] < span.end and span.start < t["end"]] or [0]  # a span of no whole token
    return {"start": span.start, "end": span.end, "token_start": inside[0], "token_end": inside[-1], "label": label}


def _relation(head: dict, child: dict, label: str) -> dict[str, Any]:
    return {"head": head["token_end"], "child": child["token_end"], "head_span": head, "child_span": child,
            "label": label}


def render(articles: Sequence[CorpusArticle], annotated: bool = False) -> str:
    """Prodigy tasks (JSON Lines), one per statement, as pre-annotations or, if ``annotated``, as accepted answers.

    Args:
        articles: the records.
        annotated: mark every task ``"answer": "accept"`` (finished work) instead of leaving it to be answered.
    """
    lines = []
    options = [{"id": label, "text": label} for label in LABELS]
    for a in articles:
        cuts = {x for st in a.statements for sp in (st.content, st.cue, st.speaker) if sp for x in (sp.start, sp.end)}
        toks = tokens(a.text, cuts)
        doc = {"text": a.text, "doc_id": a.id, "split": a.split, "meta": dict(a.meta), "tokens": toks}
        tasks = []
        for st in a.statements:
            content, cue = _span(st.content, "content", toks), _span(st.cue, "cue", toks)
            spans, relations = [cue, content], [_relation(cue, content, st.kind)]
            if st.speaker:
                speaker = _span(st.speaker, "speaker", toks)
                spans.insert(0, speaker)
                relations.append(_relation(cue, speaker, SPEAKER_LINK))
            task = {**doc, "spans": spans, "relations": relations, "options": options, "accept": [st.label],
                    "entity": st.entity_id, "tags": list(st.tags)}
            if st.note:
                task["note"] = st.note
            tasks.append(task)
        for task in tasks or [{**doc, "spans": [], "relations": [], "options": options, "accept": []}]:
            lines.append(jsontext.dumps({**task, "answer": "accept"} if annotated else task))
    return "".join(line + "\n" for line in lines)
