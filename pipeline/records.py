"""Frozen records passed between stages; every position is a character offset into the article text."""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field
from typing import Any, Mapping

KINDS = ("direct", "indirect", "mixed", "according_to")
LABELS = ("hawkish", "conciliatory", "neutral")
# Hex digits of a path's hash in an article id: 8 make two paths of one batch share an id with odds of about one
# in four billion per pair.
ID_HASH_DIGITS = 8


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of the article text, with the text it covers.

    Args:
        start: offset of the first character.
        end: offset one past the last character.
        text: ``article.text[start:end]``.
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """Build the span of ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def overlap(self, other: "Span") -> int:
        """Number of characters shared with ``other``."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Span":
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


@dataclass(frozen=True)
class Article:
    """An article as read: its text, where the body starts, and the header fields.

    Args:
        path: where it was read from (``-`` for standard input).
        text: the decoded text with newlines normalised to ``\\n``; all offsets refer to it.
        meta: header fields (``publication``, ``volume``, ``issue``, ``date``, ``title``, ...).
        body_start: offset of the first character after the header.
    """

    path: str
    text: str
    meta: Mapping[str, Any]
    body_start: int = 0

    @property
    def id(self) -> str:
        """The id in article-local entity ids (``local:<id>:<name>``): unique per path, and the same on every run.

        ``x.txt`` in the working folder is ``x``; any other path is its file name without extension and 8 hex digits
        of the SHA-256 of the normalised path (``a/x.txt`` -> ``x-71cc043f``), so that ``a/x.txt`` and ``b/x.txt``
        in one batch do not share local entities. Standard input is ``stdin``.
        """
        if self.path == "-":
            return "stdin"
        path = posixpath.normpath(self.path.replace("\\", "/"))
        name = path.rsplit("/", 1)[-1]
        # A colon would end the id inside local:<id>:<name>.
        stem = (name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name).replace(":", "-") or "article"
        if path == f"{stem}.txt":
            return stem
        return f"{stem}-{hashlib.sha256(path.encode('utf-8', 'surrogateescape')).hexdigest()[:ID_HASH_DIGITS]}"


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article body.

    Args:
        index: position in the article, from 0.
        start, end: character offsets.
    """

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A canonical actor: a knowledge-base id, or an article-local ``local:<article>:<name>`` id.

    Args:
        id: the identifier.
        name: display name.
        type: ``person``, ``organisation``, ``state`` or ``unknown``.
    """

    id: str
    name: str
    type: str

    @property
    def is_local(self) -> bool:
        return self.id.startswith("local:")

    @classmethod
    def ref(cls, id: str) -> "Entity":
        """An entity known only by its id (as in an annotation record): named after the id's last part, type unknown.

        Gold and predicted entities are compared by ``id`` alone, so the name and type made up here never decide a
        comparison.
        """
        return cls(id, id.rsplit(":", 1)[-1], "unknown")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Entity":
        return cls(str(d["id"]), str(d["name"]), str(d["type"]))


