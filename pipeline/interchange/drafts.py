"""Tool-neutral drafts: the spans and links an annotation tool stores, assembled into corpus records, and back.

Every tool marks three kinds of span (``speaker``, ``cue``, ``content``) and ties them with relations. A
statement is one content span, the one cue linked to it, and the speaker linked to that cue (or to the content).
The stance, the kind, the entity, tags and note belong to the statement; each tool keeps them somewhere else (a
per-region choice, a relation label, a span label, a task field), and its module puts them on the content region.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Mapping

from ..corpus import SYNTHETIC_SPLITS, CorpusArticle, parse_record
from ..errors import AnnotationError, shown
from ..mentions import slug
from ..records import KINDS, LABELS

ROLES = ("speaker", "cue", "content")
# The label of the relation that ties a speaker to its cue, in the tools whose relations carry labels.
SPEAKER_LINK = "speaker"
# Entity values that mark an anonymous source (entity null in the record).
ANONYMOUS = ("null", "none", "-")
# The source of a record that came from an annotation tool (corpus.SOURCES).
IMPORTED = "imported"
# Documents without a split in the export are dealt by a hash of their id, so a document keeps its split when the
# export grows; the shares are those of the bundled corpus.
SPLIT_SHARES = (("train", 0.70), ("dev", 0.15), ("test", 0.15))


@dataclass(frozen=True)
class Region:
    """One labelled span of a document, as a tool stores it.

    Args:
        key: the tool's id of the span, unique in its document.
        role: ``speaker``, ``cue`` or ``content``.
        start, end: character offsets into the document text, end exclusive.
        label: the stance (content spans only).
        kind: the statement kind, where the tool keeps it on the content span.
        entity: the speaker's entity id; read only when ``entity_given``.
        entity_given: whether the export names an entity for this statement (None there means anonymous).
        tags: hard-case tags.
        note: the annotator's note.
    """

    key: str
    role: str
    start: int
    end: int
    label: str | None = None
    kind: str | None = None
    entity: str | None = None
    entity_given: bool = False
    tags: tuple[str, ...] = ()
    note: str = ""

    @property
    def has_statement_fields(self) -> bool:
        return bool(self.label or self.kind or self.entity_given or self.tags or self.note)


@dataclass(frozen=True)
class Link:
    """A relation between two regions, in either direction.

    Args:
        a, b: the region keys.
        label: the relation's label, if the tool gives one (the kind on a cue–content link).
    """

    a: str
    b: str
    label: str | None = None


@dataclass(frozen=True)
class Draft:
    """One document read from an export, before it is checked.

    Args:
        where: where it was read, for messages (``file: task 3``, ``file:12``).
        doc_id: the record id.
        text: the document text that the offsets refer to.
        split: ``train``, ``dev`` or ``test``, or None to deal it by :func:`assign_split`.
        meta: the record's meta (publication, date, title, ...).
        regions: the labelled spans.
        links: the relations between them.
    """

    where: str
    doc_id: Any
    text: str
    split: Any
    meta: Any
    regions: tuple[Region, ...]
    links: tuple[Link, ...]


def assign_split(doc_id: str) -> str:
    """The split of a document that the export does not assign: a stable hash of its id into :data:`SPLIT_SHARES`."""
    x = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16) / 16 ** 8
    edge = 0.0
    for name, share in SPLIT_SHARES:
        edge += share
        if x < edge:
            return name
    return SPLIT_SHARES[-1][0]


def make_record(doc_id: str, split: str, meta: Mapping[str, Any], text: str, statements: list[dict[str, Any]],
                where: str) -> CorpusArticle:
    """A checked corpus record: statements in text order, ``meta.source`` ``imported`` unless the export names one.

    Args:
        doc_id, split, meta, text: the record's fields.
        statements: statement dicts in the record format.
        where: where the document was read, for messages.
    """
    ordered = sorted(statements, key=lambda s: (s["content"], s["cue"]))
    record = {"id": doc_id, "split": split, "meta": {**meta, "source": meta.get("source", IMPORTED)}, "text": text,
              "statements": ordered}
    return parse_record(record, where)


def string_list(value: Any, where: str, what: str) -> tuple[str, ...]:
    """``value`` (a list of strings or numbers in the export; missing is empty) as strings, or raise naming ``what``."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise AnnotationError(f"{where}: {what} must be a list of strings, got {shown(value)}.")
    return tuple(str(v) for v in value)


