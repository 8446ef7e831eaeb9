"""Digital signatures on PDF reports, with pyHanko: sign with the firm's PKCS#12 certificate, and check a signature
without a store (is the file exactly what the holder of that certificate signed?).

The password is passed in each time by the caller and never kept anywhere.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from exportaudit.reports.errors import ReportError

SIGNATURE_FIELD = "ExportAuditSignature"


def _quietly_import_pyhanko() -> None:
    """pyHanko imports DSA support, which the cryptography package warns about on every run; we never use DSA."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyhanko.sign.signers  # noqa: F401


class SigningError(ReportError):
    """The certificate could not be used to sign (unreadable file, wrong password, no key)."""


@dataclass(frozen=True)
class Signer:
    """A loaded certificate and key, ready to sign; ``holder`` is the certificate's subject name."""

    holder: str
    _signer: object


def load_signer(pkcs12_file: str | Path, password: str) -> Signer:
    """Load the firm's PKCS#12 file (.p12/.pfx) with ``password``; refuses with a reason a user can act on."""
    _quietly_import_pyhanko()
    from pyhanko.sign import signers

    path = Path(pkcs12_file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError(f"The certificate file {path} cannot be read: {exc.strerror or exc}.") from None
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=password.encode("utf-8"))
    except ValueError:
        raise SigningError(f"{path.name} could not be opened: the password is wrong or it is not a PKCS#12 "
                           "certificate file (.p12 or .pfx).") from None
    if signer.signing_cert is None:
        raise SigningError(f"{path.name} holds no certificate to sign with.")
    return Signer(signer.signing_cert.subject.human_friendly, signer)


def sign_pdf(path: Path, signer: Signer, *, reason: str = "", location: str = "") -> None:
    """Sign the PDF at ``path`` in place (an incremental update covering the whole file as written)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    source = io.BytesIO(Path(path).read_bytes())
    out = io.BytesIO()
    meta = signers.PdfSignatureMetadata(field_name=SIGNATURE_FIELD, reason=reason or None, location=location or None)
    try:
        signers.sign_pdf(IncrementalPdfFileWriter(source, strict=False), meta, signer=signer._signer, output=out)
    except Exception as exc:  # pyHanko raises many kinds; the user needs to know signing failed, and why
        raise SigningError(f"The report could not be signed: {exc}") from None
    Path(path).write_bytes(out.getvalue())


@dataclass(frozen=True)
class SignatureCheck:
    """What a PDF's signature says. ``intact``: the signed bytes are unchanged and the signature is
    mathematically valid; ``whole_file``: nothing was appended after signing."""

    signed: bool
    intact: bool = False
    whole_file: bool = False
    holder: str = ""
    signed_at: str = ""
    problem: str = ""

    @property
    def unchanged(self) -> bool:
        return self.signed and self.intact and self.whole_file


def check_signature(path: str | Path) -> SignatureCheck:
    """Check the signature of a PDF without any outside trust store (and without the network)."""
    _quietly_import_pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # our verdict says what matters; no tracebacks
    data = Path(path).read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:
        return SignatureCheck(signed=b"/ByteRange" in data, problem=f"the file cannot be read as a PDF ({exc})")
    if not signatures:
        return SignatureCheck(signed=False)
    sig = signatures[-1]
    try:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[], allow_fetching=False), skip_diff=True)
    except Exception as exc:
        return SignatureCheck(signed=True, problem=str(exc))
    when = status.signer_reported_dt.isoformat(timespec="seconds") if status.signer_reported_dt else ""
    holder = status.signing_cert.subject.human_friendly if status.signing_cert is not None else ""
    return SignatureCheck(signed=True, intact=bool(status.intact and status.valid),
                          whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE, holder=holder,
                          signed_at=when)
