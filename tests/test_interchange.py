"""Import from and export to Label Studio, Prodigy and doccano: the samples, round trips, configs and bad exports."""

import ast
import copy
import json
import sys
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.corpus import TAGS, read_corpus
from pipeline.interchange import TOOLS, export_results, import_exports, labelling_config, records_from_results
from pipeline.interchange import doccano, labelstudio, prodigy
from pipeline.interchange.drafts import build
from pipeline.records import KINDS, LABELS

from conftest import ROOT, SAMPLE_FILES

sys.path.insert(0, str(ROOT / "scripts"))
import build_tool_samples  # noqa: E402
from tool_samples import DOCUMENTS  # noqa: E402

runner = CliRunner()
MODULES = {"labelstudio": labelstudio, "prodigy": prodigy, "doccano": doccano}


def reparse(module, articles, tmp_path, annotated=True, accept_predictions=False):
    path = tmp_path / f"again-{module.__name__.rsplit('.', 1)[1]}"
    path.write_text(module.render(articles, annotated), "utf-8")
    parsed = module.parse([path], accept_predictions)
    assert parsed.problems == ()
    return [build(d)[0] for d in parsed.drafts]


# ---- the samples ----

@pytest.mark.parametrize("tool, documents, statements, splits", [
    ("labelstudio", 6, 28, {"train": 4, "dev": 1, "test": 1}),
    ("prodigy", 6, 28, {"train": 4, "dev": 1, "test": 1}),
    ("doccano", 6, 26, {"train": 4, "dev": 1, "test": 1}),
])
def test_each_sample_imports_to_the_records_it_was_written_from(imported_samples, tool, documents, statements, splits):
    got = read_corpus(imported_samples[tool])
    want = [build_tool_samples.record(d) for d in DOCUMENTS if d["tool"] == tool]
    assert sorted(got, key=lambda a: a.id) == sorted(want, key=lambda a: a.id)
    assert (len(got), sum(len(a.statements) for a in got)) == (documents, statements)
    manifest = json.loads((imported_samples[tool] / "import.json").read_text())
    assert {k: v["documents"] for k, v in manifest["splits"].items()} == splits
    assert manifest["tool"] == tool and manifest["entities_from_speaker_words"] == 0


def test_sample_details_survive_the_tools(imported_samples):
    ls = {a.id: a for a in read_corpus(imported_samples["labelstudio"])}
    first = ls["ls-01"].statements[0]
    assert (first.speaker.text, first.cue.text, first.entity_id, first.kind, first.label) == (
        "Jaap de Hoop Scheffer", "said", "jaap-de-hoop-scheffer", "mixed", "conciliatory")
    assert [s.entity_id for s in ls["ls-03"].statements][3:] == [None, None]  # two anonymous sources
    pr = {a.id: a for a in read_corpus(imported_samples["prodigy"])}
    assert "defended" not in [s.cue.text for s in pr["pr-01"].statements]  # the rejected task
    assert pr["pr-02"].statements[-1].entity_id == "local:pr-02:heiko-maas"
    dc = {a.id: a for a in read_corpus(imported_samples["doccano"])}
    assert [s.tags for s in dc["dc-04"].statements][2] == ("condition", "pronoun-speaker")


@pytest.mark.parametrize("source", TOOLS)
@pytest.mark.parametrize("target", TOOLS)
def test_samples_round_trip_through_every_tool(imported_samples, tmp_path, source, target):
    records = read_corpus(imported_samples[source])
    again = reparse(MODULES[target], records, tmp_path)
    assert [a.to_dict() for a in again] == [a.to_dict() for a in records]


def test_the_samples_are_what_the_build_script_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(build_tool_samples, "OUT", tmp_path)
    build_tool_samples.main()
    for tool, path in SAMPLE_FILES.items():
        assert (tmp_path / path.name).read_text("utf-8") == path.read_text("utf-8"), tool


def test_prodigy_tokens_end_at_every_span_boundary():
    toks = prodigy.tokens("Lavrov's aide said: talks.", {9, 14})
    assert [t["text"] for t in toks] == ["Lavrov", "'", "s", "aide", "said", ":", "talks", "."]
    assert [t["ws"] for t in toks] == [False, False, True, True, False, True, False, False]
    toks = prodigy.tokens("Lavrovsaid", {6})
    assert [(t["text"], t["start"], t["end"]) for t in toks] == [("Lavrov", 0, 6), ("said", 6, 10)]


