"""Hostile input, generated: every command gives a result or exactly one clear error line, never a traceback.

The 300 inputs come from a seeded generator, so every run sees the same ones (a failure names its case, to rerun
with -k). They are short, so that they run in well under two minutes on a busy machine, with the models loaded once.
Classes: control characters, NUL, byte-order marks, UTF-16/32, invalid UTF-8, quote-mark floods, unbalanced quotes,
long runs of spaces, tabs and dashes, very long lines, empty and header-only files, bad headers and dates, and
malformed knowledge bases, annotation records, annotation-tool exports and model sidecars.
"""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

SEED = 20261205
runner = CliRunner()

WORDS = ("Sergei Lavrov", "Lavrov", "Condoleezza Rice", "Ivan Petrovsky", "the minister", "officials", "he", "she",
         "said", "warned", "told reporters", "insisted", "added", "according to", "Moscow", "Washington", "NATO",
         "would", "not", "accept", "talks", "the", "treaty", "on Tuesday", "that", "a", "deal", "Mr", "Putin", "Kremlin",
         "Brussels", "sanctions", "never", "bases", "resume", "Ms", "spokesman", "Alliance", "2005", "ÁÉ", "Žižek",
         "Москва", "北京", "🙂")
QUOTES = ('"', "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "`", "''", "``")
PUNCT = (".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]")
CONTROLS = tuple(chr(c) for c in (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0))) + (
    "\x1b[2J", "\x1b]0;title\x07", "\x9b31m", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "\u200b", "\u00ad")
HEADER = "Publication: Test Wire Date: 2005-06-01\n\n"


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 14))]
    if rng.random() < 0.5:  # a reported quote: speaker, cue, quoted content
        q = rng.choice(((("“", "”")), ('"', '"'), ("«", "»"), ("‘", "’")))
        words = [rng.choice(WORDS[:8]), rng.choice(("said", "warned", "insisted", "told reporters")),
                 q[0] + " ".join(words) + rng.choice(PUNCT[:3]) + q[1]]
    return " ".join(words) + rng.choice(PUNCT[:5])


def body(rng: random.Random, n: int | None = None) -> str:
    paras = [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(n or rng.randint(1, 3))]
    return "\n\n".join(paras)


def sprinkle(rng: random.Random, text: str, pieces: tuple[str, ...], k: int) -> str:
    chars = list(text)
    for _ in range(k):
        chars.insert(rng.randint(0, len(chars)), rng.choice(pieces))
    return "".join(chars)


# ---- articles: bytes to annotate, by class ----

def _controls(rng):
    return (HEADER + sprinkle(rng, body(rng), CONTROLS, rng.randint(1, 12))).encode()


def _nul(rng):
    text = HEADER + body(rng)
    i = rng.randint(0, len(text))
    return (text[:i] + "\x00" * rng.randint(1, 3) + text[i:]).encode()


def _bom(rng):
    text = HEADER + body(rng)
    return rng.choice((b"\xef\xbb\xbf" + text.encode(), sprinkle(rng, text, ("\ufeff",), 3).encode()))


def _utf16_32(rng):
    text = HEADER + body(rng)
    return text.encode(rng.choice(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le")))


def _invalid_utf8(rng):
    data = bytearray((HEADER + body(rng)).encode())
    for _ in range(rng.randint(1, 4)):
        data[rng.randint(0, len(data)):0] = rng.choice((b"\xff", b"\xc3", b"\xe9", b"\x80\x80", b"\xed\xa0\x80", b"\xf8"))
    return bytes(data)


def _quote_flood(rng):
    flood = "".join(rng.choice(QUOTES) for _ in range(rng.randint(50, 600)))
    return (HEADER + rng.choice((flood, sentence(rng) + " " + flood + " " + sentence(rng),
                                 sprinkle(rng, body(rng), QUOTES, rng.randint(20, 80))))).encode()


def _unbalanced(rng):
    opening = rng.choice(("“", '"', "«", "‘", "„", "'"))
    parts = [f"{rng.choice(WORDS[:8])} said {opening}{sentence(rng)}" for _ in range(rng.randint(1, 5))]
    return (HEADER + "\n\n".join(parts) + rng.choice(("", "”", "»", '"'))).encode()


def _long_runs(rng):
    run = rng.choice((" ", "\t", "-", "—", "–", "_", ".", "\n", " \t", "=")) * rng.randint(500, 4000)
    return (HEADER + rng.choice((run, sentence(rng) + run + sentence(rng), run + body(rng)))).encode()


def _long_line(rng):
    line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(800, 1800)))
    return (HEADER + rng.choice((line, sentence(rng) + " " + line + ".", "“" + line))).encode()


def _empty(rng):
    return rng.choice((b"", b" ", b"\n\n\n", b"\t \r\n", b"\r", "\u2028\u2029".encode(), b"\xef\xbb\xbf"))


def _header_only(rng):
    return rng.choice(("Publication: Wire", "Publication: Wire Date: 2005-06-01", "Date: 2001-01-01\n\n\n",
                       "Publication: Wire Volume: 7 Issue: 221 Date: May 5, 2004 Title: x\r\n", "Title:",
                       "Publication: " + "x" * 3000)).encode()


def _bad_header(rng):
    date = rng.choice(("2005-13-45", "99999-01-01", "", "tomorrow", "0000-00-00", "2005-02-30", "1e9",
                       "31.31.2001", "Date: Date:", "2005-06-01" * 50, "١٢/٠٣/٢٠٠٥"))
    head = rng.choice((f"Date: {date}", f"Publication: Date: {date} Title:", f"Publication:Date:{date}",
                       f"Section: Date: {date} Date: {date}", f"  Author: {date}"))
    return (head + rng.choice(("\n\n", "\n", " ")) + body(rng)).encode()


ARTICLE_CLASSES = {f.__name__[1:]: f for f in (_controls, _nul, _bom, _utf16_32, _invalid_utf8, _quote_flood,
                                                 _unbalanced, _long_runs, _long_line, _empty, _header_only, _bad_header)}
PER_ARTICLE_CLASS = 15
BAD_DATES = ("2005-13-45", "soon", "", "05/06/07/08", "2005-06-01T00:00", "\x1b[2J")


def article_cases():
    rng = random.Random(SEED)
    cases = []
    for name, make in ARTICLE_CLASSES.items():
        for i in range(PER_ARTICLE_CLASS):
            date = rng.choice(BAD_DATES) if rng.random() < 0.1 else None
            cases.append(pytest.param(make(rng), date, id=f"{name}-{i}"))
    return cases


def hostile_json(rng: random.Random) -> str:
    """A JSON value (or something that is not quite one) in text form."""
    return rng.choice(("5", "-1", "true", "false", "null", '"x"', '""', "[]", "{}", "[5]", '{"a": 1}', "1e999", "NaN",
                       "Infinity", '"\\ud800"', "9" * 5000, "[" * 3000 + "]" * 3000, '"' + "x" * 5000 + '"',
                       '"\u2028"', '"\\u0000"', '[{"role": 5}]', '[{"role": "r", "start": 5}]', '["a", 5]',
                       '{"start": "2001-01-01"}', '"2005-13-45"'))


def json_object(rng: random.Random, fields: dict[str, str], mutations: int) -> str:
    """``fields`` (key -> JSON text) as an object, with some values replaced by hostile ones or dropped."""
    fields = dict(fields)
    for key in rng.sample(sorted(fields), min(mutations, len(fields))):
        if rng.random() < 0.2:
            del fields[key]
        else:
            fields[key] = hostile_json(rng)
    return "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"


def damage(rng: random.Random, text: str) -> bytes:
    """Whole-file damage, sometimes: a byte-order mark (accepted), invalid UTF-8, a cut, CRLF line ends."""
    roll = rng.random()
    if roll < 0.1:
        return b"\xef\xbb\xbf" + text.encode()
    if roll < 0.17:
        return text.encode()[: rng.randint(0, len(text.encode()))]
    if roll < 0.22:
        return text.encode() + b"\xff\xfe"
    if roll < 0.27:
        return text.replace("\n", "\r\n").encode()
    return text.encode()


KB_FIELDS = {"id": '"ivan-petrovsky"', "name": '"Ivan Petrovsky"', "type": '"person"', "country": '"RU"',
             "gender": '"m"', "aliases": '["Petrovsky"]',
             "roles": '[{"role": "defence-minister", "org": "RU", "start": "2001-01-01", "end": null}]'}
RECORD_FIELDS = {"id": '"x1"', "split": '"train"', "meta": '{"source": "imported", "date": "2001-01-01", "topics": ["NATO"]}',
                 "text": '"Lavrov said talks would resume."',
                 "statements": '[{"content": [12, 30], "cue": [7, 11], "speaker": [0, 6], "entity": "sergei-lavrov", '
                               '"kind": "indirect", "label": "neutral", "tags": []}]'}
STATEMENT_FIELDS = {"content": "[12, 30]", "cue": "[7, 11]", "speaker": "[0, 6]", "entity": '"sergei-lavrov"',
                    "kind": '"indirect"', "label": '"neutral"', "tags": "[]"}
PER_FILE_CLASS = 30


def kb_cases():
    rng = random.Random(SEED + 1)
    cases = []
    for i in range(PER_FILE_CLASS):
        lines = [json_object(rng, KB_FIELDS, rng.randint(1, 3))]
        if rng.random() < 0.3:
            lines.append(rng.choice(("# a comment", "", "[1, 2]", "{oops", hostile_json(rng))))
        cases.append(pytest.param(damage(rng, "\n".join(lines) + "\n"), id=f"kb-{i}"))
    return cases


def record_cases():
    rng = random.Random(SEED + 2)
    cases = []
    for i in range(PER_FILE_CLASS):
        fields = dict(RECORD_FIELDS)
        if rng.random() < 0.5:
            fields["statements"] = "[" + json_object(rng, STATEMENT_FIELDS, rng.randint(1, 2)) + "]"
        cases.append(pytest.param(damage(rng, json_object(rng, fields, rng.randint(0, 2)) + "\n"), id=f"record-{i}"))
    return cases


SIDECAR_KEYS = ("format", "format_version", "sha256", "versions", "labels", "encoder", "model", "scores", "data",
                "trained_on")


def sidecar_cases():
    rng = random.Random(SEED + 3)
    cases = []
    for i in range(PER_FILE_CLASS):
        cases.append(pytest.param(rng.sample(SIDECAR_KEYS, rng.randint(1, 2)), rng.random(), rng.getrandbits(32),
                                  id=f"sidecar-{i}"))
    return cases


EXPORT_VALUES = (5, -1, True, None, "x", "", [], {}, [5], {"a": 1}, 1e308, 10 ** 50, [[[[]]]], "\u2028", [None],
                 [{"x": 1}], 0.5, "local:", "\x1b[2J")


def _places(value, at=()):
    """Every path (tuple of keys and indexes) into a decoded JSON value."""
    yield at
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        yield from _places(inner, at + (key,))


def export_cases():
    """The sample exports of examples/annotation-tools with one to three values anywhere in them replaced."""
    from conftest import SAMPLE_FILES

    rng = random.Random(SEED + 4)
    cases = []
    for tool, path in SAMPLE_FILES.items():
        text = path.read_text("utf-8")
        docs = json.loads(text) if tool == "labelstudio" else [json.loads(line) for line in text.splitlines() if line]
        for i in range(PER_EXPORT_TOOL):
            docs_i = json.loads(json.dumps(docs))
            for _ in range(rng.randint(1, 3)):
                place = rng.choice([p for p in _places(docs_i) if p])
                target = docs_i
                for key in place[:-1]:
                    target = target[key]
                target[place[-1]] = rng.choice(EXPORT_VALUES)
            data = (json.dumps(docs_i, ensure_ascii=False) if tool == "labelstudio" else
                    "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs_i))
            cases.append(pytest.param(tool, data.encode(), id=f"{tool}-{i}"))
    return cases


PER_EXPORT_TOOL = 10


# ---- checks ----

def check_outcome(r, allow_several_problems: bool = False) -> None:
    """Exit 0 with a result, or exit 1 with exactly one error line (one per bad record for validate); no traceback."""
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.output
    assert r.exit_code in (0, 1), r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith("error: ")]
    if r.exit_code == 1:
        assert len(errors) == 1 or (allow_several_problems and errors), r.stderr
        assert all(len(e) < 600 for e in errors), "an error line should be one readable line"
    else:
        assert not errors, r.stderr


def check_offsets(stdout: str, text: str) -> None:
    for line in stdout.splitlines():
        article = json.loads(line)
        for s in article["statements"]:
            for key in ("content", "cue", "speaker"):
                span = s.get(key)
                if span:
                    assert 0 <= span["start"] < span["end"] <= len(text)
                    assert text[span["start"]:span["end"]] == span["text"], (key, span)
            if s["label"] is not None:  # three probabilities, each rounded to 4 decimals in the output
                assert abs(sum(s["scores"].values()) - 1) <= 1.5e-4


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def small_article(folder):
    path = folder / "small.txt"
    path.write_text(HEADER + "Ivan Petrovsky said the talks would resume on Tuesday.\n", "utf-8")
    return path


@pytest.mark.parametrize("data, date", article_cases())
def test_hostile_article(folder, data, date):
    path = folder / "article.txt"
    path.write_bytes(data)
    r = runner.invoke(app, ["annotate", str(path), "--format", "jsonl", "--model", "fast"]
                      + (["--date", date] if date is not None else []))
    check_outcome(r)
    if r.exit_code == 0:
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        check_offsets(r.stdout, text)


@pytest.mark.parametrize("data", kb_cases())
def test_hostile_knowledge_base(folder, small_article, data):
    import hashlib

    # A name per case: the knowledge base is cached by its path within a process.
    kb = folder / f"kb-{hashlib.sha256(data).hexdigest()[:12]}.jsonl"
    kb.write_bytes(data)
    r = runner.invoke(app, ["annotate", str(small_article), "--kb", str(kb), "--no-stance", "--format", "jsonl"])
    check_outcome(r)
    if r.exit_code == 1:
        assert str(kb) in r.stderr


@pytest.mark.parametrize("data", record_cases())
def test_hostile_annotation_record(folder, data):
    records = folder / "records.jsonl"
    records.write_bytes(data)
    r = runner.invoke(app, ["validate", str(records), "--stats"])
    check_outcome(r, allow_several_problems=True)
    assert all(str(records) in line for line in r.stderr.splitlines() if line.startswith("error: "))


@pytest.fixture(scope="module")
def saved_model(folder):
    from pipeline.model_store import save
    from pipeline.stance import StanceClassifier

    X = [{"content": c, "cue": "said"} for c in ("we will retaliate", "talks will continue", "the meeting is on Monday")] * 4
    path = folder / "m.npz"
    save(StanceClassifier(model="tfidf-lr").fit(X, ["hawkish", "conciliatory", "neutral"] * 4), path, {"scores": {}})
    return path


@pytest.mark.parametrize("keys, roll, seed", sidecar_cases())
def test_hostile_model_sidecar(folder, small_article, saved_model, keys, roll, seed):
    import shutil

    rng = random.Random(seed)
    model = folder / "hostile.npz"
    shutil.copyfile(saved_model, model)
    meta = json.loads(saved_model.with_suffix(".json").read_text("utf-8"))
    fields = {k: json.dumps(v) for k, v in meta.items()}
    text = json_object(rng, {k: fields.get(k, "null") for k in keys}, len(keys))[1:-1]
    kept = ", ".join(f'"{k}": {v}' for k, v in fields.items() if k not in keys)
    model.with_suffix(".json").write_bytes(damage(rng, "{" + kept + (", " + text if text else "") + "}")
                                           if roll < 0.9 else rng.choice((b"", b"[]", b"{", b"\xff")))
    r = runner.invoke(app, ["annotate", str(small_article), "--model", str(model), "--format", "jsonl"])
    check_outcome(r)
    if r.exit_code == 0:
        check_offsets(r.stdout, small_article.read_text("utf-8"))


@pytest.mark.parametrize("tool, data", export_cases())
def test_hostile_annotation_tool_export(folder, tool, data):
    import shutil

    export = folder / ("export.json" if tool == "labelstudio" else "export.jsonl")
    export.write_bytes(data)
    out = folder / "imported"
    shutil.rmtree(out, ignore_errors=True)
    r = runner.invoke(app, ["import", "--from", tool, str(export), "--out", str(out), "--accept-predictions"])
    check_outcome(r, allow_several_problems=True)  # one line per bad document, then the summary
