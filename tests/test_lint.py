"""The code stays clean by the project's ruff rules ([tool.ruff] in pyproject.toml): checked in the suite, so a
finding fails `make test` like any other broken promise."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUFF = Path(sys.executable).with_name("ruff")


def ruff(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(RUFF), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), *map(str, paths)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_ruff_finds_nothing_in_the_repository():
    result = ruff(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_reports_a_finding_when_there_is_one(tmp_path):
    sloppy = tmp_path / "sloppy.py"
    sloppy.write_text("import os\n\n\ndef f(items=[]):\n    return items\n")
    result = ruff(sloppy)
    assert result.returncode == 1
    assert "F401" in result.stdout and "B006" in result.stdout
