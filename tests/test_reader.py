from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.reader import article_from_text, decode, is_header_line, parse_date, parse_header, read_article

from conftest import SEEDS


@pytest.mark.parametrize("line, expected", [
    ("Publication: Monitor Volume: 7 Issue: 221", {"publication": "Monitor", "volume": "7", "issue": "221"}),
    ("Publication: X Date: 2014-04-25", {"publication": "X", "date": "2014-04-25"}),
    ("Publication: Eurasia Daily Monitor Volume: 1 Issue: 128",
     {"publication": "Eurasia Daily Monitor", "volume": "1", "issue": "128"}),
    ("Publication: Brief Date: 2003-05-14 Title: Moscow hardens its line",
     {"publication": "Brief", "date": "2003-05-14", "title": "Moscow hardens its line"}),
])
def test_parse_header(line, expected):
    assert parse_header(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Publication: Monitor Volume: 7", True),
    ("  Title: Harbour fees rise", True),
    ("The Title: of the book was long", False),
    ("Publication Monitor", False),
    ("", False),
])
def test_is_header_line(line, expected):
    assert is_header_line(line) is expected


@pytest.mark.parametrize("value, iso", [
    ("2014-04-25", "2014-04-25"), ("April 25, 2014", "2014-04-25"), ("25 April 2014", "2014-04-25"),
    ("2001", "2001-07-01"), ("soon", None), ("", None),
])
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_seed_header_is_parsed_and_not_part_of_body():
    a = read_article(SEEDS[0])
    assert a.meta == {"publication": "Monitor", "volume": "7", "issue": "221"}
    assert a.text[a.body_start:].startswith("In what some news sources")


@pytest.mark.parametrize("text, meta, body", [
    # one field per line is one header, read whole (the date picks role holders)
    ("Publication: Desk\nDate: 2023-01-17\nTitle: Ferry talks stall\n\nThe mayor said the pier would close.\n",
     {"publication": "Desk", "date": "2023-01-17", "title": "Ferry talks stall"}, "The mayor said"),
    ("Title: Ferry talks stall\nDate: 17 January 2023\nThe mayor said the pier would close.\n",
     {"title": "Ferry talks stall", "date": "2023-01-17"}, "The mayor said"),
    # a blank line ends the header: a later line that looks like one is body text
    ("Publication: Desk\n\nSource: the harbour master said the pier would close.\n",
     {"publication": "Desk"}, "Source: the harbour"),
    # the first value of a key repeated on a later line stands
    ("Publication: Desk Date: 2023-01-17\nDate: 2020-01-01\n\nBody.\n",
     {"publication": "Desk", "date": "2023-01-17"}, "Body."),
])
def test_a_header_of_several_lines(text, meta, body):
    a = article_from_text(text)
    assert a.meta == meta and a.text[a.body_start:].startswith(body)


def test_text_without_header_starts_body_at_zero():
    a = article_from_text("Lavrov said talks would resume.\n")
    assert a.meta == {} and a.body_start == 0


def test_date_override_replaces_header_date():
    a = article_from_text("Publication: X Date: 2014-04-25\n\nBody.\n", date_override="2001-12-03")
    assert a.meta["date"] == "2001-12-03"


def test_bad_date_override_is_an_input_error():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        article_from_text("Body.\n", date_override="last week")


def test_bom_and_crlf_are_normalised(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffPublication: X Date: 2010-01-02\r\n\r\nHe said “yes”.\r\n".encode("utf-8"))
    a = read_article(p)
    assert a.text == "Publication: X Date: 2010-01-02\n\nHe said “yes”.\n"
    assert a.meta["date"] == "2010-01-02"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    (b"Caf\xe9 diplomacy", "not valid UTF-8"),
])
def test_unreadable_files_raise_one_line_errors(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as err:
        read_article(p)
    assert str(p) in str(err.value) and "\n" not in str(err.value)


def test_directory_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_decode_reports_offset():
    with pytest.raises(InputError, match="offset 3"):
        decode(b"abc\xff", "x.txt")


@pytest.mark.parametrize("data, message", [
    ("Lavrov said talks would resume.".encode("utf-16"), "UTF-16LE text, not UTF-8; convert it"),
    ("Lavrov said talks would resume.".encode("utf-32"), "UTF-32LE text, not UTF-8"),
    ("Lavrov said talks would resume.".encode("utf-16-be"), "may be UTF-16 without a byte-order mark"),
    (b"a" * 9000 + b"\x00 and more text", "contains NUL bytes"),
])
def test_other_encodings_and_late_nul_bytes_are_refused_with_a_hint(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "f.txt")


def test_devices_and_oversized_input_are_refused_before_reading(tmp_path, monkeypatch):
    import io

    from pipeline import reader

    with pytest.raises(InputError, match="not a regular file"):
        read_article("/dev/zero")
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 10)
    big = tmp_path / "big.txt"
    big.write_text("Lavrov said talks would resume.", "utf-8")
    with pytest.raises(InputError, match="more than the 10 an article file may have"):
        read_article(big)
    with pytest.raises(InputError, match="more than 10 bytes on the input"):
        reader.read_stream(io.BytesIO(b"x" * 11))


def test_a_file_name_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    import os

    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/x\xff.txt")
    with open(os.fsencode(name), "w") as fh:
        fh.write("Publication: Wire\n\nIvan Petrovsky said the talks would resume.\n")
    with pytest.raises(InputError, match=r"x\\udcff.txt: the file name is not valid UTF-8; rename the file"):
        read_article(name)
