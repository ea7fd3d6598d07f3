"""pipeline: attributed statements in security and foreign-policy articles, their speakers and their stance.

Library use::

    from pipeline import annotate, StanceClassifier, load_model
    article = annotate("seeds/000_26ff2fc61212e2cf.txt")
    for s in article.statements:
        print(s.entity.name if s.entity else None, s.label, s.content.text)
"""

__version__ = "0.1.0"

from .annotator import Annotator, annotate  # noqa: E402
from .errors import AnnotationError, InputError, KnowledgeBaseError, ModelError, PipelineError  # noqa: E402
from .records import AnnotatedArticle, Article, Entity, Sentence, Span, Statement  # noqa: E402


def __getattr__(name: str):
    # The estimator needs scikit-learn, which takes about a second to import; annotating does not.
    if name == "StanceClassifier":
        from .stance import StanceClassifier

        return StanceClassifier
    if name == "load_model":
        from .model_store import load_model

        return load_model
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")

__all__ = [
    "annotate", "Annotator", "AnnotatedArticle", "Article", "Entity", "Sentence", "Span", "Statement",
    "StanceClassifier", "load_model", "PipelineError", "InputError", "KnowledgeBaseError", "ModelError",
    "AnnotationError", "__version__",
]
