"""Scores against the gold annotations: statement extraction, speaker linking and stance."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from .corpus import CorpusArticle, examples
from .kb import KnowledgeBase
from .metrics import calibration, match, pr, prf, score_labels
from .records import KINDS, Statement


class LinkScorer:
    """Speaker-link accuracy on matched statements.

    A KB id must be equal; ``null`` must be predicted as ``null``; an article-local gold id is right
    when the prediction is local and is the predicted id most often aligned with that gold id. A local gold id
    whose name is exactly one actor of the knowledge base (:meth:`~pipeline.kb.KnowledgeBase.known_local`: gold made
    before the knowledge base knew the actor) must be that actor's id, as guidelines section 3 asks; such pairs are
    counted in ``known_local``.

    Args:
        kb: the knowledge base that resolves such local ids (None: every local gold id stays local).
    """

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb
        self.pairs: list[tuple[str, str | None, str | None]] = []
        self.known_local = 0

    def add(self, article_id: str, gold: str | None, pred: str | None) -> None:
        known = self.kb.known_local(gold) if self.kb is not None else None
        if known is not None:
            gold = known
            self.known_local += 1
        self.pairs.append((article_id, gold, pred))

    def correct(self) -> list[bool]:
        """Whether each added pair is right, in the order added."""
        votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for art, g, p in self.pairs:
            if g and g.startswith("local:"):
                votes[(art, g)][p] += 1
        majority = {k: c.most_common(1)[0][0] for k, c in votes.items()}
        out = []
        for art, g, p in self.pairs:
            if g is None:
                out.append(p is None)
            elif g.startswith("local:"):
                out.append(bool(p) and p.startswith("local:") and majority[(art, g)] == p)
            else:
                out.append(g == p)
        return out

    def accuracy(self) -> dict[str, float]:
        right = sum(self.correct())
        n = len(self.pairs)
        return {"accuracy": round(right / n, 4) if n else 0.0, "correct": right, "matched": n,
                "known_local": self.known_local}


def _grouped(counts: dict[str, Counter]) -> dict[str, dict[str, int]]:
    """Counters by name as plain dicts, largest loss first."""
    def loss(c: Counter) -> int:
        return c["spurious"] + c["link_errors"]
    return {k: dict(c) for k, c in sorted(counts.items(), key=lambda kv: (-loss(kv[1]), kv[0]))}


def score_extraction(items: Iterable[tuple[CorpusArticle, Sequence[Statement]]],
                     kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Extraction P/R/F1 (overall and per kind), speaker-link accuracy, and the errors grouped by the extraction rule
    and the linking strategy that made them, over many articles.

    Args:
        items: ``(gold article, predicted statements)`` pairs.
        kb: the knowledge base the predictions were linked to; a local gold id that names one of its actors is
            scored as that actor (see :class:`LinkScorer`).
    """
    tp = n_pred = n_gold = 0
    per_kind = {k: Counter() for k in KINDS}
    links = LinkScorer(kb)
    linked: list[tuple[CorpusArticle, Any, Statement]] = []
    label_pairs: list[tuple[str, str | None]] = []
    errors: list[dict[str, Any]] = []
    by_rule: dict[str, Counter] = defaultdict(Counter)
    by_strategy: dict[str, Counter] = defaultdict(Counter)
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
            by_rule[s.rule or "?"]["pred"] += 1
        for g in gold:
            per_kind[g.kind]["gold"] += 1
        for i, j in pairs:
            per_kind[gold[j].kind]["tp"] += 1
            per_kind[pred[i].kind]["tp_pred"] += 1
            by_rule[pred[i].rule or "?"]["matched"] += 1
            label_pairs.append((gold[j].label, pred[i].label))
            links.add(art.id, gold[j].entity_id, pred[i].entity_id)
            linked.append((art, gold[j], pred[i]))
        for j, g in enumerate(gold):
            if j not in mg:
                errors.append({"article": art.id, "type": "missed", "kind": g.kind,
                               "cue": g.cue.text if g.cue else None, "content": g.content.text[:120]})
        for i, s in enumerate(pred):
            if i not in mp:
                by_rule[s.rule or "?"]["spurious"] += 1
                errors.append({"article": art.id, "type": "spurious", "rule": s.rule, "cue": s.cue.text,
                               "content": s.content.text[:120]})
    for (art, g, s), right in zip(linked, links.correct()):
        by_strategy[s.strategy or "none"]["matched"] += 1
        if not right:
            by_strategy[s.strategy or "none"]["link_errors"] += 1
            by_rule[s.rule or "?"]["link_errors"] += 1
            errors.append({"article": art.id, "type": "link", "rule": s.rule, "strategy": s.strategy,
                           "speaker": s.speaker.text if s.speaker else None,
                           "gold_speaker": g.speaker.text if g.speaker else None,
                           "gold": g.entity_id, "pred": s.entity_id})
    # Precision by the predicted kind, recall by the gold kind (a match may disagree on the kind).
    kinds = {k: pr(c["tp_pred"], c["pred"], c["tp"], c["gold"]) | {"pred": c["pred"], "gold": c["gold"]}
             for k, c in per_kind.items()}
    return {
        "statements": prf(tp, n_pred, n_gold),
        "per_kind_recall": {k: v["recall"] if v["gold"] else None for k, v in kinds.items()},
        "per_kind": kinds,
        "speaker_linking": links.accuracy(),
        "label_pairs": label_pairs,
        "errors": errors,
        "errors_by_rule": _grouped(by_rule),
        "errors_by_strategy": _grouped(by_strategy),
        "missed_by_kind": dict(Counter(e["kind"] for e in errors if e["type"] == "missed")),
    }


