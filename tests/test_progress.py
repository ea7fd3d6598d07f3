"""The progress display: a rich bar on a terminal, nothing but notes otherwise."""

import io

from rich.console import Console

from pipeline.progress import Bar, Quiet, progress_for


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_a_bar_only_on_a_terminal():
    assert type(progress_for(io.StringIO())) is Quiet and type(progress_for(Tty())) is Bar


def test_the_bar_shows_done_of_all_and_failures():
    buf = io.StringIO()
    bar = Bar(Console(file=buf, force_terminal=True, width=120))
    bar.start(3)
    bar.advance(True, False)
    bar.advance(False, True)
    bar.note("error: x.txt: broken")
    bar.close()
    text = buf.getvalue()
    assert "2/3" in text and "1 failed" in text and "articles/s" in text and "error: x.txt: broken" in text
