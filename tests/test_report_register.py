"""Reports that can be verified: every report issued goes into the store's register by SHA-256; `verify` finds it
("unchanged"), spots one changed byte ("altered"), and without a store checks the PDF's digital signature."""

import os
import subprocess
import sys

import openpyxl
import pytest

from exportaudit.cli import main
from exportaudit.core.fingerprint import finalise
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.reports import build_report
from exportaudit.reports import verify as v
from exportaudit.reports.issue import FINGERPRINT_PROPERTY, issue_report
from exportaudit.reports.signing import SigningError, load_signer
from exportaudit.reports.verify import embedded_fingerprint, verify_report
from tests.helpers.certificates import make_pkcs12


@pytest.fixture
def session(mini_assessment):
    store, aid = mini_assessment
    for item, level in {"P1": 4, "P2": 3, "S1": 2}.items():
        store.answers.rate(aid, item, level)
    return AssessmentSession(store, aid)


def _flip_one_byte(path, where=0.5):
    data = bytearray(path.read_bytes())
    i = int(len(data) * where)
    data[i] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_an_issued_report_is_registered_found_unchanged_and_altered_after_one_byte(session, tmp_path, fmt):
    issued = issue_report(session, fmt, tmp_path / f"r.{fmt}", language="en")
    entry = issued.register(session.store, session.assessment_id, "Client compliance lead")
    assert [r.sha256 for r in session.store.reports.issued(session.assessment_id)] == [issued.sha256]
    assert (entry.file_name, entry.format, entry.language, entry.recipient, entry.issued_by) == \
        (f"r.{fmt}", fmt, "en", "Client compliance lead", "tester")
    assert entry.fingerprint == embedded_fingerprint(issued.path) and len(entry.fingerprint) == 64

    verdict = verify_report(issued.path, session.store)
    assert verdict.kind == v.UNCHANGED and verdict.unchanged
    assert verdict.issued[0].recipient == "Client compliance lead"

    if fmt == "pdf":
        _flip_one_byte(issued.path)
        verdict = verify_report(issued.path, session.store)
        assert verdict.kind == v.ALTERED and not verdict.unchanged
        assert verdict.issued[0].id == entry.id  # points at the report it claims to be


