"""Extraction and speaker-link scores of any split, stance left out, with the errors grouped as `pipeline evaluate
--json` groups them (by extraction rule and by linking strategy).

`pipeline evaluate` scores only the held-out splits (test, dev, real-dev, real-test); this script also scores the
training splits (real-train, train), whose errors may be studied freely. Parses are cached (``--cache``) keyed
by the text and the spaCy model, so that re-scoring after a rule change costs only extraction and linking.

    python scripts/score_extraction.py real-train real-dev dev [--errors errors.json] [--cache /tmp/parses]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def _parse_cached(article, nlp, cache: str | None):
    from pipeline.sentences import parse

    if not cache:
        return parse(article, nlp)
    key = hashlib.sha256((nlp.meta["name"] + nlp.meta["version"] + article.text).encode("utf-8")).hexdigest()[:24]
    path = os.path.join(cache, key + ".pkl")
    if os.path.exists(path):
        with open(path, "rb") as f:
            return pickle.load(f)
    parsed = parse(article, nlp)
    os.makedirs(cache, exist_ok=True)
    with open(path, "wb") as f:
        pickle.dump(parsed, f)
    return parsed


def score(split_name: str, data: str, realtext: str | None, cache: str | None, seeds: bool = False) -> dict:
    from pipeline.corpus import read_corpus, split
    from pipeline.evaluate import score_extraction
    from pipeline.extract import extract
    from pipeline.kb import load_kb
    from pipeline.linking import link_all
    from pipeline.mentions import MentionIndex
    from pipeline.nlp import get_nlp
    from pipeline.quotes import find_quotes
    from pipeline.reader import article_from_text

    nlp = get_nlp(None)
    kb = load_kb(())
    arts = [a for a in split(read_corpus(data, realtext=realtext, notes=[]), split_name) if a.exhaustive
            and (not seeds or a.meta.get("source") == "seed")]
    items = []
    for a in arts:
        article = article_from_text(a.text, a.id + ".txt")
        parsed = _parse_cached(article, nlp, cache)
        atts = extract(parsed, find_quotes(article))
        items.append((a, link_all(article, MentionIndex(article, parsed, kb), kb, atts)))
    out = score_extraction(items, kb)
    out.pop("label_pairs")
    return out | {"articles": len(arts)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+", help="split names: real-train, real-dev, train, dev, ..., or seeds (the seed "
                    "articles of the test split)")
    ap.add_argument("--data", default=os.path.join(ROOT, "data", "annotations"))
    ap.add_argument("--realtext", default=os.environ.get("PIPELINE_REALTEXT"))
    ap.add_argument("--cache", help="parse cache folder, e.g. /tmp/parses (default: none)")
    ap.add_argument("--errors", help="write every error of every split to this JSON file")
    args = ap.parse_args()
    dump = {}
    for name in args.splits:
        seeds = name == "seeds"
        r = score("test" if seeds else name, args.data, args.realtext, args.cache, seeds)
        e, l = r["statements"], r["speaker_linking"]
        print(f"{name}: {r['articles']} articles  P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f} "
              f"(gold {e['gold']}, pred {e['pred']}, tp {e['tp']})  links {l['accuracy']:.3f} ({l['correct']}/{l['matched']})")
        print("  by rule (pred/matched/spurious/link errors): " + "  ".join(
            f"{k} {c.get('pred', 0)}/{c.get('matched', 0)}/{c.get('spurious', 0)}/{c.get('link_errors', 0)}"
            for k, c in r["errors_by_rule"].items()))
        print("  by strategy (matched/link errors): " + "  ".join(
            f"{k} {c.get('matched', 0)}/{c.get('link_errors', 0)}" for k, c in r["errors_by_strategy"].items()))
        print("  missed by kind: " + "  ".join(f"{k} {n}" for k, n in sorted(r["missed_by_kind"].items())))
        dump[name] = r
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            json.dump(dump, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
