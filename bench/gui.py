"""GUI benchmarks: an answer (save + rescore + tree and dashboard refresh) against the one-frame budget, and the
main window's start-to-interactive time on the demo store as a ratio to a bare QMainWindow's.

Each measurement runs in a fresh subprocess (offscreen platform, settings and data folders in a temp dir), so
no cache from one run helps another. A start ends at the window's first paint (the same test for the bare window
and the app), measured from the parent's Popen to the child's line on stdout. Runs alternate bare/app so machine
noise hits both alike; the medians are compared and the spread (min-max) is printed too.

Until 2026-12-06 the answer timing began right after choosing the item and so also counted the repaint of the
whole item panel for that choice, which Qt defers past the first ``processEvents`` (a key pressed with nothing
saved showed the same full-panel paint); the item now settles for ``SETTLE_MS`` first. It also repeated the
demo's 84 items with the same keys after the first round (7 x 84 is a multiple of 6), so 116 of the 200 "answers"
changed nothing and were not saved; each key now changes the answer.

``rows()`` returns (measure, figure, bar); run this file to print them, ``python bench/gui.py start [RUNS]``
for the start figures only, or ``python bench/gui.py answer`` for the answer figures only.

Where the start goes (2026-12-06, after the start-up round; CPU ms of one start to the painted workspace, the
least of 6 runs on this 2-core box while other builds ran; a bare window is ~77 to import PySide6 + ~6 to show and
paint, ~110-120 ms wall with the interpreter):
  PySide6 import 77 (as bare) | the app's own imports ~170 (~310 modules, ~110 of them the app's: the store,
  checklist and scoring core, the workspace's views and models; every module imported after PySide6 also pays
  its import hook, which reads the module's source to look for ``__feature__``: ~20 ms for ~190 modules; ~110
  dataclasses and ~120 Qt enum types are built as they are first used) | QApplication, bundled font, event
  filter 12 | MainWindow() with the store opened ~90 (menus and ~50 actions, the browser page and its tables:
  the first item views pay Qt's style and enum set-up; the workspace; the installed checklists read for the
  upgrade action) | opening the assessment ~31 (the pinned checklist parsed and checked, scoring, the tree) |
  show and first paint ~75 (polish and layout of a full window, the CJK fallback font's first glyphs).
  Done this round: the store opens and reads without sqlite-utils (its Database is made on the first write, its
  Migrations only for a pending upgrade: ~60 ms); TOML is read with rtoml (the checklist: ~40 ms to ~4), the
  key-to-line index only when a problem needs a line (~8 ms); every dialog and on-first-use tab is imported on
  first use too (~60 modules fewer); the workbook reader is imported when a workbook is opened. A test keeps
  openpyxl, reportlab, pyHanko, sqlite-utils, defusedxml, the reports and the exchange modules out of the start.
  Since then every tab but the workspace is built on first use, the dashboard, action plan and requests too
  (8 interleaved starts, CPU to the painted workspace: median ~631 ms against ~670 with them built up front).
  Left: 1.5 x means ~60 ms for everything of the app on top of a bare window; its imports alone take more. The
  next steps are the repositories' imports of the transaction-testing package at start (orders, red flags,
  sampling, results: the store's repositories are all made when it opens), the browser page's tables when the
  window opens straight on an assessment, and fewer Python-side widgets and enum look-ups in the workspace's construction.

Where an answer goes (2026-12-06, 200 answers under cProfile, busy box): the key press (save with its ~4 ms
commit, rescore, the notices) ~6 ms; the event loop afterwards ~3 ms, or ~10 ms for the 76 answers that show or
hide the reasons, N/A or re-confirm box. Of those ~10 about 3 are painting (the page's height changes, so the whole
item panel repaints) and the rest Qt's layout of the item panel, done in two passes (the page first at its old
height, squeezing the notes box, then again once the scroll area resizes it). Tried and measured (alternating
runs), none a gain beyond the noise: keeping the boxes' space when hidden (setRetainSizeWhenHidden), static
contents on the panel's pages (~1-2 ms less per box change in isolation, nothing in the p95), a fixed-height
notes box, dropping the panel's style sheet. The next thing to try is a layout that does not run twice.
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
SETTLE_MS = 50  # after choosing the item, before the key: an auditor reads the item first
START_RUNS = 7
FRAME_MS = 16.0
START_RATIO_BAR = 1.5


def _env(tmp: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp / "data"),
               XDG_CONFIG_HOME=str(tmp / "config"), PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    env.pop("QT_QPA_PLATFORMTHEME", None)
    # An installed app starts from bytecode (pip compiles on install, the frozen build ships it): without a
    # cache every start would compile the app's ~200 modules first (~110 ms), a cost no user pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(args: list[str], tmp: Path, command: list[str] | None = None, extra_env: dict | None = None
           ) -> tuple[float, str]:
    """Run this file as a child (or ``command``); returns the seconds until it printed its first line, and that
    line."""
    started = time.perf_counter()
    process = subprocess.Popen(command or [sys.executable, __file__, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**_env(tmp), **(extra_env or {})})
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _, err = process.communicate(timeout=120)
    if process.returncode != 0 or not line:
        raise RuntimeError(f"benchmark child {args[0]} failed:\n{err}")
    return elapsed, line.strip()


# --- children -----------------------------------------------------------------------------------------


def _ready_after_first_paint(app, window) -> None:
    """Print "ready" and quit once the window has painted (what a user sees), as run_gui's smoke test does."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def _child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1360, 860)
    _ready_after_first_paint(app, window)
    window.show()
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
    app, window = _open_demo_window(store)
    _ready_after_first_paint(app, window)
    window.show()
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
        QTest.qWait(SETTLE_MS)  # the selection's own repaint, which Qt defers, is not part of the answer
        level = (n * 7 + 3) % 6
        if controller.session.response(items[n % len(items)]).level == level:
            level = (level + 1) % 6  # an answer that changes nothing is not saved: not an answer to time
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


