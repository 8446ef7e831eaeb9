"""A wheel built from the repository installs into a fresh virtual environment and works from anywhere:
the checklists, fonts and translations travel inside it (exportaudit/_data, see setup.py).

Offline: the wheel is built without build isolation (setuptools comes from the test extra), installed
without its dependencies, and the new environment borrows the running one's installed libraries through a
.pth line (a plain path: the editable install of this checkout living there is not activated). The program
is then put through the same checks as the frozen bundles (packaging/check_bundle.py): --version,
`checklist list`, `demo`, a PDF and an Excel report, and the main window opening offscreen.
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD_INPUTS = ["pyproject.toml", "setup.py", "README.md", "exportaudit", "checklists", "resources"]

def run(*args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return result


def outside_env(home: Path) -> dict[str, str]:
    """The caller's environment without anything pointing Python at this checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the files a build reads, so the checkout gets no build/ or egg-info."""
    source = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(ROOT / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
        "-w", dist, source, cwd=source)
    return next(dist.glob("exportaudit-*.whl"))


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", "--clear", venv)
    python = venv / "bin" / "python"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip())
    (site / "borrowed-libraries.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel)
    return venv


def test_the_wheel_carries_the_checklists_fonts_and_compiled_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "exportaudit/_data/"
    for needed in ("checklists/mofcom-2021-dual-use-icp.toml", "checklists/redflags/red-flags.toml",
                   "checklists/frameworks/eu-2019-1318.toml",
                   "checklists/crosswalks/mofcom-2021-dual-use-icp--eu-2019-1318.toml",
                   "resources/fonts/DroidSansFallbackFull.ttf", "resources/fonts/LiberationSans-Regular.ttf",
                   "resources/icons/exportaudit.svg", "resources/translations/exportaudit_zh_CN.qm"):
        assert data + needed in names
    assert not any(n.endswith(".ts") for n in names)  # sources of the translations stay in the repository


def test_the_installed_program_finds_its_data_in_the_wheel_and_runs_every_check(venv, tmp_path):
    env = outside_env(tmp_path)
    code = ("import exportaudit.paths as p; from PySide6.QtCore import QCoreApplication as A; "
            "from exportaudit.ui.i18n import Translations; app = A([]); t = Translations(app); "
            "print(p.checklists_dir()); print(t.install('zh'), A.translate('MainWindowView', '&File'))")
    lines = run(venv / "bin" / "python", "-c", code, env=env, cwd=tmp_path).stdout.splitlines()
    assert Path(lines[0]).is_relative_to(venv) and Path(lines[0]).is_dir()
    assert lines[1] == "True 文件(&F)"

    checks = run(sys.executable, ROOT / "packaging" / "check_bundle.py", venv / "bin", env=env, cwd=tmp_path)
    assert "MOFCOM" in checks.stdout and "main window ready" in checks.stdout
    assert checks.stdout.rstrip().endswith("bundle check: all passed")
