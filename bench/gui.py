"""GUI benchmarks: an answer (save + rescore + tree and dashboard refresh) against the one-frame budget, and the
main window's start-to-interactive time on the demo store as a ratio to a bare QMainWindow's.

Each measurement runs in a fresh subprocess (offscreen platform, settings and data folders in a temp dir), so
no cache from one run helps another. ``rows()`` returns (measure, figure, bar); run this file to print them.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ANSWERS = 200
START_RUNS = 5
FRAME_MS = 16.0
START_RATIO_BAR = 1.5


def _env(tmp: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp / "data"),
               XDG_CONFIG_HOME=str(tmp / "config"))
    env.pop("QT_QPA_PLATFORMTHEME", None)
    return env


def _child(args: list[str], tmp: Path) -> tuple[float, str]:
    """Run this file as a child; returns the seconds until it printed its first line, and that line."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=_env(tmp))
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _, err = process.communicate(timeout=120)
    if process.returncode != 0 or not line:
        raise RuntimeError(f"benchmark child {args[0]} failed:\n{err}")
    return elapsed, line.strip()


# --- children -----------------------------------------------------------------------------------------


def _child_bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1360, 860)
    window.show()
    QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    app.exec()


def _isolated_settings() -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])


def _open_demo_window(store: str):
    from exportaudit.ui.app import create_application, create_main_window

    _isolated_settings()
    app = create_application([])
    window = create_main_window(app, store_path=store, language="en")
    window.browser_controller.open_selected()  # the workspace, the heavier page
    return app, window


def _child_app(store: str) -> None:
    from PySide6.QtCore import QTimer

    app, window = _open_demo_window(store)
    window.show()
    QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    app.exec()


def _child_answers(store: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, window = _open_demo_window(store)
    window.show()
    QTest.qWaitForWindowActive(window, 5000)
    controller, tree = window.assessment, window.assessment_page.workspace.tree
    items = [i.id for i in controller.session.applicable_items]
    timings = []
    for n in range(ANSWERS):
        controller.select_item(items[n % len(items)])
        tree.setFocus()
        app.processEvents()
        level = (n * 7 + 3) % 6
        started = time.perf_counter()
        QTest.keyClick(tree, Qt.Key(Qt.Key.Key_0 + level))  # the key an auditor presses
        app.processEvents()  # the tree row, the element row and the dashboard repaint
        timings.append((time.perf_counter() - started) * 1000)
        assert controller.session.response(items[n % len(items)]).level == level
    print(json.dumps({"timings_ms": timings, "items": len(items)}), flush=True)
    window.close()


# --- the measures ---------------------------------------------------------------------------------------


def _demo_store(tmp: Path) -> Path:
    from exportaudit.core.demo import build_demo

    path = tmp / "demo" / "demo-store.exportaudit"
    path.parent.mkdir(parents=True)
    build_demo(path).close()
    return path


def _fresh_copy(store: Path, tmp: Path, name: str) -> Path:
    target = tmp / name
    target.mkdir()
    shutil.copy2(store, target / store.name)
    evidence = store.with_name(f"{store.stem}-evidence")
    if evidence.is_dir():
        shutil.copytree(evidence, target / evidence.name)
    return target / store.name


def measure() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        store = _demo_store(tmp)
        _, line = _child(["answers", str(_fresh_copy(store, tmp, "answers"))], tmp)
        answers = json.loads(line)
        bare, app = [], []
        for run in range(START_RUNS):  # alternate, so machine noise hits both alike
            bare.append(_child(["bare"], tmp)[0])
            app.append(_child(["app", str(_fresh_copy(store, tmp, f"start{run}"))], tmp)[0])
    timings = sorted(answers["timings_ms"])
    return {"answer_median_ms": statistics.median(timings),
            "answer_p95_ms": timings[int(0.95 * (len(timings) - 1))],
            "answers": len(timings), "items": answers["items"],
            "bare_start_s": statistics.median(bare), "app_start_s": statistics.median(app)}


def rows() -> list[tuple[str, str, str]]:
    m = measure()
    ratio = m["app_start_s"] / m["bare_start_s"]
    return [
        (f"GUI: answer an item by key, median of {m['answers']} ({m['items']}-item demo)",
         f"{m['answer_median_ms']:.1f} ms", f"< {FRAME_MS:.0f} ms"),
        (f"GUI: answer an item by key, 95th percentile of {m['answers']}",
         f"{m['answer_p95_ms']:.1f} ms", f"< {FRAME_MS:.0f} ms"),
        ("GUI: start to interactive workspace on the demo store / bare QMainWindow",
         f"{ratio:.2f} x ({m['app_start_s'] * 1000:.0f} ms / {m['bare_start_s'] * 1000:.0f} ms)",
         f"< {START_RATIO_BAR} x"),
    ]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("bare", "app", "answers"):
        kind = sys.argv[1]
        {"bare": lambda: _child_bare(), "app": lambda: _child_app(sys.argv[2]),
         "answers": lambda: _child_answers(sys.argv[2])}[kind]()
    else:
        for name, figure, bar in rows():
            print(f"{name:<78} {figure:>28}   bar {bar}")
