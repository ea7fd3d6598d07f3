"""Print the count tables of the corpus card (data/annotations/README.md) as Markdown.

    python scripts/corpus_tables.py [data/annotations]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from pipeline.corpus import agreement, extraction_agreement, read_corpus, statistics  # noqa: E402
from pipeline.kb import load_kb  # noqa: E402
from pipeline.records import KINDS, LABELS  # noqa: E402


def real_tables(path: str, arts) -> None:
    """The agreement tables of the real-text part."""
    readings = os.path.join(path, "readings", "real_stance_readings.jsonl")
    if not os.path.exists(readings):
        return
    ag = agreement(readings)
    print("\nReal-text stance agreement (first vs second reading, before adjudication):\n")
    print("| records | n | raw agreement | Cohen's kappa | " + " | ".join(LABELS) + " |\n" + "|---" * (4 + len(LABELS)) + "|")
    rows = [("all real records", ag)] + list(ag.get("per_collection", {}).items())
    for name, r in rows:
        print(f"| {name} | {r['statements']} | {r['raw_agreement']:.3f} | {r['cohen_kappa']:.3f} | "
              + " | ".join(f"{r['kappa_per_label'][x]:.3f}" for x in LABELS) + " |")
    print("\nconfusion first->second:", ag["confusion_first_vs_second"], "; adjudicated:", ag["disagreements_adjudicated"],
          "; final differs from first reading:", ag["final_differs_from_first_reading"])
    second = os.path.join(path, "readings", "real_extraction_second.jsonl")
    if os.path.exists(second):
        print("\nExtraction, second blind reading vs the adjudicated first:", json.dumps(extraction_agreement(arts, second)))


def main(path: str) -> None:
    arts = read_corpus(path)
    real_tables(path, arts)
    arts = [a for a in arts if not a.is_real]
    st = statistics(arts, load_kb())
    print(f"{st['articles']} articles ({st['sources']}), {st['statements']} statements\n")
    print("| split | articles | " + " | ".join(LABELS) + " | " + " | ".join(KINDS) + " | total |")
    print("|---" * (3 + len(LABELS) + len(KINDS)) + "|")
    for sp in ("train", "dev", "test"):
        lab, kind = st["labels_per_split"].get(sp, {}), st["kinds_per_split"].get(sp, {})
        tot = sum(lab.values())
        cells = [f"{lab.get(x, 0)} ({100 * lab.get(x, 0) / tot:.0f}%)" for x in LABELS]
        cells += [f"{kind.get(x, 0)} ({100 * kind.get(x, 0) / tot:.0f}%)" for x in KINDS]
        print(f"| {sp} | {st['articles_per_split'].get(sp, 0)} | " + " | ".join(cells) + f" | {tot} |")
    print("\n| years | articles |\n|---|---|")
    for band, n in st["year_bands"].items():
        print(f"| {band} | {n} |")
    topics = Counter()
    for a in arts:
        topics[(a.meta.get("topics") or ["?"])[0]] += 1
    print(f"\nPrimary topics ({len(topics)}; {len(st['topics'])} topics in all counting secondary ones):\n")
    print(", ".join(f"{t} {n}" for t, n in topics.most_common()))
    print(f"\nDistinct speakers (entities): {st['distinct_speakers']}; KB speakers by country/organisation: "
          f"{st['speaker_countries']}")
    print(f"Distinct cue lemmas: {st['distinct_cue_lemmas']}; pronoun or role-description speakers: "
          f"{st['pronoun_or_role_speaker_share']:.1%}; statements with a hard-case tag: {st['hard_case_share']:.1%}")
    print(f"Tags: {st['tags']}")
    readings = os.path.join(path, "readings", "stance_readings.jsonl")
    if os.path.exists(readings):
        print("\nAgreement:", json.dumps(agreement(readings), indent=1))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=os.path.join(ROOT, "data", "annotations"), help="the annotations folder")
    main(ap.parse_args().path)
