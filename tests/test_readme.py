"""The README stays true: its quick start has two command lines, and its library example runs."""

import re
import subprocess
import sys

from conftest import ROOT, needs_realtext

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


@needs_realtext  # its "bundled" lines score the real-text test split too
def test_worked_example_prints_what_the_readme_says(tmp_path, monkeypatch):
    import shlex

    from typer.testing import CliRunner

    from pipeline.cli import app

    section = README.split("### Worked example", 1)[1]
    commands, printed = re.findall(r"```sh\n(.+?)\n```.+?```\n(.+?)\n```", section, re.S)[0]
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    output = ""
    for line in commands.splitlines():
        args = shlex.split(line)
        assert args[0] == "pipeline"
        r = CliRunner().invoke(app, args[1:])
        assert r.exit_code == 0, (line, r.output)
        output += r.stdout
    expected = printed.removesuffix("\n...").splitlines()
    assert output.splitlines()[:len(expected)] == expected