# ---- predictions out and back ----

@pytest.fixture(scope="module")
def predictions(tmp_path_factory, imported_samples):
    """`pipeline annotate --format jsonl` output (fast model) for the eighteen sample articles."""
    from pipeline.annotator import Annotator
    from pipeline.output import to_jsonl

    folder = tmp_path_factory.mktemp("articles")
    articles = [a for tool in TOOLS for a in read_corpus(imported_samples[tool])]
    for a in articles:
        (folder / f"{a.id}.txt").write_text(a.text, "utf-8")
    ann = Annotator(stance_model="fast")
    results = folder / "results.jsonl"
    results.write_text("".join(to_jsonl(ann.annotate_file(folder / f"{a.id}.txt")) + "\n" for a in articles), "utf-8")
    return results


def test_predictions_become_records(predictions):
    records = records_from_results(predictions)
    assert len(records) == 18 and sum(len(a.statements) for a in records) >= 60
    assert {a.meta["source"] for a in records} == {"imported"}
    assert all(s.entity is None or not s.entity.is_local or s.entity.id.startswith(f"local:{a.id}:")
               for a in records for s in a.statements)


@pytest.mark.parametrize("tool", TOOLS)
def test_import_of_export_gives_back_the_predictions(predictions, tmp_path, tool):
    out = tmp_path / f"tasks-{tool}"
    report = export_results(predictions, tool, out)
    expected = records_from_results(predictions)
    assert (report.documents, report.statements) == (18, sum(len(a.statements) for a in expected))
    back = import_exports(tool, [out], tmp_path / "records", accept_predictions=True)
    got = read_corpus(back.out)
    assert sorted((a.to_dict() for a in got), key=lambda d: d["id"]) == sorted(
        (a.to_dict() for a in expected), key=lambda d: d["id"])


@pytest.mark.parametrize("tool, exit_code, line", [
    ("labelstudio", 1, "error: no annotated documents in {file} (18 unfinished ones left out)."),
    ("prodigy", 1, "error: no annotated documents in {file} (18 unfinished ones left out)."),
    ("doccano", 0, "ok: 18 documents"),
])
def test_pre_annotations_are_not_taken_as_annotations_unless_asked(predictions, tmp_path, tool, exit_code, line):
    file = tmp_path / "tasks"
    assert runner.invoke(app, ["export", str(predictions), "--to", tool, "--out", str(file)]).exit_code == 0
    r = runner.invoke(app, ["import", "--from", tool, str(file), "--out", str(tmp_path / "out")])
    assert r.exit_code == exit_code and line.format(file=file) in r.output
    assert (tmp_path / "out").exists() == (exit_code == 0)


def test_an_ignored_prodigy_task_leaves_its_document_out(tmp_path):
    lines = [json.loads(x) for x in SAMPLE_FILES["prodigy"].read_text().splitlines()]
    lines[3]["answer"] = "ignore"
    path = tmp_path / "ignored.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    r = runner.invoke(app, ["import", "--from", "prodigy", str(path), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert f"note: 1 unfinished document(s) left out" in r.stderr and "document 'pr-01'" in r.stderr
    assert "ok: 5 documents" in r.stdout


def test_label_studio_offsets_counted_in_utf16_are_read(tmp_path):
    text = "Wire 🙂 report.\n\nLavrov said talks would go on."
    units = lambda s: len(s.encode("utf-16-le")) // 2  # noqa: E731

    def region(key, label, piece):
        s = units(text[:text.index(piece)])
        return {"id": key, "from_name": "span", "to_name": "text", "type": "labels",
                "value": {"start": s, "end": s + len(piece), "text": piece, "labels": [label]}}

    result = [region("a", "speaker", "Lavrov"), region("b", "cue", "said"), region("c", "content", "talks would go on"),
              {"id": "c", "from_name": "stance", "type": "choices", "value": {"choices": ["conciliatory"]}},
              {"id": "c", "from_name": "kind", "type": "choices", "value": {"choices": ["indirect"]}},
              {"id": "c", "from_name": "entity", "type": "textarea", "value": {"text": ["sergei-lavrov"]}},
              {"from_id": "a", "to_id": "b", "type": "relation"}, {"from_id": "b", "to_id": "c", "type": "relation"}]
    path = tmp_path / "emoji.json"
    path.write_text(json.dumps([{"id": 1, "data": {"text": text, "doc_id": "e1", "split": "train"},
                                 "annotations": [{"result": result}]}]))
    (article,) = [build(d)[0] for d in labelstudio.parse([path]).drafts]
    st = article.statements[0]
    assert (st.speaker.text, st.cue.text, st.content.text) == ("Lavrov", "said", "talks would go on")
    assert st.content.start == text.index("talks")


