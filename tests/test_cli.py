"""The command line as a user would try it: good and bad input, every format, --help everywhere."""

import json
import re

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from conftest import ROOT, SEEDS, needs_realtext

runner = CliRunner()
SEED = str(SEEDS[0])


@pytest.mark.parametrize("command", [[], ["annotate"], ["train"], ["evaluate"], ["validate"], ["import"], ["export"], ["report"], ["view"]])
def test_help_everywhere(command):
    r = runner.invoke(app, command + ["--help"])
    assert r.exit_code == 0 and "Usage" in r.output


def test_annotate_table():
    r = runner.invoke(app, ["annotate", SEED])
    assert r.exit_code == 0, r.output
    assert "Baluevsky → Yury Baluyevsky" in r.output and "insisted" in r.output
    assert "hawkish" in r.output or "conciliatory" in r.output


def test_annotate_json_is_one_object_with_the_schema():
    r = runner.invoke(app, ["annotate", SEED, "--format", "json"])
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert d["path"] == SEED and d["meta"]["publication"] == "Monitor" and len(d["text_sha256"]) == 64
    st = d["statements"][0]
    assert st["label"] in ("hawkish", "conciliatory", "neutral") and set(st["scores"]) == {"hawkish", "conciliatory", "neutral"}


def test_annotate_jsonl_keeps_file_order():
    r = runner.invoke(app, ["annotate", str(SEEDS[1]), SEED, "--format", "jsonl", "--no-stance"])
    assert r.exit_code == 0
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [d["path"] for d in lines] == [str(SEEDS[1]), SEED]
    assert all(s["label"] is None for d in lines for s in d["statements"])


def test_annotate_stdin_and_date_override():
    text = "Publication: Wire\n\nThe Russian president said Moscow was ready for talks.\n"
    r = runner.invoke(app, ["annotate", "-", "--format", "json", "--date", "2010-05-01", "--no-stance"], input=text)
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["meta"]["date"] == "2010-05-01" and d["statements"][0]["entity"]["id"] == "dmitry-medvedev"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9", "UTF-8"),
])
def test_bad_files_fail_with_one_line_and_good_ones_still_print(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    r = runner.invoke(app, ["annotate", str(bad), SEED, "--format", "jsonl", "--no-stance"])
    assert r.exit_code == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and message in errors[0]
    assert "Traceback" not in r.output
    assert json.loads(r.stdout.splitlines()[0])["path"] == SEED


def test_missing_file_and_empty_directory(tmp_path):
    r = runner.invoke(app, ["annotate", str(tmp_path / "nope.txt"), str(tmp_path), "--no-stance"])
    assert r.exit_code == 1 and "no such file" in r.stderr and "no *.txt files" in r.stderr


def test_malformed_kb(tmp_path):
    kb = tmp_path / "kb.jsonl"
    kb.write_text("{broken\n", "utf-8")
    r = runner.invoke(app, ["annotate", SEED, "--kb", str(kb)])
    assert r.exit_code == 1 and f"{kb}:1" in r.stderr and "invalid JSON" in r.stderr


def test_a_knowledge_base_that_cannot_load_is_one_line_however_many_files(tmp_path):
    kb = tmp_path / "kb.jsonl"
    kb.write_text('{"id": "x", "name": "X", "type": "person", "roles": 5}\n', "utf-8")
    r = runner.invoke(app, ["annotate", SEED, str(SEEDS[1]), "--kb", str(kb), "--no-stance"])
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr.splitlines() == [f"error: {kb}:1: 'roles' must be a list of role objects, got 5."]


def test_a_byte_order_mark_at_the_start_of_a_kb_file_is_accepted(tmp_path):
    kb = tmp_path / "kb.jsonl"
    kb.write_bytes(b"\xef\xbb\xbf" + b'{"id": "ivan-petrovsky", "name": "Ivan Petrovsky", "type": "person"}\n')
    text = "Publication: Wire Date: 2005-06-01\n\nIvan Petrovsky said the talks would resume.\n"
    r = runner.invoke(app, ["annotate", "-", "--kb", str(kb), "--no-stance", "--format", "json"], input=text)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["statements"][0]["entity"]["id"] == "ivan-petrovsky"


def _article_folder(tmp_path, n):
    from conftest import write_articles

    write_articles(tmp_path / "in", n)
    return tmp_path / "in"


@pytest.mark.parametrize("n", [0, 1, 2])
def test_json_of_a_folder_is_always_a_list_of_articles(tmp_path, n):
    folder = _article_folder(tmp_path, n)
    if n == 0:
        (folder / "empty.txt").write_text("", "utf-8")
    r = runner.invoke(app, ["annotate", str(folder), "--format", "json", "--no-stance"])
    d = json.loads(r.stdout)
    assert list(d) == ["articles"] and len(d["articles"]) == n
    assert r.exit_code == (1 if n == 0 else 0)


def test_json_of_one_file_is_its_object_and_nothing_when_it_fails(tmp_path):
    r = runner.invoke(app, ["annotate", str(_article_folder(tmp_path, 1) / "a000.txt"), "--format", "json", "--no-stance"])
    assert r.exit_code == 0 and json.loads(r.stdout)["path"].endswith("a000.txt")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    r = runner.invoke(app, ["annotate", str(tmp_path / "empty.txt"), "--format", "json", "--no-stance"])
    assert r.exit_code == 1 and r.stdout == ""


@pytest.mark.parametrize("fmt, printed", [("json", 0), ("jsonl", 1)])
def test_an_interrupted_run_prints_only_complete_output(tmp_path, monkeypatch, fmt, printed):
    from pipeline import batch

    real = batch.outcomes

    def interrupted(*args, **kwargs):
        yield next(real(*args, **kwargs))
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "outcomes", interrupted)
    r = runner.invoke(app, ["annotate", str(_article_folder(tmp_path, 3)), "--format", fmt, "--no-stance"])
    assert r.exit_code == 130 and "interrupted" in r.stderr and "Traceback" not in r.output
    assert [json.loads(line)["path"] for line in r.stdout.splitlines()] == [str(tmp_path / "in" / "a000.txt")] * printed


