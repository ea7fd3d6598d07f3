"""Batch runs: path expansion, resumable results files, the errors sidecar, workers, Dask, kill -9 and resume."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from pipeline.batch import Settings, expand_paths, outcomes
from pipeline.cli import app

from conftest import ROOT, write_articles

runner = CliRunner()


def lines(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def annotate(*args):
    return runner.invoke(app, ["annotate", *map(str, args)])


def test_expand_paths_directories_globs_files_and_duplicates(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("d/b.txt", "d/a.txt", "d/sub/c.txt", "d/notes.md", "e.txt"):
        (tmp_path / name).write_text("x", "utf-8")
    (tmp_path / "empty").mkdir()
    files, problems = expand_paths([str(tmp_path / "d"), str(tmp_path / "*.txt"), str(tmp_path / "d" / "a.txt"),
                                    str(tmp_path / "empty"), str(tmp_path / "no*.txt"), "missing.txt"])
    assert [os.path.relpath(f, tmp_path) for f in files] == ["d/a.txt", "d/b.txt", "d/sub/c.txt", "e.txt",
                                                              os.path.relpath("missing.txt", tmp_path)]
    assert [p.path for p in problems] == [str(tmp_path / "empty"), str(tmp_path / "no*.txt")]
    assert "no *.txt files" in problems[0].error and "no file matches" in problems[1].error


def test_out_jsonl_resumes_and_reannotates_a_changed_file(tmp_path):
    paths = write_articles(tmp_path / "in", 5)
    out = tmp_path / "r.jsonl"
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.exit_code == 0, r.output
    assert r.stderr.startswith("5 articles: 5 annotated (10 statements), 0 failed; ")
    first = lines(out)
    assert [d["path"] for d in first] == [str(p) for p in paths]
    assert first[0]["statements"][0]["entity"]["id"] == "sergei-lavrov"
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.stderr.startswith(f"5 articles: 0 annotated (0 statements), 5 already in {out}, 0 failed; ")
    assert lines(out) == first
    paths[2].write_text(paths[2].read_text("utf-8") + "\nSergei Lavrov said the talks had failed.\n", "utf-8")
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.stderr.startswith(f"5 articles: 1 annotated (3 statements), 4 already in {out}, 0 failed; ")
    assert [d["path"] for d in lines(out)] == [str(p) for p in paths] + [str(paths[2])]


def test_csv_has_the_columns_and_reads_in_pandas(tmp_path):
    pd = pytest.importorskip("pandas")
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "z.txt").write_text('Publication: Wire\n\nIt rained, "heavily", all day.\n', "utf-8")
    out = tmp_path / "r.csv"
    r = annotate(tmp_path / "in", "--out", out, "--model", "fast")
    assert r.exit_code == 0, r.output
    df = pd.read_csv(out)
    assert list(df.columns) == ["path", "date", "publication", "title", "text_sha256", "statements", "statement",
                                "speaker", "entity_id", "entity_name", "entity_type", "cue", "kind", "label",
                                "p_hawkish", "p_conciliatory", "p_neutral", "sentence", "content_start",
                                "content_end", "cue_start", "cue_end", "speaker_start", "speaker_end", "content"]
    assert len(df) == 5 and list(df["statement"].iloc[:4]) == [1, 2, 1, 2]
    lavrov = df.iloc[0]
    assert (lavrov["entity_id"], lavrov["speaker"], lavrov["cue"], lavrov["kind"], lavrov["label"]) == (
        "sergei-lavrov", "Sergei Lavrov", "said", "indirect", "hawkish")
    assert lavrov["date"] == "2001-01-10" and lavrov["title"] == "Item 0" and lavrov["publication"] == "Test Wire"
    assert abs(lavrov["p_hawkish"] + lavrov["p_conciliatory"] + lavrov["p_neutral"] - 1) < 1e-3
    text = (tmp_path / "in" / "a000.txt").read_text("utf-8")
    assert text[int(lavrov["content_start"]):int(lavrov["content_end"])] == lavrov["content"]
    empty = df.iloc[4]  # an article without statements still has its row
    assert empty["statements"] == 0 and pd.isna(empty["statement"]) and pd.isna(empty["label"])
    r = annotate(tmp_path / "in", "--out", out, "--model", "fast")
    assert "3 already in" in r.stderr and len(pd.read_csv(out)) == 5


def test_failures_go_to_the_sidecar_and_are_retried(tmp_path):
    write_articles(tmp_path / "in", 2)
    bad = tmp_path / "in" / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    out = tmp_path / "r.jsonl"
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert f"error: {bad}: not valid UTF-8" in r.stderr and "1 failed (listed in" in r.stderr
    sidecar = tmp_path / "r.errors.jsonl"
    [entry] = lines(sidecar)
    assert entry["path"] == str(bad) and "iconv" in entry["error"]
    assert len(lines(out)) == 2
    bad.write_text("Publication: Wire\n\nSergei Lavrov said the talks had failed.\n", "utf-8")
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.exit_code == 0 and "1 annotated (1 statements), 2 already in" in r.stderr
    assert not sidecar.exists() and [d["path"] for d in lines(out)][-1] == str(bad)


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_a_partial_tail_is_cut_and_redone(tmp_path, suffix):
    write_articles(tmp_path / "in", 3)
    out = tmp_path / f"r.{suffix}"
    assert annotate(tmp_path / "in", "--out", out, "--no-stance").exit_code == 0
    whole = out.read_bytes()
    # As a kill could leave it: the last article's last line half written (CSV: its first row only, half written).
    cut = whole.rfind(b"\n", 0, len(whole) - 1) + 1
    cut = whole.rfind(b"\n", 0, cut - 1) + 1 if suffix == "csv" else cut
    out.write_bytes(whole[: cut + 20])
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.exit_code == 0 and "1 annotated (2 statements), 2 already in" in r.stderr
    assert out.read_bytes() == whole


def test_a_foreign_results_file_is_refused_untouched(tmp_path):
    write_articles(tmp_path / "in", 1)
    out = tmp_path / "r.jsonl"
    out.write_text("not ours\n{}\n", "utf-8")
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.strip() == f"error: {out}:1: not a line written by `pipeline annotate --out`; choose another " \
                               "--out file, or move this one away."
    assert out.read_text("utf-8") == "not ours\n{}\n"


def test_standard_input_cannot_be_resumed(tmp_path):
    r = runner.invoke(app, ["annotate", "-", "--out", str(tmp_path / "r.jsonl")], input="text")
    assert r.exit_code == 1 and "cannot resume standard input" in r.stderr


def test_too_long_refused_at_once_or_chunked(tmp_path):
    paras = [f"Sergei Lavrov said round {i} of the talks in Vienna had gone nowhere at all." for i in range(40)]
    (tmp_path / "long.txt").write_text("Publication: Wire Date: 2005-01-01\n\n" + "\n\n".join(paras) + "\n", "utf-8")
    r = annotate(tmp_path / "long.txt", "--out", tmp_path / "r.jsonl", "--no-stance", "--max-chars", "1000",
                 "--too-long", "refuse")
    assert r.exit_code == 1 and f"{tmp_path / 'long.txt'}: 3,069 characters, over the limit of 1,000" in r.stderr
    r = annotate(tmp_path / "long.txt", "--out", tmp_path / "c.jsonl", "--no-stance", "--max-chars", "1000")
    assert r.exit_code == 0 and "annotating it in paragraph chunks" in r.stderr
    r = annotate(tmp_path / "long.txt", "--out", tmp_path / "w.jsonl", "--no-stance")
    assert lines(tmp_path / "c.jsonl") == lines(tmp_path / "w.jsonl")
    assert len(lines(tmp_path / "w.jsonl")[0]["statements"]) == 40


def test_two_workers_give_the_same_file_as_one(tmp_path):
    write_articles(tmp_path / "in", 8)
    r1 = annotate(tmp_path / "in", "--out", tmp_path / "one.jsonl", "--model", "fast")
    r2 = annotate(tmp_path / "in", "--out", tmp_path / "two.jsonl", "--model", "fast", "--workers", "2")
    assert r1.exit_code == 0 and r2.exit_code == 0, r2.output
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_a_model_problem_in_the_workers_is_one_line(tmp_path):
    write_articles(tmp_path / "in", 3)
    r = annotate(tmp_path / "in", "--out", tmp_path / "r.jsonl", "--workers", "2", "--model", tmp_path / "no.joblib")
    assert r.exit_code == 1 and "Traceback" not in r.output
    [line] = r.stderr.strip().splitlines()
    assert line.startswith("error: ") and "pipeline train" in line and not (tmp_path / "r.jsonl").exists()


def test_outcomes_keep_input_order_with_errors_between(tmp_path):
    paths = write_articles(tmp_path, 3)
    paths.insert(1, tmp_path / "missing.txt")
    got = list(outcomes([str(p) for p in paths], Settings(classify=False)))
    assert [o.path for o in got] == [str(p) for p in paths]
    assert [o.error is None for o in got] == [True, False, True, True] and "no such file" in got[1].error


def test_kill_9_then_resume_holds_every_article_once(tmp_path):
    paths = write_articles(tmp_path / "in", 60)
    out = tmp_path / "r.jsonl"
    cmd = [sys.executable, "-m", "pipeline.cli", "annotate", str(tmp_path / "in"), "--out", str(out), "--no-stance"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 3):
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < 60  # killed mid-run
    r = annotate(tmp_path / "in", "--out", out, "--no-stance")
    assert r.exit_code == 0 and "60 articles:" in r.stderr
    got = [d["path"] for d in lines(out)]
    assert sorted(got) == sorted(str(p) for p in paths) and len(set(got)) == 60
    annotate(tmp_path / "in", "--out", tmp_path / "ref.jsonl", "--no-stance")
    assert sorted(out.read_text("utf-8").splitlines()) == sorted((tmp_path / "ref.jsonl").read_text("utf-8").splitlines())


def test_dask_local_cluster_gives_the_local_output(tmp_path):
    distributed = pytest.importorskip("distributed")
    write_articles(tmp_path / "in", 6)
    local = annotate(tmp_path / "in", "--out", tmp_path / "local.jsonl", "--no-stance")
    assert local.exit_code == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        r = annotate(tmp_path / "in", "--out", tmp_path / "dask.jsonl", "--no-stance", "--dask",
                     cluster.scheduler_address)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_dask_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("pipeline.batch.DASK_TIMEOUT", "1s")
    write_articles(tmp_path / "in", 1)
    r = annotate(tmp_path / "in", "--out", tmp_path / "r.jsonl", "--no-stance", "--dask", "tcp://127.0.0.1:9")
    assert r.exit_code == 1 and "cannot reach a Dask scheduler" in r.stderr and "Traceback" not in r.output


def test_options_that_do_not_go_together(tmp_path):
    write_articles(tmp_path / "in", 1)
    r = annotate(tmp_path / "in", "--out", tmp_path / "r.jsonl", "--format", "json")
    assert r.exit_code == 1 and "--format applies to standard output only" in r.stderr
    r = annotate(tmp_path / "in", "--workers", "2", "--dask", "tcp://127.0.0.1:9")
    assert r.exit_code == 1 and "exclude each other" in r.stderr
    assert not (tmp_path / "r.jsonl").exists()


def test_a_csv_killed_after_its_header_or_inside_it_is_resumed(tmp_path):
    from pipeline.output import CSV_COLUMNS
    from pipeline.results import ResultsFile

    out = tmp_path / "r.csv"
    header = ",".join(CSV_COLUMNS) + "\n"
    for left in (header, header[:30], header + "in/a.txt,2005"):
        out.write_text(left, "utf-8")
        assert ResultsFile(out).resume() == set()
        assert out.read_text("utf-8") == (header if left.startswith(header) else "")


def test_same_file_name_in_two_folders_gets_distinct_stable_local_ids(tmp_path):
    text = "Publication: Wire Date: 2005-06-01\n\nIvan Petrovsky said the talks would resume.\n"
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "x.txt").write_text(text, "utf-8")
    runs = [annotate(tmp_path / "in", "--format", "jsonl", "--no-stance") for _ in range(2)]
    assert all(r.exit_code == 0 for r in runs), runs[0].output
    ids = [[d["statements"][0]["entity"]["id"] for d in map(json.loads, r.stdout.splitlines())] for r in runs]
    assert ids[0] == ids[1] and len(set(ids[0])) == 2
    assert all(i.startswith("local:x-") and i.endswith(":ivan-petrovsky") for i in ids[0])
