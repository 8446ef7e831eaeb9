"""Test helper process: holds a store open for writing, as the window does, and on each stdin command either
saves an answer on that connection or runs a job the way the window's workers do (on another thread, with
that thread's own connection).

Usage: store_holder.py STORE ASSESSMENT_ID OUT_FOLDER [--window]
With --window, the store is opened by a real main window (QApplication, offscreen) and the jobs run on the
window's worker pool. Commands, one a line: "answer ITEM LEVEL NOTE" (prints "saved ITEM"), "job KIND"
(prints "done KIND" or "failed KIND: reason"), "quit". Prints "ready" once the store is open.
"""

import os
import sys
import threading
from functools import partial
from pathlib import Path

from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store


def job(kind: str, store_path: Path, assessment_id: int, out: Path) -> None:
    """One worker-thread job, as the window's controllers run it."""
    if kind == "readonly":
        with open_store(store_path, read_only=True) as store:
            store.assessments.get(assessment_id)
    elif kind in ("report", "pdf"):
        from exportaudit.reports import build_report

        fmt = "xlsx" if kind == "report" else "pdf"
        with open_store(store_path, read_only=True) as store:
            build_report(AssessmentSession(store, assessment_id), fmt, out / f"report.{fmt}", language="en")
    elif kind == "questionnaire":
        from exportaudit.exchange.questionnaire_export import export_questionnaire

        with open_store(store_path, read_only=True) as store:
            export_questionnaire(AssessmentSession(store, assessment_id), out / "questionnaire.xlsx")
    elif kind == "requests":
        from exportaudit.exchange.request_list import write_request_list

        with open_store(store_path, create=False, user="holder") as own:
            if not own.requests.all(assessment_id):
                own.requests.build(assessment_id)
        with open_store(store_path, read_only=True) as store:
            write_request_list(AssessmentSession(store, assessment_id), out / "requests.xlsx")
    elif kind == "evidence":
        source = out / f"evidence-{os.getpid()}-{threading.get_ident()}.txt"
        source.write_text("a signed policy statement", encoding="utf-8")
        with open_store(store_path, create=False, user="holder") as store:
            item = store.checklists.get(store.assessments.get(assessment_id).checklist_sha256).items[0].id
            store.evidence.add(assessment_id, item, source)
    elif kind == "sample":
        from exportaudit.core.testing.sampling import SamplePlan, SampleSize, Strata

        with open_store(store_path, create=False, user="holder") as store:
            list_id = store.orders.lists(assessment_id)[0].id
            store.samples.draw(assessment_id, list_id, SamplePlan(SampleSize(max_count=5, percent=5), Strata()), 7)
    else:
        raise ValueError(kind)


def serve(store, run_job) -> None:
    aid = int(sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        verb, *args = line.split()
        if verb == "answer":
            item, level, note = args
            store.answers.save(aid, item, level=int(level), na=False, note=note)
            print(f"saved {item}", flush=True)
        elif verb == "job":
            kind = args[0]
            try:
                run_job(partial(job, kind, store.path, aid, Path(sys.argv[3])))
                print(f"done {kind}", flush=True)
            except Exception as exc:  # reported to the test, which fails on it
                print(f"failed {kind}: {exc!r}", flush=True)
        elif verb == "quit":
            break


def in_thread(fn) -> None:
    errors = []

    def run():
        try:
            fn()
        except Exception as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if errors:
        raise errors[0]


def main() -> None:
    path = Path(sys.argv[1])
    if "--window" not in sys.argv:
        store = open_store(path, create=False, user="holder")
        serve(store, in_thread)
        store.close()
        return
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop

    from exportaudit.ui import tasks
    from exportaudit.ui.app import create_application, create_main_window

    app = create_application([])
    window = create_main_window(app, store_path=path, language="en")
    window.show()
    app.processEvents()

    def on_window_pool(fn) -> None:
        loop, outcome = QEventLoop(), {}
        tasks.run_in_background(lambda _report: fn(), on_success=lambda _r: loop.quit(),
                                on_failure=lambda exc: (outcome.setdefault("error", exc), loop.quit()))
        loop.exec()
        if "error" in outcome:
            raise outcome["error"]

    serve(window.store, on_window_pool)


if __name__ == "__main__":
    main()
