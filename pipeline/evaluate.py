"""Scores against the gold annotations: statement extraction, speaker linking and stance."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable, Sequence

from .corpus import CorpusArticle, GoldStatement
from .records import KINDS, LABELS, Span, Statement


def match(pred: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one matching of predicted and gold content spans.

    Two spans match when they overlap by at least half of the shorter one; pairs are taken
    largest overlap first.

    Args:
        pred: predicted content spans.
        gold: gold content spans.
    """
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = p.overlap(g)
            if ov and ov >= 0.5 * min(len(p), len(g)):
                pairs.append((ov, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


class LinkScorer:
    """Speaker-link accuracy on matched statements.

    A KB id must be equal; ``null`` must be predicted as ``null``; an article-local gold id is right
    when the prediction is local and is the predicted id most often aligned with that gold id.
    """

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str | None, str | None]] = []

    def add(self, article_id: str, gold: str | None, pred: str | None) -> None:
        self.pairs.append((article_id, gold, pred))

    def accuracy(self) -> dict[str, float]:
        majority: dict[tuple[str, str], str | None] = {}
        votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for art, g, p in self.pairs:
            if g and g.startswith("local:"):
                votes[(art, g)][p] += 1
        for k, c in votes.items():
            majority[k] = c.most_common(1)[0][0]
        right = 0
        for art, g, p in self.pairs:
            if g is None:
                right += p is None
            elif g.startswith("local:"):
                right += bool(p) and p.startswith("local:") and majority[(art, g)] == p
            else:
                right += g == p
        n = len(self.pairs)
        return {"accuracy": round(right / n, 4) if n else 0.0, "correct": right, "matched": n}


def score_extraction(items: Iterable[tuple[CorpusArticle, Sequence[Statement]]]) -> dict[str, Any]:
    """Extraction P/R/F1 (overall and per kind) and speaker-link accuracy over many articles.

    Args:
        items: ``(gold article, predicted statements)`` pairs.
    """
    tp = n_pred = n_gold = 0
    per_kind = {k: Counter() for k in KINDS}
    links = LinkScorer()
    errors: list[dict[str, Any]] = []
    for art, pred in items:
        gold = art.statements
        pairs = match([s.content for s in pred], [g.content for g in gold])
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(gold)
        mp = {i for i, _ in pairs}
        mg = {j for _, j in pairs}
        for s in pred:
            per_kind[s.kind]["pred"] += 1
        for g in gold:
            per_kind[g.kind]["gold"] += 1
        for i, j in pairs:
            per_kind[gold[j].kind]["tp"] += 1
            p_ent = pred[i].entity.id if pred[i].entity else None
            links.add(art.id, gold[j].entity, p_ent)
            if gold[j].entity is not None and not str(gold[j].entity).startswith("local:") and p_ent != gold[j].entity:
                errors.append({"article": art.id, "type": "link", "speaker": gold[j].speaker.text if gold[j].speaker else None,
                               "gold": gold[j].entity, "pred": p_ent})
        for j, g in enumerate(gold):
            if j not in mg:
                errors.append({"article": art.id, "type": "missed", "cue": g.cue.text, "content": g.content.text[:120]})
        for i, s in enumerate(pred):
            if i not in mp:
                errors.append({"article": art.id, "type": "spurious", "cue": s.cue.text, "content": s.content.text[:120]})
    return {
        "statements": prf(tp, n_pred, n_gold),
        "per_kind_recall": {k: round(c["tp"] / c["gold"], 4) if c["gold"] else None for k, c in per_kind.items()},
        "per_kind_gold": {k: c["gold"] for k, c in per_kind.items()},
        "speaker_linking": links.accuracy(),
        "errors": errors,
    }


def score_labels(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Per-class precision/recall/F1, macro-F1, accuracy and the confusion matrix (rows gold, columns predicted)."""
    out: dict[str, Any] = {"per_class": {}, "n": len(gold)}
    f1s = []
    for lab in LABELS:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        r = prf(tp, sum(p == lab for p in pred), sum(g == lab for g in gold))
        out["per_class"][lab] = {k: r[k] for k in ("precision", "recall", "f1")} | {"support": r["gold"]}
        f1s.append(r["f1"])
    out["macro_f1"] = round(sum(f1s) / len(f1s), 4) if gold else 0.0
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred)) / len(gold), 4) if gold else 0.0
    out["confusion"] = {"labels": list(LABELS),
                        "matrix": [[sum(g == a and p == b for g, p in zip(gold, pred)) for b in LABELS] for a in LABELS]}
    return out


def gold_pairs(articles: Iterable[CorpusArticle]) -> list[tuple[CorpusArticle, GoldStatement]]:
    """Every gold statement with its article."""
    return [(a, s) for a in articles for s in a.statements]
