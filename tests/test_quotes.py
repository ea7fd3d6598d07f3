import pytest

from pipeline.quotes import find_quotes
from pipeline.reader import article_from_text


def quoted(text):
    a = article_from_text(text)
    return [a.text[q.start:q.end] for q in find_quotes(a)]


@pytest.mark.parametrize("text, expected", [
    ('He said: "We will answer." Then he left.\n', ["We will answer."]),
    ("“We will answer,” he said, “and soon.”\n", ["We will answer,", "and soon."]),
    ('She insisted that Beijing "will not be lectured" on trade.\n', ["will not be lectured"]),
    ("No quotes at all here.\n", []),
    ("It's the Kremlin's view.\n", []),
])
def test_quotes(text, expected):
    assert quoted(text) == expected


def test_quote_running_over_two_paragraphs_is_one_quotation():
    text = "“We will not yield.\n\n“Our answer will be firm,” the minister said.\n"
    assert quoted(text) == ["We will not yield.\n\n“Our answer will be firm,"]


def test_unclosed_quote_ends_at_paragraph_end():
    assert quoted("He said “we will see\n\nNext paragraph.\n") == ["we will see"]
