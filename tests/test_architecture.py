"""The layers run one way (window → exchange → reports → core) and only the window imports Qt, so the CLI, the
reports and plain tests use the core without a GUI."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """The import contracts of pyproject.toml ([tool.importlinter]) checked over the package under ``root``."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config", str(ROOT / "pyproject.toml")], cwd=root,
                          env=env, capture_output=True, text=True, timeout=300)


def test_the_layers_keep_their_import_contracts():
    """The core imports nothing of reports, exchange or window; core, reports and exchange import no Qt;
    views never import the store."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_catch_qt_in_the_reports(tmp_path):
    shutil.copytree(ROOT / "exportaudit", tmp_path / "exportaudit", ignore=shutil.ignore_patterns("__pycache__"))
    module = tmp_path / "exportaudit" / "reports" / "__init__.py"
    module.write_text(module.read_text(encoding="utf-8") + "\nimport PySide6.QtGui\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "exportaudit.reports is not allowed to import PySide6" in result.stdout


def test_the_contracts_catch_the_store_calling_a_service_above_it(tmp_path):
    """Finalising used to reach up from the store into the fingerprint; the contract refuses it coming back."""
    shutil.copytree(ROOT / "exportaudit", tmp_path / "exportaudit", ignore=shutil.ignore_patterns("__pycache__"))
    module = tmp_path / "exportaudit" / "core" / "store" / "lifecycle.py"
    module.write_text(module.read_text(encoding="utf-8") + "\nimport exportaudit.core.fingerprint\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "exportaudit.core.store is not allowed to import exportaudit.core.fingerprint" in result.stdout


def test_the_contracts_catch_a_pdf_section_importing_the_document_back(tmp_path):
    """A function-level import hides a cycle from the interpreter, not from the contract."""
    shutil.copytree(ROOT / "exportaudit", tmp_path / "exportaudit", ignore=shutil.ignore_patterns("__pycache__"))
    module = tmp_path / "exportaudit" / "reports" / "pdf_workflow.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n\ndef _late():\n"
                      "    from exportaudit.reports.pdf import write_pdf\n\n    return write_pdf\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1
    assert "exportaudit.reports.pdf_workflow -> exportaudit.reports.pdf" in result.stdout


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
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.strip() == "[]"


def test_every_core_module_imports_on_its_own():
    """A module that fails when it is the first one imported hides an import cycle behind the usual import order
    (``core.upgrade`` → the store's errors → the whole store → ``core.upgrade``): each is imported first in turn."""
    script = (
        "import importlib, pkgutil, sys\n"
        "import exportaudit.core as core\n"
        "names = [m.name for m in pkgutil.walk_packages(core.__path__, 'exportaudit.core.')]\n"
        "failed = []\n"
        "for name in names:\n"
        "    for loaded in [k for k in sys.modules if k.startswith('exportaudit.core.')]:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError as exc:\n"
        "        failed.append(f'{name}: {exc}')\n"
        "print(len(names))\n"
        "print('\\n'.join(failed))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    count, *failures = result.stdout.splitlines()
    assert int(count) > 40
    assert [f for f in failures if f] == []
