"""Import and export: a tool's files to a checked records folder, the pipeline's predictions to a tool's file."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any, Mapping, Sequence

from .. import jsontext
from ..corpus import SYNTHETIC_SPLITS, CorpusArticle, validate
from ..errors import AnnotationError, ConversionError, InputError, PipelineError
from ..kb import load_kb
from ..reader import read_article
from ..realtext import text_sha256
from ..records import AnnotatedArticle, Article
from . import TOOLS, doccano, labelstudio, prodigy
from .drafts import assign_split, build, make_record
from .files import json_lines, write_file, write_folder


_MODULES: dict[str, ModuleType] = {"labelstudio": labelstudio, "prodigy": prodigy, "doccano": doccano}
# The labelling config of each tool, in configs/ (package data).
CONFIGS = {"labelstudio": "labelstudio.xml", "prodigy": "prodigy_recipe.py", "doccano": "doccano.json"}
# Written beside the records: which exports went in; `pipeline train` copies it into the model's sidecar.
MANIFEST = "import.json"


@dataclass(frozen=True)
class ImportReport:
    """What ``pipeline import`` wrote.

    Args:
        out: the records folder.
        manifest: the content of its ``import.json`` (tool, input files and their SHA-256, counts per split).
        skipped: where each unfinished document was read; they were left out.
    """

    out: Path
    manifest: Mapping[str, Any]
    skipped: tuple[str, ...]


@dataclass(frozen=True)
class ExportReport:
    """What ``pipeline export`` wrote.

    Args:
        out: the file.
        documents: documents written.
        statements: statements written as pre-annotations.
    """

    out: Path
    documents: int
    statements: int


def _module(tool: str) -> ModuleType:
    if tool not in _MODULES:
        raise PipelineError(f"tool {tool!r} is not known; choose one of {', '.join(TOOLS)}.")
    return _MODULES[tool]


def labelling_config(tool: str) -> str:
    """The labelling config shipped for ``tool``: the Label Studio XML, the Prodigy recipe or the doccano label set."""
    _module(tool)
    return resources.files(__package__).joinpath("configs", CONFIGS[tool]).read_text("utf-8")


def _per_record(problems: list[str], articles: list[CorpusArticle]) -> list[str]:
    """Corpus-level problems put together into one line per record."""
    lines: dict[str, list[str]] = {}
    for p in problems:
        where = next((a.where for a in articles if p.startswith(a.where + ": ")), "")
        lines.setdefault(where, []).append(p.removeprefix(where + ": ") if where else p)
    return [f"{w}: " + "; ".join(ps) if w else "; ".join(ps) for w, ps in lines.items()]


def _counts(articles: list[CorpusArticle]) -> dict[str, dict[str, int]]:
    out = {}
    for name in SYNTHETIC_SPLITS:
        arts = [a for a in articles if a.split == name]
        if arts:
            labels = Counter(st.label for a in arts for st in a.statements)
            out[name] = {"documents": len(arts), "statements": sum(labels.values()), **dict(sorted(labels.items()))}
    return out


def import_exports(tool: str, files: Sequence[str | Path], out: str | Path, kb_files: Sequence[str] = (),
                   accept_predictions: bool = False, force: bool = False) -> ImportReport:
    """Convert a tool's export files into a records folder (``train.jsonl``, ``dev.jsonl``, ``test.jsonl``).

    Every document is checked like ``pipeline validate`` checks the corpus. If any cannot be converted, nothing is
    written and :class:`ConversionError` lists one line per bad record.

    Args:
        tool: ``labelstudio``, ``prodigy`` or ``doccano``.
        files: the export files.
        out: the records folder to create.
        kb_files: extra knowledge-base files whose ids count as known.
        accept_predictions: take a tool's pre-annotations where nobody annotated (Label Studio, Prodigy).
        force: replace ``out`` if it exists.
    """
    module = _module(tool)
    if not files:
        raise PipelineError(f"name the {tool} export file(s) to import.")
    parsed = module.parse(files, accept_predictions)
    problems, articles, made_up = list(parsed.problems), [], 0
    for draft in parsed.drafts:
        try:
            article, n = build(draft)
        except AnnotationError as e:
            problems.append(str(e))
            continue
        articles.append(article)
        made_up += n
    problems += _per_record(validate(articles, load_kb(tuple(str(k) for k in kb_files))), articles)
    if problems:
        raise ConversionError(problems, f"{len(problems)} record(s) could not be converted; {out} was not written.")
    if not articles:
        raise PipelineError(f"no annotated documents in {', '.join(map(str, files))}"
                            + (f" ({len(parsed.skipped)} unfinished ones left out)." if parsed.skipped else "."))
    manifest = {"tool": tool,
                "files": [{"path": str(f), "sha256": hashlib.sha256(Path(f).read_bytes()).hexdigest()} for f in files],
                "accept_predictions": accept_predictions, "splits": _counts(articles),
                "unfinished_documents_left_out": len(parsed.skipped), "entities_from_speaker_words": made_up}
    records = {f"{name}.jsonl": "".join(jsontext.dumps(a.to_dict()) + "\n"
                                        for a in articles if a.split == name) for name in manifest["splits"]}
    write_folder(out, {**records, MANIFEST: jsontext.dumps(manifest, indent=1) + "\n"}, force)
    return ImportReport(Path(out), manifest, parsed.skipped)


def _result_record(obj: Any, where: str, base: Path) -> CorpusArticle:
    """One line of ``pipeline annotate --format jsonl`` output as a record, its text read from the annotated file."""
    try:
        result = AnnotatedArticle.from_dict(obj)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise AnnotationError(f"{where}: not a line of `pipeline annotate --format jsonl` output (needs path, meta, "
                              "text_sha256 and statements).") from None
    if result.path == "-":
        raise AnnotationError(f"{where}: this article was read from standard input, so its text is not known; "
                              "annotate the file itself to export it.")
    file = Path(result.path)
    if not file.is_absolute() and not file.exists() and (base / file).exists():
        file = base / file  # paths are relative to where annotate ran, usually beside the results file
    try:
        text = read_article(file).text
    except InputError as e:
        raise AnnotationError(f"{where}: {e}") from None
    if text_sha256(text) != result.text_sha256:
        raise AnnotationError(f"{where}: {file} has changed since it was annotated (its SHA-256 differs); annotate "
                              "it again.")
    statements = []
    for i, s in enumerate(result.statements, 1):
        if s.label is None:
            raise AnnotationError(f"{where}: statement {i} has no stance label; annotate without --no-stance to export.")
        statements.append(s.to_record())
    # The annotator named article-local entities after this id, so the record must have it too.
    doc_id = Article(result.path, "", {}).id
    return make_record(doc_id, assign_split(doc_id), result.meta, text, statements, where)


def records_from_results(results: str | Path) -> list[CorpusArticle]:
    """The records that the pipeline's predictions stand for: what importing their export gives back.

    Args:
        results: ``pipeline annotate --format jsonl`` output.
    """
    articles, problems, seen = [], [], {}
    for where, obj in json_lines(results):
        try:
            if isinstance(obj, AnnotationError):
                raise obj
            article = _result_record(obj, where, Path(results).parent)
        except PipelineError as e:
            problems.append(str(e))
            continue
        if article.id in seen:
            problems.append(f"{where}: article id {article.id!r} (from its path) is also that of {seen[article.id]}: the "
                            "same file is there twice; keep one of its lines.")
            continue
        seen[article.id] = where
        articles.append(article)
    if problems:
        raise ConversionError(problems, f"{len(problems)} line(s) of {results} could not be converted; nothing was written.")
    return articles


def export_results(results: str | Path, tool: str, out: str | Path, force: bool = False) -> ExportReport:
    """Write the pipeline's predictions as a tool's pre-annotations.

    Args:
        results: ``pipeline annotate --format jsonl`` output.
        tool: ``labelstudio``, ``prodigy`` or ``doccano``.
        out: the file to write.
        force: replace ``out`` if it exists.
    """
    module = _module(tool)
    articles = records_from_results(results)
    write_file(out, module.render(articles), force)
    return ExportReport(Path(out), len(articles), sum(len(a.statements) for a in articles))
