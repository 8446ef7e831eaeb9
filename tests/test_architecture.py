"""The domain core stays free of Qt, so the CLI, the reports and plain tests use it without a GUI."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "exportaudit"
QT_FREE = [PACKAGE / "core", PACKAGE / "reports", PACKAGE / "cli.py", PACKAGE / "paths.py"]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt():
    files = [f for p in QT_FREE for f in ([p] if p.is_file() else p.rglob("*.py"))]
    assert len(files) > 5
    offenders = {str(f.relative_to(PACKAGE)): sorted(m for m in imported_modules(f) if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt6"})
                 for f in files}
    assert {f: m for f, m in offenders.items() if m} == {}


def test_cli_verbs_do_not_load_qt():
    code = ("import sys, exportaudit.cli, exportaudit.core.demo, exportaudit.core.session; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_window_starts_without_loading_the_report_and_spreadsheet_libraries():
    """openpyxl and reportlab cost ~150 ms to import; they load when a report or workbook is first made."""
    code = ("import sys, exportaudit.ui.app, exportaudit.ui.controllers.main_window, "
            "exportaudit.ui.controllers.assessment; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'reportlab', 'PIL'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.strip() == "[]"
