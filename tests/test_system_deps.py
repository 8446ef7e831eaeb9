"""scripts/system-deps.sh installs exactly the Debian packages that are missing, and nothing when none is.

dpkg-query, apt-get and sudo are replaced by small recorders on PATH, so the logic runs without touching
the machine: a package counts as installed when the fake dpkg-query lists it.
"""

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "system-deps.sh"
XCB = {"libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-xkb1", "libx11-xcb1"}
QT = {"libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3", "libglib2.0-0"}


@pytest.fixture
def debian(tmp_path):
    """Runs the script against a pretend Debian; returns (run, apt_log)."""
    bin_dir, log = tmp_path / "bin", tmp_path / "apt.log"
    bin_dir.mkdir()
    fakes = {
        "dpkg-query": 'pkg="$(eval echo \\${$#})"\n'
                      'case " $INSTALLED " in *" $pkg "*) printf "install ok installed";; *) exit 1;; esac',
        # Debian 13 knows some libraries only by their t64 name.
        "apt-get": 'echo "$*" >> "$APT_LOG"\n'
                   'case " $* " in *" install "*) case " $UNKNOWN " in *" $(eval echo \\${$#}) "*) exit 100;; esac;; esac',
        "sudo": 'exec "$@"',
    }
    for name, body in fakes.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)

    def run(group: str, installed: set[str], unknown: set[str] = frozenset()) -> subprocess.CompletedProcess:
        env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "APT_LOG": str(log),
               "INSTALLED": " ".join(sorted(installed)), "UNKNOWN": " ".join(sorted(unknown))}
        return subprocess.run(["sh", str(SCRIPT), group], env=env, capture_output=True, text=True, timeout=60)

    return run, log


def apt_installs(log: Path) -> list[str]:
    lines = log.read_text().splitlines() if log.exists() else []
    return [line.split()[-1] for line in lines if " install " in f" {line} "]


def bare_machine_wants(run, log: Path, group: str) -> set[str]:
    """What the script installs on a machine with none of the packages (read back from its apt-get calls)."""
    assert run(group, installed=set()).returncode == 0
    wanted = set(apt_installs(log))
    log.unlink()
    return wanted


def test_nothing_is_installed_when_everything_is_there(debian):
    run, log = debian
    result = run("run", installed=bare_machine_wants(run, log, "run"))
    assert result.returncode == 0 and result.stdout == ""
    assert not log.exists()


def test_run_installs_the_qt_xcb_libraries_a_bare_machine_lacks(debian):
    run, log = debian
    result = run("run", installed={"libxcb1", "libx11-6"})
    assert result.returncode == 0, result.stderr
    installed = apt_installs(log)
    assert XCB | QT <= set(installed)
    assert "libxcb1" not in installed and "libx11-6" not in installed
    assert "poppler-utils" not in installed  # that one is for the tests
    assert log.read_text().splitlines()[0] == "update -qq"


def test_a_library_installed_under_its_debian_13_name_counts(debian):
    run, log = debian
    every = bare_machine_wants(run, log, "run")
    result = run("run", installed=(every - {"libglib2.0-0"}) | {"libglib2.0-0t64"})
    assert result.returncode == 0 and not log.exists()


def test_a_library_known_only_by_its_debian_13_name_is_installed_under_it(debian):
    run, log = debian
    every = bare_machine_wants(run, log, "run")
    result = run("run", installed=every - {"libglib2.0-0"}, unknown={"libglib2.0-0"})
    assert result.returncode == 0, result.stderr
    assert apt_installs(log) == ["libglib2.0-0", "libglib2.0-0t64"]


def test_test_group_brings_poppler_but_not_the_xcb_set(debian):
    run, log = debian
    assert run("test", installed=set()).returncode == 0
    installed = set(apt_installs(log))
    assert "poppler-utils" in installed and not installed & XCB
