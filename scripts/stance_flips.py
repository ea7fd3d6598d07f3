"""Why the stance classifier labels extracted statements differently from the gold statements they match.

For every (gold, predicted) statement pair that extraction scoring matches on a split's exhaustive articles, build
the classifier input from each side (``corpus.stance_inputs`` for gold, ``Annotator.stance_inputs`` for the
prediction), label both with the bundled (or given) model, and count label flips by which input field differs. A
flip is then attributed field by field: the gold input with only that field taken from the predicted one.

Prints the flip table, stance macro-F1 on all gold statements, on the matched gold statements, and end to end.

    PIPELINE_REALTEXT=../shared/realtext python scripts/stance_flips.py --split real-dev [--model PATH] [--show N]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from pipeline.annotator import Annotator
from pipeline.corpus import examples, read_corpus, split, stance_inputs
from pipeline.evaluate import training_splits
from pipeline.kb import load_kb
from pipeline.stance import StanceClassifier
from pipeline.stance_features import cue_features
from pipeline.metrics import match, score_labels
from pipeline.reader import article_from_text

FIELDS = ("content", "cue", "context", "bloc", "lead")


def matched_inputs(ann: Annotator, articles, gold_side: bool = False) -> tuple[list[dict], list[str]]:
    """The classifier inputs of the annotator's statements that match a gold statement (or, with ``gold_side``, of
    the gold statements they match), with the gold labels."""
    X, y = [], []
    kb = load_kb()
    for a in (a for a in articles if a.exhaustive):
        pred = ann.annotate_article(article_from_text(a.text, a.id + ".txt")).statements
        xp = stance_inputs(a, kb) if gold_side else ann.stance_inputs(a.text, pred)
        for i, j in match([s.content for s in pred], [g.content for g in a.statements]):
            X.append(xp[j] if gold_side else xp[i])
            y.append(a.statements[j].label)
    return X, y


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/annotations")
    ap.add_argument("--split", default="real-dev")
    ap.add_argument("--model", default=None)
    ap.add_argument("--show", type=int, default=0, help="print this many flipped pairs")
    ap.add_argument("--dump", default=None, help="print every matched pair whose input differs in this field")
    ap.add_argument("--held-out", action="store_true",
                    help="fit the bundled model's kind and settings on the training splits of --split instead "
                         "(the bundled model is refitted on the dev splits too)")
    ap.add_argument("--augment", action="store_true",
                    help="with --held-out: add to the training statements the annotator's extracted statements of the "
                         "training splits' exhaustive articles that match a gold one, with the gold label")
    ap.add_argument("--augment-gold", action="store_true",
                    help="control for --augment: add the gold inputs of the same matched statements instead")
    ap.add_argument("--save", default=None, help="write the matched pairs' labels (gold, on gold, end to end) here")
    args = ap.parse_args()
    corpus = read_corpus(args.data)
    arts = split(corpus, args.split)
    ann = Annotator(stance_model=args.model)
    kb = load_kb()
    if args.held_out:
        meta = ann.classifier.metadata_ if hasattr(ann.classifier, "metadata_") else {}
        params = {k: (tuple(v) if isinstance(v, list) else v) for k, v in meta["hyperparameters"].items()}
        train_arts = [a for name in training_splits(args.split) for a in split(corpus, name)]
        X_tr, y_tr, _ = examples(train_arts, kb)
        if args.augment or args.augment_gold:
            X_aug, y_aug = matched_inputs(Annotator(classify=False), train_arts, args.augment_gold)
            print(f"augmenting with {len(X_aug)} extracted statements matched to gold ones")
            X_tr, y_tr = X_tr + X_aug, y_tr + y_aug
        ann.classifier = StanceClassifier(**params).fit(X_tr, y_tr)
        print(f"held-out {params['model']} {params} fitted on {len(X_tr)} statements of {training_splits(args.split)}")
    clf = ann.classifier
    Xg_all, yg_all, _ = examples(arts, kb)
    pg_all = list(clf.predict(Xg_all))
    rows = []
    for a in (a for a in arts if a.exhaustive):
        pred = ann.annotate_article(article_from_text(a.text, a.id + ".txt")).statements
        pairs = match([s.content for s in pred], [g.content for g in a.statements])
        if not pairs:
            continue
        xg = stance_inputs(a, kb)
        xp = ann.stance_inputs(a.text, pred)
        for i, j in pairs:
            g, p = a.statements[j], pred[i]
            rows.append({"art": a.id, "gold": g, "pred": p, "xg": xg[j], "xp": xp[i], "y": g.label,
                         "kind": g.kind != p.kind, "eid": g.entity_id != p.entity_id})
    lg = clf.predict([r["xg"] for r in rows])
    lp = clf.predict([r["xp"] for r in rows])
    hybrids = {f: clf.predict([{**r["xg"], f: r["xp"][f]} for r in rows]) for f in FIELDS}
    diff_n, flip_n, caused, alone = Counter(), Counter(), Counter(), Counter()
    flips = 0
    for k, r in enumerate(rows):
        r["lg"], r["lp"] = str(lg[k]), str(lp[k])
        d = ([f for f in FIELDS if r["xg"][f] != r["xp"][f]] + [f for f in ("kind", "eid") if r[f]]
             + (["cue feats"] if cue_features([r["xg"]]) != cue_features([r["xp"]]) else []))
        r["diff"] = d
        for f in d:
            diff_n[f] += 1
        flipped = r["lg"] != r["lp"]
        flips += flipped
        if flipped:
            for f in d:
                flip_n[f] += 1
            for f in FIELDS:
                if str(hybrids[f][k]) != r["lg"]:
                    caused[f] += 1
            alone[" + ".join(x for x in d if x in FIELDS) or "(none)"] += 1
    n = len(rows)
    print(f"{args.split}: {n} matched pairs, {flips} label flips (gold input vs predicted input)")
    print("differs: pairs whose inputs differ in the field; in flips: of the flipped pairs; swap flips: flipped pairs "
          "whose gold input with only this field taken from the predicted one is labelled differently from the gold "
          "input. cue feats: the model's cue features (cue words) differ; kind, eid: the statement kind, the speaker's "
          "entity id (not classifier inputs)")
    print(f"{'field':9s} {'differs':>8s} {'in flips':>9s} {'swap flips':>11s}")
    for f in FIELDS + ("cue feats", "kind", "eid"):
        print(f"{f:9s} {diff_n[f]:8d} {flip_n[f]:9d} {caused.get(f, '') if f in FIELDS else '':>11}")
    print("flips by the set of differing input fields:")
    for k, v in alone.most_common():
        print(f"  {v:3d}  {k}")
    y = [r["y"] for r in rows]
    def f1(labels): return score_labels(y, list(labels))["macro_f1"]
    print(f"stance on gold, all {len(yg_all)} statements macro-F1 {score_labels(yg_all, pg_all)['macro_f1']:.3f}")
    ex = [a for a in arts if a.exhaustive]
    Xe, ye, _ = examples(ex, kb)
    print(f"stance on gold, {len(ye)} statements of exhaustive articles macro-F1 "
          f"{score_labels(ye, list(clf.predict(Xe)))['macro_f1']:.3f}")
    print(f"annotator labels differ from the recomputed predicted-input labels: "
          f"{sum(r['pred'].label != r['lp'] for r in rows)}")
    print(f"stance on gold inputs of the matched statements   macro-F1 {f1(r['lg'] for r in rows):.3f}")
    print(f"stance end to end (predicted inputs)              macro-F1 {f1(r['lp'] for r in rows):.3f}")
    right = Counter((r["lg"] == r["y"], r["lp"] == r["y"]) for r in rows if r["lg"] != r["lp"])
    print(f"flips: gold right/pred wrong {right[(True, False)]}, gold wrong/pred right {right[(False, True)]}, "
          f"both wrong {right[(False, False)]}")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            json.dump([[r["y"], r["lg"], r["lp"]] for r in rows], f)
    for r in rows:
        if args.dump and r["xg"].get(args.dump) != r["xp"].get(args.dump):
            print(f"DUMP {args.dump} {r['lg']}->{r['lp']} G {r['xg'][args.dump]!r} | P {r['xp'][args.dump]!r}"
                  f" | G speaker {r['gold'].speaker.text if r['gold'].speaker else None!r} {r['gold'].entity_id}"
                  f" | P speaker {r['pred'].speaker.text if r['pred'].speaker else None!r} "
                  f"{r['pred'].entity_id} {r['pred'].entity.type if r['pred'].entity else None}")
    shown = 0
    for r in rows:
        if r["lg"] != r["lp"] and shown < args.show:
            shown += 1
            print(f"\n--- {r['art']} gold={r['y']} on-gold={r['lg']} e2e={r['lp']} differs: {', '.join(r['diff'])}")
            for f in FIELDS:
                if r["xg"][f] != r["xp"][f]:
                    print(f"  G {f}: {r['xg'][f]!r}\n  P {f}: {r['xp'][f]!r}")
            if r["eid"]:
                print(f"  G speaker {r['gold'].speaker.text if r['gold'].speaker else None!r} {r['gold'].entity_id}"
                      f" | P {r['pred'].speaker.text if r['pred'].speaker else None!r} {r['pred'].entity_id}")


if __name__ == "__main__":
    main()
