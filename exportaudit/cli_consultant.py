"""The consultant's verbs: verify a report, exchange audit packages, the portfolio across clients.

Kept apart from ``cli`` (which wires them in with ``add_verbs``) so each verb's wording lives beside its verb.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from exportaudit.cli import ASSESSMENT, DRY_RUN, STORE, USER, YES, CommandError, _open, confirmed
from exportaudit.cli_text import cli_language, display_width, fit, message_language, say

SIGN_PASSWORD_VARIABLE = "EXPORTAUDIT_SIGN_PASSWORD"


def report_signer(args: argparse.Namespace):
    """The signer for ``report --sign-with``: the password from the environment or asked for; never stored."""
    if not getattr(args, "sign_with", None):
        return None
    lang = message_language(args)
    if args.format != "pdf":
        raise CommandError(say("sign_pdf_only", lang))
    from exportaudit.reports.signing import SigningError, load_signer

    password = os.environ.get(SIGN_PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError(say("sign_password_needed", lang, variable=SIGN_PASSWORD_VARIABLE))
        password = getpass.getpass(say("sign_password_prompt", lang, file=args.sign_with))
    try:
        return load_signer(args.sign_with, password)
    except SigningError as exc:
        raise CommandError(str(exc)) from None


# --- verify ---------------------------------------------------------------------------------------


def verdict_text(verdict, lang: str = "en") -> list[str]:
    """The verdict in sentences, first the one that answers "is this the report that was issued?"."""
    from exportaudit.reports import verify as v

    def issued_line(entry) -> str:
        to = say("issued_to", lang, recipient=entry.recipient) if entry.recipient else ""
        return say("issued_line", lang, date=entry.issued_at[:10], to=to, by=entry.issued_by or "—",
                   id=entry.assessment_id, title=entry.assessment_title, format=entry.format, language=entry.language)

    lines = []
    if verdict.kind == v.UNCHANGED:
        lines += [say("v_unchanged", lang, issued=issued_line(e)) for e in verdict.issued]
    elif verdict.kind == v.ALTERED:
        lines.append(say("v_altered", lang))
        lines += [say("v_original", lang, issued=issued_line(e)) for e in verdict.issued]
    elif verdict.kind == v.MATCHES_FINAL:
        lines.append(say("v_matches_final", lang,
                         assessments=", ".join(f"#{i} {t}" for i, t in verdict.assessments)))
    elif verdict.kind == v.UNKNOWN_FINGERPRINT:
        lines.append(say("v_unknown_fingerprint", lang))
    elif verdict.kind == v.NO_FINGERPRINT:
        lines.append(say("v_no_fingerprint", lang))
    elif verdict.kind == v.SIGNED_UNCHANGED:
        s = verdict.signature
        lines.append(say("v_signed_unchanged", lang, holder=s.holder, at=s.signed_at[:19] or "—"))
    elif verdict.kind == v.SIGNED_ALTERED:
        s = verdict.signature
        why = s.problem or say("v_added_after_signing" if s.intact else "v_signed_content_changed", lang)
        lines.append(say("v_signed_altered_by" if s.holder else "v_signed_altered", lang, why=why, holder=s.holder))
    else:
        lines.append(say("v_unsigned", lang))
    if verdict.store_checked and verdict.signature is not None and verdict.signature.signed:
        state = say("v_signature_valid" if verdict.signature.unchanged else "v_signature_invalid", lang)
        lines.append(say("v_signature", lang, state=state, holder=verdict.signature.holder or "—"))
    if verdict.fingerprint:
        lines.append(say("v_fingerprint", lang, fingerprint=verdict.fingerprint))
    lines.append(say("v_sha256", lang, sha=verdict.sha256))
    return lines


def cmd_verify(args: argparse.Namespace) -> int:
    from exportaudit.reports.verify import verify_report

    lang = cli_language(args.lang)
    try:
        if args.store:
            with _open(args.store, read_only=True) as store:
                verdict = verify_report(args.file, store)
        else:
            verdict = verify_report(args.file)
    except OSError as exc:
        raise CommandError(say("cannot_read", lang, file=args.file, detail=exc.strerror or exc)) from None
    if args.json:
        print(json.dumps({"verdict": verdict.kind, "unchanged": verdict.unchanged, "sha256": verdict.sha256,
                          "fingerprint": verdict.fingerprint,
                          "issued": [e.__dict__ for e in verdict.issued],
                          "assessments": [{"id": i, "title": t} for i, t in verdict.assessments],
                          "signature": None if verdict.signature is None else verdict.signature.__dict__},
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(verdict_text(verdict, lang)))
    return 0 if verdict.unchanged else 3


# --- audit packages -------------------------------------------------------------------------------


def cmd_package_export(args: argparse.Namespace) -> int:
    from exportaudit.cli import _session
    from exportaudit.exchange.package import export_package

    lang = cli_language(args.lang)
    with _open(args.store, read_only=True) as store:
        session = _session(store, args.assessment, lang)
        out = export_package(store, session.assessment_id, args.output)
        print(say("pkg_written", lang, id=session.assessment_id, title=session.assessment.in_language("title", lang),
                  path=out))
    return 0


def _change_lines(change, lang: str) -> list[str]:
    from exportaudit.exchange.package_merge import field_lines

    def did(what) -> str:
        return say(f"did_{what or 'unchanged'}", lang)

    what = did(change.here) if change.side == "here" else did(change.there) if change.side == "there" else \
        say("did_both", lang, here=did(change.here), there=did(change.there))
    key = change.key_text + " " * max(0, 24 - display_width(change.key_text))  # typed back whole: never cut
    head = f"  {fit(say('side_' + change.side, lang), 26)} {key} {what}: {change.label}"
    if change.choice:
        head += f"  [{say('keep_mine' if change.choice == 'mine' else 'take_theirs', lang)}]"
    if change.base is None and (change.mine is None or change.theirs is None):
        return [head]  # an addition: its label says what it is
    return [head] + [say("field_line", lang, field=f, base=b, mine=m, theirs=t) for f, b, m, t in field_lines(change)]


def cmd_package_import(args: argparse.Namespace) -> int:
    from exportaudit.exchange.package import read_package
    from exportaudit.exchange.package_merge import MINE, THEIRS, apply_merge, compare_package

    lang = cli_language(args.lang)
    package = read_package(args.file)
    with _open(args.store, read_only=args.dry_run, user=args.user) as store:
        preview = compare_package(store, package, args.assessment)
        if args.all_theirs or args.all_mine:
            preview.resolve_all(THEIRS if args.all_theirs else MINE)
        for key in args.theirs or []:
            preview.resolve(key, THEIRS)
        for key in args.mine or []:
            preview.resolve(key, MINE)
        print(say("pkg_header", lang, name=package.path.name, id=preview.assessment_id, title=package.title,
                  by=package.manifest.get("exported_by") or "—", at=str(package.manifest.get("exported_at", ""))[:16]))
        for side in ("conflict", "there", "both", "here"):
            for change in (c for c in preview.changes if c.side == side):
                print("\n".join(_change_lines(change, lang)))
        for table, count in preview.unmerged.items():
            print(say("pkg_unmerged", lang, count=count, table=table))
        if preview.new_evidence:
            print(say("pkg_new_evidence", lang, count=len(preview.new_evidence)))
        applying = len(preview.to_apply)
        if args.dry_run:
            print(say("pkg_dry_run", lang, count=applying, conflicts=len(preview.conflicts)))
            return 0
        if preview.unresolved:
            raise CommandError(say("pkg_need_decision", lang, count=len(preview.unresolved),
                                   keys=", ".join(c.key_text for c in preview.unresolved)))
        if applying and not confirmed(args, say("pkg_confirm", lang, count=applying)):
            print(say("cancelled", lang))
            return 0
        done = apply_merge(store, preview) if applying else 0
        print(say("pkg_imported", lang, count=done, name=package.path.name))
    return 0


# --- portfolio ------------------------------------------------------------------------------------


def cmd_portfolio(args: argparse.Namespace) -> int:
    from exportaudit.core.portfolio import build_portfolio

    lang = message_language(args)
    with _open(args.store, read_only=True) as store:
        # the table on screen names in the locale's form; JSON keeps both forms joined, as it always gave them
        portfolio = build_portfolio(store, language="both" if args.json else lang)
        book = build_portfolio(store, language=args.lang) if args.xlsx else portfolio
    rows = portfolio.rows  # by organisation name, as the store lists them
    if args.xlsx:
        from exportaudit.reports import ReportError
        from exportaudit.reports.portfolio_xlsx import write_portfolio_xlsx

        try:
            write_portfolio_xlsx(book, args.xlsx, args.lang)
        except ReportError as exc:
            raise CommandError(str(exc)) from None
    if args.json:
        print(json.dumps({"elements": [{"id": e.id, "name_zh": e.name.zh, "name_en": e.name.en}
                                       for e in portfolio.elements],
                          "rows": [r.as_dict() for r in rows]}, ensure_ascii=False, indent=2))
        return 0
    ids = [e.id for e in portfolio.elements]
    print(f"{fit(say('col_organisation', lang), 30)} {fit(say('col_year', lang), 4)} "
          + " ".join(f"E{n + 1}" for n in range(len(ids)))
          + "  " + "  ".join(fit(say(key, lang), width, ">") for key, width in PORTFOLIO_COUNTS)
          + "  " + say("col_next_due", lang))
    for r in rows:
        levels = " ".join(f"{'-' if r.levels.get(i) is None else r.levels[i]:>2}" for i in ids)
        print(f"{fit(r.organisation, 30)} {r.year:<4} {levels}  {_dash(r.overall_level):>5}  "
              f"{r.open_major_findings:>6}  {r.overdue_actions:>7}  {r.next_due or '—'}")
    print(say("portfolio_elements", lang,
              elements="; ".join(f"E{n + 1} {e.name.get(lang)}" for n, e in enumerate(portfolio.elements))))
    if args.xlsx:
        print(say("portfolio_written", lang, path=args.xlsx))
    return 0


PORTFOLIO_COUNTS = (("col_overall_level", 5), ("col_majors", 6), ("col_overdue", 7))


def _dash(value) -> str:
    return "—" if value is None else str(value)


# --- parser ---------------------------------------------------------------------------------------


MESSAGES_LANG = "language of the messages (default: the locale's)"


def add_verbs(verbs) -> None:
    p = verbs.add_parser("verify", help="check that a report is exactly the one issued (exit 0), or say why not (3)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--store", help="store whose report register to check (without it: the PDF's signature)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["zh", "en"], help=MESSAGES_LANG)
    p.set_defaults(func=cmd_verify)

    p = verbs.add_parser("package", help="exchange an assessment as one audit package file (.eaudit)")
    sub = p.add_subparsers(title="package verbs", metavar="VERB", required=True, parser_class=verbs._parser_class)
    v = sub.add_parser("export", parents=[STORE, ASSESSMENT],
                       help="write one assessment, its evidence and its base state to a package")
    v.add_argument("-o", "--output", required=True, help="file to write (.eaudit)")
    v.add_argument("--lang", choices=["zh", "en"], help=MESSAGES_LANG)
    v.set_defaults(func=cmd_package_export)
    v = sub.add_parser("import", parents=[STORE, DRY_RUN, YES, USER],
                       help="compare a returned package three ways, list the changes and merge them")
    v.add_argument("--assessment", type=int, help="assessment id (default: the one the package names)")
    v.add_argument("--theirs", action="append", metavar="KEY", help="resolve a conflict by taking the package's "
                   "version (KEY as listed, e.g. response:P1); repeatable")
    v.add_argument("--mine", action="append", metavar="KEY", help="resolve a conflict by keeping this store's "
                   "version; repeatable")
    group = v.add_mutually_exclusive_group()
    group.add_argument("--all-theirs", action="store_true", help="take the package's version for every conflict")
    group.add_argument("--all-mine", action="store_true", help="keep this store's version for every conflict")
    v.add_argument("--lang", choices=["zh", "en"], help=MESSAGES_LANG)
    v.add_argument("file", metavar="FILE.eaudit")
    v.set_defaults(func=cmd_package_import)

    p = verbs.add_parser("portfolio", parents=[STORE],
                         help="every organisation's latest assessment: element levels, findings, actions")
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="also write the table as an Excel workbook")
    p.add_argument("--lang", choices=["zh", "en", "both"], default="both", help="language of the workbook")
    p.set_defaults(document_language=True)  # the table on screen follows the locale
    p.set_defaults(func=cmd_portfolio)
