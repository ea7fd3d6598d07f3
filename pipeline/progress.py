"""The progress bar of a batch run: on stderr when it is a terminal (rich), silent otherwise."""

from __future__ import annotations

import sys
import time


class Quiet:
    """No display; the interface every progress display has."""

    def start(self, total: int) -> None:
        pass

    def advance(self, annotated: bool, failed: bool) -> None:
        pass

    def note(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def close(self) -> None:
        pass


class Bar(Quiet):
    """A rich progress bar: articles done of all, articles annotated per second, time left, failures so far.

    Args:
        console: a :class:`rich.console.Console` to draw on (default: one on stderr).
    """

    def __init__(self, console=None):
        self.console = console

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._t0 = time.perf_counter()
        self._annotated = self._failed = 0
        self._progress = Progress(
            TextColumn("annotating"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"), TextColumn("ETA"), TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} failed"),
            console=self.console or Console(stderr=True), transient=False)
        self._progress.start()
        self._task = self._progress.add_task("annotate", total=total, rate="–", failed=0)

    def advance(self, annotated: bool, failed: bool) -> None:
        self._annotated += annotated
        self._failed += failed
        elapsed = time.perf_counter() - self._t0
        rate = f"{self._annotated / elapsed:.1f}" if self._annotated and elapsed > 0 else "–"
        self._progress.update(self._task, advance=1, rate=rate, failed=self._failed)

    def note(self, message: str) -> None:
        self._progress.console.print(message, markup=False, highlight=False)

    def close(self) -> None:
        self._progress.stop()


def progress_for(stream=None) -> Quiet:
    """A bar when ``stream`` (default stderr) is a terminal, else :class:`Quiet`."""
    stream = stream or sys.stderr
    return Bar() if getattr(stream, "isatty", lambda: False)() else Quiet()
