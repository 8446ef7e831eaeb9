"""The command line: `exportaudit` opens the window; verbs script everything else without a GUI.

Every verb exits 0 on success and 1 with a one-line reason on stderr on failure (2 for a misused command).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from exportaudit import __version__
from exportaudit.cli_text import cli_language, display_width, fit, message_language, say
from exportaudit.core.catalogue import ChecklistNotInstalledError, available_checklists
from exportaudit.core.checklist_loader import ChecklistError
from exportaudit.core.reasons import DUTY_STATUSES, cap_reason_text, check_labels
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import Store, StoreError, open_store
from exportaudit.core.store.errors import WriteProtectedError
from exportaudit.core.store.messages import message_in
from exportaudit.core.user_name import COMMAND_LINE_USER, configured_user_name
from exportaudit.core.vocab import ASSESSMENT_STATUSES, MAPPING_NOTE, NOT_ASSESSED, RELATIONS


class CommandError(Exception):
    """A user-facing failure of a verb."""


def _open(path: str, *, create: bool = False, read_only: bool = False, user: str | None = None) -> Store:
    """Open a store for a verb; its changes record ``user`` (--user), else the name the window was given, else
    "command line", never the login name (see core.user_name)."""
    return open_store(path, create=create, read_only=read_only, source="cli",
                      user=user or configured_user_name() or COMMAND_LINE_USER)


def _session(store: Store, assessment_id: int | None, lang: str = "en") -> AssessmentSession:
    if assessment_id is None:
        latest = store.assessments.latest()
        if latest is None:
            raise CommandError(say("no_assessment_yet", lang, path=store.path))
        assessment_id = latest.id
    return AssessmentSession(store, assessment_id)


# --- verbs ----------------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from exportaudit.ui.app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(store_path=args.store, language=args.lang, read_only=args.read_only)


def cmd_demo(args: argparse.Namespace) -> int:
    from exportaudit.core.demo import build_demo
    from exportaudit.reports.demo_report import issue_demo_report

    with build_demo(args.store, force=args.force, source="cli") as store:
        issue_demo_report(store)
        assessment = store.assessments.latest()
        print(f"Demo store written to {store.path} (assessment #{assessment.id}: "
              f"{assessment.in_language('title', 'en')}).")
    return 0


def cmd_checklist_validate(args: argparse.Namespace) -> int:
    from exportaudit.core.framework_validate import validate_files

    failed = 0
    for file, outcome, warnings in validate_files(args.files):
        if isinstance(outcome, ChecklistError):
            failed += 1
            for problem in outcome.problems:
                print(problem, file=sys.stderr)
            continue
        print(f"{file}: ok ({outcome})")
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
    if failed:
        raise CommandError(f"{failed} of {len(args.files)} checklist file(s) refused; see the problems above.")
    return 0


def cmd_checklist_list(args: argparse.Namespace) -> int:
    checklists, errors = available_checklists()
    rows = []
    for c in checklists:
        core = c.for_modules(())
        modules = [{"id": m.id, "name_zh": m.name.zh, "name_en": m.name.en,
                    "elements": [e.id for e in c.elements if e.module == m.id],
                    "items": sum(1 for i in c.items if c.element(i.element).module == m.id)} for m in c.modules]
        rows.append({"id": c.id, "version": c.version, "title_zh": c.title.zh, "title_en": c.title.en,
                     "elements": len(core.elements), "items": len(core.items), "modules": modules,
                     "sha256": c.sha256})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['id']}  {r['version']}  {r['elements']} elements, {r['items']} items  {r['title_en']} / {r['title_zh']}")
            for m in r["modules"]:
                print(f"    optional module {m['id']}: {len(m['elements'])} elements, {m['items']} items  {m['name_en']}")
    for error in errors:
        print(f"refused: {error.problems[0]}", file=sys.stderr)
    return 0


def cmd_checklist_upgrade(args: argparse.Namespace) -> int:
    from exportaudit.core.catalogue import find_checklist
    from exportaudit.core.upgrade import DROPPED, MOVED, NEW, UpgradeError

    with _open(args.store, read_only=args.dry_run) as store:
        assessment = store.assessments.get(args.assessment)
        current = store.checklists.get(assessment.checklist_sha256)
        target = find_checklist(current.id)
        try:
            plan = store.upgrades.plan(assessment.id, target)
        except UpgradeError as exc:
            raise CommandError(str(exc)) from None
        print(f"Assessment #{assessment.id} {assessment.title}: {current.id} {current.version} -> {target.version}")
        marks = {"kept": "=", MOVED: ">", DROPPED: "x", NEW: "+"}
        for m in plan.moves:
            what = {"kept": f"{m.old_id} kept", MOVED: f"{m.old_id} moves to {m.new_id}",
                    DROPPED: f"{m.old_id} dropped (its answer stays in the history)", NEW: f"{m.new_id} new, unanswered"}
            detail = f"  [{'answered' if m.answered else 'no answer'}]" if m.old_id else ""
            reason = f"  {m.reason.en}" if m.reason and m.kind in (MOVED, DROPPED, NEW) else ""
            print(f"  {marks[m.kind]} {what[m.kind]}{detail}{reason}")
        counts = {k: len(plan.of_kind(k)) for k in ("kept", MOVED, DROPPED, NEW)}
        print(f"{counts['kept']} kept, {counts[MOVED]} moved, {counts[DROPPED]} dropped, {counts[NEW]} new.")
        for notice in plan.notices:
            print(f"Note: {notice.en}")
        if args.dry_run:
            print("Dry run: nothing changed.")
            return 0
        try:
            store.upgrades.apply(plan)
        except UpgradeError as exc:
            raise CommandError(str(exc)) from None
        print(f"Upgraded assessment #{assessment.id} to {target.id} {target.version}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    lang = cli_language(args.lang)
    with _open(args.store, read_only=True) as store:
        rows = []
        for org in store.organisations.all():
            for a in store.assessments.all(org.id):
                rows.append({"assessment": a.id, "organisation": org.name, "title": a.title, "kind": a.kind,
                             "status": a.status, "updated_at": a.updated_at,
                             "organisation_zh": org.name_zh, "organisation_en": org.name_en,
                             "title_zh": a.title_zh, "title_en": a.title_en,
                             "shown": f"{org.in_language('name', lang)} — {a.in_language('title', lang)}"})
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "shown"} for r in rows], ensure_ascii=False, indent=2))
    else:
        words = {code: text.get(lang) for code, text in ASSESSMENT_STATUSES.items()}  # as the window says them
        width = max(display_width(w) for w in words.values())
        for r in rows:  # names in the form of the command line's language
            print(f"#{r['assessment']}  {fit(words.get(r['status'], r['status']), width)}  {r['updated_at']}  "
                  f"{r['shown']}")
    return 0


def _item_id(session: AssessmentSession, typed: str, lang: str) -> str:
    """The checklist's item id for what was typed, in any case (scr-03 is SCR-03)."""
    wanted = typed.strip().casefold()
    for item in session.checklist.items:
        if item.id.casefold() == wanted:
            return item.id
    raise CommandError(say("no_item", lang, id=session.assessment_id, item=typed))


