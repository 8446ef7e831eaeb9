"""Run every benchmark in one go and print one table (`make bench`).

Each area has its own module with a ``rows()`` function returning (measure, figure, bar) rows: the GUI
(start-up ratio, answering latency), the reports, the large store and the order import. The README quotes the
latest figures with the machine they came from.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AREAS = [("gui", "Desktop app"), ("reports", "Reports"), ("store", "Large store"), ("orders", "Order import")]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        mem = 0
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, {system}, Python {platform.python_version()}"


def main() -> int:
    print(f"ExportAudit benchmarks — {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"Machine: {machine()}\n")
    print(f"| {'Measure':<78} | {'Figure':>10} | {'Bar':<10} |")
    print(f"|{'-' * 80}|{'-' * 12}|{'-' * 12}|")
    failed = []
    for module, title in AREAS:
        try:
            rows = importlib.import_module(f"bench.{module}").rows()
        except ModuleNotFoundError as exc:
            if exc.name == f"bench.{module}":
                continue
            raise
        except Exception as exc:  # one area failing must not hide the others' figures
            failed.append(f"{title}: {exc}")
            continue
        for name, figure, bar in rows:
            print(f"| {name:<78} | {figure:>10} | {bar:<10} |")
    for line in failed:
        print(f"\nFAILED {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