def _stance_block(articles: list[CorpusArticle], classifier, baselines: dict) -> dict[str, Any]:
    X, y, _ = examples(articles)
    if not X:
        return {"model": None} | {name: None for name in baselines}
    proba = classifier.predict_proba(X)
    pred = [str(c) for c in np.asarray(classifier.classes_)[proba.argmax(axis=1)]]
    out = {"model": score_labels(y, pred) | calibration(y, proba, [str(c) for c in classifier.classes_])}
    for name, clf in baselines.items():
        out[name] = score_labels(y, list(clf.predict(X)))
    return out


EVAL_SPLITS = ("test", "dev", "real-dev", "real-test")


def training_splits(split_name: str) -> tuple[str, ...]:
    """The splits a model evaluated on ``split_name`` is trained on: the written train split, plus real-train for real splits."""
    return ("train", "real-train") if split_name.startswith("real-") else ("train",)


def trained_here(meta: dict[str, Any], data: str | Sequence[str], split_name: str) -> bool:
    """Whether a model's sidecar says it was fitted on ``split_name`` of the data being evaluated."""
    sources = meta.get("data")
    if sources is None:  # sidecars from before the data list: split names only
        return split_name in (meta.get("trained_on") or [])
    paths = {Path(p).resolve() for p in ([data] if isinstance(data, str) else data)}
    return any(Path(s["path"]).resolve() in paths and split_name in s["splits"] for s in sources)


def run_evaluation(data: str | Sequence[str] = "data/annotations", split_name: str = "test", model_path: str | None = None,
                   spacy_model: str | None = None, progress=lambda m: None, realtext: str | None = None) -> dict[str, Any]:
    """Evaluate the whole pipeline against one split of the gold annotations.

    Reports extraction P/R/F1 (overall and per kind), speaker-link accuracy, stance on gold statements (the
    classifier beside majority and lexicon baselines) and stance end to end (on extracted statements matched to
    gold ones). Extraction is scored only on exhaustively annotated articles; sentence records count for stance
    only. The written splits also get a block for the seed articles, the real splits one per source.

    Args:
        data: the annotations folder, or several read together.
        split_name: one of :data:`EVAL_SPLITS`.
        model_path: stance model (default: the bundled one).
        spacy_model: spaCy model name.
        progress: called with a line of text at each step.
        realtext: the real-text root (default: ``$PIPELINE_REALTEXT`` or ``../shared/realtext``).
    """
    from .annotator import Annotator
    from .corpus import read_corpus, split
    from .errors import PipelineError
    from .reader import article_from_text
    from .stance import StanceClassifier

    if split_name not in EVAL_SPLITS:
        raise PipelineError(f"--split {split_name!r}: choose one of {', '.join(EVAL_SPLITS)}.")
    notes: list[str] = []
    articles = read_corpus(data, realtext=realtext, notes=notes)
    for n in notes:
        progress(n)
    target = split(articles, split_name)
    if not target:
        raise PipelineError(f"{data if isinstance(data, str) else ', '.join(data)}: no {split_name} records to evaluate on"
                            + (" (the real-text records need the real-text root; see the note above)." if notes else "."))
    ann = Annotator(spacy_model=spacy_model, stance_model=model_path)
    X_tr, y_tr, _ = examples([a for name in training_splits(split_name) for a in split(articles, name)])
    # The baselines are fitted on the data's own train split; a folder of held-out records alone has none to fit.
    baselines = {name: StanceClassifier(model=name).fit(X_tr, y_tr) for name in ("majority", "lexicon")} if y_tr else {}
    if not baselines:
        progress(f"no {' or '.join(training_splits(split_name))} records in the data: the majority and lexicon "
                 "baselines are left out.")
    exhaustive = [a for a in target if a.exhaustive]
    progress(f"annotating {len(exhaustive)} {split_name} articles ...")
    predicted = {a.id: ann.annotate_article(article_from_text(a.text, a.id + ".txt")).statements for a in exhaustive}

    def block(subset: list[CorpusArticle]) -> dict[str, Any]:
        scored = [(a, predicted[a.id]) for a in subset if a.id in predicted]
        ext = score_extraction(scored, ann.kb) if scored else None
        e2e = ext["label_pairs"] if ext else []
        return {
            "articles": len(subset),
            "extraction": ext["statements"] if ext else None,
            "extraction_recall_per_kind": ext["per_kind_recall"] if ext else None,
            "extraction_per_kind": ext["per_kind"] if ext else None,
            "speaker_linking": ext["speaker_linking"] if ext else None,
            "stance_on_gold": _stance_block(subset, ann.classifier, baselines),
            "stance_end_to_end": score_labels([g for g, _ in e2e], [p for _, p in e2e]) if e2e else None,
            "errors": ext["errors"] if ext else [],
            "errors_by_rule": ext["errors_by_rule"] if ext else {},
            "errors_by_strategy": ext["errors_by_strategy"] if ext else {},
            "missed_by_kind": ext["missed_by_kind"] if ext else {},
        }

    meta = getattr(ann.classifier, "metadata_", {}) or {}
    result = {"split": split_name, "model": str(meta.get("model")), "all": block(target)}
    if trained_here(meta, data, split_name):
        result["warning"] = (f"the stance model was trained on the {split_name} split, so its stance scores here are not "
                             f"held out; its held-out score at selection time was macro-F1 "
                             f"{meta.get('scores', {}).get('dev_selection', {}).get('macro_f1')}")
    groups = {"seeds": [a for a in target if a.meta.get("source") == "seed"],
              "real_statements": [a for a in target if a.is_real and a.exhaustive],
              "real_sentences": [a for a in target if a.is_real and not a.exhaustive]}
    for key, subset in groups.items():
        if subset and len(subset) < len(target):
            result[key] = block(subset)
    return result


