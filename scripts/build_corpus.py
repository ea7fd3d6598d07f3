"""Build data/annotations/{train,dev,test}.jsonl from the team's draft files.

A draft (one JSON file per article, see data/annotations/README.md) names each statement's
content, cue and speaker as strings; this script finds them in the text (content exactly, then
the cue occurrence nearest the content, then the speaker occurrence nearest the cue), assigns
splits by article (stratified by year band and topic, the seeds in test) and writes the records.

    python scripts/build_corpus.py DRAFT_DIR [DRAFT_DIR ...] [--out data/annotations]
        [--second SECOND_READINGS_DIR] [--adjudicated THIRD_READINGS_DIR]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# Five of every seven articles to train, one to dev, one to test, walking the (year band, topic) order.
KB_IDS = {json.loads(line)["id"] for line in open(os.path.join(ROOT, "pipeline", "resources", "actors.jsonl"),
                                                   encoding="utf-8") if line.strip()}
COUNTS = {"anonymous_to_null": 0, "local_to_kb": 0}
PATTERN = ("train", "train", "dev", "train", "train", "test", "train")


def occurrences(text: str, s: str, ci: bool = False) -> list[tuple[int, int]]:
    if not s:
        return []
    pat = re.escape(s)
    if s[0].isalnum():
        pat = r"(?<![\w])" + pat
    if s[-1].isalnum():
        pat += r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text, re.I if ci else 0)]


def dist(a, b) -> int:
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1] if b[1] <= a[0] else 0


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def locate(text: str, st: dict) -> tuple:
    """Character spans of a draft statement's content, cue and speaker."""
    content = st["content"].rstrip()
    occ = [(m.start(), m.end()) for m in re.finditer(re.escape(content), text)]
    if not occ:
        raise ValueError(f"content not found: {content[:60]!r}")
    cs = occ[(st.get("occurrence") or 1) - 1]
    cands = [o for o in occurrences(text, st["cue"]) if not overlaps(o, cs)] or \
            [o for o in occurrences(text, st["cue"], ci=True) if not overlaps(o, cs)] or \
            [o for o in occurrences(text, st["cue"]) if cs[0] <= o[0] and o[1] <= cs[1]]
    if not cands:
        raise ValueError(f"cue {st['cue']!r} not found")
    cu = min(cands, key=lambda o: dist(o, cs))
    ss = None
    if st.get("speaker"):
        pool = [o for o in occurrences(text, st["speaker"]) if not overlaps(o, cu)] or \
               [o for o in occurrences(text, st["speaker"], ci=True) if not overlaps(o, cu)]
        outside = [o for o in pool if not overlaps(o, cs)]
        pool = outside or [o for o in pool if cs[0] <= o[0] and o[1] <= cs[1]]
        if not pool:
            raise ValueError(f"speaker {st['speaker']!r} not found")
        ss = min(pool, key=lambda o: dist(o, cu))
    # Trailing commas inside a closing quote are punctuation of the sentence, not content.
    s, e = cs
    while e > s and text[e - 1] in " ,":
        e -= 1
    return (s, e), cu, ss


ANON_HEADS = {"official", "officials", "diplomat", "diplomats", "source", "sources", "spokesman", "spokeswoman",
              "spokesperson", "officer", "officers", "aide", "aides", "insider", "insiders", "member", "members"}
ANON_DETS = {"a", "an", "one", "some", "several", "two", "three", "another", "other"}


def normalise_entity(st: dict, kb_ids: set, counts: dict) -> str | None:
    """Apply the guidelines uniformly: anonymous sources are null; KB actors get their KB id, not a local one."""
    entity = st.get("entity")
    speaker = (st.get("speaker") or "").split()
    if entity and speaker and speaker[0].lower() in ANON_DETS and speaker[-1].lower().strip(",") in ANON_HEADS \
            and " for " not in st["speaker"] and not entity.startswith("local:") and entity in kb_ids:
        counts["anonymous_to_null"] += 1
        return None
    if entity and entity.startswith("local:") and entity.rsplit(":", 1)[-1] in kb_ids:
        counts["local_to_kb"] += 1
        return entity.rsplit(":", 1)[-1]
    return entity


