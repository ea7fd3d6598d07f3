"""Stage 1: read an article file into an :class:`Article` (decoding, newlines, metadata header)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from .errors import InputError
from .records import Article

HEADER_KEYS = ("Publication", "Volume", "Issue", "Date", "Title", "Author", "Source", "Section")
_KEY_RE = re.compile(r"\b(" + "|".join(HEADER_KEYS) + r"):\s*")
_HEADER_LINE_RE = re.compile(r"^\s*(" + "|".join(HEADER_KEYS) + r"):")
# UTF-32 first: its little-endian mark begins with UTF-16's.
_UTF16_32_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32LE"), (b"\x00\x00\xfe\xff", "UTF-32BE"), (b"\xff\xfe", "UTF-16LE"),
                  (b"\xfe\xff", "UTF-16BE"))
# Articles are text of a few kilobytes; a file above this is refused before it is read (a device such as /dev/zero
# would otherwise fill memory). 200 MB is far above any article and above the 20 MB batch case.
MAX_FILE_BYTES = 200_000_000
_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_date(value: str) -> str | None:
    """Return ``value`` as an ISO date (YYYY-MM-DD), or None if it is not a recognised date.

    Args:
        value: e.g. ``2014-04-25``, ``April 25, 2014`` or ``25 April 2014``.
    """
    value = value.strip().rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            pass
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-07-01"
    return None


def is_header_line(line: str) -> bool:
    """Whether ``line`` opens with a metadata header key (``Publication:``, ``Title:``, ...): an article's header line."""
    return bool(_HEADER_LINE_RE.match(line))


def parse_header(line: str) -> dict[str, str]:
    """Split a header line such as ``Publication: Monitor Volume: 7 Issue: 221`` into fields.

    Args:
        line: the first line of the article.
    """
    matches = list(_KEY_RE.finditer(line))
    fields: dict[str, str] = {}
    for m, nxt in zip(matches, matches[1:] + [None]):
        value = line[m.end(): nxt.start() if nxt else len(line)].strip()
        fields[m.group(1).lower()] = value
    return fields


def read_header(text: str) -> tuple[dict[str, str], int]:
    """The metadata header at the top of an article and where its body starts: the first line when it is a header
    line (``Publication: Monitor Volume: 7 Issue: 221``), and each header line right after it, so that a header
    written one field per line (``Title: ...`` then ``Date: ...``) is read whole; a blank line or any other line ends
    it. Without a header: no fields, and the body starts at 0.

    Args:
        text: the article text (decoded, newlines normalised).
    """
    fields: dict[str, str] = {}
    end = 0
    while end < len(text):
        nl = text.find("\n", end)
        line = text[end:] if nl < 0 else text[end:nl]
        if not is_header_line(line):
            break
        fields.update({k: v for k, v in parse_header(line).items() if k not in fields})
        end = len(text) if nl < 0 else nl + 1
    if not fields:
        return {}, 0
    while end < len(text) and text[end] in " \t\n":
        end += 1
    return fields, end


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (a BOM is dropped) and normalise newlines, or raise :class:`InputError`.

    Args:
        data: the raw file content.
        path: the name used in error messages.
    """
    if not data.strip():
        raise InputError(f"{path}: the file is empty; pass a UTF-8 text file with the article text.")
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            raise InputError(f"{path}: the file is {name} text, not UTF-8; convert it, e.g. "
                             f"`iconv -f {name} -t UTF-8 FILE > FILE.utf8`.")
    if b"\x00" in data:
        # UTF-16 without a byte-order mark puts a NUL beside every ASCII letter.
        hint = (" (it may be UTF-16 without a byte-order mark: `iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8`)"
                if data[:200].count(b"\x00") * 3 >= min(len(data), 200) else "")
        raise InputError(f"{path}: this looks like a binary file (it contains NUL bytes){hint}; pass a UTF-8 text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "re-save it as UTF-8, e.g. `iconv -f cp1252 -t utf-8 FILE > FILE.utf8`."
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path}: the file holds only white space; pass a file with the article text.")
    return text


def read_stream(stream, name: str = "<stdin>") -> str:
    """Read and decode a byte stream (standard input), refusing more than :data:`MAX_FILE_BYTES`.

    Args:
        stream: a binary file object.
        name: the name used in error messages.
    """
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: more than {MAX_FILE_BYTES:,} bytes on the input; pass one article, or split the input.")
    return decode(data, name)


def article_from_text(text: str, path: str = "-", date_override: str | None = None) -> Article:
    """Build an :class:`Article` from decoded text: parse a metadata header if the first line is one.

    Args:
        text: the article text (already decoded, newlines normalised).
        path: where it came from, for messages and output.
        date_override: an ISO date that replaces the header's date (``--date``).
    """
    meta, body_start = read_header(text)
    if "date" in meta:
        iso = parse_date(meta["date"])
        if iso:
            meta["date"] = iso
    if date_override is not None:
        iso = parse_date(date_override)
        if iso is None:
            raise InputError(f"--date {date_override!r} is not a date; use the form YYYY-MM-DD, e.g. 2001-12-03.")
        meta["date"] = iso
    return Article(path=path, text=text, meta=meta, body_start=body_start)


def read_article(path: str | Path, date_override: str | None = None) -> Article:
    """Read an article file (UTF-8, BOM and CRLF tolerated) into an :class:`Article`.

    Args:
        path: the file to read.
        date_override: an ISO date that replaces the header's date.
    """
    p = Path(path)
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        # The path goes into every output and the results file, which are UTF-8; a lossy stand-in could not be
        # told apart from another file's name when a run resumes.
        raise InputError(f"{str(path).encode('utf-8', 'backslashreplace').decode('utf-8')}: the file name is not "
                         "valid UTF-8; rename the file.") from None
    if p.is_dir():
        raise InputError(f"{path}: is a directory; pass the article files inside it (e.g. {path}/*.txt).")
    if not p.exists():
        raise InputError(f"{path}: no such file; check the path.")
    if not p.is_file():
        raise InputError(f"{path}: is not a regular file (a device, pipe or socket); pass an article file.")
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size:,} bytes is more than the {MAX_FILE_BYTES:,} an article file may have; "
                             "split it into articles.")
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror}); check its permissions.") from None
    return article_from_text(decode(data, str(path)), str(path), date_override)


def article_date(article: Article) -> date | None:
    """The article's date as a :class:`datetime.date`, or None if the header gave none."""
    value = article.meta.get("date")
    iso = parse_date(value) if isinstance(value, str) else None
    return date.fromisoformat(iso) if iso else None
