"""The annotated corpus: record format (guidelines §5), loading with line-numbered errors, validation, statistics."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from . import jsontext
from .errors import AnnotationError, shown
from .kb import KnowledgeBase, lexicon
from .metrics import cohen_kappa, match, prf
from .realtext import HOW_TO_GET, RealText
from .records import KINDS, LABELS, Span, Statement
from .stance_features import stance_input

SYNTHETIC_SPLITS = ("train", "dev", "test")
REAL_SPLITS = ("real-train", "real-dev", "real-test")
SPLITS = SYNTHETIC_SPLITS + REAL_SPLITS
# "imported": converted by `pipeline import` from an annotation tool's export (the user's own annotations).
SOURCES = ("seed", "written-for-corpus", "realtext", "imported")
# The bundled corpus, found beside the package (an editable install, like the bundled models).
BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data" / "annotations"
# A sentence record: one sentence of first-person speech (a UN statement, a transcript turn) labelled for stance.
# It has no cue and no speaker mention; the source is the document's speaker (guidelines extension, corpus card).
SENTENCE = "sentence"
GOLD_KINDS = KINDS + (SENTENCE,)
# meta.annotation of a real-text record: every statement annotated, or only the listed sentences.
EXHAUSTIVE, SENTENCES = "exhaustive", "sentences"
PRONOUNS = {"he", "she", "it", "they", "we", "i", "his", "her", "its", "their"}
# Every tag of the corpus card, in its order: nine hard cases, then the speaker and quote tags.
TAGS = ("negation", "condition", "hedged-criticism", "mixed-thrust", "sarcasm", "third-party", "implicit-hawkish",
        "military-conciliatory", "charged-neutral", "pronoun-speaker", "role-speaker", "multi-sentence-quote")
HARD_TAGS = frozenset(TAGS[:9])
# meta fields that are counted or grouped on, so must be strings (or null) when present.
META_STRINGS = ("source", "kind", "date", "annotation")
SHINGLE = 8
NEAR_DUPLICATE = 0.5


@dataclass(frozen=True)
class CorpusArticle:
    """One annotated article (one JSONL line).

    Args:
        id: article id.
        split: one of :data:`SPLITS`.
        meta: publication, date, title, source (``seed``, ``written-for-corpus`` or ``realtext``), topics.
        text: the full article text (for a stand-off record, read from the real-text root).
        statements: its gold statements.
        standoff: ``{"file": ..., "sha256": ...}`` for a real-text record, whose text is not stored in the record.
        where: ``file:line`` it was read from.
    """

    id: str
    split: str
    meta: Mapping[str, Any]
    text: str
    statements: tuple[Statement, ...]
    standoff: Mapping[str, str] | None = None
    where: str = field(default="", compare=False)

    @property
    def is_real(self) -> bool:
        return self.standoff is not None

    @property
    def exhaustive(self) -> bool:
        """Whether every statement of the text is annotated (so extraction can be scored on it)."""
        return self.meta.get("annotation", EXHAUSTIVE) == EXHAUSTIVE

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"standoff": dict(self.standoff)} if self.standoff else {"text": self.text}
        return {"id": self.id, "split": self.split, "meta": dict(self.meta), **body,
                "statements": [s.to_record() for s in self.statements]}


def _span(text: str, value: Any, name: str, where: str, optional: bool = False) -> Span | None:
    if value is None and optional:
        return None
    if (not isinstance(value, list) or len(value) != 2 or not all(isinstance(v, int) for v in value)):
        raise AnnotationError(f"{where}: {name} must be [start, end] character offsets, got {value!r}.")
    s, e = value
    if not 0 <= s < e <= len(text):
        raise AnnotationError(f"{where}: {name} [{s}, {e}] is empty or outside the text (length {len(text)}); "
                              "offsets are characters of 'text', end exclusive.")
    return Span.of(text, s, e)


def _standoff_text(obj: dict, where: str, realtext: RealText) -> tuple[str, dict[str, str]]:
    ref = obj.get("standoff")
    if not isinstance(ref, dict) or not isinstance(ref.get("file"), str) or not isinstance(ref.get("sha256"), str):
        raise AnnotationError(f"{where}: 'standoff' must be {{\"file\": <path in the real-text root>, \"sha256\": <hex>}}, "
                              f"got {ref!r}.")
    if not obj["split"].startswith("real-") or obj["meta"].get("source") != "realtext":
        raise AnnotationError(f"{where}: a stand-off record must have a real-* split and meta.source 'realtext'.")
    return realtext.read(ref["file"], ref["sha256"], where), {"file": ref["file"], "sha256": ref["sha256"]}


def _check_meta(meta: Mapping[str, Any], where: str) -> None:
    """The meta fields that statistics count must be what they count: strings, and a list of strings for topics."""
    for key in META_STRINGS:
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise AnnotationError(f"{where}: meta.{key} must be a string or null, got {shown(meta[key])}.")
    topics = meta.get("topics")
    if topics is not None and not (isinstance(topics, list) and all(isinstance(t, str) for t in topics)):
        raise AnnotationError(f"{where}: meta.topics must be a list of strings (e.g. [\"NATO enlargement\"]), "
                              f"got {shown(topics)}.")


def parse_record(obj: Any, where: str, realtext: RealText | None = None) -> CorpusArticle:
    """Check one decoded record against the format and build a :class:`CorpusArticle`.

    Args:
        obj: the decoded JSON value.
        where: ``file:line`` for messages.
        realtext: where stand-off texts are read from (default: :func:`pipeline.realtext.resolve_root`).
    """
    if not isinstance(obj, dict):
        raise AnnotationError(f"{where}: expected a JSON object per line, got {type(obj).__name__}.")
    has_text = "text" in obj
    for key, typ in (("id", str), ("split", str), ("meta", dict), ("statements", list)) + ((("text", str),) if has_text else ()):
        if not isinstance(obj.get(key), typ):
            raise AnnotationError(f"{where}: field {key!r} is missing or not a {typ.__name__}; "
                                  "see the record format in data/annotations/README.md.")
    if obj["split"] not in SPLITS:
        raise AnnotationError(f"{where}: split {obj['split']!r} is not one of {', '.join(SPLITS)}.")
    if has_text == ("standoff" in obj):
        raise AnnotationError(f"{where}: a record has either 'text' (the team's own text) or 'standoff' "
                              "(a file in the real-text root), not both and not neither.")
    standoff = None
    if has_text:
        text = obj["text"]
    else:
        text, standoff = _standoff_text(obj, where, realtext or RealText())
    _check_meta(obj["meta"], where)
    mode = obj["meta"].get("annotation", EXHAUSTIVE)
    if mode not in (EXHAUSTIVE, SENTENCES):
        raise AnnotationError(f"{where}: meta.annotation {mode!r} is not {EXHAUSTIVE!r} or {SENTENCES!r}.")
    statements = []
    for i, st in enumerate(obj["statements"], 1):
        w = f"{where}: statement {i}"
        if not isinstance(st, dict):
            raise AnnotationError(f"{w}: expected an object, got {type(st).__name__}.")
        if st.get("kind") not in GOLD_KINDS:
            raise AnnotationError(f"{w}: kind {st.get('kind')!r} is not one of {', '.join(GOLD_KINDS)}.")
        if (st["kind"] == SENTENCE) != (mode == SENTENCES):
            raise AnnotationError(f"{w}: kind {st['kind']!r} in a record with meta.annotation {mode!r}; sentence "
                                  f"records belong to '{SENTENCES}' records and only there.")
        content = _span(text, st.get("content"), "content", w)
        if st["kind"] == SENTENCE:
            if st.get("cue") is not None or st.get("speaker") is not None or not st.get("entity"):
                raise AnnotationError(f"{w}: a sentence record has cue null, speaker null and the entity of the "
                                      "document's speaker (the delegation's state or the turn's speaker).")
            if "\n" in content.text:
                raise AnnotationError(f"{w}: a sentence record covers one sentence, but this content crosses a paragraph break.")
            cue = speaker = None
        else:
            cue = _span(text, st.get("cue"), "cue", w)
            speaker = _span(text, st.get("speaker"), "speaker", w, optional=True)
        for name, sp in (("cue", cue), ("speaker", speaker)):
            if sp is not None and sp.overlap(content) and not (content.start <= sp.start and sp.end <= content.end):
                raise AnnotationError(f"{w}: {name} [{sp.start}, {sp.end}] crosses the content span "
                                      f"[{content.start}, {content.end}]; spans may nest but not cross.")
        if speaker is not None and cue is not None and speaker.overlap(cue) and not (
                cue.start <= speaker.start and speaker.end <= cue.end):
            raise AnnotationError(f"{w}: speaker and cue spans cross.")
        if st.get("label") not in LABELS:
            raise AnnotationError(f"{w}: label {st.get('label')!r} is not one of {', '.join(LABELS)}.")
        entity = st.get("entity")
        if entity is not None and not isinstance(entity, str):
            raise AnnotationError(f"{w}: entity must be a string id or null, got {entity!r}.")
        tags = st.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise AnnotationError(f"{w}: tags must be a list of strings.")
        statements.append(Statement.from_record(text, st))
    return CorpusArticle(obj["id"], obj["split"], obj["meta"], text, tuple(statements), standoff, where)


def stance_inputs(article: CorpusArticle, kb: KnowledgeBase) -> list[dict[str, str]]:
    """What the stance classifier sees of each gold statement: content, cue, the sentence around it, speaker bloc.

    Args:
        article: the annotated article.
        kb: where a speaker entity's country (and so its bloc) is looked up.
    """
    blocs = lexicon()["western_blocs"]
    out = []
    for st in article.statements:
        actor = kb.get(st.entity_id) if st.entity_id else None
        out.append(stance_input(article.text, (st.content.start, st.content.end),
                                (st.cue.start, st.cue.end) if st.cue else None, actor.country if actor else None, blocs,
                                st.speaker.text if st.speaker else None))
    return out


def examples(articles: Iterable[CorpusArticle], kb: KnowledgeBase | None = None) -> tuple[list[dict], list[str], list[str]]:
    """Statements as classifier input, their labels, and their article ids (for grouped folds).

    Args:
        articles: the annotated articles.
        kb: the knowledge base for speaker blocs (default: the bundled one).
    """
    from .kb import load_kb

    kb = kb or load_kb()
    X, y, groups = [], [], []
    for a in articles:
        X += stance_inputs(a, kb)
        y += [s.label for s in a.statements]
        groups += [a.id] * len(a.statements)
    return X, y, groups


def corpus_files(path: str | Path) -> list[Path]:
    """The JSONL files of a corpus: ``path`` itself, or every ``*.jsonl`` directly inside it."""
    p = Path(path)
    if p.is_dir():
        files = sorted(p.glob("*.jsonl"))
        if not files:
            raise AnnotationError(f"{path}: no *.jsonl files in this folder; pass the annotations folder or a JSONL file.")
        return files
    if not p.exists():
        raise AnnotationError(f"{path}: no such file or folder; pass data/annotations or a JSONL file.")
    return [p]


def read_lines(f: Path) -> list[tuple[int, str]]:
    """The numbered lines of an annotation file (a UTF-8 byte-order mark at its start is dropped)."""
    if f.is_dir():
        raise AnnotationError(f"{f}: is a folder, not a JSONL file; rename it or move it out of the annotations folder.")
    try:
        return list(jsontext.lines(f.read_text("utf-8-sig")))
    except UnicodeDecodeError as e:
        raise AnnotationError(f"{f}: not valid UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start}); annotation "
                              "files must be UTF-8 JSON Lines.") from None
    except OSError as e:
        raise AnnotationError(f"{f}: cannot be read ({e.strerror}); check the file and its permissions.") from None


def read_corpus(path: str | Path | Sequence[str | Path], errors: list[str] | None = None,
                realtext: str | Path | None = None, notes: list[str] | None = None) -> list[CorpusArticle]:
    """Read every record; raise on the first bad one, or collect messages into ``errors`` and skip it.

    Stand-off records are skipped, with one line in ``notes``, when the real-text root does not exist.

    Args:
        path: a JSONL file or a folder of them, or a list of such paths (read in order).
        errors: if given, problems are appended here instead of raised.
        realtext: the real-text root (default: ``$PIPELINE_REALTEXT`` or ``../shared/realtext`` beside the project).
        notes: if given, receives the line about skipped stand-off records.
    """
    rt = RealText(realtext)
    skipped = 0
    articles = []
    paths = [path] if isinstance(path, (str, Path)) else list(path)
    for f in [f for p in paths for f in corpus_files(p)]:
        try:
            lines = read_lines(f)
        except AnnotationError as e:
            if errors is None:
                raise
            errors.append(str(e))
            continue
        for n, line in lines:
            if not line.strip():
                continue
            where = f"{f}:{n}"
            try:
                try:
                    obj = jsontext.loads(line)
                except jsontext.BadJSON as e:
                    raise AnnotationError(f"{where}: invalid JSON ({e}); each line must be one complete JSON object.") from None
                if isinstance(obj, dict) and "standoff" in obj and not rt.available:
                    skipped += 1
                    continue
                articles.append(parse_record(obj, where, rt))
            except AnnotationError as e:
                if errors is None:
                    raise
                errors.append(str(e))
    if skipped:
        line = f"note: {skipped} real-text record(s) skipped: {rt.root} does not exist; {HOW_TO_GET}."
        if notes is None:
            import sys
            print(line, file=sys.stderr)
        else:
            notes.append(line)
    return articles


def _shingles(text: str) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(max(1, len(words) - SHINGLE + 1))}


def validate(articles: list[CorpusArticle], kb: KnowledgeBase) -> list[str]:
    """Corpus-level checks: unique ids, entity ids, duplicate and near-duplicate texts across splits.

    Args:
        articles: the records (already checked one by one by :func:`parse_record`).
        kb: the knowledge base entity ids must come from.
    """
    problems = []
    seen: dict[str, str] = {}
    for a in articles:
        if a.id in seen:
            problems.append(f"{a.where}: id {a.id!r} also used at {seen[a.id]}; ids must be unique.")
        seen[a.id] = a.where
        for i, st in enumerate(a.statements, 1):
            e = st.entity_id
            if e is not None and e not in kb and not e.startswith(f"local:{a.id}:"):
                problems.append(f"{a.where}: statement {i}: entity {e!r} is not in the knowledge base and not "
                                f"article-local (local:{a.id}:<name>); add it to the KB or make it local.")
        if a.meta.get("source") not in SOURCES:
            problems.append(f"{a.where}: meta.source must be one of {', '.join(SOURCES)}, got {a.meta.get('source')!r}.")
        if a.is_real and a.meta.get("title"):
            problems.append(f"{a.where}: a real-text record must not copy the source's title into meta; drop meta.title.")
    # Shingles are indexed so that only articles sharing a shingle are compared (linear in corpus size).
    shingles = [_shingles(a.text) for a in articles]
    index: dict[int, list[int]] = defaultdict(list)
    for i, sa in enumerate(shingles):
        for h in sa:
            index[h].append(i)
    shared: Counter = Counter()
    for ids in index.values():
        if 1 < len(ids) <= 50:  # a shingle in more than 50 articles is boilerplate, not copying
            shared.update((i, j) for k, i in enumerate(ids) for j in ids[k + 1:])
    for (i, j), n in sorted(shared.items()):
        a, b = articles[i], articles[j]
        if a.split == b.split:
            continue
        jacc = n / max(1, min(len(shingles[i]), len(shingles[j])))
        if a.text == b.text or jacc >= NEAR_DUPLICATE:
            problems.append(f"{b.where}: text overlaps {a.where} ({jacc:.0%} of 8-word shingles) across splits "
                            f"{a.split}/{b.split}; move one article so both are in the same split.")
    return problems


def is_pronoun_or_role(st: Statement, text: str) -> bool:
    """Whether the speaker mention is a pronoun or a role description rather than a name."""
    if st.speaker is None:
        return False
    if {"pronoun-speaker", "role-speaker"} & set(st.tags):
        return True
    words = st.speaker.text.split()
    return st.speaker.text.lower() in PRONOUNS or (words[0].lower() in ("the", "a", "an") and not any(
        w[:1].isupper() for w in words[1:] if w.lower() not in ("u.s.",)))


def cue_lemma(cue: str) -> str:
    """A crude lemma of a cue for counting variety (``said`` → ``say``, ``warnings`` → ``warning``)."""
    w = cue.lower().split()[0] if cue.split() else cue.lower()
    irregular = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "went": "go", "wrote": "write",
                 "according": "according to", "made": "make", "gave": "give", "put": "put", "felt": "feel"}
    if w in irregular:
        return irregular[w]
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)] + rep
            if suf in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                stem = stem[:-1]
            return stem
    return w


def statistics(articles: list[CorpusArticle], kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Counts for the corpus card and ``pipeline validate --stats``.

    Args:
        articles: the records.
        kb: if given, speakers are also counted by country or organisation.
    """
    n = sum(len(a.statements) for a in articles)
    by_split_label: dict[str, Counter] = defaultdict(Counter)
    by_split_kind: dict[str, Counter] = defaultdict(Counter)
    band: Counter = Counter()
    topics: Counter = Counter()
    speakers: set = set()
    countries: set = set()
    cues: Counter = Counter()
    hard = pron = 0
    tags: Counter = Counter()
    for a in articles:
        year = str(a.meta.get("date", ""))[:4]
        if year.isdigit():
            lo = int(year) - (int(year) - 1995) % 5
            band[f"{lo}-{lo + 4}"] += 1
        for t in a.meta.get("topics") or []:
            topics[t] += 1
        for st in a.statements:
            by_split_label[a.split][st.label] += 1
            by_split_kind[a.split][st.kind] += 1
            if st.entity_id:
                speakers.add(st.entity_id)
            if st.cue is not None:
                cues[cue_lemma(st.cue.text)] += 1
            tags.update(st.tags)
            hard += bool(HARD_TAGS & set(st.tags))
            pron += is_pronoun_or_role(st, a.text)
    return {
        "articles": len(articles),
        "articles_per_split": dict(Counter(a.split for a in articles)),
        "statements": n,
        "labels_per_split": {k: dict(v) for k, v in sorted(by_split_label.items())},
        "kinds_per_split": {k: dict(v) for k, v in sorted(by_split_kind.items())},
        "labels": dict(sum(by_split_label.values(), Counter())),
        "kinds": dict(sum(by_split_kind.values(), Counter())),
        "year_bands": dict(sorted(band.items())),
        "topics": dict(topics.most_common()),
        "distinct_speakers": len(speakers),
        "speaker_countries": dict(Counter(kb.actors[e].country for e in speakers if e in kb.actors).most_common())
        if kb is not None else None,
        "distinct_cue_lemmas": len(cues),
        "hard_case_share": round(hard / n, 3) if n else 0.0,
        "pronoun_or_role_speaker_share": round(pron / n, 3) if n else 0.0,
        "tags": dict(tags.most_common()),
        "sources": dict(Counter(a.meta.get("source") for a in articles)),
    }


