"""Shared fixtures: the spaCy model and the annotator are loaded once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.realtext import DEFAULT_ROOT

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# Tests whose figures include the real-text records skip where ../shared/realtext is not beside the checkout.
needs_realtext = pytest.mark.skipif(not DEFAULT_ROOT.is_dir(), reason="the real-text folder is not beside the project")
HEADER = "Publication: Test Wire Date: 2005-06-01\n\n"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def annotator(nlp):
    """An annotator without the stance model, for extraction and linking tests."""
    from pipeline.annotator import Annotator

    return Annotator(classify=False)


@pytest.fixture(scope="session")
def kb():
    from pipeline.kb import load_kb

    return load_kb()


@pytest.fixture
def annotate_text(annotator):
    """Annotate a body of text under a dated header; returns the statements."""

    def run(body: str, date: str = "2005-06-01"):
        text = f"Publication: Test Wire Date: {date}\n\n{body}\n"
        return annotator.annotate_text(text, "t.txt").statements

    return run


def write_corpus(folder: Path, records: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    by_split: dict[str, list[dict]] = {}
    for r in records:
        by_split.setdefault(r["split"], []).append(r)
    for name, recs in by_split.items():
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    return folder


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory):
    """A slice of the bundled corpus (train/dev/test) small enough to train on in a second."""
    from pipeline.corpus import read_corpus

    arts = read_corpus(ROOT / "data" / "annotations")
    pick = {"train": 30, "dev": 6, "test": 6}
    recs = []
    for name, n in pick.items():
        recs += [a.to_dict() for a in arts if a.split == name][:n]
    return write_corpus(tmp_path_factory.mktemp("corpus"), recs)


SAMPLES = ROOT / "examples" / "annotation-tools"
SAMPLE_FILES = {"labelstudio": SAMPLES / "labelstudio-export.json", "prodigy": SAMPLES / "prodigy-export.jsonl",
                "doccano": SAMPLES / "doccano-export.jsonl"}


@pytest.fixture(scope="session")
def imported_samples(tmp_path_factory):
    """The three sample exports of examples/annotation-tools, each imported into its own records folder."""
    from pipeline.interchange import import_exports

    root = tmp_path_factory.mktemp("imported")
    for tool, path in SAMPLE_FILES.items():
        import_exports(tool, [path], root / tool)
    return {tool: root / tool for tool in SAMPLE_FILES}


# Invented sentences for batch, report and view tests: (speaker, clause) pairs that the rules attribute cleanly.
LINES = (
    ("Sergei Lavrov", "said Moscow would answer any new deployment near its borders with countermeasures."),
    ("Condoleezza Rice", "told reporters that Washington wanted a constructive relationship with Moscow."),
    ("Sergei Ivanov", "warned that Russia would not tolerate new bases on its flank."),
    ("Javier Solana", "said the European Union hoped to deepen its dialogue with Moscow."),
)


def article_text(i: int) -> str:
    """Invented article number ``i``: a dated header and two one-sentence paragraphs."""
    a, b = LINES[i % len(LINES)], LINES[(i + 1) % len(LINES)]
    return (f"Publication: Test Wire Date: {2001 + i % 5}-0{1 + i % 9}-1{i % 10} Title: Item {i}\n\n"
            f"{a[0]} {a[1]}\n\n{b[0]} {b[1]}\n")


def write_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"a{i:03d}.txt" for i in range(n)]
    for i, p in enumerate(paths):
        p.write_text(article_text(i), "utf-8")
    return paths
