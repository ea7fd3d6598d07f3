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


def _pr(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    return _pr(tp, n_pred, tp, n_gold) | {"tp": tp, "pred": n_pred, "gold": n_gold}


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
    label_pairs: list[tuple[str, str | None]] = []
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
            per_kind[pred[i].kind]["tp_pred"] += 1
            label_pairs.append((gold[j].label, pred[i].label))
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
    # Precision by the predicted kind, recall by the gold kind (a match may disagree on the kind).
    kinds = {k: _pr(c["tp_pred"], c["pred"], c["tp"], c["gold"]) | {"pred": c["pred"], "gold": c["gold"]}
             for k, c in per_kind.items()}
    return {
        "statements": prf(tp, n_pred, n_gold),
        "per_kind_recall": {k: v["recall"] if v["gold"] else None for k, v in kinds.items()},
        "per_kind": kinds,
        "speaker_linking": links.accuracy(),
        "label_pairs": label_pairs,
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


def _stance_block(pairs: list[tuple[CorpusArticle, GoldStatement]], classifier, baselines: dict) -> dict[str, Any]:
    X = [{"content": s.content.text, "cue": s.cue.text} for _, s in pairs]
    y = [s.label for _, s in pairs]
    out = {"model": score_labels(y, list(classifier.predict(X))) if X else None}
    for name, clf in baselines.items():
        out[name] = score_labels(y, list(clf.predict(X))) if X else None
    return out


def run_evaluation(data: str = "data/annotations", split_name: str = "test", model_path: str | None = None,
                   spacy_model: str | None = None, progress=lambda m: None) -> dict[str, Any]:
    """Evaluate the whole pipeline against one split of the gold annotations.

    Reports extraction P/R/F1 (overall and recall per kind), speaker-link accuracy, stance on gold
    statements (the classifier beside majority and lexicon baselines) and stance end to end (on
    extracted statements matched to gold ones); the same again for the seed articles alone.

    Args:
        data: the annotations folder.
        split_name: ``test`` or ``dev``.
        model_path: stance model (default: the bundled one).
        spacy_model: spaCy model name.
        progress: called with a line of text at each step.
    """
    from .annotator import Annotator
    from .corpus import read_corpus, split
    from .errors import PipelineError
    from .reader import article_from_text
    from .stance import StanceClassifier
    from .train import examples

    if split_name not in ("test", "dev"):
        raise PipelineError(f"--split {split_name!r}: choose test or dev.")
    articles = read_corpus(data)
    target = split(articles, split_name)
    if not target:
        raise PipelineError(f"{data}: no {split_name} records to evaluate on.")
    ann = Annotator(spacy_model=spacy_model, stance_model=model_path)
    X_tr, y_tr, _ = examples(split(articles, "train"))
    baselines = {name: StanceClassifier(model=name).fit(X_tr, y_tr) for name in ("majority", "lexicon")}
    progress(f"annotating {len(target)} {split_name} articles ...")
    predicted = []
    for a in target:
        predicted.append((a, ann.annotate_article(article_from_text(a.text, a.id + ".txt")).statements))

    def block(subset):
        ext = score_extraction(subset)
        e2e_gold = [g for g, _ in ext["label_pairs"]]
        e2e_pred = [p for _, p in ext["label_pairs"]]
        return {
            "articles": len(subset),
            "extraction": ext["statements"],
            "extraction_recall_per_kind": ext["per_kind_recall"],
            "extraction_per_kind": ext["per_kind"],
            "speaker_linking": ext["speaker_linking"],
            "stance_on_gold": _stance_block(gold_pairs(a for a, _ in subset), ann.classifier, baselines),
            "stance_end_to_end": score_labels(e2e_gold, e2e_pred) if e2e_gold else None,
            "errors": ext["errors"],
        }

    meta = getattr(ann.classifier, "metadata_", {}) or {}
    result = {"split": split_name, "model": str(meta.get("model")), "all": block(predicted)}
    if split_name in (meta.get("trained_on") or []):
        result["warning"] = (f"the stance model was trained on the {split_name} split, so its stance scores here are not "
                             f"held out; its held-out dev score at selection time was macro-F1 "
                             f"{meta.get('scores', {}).get('dev_selection', {}).get('macro_f1')}")
    seeds = [(a, p) for a, p in predicted if a.meta.get("source") == "seed"]
    if seeds:
        result["seeds"] = block(seeds)
    return result


def format_report(result: dict[str, Any]) -> str:
    """A plain-text rendering of :func:`run_evaluation`'s result."""
    lines = [f"Evaluation on the {result['split']} split (stance model: {result['model']})"]
    if result.get("warning"):
        lines.append(f"note: {result['warning']}")
    for key, title in (("all", "all articles"), ("seeds", "seed articles only (real published text)")):
        if key not in result:
            continue
        b = result[key]
        e, l = b["extraction"], b["speaker_linking"]
        lines += ["", f"== {title}: {b['articles']} articles",
                  f"extraction   P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}  "
                  f"(gold {e['gold']}, predicted {e['pred']}, matched {e['tp']})",
                  "by kind (P/R/F1)  " + "  ".join(f"{k} {v['precision']:.3f}/{v['recall']:.3f}/{v['f1']:.3f}"
                                                    for k, v in b["extraction_per_kind"].items() if v["gold"] or v["pred"]),
                  f"speaker links  accuracy {l['accuracy']:.3f} ({l['correct']}/{l['matched']} matched statements)"]
        for name, scores in b["stance_on_gold"].items():
            if scores:
                per = "  ".join(f"{c} F1 {v['f1']:.3f}" for c, v in scores["per_class"].items())
                lines.append(f"stance on gold, {name:9s} macro-F1 {scores['macro_f1']:.3f}  acc {scores['accuracy']:.3f}  {per}")
        m = b["stance_on_gold"]["model"]
        if m:
            lines.append("confusion (rows gold, cols predicted: " + ", ".join(m["confusion"]["labels"]) + ")")
            lines += ["  " + " ".join(f"{v:5d}" for v in row) for row in m["confusion"]["matrix"]]
        if b["stance_end_to_end"]:
            s = b["stance_end_to_end"]
            lines.append(f"stance end to end (matched statements) macro-F1 {s['macro_f1']:.3f}  acc {s['accuracy']:.3f}  n {s['n']}")
    return "\n".join(lines) + "\n"