def cmd_answer(args: argparse.Namespace) -> int:
    lang = cli_language(args.lang)
    with _open(args.store, user=args.user) as store:
        session = _session(store, args.assessment, lang)
        item_id = _item_id(session, args.item, lang)
        if args.level is not None:
            session.rate(item_id, args.level)
        elif args.na is not None:
            session.mark_not_applicable(item_id, args.na)
        elif args.clear:
            session.clear(item_id)
        if args.note is not None:
            session.set_note(item_id, args.note)
        element = session.score.element(session.checklist.item(item_id).element)
        name = session.checklist.element(element.element_id).name.get(lang)
        print(say("saved", lang, item=item_id, element=name, score=_fmt(element.score), level=_fmt(element.level)))
    return 0


def _fmt(value) -> str:
    return "—" if value is None else str(value)


def score_as_json(session: AssessmentSession) -> dict:
    """The score as data. Model 2 adds the model, who assessed, and per element the uncapped score, the reasons
    for every cap and the range a provisional level could take; a model-1 assessment's output is as it always was."""
    s, a, c = session.score, session.assessment, session.checklist
    data = {
        "assessment": {"id": a.id, "title": a.title, "checklist_id": c.id, "checklist_version": c.version,
                       "target_profile": a.target_profile},
        "overall": {"score": s.overall.score, "level": s.overall.level, "provisional": s.overall.provisional,
                    "coverage": round(s.overall.coverage, 4), "capped": s.overall.capped},
        "elements": [{"id": e.element_id, "name_zh": c.element(e.element_id).name.zh,
                      "name_en": c.element(e.element_id).name.en, "score": e.score, "level": e.level,
                      "target": e.target, "gap": e.gap, "coverage": round(e.coverage, 4), "capped": e.capped,
                      "unevidenced": e.unevidenced, "sample_exceptions": list(e.sample_exceptions),
                      # only an optional module's elements say so: other output stays exactly as it was
                      **({"module": m} if (m := c.element(e.element_id).module) else {})}
                     for e in s.elements],
    }
    if session.model >= 2:
        labels = check_labels(c)
        data["assessment"].update({"scoring_model": a.scoring_model, "assessor": a.assessor,
                                   "assessor_role": a.assessor_role, "independence": a.independence,
                                   "reviewer": a.reviewer, "review_date": a.review_date,
                                   "evidence_window": [session.window.start.isoformat(), session.window.end.isoformat()]})
        data["overall"].update({"score_uncapped": s.overall.score_uncapped,
                                "level_range": list(s.overall.level_range) if s.overall.level_range else None})
        for row, e in zip(data["elements"], s.elements, strict=True):
            row.update({"score_uncapped": e.score_uncapped, "cap_reasons": [_cap_json(r, labels) for r in e.cap_reasons],
                        "level_range": list(e.level_range) if e.level_range else None})
    return data


