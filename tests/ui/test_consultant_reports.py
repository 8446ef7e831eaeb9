"""Reports that can be verified, from the window: the export records the report (and its recipient) in the register,
signs it with the certificate chosen in the preferences after asking for the password, and Tools > Verify report…
says "unchanged" for the file just written and "altered" once a byte of it changes."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from exportaudit.ui import prompts
from exportaudit.ui.controllers.export import ExportDialog
from exportaudit.ui.controllers.preferences import PreferencesDialog
from tests.helpers.certificates import make_pkcs12

OK = QDialogButtonBox.StandardButton.Ok


def _verify(window, qtbot, wait_dialog, monkeypatch, path: Path) -> str:
    monkeypatch.setattr(prompts, "choose_report_to_verify", lambda parent, folder="": str(path))
    window.verify_report_action.trigger()
    box = wait_dialog(QMessageBox, "verifyReportMessage")
    text = box.text() + "\n" + box.informativeText()
    box.close()
    qtbot.waitUntil(lambda: not window.consultant.verifier.running)
    return text


def test_a_signed_report_is_registered_and_verified_then_found_altered(make_window, mini_store_path, qtbot,
                                                                        wait_dialog, tmp_path, monkeypatch):
    p12, _ = make_pkcs12(tmp_path)
    window = make_window(mini_store_path)
    window.preferences_action.trigger()
    prefs = wait_dialog(PreferencesDialog)
    prefs.certificate_edit.setText(str(p12))
    qtbot.mouseClick(prefs.buttons.button(OK), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not prefs.isVisible())
    assert window.settings.signing_certificate == p12

    window.browser_controller.open_selected()
    window.export_action.trigger()
    dialog = wait_dialog(ExportDialog)
    assert dialog.sign_check.isVisible() and dialog.sign_check.isChecked()
    out = tmp_path / "acme.pdf"
    dialog.path_edit.setText(str(out))
    qtbot.keyClicks(dialog.recipient_edit, "Ms Li, Acme compliance")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "password is wrong" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""  # never kept, not even in the field
    qtbot.keyClicks(dialog.password_edit, "s3cret")
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    done = wait_dialog(QMessageBox, "reportDoneMessage")
    done.close()
    qtbot.waitUntil(lambda: len(window.store.reports.issued()) == 1)
    entry = window.store.reports.issued()[0]
    assert (entry.file_name, entry.recipient, entry.signed) == ("acme.pdf", "Ms Li, Acme compliance", True)
    assert all("s3cret" not in str(v) for v in window.settings.qsettings.allKeys() +
               [window.settings.qsettings.value(k) for k in window.settings.qsettings.allKeys()])

    text = _verify(window, qtbot, wait_dialog, monkeypatch, out)
    assert "Unchanged: issued on" in text and "to Ms Li, Acme compliance" in text
    assert "Digital signature: valid for the whole file." in text

    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    text = _verify(window, qtbot, wait_dialog, monkeypatch, out)
    assert text.startswith("acme.pdf\n\nAltered after issue")
    assert "Digital signature: not valid for the file as it is." in text


def test_an_unsigned_pdf_export_shows_no_signing_rows_without_a_certificate(make_window, mini_store_path,
                                                                            wait_dialog):
    window = make_window(mini_store_path)
    window.browser_controller.open_selected()
    window.export_action.trigger()
    dialog = wait_dialog(ExportDialog)
    assert not dialog.sign_check.isVisible() and not dialog.password_edit.isVisible()
    dialog.reject()
