"""A regular (non-editable) install works from any folder: the wheel carries the bundled stance models.

The wheel is built from a copy of the sources (so nothing is written into the checkout) with pip's usual isolated
build, which reads setuptools from the same package index as the editable install of the test line. It goes into a
fresh virtual environment that sees this environment's dependencies through a ``.pth`` line: a plain path line, so
the ``.pth`` files there (the editable install of this checkout among them) are not run, and only the wheel's
``pipeline`` can be imported. Everything runs from a temporary folder, never the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS
from pipeline.records import LABELS

# Only what the wheel is built from; a copy keeps build/ and *.egg-info out of the checkout.
SOURCES = ("pyproject.toml", "README.md", "pipeline", "models")
# A hang guard, not a timing: building the wheel takes about 10 s, annotating a seed with the default model 10 s.
GUARD_S = 300


def run(args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=GUARD_S, **kw)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv with the wheel installed: (its bin folder, a working folder outside the checkout, its env)."""
    tmp = tmp_path_factory.mktemp("install")
    src = tmp / "src"
    src.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(src)])
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp / "dist").glob("pipeline-*.whl"))
    venv = tmp / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert made.returncode == 0, made.stderr
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    put = run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
               str(wheel)])
    assert put.returncode == 0, put.stderr[-3000:]
    site = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "_test_deps.pth").write_text("".join(f"{d}\n" for d in sorted(deps)), "utf-8")
    work = tmp / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PIPELINE_STANCE_MODEL", "PIPELINE_HOME", "PYTHONPATH", "VIRTUAL_ENV")}
    env["XDG_DATA_HOME"] = str(tmp / "xdg")
    return bin_dir, work, env


def test_the_installed_package_is_the_wheel_with_its_models_inside(installed):
    bin_dir, work, env = installed
    probe = ("import json, pipeline, pipeline.model_store as m; model = m.load(); print(json.dumps({"
             "'package': pipeline.__file__, 'models': str(m.MODELS_DIR), 'sha256': model.metadata_['sha256'], "
             "'checkout': m.from_checkout(), 'train_target': str(m.train_target())}))")
    r = run([str(bin_dir / "python"), "-c", probe], cwd=work, env=env)
    assert r.returncode == 0, r.stderr
    facts = json.loads(r.stdout)
    venv = bin_dir.parent
    assert Path(facts["package"]).is_relative_to(venv) and Path(facts["models"]).is_relative_to(venv)
    assert facts["sha256"] == json.loads((ROOT / "models" / "stance.json").read_text("utf-8"))["sha256"]
    # Installed, `pipeline train` leaves the bundled model alone and writes to the user's data folder.
    assert facts["checkout"] is False
    assert facts["train_target"] == str(Path(env["XDG_DATA_HOME"]) / "pipeline" / "models" / "stance.npz")


@pytest.mark.parametrize("model", [[], ["--model", "fast"]], ids=["default", "fast"])
def test_annotate_a_seed_from_another_folder_with_a_bundled_model(installed, model):
    bin_dir, work, env = installed
    r = run([str(bin_dir / "pipeline"), "annotate", str(SEEDS[0]), "--format", "json", *model], cwd=work, env=env)
    assert r.returncode == 0, r.stderr
    statements = json.loads(r.stdout)["statements"]
    assert statements and all(s["label"] in LABELS and set(s["scores"]) == set(LABELS) for s in statements)


def test_installed_train_without_data_says_the_corpus_is_not_installed(installed):
    bin_dir, work, env = installed
    r = run([str(bin_dir / "pipeline"), "train"], cwd=work, env=env)
    assert r.returncode == 1 and r.stderr.startswith("error: the bundled corpus (") and "--data DIR" in r.stderr
    assert not (Path(env["XDG_DATA_HOME"]) / "pipeline").exists()
