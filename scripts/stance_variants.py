"""Does one feature or training-data change lift stance macro-F1 on real-dev by more than noise?

Each variant is fitted as ``pipeline train`` fits at selection time (train + real-train, with the saved model's
hyperparameters from its sidecar) and scored on real-dev against the same fit without the change: macro-F1 overall
and per document kind (news, speech, transcript), calibration, a paired bootstrap over real-dev's documents (95%
interval of the gain) and the gain on each half of five random halvings of its documents. Nothing reads a test split.

Variants (what each addresses on real-dev, from its errors):
- ``no-west``: a flag for a statement whose content, sentence and page lead name no Western actor, alone and crossed
  with the speaker's bloc (cooperation with a third country, and harsh words of a rival-bloc speaker aimed at no
  Western target, are neutral by the guidelines; the model labels them polar).
- ``real-only``: the written train split left out (its class balance and wording are not real text's).
- ``real-x2``: real-train counted twice (the written split's weight halved against it).
- ``bloc-text``: the encoder reads the speaker's bloc as words before the sentence (``Western speaker: ...``), so
  that the sentence's own words are read from the speaker's side (a Western speaker's hawkish statements in
  cooperative words, "solidarity with an ally" against Russia, are read conciliatory on wire text).
- ``west-embed``: the sentence embedding a second time, for Western speakers only (zero for the rest), so that
  the linear model can read the same words differently from the West's side.
- ``no-west-embed``: the sentence embedding a second time for statements whose content, sentence and page lead
  name no Western actor (so that cooperation words can weigh differently where the West is not named).
- ``no-wire``: the written train split without its wire-style articles (publication ``Probe Wire ...``, added in
  session 18): does news written the way agencies write help real text?
- ``news-desks``, ``news-desks-half``: the news-desk set (``data/news-desks``, invented news and analysis articles,
  a reporting set) added to the training data, whole or half of its articles (a fixed random half): would real-dev
  choose it as training data? (Session 28; it chooses nothing itself, and a variant that kept it would move it out of
  the reporting sets.)

    PIPELINE_REALTEXT=../shared/realtext python scripts/stance_variants.py [--model models/stance.npz] [VARIANT ...]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stance_offsets import BOOTSTRAP, bootstrap_gain, macro_f1, sidecar_params  # noqa: E402

import pipeline.stance_features as sf  # noqa: E402
from pipeline.corpus import examples, read_corpus, split  # noqa: E402
from pipeline.metrics import calibration, score_labels  # noqa: E402
from pipeline.stance import StanceClassifier  # noqa: E402
import pipeline.stance as stance_module  # noqa: E402
import pipeline.stance_runtime as runtime_module  # noqa: E402

_TARGETS = sf.target_features
_ENCODER_TEXT = sf.encoder_text
# the modules that bound encoder_text at import: a variant's encoder input is swapped in each
_ENCODER_TEXT_USERS = (sf, stance_module, runtime_module)
_WEST = ("content_west", "context_west", "lead_west")


def no_west_targets(X) -> list[dict[str, float]]:
    out = _TARGETS(X)
    for f in out:
        if not any(k.startswith(_WEST) for k in f):
            bloc = next(k[len("bloc="):] for k in f if k.startswith("bloc="))
            f["no_west"] = 1.0
            f[f"no_west|{bloc}"] = 1.0
    return out


# The written train split's wire-style articles, by their (fictional) publication.
WIRE_PUBLICATION = "Probe Wire"


def without_wire(written, real):
    return [a for a in written if not a.meta.get("publication", "").startswith(WIRE_PUBLICATION)] + real


BLOC_WORDS = {"west": "Western speaker: ", "russia": "Russian speaker: ", "rival": "Speaker from a rival state: ",
              "other": "Speaker from another state: ", "joint": "Joint speakers: ", "unknown": ""}


def bloc_text(X) -> list[str]:
    blocs = [x.get("bloc", "unknown") if isinstance(x, dict) else "unknown" for x in X]
    return [BLOC_WORDS.get(b, "") + t for b, t in zip(blocs, _ENCODER_TEXT(X))]


class WestEmbedding(TransformerMixin, BaseEstimator):
    """The context's sentence embedding where the speaker's bloc is ``west``, zeros elsewhere."""

    def __init__(self, encoder: str = "e5"):
        self.encoder = encoder

    def fit(self, X, y=None):
        self.encoder_ = stance_module.SentenceEncoder(self.encoder).fit(None)
        return self

    def _flags(self, X) -> np.ndarray:
        return np.array([float(x.get("bloc") == "west") if isinstance(x, dict) else 0.0 for x in X])

    def transform(self, X):
        return self.encoder_.transform(_ENCODER_TEXT(X)) * self._flags(X)[:, None]


_ENCODER_FEATURES = stance_module.encoder_features


def west_embed_features(encoder: str = "e5"):
    union = _ENCODER_FEATURES(encoder)
    union.transformer_list.append(("embed_west", WestEmbedding(encoder)))
    return union


class NoWestEmbedding(WestEmbedding):
    """The context's sentence embedding where neither the content, its sentence nor the page lead names a Western
    actor, zeros elsewhere."""

    def _flags(self, X) -> np.ndarray:
        return np.array([0.0 if any(k.startswith(_WEST) for k in f) else 1.0 for f in _TARGETS(X)])


def no_west_embed_features(encoder: str = "e5"):
    union = _ENCODER_FEATURES(encoder)
    union.transformer_list.append(("embed_no_west", NoWestEmbedding(encoder)))
    return union


NEWS_DESKS = "data/news-desks"
# the seed of the fixed half of the news-desk articles
HALF_SEED = 0


def news_desk_articles(half: bool = False) -> list:
    """The news-desk set's articles, or a fixed random half of them (by article)."""
    arts = read_corpus(NEWS_DESKS)
    if not half:
        return arts
    ids = sorted(a.id for a in arts)
    keep = set(random.Random(HALF_SEED).sample(ids, len(ids) // 2))
    return [a for a in arts if a.id in keep]


VARIANTS = {"no-west": {"targets": no_west_targets},
            "real-only": {"data": lambda written, real: real},
            "real-x2": {"data": lambda written, real: written + real + real},
            "no-wire": {"data": without_wire},
            "news-desks": {"data": lambda written, real: written + real + news_desk_articles()},
            "news-desks-half": {"data": lambda written, real: written + real + news_desk_articles(half=True)},
            "bloc-text": {"encoder_text": bloc_text},
            "west-embed": {"encoder_features": west_embed_features},
            "no-west-embed": {"encoder_features": no_west_embed_features}}


def fit_dev(hp: dict, arts, variant: dict | None) -> tuple[np.ndarray, list[str]]:
    variant = variant or {}
    sf.DICT_FEATURES["targets"] = variant.get("targets", _TARGETS)
    for module in _ENCODER_TEXT_USERS:
        module.encoder_text = variant.get("encoder_text", _ENCODER_TEXT)
    stance_module.encoder_features = variant.get("encoder_features", _ENCODER_FEATURES)
    try:
        written, real = split(arts, "train"), split(arts, "real-train")
        X_tr, y_tr, _ = examples(variant.get("data", lambda w, r: w + r)(written, real))
        X_dev, _, _ = examples(split(arts, "real-dev"))
        clf = StanceClassifier(**hp).fit(X_tr, y_tr)
        return clf.predict_proba(X_dev), [str(c) for c in clf.classes_]
    finally:
        sf.DICT_FEATURES["targets"] = _TARGETS
        for module in _ENCODER_TEXT_USERS:
            module.encoder_text = _ENCODER_TEXT
        stance_module.encoder_features = _ENCODER_FEATURES


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="models/stance.npz", help="the saved model whose sidecar's hyperparameters to fit")
    ap.add_argument("variants", nargs="*", help=f"which of {', '.join(VARIANTS)} (default: all)")
    args = ap.parse_args()
    unknown = set(args.variants) - set(VARIANTS)
    if unknown:
        ap.error(f"unknown variant(s) {', '.join(sorted(unknown))}; choose from {', '.join(VARIANTS)}")
    hp = sidecar_params(args.model)
    arts = read_corpus("data/annotations")
    dev = split(arts, "real-dev")
    _, y, groups = examples(dev)
    kind_of = {a.id: a.meta.get("kind", "") for a in dev}
    kinds = np.array([kind_of[g] for g in groups])
    groups = np.asarray(groups)
    base_p, classes = fit_dev(hp, arts, None)
    cols = {c: i for i, c in enumerate(classes)}
    gold = np.array([cols[g] for g in y])
    base = base_p.argmax(axis=1)
    docs = np.array(sorted(set(groups)))

    def line(pred: np.ndarray, proba: np.ndarray) -> str:
        out = []
        for kd in ("", "news", "speech", "transcript"):
            m = kinds == kd if kd else np.ones(len(gold), bool)
            s = score_labels([classes[i] for i in gold[m]], [classes[i] for i in pred[m]])
            out.append(f"{kd or 'all'} {s['macro_f1']:.4f} (h {s['per_class']['hawkish']['f1']:.3f})")
        cal = calibration([classes[i] for i in gold], proba, classes)
        return ", ".join(out) + f"; ECE {cal['ece']:.4f} Brier {cal['brier']:.4f}"

    print(f"base: {line(base, base_p)}")
    for name in args.variants or VARIANTS:
        p, _ = fit_dev(hp, arts, VARIANTS[name])
        pred = p.argmax(axis=1)
        lo, hi = bootstrap_gain(gold, base, pred, groups, len(classes))
        halves = []
        for rep in range(5):
            order = np.random.RandomState(rep).permutation(len(docs))
            m = np.isin(groups, docs[order[::2]])
            halves += [macro_f1(gold[h], pred[h], len(classes)) - macro_f1(gold[h], base[h], len(classes)) for h in (m, ~m)]
        print(f"{name}: {line(pred, p)}")
        print(f"  gain {macro_f1(gold, pred, len(classes)) - macro_f1(gold, base, len(classes)):+.4f}, paired bootstrap over documents "
              f"({BOOTSTRAP}) 95% {lo:+.4f} to {hi:+.4f}; on halves of the documents {min(halves):+.4f} to {max(halves):+.4f}")


if __name__ == "__main__":
    main()
