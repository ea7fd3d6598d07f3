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
    # single quotes: British-style copy and headlines
    ("Lavrov said: 'The Americans must decide.'\n", ["The Americans must decide."]),
    ("‘We are not afraid,’ Zakharova said.\n", ["We are not afraid,"]),
    ("He likened them to 'sleepwalkers' heading for war.\n", ["sleepwalkers"]),
    # a plural possessive does not close a quote that closes later; alone, it is no quote at all
    ("'We back the allies' plan,' he said.\n", ["We back the allies' plan,"]),
    ("He doubted the allies' plan and Russia's too.\n", []),
    # apostrophes that open nothing: elisions, decades, one-letter words
    ("In the '90s, the army shrank.\n", []),
    ("Rock 'n' roll was banned.\n", []),
    # inside a double quote a single quote is a quote within the quote, not a quotation of its own
    ('He said: "We reject the \'so-called\' offer." Then he left.\n', ["We reject the 'so-called' offer."]),
    # a single quote never runs over a paragraph
    ("He said 'we will see\n\nwhat comes,' and left.\n", []),
])
def test_quotes(text, expected):
    assert quoted(text) == expected


def test_quote_running_over_two_paragraphs_is_one_quotation():
    text = "“We will not yield.\n\n“Our answer will be firm,” the minister said.\n"
    assert quoted(text) == ["We will not yield.\n\n“Our answer will be firm,"]


def test_unclosed_quote_ends_at_paragraph_end():
    assert quoted("He said “we will see\n\nNext paragraph.\n") == ["we will see"]
