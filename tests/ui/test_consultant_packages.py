"""Audit packages from the window: File › Export audit package…, opening a package (unpacked to a working store
beside it, and said so), and File › Import audit package… with its merge preview: conflicts decided one by one,
nothing written before Merge."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from exportaudit.core.fingerprint import fingerprint
from exportaudit.core.store import open_store
from exportaudit.exchange.package import export_package, open_package
from exportaudit.ui import prompts
from exportaudit.ui.controllers.package_merge import PackageMergeDialog
from exportaudit.ui.views.package_merge_view import COL_DECISION, COL_LABEL, COL_SIDE


def test_export_then_open_the_package_as_a_working_store(make_window, mini_store_path, qtbot, wait_dialog,
                                                        tmp_path, monkeypatch):
    window = make_window(mini_store_path)
    out = tmp_path / "acme.eaudit"
    monkeypatch.setattr(prompts, "choose_save_file", lambda parent, title, suggested, fmt, *purpose: str(out))
    assert window.export_package_action.isEnabled()  # the assessment selected in the browser
    window.export_package_action.trigger()
    wait_dialog(QMessageBox, "packageDoneMessage").close()
    assert out.is_file()

    window.open_store(out)  # unpacked off the GUI thread, then opened
    box = wait_dialog(QMessageBox, "packageOpenedMessage")
    assert "unpacked to the working store" in box.text()
    box.close()
    assert window.store.path == tmp_path / "acme.exportaudit"
    assert len(window.store.organisations.all()) == 1


def _returned_package(store_path: Path, tmp_path: Path) -> Path:
    """The client's work: P1 rated 4 (the consultant rates it 3: a conflict), S1 rated 2, a new major finding."""
    with open_store(store_path, user="consultant") as store:
        aid = store.assessments.latest().id
        store.answers.rate(aid, "P1", 1)
        store.answers.rate(aid, "P2", 1)
        sent = export_package(store, aid, tmp_path / "sent.eaudit")
    client, _ = open_package(sent, user="client")
    client.answers.rate(aid, "P1", 4)
    client.answers.rate(aid, "P2", 5)
    client.answers.rate(aid, "S1", 2)
    client.findings.create(aid, "major", "No screening of distributors", item_id="S1")
    returned = export_package(client, aid, tmp_path / "returned.eaudit")
    client.close()
    with open_store(store_path, user="consultant") as store:
        store.answers.rate(aid, "P1", 3)
        store.answers.rate(aid, "P2", 2)
    return returned


def test_import_shows_the_merge_preview_and_merges_only_the_decisions_made(make_window, mini_store_path, qtbot,
                                                                          wait_dialog, tmp_path, monkeypatch):
    returned = _returned_package(mini_store_path, tmp_path)
    window = make_window(mini_store_path)
    store = window.store
    aid = store.assessments.latest().id
    before = fingerprint(store, aid)
    monkeypatch.setattr(prompts, "choose_package_to_import", lambda parent, folder="": str(returned))
    window.import_package_action.trigger()
    dialog = wait_dialog(PackageMergeDialog)
    table = dialog.changes_table
    rows = {table.item(r, COL_LABEL).text(): r for r in range(table.rowCount())}
    assert table.item(rows["P1"], COL_SIDE).text() == "Conflict"
    assert table.item(rows["S1"], COL_SIDE).text() == "In the package"
    assert "No screening of distributors" in rows
    assert not dialog.apply_button.isEnabled()  # two conflicts to decide
    assert "\n2 changes will be taken from the package (0 new evidence files); 2 conflicts, 2 still to decide." \
        in dialog.summary_label.text()  # plural forms, no "(s)"

    table.selectRow(rows["P1"])
    details = dialog.details_table
    assert [details.item(0, c).text() for c in range(4)] == ["Rating", "1", "3", "4"]

    p1 = table.cellWidget(rows["P1"], COL_DECISION)
    p2 = table.cellWidget(rows["P2"], COL_DECISION)
    assert isinstance(p1, QComboBox)
    p1.setCurrentIndex(2)  # take theirs
    assert not dialog.apply_button.isEnabled()
    p2.setCurrentIndex(1)  # keep mine
    assert dialog.apply_button.isEnabled()
    assert fingerprint(store, aid) == before  # nothing written while deciding

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    r = store.answers.all(aid)
    assert (r["P1"].level, r["P2"].level, r["S1"].level) == (4, 2, 2)
    assert [f.description for f in store.findings.all(aid)] == ["No screening of distributors"]
    assert window.statusBar().currentMessage() == "3 changes merged from returned.eaudit."


def test_the_merge_preview_counts_in_chinese(make_window, mini_store_path, wait_dialog, tmp_path, monkeypatch):
    returned = _returned_package(mini_store_path, tmp_path)
    window = make_window(mini_store_path, language="zh")
    monkeypatch.setattr(prompts, "choose_package_to_import", lambda parent, folder="": str(returned))
    window.import_package_action.trigger()
    dialog = wait_dialog(PackageMergeDialog)
    assert dialog.summary_label.text().endswith("\n将从审计包采用 2 项变更（新增证据文件 0 个）；冲突 2 项，尚待决定 2 项。")
    dialog.reject()


def test_a_refused_package_says_why_and_changes_nothing(make_window, mini_store_path, wait_dialog, tmp_path,
                                                        monkeypatch):
    window = make_window(mini_store_path)
    fake = tmp_path / "fake.eaudit"
    fake.write_bytes(b"PK\x03\x04 not really")
    monkeypatch.setattr(prompts, "choose_package_to_import", lambda parent, folder="": str(fake))
    window.import_package_action.trigger()
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "refused" in box.text() and "not an audit package" in box.text()


def test_a_double_clicked_package_or_store_is_opened_as_the_store(monkeypatch, tmp_path):
    import exportaudit.ui.app as app
    from exportaudit.cli import main

    opened = []
    monkeypatch.setattr(app, "run_gui", lambda store_path, language, read_only: opened.append(store_path) or 0)
    assert main([str(tmp_path / "acme.eaudit")]) == 0  # what the desktop's "exportaudit %f" passes
    assert main([str(tmp_path / "clients.exportaudit")]) == 0
    assert opened == [str(tmp_path / "acme.eaudit"), str(tmp_path / "clients.exportaudit")]


def test_opening_a_refused_package_says_why_and_keeps_the_open_store(make_window, mini_store_path, wait_dialog,
                                                                     tmp_path):
    window = make_window(mini_store_path)
    fake = tmp_path / "fake.eaudit"
    fake.write_bytes(b"not a package")
    window.open_store(fake)
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "could not be opened" in box.text() and "not an audit package" in box.text()
    assert window.store.path == mini_store_path and not (tmp_path / "fake.exportaudit").exists()
