"""Benchmark: importing a 100,000-row order list (CSV and .xlsx), drawing a sample from it, and the answering
path of an assessment that has a sample.

The files are generated as an ERP would write them: Chinese column names, dates half as real dates and half
as text (2026/3/5, 2026年3月5日), amounts with ¥ and thousands separators, a CSV in GB18030. The .xlsx comes
from openpyxl's write-only mode (inline strings); Excel's own files use a shared-string table.

The .xlsx is read by python-calamine. "open" bounds the file (zip guard, how far the sheet reaches) and loads the
whole sheet to find its header; the import then reads the rows of that loaded sheet. Measured side by side on
2026-12-06 (same file, same busy 2-core machine, two alternating runs each), open + read without the store went
from 10.9 s with the former hand-written streaming reader (open 0.8 s, read 10.0 s) to 4.6-4.8 s (open 2.3-2.5 s,
read 2.3 s): the mapping step waits longer, the import far less.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROWS = 100_000
HEADERS = ["订单号", "日期", "客户", "最终用户", "目的国", "品名", "管制编码", "金额", "许可证号"]
COUNTRIES = ["德国", "美国", "日本", "越南", "印度", "伊朗", "巴西", "新加坡"]


def _row(i: int) -> list:
    day = date(2025, 1, 1) + timedelta(days=i % 540)
    when = day if i % 2 else (f"{day.year}/{day.month}/{day.day}" if i % 4 else f"{day.year}年{day.month}月{day.day}日")
    listed = i % 7 == 0
    return [f"SO-{i:06d}", when, f"客户{i % 900:03d} 有限公司", f"最终用户 {i % 700}", COUNTRIES[i % len(COUNTRIES)],
            "压力传感器 PX-200" if i % 3 else "数控机床 CK-6140", "2B001" if listed else "",
            f"¥{12_345 + i:,}.50", f"LIC-{i:06d}" if listed else ""]


def write_csv(path: Path) -> None:
    with path.open("w", encoding="gb18030", newline="") as fh:
        fh.write(",".join(HEADERS) + "\r\n")
        for i in range(ROWS):
            fh.write(",".join(f'"{v}"' if "," in str(v) else str(v) for v in _row(i)) + "\r\n")


def write_xlsx(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("出口订单")
    ws.append(["某某科技有限公司 出口订单明细（ERP 导出）"])
    ws.append(HEADERS)
    for i in range(ROWS):
        ws.append(_row(i))
    wb.save(path)


def measure_import(store, aid: int, path: Path) -> dict:
    from exportaudit.core.testing.orders import open_table, read_orders

    t0 = time.perf_counter()
    table = open_table(path)
    t1 = time.perf_counter()
    calls = []
    result = read_orders(table, store.orders.suggested_mapping(None, table.headers), lambda d, t: calls.append((d, t)))
    t2 = time.perf_counter()
    list_id = store.orders.add_list(aid, result)
    t3 = time.perf_counter()
    assert len(result.orders) == ROWS, (len(result.orders), result.problems[:3])
    return {"open": t1 - t0, "read": t2 - t1, "store": t3 - t2, "total": t3 - t0, "list_id": list_id,
            "progress_calls": len(calls)}


def rows() -> list[tuple[str, str, str]]:
    from exportaudit.core.catalogue import DEFAULT_CHECKLIST_ID, find_checklist
    from exportaudit.core.session import AssessmentSession
    from exportaudit.core.store import open_store
    from exportaudit.core.testing.sampling import SamplePlan, SampleSize, Strata

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        write_csv(folder / "orders.csv")
        write_xlsx(folder / "orders.xlsx")
        generated = time.perf_counter() - t
        with open_store(folder / "bench.exportaudit", user="bench") as store:
            org = store.organisations.create("Bench Co", operator_type="exporter", size="medium")
            aid = store.assessments.create(org, find_checklist(DEFAULT_CHECKLIST_ID), "Bench",
                                          target_profile="established-exporter", period_start="2026-01-01")
            csv = measure_import(store, aid, folder / "orders.csv")
            xlsx = measure_import(store, aid, folder / "orders.xlsx")
            plan = SamplePlan(SampleSize(), Strata(high_risk_destinations=frozenset({"伊朗"}), listed_codes=True,
                                                   new_customers=True))
            t = time.perf_counter()
            sample_id = store.samples.draw(aid, xlsx["list_id"], plan, seed=20260305)
            drawn = time.perf_counter() - t
            cards = store.samples.orders(sample_id)
            for n, card in enumerate(cards):
                store.results.set_check(card.id, "screening-contract", "fail" if n == 0 else "pass")
            session = AssessmentSession(store, aid)
            _ = session.score
            times = []
            for n in range(50):
                t = time.perf_counter()
                session.rate("POL-01", n % 6)
                _ = session.score
                times.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.results.set_check(cards[1].id, "screening-shipment", "pass")
            _ = session.score
            after_card = time.perf_counter() - t
    times.sort()
    return [
        (f"order import: {ROWS:,}-row CSV (GB18030) open + read + store", f"{csv['total']:.2f} s", "a few seconds"),
        ("  of which read and parse / insert into the store", f"{csv['read']:.2f} / {csv['store']:.2f} s", "—"),
        (f"order import: {ROWS:,}-row .xlsx open + read + store", f"{xlsx['total']:.2f} s", "a few seconds"),
        ("  of which open (header, merges, size) / read and parse / insert",
         f"{xlsx['open']:.2f} / {xlsx['read']:.2f} / {xlsx['store']:.2f} s", "—"),
        ("  progress callbacks during the .xlsx import", f"{xlsx['progress_calls']}", "—"),
        (f"draw a stratified sample (min(25, 10 %)) from {ROWS:,} orders", f"{drawn * 1000:.0f} ms", "—"),
        ("answer a question and rescore, with a 25-order sample (median)", f"{times[len(times) // 2] * 1000:.1f} ms",
         "< 16 ms"),
        ("record a test-card result and rescore (cap recomputed)", f"{after_card * 1000:.1f} ms", "< 16 ms"),
        ("generating the two files (not a bar)", f"{generated:.1f} s", "—"),
    ]


if __name__ == "__main__":
    for name, figure, bar in rows():
        print(f"{name:<75} {figure:>22}   bar {bar}")
