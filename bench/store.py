"""Benchmark: a large store (500 assessments, 10,000 evidence records) — list, open one, the portfolio, memory.

The store is generated with bulk inserts (evidence records point at small shared blobs), which is what the
list and open paths read; the files' bytes are never read by them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ASSESSMENTS = 500
EVIDENCE = 10_000
ORGANISATIONS = 50

MEASURE = r"""
import json, os, re, statistics, sys, time
t0 = time.perf_counter()
from exportaudit.core.store import open_store
from exportaudit.core.session import AssessmentSession
store = open_store(sys.argv[1], create=False)
lists, opens = [], []
for _ in range(5):
    t = time.perf_counter()
    orgs = store.organisations.all()
    rows = [(o, store.assessments.all(o.id)) for o in orgs]
    lists.append(time.perf_counter() - t)
for aid in (1, 250, 500):
    t = time.perf_counter()
    session = AssessmentSession(store, aid)
    session.score
    store.evidence.all(aid)
    opens.append(time.perf_counter() - t)
from exportaudit.core.portfolio import build_portfolio
portfolios = []
for _ in range(3):
    t = time.perf_counter()
    build_portfolio(store)
    portfolios.append(time.perf_counter() - t)
rss = int(re.search(r"VmRSS:\s+(\d+) kB", open("/proc/self/status").read()).group(1))
print(json.dumps({"list": statistics.median(lists), "open_cold": opens[0], "open": statistics.median(opens[1:]),
                  "rss_mb": rss / 1024, "portfolio": statistics.median(portfolios)}))
"""


def generate(path: Path) -> None:
    from exportaudit.core.catalogue import DEFAULT_CHECKLIST_ID, find_checklist
    from exportaudit.core.store import open_store

    checklist = find_checklist(DEFAULT_CHECKLIST_ID)
    items = [i.id for i in checklist.items]
    with open_store(path) as store:
        store.checklists.keep(checklist)
        db = store.db
        stamp = "2026-11-23T10:00:00+08:00"
        with db.atomic():
            for o in range(1, ORGANISATIONS + 1):
                db.execute("INSERT INTO organisations (id, name, operator_type, size, created_at, updated_at) "
                           "VALUES (?, ?, 'exporter', 'medium', ?, ?)", [o, f"客户 {o:03d} Client Co., Ltd.", stamp, stamp])
            for a in range(1, ASSESSMENTS + 1):
                db.execute("INSERT INTO assessments (id, organisation_id, title, checklist_sha256, target_profile, "
                           "operator_type, size, created_at, updated_at) VALUES (?, ?, ?, ?, 'established-exporter', "
                           "'exporter', 'medium', ?, ?)",
                           [a, (a - 1) % ORGANISATIONS + 1, f"{2016 + a % 10} 年度自评估 #{a}", checklist.sha256, stamp, stamp])
                db.conn.executemany(
                    "INSERT INTO responses (assessment_id, item_id, level, note, updated_at) VALUES (?, ?, ?, ?, ?)",
                    [(a, item, (a + n) % 6, f"Note {n} 备注", stamp) for n, item in enumerate(items)])
            db.conn.executemany("INSERT INTO evidence_blobs (sha256, size, stored_name, stored_at) VALUES (?, 100, ?, ?)",
                                [(f"{b:064x}", f"{b:064x}"[:2] + f"/{b:064x}.pdf", stamp) for b in range(EVIDENCE)])
            db.conn.executemany(
                "INSERT INTO evidence (assessment_id, item_id, sha256, file_name, size, added_at) VALUES (?, ?, ?, ?, 100, ?)",
                [(e % ASSESSMENTS + 1, items[e % len(items)], f"{e:064x}", f"scan-{e}.pdf", stamp) for e in range(EVIDENCE)])


def rows() -> list[tuple[str, str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.exportaudit"
        t = time.perf_counter()
        generate(path)
        built = time.perf_counter() - t
        out = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}).stdout
        import json

        data = json.loads(out)
    return [
        (f"large store: list {ASSESSMENTS} assessments of {ORGANISATIONS} organisations",
         f"{data['list'] * 1000:.1f} ms", "< 300 ms"),
        ("large store: open the first assessment (parses its checklist copy, scores)", f"{data['open_cold'] * 1000:.1f} ms",
         "< 200 ms"),
        (f"large store: open another assessment (answers, score, evidence of {EVIDENCE:,})", f"{data['open'] * 1000:.1f} ms",
         "< 200 ms"),
        (f"large store: portfolio of every organisation's latest assessment ({ORGANISATIONS} rows, scored)",
         f"{data['portfolio'] * 1000:.1f} ms", "< 300 ms"),
        ("large store: resident memory of the process (core, no GUI)", f"{data['rss_mb']:.0f} MB", "< 300 MB"),
        ("large store: generating it (not a bar)", f"{built:.1f} s", "—"),
    ]


if __name__ == "__main__":
    for name, figure, bar in rows():
        print(f"{name:<75} {figure:>10}   bar {bar}")
