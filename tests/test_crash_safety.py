"""A killed process loses no committed answer; two writers on one store lose nothing and corrupt nothing."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exportaudit.core.store import open_store

WRITER = Path(__file__).parent / "helpers" / "answer_writer.py"


def start_writer(store_path: Path, assessment_id: int, tag: str, count: int = 0) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(WRITER), str(store_path), str(assessment_id), tag, str(count)],
                            stdout=subprocess.PIPE, text=True, bufsize=1)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def stored_seq(note: str, tag: str) -> int:
    owner, _, seq = note.partition(":")
    return int(seq) if owner == tag else -1


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_reported_answer(mini_assessment):
    store, aid = mini_assessment
    path = store.path
    store.close()
    rng = random.Random(20261123)
    for run in range(24):
        tag = f"run{run}"
        proc = start_writer(path, aid, tag)
        reported: dict[str, int] = {}
        deadline_lines = rng.randint(1, 60)  # kill after a random number of confirmed answers...
        for _ in range(deadline_lines):
            line = proc.stdout.readline().split()
            reported[line[1]] = int(line[3].split(":")[1])
        time.sleep(rng.random() * 0.02)  # ...plus a random sliver of time, so the kill lands mid-write
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert integrity(path) == "ok", f"run {run}"
        with open_store(path, create=False, read_only=True) as check:
            notes = {i: r.note for i, r in check.answers.all(aid).items()}
        for item, seq in reported.items():
            assert stored_seq(notes.get(item, ""), tag) >= seq, f"run {run}: {item} lost answer {seq}"


def test_two_processes_writing_one_store_lose_nothing(tmp_path, mini_checklist):
    path = tmp_path / "shared.exportaudit"
    with open_store(path) as store:
        org = store.organisations.create("Acme")
        first = store.assessments.create(org, mini_checklist, "A")
        second = store.assessments.create(org, mini_checklist, "B")
    writers = [start_writer(path, first, "alice", 150), start_writer(path, second, "bob", 150)]
    # Read through the pipe's text wrapper: it may already hold lines buffered by start_writer's readline()
    # (communicate() with a timeout reads the raw pipe and would drop them).
    outputs = [w.stdout.read() for w in writers]
    for w in writers:
        w.wait(timeout=120)
    assert [w.returncode for w in writers] == [0, 0]
    assert integrity(path) == "ok"
    with open_store(path, read_only=True) as store:
        for aid, tag, out in ((first, "alice", outputs[0]), (second, "bob", outputs[1])):
            saved = [line.split() for line in out.splitlines() if line.startswith("saved")]
            assert len(saved) == 150
            last = {item: note for _, item, _, note in saved}
            assert {i: r.note for i, r in store.answers.all(aid).items()} == last
            levels = [c for c in store.history.all(aid) if c.field == "level"]
            assert levels and all(c.user == tag for c in levels)