def measure_start(runs: int = START_RUNS, tmp: Path | None = None, store: Path | None = None) -> dict:
    """Start times in seconds: a bare window, the app on the demo workspace, and the real entry point."""
    if tmp is None:
        with tempfile.TemporaryDirectory() as folder:
            return measure_start(runs, Path(folder))
    store = store or _demo_store(tmp)
    bare, app, entry = [], [], []
    for run in range(-1, runs):  # alternate, so machine noise hits all alike; run -1 fills the bytecode cache
        bare.append(_child(["bare"], tmp)[0])
        app.append(_child(["app", str(_fresh_copy(store, tmp, f"start{run + 1}"))], tmp)[0])
        copy = _fresh_copy(store, tmp, f"entry{run + 1}")
        entry.append(_child([], tmp, [sys.executable, "-m", "exportaudit", "--store", str(copy), "--lang", "en"],
                            {"EXPORTAUDIT_SMOKE_TEST": "1"})[0])
    return {"bare": bare[1:], "app": app[1:], "entry": entry[1:]}


def measure(*, starts: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        store = _demo_store(tmp)
        _, line = _child(["answers", str(_fresh_copy(store, tmp, "answers"))], tmp)
        answers = json.loads(line)
        start_times = measure_start(START_RUNS, tmp, store) if starts else None
    timings = sorted(answers["timings_ms"])
    return {"answer_median_ms": statistics.median(timings),
            "answer_p95_ms": timings[int(0.95 * (len(timings) - 1))],
            "answers": len(timings), "items": answers["items"], "starts": start_times}


def answer_rows(m: dict) -> list[tuple[str, str, str]]:
    return [
        (f"GUI: answer an item by key, median of {m['answers']} ({m['items']}-item demo)",
         f"{m['answer_median_ms']:.1f} ms", f"< {FRAME_MS:.0f} ms"),
        (f"GUI: answer an item by key, 95th percentile of {m['answers']}",
         f"{m['answer_p95_ms']:.1f} ms", f"< {FRAME_MS:.0f} ms"),
    ]


def _spread(seconds: list[float]) -> str:
    return f"{min(seconds) * 1000:.0f}-{max(seconds) * 1000:.0f}"


def start_rows(starts: dict) -> list[tuple[str, str, str]]:
    bare = statistics.median(starts["bare"])
    rows = []
    for key, what in (("app", "start to interactive workspace on the demo store"),
                      ("entry", "start via `python -m exportaudit --store demo` (browser page)")):
        median = statistics.median(starts[key])
        rows.append((f"GUI: {what} / bare QMainWindow, median of {len(starts[key])}",
                     f"{median / bare:.2f} x ({median * 1000:.0f} ms [{_spread(starts[key])}] / "
                     f"{bare * 1000:.0f} ms [{_spread(starts['bare'])}])", f"< {START_RATIO_BAR} x"))
    return rows


def rows() -> list[tuple[str, str, str]]:
    m = measure()
    return [*answer_rows(m), *start_rows(m["starts"])]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("bare", "app", "answers"):
        kind = sys.argv[1]
        {"bare": lambda: _child_bare(), "app": lambda: _child_app(sys.argv[2]),
         "answers": lambda: _child_answers(sys.argv[2])}[kind]()
    else:
        only = sys.argv[1] if len(sys.argv) > 1 else None
        if only == "start":
            table = start_rows(measure_start(int(sys.argv[2]) if len(sys.argv) > 2 else START_RUNS))
        elif only == "answer":
            table = answer_rows(measure(starts=False))
        else:
            table = rows()
        for name, figure, bar in table:
            print(f"{name:<88} {figure:>36}   bar {bar}")
