"""Tools > Verify report…: is this file exactly the report that was issued? Checked off the GUI thread against the
open store's report register (or, with no store open, by the PDF's digital signature), answered in a message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from exportaudit.core.store import open_store
from exportaudit.ui import prompts, tasks
from exportaudit.ui.controllers.file_job import failure_detail


class ReportVerifier(QObject):
    verified = Signal(object)  # the Verdict, once shown

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self.running = False

    def start(self, store_path: Path | None) -> None:
        path = prompts.choose_report_to_verify(self._parent)
        if path:
            self.verify(Path(path), store_path)

    def verify(self, path: Path, store_path: Path | None) -> None:
        if self.running:
            return
        self.running = True

        def work(_report):
            from exportaudit.reports.verify import verify_report

            if store_path is None:
                return verify_report(path)
            with open_store(store_path, read_only=True) as store:  # this thread's own connection
                return verify_report(path, store)

        tasks.run_in_background(work, on_success=lambda verdict: self._show(path, verdict),
                                on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        prompts.show_error(self._parent, self.tr("Verify report"),
                           self.tr("The file could not be checked.") + "\n\n" + failure_detail(exc))

    def _show(self, path: Path, verdict) -> None:
        self.running = False
        lines = self.describe(verdict)
        box = QMessageBox(QMessageBox.Icon.Information if verdict.unchanged else QMessageBox.Icon.Warning,
                          self.tr("Verify report"), path.name + "\n\n" + lines[0], QMessageBox.StandardButton.Ok,
                          self._parent)
        box.setObjectName("verifyReportMessage")
        box.setInformativeText("\n".join(lines[1:]))
        box.setTextInteractionFlags(box.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.verified.emit(verdict)

    def describe(self, verdict) -> list[str]:
        """The verdict in the interface language: the answer first, then the details."""
        from exportaudit.reports import verify as v

        def issued(entry) -> str:
            return self.tr("issued on {date} to {recipient} by {who} for assessment #{id} {title}").format(
                date=entry.issued_at[:10], recipient=entry.recipient or "—", who=entry.issued_by or "—",
                id=entry.assessment_id, title=entry.assessment_title)

        s = verdict.signature
        kind = verdict.kind
        if kind == v.UNCHANGED:
            lines = [self.tr("Unchanged: {issued}.").format(issued=issued(verdict.issued[0]))]
        elif kind == v.ALTERED:
            lines = [self.tr("Altered after issue: the file carries the fingerprint of a report issued from this "
                             "store, but its content is not that of any issued report."),
                     self.tr("The original was {issued}.").format(issued=issued(verdict.issued[0]))]
        elif kind == v.MATCHES_FINAL:
            lines = [self.tr("Not in the report register, but it carries the fingerprint of the finalised "
                             "assessment {titles}. Its content cannot be confirmed.").format(
                titles=", ".join(f"#{i} {t}" for i, t in verdict.assessments))]
        elif kind == v.UNKNOWN_FINGERPRINT:
            lines = [self.tr("Not issued from this store: its fingerprint belongs to no assessment here.")]
        elif kind == v.NO_FINGERPRINT:
            lines = [self.tr("Not recognised: the file is not in the report register and carries no assessment "
                             "fingerprint (not an ExportAudit report, or damaged).")]
        elif kind == v.SIGNED_UNCHANGED:
            lines = [self.tr("Unchanged since signing: signed by {holder} on {when}.").format(
                holder=s.holder, when=s.signed_at[:19] or "—")]
        elif kind == v.SIGNED_ALTERED:
            lines = [self.tr("Altered after signing (signed by {holder}).").format(holder=s.holder or "—")]
        else:
            lines = [self.tr("No store is open and the file carries no digital signature: open the store that "
                             "issued it to check it against the report register.")]
        if verdict.store_checked and s is not None and s.signed:
            lines.append(self.tr("Digital signature: valid for the whole file.") if s.unchanged else
                         self.tr("Digital signature: not valid for the file as it is."))
        if verdict.fingerprint:
            lines.append(self.tr("Assessment fingerprint: {value}").format(value=verdict.fingerprint))
        lines.append(self.tr("File SHA-256: {value}").format(value=verdict.sha256))
        return lines