def _pair(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span else None


@dataclass(frozen=True)
class Statement:
    """One attributed statement, predicted or hand-annotated: one cue with its content, its speaker and its stance.

    It has two serialisations: :meth:`to_dict` / :meth:`from_dict` are the annotator's output format (spans with their
    text, the entity object, scores, rule, strategy); :meth:`to_record` / :meth:`from_record` are the annotation
    record format of the guidelines (spans as ``[start, end]``, the entity as its id, label, tags, note).

    Args:
        content: the attributed content, without cue and speaker (quote marks excluded for direct quotes).
        cue: the cue word(s), e.g. ``said``, ``according to``, ``statement said``; None for a gold sentence record,
            which has no cue.
        speaker: the mention that is grammatically the source, or None when only implied.
        entity: the actor the speaker resolves to, or None for an anonymous source.
        kind: one of ``direct``, ``indirect``, ``mixed``, ``according_to`` (or ``sentence`` for a gold sentence
            record).
        sentence: index of the sentence that holds the cue; -1 when unknown (annotation records do not store it).
        label: stance label, or None before classification.
        scores: probability per label.
        rule: the extraction rule that found it (``verb_clause``, ``according_to``, ...; see ``pipeline.extract``).
        strategy: the linking strategy that resolved the speaker (``name``, ``pronoun``, ``role``, ...; see
            ``pipeline.linking``), empty when there is no speaker mention.
        tags: the annotator's hard-case tags (annotation records only).
        note: the annotator's note (annotation records only).
    """

    content: Span
    cue: Span | None
    speaker: Span | None
    entity: Entity | None
    kind: str
    sentence: int = -1
    label: str | None = None
    scores: Mapping[str, float] = field(default_factory=dict)
    rule: str = ""
    strategy: str = ""
    tags: tuple[str, ...] = ()
    note: str = ""

    @property
    def entity_id(self) -> str | None:
        """The entity's id, or None for an anonymous source; gold and predicted statements are compared on it."""
        return self.entity.id if self.entity else None

    def to_dict(self) -> dict[str, Any]:
        """The output format (``pipeline annotate``)."""
        return {
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "entity": self.entity.to_dict() if self.entity else None,
            "kind": self.kind,
            "sentence": self.sentence,
            "label": self.label,
            "scores": {k: round(float(v), 4) for k, v in self.scores.items()},
            "rule": self.rule,
            "strategy": self.strategy,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Statement":
        """Read the output format back."""
        return cls(
            content=Span.from_dict(d["content"]),
            cue=Span.from_dict(d["cue"]) if d.get("cue") else None,
            speaker=Span.from_dict(d["speaker"]) if d.get("speaker") else None,
            entity=Entity.from_dict(d["entity"]) if d.get("entity") else None,
            kind=str(d["kind"]),
            sentence=int(d.get("sentence", -1)),
            label=d.get("label"),
            scores=dict(d.get("scores") or {}),
            rule=str(d.get("rule") or ""),
            strategy=str(d.get("strategy") or ""),
        )

    def to_record(self) -> dict[str, Any]:
        """The annotation record format (guidelines §5); ``note`` only when there is one."""
        d: dict[str, Any] = {
            "content": _pair(self.content), "cue": _pair(self.cue), "speaker": _pair(self.speaker),
            "entity": self.entity_id, "kind": self.kind, "label": self.label,
            "tags": list(self.tags),
        }
        if self.note:
            d["note"] = self.note
        return d

    @classmethod
    def from_record(cls, text: str, d: Mapping[str, Any]) -> "Statement":
        """Build a statement from an annotation record already checked against ``text`` (see ``pipeline.corpus``)."""
        def span(value: Any) -> Span | None:
            return Span.of(text, value[0], value[1]) if value is not None else None

        return cls(
            content=Span.of(text, d["content"][0], d["content"][1]),
            cue=span(d.get("cue")),
            speaker=span(d.get("speaker")),
            entity=Entity.ref(d["entity"]) if d.get("entity") is not None else None,
            kind=str(d["kind"]),
            label=d["label"],
            tags=tuple(d.get("tags") or ()),
            note=str(d.get("note") or ""),
        )


@dataclass(frozen=True)
class AnnotatedArticle:
    """The annotator's output for one article.

    Args:
        path: where the article was read from.
        meta: header fields, with the date actually used for role resolution.
        text_sha256: SHA-256 of the text that the offsets refer to.
        statements: the attributed statements in text order.
        sentences: the sentence boundaries (not serialised; available to library users).
    """

    path: str
    meta: Mapping[str, Any]
    text_sha256: str
    statements: tuple[Statement, ...]
    sentences: tuple[Sentence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "meta": dict(self.meta),
            "text_sha256": self.text_sha256,
            "statements": [s.to_dict() for s in self.statements],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "AnnotatedArticle":
        return cls(
            path=str(d["path"]),
            meta=dict(d.get("meta") or {}),
            text_sha256=str(d["text_sha256"]),
            statements=tuple(Statement.from_dict(s) for s in d.get("statements") or []),
        )