BLOCK_TITLES = (("all", "all articles"), ("seeds", "seed articles only (real published text)"),
                ("real_statements", "real text: exhaustively annotated statements (en.kremlin.ru news)"),
                ("real_sentences", "real text: sentence records (UN General Debate, en.kremlin.ru transcripts)"))


def format_report(result: dict[str, Any]) -> str:
    """A plain-text rendering of :func:`run_evaluation`'s result."""
    lines = [f"Evaluation on the {result['split']} split (stance model: {result['model']})"]
    if result.get("warning"):
        lines.append(f"note: {result['warning']}")
    for key, title in BLOCK_TITLES:
        if key not in result:
            continue
        b = result[key]
        e, l = b["extraction"], b["speaker_linking"]
        lines += ["", f"== {title}: {b['articles']} articles"]
        if e:
            lines += [f"extraction   P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}  "
                      f"(gold {e['gold']}, predicted {e['pred']}, matched {e['tp']})",
                      "by kind (P/R/F1)  " + "  ".join(f"{k} {v['precision']:.3f}/{v['recall']:.3f}/{v['f1']:.3f}"
                                                        for k, v in b["extraction_per_kind"].items() if v["gold"] or v["pred"]),
                      f"speaker links  accuracy {l['accuracy']:.3f} ({l['correct']}/{l['matched']} matched statements"
                      + (f"; {l['known_local']} with a gold local id that names a knowledge-base actor, scored as "
                         "that actor" if l.get("known_local") else "") + ")",
                      "by rule (predicted/matched/spurious/link errors)  " + "  ".join(
                          f"{k} {c.get('pred', 0)}/{c.get('matched', 0)}/{c.get('spurious', 0)}/{c.get('link_errors', 0)}"
                          for k, c in b["errors_by_rule"].items()),
                      "by linking strategy (matched/link errors)  " + "  ".join(
                          f"{k} {c.get('matched', 0)}/{c.get('link_errors', 0)}" for k, c in b["errors_by_strategy"].items()),
                      "missed by gold kind  " + ("  ".join(f"{k} {n}" for k, n in sorted(b["missed_by_kind"].items())) or "none")]
        for name, scores in b["stance_on_gold"].items():
            if scores:
                per = "  ".join(f"{c} F1 {v['f1']:.3f}" for c, v in scores["per_class"].items())
                cal = f"  Brier {scores['brier']:.3f}  ECE {scores['ece']:.3f}" if "brier" in scores else ""
                lines.append(f"stance on gold, {name:9s} macro-F1 {scores['macro_f1']:.3f}  acc {scores['accuracy']:.3f}  {per}{cal}")
        m = b["stance_on_gold"]["model"]
        if m:
            lines.append("confusion (rows gold, cols predicted: " + ", ".join(m["confusion"]["labels"]) + ")")
            lines += ["  " + " ".join(f"{v:5d}" for v in row) for row in m["confusion"]["matrix"]]
        if b["stance_end_to_end"]:
            s = b["stance_end_to_end"]
            lines.append(f"stance end to end (matched statements) macro-F1 {s['macro_f1']:.3f}  acc {s['accuracy']:.3f}  n {s['n']}")
    return "\n".join(lines) + "\n"