def _cap_json(cap, labels) -> dict:
    text = cap_reason_text(cap, labels)
    return {**cap.as_json(), "zh": text.zh, "en": text.en}


SCORE_COLUMNS = (("col_element", 34, "<"), ("col_score", 5, ">"), ("col_level", 5, ">"), ("col_target", 6, ">"),
                 ("col_gap", 4, ">"), ("col_coverage", 6, ">"))


def cmd_score(args: argparse.Namespace) -> int:
    lang = cli_language(args.lang)
    with _open(args.store, read_only=True) as store:
        session = _session(store, args.assessment, lang)
        if args.framework:
            return cmd_score_framework(args, session)
        data = score_as_json(session)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    o, a = data["overall"], data["assessment"]
    print(say("assessment", lang, id=a["id"], title=session.assessment.in_language("title", lang)))
    print(say("checklist", lang, id=a["checklist_id"], version=a["checklist_version"],
              profile=a["target_profile"] or "—"))

    def row(cells: list[str]) -> str:
        return " ".join(fit(text, width, align) for text, (_key, width, align) in zip(cells, SCORE_COLUMNS, strict=True))

    print(row([say(key, lang) for key, _w, _a in SCORE_COLUMNS]) + "  " + say("col_flags", lang))
    for e in data["elements"]:
        flags = ("，" if lang == "zh" else ", ").join(text for text, on in (
            (say("flag_capped", lang), e["capped"]),
            (say("flag_unevidenced", lang, count=e["unevidenced"]), e["unevidenced"]),
            (say("flag_sample", lang, items=", ".join(e["sample_exceptions"])), e["sample_exceptions"]),
            (say("flag_module", lang), e.get("module"))) if on)
        name = e["name_zh"] if lang == "zh" else e["name_en"]
        print(row([name, _fmt(e["score"]), _fmt(e["level"]), _fmt(e["target"]), _fmt(e["gap"]),
                   f"{e['coverage']:.0%}"]) + "  " + flags)
    print(say("overall", lang, score=_fmt(o["score"]), level=_fmt(o["level"]),
              state=say("provisional" if o["provisional"] else "final", lang), coverage=f"{o['coverage']:.0%}"))
    return 0


