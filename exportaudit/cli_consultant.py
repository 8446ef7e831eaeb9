"""The consultant's verbs: verify a report, exchange audit packages, the portfolio across clients.

Kept apart from ``cli`` (which wires them in with ``add_verbs``) so each verb's wording lives beside its verb.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from exportaudit.cli import CommandError, _open

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


# --- parser ---------------------------------------------------------------------------------------


def add_verbs(verbs) -> None:
    p = verbs.add_parser("verify", help="check that a report is exactly the one issued (exit 0), or say why not (3)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--store", help="store whose report register to check (without it: the PDF's signature)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)
