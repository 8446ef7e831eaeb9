"""The start-up smoke test the packaged build is checked with (packaging/check_bundle.py): with
EXPORTAUDIT_SMOKE_TEST=1 the app opens its window on the store, paints, says so on stdout and exits 0."""

import os
import subprocess
import sys

import pytest

from exportaudit.ui.instance_lock import lock_path


def run_app(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXPORTAUDIT_SMOKE_TEST="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-m", "exportaudit", *args], env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def demo_store(tmp_path):
    from exportaudit.core.demo import build_demo

    path = tmp_path / "demo" / "demo-store.exportaudit"
    path.parent.mkdir()
    build_demo(path).close()
    return path


def test_the_window_reports_ready_on_the_demo_store_and_exits_0(tmp_path, demo_store):
    result = run_app(tmp_path, "--store", str(demo_store))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"main window ready: {demo_store}"]
    assert not lock_path(demo_store).exists()  # closed properly: the instance lock is released


def test_a_store_that_cannot_be_opened_is_reported_and_exits_1(tmp_path):
    missing = tmp_path / "no such folder" / "store.exportaudit"
    result = run_app(tmp_path, "--store", str(missing))
    assert result.returncode == 1
    assert result.stdout.startswith("main window not ready: The store could not be opened.")
    assert "does not exist" in result.stdout