def test_terminal_controls_in_an_article_and_its_name_do_not_reach_the_terminal(tmp_path):
    odd = tmp_path / "odd\x1b[2J.txt"
    odd.write_text("Publication: Wire\x1b]0;pwned\x07 Date: 2005-06-01\n\n"
                   "Sergei Lavrov said the \x1b[2Jtalks\x9b31m would resume\u2028 soon.\n", "utf-8")
    r = runner.invoke(app, ["annotate", str(odd), "--no-stance"])
    assert r.exit_code == 0 and not any(c in r.output for c in "\x1b\x07\x9b")
    assert "odd\\x1b[2J.txt" in r.stdout and "\\x1b[2Jtalks\\x9b31m" in r.stdout
    r = runner.invoke(app, ["annotate", str(odd), "--no-stance", "--format", "jsonl"])
    assert "\u2028" not in r.stdout and len(r.stdout.splitlines()) == 1
    d = json.loads(r.stdout)
    text = odd.read_text("utf-8")
    assert all(text[s["content"]["start"]:s["content"]["end"]] == s["content"]["text"] for s in d["statements"])
    odd.write_bytes(b"\xff")
    r = runner.invoke(app, ["annotate", str(odd), "--no-stance"])
    assert r.exit_code == 1 and "\x1b" not in r.stderr and "odd\\x1b[2J.txt: not valid UTF-8" in r.stderr


def test_missing_and_corrupt_model(tmp_path):
    r = runner.invoke(app, ["annotate", SEED, "--model", str(tmp_path / "none.npz")])
    assert r.exit_code == 1 and "pipeline train" in r.stderr
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    r = runner.invoke(app, ["annotate", SEED, "--model", str(bad)])
    assert r.exit_code == 1 and "not a pipeline stance model" in r.stderr


def test_unknown_spacy_model():
    r = runner.invoke(app, ["annotate", SEED, "--spacy-model", "xx_no_such_model"])
    assert r.exit_code == 1 and "not installed" in r.stderr