# ---- bad exports: one line per bad record, exit 1, the output folder untouched ----

def _ls_drop(task, name):
    task["annotations"][-1]["result"] = [i for i in task["annotations"][-1]["result"] if i.get("from_name") != name]


def _ls_first(task, name):
    return next(i for i in task["annotations"][-1]["result"] if i.get("from_name") == name)


def _set(obj, key, value):
    obj[key] = value


BAD = {
    "ls-no-stance": ("labelstudio", lambda d: _ls_drop(d[0], "stance"),
                     [("task 101", "content [287, 385] 'the alliance was ready to talk with Mosc…' has stance None")]),
    "ls-no-relations": ("labelstudio", lambda d: _set(d[1]["annotations"][-1], "result", [
        i for i in d[1]["annotations"][-1]["result"] if i.get("type") != "relation"]),
                        [("task 102", "is linked to 0 cues; link it to exactly one")]),
    "ls-two-annotators": ("labelstudio", lambda d: d[2]["annotations"].append(copy.deepcopy(d[2]["annotations"][0])),
                          [("task 103", "2 annotations (by 1, 1); keep one per task, or mark one as ground truth.")]),
    "ls-text-changed": ("labelstudio", lambda d: _set(d[3]["data"], "text", d[3]["data"]["text"].replace("Russia", "Rossiya", 1)),
                        [("task 104", "was the task text changed after labelling?")]),
    "ls-unknown-entity": ("labelstudio", lambda d: _set(_ls_first(d[4], "entity")["value"], "text", ["sergei-ryabkoff"]),
                          [("task 105", "entity 'sergei-ryabkoff' is not in the knowledge base")]),
    "ls-two-bad-tasks": ("labelstudio", lambda d: (_ls_drop(d[0], "kind"), _ls_drop(d[5], "stance")),
                         [("task 101", "has kind None"), ("task 106", "has stance None")]),
    "pr-two-stances": ("prodigy", lambda d: _set(d[1], "accept", ["hawkish", "neutral"]),
                       [(":2", "'accept' must hold one stance option, got ['hawkish', 'neutral'].")]),
    "pr-lost-relation": ("prodigy", lambda d: _set(d[2]["relations"][0]["child_span"], "start", 3),
                         [(":3", "is not one of the task's spans.")]),
    "pr-bad-json": ("prodigy", "{broken\n", [(":4", "invalid JSON")]),
    "pr-two-contents": ("prodigy", lambda d: d[5]["spans"].append({**d[5]["spans"][-1], "start": 0, "end": 11}),
                        [(":6", "2 content spans in one task")]),
    "dc-unknown-label": ("doccano", lambda d: _set(d[0]["entities"][0], "label", "quote"),
                         [(":1", "has the label 'quote'; use one of speaker, cue, content")]),
    "dc-unknown-kind": ("doccano", lambda d: _set(d[1]["relations"][0], "type", "quoted"),
                        [(":2", "has kind 'quoted'; use one of direct, indirect, mixed, according_to")]),
    "dc-no-relations": ("doccano", lambda d: _set(d, 2, {"text": d[2]["text"], "label": [[0, 4, "cue"]]}),
                        [(":3", "has no relations")]),
    "dc-bad-split": ("doccano", lambda d: _set(d[3], "split", "validation"),
                     [(":4", "split 'validation' is not one of train, dev, test")]),
    # Values of the wrong type anywhere in an export: one line naming the record, never a TypeError.
    "ls-region-text-a-number": ("labelstudio", lambda d: _set(_ls_first(d[0], "span")["value"], "text", 5),
                                [("task 101", "a labels region's text is 5, not the text it covers.")]),
    "ls-choices-a-number": ("labelstudio", lambda d: _set(_ls_first(d[0], "stance")["value"], "choices", 5),
                            [("task 101", "the stance of region \"542d4bba74\" must be a list of strings, got 5.")]),
    "ls-relation-labels-a-dict": ("labelstudio", lambda d: _set(next(
        i for i in d[0]["annotations"][-1]["result"] if i.get("type") == "relation"), "labels", {"a": 1}),
                                  [("task 101", "a relation's labels must be a list of strings, got {\"a\": 1}.")]),
    "pr-relations-a-number": ("prodigy", lambda d: _set(d[2], "relations", 5), [(":3", "'relations' must be a list.")]),
    "pr-span-start-a-list": ("prodigy", lambda d: _set(d[2]["relations"][0]["child_span"], "start", [3]),
                             [(":3", "is not one of the task's spans.")]),
    "pr-tags-a-number": ("prodigy", lambda d: _set(d[1], "tags", 5), [(":2", "'tags' must be a list of strings, got 5.")]),
    "dc-statements-a-number": ("doccano", lambda d: _set(d[0], "statements", 5),
                               [(":1", "'statements' must be a list of statement fields.")]),
    "dc-entity-a-number": ("doccano", lambda d: _set(d[0]["statements"][0], "entity", 5),
                           [(":1", "has entity 5; give a knowledge-base id, local:Name or nothing")]),
}