def cmd_duties(args: argparse.Namespace) -> int:
    """The statutory duties register: where the organisation may be breaking the law."""
    from exportaudit.core.legal import render_all

    with _open(args.store, read_only=True) as store:
        session = _session(store, args.assessment)
        duties = session.duties()
        a = session.assessment
    if args.json:
        print(json.dumps({"assessment": {"id": a.id, "title": a.title, "scoring_model": a.scoring_model},
                          "counts": {k: sum(d.status == k for d in duties) for k in DUTY_STATUSES},
                          "duties": [d.as_json() for d in duties]}, ensure_ascii=False, indent=2))
        return 0
    lang = "zh" if args.lang == "zh" else "en"
    print(f"Assessment #{a.id}: {a.in_language('title', lang)} (scoring model {a.scoring_model})")
    counts = ", ".join(f"{sum(d.status == k for d in duties)} {DUTY_STATUSES[k].get(lang)}" for k in DUTY_STATUSES)
    print(f"{len(duties)} statutory duties: {counts}")
    for d in duties:
        reasons = "; ".join(r.text.get(lang) for r in d.reasons)
        penalty = f"  penalty: {render_all(d.penalties, lang)}" if d.penalties else ""
        print(f"{d.item_id:<8} {DUTY_STATUSES[d.status].get(lang):<13} {render_all(d.references, lang)}"
              f"{'  — ' + reasons if reasons else ''}{penalty}")
    return 0


def cmd_rescore(args: argparse.Namespace) -> int:
    """Move an open model-1 assessment to the current model, listing what changes first."""
    from exportaudit.core.rescore import model_changes
    from exportaudit.core.scoring_model2 import CURRENT_MODEL

    with _open(args.store, read_only=args.dry_run, user=args.user) as store:
        session = _session(store, args.assessment)
        a = session.assessment
        if a.scoring_model >= CURRENT_MODEL:
            print(f"Assessment #{a.id} is already scored with model {a.scoring_model}.")
            return 0
        if a.is_final:
            raise CommandError(f"Assessment #{a.id} is finalised with model {a.scoring_model} and keeps it; reopen "
                               "it first to re-score.")
        changes = model_changes(session.checklist, session.score, session.score_with(CURRENT_MODEL))
        print(f"Re-scoring assessment #{a.id} with model {CURRENT_MODEL} changes {len(changes)} result(s):")
        for change in changes:
            print(f"  {change.text.en}")
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        if sys.stdin.isatty() and not args.yes:
            if input("Re-score with model 2? [y/N] ").strip().lower() not in ("y", "yes"):
                print("Nothing was changed.")
                return 0
        session.rescore_with_current_model()
    print(f"Assessment #{a.id} is now scored with model {CURRENT_MODEL} (logged in its history).")
    return 0


def framework_as_json(fs, checklist) -> dict:
    """A framework's sections for ``score --framework --json``: level, coverage and the items behind each."""
    f = fs.framework
    return {
        "framework": {"id": f.id, "version": f.version, "title_zh": f.title.zh, "title_en": f.title.en,
                      "crosswalk_version": fs.crosswalk.version,
                      "note": "ExportAudit's own mapping, not an official equivalence."},
        "sections": [{
            "id": s.section_id, "id_is_ours": f.section(s.section_id).ours,
            "name_zh": f.section(s.section_id).name.zh, "name_en": f.section(s.section_id).name.en,
            "score": s.score, "level": s.level, "not_assessed": s.not_assessed,
            "coverage": round(s.coverage, 4), "answered": s.answered, "applicable": s.applicable,
            "capped": s.capped, "weak_key_items": list(s.weak_key_items),
            "items": [{"id": r.link.item, "relation": r.link.relation, "weight": r.link.weight,
                       "in_scope": r.score is not None,
                       "effective": r.score.effective if r.score else None,
                       "na": bool(r.score and r.score.na),
                       "rationale_zh": r.link.rationale.zh, "rationale_en": r.link.rationale.en}
                      for r in s.items]}
            for s in fs.sections],
    }