def _quote(text: str, r: Region) -> str:
    piece = " ".join(text[r.start:r.end].split())
    return f"{r.role} [{r.start}, {r.end}] {piece[:40] + ('…' if len(piece) > 40 else '')!r}"


def _entity(c: Region, speaker: Region | None, doc_id: str, text: str) -> tuple[str | None, bool]:
    """The statement's entity, and whether it was made up from the speaker's words because the export named none."""
    if c.entity_given:
        e = (c.entity or "").strip()
        if not e or e.lower() in ANONYMOUS:
            return None, False
        # `local:Name` is the short form of an article-local id; the record needs the article's id in it.
        if e.startswith("local:") and e.count(":") == 1:
            return f"local:{doc_id}:{slug(e[6:])}", False
        return e, False
    if speaker is not None:
        return f"local:{doc_id}:{slug(text[speaker.start:speaker.end])}", True
    return None, False


def build(draft: Draft) -> tuple[CorpusArticle, int]:
    """Check a draft and turn it into a corpus record; raise with every problem of the document in one line.

    Returns the record and the number of statements whose entity was made up from the speaker's words.

    Args:
        draft: the document as read from the export.
    """
    problems: list[str] = []
    text = draft.text
    doc_id = str(draft.doc_id) if isinstance(draft.doc_id, int) else draft.doc_id  # tools may number documents
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise AnnotationError(f"{draft.where}: the document id must be a non-empty string, got {draft.doc_id!r}.")
    if draft.split is not None and draft.split not in SYNTHETIC_SPLITS:
        problems.append(f"split {draft.split!r} is not one of {', '.join(SYNTHETIC_SPLITS)} (or leave it out)")
    if not isinstance(draft.meta, dict):
        problems.append(f"meta must be an object, got {type(draft.meta).__name__}")
    regions: dict[str, Region] = {}
    unusable: set[str] = set()  # reported already; relations to them are not reported again
    for r in draft.regions:
        if r.role not in ROLES:
            problems.append(f"span [{r.start}, {r.end}] has the label {r.role!r}; use one of {', '.join(ROLES)}")
            unusable.add(r.key)
        elif not (isinstance(r.start, int) and isinstance(r.end, int) and 0 <= r.start < r.end <= len(text)):
            problems.append(f"{r.role} [{r.start}, {r.end}] is empty or outside the text (length {len(text)})")
            unusable.add(r.key)
        else:
            if r.role != "content" and r.has_statement_fields:
                problems.append(f"{_quote(text, r)} carries a stance, kind, entity, tag or note; those belong on "
                                "the content span")
            regions[r.key] = r
    linked: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for link in draft.links:
        lost = [k for k in (link.a, link.b) if k not in regions]
        if lost:
            if not unusable & set(lost):
                problems.append(f"a relation points to {lost[0]!r}, which is not a speaker, cue or content span")
            continue
        linked[link.a].append((link.b, link.label))
        linked[link.b].append((link.a, link.label))
    statements, guessed = [], 0
    for c in (r for r in regions.values() if r.role == "content"):
        cues = [(k, label) for k, label in linked[c.key] if regions[k].role == "cue"]
        if len(cues) != 1:
            problems.append(f"{_quote(text, c)} is linked to {len(cues)} cues; link it to exactly one")
            continue
        cue_key, link_label = cues[0]
        speakers = sorted({k for k, _ in linked[cue_key] + linked[c.key] if regions[k].role == "speaker"})
        if len(speakers) > 1:
            problems.append(f"{_quote(text, c)} has {len(speakers)} speakers (through its cue or directly); keep one")
            continue
        kind = c.kind or link_label
        if kind not in KINDS:
            problems.append(f"{_quote(text, c)} has kind {kind!r}; use one of {', '.join(KINDS)}")
            continue
        if c.label not in LABELS:
            problems.append(f"{_quote(text, c)} has stance {c.label!r}; use one of {', '.join(LABELS)}")
            continue
        if c.entity is not None and not isinstance(c.entity, str):
            problems.append(f"{_quote(text, c)} has entity {shown(c.entity)}; give a knowledge-base id, local:Name "
                            "or nothing")
            continue
        speaker = regions[speakers[0]] if speakers else None
        entity, made_up = _entity(c, speaker, doc_id, text)
        guessed += made_up
        cue = regions[cue_key]
        st: dict[str, Any] = {"content": [c.start, c.end], "cue": [cue.start, cue.end],
                              "speaker": [speaker.start, speaker.end] if speaker else None, "entity": entity,
                              "kind": kind, "label": c.label, "tags": list(c.tags)}
        if c.note:
            st["note"] = c.note
        statements.append(st)
    for r in regions.values():
        partners = {regions[k].role for k, _ in linked[r.key]}
        if r.role == "cue" and "content" not in partners:
            problems.append(f"{_quote(text, r)} is not linked to any content")
        if r.role == "speaker" and not partners & {"cue", "content"}:
            problems.append(f"{_quote(text, r)} is not linked to a cue or content")
    seen = set()
    for st in statements:
        key = (tuple(st["content"]), tuple(st["cue"]))
        if key in seen:
            problems.append(f"the statement with content {st['content']} and cue {st['cue']} is there twice")
        seen.add(key)
    if not problems:
        try:
            return make_record(doc_id, draft.split or assign_split(doc_id), draft.meta, text, statements,
                               draft.where), guessed
        except AnnotationError as e:
            problems.append(str(e).removeprefix(f"{draft.where}: "))
    raise AnnotationError(f"{draft.where}: " + "; ".join(problems) + ".")


