"""Label Studio: the project's JSON export (a list of tasks) in, tasks with pre-annotations out.

With the shipped labelling config (``pipeline import --config labelstudio``), a task's ``data`` holds ``text``,
``doc_id``, ``split`` and ``meta``. An annotation's ``result`` holds ``labels`` regions (``speaker``, ``cue``,
``content``), ``relation`` items that tie them, and per-region controls on the content region, which share its
region id: ``stance`` and ``kind`` choices, an ``entity`` text area, ``tags`` choices and a ``note`` text area.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, Sequence

from .. import __version__, jsontext
from ..corpus import CorpusArticle
from ..errors import AnnotationError, shown
from .drafts import Draft, Link, Parsed, Region, regions_of, string_list
from .files import read_text

# Control names of the shipped config (configs/labelstudio.xml); a test checks that the two agree.
SPANS, TEXT = "span", "text"
STANCE, KIND, ENTITY, TAGS, NOTE = "stance", "kind", "entity", "tags", "note"
FIELDS = (STANCE, KIND, ENTITY, TAGS, NOTE)


def _utf16_to_index(text: str, unit: int) -> int:
    """The code-point index of a UTF-16 offset (older Label Studio versions count characters the JavaScript way)."""
    units = 0
    for i, ch in enumerate(text):
        if units >= unit:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _offsets(text: str, value: dict, where: str) -> tuple[int, int]:
    start, end, quoted = value.get("start"), value.get("end"), value.get("text")
    if not isinstance(quoted, (str, type(None))):
        raise AnnotationError(f"{where}: a labels region's text is {shown(quoted)}, not the text it covers.")
    if not (isinstance(start, int) and isinstance(end, int)):
        raise AnnotationError(f"{where}: a labels region has start {start!r} and end {end!r}; expected character "
                              "offsets (use a <Text> object, not <HyperText> or <Paragraphs>).")
    if quoted is None or text[start:end] == quoted:
        return start, end
    s, e = _utf16_to_index(text, start), _utf16_to_index(text, end)
    if text[s:e] == quoted:
        return s, e
    raise AnnotationError(f"{where}: the region [{start}, {end}] reads {text[start:end][:40]!r} in the task text but "
                          f"{quoted[:40]!r} in the export; was the task text changed after labelling?")


def _result(task: dict, where: str, accept_predictions: bool) -> list | None:
    """The result list to read: the one finished annotation, the ground truth, or (if allowed) the one prediction."""
    done = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    truth = [a for a in done if a.get("ground_truth")]
    if len(done) > 1 and len(truth) != 1:
        who = ", ".join(str(a.get("completed_by", "?")) for a in done)
        raise AnnotationError(f"{where}: {len(done)} annotations (by {who}); keep one per task, or mark one as "
                              "ground truth.")
    chosen = (truth or done or [None])[0]
    if chosen is None and accept_predictions:
        predictions = task.get("predictions") or []
        if len(predictions) > 1:
            raise AnnotationError(f"{where}: {len(predictions)} predictions and no annotation; keep one prediction.")
        chosen = predictions[0] if predictions else None
    if chosen is None:
        return None
    result = chosen.get("result") if isinstance(chosen, dict) else None
    if not isinstance(result, list):
        raise AnnotationError(f"{where}: the annotation's 'result' must be a list, got {type(result).__name__}.")
    return result


def _draft(task: Any, where: str, accept_predictions: bool) -> Draft | None:
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise AnnotationError(f"{where}: a task needs data.text (the document text); this is not a task of a "
                              "Label Studio JSON export.")
    result = _result(task, where, accept_predictions)
    if result is None:
        return None
    text = data["text"]
    spans: dict[str, tuple[str, int, int]] = {}
    fields: dict[str, dict[str, list]] = defaultdict(dict)
    links: list[Link] = []
    for item in result:
        if not isinstance(item, dict):
            raise AnnotationError(f"{where}: a result item must be an object, got {item!r}.")
        value = item.get("value") if isinstance(item.get("value"), dict) else {}
        if item.get("type") == "relation":
            labels = string_list(item.get("labels"), where, "a relation's labels") or (None,)
            links.append(Link(str(item.get("from_id")), str(item.get("to_id")), labels[0]))
        elif item.get("type") == "labels":
            labels = string_list(value.get("labels"), where, f"the labels of region {shown(item.get('id'))}")
            if len(labels) != 1:
                raise AnnotationError(f"{where}: region {item.get('id')!r} has labels {labels!r}; give each region "
                                      "one of speaker, cue, content.")
            spans[str(item.get("id"))] = (str(labels[0]).lower(), *_offsets(text, value, where))
        elif item.get("from_name") in FIELDS:
            values = value.get("choices" if item.get("type") == "choices" else "text")
            fields[str(item.get("id"))][item["from_name"]] = list(string_list(
                values or None, where, f"the {item['from_name']} of region {shown(item.get('id'))}"))
        # Items of other controls (a user's own additions to the config) are not part of the record.
    stray = sorted(set(fields) - set(spans))
    if stray:
        raise AnnotationError(f"{where}: {', '.join(fields[stray[0]])} set on region {stray[0]!r}, which is not a "
                              "labelled span; set them on the content region.")
    regions = []
    for key, (role, start, end) in spans.items():
        f = fields.get(key, {})
        entity = [e for e in f.get(ENTITY, []) if e.strip()]
        regions.append(Region(key, role, start, end, label=(f.get(STANCE) or [None])[0],
                              kind=(f.get(KIND) or [None])[0], entity=entity[0] if entity else None,
                              entity_given=bool(entity), tags=tuple(f.get(TAGS, [])), note=" ".join(f.get(NOTE, []))))
    doc_id = data.get("doc_id")
    if doc_id is None:
        doc_id = f"ls-task-{task.get('id')}"
    return Draft(where, doc_id, text, data.get("split"), data.get("meta", {}), tuple(regions), tuple(links))


def parse(files: Sequence[str | Path], accept_predictions: bool = False) -> Parsed:
    """Read Label Studio JSON exports.

    Args:
        files: the export files (``Export → JSON`` in a project).
        accept_predictions: read a task's prediction when it has no finished annotation.
    """
    drafts, problems, skipped = [], [], []
    for f in files:
        try:
            tasks = jsontext.loads(read_text(f))
        except jsontext.BadJSON as e:
            problems.append(f"{f}: not JSON ({e}); pass the project's JSON export.")
            continue
        except AnnotationError as e:
            problems.append(str(e))
            continue
        if not isinstance(tasks, list):
            problems.append(f"{f}: expected Label Studio's JSON export, a list of tasks, got {type(tasks).__name__} "
                            "(the JSON-MIN and CSV exports lack the relations).")
            continue
        for i, task in enumerate(tasks, 1):
            where = f"{f}: task {task.get('id', i) if isinstance(task, dict) else i}"
            try:
                draft = _draft(task, where, accept_predictions)
            except AnnotationError as e:
                problems.append(str(e))
                continue
            if draft is None:
                skipped.append(where)
            else:
                drafts.append(draft)
    return Parsed(tuple(drafts), tuple(problems), tuple(skipped))


def _item(key: str, name: str, kind: str, doc: str, start: int, end: int, **value: Any) -> dict[str, Any]:
    return {"id": key, "from_name": name, "to_name": TEXT, "type": kind,
            "value": {"start": start, "end": end, "text": doc[start:end], **value}}


def render(articles: Sequence[CorpusArticle], annotated: bool = False) -> str:
    """Label Studio tasks (a JSON list) for the records, as pre-annotations or, if ``annotated``, as annotations.

    Args:
        articles: the records.
        annotated: write ``annotations`` (finished work) instead of ``predictions`` (to be corrected).
    """
    tasks = []
    for a in articles:
        regions, links = regions_of(a)
        result = []
        for r in regions:
            result.append(_item(r.key, SPANS, "labels", a.text, r.start, r.end, labels=[r.role]))
            if r.role != "content":
                continue
            result.append(_item(r.key, STANCE, "choices", a.text, r.start, r.end, choices=[r.label]))
            result.append(_item(r.key, KIND, "choices", a.text, r.start, r.end, choices=[r.kind]))
            # An anonymous source is written out as "null", so that it is not mistaken for a missing entity.
            result.append(_item(r.key, ENTITY, "textarea", a.text, r.start, r.end, text=[r.entity or "null"]))
            if r.tags:
                result.append(_item(r.key, TAGS, "choices", a.text, r.start, r.end, choices=list(r.tags)))
            if r.note:
                result.append(_item(r.key, NOTE, "textarea", a.text, r.start, r.end, text=[r.note]))
        result += [{"from_id": link.a, "to_id": link.b, "type": "relation", "direction": "right", "labels": []}
                   for link in links]
        data = {"text": a.text, "doc_id": a.id, "split": a.split, "meta": dict(a.meta)}
        work = {"annotations": [{"result": result}]} if annotated else {
            "predictions": [{"model_version": f"pipeline {__version__}", "result": result}]}
        tasks.append({"data": data, **work})
    return jsontext.dumps(tasks, indent=1) + "\n"
