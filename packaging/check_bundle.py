"""Check a built bundle works on its own: run from a bare environment (no Python on PATH, no virtualenv),
it starts, finds its checklists and frameworks, builds the demo store, writes a PDF and an Excel report (with a sheet
per framework), and opens its main window.

Usage: python packaging/check_bundle.py dist/exportaudit      (exit 0 when every check passes)
       python packaging/check_bundle.py dist/ExportAudit.app  (macOS: the application bundle)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

SIZE_LIMIT_MB = 250  # the unpacked bundle; the Linux tarball keeps PyInstaller's symlinks as links


def unpacked_size(bundle: Path) -> int:
    """Bytes of the files themselves: a symlinked library is one file on disk, not two."""
    return sum(f.lstat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())


def bare_env(home: Path) -> dict[str, str]:
    """No PYTHON* variables, no virtualenv, a PATH without any Python: what a fresh desktop session has."""
    if os.name == "nt":  # Windows itself needs SYSTEMROOT; settings and temporary files go under the fake profile
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return {"SYSTEMROOT": system_root, "PATH": str(Path(system_root) / "System32"), "USERPROFILE": str(home),
                "APPDATA": str(home / "AppData" / "Roaming"), "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "TEMP": str(home), "TMP": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return {"PATH": "/usr/local/sbin:/usr/sbin:/sbin", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(home)}


def executable(bundle: Path) -> Path:
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "exportaudit"
    return bundle / ("exportaudit.exe" if os.name == "nt" else "exportaudit")


def run(exe: Path, *args: str, env: dict, timeout: int = 120) -> str:
    result = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(f"FAILED: {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/exportaudit").resolve()
    exe = executable(bundle)
    if not exe.is_file():
        raise SystemExit(f"no executable at {exe}")
    size = unpacked_size(bundle)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = bare_env(home)
        print("version:", run(exe, "--version", env=env).strip())
        print(run(exe, "checklist", "list", env=env).strip())
        frameworks = run(exe, "frameworks", "list", env=env)
        assert all(f in frameworks for f in ("eu-2019-1318", "bis-ecg-2017", "wassenaar-2011")), frameworks
        store = home / "demo.exportaudit"
        print(run(exe, "demo", "--store", str(store), env=env).strip())
        pdf, xlsx = home / "report.pdf", home / "report.xlsx"
        run(exe, "report", "--store", str(store), "--format", "pdf", "--lang", "both", "-o", str(pdf), env=env)
        run(exe, "report", "--store", str(store), "--format", "xlsx", "--framework", "all", "-o", str(xlsx), env=env)
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000, "PDF report looks wrong"
        with zipfile.ZipFile(xlsx) as z:
            assert "xl/workbook.xml" in z.namelist(), "Excel report looks wrong"
        print(f"reports: PDF {pdf.stat().st_size // 1024} KB, Excel {xlsx.stat().st_size // 1024} KB")
        out = run(exe, "--store", str(store), env={**env, "EXPORTAUDIT_SMOKE_TEST": "1"}, timeout=120)
        assert "main window ready" in out, f"the window did not report ready: {out!r}"
        print(out.strip())
    print(f"bundle size: {size / 1024 / 1024:.0f} MB unpacked ({bundle})")
    if size > SIZE_LIMIT_MB * 1024 * 1024:
        raise SystemExit(f"FAILED: the bundle is over {SIZE_LIMIT_MB} MB unpacked")
    print("bundle check: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