def regions_of(article: CorpusArticle) -> tuple[list[Region], list[Link]]:
    """The spans and relations that represent a record in a tool, the inverse of :func:`build`.

    A speaker mention shared by several statements is one span; so is a cue shared by statements of the same
    speaker. Each statement has its own content span, which carries the statement's fields. Keys are ``1``, ``2``, ...

    Args:
        article: the record.
    """
    regions: list[Region] = []
    links: list[Link] = []
    keys: dict[tuple, str] = {}

    def region(ident: tuple, role: str, start: int, end: int, **fields: Any) -> str:
        if ident not in keys:
            keys[ident] = str(len(regions) + 1)
            regions.append(Region(keys[ident], role, start, end, **fields))
        return keys[ident]

    for i, st in enumerate(article.statements):
        spk = region(("speaker", st.speaker.start, st.speaker.end), "speaker", st.speaker.start,
                     st.speaker.end) if st.speaker else None
        cue = region(("cue", st.cue.start, st.cue.end, spk), "cue", st.cue.start, st.cue.end)
        content = region(("content", i), "content", st.content.start, st.content.end, label=st.label, kind=st.kind,
                         entity=st.entity_id, entity_given=True, tags=st.tags, note=st.note)
        links.append(Link(cue, content, st.kind))
        if spk is not None and Link(spk, cue, SPEAKER_LINK) not in links:
            links.append(Link(spk, cue, SPEAKER_LINK))
    return regions, links


@dataclass(frozen=True)
class Parsed:
    """What a tool module read from its export files.

    Args:
        drafts: one per annotated document.
        problems: one line per record that could not be read (file, record or line, what is wrong).
        skipped: where each document nobody finished annotating was read; such documents are left out.
    """

    drafts: tuple[Draft, ...]
    problems: tuple[str, ...]
    skipped: tuple[str, ...] = ()
