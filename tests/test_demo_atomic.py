"""`demo --force` replaces a store in one step: killed at any moment, the old store is intact or the new one
complete; and it never replaces a store another process has open."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from exportaudit.core.demo import build_demo
from exportaudit.core.store import StoreError, open_store


def summary(path) -> tuple:
    """What a user would see of a store: organisations, answers, evidence, samples, test results."""
    with open_store(path, read_only=True) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("organisations", "responses", "evidence", "samples", "sample_orders", "test_results")) \
            + tuple(name for (name,) in conn.execute("SELECT name FROM organisations ORDER BY id"))


@pytest.mark.slow
def test_demo_force_killed_at_random_moments_leaves_the_old_store_or_the_complete_new_one(demo_store_template,
                                                                                            tmp_path):
    complete = summary(demo_store_template)
    target = tmp_path / "demo.exportaudit"
    with open_store(target) as old:
        old.organisations.create("The auditor's own work, not to be lost")
    previous = summary(target)
    rng = random.Random(20261206)
    outcomes = []
    for run in range(8):
        proc = subprocess.Popen([sys.executable, "-m", "exportaudit", "demo", "--store", str(target), "--force"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.05 + rng.random() * 1.2)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        now = summary(target)
        assert now in (previous, complete), f"run {run}: a half-built store {now}"
        outcomes.append(now == complete)
        if now == complete:  # start again from an older store of the user's
            with open_store(target) as old:
                old.organisations.create(f"More work {run}")
            previous = summary(target)
    print(f"kills that left the new store complete: {sum(outcomes)} of {len(outcomes)}")


def test_demo_force_leaves_nothing_half_built_beside_the_store(tmp_path):
    target = tmp_path / "demo.exportaudit"
    build_demo(target).close()
    build_demo(target, force=True).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo-evidence", "demo.exportaudit"]


def test_demo_force_refuses_to_replace_a_store_that_is_open(tmp_path):
    target = tmp_path / "demo.exportaudit"
    with open_store(target) as mine:
        mine.organisations.create("Open in the window")
        with pytest.raises(StoreError, match="open in ExportAudit or another program"):
            build_demo(target, force=True)
        mine.organisations.create("Still saved")
    with open_store(target, read_only=True) as check:
        assert [o.name for o in check.organisations.all()] == ["Open in the window", "Still saved"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.exportaudit"]


def test_demo_on_a_network_share_is_refused_naming_the_target(tmp_path, monkeypatch):
    from exportaudit.core.store import location

    monkeypatch.setattr(location, "network_fs", lambda folder: "nfs")
    target = tmp_path / "demo.exportaudit"
    with pytest.raises(StoreError, match=f"^{target} is on a network share"):
        build_demo(target)
    assert list(tmp_path.iterdir()) == []