def record(draft: dict, text: str, source: str, readings: dict | None = None, rows: list | None = None) -> dict:
    """A guideline-format record; with ``readings`` the final label is the agreed or adjudicated one."""
    r2 = (readings or {}).get("r2", {}).get(draft["id"], {})
    adj = (readings or {}).get("adj", {}).get(draft["id"], {})
    statements = []
    for n, st in enumerate(draft["statements"], 1):
        (cs, ce), cu, ss = locate(text, st)
        label = st["label"]
        second = r2.get(n)
        final = label if second in (None, label) else (adj.get(n) or {}).get("label", label)
        d = {"content": [cs, ce], "cue": list(cu), "speaker": list(ss) if ss else None,
             "entity": normalise_entity(st, KB_IDS, COUNTS), "kind": st["kind"], "label": final,
             "tags": st.get("tags") or []}
        note = st.get("note") or ""
        if final != label:
            note = f"adjudicated from {label}: {(adj.get(n) or {}).get('reason', '')}".strip()
        if note:
            d["note"] = note
        statements.append(d)
        if rows is not None:
            rows.append({"article": draft["id"], "content": [cs, ce], "reading_1": label, "reading_2": second,
                         "adjudicated": (adj.get(n) or {}).get("label") if second not in (None, label) else None,
                         "final": final})
    statements.sort(key=lambda d: (d["content"][0], d["cue"][0]))
    meta = dict(draft["meta"])
    meta["source"] = source
    return {"id": draft["id"], "split": None, "meta": meta, "text": text, "statements": statements}


def assign_splits(records: list[dict]) -> None:
    def band(r):
        y = int(str(r["meta"].get("date", "2000"))[:4])
        return y - (y - 1995) % 5

    written = sorted((r for r in records if r["meta"]["source"] != "seed"),
                     key=lambda r: (band(r), (r["meta"].get("topics") or [""])[0], r["id"]))
    for i, r in enumerate(written):
        r["split"] = PATTERN[i % len(PATTERN)]
    for r in records:
        if r["meta"]["source"] == "seed":
            r["split"] = "test"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("drafts", nargs="+", help="folders of draft JSON files")
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "annotations"))
    ap.add_argument("--second", help="folder of second readings (<id>.json with labels by statement number)")
    ap.add_argument("--adjudicated", help="folder of third readings (JSON lists of {id, n, label, reason})")
    args = ap.parse_args(argv)
    readings = {"r2": {}, "adj": {}}
    if args.second:
        for f in glob.glob(os.path.join(args.second, "*.json")):
            r = json.load(open(f, encoding="utf-8"))
            readings["r2"][r["id"]] = {x["n"]: x["label"] for x in r["labels"]}
    if args.adjudicated:
        for f in glob.glob(os.path.join(args.adjudicated, "*.json")):
            for x in json.load(open(f, encoding="utf-8")):
                readings["adj"].setdefault(x["id"], {})[x["n"]] = x
    rows: list = []
    records, errors = [], []
    for d in args.drafts:
        for f in sorted(glob.glob(os.path.join(d, "*.json"))):
            draft = json.load(open(f, encoding="utf-8"))
            text = "\n\n".join(draft["paragraphs"]) + "\n"
            try:
                records.append(record(draft, text, "written-for-corpus", readings, rows))
            except ValueError as e:
                errors.append(f"{f}: {e}")
    for draft in json.load(open(os.path.join(HERE, "seed_annotations.json"), encoding="utf-8")):
        text = open(os.path.join(ROOT, draft["text_file"]), encoding="utf-8").read()
        rec = record(draft, text, "seed", readings, rows)
        rec["meta"]["file"] = draft["text_file"]
        records.append(rec)
    for e in errors:
        print("skipped:", e, file=sys.stderr)
    assign_splits(records)
    os.makedirs(args.out, exist_ok=True)
    for name in ("train", "dev", "test"):
        with open(os.path.join(args.out, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for r in sorted((r for r in records if r["split"] == name), key=lambda r: r["id"]):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.second:
        os.makedirs(os.path.join(args.out, "readings"), exist_ok=True)
        with open(os.path.join(args.out, "readings", "stance_readings.jsonl"), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles written to {args.out}; {len(errors)} skipped; entity normalisation: {COUNTS}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
