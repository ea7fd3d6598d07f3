"""The README stays true: its quick start has two command lines, and its library example runs."""

import re
import subprocess
import sys

from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_quick_start_is_two_command_lines_and_ci_runs_the_test_line():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", section)
    assert len(commands) == 2 and "pipeline annotate seeds/" in commands[0] and "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text("utf-8")


def test_library_example_runs():
    code = re.search(r"### Library\n\n```python\n(.+?)\n```", README, re.S).group(1)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Yury Baluyevsky" in out.stdout and "['hawkish']" in out.stdout