def cmd_score_framework(args: argparse.Namespace, session: AssessmentSession) -> int:
    from exportaudit.core.framework_catalogue import framework_score

    try:
        fs = framework_score(session, args.framework)
    except LookupError as exc:  # no such framework, or no crosswalk from this checklist: say which there are
        raise CommandError(str(exc).strip("'\"")) from None
    data = {"assessment": {"id": session.assessment.id, "title": session.assessment.title,
                           "checklist_id": session.checklist.id, "checklist_version": session.checklist.version,
                           "modules": list(session.assessment.module_ids)},
            **framework_as_json(fs, session.checklist)}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lang = cli_language(args.lang)
    f = fs.framework
    print(say("assessment", lang, id=session.assessment.id, title=session.assessment.in_language("title", lang)))
    print(f"{f.title.get(lang)} ({f.id})")
    print(MAPPING_NOTE.get(lang))
    columns = (("col_section", 40, "<"), ("col_level", 12, ">"), ("col_coverage", 7, ">"))
    print(" ".join(fit(say(k, lang), w, a) for k, w, a in columns) + "  " + say("col_items", lang))
    for s in data["sections"]:
        name = f"{s['id']} {s['name_zh'] if lang == 'zh' else s['name_en']}"
        level = _fmt(s["level"]) if s["level"] is not None else NOT_ASSESSED.get(lang)
        items = ", ".join(i["id"] + ("" if i["relation"] == "full" else f" ({RELATIONS[i['relation']].get(lang)})")
                          for i in s["items"] if i["in_scope"])
        cells = (name, level, f"{s['coverage']:.0%}" if s["applicable"] else "—")
        print(" ".join(fit(text, w, a) for text, (_k, w, a) in zip(cells, columns, strict=True)) + "  " + items)
    return 0


def cmd_frameworks_list(args: argparse.Namespace) -> int:
    from exportaudit.core.framework_catalogue import load_catalogue

    catalogue = load_catalogue()
    rows = [{"id": f.id, "version": f.version, "title_zh": f.title.zh, "title_en": f.title.en,
             "sections": [s.id for s in f.sections],
             "crosswalks_from": [c.checklist for c in catalogue.crosswalks if c.framework == f.id]}
            for f in catalogue.frameworks]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        lang = cli_language(None)
        for r in rows:
            print(f"{fit(r['id'], 16)} {say('fw_sections', lang, count=len(r['sections']))}  "
                  f"{r['title_zh'] if lang == 'zh' else r['title_en']}")
            print(f"{fit('', 16)} {say('fw_mapped_from', lang, checklists=', '.join(r['crosswalks_from']) or '—')}")
    for error in catalogue.errors:
        print(f"refused: {error.problems[0]}", file=sys.stderr)
    return 0


def cmd_module(args: argparse.Namespace) -> int:
    lang = cli_language(None)
    with _open(args.store, user=args.user) as store:
        session = _session(store, args.assessment, lang)
        full = store.checklists.get(session.assessment.checklist_sha256)
        if full.module(args.module) is None:
            raise CommandError(say("no_module", lang, checklist=full.id, module=args.module,
                                   choices=", ".join(m.id for m in full.modules) or "—"))
        store.assessments.set_module(session.assessment_id, args.module, args.state == "on")
        session.reload()
        items = sum(1 for i in session.checklist.items if session.checklist.element(i.element).module == args.module)
        print(say("module_on" if args.state == "on" else "module_off", lang, id=session.assessment_id,
                  module=args.module, count=items))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from exportaudit.reports import ReportError

    out = Path(args.output)
    if out.suffix.lower() != f".{args.format}":
        raise CommandError(say("report_suffix", message_language(args), name=out.name, suffix=args.format,
                               format=args.format.upper()))
    from exportaudit.cli_consultant import report_signer
    from exportaudit.reports.issue import issue_report

    signer = report_signer(args)
    try:
        store = _open(args.store, create=False, user=args.user)  # writable: the report register records the issue
    except WriteProtectedError:
        store = _open(args.store, read_only=True)
    lang = message_language(args)
    with store:
        session = _session(store, args.assessment, lang)
        try:
            issued = issue_report(session, args.format, out, language=args.lang, signer=signer,
                                  frameworks=tuple(args.framework or ()))
        except ReportError as exc:
            raise CommandError(str(exc)) from None
        if store.read_only:
            print(say("report_not_recorded", lang, path=store.path), file=sys.stderr)
        else:
            issued.register(store, session.assessment_id, args.recipient or "")
    print(say("report_written", lang, path=out) + (" " + say("report_signed", lang) if issued.signed else ""))
    if not store.read_only:
        print(say("report_recorded", lang, sha=issued.sha256))
    return 0


def cmd_questionnaire_export(args: argparse.Namespace) -> int:
    from exportaudit.exchange.questionnaire_export import export_questionnaire

    with _open(args.store, read_only=True) as store:
        session = _session(store, args.assessment, cli_language(None))
        export_questionnaire(session, args.output, language=args.lang)
        count = len(session.applicable_items)
    print(f"Questionnaire with {count} items written to {args.output}.")
    return 0


