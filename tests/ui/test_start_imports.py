"""Start-up stays light: opening the window on a store and showing an assessment's workspace imports none of the
libraries only reports, workbooks, signatures or schema upgrades need (each costs tens of milliseconds at start).

Checked in a fresh interpreter, since the test process has imported everything already."""

import json
import os
import subprocess
import sys

from exportaudit.core.demo import build_demo

HEAVY = ("openpyxl", "reportlab", "pyhanko", "sqlite_utils", "defusedxml", "exportaudit.reports",
         "exportaudit.exchange")

START = """
import json, sys
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from exportaudit.ui.app import create_application, create_main_window
app = create_application([])
window = create_main_window(app, store_path=sys.argv[1], language="en")
window.browser_controller.open_selected()
window.show()
for _ in range(5):
    app.processEvents()
heavy = tuple(json.loads(sys.argv[3]))
print(json.dumps({"workspace": window.assessment.session is not None,
                  "loaded": sorted(m for m in sys.modules if m in heavy or m.startswith(tuple(h + "." for h in heavy)))}))
window.close()
"""


def test_opening_the_workspace_imports_no_report_workbook_or_signing_library(tmp_path):
    store = tmp_path / "demo.exportaudit"
    build_demo(store).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", START, str(store), str(tmp_path / "config"), json.dumps(HEAVY)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["workspace"]  # the assessment really opened
    assert seen["loaded"] == [], f"imported at start: {seen['loaded']} (none of {HEAVY} should be)"
