"""The annotated corpus: record format (guidelines §5), loading with line-numbered errors, validation, statistics."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import AnnotationError
from .kb import KnowledgeBase
from .records import KINDS, LABELS, Span

SPLITS = ("train", "dev", "test")
PRONOUNS = {"he", "she", "it", "they", "we", "i", "his", "her", "its", "their"}
HARD_TAGS = {"negation", "condition", "hedged-criticism", "mixed-thrust", "sarcasm", "third-party", "implicit-hawkish",
             "military-conciliatory", "charged-neutral"}
SHINGLE = 8
NEAR_DUPLICATE = 0.5


@dataclass(frozen=True)
class GoldStatement:
    """One hand-annotated statement.

    Args:
        content, cue: spans of the content and the cue.
        speaker: the speaker mention, or None when only implied.
        entity: knowledge-base id, ``local:<article>:<name>``, or None for an anonymous source.
        kind: ``direct``, ``indirect``, ``mixed`` or ``according_to``.
        label: ``hawkish``, ``conciliatory`` or ``neutral``.
        tags: hard-case tags.
        note: the annotator's note.
    """

    content: Span
    cue: Span
    speaker: Span | None
    entity: str | None
    kind: str
    label: str
    tags: tuple[str, ...] = ()
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "content": [self.content.start, self.content.end],
            "cue": [self.cue.start, self.cue.end],
            "speaker": [self.speaker.start, self.speaker.end] if self.speaker else None,
            "entity": self.entity, "kind": self.kind, "label": self.label, "tags": list(self.tags),
        }
        if self.note:
            d["note"] = self.note
        return d


@dataclass(frozen=True)
class CorpusArticle:
    """One annotated article (one JSONL line).

    Args:
        id: article id.
        split: ``train``, ``dev`` or ``test``.
        meta: publication, date, title, source (``seed`` or ``written-for-corpus``), topics.
        text: the full article text.
        statements: its gold statements.
        where: ``file:line`` it was read from.
    """

    id: str
    split: str
    meta: Mapping[str, Any]
    text: str
    statements: tuple[GoldStatement, ...]
    where: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "split": self.split, "meta": dict(self.meta), "text": self.text,
                "statements": [s.to_dict() for s in self.statements]}


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


def parse_record(obj: Any, where: str) -> CorpusArticle:
    """Check one decoded record against the format and build a :class:`CorpusArticle`.

    Args:
        obj: the decoded JSON value.
        where: ``file:line`` for messages.
    """
    if not isinstance(obj, dict):
        raise AnnotationError(f"{where}: expected a JSON object per line, got {type(obj).__name__}.")
    for key, typ in (("id", str), ("split", str), ("meta", dict), ("text", str), ("statements", list)):
        if not isinstance(obj.get(key), typ):
            raise AnnotationError(f"{where}: field {key!r} is missing or not a {typ.__name__}; "
                                  "see the record format in data/annotations/README.md.")
    if obj["split"] not in SPLITS:
        raise AnnotationError(f"{where}: split {obj['split']!r} is not one of {', '.join(SPLITS)}.")
    text = obj["text"]
    statements = []
    for i, st in enumerate(obj["statements"], 1):
        w = f"{where}: statement {i}"
        if not isinstance(st, dict):
            raise AnnotationError(f"{w}: expected an object, got {type(st).__name__}.")
        content = _span(text, st.get("content"), "content", w)
        cue = _span(text, st.get("cue"), "cue", w)
        speaker = _span(text, st.get("speaker"), "speaker", w, optional=True)
        for name, sp in (("cue", cue), ("speaker", speaker)):
            if sp is not None and sp.overlap(content) and not (content.start <= sp.start and sp.end <= content.end):
                raise AnnotationError(f"{w}: {name} [{sp.start}, {sp.end}] crosses the content span "
                                      f"[{content.start}, {content.end}]; spans may nest but not cross.")
        if speaker is not None and speaker.overlap(cue) and not (cue.start <= speaker.start and speaker.end <= cue.end):
            raise AnnotationError(f"{w}: speaker and cue spans cross.")
        if st.get("kind") not in KINDS:
            raise AnnotationError(f"{w}: kind {st.get('kind')!r} is not one of {', '.join(KINDS)}.")
        if st.get("label") not in LABELS:
            raise AnnotationError(f"{w}: label {st.get('label')!r} is not one of {', '.join(LABELS)}.")
        entity = st.get("entity")
        if entity is not None and not isinstance(entity, str):
            raise AnnotationError(f"{w}: entity must be a string id or null, got {entity!r}.")
        tags = st.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise AnnotationError(f"{w}: tags must be a list of strings.")
        statements.append(GoldStatement(content, cue, speaker, entity, st["kind"], st["label"], tuple(tags),
                                        str(st.get("note") or "")))
    return CorpusArticle(obj["id"], obj["split"], obj["meta"], text, tuple(statements), where)


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


def read_corpus(path: str | Path, errors: list[str] | None = None) -> list[CorpusArticle]:
    """Read every record; raise on the first bad one, or collect messages into ``errors`` and skip it.

    Args:
        path: a JSONL file or a folder of them.
        errors: if given, problems are appended here instead of raised.
    """
    articles = []
    for f in corpus_files(path):
        try:
            lines = f.read_text("utf-8").splitlines()
        except UnicodeDecodeError:
            msg = f"{f}: not valid UTF-8; annotation files must be UTF-8 JSON Lines."
            if errors is None:
                raise AnnotationError(msg) from None
            errors.append(msg)
            continue
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{f}:{n}"
            try:
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise AnnotationError(f"{where}: invalid JSON ({e.msg} at column {e.colno}); "
                                          "each line must be one complete JSON object.") from None
                articles.append(parse_record(obj, where))
            except AnnotationError as e:
                if errors is None:
                    raise
                errors.append(str(e))
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
            e = st.entity
            if e is not None and e not in kb and not e.startswith(f"local:{a.id}:"):
                problems.append(f"{a.where}: statement {i}: entity {e!r} is not in the knowledge base and not "
                                f"article-local (local:{a.id}:<name>); add it to the KB or make it local.")
        if a.meta.get("source") not in ("seed", "written-for-corpus"):
            problems.append(f"{a.where}: meta.source must be 'seed' or 'written-for-corpus', got {a.meta.get('source')!r}.")
    shingles = [(a, _shingles(a.text)) for a in articles]
    for i, (a, sa) in enumerate(shingles):
        for b, sb in shingles[i + 1:]:
            if a.split == b.split:
                continue
            jacc = len(sa & sb) / max(1, min(len(sa), len(sb)))
            if a.text == b.text or jacc >= NEAR_DUPLICATE:
                problems.append(f"{b.where}: text overlaps {a.where} ({jacc:.0%} of 8-word shingles) across splits "
                                f"{a.split}/{b.split}; move one article so both are in the same split.")
    return problems


def is_pronoun_or_role(st: GoldStatement, text: str) -> bool:
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
            if st.entity:
                speakers.add(st.entity)
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


def split(articles: Iterable[CorpusArticle], name: str) -> list[CorpusArticle]:
    """The articles of one split."""
    return [a for a in articles if a.split == name]


def agreement(readings_file: str | Path) -> dict[str, Any]:
    """Cohen's kappa between the first and second stance readings, overall and per label (one-vs-rest).

    Args:
        readings_file: ``data/annotations/readings/stance_readings.jsonl``.
    """
    pairs = []
    adjudicated = changed = 0
    for line in Path(readings_file).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("reading_2") is None:
            continue
        pairs.append((r["reading_1"], r["reading_2"]))
        adjudicated += r.get("adjudicated") is not None
        changed += r["final"] != r["reading_1"]

    def kappa(a: list, b: list) -> float:
        n = len(a)
        po = sum(x == y for x, y in zip(a, b)) / n
        ca, cb = Counter(a), Counter(b)
        pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
        return round((po - pe) / (1 - pe), 4) if pe < 1 else 1.0

    if not pairs:
        return {"statements": 0}
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    return {
        "statements": len(pairs),
        "raw_agreement": round(sum(x == y for x, y in pairs) / len(pairs), 4),
        "cohen_kappa": kappa(a, b),
        "kappa_per_label": {lab: kappa([x == lab for x in a], [y == lab for y in b]) for lab in LABELS},
        "disagreements_adjudicated": adjudicated,
        "final_differs_from_first_reading": changed,
        "confusion_first_vs_second": {f"{x}->{y}": c for (x, y), c in sorted(Counter(pairs).items()) if x != y},
    }
