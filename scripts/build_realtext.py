"""Build the stand-off real-text corpus from the annotators' working files.

The annotators worked outside the repository, because their working files quote the real texts: string-form
statements per document (``ext/<reader>/<stem>.json``), sampled sentences (``sent/items.json``) and blind stance
readings (``sent/r1_*.jsonl``, ``sent/r2_*.jsonl``, ``readB/*.jsonl``, ``adj/*.jsonl``). This script turns them into
records that hold only file names, SHA-256 hashes, offsets, ids and labels, and writes:

- ``data/annotations/real-train.jsonl``, ``real-dev.jsonl``, ``real-test.jsonl``;
- ``data/annotations/readings/real_stance_readings.jsonl`` (both readings and the adjudication of every record, and the
  consistency pass's label where one overrides them);
- ``data/annotations/readings/real_extraction_second.jsonl`` (the second, blind extraction of 20 documents).

Usage::

    python scripts/build_realtext.py readings-b --work /path/to/annot   # blind items for the second stance reading
    python scripts/build_realtext.py adjudicate --work /path/to/annot   # the disagreements, for the third reader
    python scripts/build_realtext.py build --work /path/to/annot        # the records
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.kb import load_kb  # noqa: E402
from pipeline.realtext import RealText, text_sha256  # noqa: E402

OUT = ROOT / "data" / "annotations"
# A local transcript speaker's id keeps at most the last 6 words of the turn header (the name and the end of the title):
# the site's headers carry titles of 20 words and more, and an id must not copy a run of the page's text.
LOCAL_NAME_WORDS = 6
# A cue or speaker string is looked for this many characters either side of its content, nearest first.
WINDOW = 400
EXTRACTION_READERS = ("A", "B", "C", "D", "E", "F", "G", "H", "I")
# A speech or turn printed on a news page is the speaker's own text, not a statement the page attributes; one of the
# nine annotators annotated its first-person cues ("I hope that ..."), the others and the second reader did not.
FIRST_PERSON = {"i", "we", "me", "us"}
# Decision files ``adj/r3_zconsistency*.jsonl`` re-read records under one written convention after adjudication (e.g.
# bare trade figures with a Western partner): their label is final whether or not the two readings differed, since
# readers who agreed can share a reading the convention overrules.
CONSISTENCY_PASS = "r3_zconsistency"
PUBLICATION = {"kremlin": "President of Russia (en.kremlin.ru)", "ungd": "UN General Assembly, general debate"}
LICENCE = {"kremlin": "CC BY 4.0; attribution: President of Russia, en.kremlin.ru",
           "ungd": "public domain (UN official record); UN General Debate Corpus CC0"}
UNGD_STATE = {"BLR": "belarus", "CUB": "cuba", "PRK": "north-korea", "GEO": "georgia", "LVA": "latvia", "EST": "estonia",
              "LTU": "lithuania", "SYR": "syria", "SRB": "serbia", "VEN": "venezuela", "POL": "poland", "TUR": "turkey",
              "DEU": "germany", "FRA": "france", "UKR": "ukraine", "USA": "united-states", "RUS": "russia",
              "GBR": "united-kingdom", "IRN": "iran", "CHN": "china"}


def occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def resolve(doc: dict, text: str) -> list[tuple[int, dict]]:
    """Offsets for one document's string-form statements: the content exactly, then the nearest cue, then the nearest speaker.

    Returns ``(n, record)`` pairs, ``n`` being the statement's 1-based position in the annotator's file (a stable id).
    """
    body = text.find("\n\n") + 2
    recs = []
    for n, st in enumerate(doc.get("statements", []), 1):
        if (st.get("speaker") or "").lower() in FIRST_PERSON:
            continue
        c = st["content"]
        occ = [o for o in occurrences(text, c) if o >= body]
        cs = occ[(st.get("content_occurrence") or 1) - 1]
        ce = cs + len(c)
        cue = st["cue"]
        co = [o for o in occurrences(text, cue) if cs - WINDOW <= o <= ce + WINDOW
              and not (cs < o + len(cue) and o < ce and not (cs <= o and o + len(cue) <= ce))]
        co = [o for o in co if o + len(cue) <= cs or o >= ce] or co
        q = min(co, key=lambda o: min(abs(o + len(cue) - cs), abs(o - ce)))
        sp = None
        if st.get("speaker") is not None:
            spk = st["speaker"]
            so = [o for o in occurrences(text, spk) if q - WINDOW <= o <= q + WINDOW]
            so = [o for o in so if o + len(spk) <= cs or o >= ce] or so
            s0 = min(so, key=lambda o: min(abs(o + len(spk) - q), abs(o - q - len(cue))))
            sp = [s0, s0 + len(spk)]
        recs.append((n, {"content": [cs, ce], "cue": [q, q + len(cue)], "speaker": sp, "entity": st.get("entity"),
                         "entity_name": st.get("entity_name"), "kind": st["kind"], "label": st["label"],
                         "note": st.get("note") or ""}))
    return recs


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class Entities:
    """Article-local ids, and the knowledge-base id where a local source turns out to be a known actor."""

    def __init__(self) -> None:
        self.kb = load_kb()
        self.normalised = Counter()

    def entity(self, doc_id: str, entity: str | None, name: str | None) -> str | None:
        if entity is None or not entity.startswith("local:"):
            return entity
        hit = self.full_name(entity.split(":", 1)[1])
        if hit:
            self.normalised[hit] += 1
            return hit
        return f"local:{doc_id}:{entity.split(':', 1)[1]}"

    def full_name(self, name: str) -> str | None:
        """The one KB actor a name names exactly (``KnowledgeBase.actor_for_slug``, as ``scripts/normalise_entities.py``)."""
        return self.kb.actor_for_slug(slug(name))

    def speaker(self, doc_id: str, name: str) -> str:
        """A transcript turn's speaker: ``President of Russia Vladimir Putin`` → vladimir-putin, else a local id."""
        clean = re.sub(r"\(.*?\)", "", name).strip()
        words = clean.split()
        # A title with "and" in it ("Minister for Economic Affairs and Energy Sigmar Gabriel") hides the name from the
        # full-name rule: the last two or three words are tried as the name itself.
        known = self.full_name(clean) or self.full_name(" ".join(words[-2:])) or self.full_name(" ".join(words[-3:]))
        return known or f"local:{doc_id}:{slug(' '.join(words[-LOCAL_NAME_WORDS:]))}"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def index_rows(realtext: RealText) -> dict[str, dict]:
    return {r["file"]: r for r in load_jsonl(realtext.root / "index.jsonl")}


