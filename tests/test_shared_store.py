"""Two writers, one store: a process holding the store (a plain one, or a real window) runs its workers' jobs
while the command line answers items in another process. No confirmed answer may be lost, the WAL is never
deleted under the open connection, and the store stays healthy, also when the holder is killed."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from exportaudit.core.store import StoreError, open_store

HOLDER = Path(__file__).parent / "helpers" / "store_holder.py"
sys.path.insert(0, str(HOLDER.parent))
from store_holder import job as holder_job  # noqa: E402  the holder's jobs, run in this process

JOBS = ["readonly", "report", "questionnaire", "requests", "evidence", "sample", "pdf"]


class Holder:
    """The process holding the store open for writing, driven line by line."""

    def __init__(self, store_path: Path, assessment_id: int, out: Path, *, window: bool):
        env = {**os.environ, "HOME": str(out), "XDG_CONFIG_HOME": str(out / "config"),
               "XDG_DATA_HOME": str(out / "data"), "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen([sys.executable, str(HOLDER), str(store_path), str(assessment_id), str(out)]
                                     + (["--window"] if window else []),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1, env=env)
        assert self.read() == "ready"

    def read(self) -> str:
        return self.proc.stdout.readline().strip()

    def send(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.read()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


def cli_answer(store_path: Path, assessment_id: int, item: str, level: int, note: str) -> subprocess.Popen:
    """`exportaudit answer` in its own process, started now (the caller waits for it)."""
    return subprocess.Popen([sys.executable, "-m", "exportaudit", "answer", "--store", str(store_path),
                             "--assessment", str(assessment_id), "--item", item, "--level", str(level),
                             "--note", note], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(proc: subprocess.Popen) -> None:
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err


def fresh_process_view(store_path: Path, assessment_id: int) -> tuple[str, dict[str, tuple[int, str]]]:
    """integrity_check and every answer as another process sees them."""
    code = ("import json, sys, sqlite3\n"
            "c = sqlite3.connect(sys.argv[1])\n"
            "print(json.dumps([c.execute('PRAGMA integrity_check').fetchone()[0], {item: [level, note] for item, level,"
            " note in c.execute('SELECT item_id, level, note FROM responses WHERE assessment_id = ?', [int(sys.argv[2])])}]))\n")
    out = subprocess.run([sys.executable, "-c", code, str(store_path), str(assessment_id)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    check, answers = json.loads(out)
    return check, {item: tuple(answer) for item, answer in answers.items()}


def run_sequence(store_path: Path, tmp_path: Path, *, window: bool, jobs: list[str]) -> None:
    with open_store(store_path, read_only=True) as store:
        aid = store.assessments.latest().id
        items = [i.id for i in store.checklists.get(store.assessments.get(aid).checklist_sha256).items]
    out = tmp_path / "out"
    out.mkdir()
    holder = Holder(store_path, aid, out, window=window)
    expected: dict[str, tuple[int, str]] = {}
    try:
        for n, kind in enumerate(jobs):
            mine, theirs = items[2 * n], items[2 * n + 1]
            assert holder.send(f"answer {mine} 3 holder:{n}") == f"saved {mine}"
            expected[mine] = (3, f"holder:{n}")
            cli = cli_answer(store_path, aid, theirs, 2, f"cli:{n}")  # writing while the job runs
            assert holder.send(f"job {kind}") == f"done {kind}"
            finished(cli)
            expected[theirs] = (2, f"cli:{n}")
            finished(cli_answer(store_path, aid, theirs, 1, f"cli:{n}:after"))  # and once the job is over
            expected[theirs] = (1, f"cli:{n}:after")
            for suffix in ("-wal", "-shm"):
                assert Path(f"{store_path}{suffix}").exists(), f"after {kind}: {suffix} deleted under the holder"
            after = items[2 * n + 2]
            assert holder.send(f"answer {after} 4 holder:{n}:after") == f"saved {after}"
            expected[after] = (4, f"holder:{n}:after")
            check, seen = fresh_process_view(store_path, aid)
            assert check == "ok", kind
            assert {i: seen.get(i) for i in expected} == expected, f"after {kind}"
    finally:
        holder.kill()  # a crash of the holding process, at the end of the sequence
    check, seen = fresh_process_view(store_path, aid)
    assert check == "ok"
    assert {i: seen.get(i) for i in expected} == expected


@pytest.mark.slow
def test_worker_jobs_beside_command_line_answers_lose_nothing(demo_store_path, tmp_path):
    run_sequence(demo_store_path, tmp_path, window=False, jobs=JOBS)


@pytest.mark.slow
def test_a_killed_window_keeps_every_answer_confirmed_on_either_side(demo_store_path, tmp_path):
    run_sequence(demo_store_path, tmp_path, window=True, jobs=JOBS)


def test_no_code_path_opens_the_store_file_outside_sqlite(demo_store_path, tmp_path):
    """Closing any non-SQLite descriptor of the store file drops the process's SQLite locks."""
    watched = {str(demo_store_path.resolve()), str(demo_store_path)}
    opened: list[str] = []

    def hook(event, args):
        if event == "open" and args and str(args[0]) in watched:
            opened.append(f"{event} {args[0]}")

    sys.addaudithook(hook)
    try:
        writer = open_store(demo_store_path, create=False)
        aid = writer.assessments.latest().id
        for kind in JOBS:
            holder_job(kind, demo_store_path, aid, tmp_path)
        writer.close()
    finally:
        watched.clear()  # audit hooks cannot be removed; an empty set switches it off
    assert opened == []


def test_the_store_file_itself_is_never_attached_as_evidence(mini_assessment):
    store, aid = mini_assessment
    store.answers.rate(aid, "P1", 3)
    for own in (store.path, Path(f"{store.path}-wal")):
        with pytest.raises(StoreError, match="this store's own file"):
            store.evidence.add(aid, "P1", own)
    assert store.evidence.all(aid) == [] and Path(f"{store.path}-wal").exists()