def test_the_workbook_carries_the_fingerprint_as_a_custom_property(session, tmp_path):
    issued = issue_report(session, "xlsx", tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(issued.path)
    props = {p.name: p.value for p in wb.custom_doc_props}
    assert props[FINGERPRINT_PROPERTY] == issued.fingerprint


def test_a_report_not_in_the_register_is_matched_to_the_finalised_assessment_or_not_recognised(session, tmp_path):
    recorded = finalise(session.store, session.assessment_id)
    out = build_report(AssessmentSession(session.store, session.assessment_id), "pdf", tmp_path / "r.pdf")
    verdict = verify_report(out, session.store)
    assert verdict.kind == v.MATCHES_FINAL and verdict.fingerprint == recorded
    assert [i for i, _title in verdict.assessments] == [session.assessment_id]

    stranger = tmp_path / "other.pdf"
    stranger.write_bytes(b"%PDF-1.4\n%nothing of ours\n")
    assert verify_report(stranger, session.store).kind == v.NO_FINGERPRINT


def test_a_signed_pdf_validates_with_pyhanko_and_verifies_without_a_store(session, tmp_path):
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    p12, cert_der = make_pkcs12(tmp_path)
    signer = load_signer(p12, "s3cret")
    assert "Test Audit Firm" in signer.holder
    issued = issue_report(session, "pdf", tmp_path / "signed.pdf", signer=signer)
    assert issued.signed

    with open(issued.path, "rb") as fh:
        sig = PdfFileReader(fh).embedded_signatures[0]
        trusted = ValidationContext(trust_roots=[asn1_x509.Certificate.load(cert_der)], allow_fetching=False)
        status = validate_pdf_signature(sig, trusted)
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE

    verdict = verify_report(issued.path)
    assert verdict.kind == v.SIGNED_UNCHANGED and "Test Audit Firm" in verdict.signature.holder
    _flip_one_byte(issued.path, 0.3)
    assert verify_report(issued.path).kind == v.SIGNED_ALTERED


def test_a_wrong_password_or_a_file_that_is_no_certificate_is_refused_with_the_reason(tmp_path):
    p12, _ = make_pkcs12(tmp_path)
    with pytest.raises(SigningError, match="password is wrong"):
        load_signer(p12, "guess")
    with pytest.raises(SigningError, match="cannot be read"):
        load_signer(tmp_path / "missing.p12", "s3cret")


def test_without_a_store_an_unsigned_report_cannot_be_verified(session, tmp_path):
    out = build_report(session, "pdf", tmp_path / "r.pdf")
    assert verify_report(out).kind == v.UNSIGNED


def test_cli_report_registers_and_verify_answers_unchanged_then_altered(demo_store_path, tmp_path, capsys,
                                                                        monkeypatch):
    p12, _ = make_pkcs12(tmp_path)
    monkeypatch.setenv("EXPORTAUDIT_SIGN_PASSWORD", "s3cret")
    out = tmp_path / "report.pdf"
    assert main(["report", "--store", str(demo_store_path), "--format", "pdf", "-o", str(out),
                 "--recipient", "Mr Wang", "--sign-with", str(p12), "--user", "Auditor Li"]) == 0
    assert "It is signed." in capsys.readouterr().out

    assert main(["verify", str(out), "--store", str(demo_store_path)]) == 0
    text = capsys.readouterr().out
    with open_store(demo_store_path, read_only=True) as store:
        aid = store.assessments.latest().id  # the demo's 2026 assessment, what a report is of by default
    assert text.startswith("Unchanged: issued on ") and f"to Mr Wang by Auditor Li for assessment #{aid} " in text
    assert main(["verify", str(out)]) == 0
    assert "Unchanged since signing: signed by" in capsys.readouterr().out

    _flip_one_byte(out)
    assert main(["verify", str(out), "--store", str(demo_store_path)]) == 3
    assert capsys.readouterr().out.startswith("Altered after issue")
    assert main(["verify", str(out)]) == 3
    assert capsys.readouterr().out.startswith("Altered after signing")


def test_cli_refuses_to_sign_without_a_password_off_a_terminal(demo_store_path, tmp_path, monkeypatch):
    p12, _ = make_pkcs12(tmp_path)
    monkeypatch.delenv("EXPORTAUDIT_SIGN_PASSWORD", raising=False)
    result = subprocess.run([sys.executable, "-m", "exportaudit", "report", "--store", str(demo_store_path),
                             "--format", "pdf", "-o", str(tmp_path / "r.pdf"), "--sign-with", str(p12)],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert result.returncode == 1 and "password is needed" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_the_demo_store_has_an_issued_report_that_verifies(tmp_path):
    from exportaudit.core.demo import build_demo
    from exportaudit.reports.demo_report import issue_demo_report

    with build_demo(tmp_path / "demo.exportaudit") as store:
        issue_demo_report(store)
        (entry,) = store.reports.issued()
        report = tmp_path / "demo-reports" / entry.file_name
        verdict = verify_report(report, store)
    assert verdict.kind == v.UNCHANGED and "Chen Jing" in entry.recipient


def test_migration_0010_upgrades_an_existing_store(tmp_path, mini_checklist):
    from exportaudit.core.store import open_store
    from exportaudit.core.store.migrations import migrations

    saved = list(migrations._migrations)
    migrations._migrations[:] = [m for m in saved if m.name != "0010_report_register_and_packages"]
    try:
        with open_store(tmp_path / "old.exportaudit", user="t") as old:
            aid = old.assessments.create(old.organisations.create("Old Co"), mini_checklist, "2025")
            old.answers.rate(aid, "P1", 3)
    finally:
        migrations._migrations[:] = saved
    with open_store(tmp_path / "old.exportaudit", user="t") as store:
        assert store.backup_file is not None and store.answers.get(aid, "P1").level == 3
        entry = store.reports.register(aid, file_name="r.pdf", sha256="a" * 64, fmt="pdf", language="en",
                                      fingerprint="b" * 64)
        assert store.reports.by_hash("a" * 64) == [entry]
