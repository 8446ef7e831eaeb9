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

SIGN_PASSWORD_VARIABLE = "EXPORTAUDIT_SIGN_PASSWORD"


def report_signer(args: argparse.Namespace):
    """The signer for ``report --sign-with``: the password from the environment or asked for; never stored."""
    if not getattr(args, "sign_with", None):
        return None
    if args.format != "pdf":
        raise CommandError("Only PDF reports can be signed; drop --sign-with or use --format pdf.")
    from exportaudit.reports.signing import SigningError, load_signer

    password = os.environ.get(SIGN_PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError(f"The certificate's password is needed: run at a terminal or set {SIGN_PASSWORD_VARIABLE}.")
        password = getpass.getpass(f"Password of {args.sign_with}: ")
    try:
        return load_signer(args.sign_with, password)
    except SigningError as exc:
        raise CommandError(str(exc)) from None


# --- verify ---------------------------------------------------------------------------------------


def verdict_text(verdict) -> list[str]:
    """The verdict in sentences, first the one that answers "is this the report that was issued?"."""
    from exportaudit.reports import verify as v

    def issued_line(entry) -> str:
        to = f" to {entry.recipient}" if entry.recipient else ""
        return (f"issued on {entry.issued_at[:10]}{to} by {entry.issued_by or '—'} for assessment "
                f"#{entry.assessment_id} {entry.assessment_title} ({entry.format}, {entry.language})")

    lines = []
    if verdict.kind == v.UNCHANGED:
        lines += [f"Unchanged: {issued_line(e)}." for e in verdict.issued]
    elif verdict.kind == v.ALTERED:
        lines.append("Altered after issue: this file carries the fingerprint of a report this store issued, "
                     "but its bytes match no issued report.")
        lines += [f"  The original was {issued_line(e)}." for e in verdict.issued]
    elif verdict.kind == v.MATCHES_FINAL:
        lines.append("Not in the report register, but it carries the fingerprint of the finalised assessment "
                     + ", ".join(f"#{i} {t}" for i, t in verdict.assessments)
                     + ". Its bytes cannot be confirmed: it was not issued from this store.")
    elif verdict.kind == v.UNKNOWN_FINGERPRINT:
        lines.append("Not issued from this store: its fingerprint belongs to no assessment here.")
    elif verdict.kind == v.NO_FINGERPRINT:
        lines.append("Not recognised: the file is in no report register entry and carries no assessment fingerprint "
                     "(not an ExportAudit report, or damaged).")
    elif verdict.kind == v.SIGNED_UNCHANGED:
        s = verdict.signature
        lines.append(f"Unchanged since signing: signed by {s.holder} on {s.signed_at[:19] or '—'}; "
                     "the signature covers the whole file.")
    elif verdict.kind == v.SIGNED_ALTERED:
        s = verdict.signature
        why = s.problem or ("changes were added after signing" if s.intact else "the signed content was changed")
        lines.append(f"Altered after signing: {why}" + (f" (signed by {s.holder})." if s.holder else "."))
    else:
        lines.append("Cannot be verified without a store: the file carries no digital signature. "
                     "Give --store to check it against the report register.")
    if verdict.store_checked and verdict.signature is not None and verdict.signature.signed:
        state = "valid, whole file" if verdict.signature.unchanged else "NOT valid for this file as it is"
        lines.append(f"Digital signature: {state} (signed by {verdict.signature.holder or '—'}).")
    if verdict.fingerprint:
        lines.append(f"Assessment fingerprint: {verdict.fingerprint}")
    lines.append(f"File SHA-256: {verdict.sha256}")
    return lines


def cmd_verify(args: argparse.Namespace) -> int:
    from exportaudit.reports.verify import verify_report

    try:
        if args.store:
            with _open(args.store, read_only=True) as store:
                verdict = verify_report(args.file, store)
        else:
            verdict = verify_report(args.file)
    except OSError as exc:
        raise CommandError(f"{args.file} cannot be read: {exc.strerror or exc}.") from None
    if args.json:
        print(json.dumps({"verdict": verdict.kind, "unchanged": verdict.unchanged, "sha256": verdict.sha256,
                          "fingerprint": verdict.fingerprint,
                          "issued": [e.__dict__ for e in verdict.issued],
                          "assessments": [{"id": i, "title": t} for i, t in verdict.assessments],
                          "signature": None if verdict.signature is None else verdict.signature.__dict__},
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(verdict_text(verdict)))
    return 0 if verdict.unchanged else 3


# --- audit packages -------------------------------------------------------------------------------


def cmd_package_export(args: argparse.Namespace) -> int:
    from exportaudit.cli import _session
    from exportaudit.exchange.package import export_package

    with _open(args.store, read_only=True) as store:
        session = _session(store, args.assessment)
        out = export_package(store, session.assessment_id, args.output)
        print(f"Audit package of assessment #{session.assessment_id} ({session.assessment.title}) written to {out}.")
    return 0


_SIDES = {"here": "changed here", "there": "changed there", "both": "same change on both sides",
          "conflict": "CONFLICT"}


def _change_lines(change) -> list[str]:
    from exportaudit.exchange.package_merge import field_lines

    what = {"here": change.here, "there": change.there}.get(change.side) or \
        f"{change.here or 'unchanged'} here, {change.there or 'unchanged'} there"
    head = f"  {_SIDES[change.side]:<26} {change.key_text:<24} {what}: {change.label}"
    if change.choice:
        head += f"  [{'keep mine' if change.choice == 'mine' else 'take theirs'}]"
    if change.base is None and (change.mine is None or change.theirs is None):
        return [head]  # an addition: its label says what it is
    return [head] + [f"      {f}: base {b} | mine {m} | theirs {t}" for f, b, m, t in field_lines(change)]


def cmd_package_import(args: argparse.Namespace) -> int:
    from exportaudit.exchange.package import read_package
    from exportaudit.exchange.package_merge import MINE, THEIRS, apply_merge, compare_package

    package = read_package(args.file)
    with _open(args.store, read_only=args.dry_run, user=args.user) as store:
        preview = compare_package(store, package, args.assessment)
        if args.all_theirs or args.all_mine:
            preview.resolve_all(THEIRS if args.all_theirs else MINE)
        for key in args.theirs or []:
            preview.resolve(key, THEIRS)
        for key in args.mine or []:
            preview.resolve(key, MINE)
        exported_by = package.manifest.get("exported_by") or "—"
        print(f"Package {package.path.name} of assessment #{preview.assessment_id} ({package.title}), "
              f"exported by {exported_by} on {str(package.manifest.get('exported_at', ''))[:16]}.")
        for side in ("conflict", "there", "both", "here"):
            for change in (c for c in preview.changes if c.side == side):
                print("\n".join(_change_lines(change)))
        for table, count in preview.unmerged.items():
            print(f"  not merged: {count} new or changed row(s) of {table} (work on them in this store)")
        if preview.new_evidence:
            print(f"  {len(preview.new_evidence)} new evidence file(s) will be added by hash.")
        applying = len(preview.to_apply)
        if args.dry_run:
            print(f"Dry run: {applying} change(s) would be taken from the package, "
                  f"{len(preview.conflicts)} conflict(s); nothing was written.")
            return 0
        if preview.unresolved:
            raise CommandError(f"{len(preview.unresolved)} conflict(s) need a decision: "
                               f"{', '.join(c.key_text for c in preview.unresolved)}. Give --mine KEY or --theirs KEY "
                               "for each (or --all-mine / --all-theirs); nothing was written.")
        if applying and not confirmed(args, f"Take {applying} change(s) from the package?"):
            print("Cancelled; nothing was written.")
            return 0
        done = apply_merge(store, preview) if applying else 0
        print(f"Imported: {done} change(s) taken from {package.path.name}.")
    return 0


# --- portfolio ------------------------------------------------------------------------------------


def cmd_portfolio(args: argparse.Namespace) -> int:
    from exportaudit.core.portfolio import build_portfolio

    with _open(args.store, read_only=True) as store:
        portfolio = build_portfolio(store)
    rows = portfolio.rows  # by organisation name, as the store lists them
    if args.xlsx:
        from exportaudit.reports import ReportError
        from exportaudit.reports.portfolio_xlsx import write_portfolio_xlsx

        try:
            write_portfolio_xlsx(portfolio, args.xlsx, args.lang)
        except ReportError as exc:
            raise CommandError(str(exc)) from None
    if args.json:
        print(json.dumps({"elements": [{"id": e.id, "name_zh": e.name.zh, "name_en": e.name.en}
                                       for e in portfolio.elements],
                          "rows": [r.as_dict() for r in rows]}, ensure_ascii=False, indent=2))
        return 0
    ids = [e.id for e in portfolio.elements]
    print(f"{'Organisation':<30} {'Year':<4} " + " ".join(f"E{n + 1}" for n in range(len(ids)))
          + "  Level  Majors  Overdue  Next due")
    for r in rows:
        levels = " ".join(f"{'-' if r.levels.get(i) is None else r.levels[i]:>2}" for i in ids)
        print(f"{r.organisation[:30]:<30} {r.year:<4} {levels}  {_dash(r.overall_level):>5}  "
              f"{r.open_major_findings:>6}  {r.overdue_actions:>7}  {r.next_due or '—'}")
    print("Elements: " + "; ".join(f"E{n + 1} {e.name.en}" for n, e in enumerate(portfolio.elements)))
    if args.xlsx:
        print(f"Portfolio written to {args.xlsx}.")
    return 0


def _dash(value) -> str:
    return "—" if value is None else str(value)


# --- parser ---------------------------------------------------------------------------------------


def add_verbs(verbs) -> None:
    p = verbs.add_parser("verify", help="check that a report is exactly the one issued (exit 0), or say why not (3)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--store", help="store whose report register to check (without it: the PDF's signature)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = verbs.add_parser("package", help="exchange an assessment as one audit package file (.eaudit)")
    sub = p.add_subparsers(title="package verbs", metavar="VERB", required=True, parser_class=verbs._parser_class)
    v = sub.add_parser("export", parents=[STORE, ASSESSMENT],
                       help="write one assessment, its evidence and its base state to a package")
    v.add_argument("-o", "--output", required=True, help="file to write (.eaudit)")
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
    v.add_argument("file", metavar="FILE.eaudit")
    v.set_defaults(func=cmd_package_import)

    p = verbs.add_parser("portfolio", parents=[STORE],
                         help="every organisation's latest assessment: element levels, findings, actions")
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="also write the table as an Excel workbook")
    p.add_argument("--lang", choices=["zh", "en", "both"], default="both", help="language of the workbook")
    p.set_defaults(func=cmd_portfolio)