def test_validate_ok_and_stats():
    r = runner.invoke(app, ["validate", str(ROOT / "data" / "annotations"), "--stats"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1].startswith("ok:") and '"labels_per_split"' in r.stdout


def test_validate_reports_bad_lines(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"id": "x"}\nnot json\n', "utf-8")
    r = runner.invoke(app, ["validate", str(p)])
    assert r.exit_code == 1
    assert f"{p}:1" in r.stderr and f"{p}:2" in r.stderr and "2 problem(s)" in r.stderr


def test_train_and_evaluate_on_a_small_corpus(small_corpus, tmp_path):
    out = tmp_path / "m.npz"
    r = runner.invoke(app, ["train", "--data", str(small_corpus), "--out", str(out), "--model", "tfidf-lr", "--quiet"])
    assert r.exit_code == 0, r.stderr
    assert "saved to" in r.stdout and out.exists()
    r = runner.invoke(app, ["evaluate", "--data", str(small_corpus), "--model", str(out), "--split", "dev", "--json"])
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert {"extraction", "extraction_per_kind", "speaker_linking", "stance_on_gold", "stance_end_to_end"} <= set(d["all"])
    assert set(d["all"]["extraction_per_kind"]["direct"]) >= {"precision", "recall", "f1"}
    assert {"model", "majority", "lexicon"} == set(d["all"]["stance_on_gold"])


def test_evaluate_a_folder_of_test_records_alone(small_corpus, tmp_path):
    """Held-out records with no train split beside them: scored without the baselines, no traceback."""
    test_only = tmp_path / "held-out"
    test_only.mkdir()
    (test_only / "test.jsonl").write_text((small_corpus / "test.jsonl").read_text("utf-8"), "utf-8")
    r = runner.invoke(app, ["evaluate", "--data", str(test_only), "--model", "fast", "--json"])
    assert r.exit_code == 0, r.stderr
    assert set(json.loads(r.stdout)["all"]["stance_on_gold"]) == {"model"}
    assert "baselines are left out" in r.stderr


def test_evaluate_rejects_bad_split(small_corpus):
    r = runner.invoke(app, ["evaluate", "--data", str(small_corpus), "--split", "train"])
    assert r.exit_code == 1 and "choose one of test, dev, real-dev, real-test" in r.stderr


@pytest.mark.parametrize("args, message", [
    (["train", "--data", "mine"], "error: --data needs --out, so that a model trained on your annotations does not "
                                  "replace the bundled one.\n"),
    (["train", "--with-bundled", "--out", "m.npz"], "error: --with-bundled adds the bundled corpus to your "
                                                        "annotations; name them with --data DIR.\n"),
])
def test_train_option_errors(args, message):
    r = runner.invoke(app, args)
    assert r.exit_code == 1 and r.stderr == message


def test_an_installed_copy_trains_into_the_user_folder(imported_samples, tmp_path, monkeypatch):
    from pipeline import model_store

    monkeypatch.setattr(model_store, "from_checkout", lambda: False)
    monkeypatch.setenv("PIPELINE_HOME", str(tmp_path))
    data = [a for d in imported_samples.values() for a in ("--data", str(d))]
    r = runner.invoke(app, ["train", *data, "--model", "tfidf-lr"])
    out = tmp_path / "models" / "stance.npz"
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith(f"model tfidf-lr saved to {out}; ") and out.exists()
    assert f"annotate with it: pipeline annotate --model {out} FILE (or set PIPELINE_STANCE_MODEL={out})" in r.stderr


def test_train_and_evaluate_on_imported_annotations(imported_samples, tmp_path):
    out = tmp_path / "m.npz"
    data = [a for d in imported_samples.values() for a in ("--data", str(d))]
    r = runner.invoke(app, ["train", *data, "--out", str(out), "--model", "tfidf-lr", "--quiet"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith(f"model tfidf-lr saved to {out}; your dev macro-F1 ")
    assert "your test macro-F1" in r.stdout and "bundled test macro-F1" in r.stdout
    r = runner.invoke(app, ["evaluate", *data, "--split", "test", "--model", str(out)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("Evaluation on the test split (stance model: tfidf-lr)\n\n== all articles: 3 articles")
    assert "note:" not in r.stdout  # the test split was held out
    r = runner.invoke(app, ["evaluate", *data, "--split", "dev", "--model", str(out)])
    assert "note: the stance model was trained on the dev split" in r.stdout


@needs_realtext
def test_naming_the_bundled_corpus_with_data_trains_on_it_as_before(tmp_path):
    out = tmp_path / "m.npz"
    r = runner.invoke(app, ["train", "--data", str(ROOT / "data" / "annotations"), "--model", "tfidf-lr",
                            "--out", str(out), "--quiet"])
    assert r.exit_code == 0, r.stderr
    assert "your dev" not in r.stdout and re.search(r"test macro-F1 0\.\d{3} \(n 328\)", r.stdout)
    assert json.loads(out.with_suffix(".json").read_text())["scores"]["selected_on"] == "real-dev"
