"""The one exception family the pipeline raises for problems a user can fix."""


class PipelineError(Exception):
    """Base class: a one-line message saying what was received and what to do."""


class InputError(PipelineError):
    """An article file that cannot be read as UTF-8 text."""


class KnowledgeBaseError(PipelineError):
    """A knowledge-base file that is missing or malformed."""


class ModelError(PipelineError):
    """A spaCy or stance model that is missing, corrupt, foreign or incompatible."""


class AnnotationError(PipelineError):
    """An annotation (corpus) record that breaks the record format."""


class ConversionError(AnnotationError):
    """Records of an annotation-tool export (or of a results file) that cannot be converted.

    Args:
        problems: one line per bad record, naming the file, the record or line, and what is wrong.
        summary: the one-line message.
    """

    def __init__(self, problems: list[str], summary: str) -> None:
        super().__init__(summary)
        self.problems = tuple(problems)


# Longest rendering of a user's value quoted in a message: enough to recognise it, short enough for one line.
SHOWN_CHARS = 60


def shown(value) -> str:
    """A value from a user's JSON as it looked there (``true``, ``5``, ``"x"``), cut to one short line."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