def cmd_questionnaire_import(args: argparse.Namespace) -> int:
    from exportaudit.exchange.questionnaire_import import QuestionnaireError, apply_questionnaire, read_questionnaire

    with _open(args.store, read_only=args.dry_run, user=args.user) as store:
        session = _session(store, args.assessment, cli_language(None))
        if store.is_own_file(Path(args.file)):
            raise CommandError(f"{args.file} is the store's own file, not a questionnaire.")
        try:
            preview = read_questionnaire(args.file, session)
        except QuestionnaireError as exc:
            raise CommandError(str(exc)) from None
        taken = _taken_conflicts(preview.conflicts, args.take_workbook, args.take_workbook_all)
        print(f"{preview.rows_read} rows read from {args.file}.")
        for change in preview.changes:
            print(f"  {change.item_id:<8} {change.field:<10} {_shown(change.old)} -> {_shown(change.new)}")
        for conflict in preview.conflicts:
            decision = "the workbook's value is taken" if conflict in taken else "ExportAudit's value is kept"
            print(f"  conflict: {conflict.item_id:<8} {conflict.field:<6} at export {_shown(conflict.at_export)} | "
                  f"now {_shown(conflict.in_store)} | workbook {_shown(conflict.in_workbook)}: {decision}")
        for notice in preview.notices:
            print(f"  note: {notice}")
        for problem in preview.problems:
            print(f"  not imported: {problem}", file=sys.stderr)
        items = len(preview.items_changed_with(taken))
        kept = len(preview.conflicts) - len(taken)
        if kept:
            print(f"{kept} conflict(s): changed in ExportAudit since the export and in the workbook; ExportAudit's "
                  "value is kept unless you name the item with --take-workbook ITEM (or give --take-workbook-all).")
        if args.dry_run:
            print(f"Dry run: {items} item(s) would change; nothing was written.")
            return 0
        if items and not confirmed(args, f"Apply the changes to {items} item(s)?"):
            print("Cancelled; nothing was written.")
            return 0
        changed = apply_questionnaire(session, preview, taken) if items else 0
        kept_text = f" {kept} conflict(s) keep ExportAudit's value." if kept else ""
        print(f"Imported: {changed} item(s) changed, {len(preview.problems)} row(s) not imported.{kept_text}")
    return 0


def _taken_conflicts(conflicts: list, named: list[str], take_all: bool) -> list:
    """The conflicts whose workbook value the user chose: all, or those of the items named (ITEM[,ITEM]...)."""
    if take_all:
        return list(conflicts)
    items = {part.strip() for text in named for part in text.split(",") if part.strip()}
    unknown = sorted(items - {c.item_id for c in conflicts})
    if unknown:
        raise CommandError(f"--take-workbook names {', '.join(unknown)}, which the questionnaire has no conflict "
                           "for; run with --dry-run to see the conflicts.")
    return [c for c in conflicts if c.item_id in items]


def confirmed(args: argparse.Namespace, question: str) -> bool:
    """At a terminal, ask before writing an import (unless --yes); scripts and pipes are never asked."""
    if args.yes or not sys.stdin.isatty():
        return True
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "是")


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


# --- parser ---------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        self.exit(2, f"{self.prog}: error: {message}\n")