def extraction_docs(work: Path, reader: str) -> dict[str, dict]:
    if not (work / "ext" / reader).is_dir():
        return {}
    return {json.loads(p.read_text("utf-8"))["file"]: json.loads(p.read_text("utf-8"))
            for p in sorted((work / "ext" / reader).glob("*.json"))}


def statement_items(work: Path, realtext: RealText) -> list[dict]:
    """Every extracted statement, in a stable order, with an id ``<stem>#<n>`` and its offsets."""
    items = []
    for reader in EXTRACTION_READERS:
        for file, doc in sorted(extraction_docs(work, reader).items()):
            text = realtext.read(file, text_sha256((realtext.root / file).read_text("utf-8")), file)
            for n, rec in resolve(doc, text):
                items.append({"id": f"{Path(file).stem}#{n}", "file": file, "text": text, **rec})
    return items


def readings_b(work: Path, realtext: RealText) -> None:
    """Write blind items (no first label) for the second stance reading of the extracted statements not yet given out."""
    rows = index_rows(realtext)
    out = work / "readB"
    out.mkdir(exist_ok=True)
    given = {json.loads(line)["id"] for p in out.glob("batch*.jsonl") for line in p.read_text("utf-8").splitlines()}
    items = [it for it in statement_items(work, realtext) if it["id"] not in given]
    first = len(list(out.glob("batch*.jsonl")))
    batches = max(1, -(-len(items) // 240))
    for b in range(batches):
        with open(out / f"batch{first + b + 1}.jsonl", "w", encoding="utf-8") as f:
            for it in items[b::batches]:
                t, (s, e) = it["text"], it["content"]
                sent_s = max(t.rfind("\n", 0, s), t.rfind(". ", 0, min(s, it["cue"][0]))) + 1
                sent_e = min(x for x in (t.find("\n", e), len(t)) if x >= 0)
                speaker = t[it["speaker"][0]:it["speaker"][1]] if it["speaker"] else "(implied)"
                f.write(json.dumps({"id": it["id"], "speaker": f"{speaker} ({it['entity_name'] or it['entity']})",
                                    "date": rows[it["file"]]["date"], "cue": t[it["cue"][0]:it["cue"][1]],
                                    "context_before": t[max(0, sent_s - 250):sent_s], "content": t[s:e],
                                    "sentence_text": t[sent_s:sent_e][:600], "context_after": t[sent_e:sent_e + 200]},
                                   ensure_ascii=False) + "\n")
    print(f"{len(items)} statements in {batches} batches under {out}")


def first_and_second(work: Path, realtext: RealText) -> dict[str, tuple[str, str | None]]:
    """Both stance readings of every record id (statements and sentences)."""
    first: dict[str, str] = {it["id"]: it["label"] for it in statement_items(work, realtext)}
    second: dict[str, str] = {}
    for p in sorted((work / "sent").glob("r1_*.jsonl")):
        first.update({r["id"]: r["label"] for r in load_jsonl(p)})
    for p in sorted((work / "sent").glob("r2_*.jsonl")) + sorted((work / "readB").glob("r2_*.jsonl")):
        second.update({r["id"]: r["label"] for r in load_jsonl(p)})
    return {k: (v, second.get(k)) for k, v in first.items()}


def adjudicate(work: Path, realtext: RealText) -> None:
    """Write the records whose two readings differ, with both readings, for the third reader (those not yet given out)."""
    pairs = first_and_second(work, realtext)
    shown = {}
    for p in sorted((work / "sent").glob("batch*.jsonl")) + sorted((work / "readB").glob("batch*.jsonl")):
        shown.update({r["id"]: r for r in load_jsonl(p)})
    out = work / "adj"
    out.mkdir(exist_ok=True)
    given = {r["id"] for p in out.glob("batch*.jsonl") for r in load_jsonl(p)}
    dis = [dict(shown[k], reading_1=a, reading_2=b) for k, (a, b) in sorted(pairs.items())
           if b is not None and a != b and k not in given]
    missing = [k for k, (a, b) in pairs.items() if b is None]
    first = len(list(out.glob("batch*.jsonl")))
    batches = max(1, -(-len(dis) // 60))
    for i in range(batches):
        with open(out / f"batch{first + i + 1}.jsonl", "w", encoding="utf-8") as f:
            for d in dis[i::batches]:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(dis)} new disagreements in {batches} batch(es) under {out}; {len(missing)} records lack a second reading")


def final_label(rid: str, a: str, b: str | None, adjudicated: dict[str, str], consistency: dict[str, str],
                provisional: bool = False) -> tuple[str, dict]:
    """The final label of a record and its readings row: the shared reading, else the third reader's ruling; a
    consistency pass's label overrides either, and the row keeps the reading or ruling it overrode."""
    adj = adjudicated.get(rid) if b is not None and a != b else None
    if b is not None and a != b and adj is None and not provisional:
        raise SystemExit(f"{rid}: readings {a}/{b} differ and there is no adjudication; run 'adjudicate' first")
    label = consistency.get(rid) or adj or a
    row = {"reading_1": a, "reading_2": b, "adjudicated": adj, "final": label}
    if rid in consistency:
        row["consistency"] = consistency[rid]
    return label, row


def build(work: Path, realtext: RealText, out: Path = OUT, provisional: bool = False) -> None:
    rows = index_rows(realtext)
    splits = json.loads((work / "splits.json").read_text("utf-8"))
    ents = Entities()
    pairs = first_and_second(work, realtext)
    adjudicated: dict[str, str] = {}
    consistency: dict[str, str] = {}
    for p in sorted((work / "adj").glob("r3_*.jsonl")):
        (consistency if p.name.startswith(CONSISTENCY_PASS) else adjudicated).update(
            {r["id"]: r["label"] for r in load_jsonl(p)})

    def final(rid: str) -> tuple[str, dict]:
        return final_label(rid, *pairs[rid], adjudicated, consistency, provisional)

    records, readings = [], []

    def meta_of(file: str, annotation: str) -> dict:
        r = rows[file]
        folder = file.split("/", 1)[0]
        m = {"publication": PUBLICATION[folder], "date": r.get("date") or f"{r['year']}-09-30", "source": "realtext",
             "kind": r["kind"], "licence": LICENCE[folder], "annotation": annotation}
        if r.get("url"):
            m["url"] = r["url"]
        if r.get("country"):
            m["country"] = r["country"]
        return m

    # Exhaustively annotated news pages.
    for reader in EXTRACTION_READERS:
        for file, doc in sorted(extraction_docs(work, reader).items()):
            text = realtext.read(file, text_sha256((realtext.root / file).read_text("utf-8")), file)
            doc_id = Path(file).stem
            sts = []
            for n, rec in resolve(doc, text):
                rid = f"{doc_id}#{n}"
                label, reading = final(rid)
                st = {"content": rec["content"], "cue": rec["cue"], "speaker": rec["speaker"],
                      "entity": ents.entity(doc_id, rec["entity"], rec["entity_name"]), "kind": rec["kind"],
                      "label": label, "tags": []}
                sts.append(st)
                readings.append({"article": doc_id, "content": rec["content"], "collection": "kremlin-news", **reading})
            sts.sort(key=lambda s: (s["content"][0], s["content"][1]))
            records.append({"id": doc_id, "split": splits[file], "meta": meta_of(file, "exhaustive"),
                            "standoff": {"file": file, "sha256": text_sha256(text)}, "statements": sts})
    # Sentence records.
    items = json.loads((work / "sent" / "items.json").read_text("utf-8"))
    by_file: dict[str, list[dict]] = {}
    for it in items:
        by_file.setdefault(it["file"], []).append(it)
    excluded = 0
    for file, its in sorted(by_file.items()):
        text = realtext.read(file, text_sha256((realtext.root / file).read_text("utf-8")), file)
        doc_id = Path(file).stem
        col = "ungd" if file.startswith("ungd/") else "kremlin-transcript"
        sts = []
        for it in sorted(its, key=lambda x: x["start"]):
            label, reading = final(it["id"])
            readings.append({"article": doc_id, "content": [it["start"], it["end"]], "collection": col, **reading})
            if label == "exclude":
                excluded += 1
                continue
            entity = UNGD_STATE[it["country"]] if col == "ungd" else ents.speaker(doc_id, it["speaker"])
            sts.append({"content": [it["start"], it["end"]], "cue": None, "speaker": None, "entity": entity,
                        "kind": "sentence", "label": label, "tags": []})
        records.append({"id": doc_id, "split": splits[file], "meta": meta_of(file, "sentences"),
                        "standoff": {"file": file, "sha256": text_sha256(text)}, "statements": sts})
    (out / "readings").mkdir(parents=True, exist_ok=True)
    for name in ("real-train", "real-dev", "real-test"):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in sorted((r for r in records if r["split"] == name), key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out / "readings" / "real_stance_readings.jsonl", "w", encoding="utf-8") as f:
        for r in readings:
            f.write(json.dumps(r) + "\n")
    # The second, blind extraction of 20 documents, in the same offset form.
    with open(out / "readings" / "real_extraction_second.jsonl", "w", encoding="utf-8") as f:
        for file, doc in sorted(extraction_docs(work, "double").items()):
            text = realtext.read(file, text_sha256((realtext.root / file).read_text("utf-8")), file)
            doc_id = Path(file).stem
            sts = [{"content": r["content"], "cue": r["cue"], "speaker": r["speaker"],
                    "entity": ents.entity(doc_id, r["entity"], r["entity_name"]), "kind": r["kind"], "label": r["label"]}
                   for _, r in resolve(doc, text)]
            f.write(json.dumps({"id": doc_id, "standoff": {"file": file, "sha256": text_sha256(text)},
                                "statements": sts}) + "\n")
    print(f"{len(records)} records, {sum(len(r['statements']) for r in records)} statements; {excluded} sentences "
          f"excluded by the readers; {sum(ents.normalised.values())} local sources normalised to KB ids")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=("readings-b", "adjudicate", "build"))
    ap.add_argument("--work", type=Path, required=True, help="the annotators' working folder (outside the repository)")
    ap.add_argument("--realtext", type=Path, default=None, help="the real-text root")
    ap.add_argument("--out", type=Path, default=OUT, help="where 'build' writes (default data/annotations)")
    ap.add_argument("--provisional", action="store_true",
                    help="'build' before adjudication: the first reading stands where the readings differ (development only)")
    args = ap.parse_args()
    rt = RealText(args.realtext)
    if args.step == "build":
        build(args.work, rt, args.out, args.provisional)
    else:
        {"readings-b": readings_b, "adjudicate": adjudicate}[args.step](args.work, rt)


if __name__ == "__main__":
    main()
