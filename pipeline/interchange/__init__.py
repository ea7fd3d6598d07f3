"""Annotation-tool interchange: Label Studio, Prodigy and doccano exports to corpus records, and predictions back.

``pipeline import`` reads a tool's export into the record format of the annotation guidelines; ``pipeline export``
writes the pipeline's predictions as the tool's pre-annotations. Each tool has its module (``parse`` and
``render``) and a labelling config in ``configs/``; :mod:`.drafts` assembles the spans and relations of any tool
into records, and :mod:`.convert` runs the two commands.
"""

TOOLS = ("labelstudio", "prodigy", "doccano")

_API = ("ExportReport", "ImportReport", "export_results", "import_exports", "labelling_config", "records_from_results")
__all__ = ["TOOLS", *_API]


def __getattr__(name: str):
    # The command line needs TOOLS for its choices on every start; the converters load only when used.
    if name in _API:
        from . import convert

        return getattr(convert, name)
    raise AttributeError(f"module 'pipeline.interchange' has no attribute {name!r}")
