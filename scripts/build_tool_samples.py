"""Build the sample annotation-tool exports in examples/annotation-tools/ from scripts/tool_samples.py.

Each document's statements are located as in the corpus build (the content exactly, then the cue nearest to it,
then the speaker nearest to the cue), checked as records, and written by the interchange modules as finished
annotations. Then each export gets what the tool itself adds (ids, timestamps, annotator fields, a cancelled
annotation, a rejected task), so that the samples look like what the tools write and `pipeline import` has to
pass over those fields. Run from the repository root: python scripts/build_tool_samples.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from pipeline.corpus import validate  # noqa: E402
from pipeline.interchange import doccano, labelstudio, prodigy  # noqa: E402
from pipeline.interchange.drafts import make_record  # noqa: E402
from pipeline.kb import load_kb  # noqa: E402
from tool_samples import DOCUMENTS  # noqa: E402

OUT = ROOT / "examples" / "annotation-tools"
FILES = {"labelstudio": "labelstudio-export.json", "prodigy": "prodigy-export.jsonl", "doccano": "doccano-export.jsonl"}


def nearest(text: str, needle: str, start: int, end: int) -> tuple[int, int]:
    """The occurrence of ``needle`` (as whole words) closest to ``[start, end)``."""
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
        gap = max(start - m.end(), m.start() - end, 0)
        if best is None or gap < best[0]:
            best = (gap, m.start(), m.end())
    if best is None:
        raise SystemExit(f"{needle!r} not found")
    return best[1], best[2]


def record(doc: dict):
    m = doc["meta"]
    text = f"Publication: {m['publication']} Date: {m['date']} Title: {m['title']}\n\n{doc['body']}\n"
    statements = []
    for speaker, cue, content, entity, kind, label, tags in doc["statements"]:
        if text.count(content) != 1:
            raise SystemExit(f"{doc['id']}: content found {text.count(content)} times: {content!r}")
        cs = text.index(content)
        cue_span = nearest(text, cue, cs, cs + len(content))
        spk = nearest(text, speaker, *cue_span) if speaker else None
        statements.append({"content": [cs, cs + len(content)], "cue": list(cue_span),
                           "speaker": list(spk) if spk else None, "entity": entity, "kind": kind, "label": label,
                           "tags": tags})
    return make_record(doc["id"], doc["split"], doc["meta"], text, statements, doc["id"])


def short_id(*parts: object) -> str:
    """A 10-character region id such as Label Studio makes up."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:10]


def label_studio(tasks: list[dict]) -> list[dict]:
    for i, task in enumerate(tasks):
        task_id = 101 + i
        result = task["annotations"][0]["result"]
        ids = {item["id"]: short_id(task_id, item["id"]) for item in result if "id" in item}
        for item in result:
            if "id" in item:
                item["id"] = ids[item["id"]]
                item["origin"] = "manual"
            else:
                item["from_id"], item["to_id"] = ids[item["from_id"]], ids[item["to_id"]]
        if i == 2:  # an annotator who drew some relations from the content to the cue
            for item in result:
                if item.get("type") == "relation":
                    item["from_id"], item["to_id"] = item["to_id"], item["from_id"]
        stamp = f"2026-11-{10 + i:02d}T09:{10 + 3 * i:02d}:00.000000Z"
        annotation = {"id": 501 + i, "completed_by": 1, "result": result, "was_cancelled": False,
                      "ground_truth": False, "created_at": stamp, "updated_at": stamp, "lead_time": 212.5 + 17 * i,
                      "task": task_id, "project": 7}
        cancelled = [{"id": 490 + i, "completed_by": 2, "result": [], "was_cancelled": True, "ground_truth": False,
                      "created_at": stamp, "updated_at": stamp, "lead_time": 4.1, "task": task_id, "project": 7}]
        task.update({"id": task_id, "annotations": (cancelled if i == 1 else []) + [annotation], "predictions": [],
                     "file_upload": "a1b2c3d4-sample-articles.json", "inner_id": i + 1, "project": 7,
                     "created_at": "2026-11-09T16:00:00.000000Z", "updated_at": stamp})
    return tasks


def prodigy_tasks(lines: list[dict]) -> list[dict]:
    out = []
    for i, task in enumerate(lines):
        if task["doc_id"] == "pr-01" and not any(t["doc_id"] == "pr-01" for t in out):
            # The pipeline proposed an action ("defended ... speech") as a statement; the annotator rejected it.
            text = task["text"]
            spans = {label: text.index(s) for label, s in (("speaker", "Russian officials"), ("cue", "defended"),
                                                            ("content", "President Vladimir Putin's speech"))}
            lengths = {"speaker": len("Russian officials"), "cue": len("defended"),
                       "content": len("President Vladimir Putin's speech")}
            toks = prodigy.tokens(text, {x for k in spans for x in (spans[k], spans[k] + lengths[k])})

            def span(label: str) -> dict:
                s, e = spans[label], spans[label] + lengths[label]
                inside = [t["id"] for t in toks if s <= t["start"] and t["end"] <= e]
                return {"start": s, "end": e, "token_start": inside[0], "token_end": inside[-1], "label": label}

            rejected = {**task, "tokens": toks, "spans": [span("speaker"), span("cue"), span("content")],
                        "relations": [], "accept": [], "entity": None, "tags": [], "answer": "reject"}
            out.append(rejected)
        out.append(task)
    for i, task in enumerate(out):
        input_hash = int(hashlib.sha256(task["text"].encode()).hexdigest()[:7], 16)
        task_hash = int(hashlib.sha256(json.dumps(task["spans"]).encode()).hexdigest()[:7], 16) ^ input_hash
        task.update({"_input_hash": input_hash, "_task_hash": task_hash, "_view_id": "blocks",
                     "_timestamp": 1794200000 + 41 * i, "_annotator_id": "stance-analyst",
                     "_session_id": "stance-analyst"})
    return out


def doccano_lines(lines: list[dict]) -> list[dict]:
    for i, line in enumerate(lines):
        offset = 3000 + 20 * i
        for e in line["entities"]:
            e["id"] += offset
        for r in line["relations"]:
            r["id"] += 700 + 10 * i
            r["from_id"] += offset
            r["to_id"] += offset
        line.update({"id": 201 + i, "Comments": []})
    return lines


def main() -> None:
    records = [record(d) for d in DOCUMENTS]
    problems = validate(records, load_kb())
    if problems:
        raise SystemExit("\n".join(problems))
    OUT.mkdir(parents=True, exist_ok=True)
    for tool, module in (("labelstudio", labelstudio), ("prodigy", prodigy), ("doccano", doccano)):
        mine = [r for r, d in zip(records, DOCUMENTS) if d["tool"] == tool]
        written = module.render(mine, annotated=True)
        if tool == "labelstudio":
            text = json.dumps(label_studio(json.loads(written)), ensure_ascii=False, indent=1) + "\n"
        else:
            lines = [json.loads(line) for line in written.splitlines()]
            lines = prodigy_tasks(lines) if tool == "prodigy" else doccano_lines(lines)
            text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        (OUT / FILES[tool]).write_text(text, "utf-8")
        counts = {s: sum(len(r.statements) for r in mine if r.split == s) for s in ("train", "dev", "test")}
        print(f"{FILES[tool]}: {len(mine)} documents, statements {counts}")


if __name__ == "__main__":
    main()