def _level(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a level; expected a whole number from 0 to 5") from None
    if not 0 <= value <= 5:
        raise argparse.ArgumentTypeError(f"level {value} is out of range; expected 0 to 5")
    return value


USER_HELP = ("who the change history names (default: the name given in the window's Preferences, else "
             "'command line')")


def _user(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise argparse.ArgumentTypeError("give a name, e.g. --user \"Li Wei\"")
    return name


def _shared(*names: str, **kwargs) -> argparse.ArgumentParser:
    """An option many verbs take, as a parent parser (``parents=``), so that it is spelt and explained once."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(*names, **kwargs)
    return parent


STORE = _shared("--store", required=True)
ASSESSMENT = _shared("--assessment", type=int, help="assessment id (default: the most recently changed)")
USER = _shared("--user", type=_user, metavar="NAME", help=USER_HELP)
BOTH_LANGS = _shared("--lang", choices=["zh", "en", "both"], default="both")
BOTH_LANGS.set_defaults(document_language=True)  # the document's language; messages follow the locale
DRY_RUN = _shared("--dry-run", action="store_true", help="only list what would change")
YES = _shared("--yes", action="store_true", help="apply without asking, even at a terminal")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="exportaudit", description="Audit an export-control ICP against MOFCOM's 2021 guidance.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--store", help="store file to open in the window (default: the last one used)")
    parser.add_argument("--lang", choices=["zh", "en"], help="interface language (default: the system's)")
    parser.add_argument("--read-only", action="store_true", help="open the store read-only")
    parser.set_defaults(func=cmd_gui)
    verbs = parser.add_subparsers(title="verbs", parser_class=_Parser, metavar="VERB")

    p = verbs.add_parser("demo", help="create a demo store with a partly completed assessment")
    p.add_argument("--store", required=True, help="file to create")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=cmd_demo)

    p = verbs.add_parser("checklist", help="validate, list or upgrade checklists")
    sub = p.add_subparsers(title="checklist verbs", parser_class=_Parser, metavar="VERB", required=True)
    v = sub.add_parser("validate", help="check checklist files and print every problem")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.set_defaults(func=cmd_checklist_validate)
    v = sub.add_parser("list", help="list the installed checklists")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_checklist_list)
    v = sub.add_parser("upgrade", help="move an assessment to the installed version of its checklist, showing the "
                       "item mapping first")
    v.add_argument("--store", required=True)
    v.add_argument("--assessment", type=int, required=True, help="assessment id")
    v.add_argument("--dry-run", action="store_true", help="only show the mapping")
    v.set_defaults(func=cmd_checklist_upgrade)

    p = verbs.add_parser("list", parents=[STORE], help="list the organisations' assessments in a store")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["zh", "en"], help="language of the status words (default: the locale's)")
    p.set_defaults(func=cmd_list)

    p = verbs.add_parser("answer", parents=[STORE, ASSESSMENT, USER], help="rate an item, mark it N/A, or note it")
    p.add_argument("--item", required=True, help="item id, e.g. SCR-01 (any case)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--level", type=_level, help="rating 0-5")
    group.add_argument("--na", metavar="WHY", help="mark not applicable, with the justification")
    group.add_argument("--clear", action="store_true", help="remove the rating or N/A")
    p.add_argument("--note", help="set the item's note")
    p.add_argument("--lang", choices=["zh", "en"], help="language of the messages (default: the locale's)")
    p.set_defaults(func=cmd_answer)

    p = verbs.add_parser("score", parents=[STORE, ASSESSMENT], help="print an assessment's maturity scores")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["zh", "en"], help="language of the table (default: the locale's)")
    p.add_argument("--framework", metavar="ID", help="score against another framework through its crosswalk "
                   "(eu-2019-1318, bis-ecg-2017, wassenaar-2011; see 'frameworks list')")
    p.set_defaults(func=cmd_score)

    p = verbs.add_parser("duties", parents=[STORE, ASSESSMENT],
                         help="list the statutory duties: met, not met (with reasons) or not assessed")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("zh", "en"), default="en")
    p.set_defaults(func=cmd_duties)

    p = verbs.add_parser("rescore", parents=[STORE, ASSESSMENT, USER],
                         help="re-score an open model-1 assessment with model 2, showing the changes first")
    p.add_argument("--dry-run", action="store_true", help="list the changes only")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_rescore)

    p = verbs.add_parser("frameworks", help="list the frameworks an assessment can be reported against")
    sub = p.add_subparsers(title="frameworks verbs", parser_class=_Parser, metavar="VERB", required=True)
    v = sub.add_parser("list", help="list the installed frameworks and the checklists mapped to them")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_frameworks_list)

    p = verbs.add_parser("module", help="switch an optional checklist module on or off for an assessment")
    p.add_argument("state", choices=["on", "off"])
    p.add_argument("module", metavar="MODULE", help="module id, e.g. other-frameworks")
    p.add_argument("--store", required=True)
    p.add_argument("--assessment", type=int, help="assessment id (default: the most recently changed)")
    p.add_argument("--user", type=_user, metavar="NAME", help=USER_HELP)
    p.set_defaults(func=cmd_module)

    p = verbs.add_parser("questionnaire", help="exchange an Excel questionnaire with a client")
    sub = p.add_subparsers(title="questionnaire verbs", parser_class=_Parser, metavar="VERB", required=True)
    v = sub.add_parser("export", parents=[STORE, ASSESSMENT, BOTH_LANGS],
                       help="write the questionnaire workbook for the client to fill in")
    v.add_argument("-o", "--output", required=True, help="file to write (.xlsx)")
    v.set_defaults(func=cmd_questionnaire_export)
    v = sub.add_parser("import", parents=[STORE, ASSESSMENT, DRY_RUN, YES, USER],
                       help="check a filled questionnaire, list the changes and apply them")
    v.add_argument("--take-workbook", action="append", default=[], metavar="ITEM[,ITEM]",
                   help="for these items, take the workbook's value where the answer was changed both in ExportAudit "
                        "since the export and in the workbook (a conflict); without it ExportAudit's newer value is "
                        "kept")
    v.add_argument("--take-workbook-all", action="store_true",
                   help="take the workbook's value for every conflict")
    v.add_argument("file", metavar="FILE.xlsx")
    v.set_defaults(func=cmd_questionnaire_import)

    p = verbs.add_parser("report", parents=[STORE, ASSESSMENT, BOTH_LANGS], help="write an Excel or PDF report")
    p.add_argument("--format", choices=["xlsx", "pdf"], required=True)
    p.add_argument("-o", "--output", required=True, help="file to write")
    p.add_argument("--recipient", help="to whom the report is issued (recorded in the report register)")
    p.add_argument("--user", type=_user, metavar="NAME", help="who issues it, as the report register names them "
                   "(default: the name given in the window's Preferences, else 'command line')")
    p.add_argument("--sign-with", metavar="FILE.p12", help="sign the PDF with this PKCS#12 certificate; the password "
                   "is asked for (or read from EXPORTAUDIT_SIGN_PASSWORD)")
    p.add_argument("--framework", action="append", metavar="ID",
                   help="add a section (PDF) or sheet (Excel) against another framework; repeat it, or give 'all' "
                        "(ids: eu-2019-1318, bis-ecg-2017, wassenaar-2011)")
    p.set_defaults(func=cmd_report)

    from exportaudit.cli_consultant import add_verbs
    from exportaudit.cli_names import add_verbs as add_name_verbs

    add_verbs(verbs)
    add_name_verbs(verbs)
    return parser


FREE_TEXT_OPTIONS = ("--note", "--na")


def _attach_free_text(argv: list[str]) -> list[str]:
    """Join each free-text option to its value ("--note=-2+3"): argparse takes a separate value that starts
    with a dash for another option, so a note such as "-2+3" or "- see minutes" would be refused."""
    joined, rest = [], iter(argv)
    for arg in rest:
        value = next(rest, None) if arg in FREE_TEXT_OPTIONS else None
        joined.append(arg if value is None else f"{arg}={value}")
    return joined


def _user_errors() -> tuple[type[BaseException], ...]:
    """The project's own error types, whose message is meant for the user; anything else is a programming error
    and keeps its traceback. The report module's error joins once that module is loaded (no verb can have raised
    it before), so a verb that writes no report does not pay for loading it."""
    errors: tuple[type[BaseException], ...] = (CommandError, StoreError, ChecklistNotInstalledError)
    reports = sys.modules.get("exportaudit.reports.errors")
    return errors + ((reports.ReportError,) if reports is not None else ())


OPENED_BY_DOUBLE_CLICK = (".exportaudit", ".eaudit")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if len(argv) == 1 and Path(argv[0]).suffix.lower() in OPENED_BY_DOUBLE_CLICK:
        argv = ["--store", argv[0]]  # the desktop passes a double-clicked store or package as the only argument
    args = parser.parse_args(_attach_free_text(argv))
    if args.func is cmd_answer and args.level is None and args.na is None and not args.clear and args.note is None:
        parser.exit(2, "exportaudit answer: error: give --level, --na, --clear or --note\n")
    try:
        return args.func(args)
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            raise
        lang = message_language(args)
        print(f"exportaudit: {say('error', lang)}: {message_in(exc, lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