def _broken(tool, change, tmp_path):
    source = SAMPLE_FILES[tool]
    path = tmp_path / source.name
    if tool == "labelstudio":
        data = json.loads(source.read_text())
        change(data)
        path.write_text(json.dumps(data))
        return path
    lines = source.read_text().splitlines(keepends=True)
    if isinstance(change, str):  # replace a whole line
        lines[3] = change
    else:
        data = [json.loads(x) for x in lines]
        change(data)
        lines = [json.dumps(x) + "\n" for x in data]
    path.write_text("".join(lines))
    return path


@pytest.mark.parametrize("case", BAD)
def test_a_bad_export_gives_one_line_per_bad_record_and_writes_nothing(tmp_path, case):
    tool, change, expected = BAD[case]
    path = _broken(tool, change, tmp_path)
    out = tmp_path / "records"
    out.mkdir()
    (out / "keep.txt").write_text("earlier work")
    r = runner.invoke(app, ["import", "--from", tool, str(path), "--out", str(out), "--force"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(expected) + 1
    for line, (record, fragment) in zip(errors, expected):
        assert line.startswith(f"error: {path}") and record in line and fragment in line, line
    assert errors[-1] == f"error: {len(expected)} record(s) could not be converted; {out} was not written."
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


@pytest.mark.parametrize("tool, content, message", [
    ("labelstudio", '{"tasks": []}', "expected Label Studio's JSON export, a list of tasks, got dict"),
    ("labelstudio", "[{]", "not JSON"),
    ("prodigy", b"\xff\xfe", "not valid UTF-8"),
    ("doccano", '"just a string"\n', "a line needs 'text'"),
])
def test_a_bad_file_gives_one_line(tmp_path, tool, content, message):
    path = tmp_path / "export"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    r = runner.invoke(app, ["import", "--from", tool, str(path), "--out", str(tmp_path / "out")])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert message in r.stderr.splitlines()[0] and str(path) in r.stderr.splitlines()[0]
    assert not (tmp_path / "out").exists()


def test_an_existing_folder_is_kept_unless_forced(imported_samples, tmp_path):
    out = tmp_path / "records"
    out.mkdir()
    (out / "keep.txt").write_text("earlier work")
    args = ["import", "--from", "doccano", str(SAMPLE_FILES["doccano"]), "--out", str(out)]
    r = runner.invoke(app, args)
    assert r.exit_code == 1 and r.stderr == (f"error: {out}: already exists; a folder with files in it is not "
                                             "overwritten unless you pass --force.\n")
    r = runner.invoke(app, args + ["--force"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == ["dev.jsonl", "import.json", "test.jsonl", "train.jsonl"]
    assert r.stdout == f"ok: 6 documents (train 4 / dev 1 / test 1), 26 statements written to {out}\n"
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


# ---- bad predictions ----

@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(path="-"), "was read from standard input"),
    (lambda d: d.update(text_sha256="0" * 64), "has changed since it was annotated"),
    (lambda d: d["statements"][0].update(label=None), "statement 1 has no stance label"),
    (lambda d: d.pop("text_sha256"), "not a line of `pipeline annotate --format jsonl` output"),
])
def test_bad_predictions_give_one_line_each_and_no_file(predictions, tmp_path, change, message):
    lines = [json.loads(x) for x in predictions.read_text().splitlines()]
    change(lines[2])
    bad = tmp_path / "results.jsonl"
    bad.write_text("".join(json.dumps(x) + "\n" for x in lines))
    out = tmp_path / "tasks.json"
    r = runner.invoke(app, ["export", str(bad), "--to", "labelstudio", "--out", str(out)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    errors = r.stderr.splitlines()
    assert len(errors) == 2 and errors[0].startswith(f"error: {bad}:3: ") and message in errors[0]
    assert errors[1] == f"error: 1 line(s) of {bad} could not be converted; nothing was written."
    assert not out.exists()


def test_export_keeps_an_existing_file_unless_forced(predictions, tmp_path):
    out = tmp_path / "tasks.jsonl"
    out.write_text("corrected by hand")
    r = runner.invoke(app, ["export", str(predictions), "--to", "prodigy", "--out", str(out)])
    assert r.exit_code == 1 and "already exists" in r.stderr and out.read_text() == "corrected by hand"
    r = runner.invoke(app, ["export", str(predictions), "--to", "prodigy", "--out", str(out), "--force"])
    assert r.exit_code == 0 and r.stdout.startswith("ok: 18 documents") and out.read_text().startswith('{"text"')


# ---- the labelling configs ----

@pytest.mark.parametrize("tool", TOOLS)
def test_import_config_prints_the_shipped_config(tool):
    r = runner.invoke(app, ["import", "--config", tool])
    assert r.exit_code == 0 and r.stdout == labelling_config(tool) and len(r.stdout) > 500


def test_the_label_studio_config_matches_what_import_reads():
    root = ET.fromstring(labelling_config("labelstudio"))
    values = lambda tag, name: [c.get("value") for c in root.find(f".//{tag}[@name='{name}']")]  # noqa: E731
    assert values("Labels", labelstudio.SPANS) == ["speaker", "cue", "content"]
    assert values("Choices", labelstudio.STANCE) == list(LABELS)
    assert values("Choices", labelstudio.KIND) == list(KINDS)
    assert values("Choices", labelstudio.TAGS) == list(TAGS)
    assert {t.get("name") for t in root.iter("TextArea")} == {labelstudio.ENTITY, labelstudio.NOTE}
    assert root.find(".//Text").get("name") == labelstudio.TEXT


def test_the_doccano_and_prodigy_configs_match_what_import_reads():
    labels = json.loads(labelling_config("doccano"))
    assert [x["text"] for x in labels["span_types"]] == ["speaker", "cue", *LABELS]
    assert [x["text"] for x in labels["relation_types"]] == [*KINDS, "speaker"]
    recipe = {n.targets[0].id: ast.literal_eval(n.value) for n in ast.parse(labelling_config("prodigy")).body
              if isinstance(n, ast.Assign) and isinstance(n.value, ast.List)}
    assert recipe == {"SPAN_LABELS": ["speaker", "cue", "content"], "RELATION_LABELS": [*KINDS, "speaker"]}


@pytest.mark.parametrize("args, message", [
    (["import", str(SAMPLE_FILES["doccano"])], "pass --from TOOL, the export file(s) and --out DIR"),
    (["import", "--from", "doccano", "--out", "x"], "pass --from TOOL, the export file(s) and --out DIR"),
    (["import", "--from", "elan", "f", "--out", "x"], "Invalid value for '--from'"),
])
def test_import_usage_errors(args, message):
    r = runner.invoke(app, args)
    assert r.exit_code != 0 and message in r.output and "Traceback" not in r.output
