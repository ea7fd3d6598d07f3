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
