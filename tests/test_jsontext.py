"""Reading users' JSON with one kind of error for every way it can be bad, and writing JSON that stays on one line."""

import json

import pytest

from pipeline.jsontext import MAX_DEPTH, BadJSON, dumps, lines, loads


@pytest.mark.parametrize("text, reason", [
    ('{"a": 1', "Expecting ',' delimiter at column 8"),
    ('{"a":\n 1', "Expecting ',' delimiter at line 2 column 3"),
    ('{"n": ' + "9" * 5000 + "}", "an integer of more than 4,300 digits"),
    ("[" * 100_000 + "]" * 100_000, f"nested more than {MAX_DEPTH} levels deep"),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), f"nested more than {MAX_DEPTH} levels deep"),
    ('"\\ud800"', "lone surrogate"),
    ('{"\\udc00": 1}', "lone surrogate"),
    ("\ufeff{}", "Unexpected UTF-8 BOM"),
])
def test_every_bad_value_is_one_bad_json_error(text, reason):
    with pytest.raises(BadJSON, match=reason.replace("(", r"\(")):
        loads(text)


@pytest.mark.parametrize("text, value", [
    ("[" * MAX_DEPTH + "]" * MAX_DEPTH, json.loads("[" * MAX_DEPTH + "]" * MAX_DEPTH)),
    ('{"n": ' + "9" * 4300 + "}", {"n": int("9" * 4300)}),
    ('"\\ud83d\\ude00 \\u2028"', "😀 \u2028"),
])
def test_good_values_are_read(text, value):
    assert loads(text) == value


def test_lines_split_on_newline_only():
    assert list(lines('{"a": "x\u2028y\x85z"}\r\n\n[1]')) == [(1, '{"a": "x\u2028y\x85z"}'), (2, ""), (3, "[1]")]


@pytest.mark.parametrize("value, text", [
    ({"a": "x\u2028y\u2029z\x85"}, '{"a": "x\\u2028y\\u2029z\\u0085"}'),
    ({"path": "x\udcff.txt"}, '{"path": "x\\udcff.txt"}'),
    ({"a": "Москва “x” \x1b"}, '{"a": "Москва “x” \\u001b"}'),
])
def test_dumps_keeps_text_readable_and_on_one_line(value, text):
    assert dumps(value) == text and json.loads(text) == value and len(text.splitlines()) == 1