def collection(a: CorpusArticle) -> str:
    """A real-text record's collection: ``kremlin-news``, ``kremlin-transcript`` or ``ungd`` (``written`` otherwise)."""
    if not a.standoff:
        return "written"
    folder = a.standoff["file"].split("/", 1)[0]
    return f"{folder}-{a.meta.get('kind')}" if folder == "kremlin" else folder


def _band(day: Any) -> str | None:
    year = str(day or "")[:4]
    if not year.isdigit():
        return None
    lo = int(year) - int(year) % 5
    return f"{lo}-{lo + 4}"


def real_statistics(articles: list[CorpusArticle], kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Counts of the real-text part for the corpus card: per collection, split, label, kind, speaker country, years.

    Args:
        articles: the records (only stand-off records are counted).
        kb: if given, speakers are counted by the country of their knowledge-base entry.
    """
    real = [a for a in articles if a.is_real]
    out: dict[str, Any] = {"documents": len(real), "records": sum(len(a.statements) for a in real)}
    tables: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for a in real:
        col = collection(a)
        tables["documents"][col][a.split] += 1
        for st in a.statements:
            tables["labels_per_split"][a.split][st.label] += 1
            tables["labels_per_collection"][col][st.label] += 1
            tables["kinds_per_collection"][col][st.kind] += 1
            tables["records_per_year_band"][col][_band(a.meta.get("date")) or "unknown"] += 1
            entity = st.entity_id
            actor = kb.actors.get(entity) if kb is not None and entity else None
            country = actor.country if actor else ("local" if entity else "anonymous")
            tables["speaker_country"][col][country] += 1
    for name, table in tables.items():
        out[name] = {k: dict(sorted(v.items(), key=lambda x: (-x[1], x[0]))) for k, v in sorted(table.items())}
    return out


def split(articles: Iterable[CorpusArticle], name: str) -> list[CorpusArticle]:
    """The articles of one split."""
    return [a for a in articles if a.split == name]


def agreement(readings_file: str | Path) -> dict[str, Any]:
    """Cohen's kappa between the first and second stance readings, overall, per label (one-vs-rest) and per collection.

    Args:
        readings_file: ``data/annotations/readings/stance_readings.jsonl`` or ``real_stance_readings.jsonl``.
    """
    rows = [json.loads(line) for line in Path(readings_file).read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("reading_2") is not None]
    out = _agreement(rows)
    collections = sorted({r["collection"] for r in rows if r.get("collection")})
    if collections:
        out["per_collection"] = {c: _agreement([r for r in rows if r.get("collection") == c]) for c in collections}
    return out


def _agreement(rows: list[dict]) -> dict[str, Any]:
    pairs = [(r["reading_1"], r["reading_2"]) for r in rows]
    adjudicated = sum(r.get("adjudicated") is not None for r in rows)
    changed = sum(r["final"] != r["reading_1"] for r in rows)
    if not pairs:
        return {"statements": 0}
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    return {
        "statements": len(pairs),
        "raw_agreement": round(sum(x == y for x, y in pairs) / len(pairs), 4),
        "cohen_kappa": cohen_kappa(a, b),
        "kappa_per_label": {lab: cohen_kappa([x == lab for x in a], [y == lab for y in b]) for lab in LABELS},
        "disagreements_adjudicated": adjudicated,
        "final_differs_from_first_reading": changed,
        "confusion_first_vs_second": {f"{x}->{y}": c for (x, y), c in sorted(Counter(pairs).items()) if x != y},
    }


def extraction_agreement(articles: list[CorpusArticle], second_file: str | Path) -> dict[str, Any]:
    """How far a second, blind extraction of some articles agrees with the adjudicated one.

    Content spans are matched as in evaluation (overlap of at least half the shorter span); also reported: exact
    content-span agreement, entity agreement and stance kappa on the matched statements.

    Args:
        articles: the corpus (the first annotation).
        second_file: JSON Lines of ``{"id", "statements": [{"content", "entity", "label", ...}]}`` records.
    """
    by_id = {a.id: a for a in articles}
    tp = exact = n_first = n_second = same_entity = 0
    labels: list[tuple[str, str]] = []
    docs = 0
    for line in Path(second_file).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        first = by_id.get(rec["id"])
        if first is None:
            continue
        docs += 1
        second = rec["statements"]
        pairs = match([Span(*s["content"], "") for s in second], [st.content for st in first.statements])
        tp += len(pairs)
        n_first += len(first.statements)
        n_second += len(second)
        for i, j in pairs:
            g = first.statements[j]
            exact += [g.content.start, g.content.end] == second[i]["content"]
            same_entity += g.entity_id == second[i]["entity"]
            labels.append((g.label, second[i]["label"]))
    f = prf(tp, n_second, n_first)
    return {"documents": docs, "first": n_first, "second": n_second, "matched": tp,
            "span_f1": f["f1"], "precision_of_second": f["precision"], "recall_of_second": f["recall"],
            "exact_span_share_of_matched": round(exact / tp, 4) if tp else 0.0,
            "entity_agreement_on_matched": round(same_entity / tp, 4) if tp else 0.0,
            "stance_kappa_on_matched": cohen_kappa([x for x, _ in labels], [y for _, y in labels])}
