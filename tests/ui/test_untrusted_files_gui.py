"""Files from outside, in the window: a hostile workbook or evidence file is refused with its reason in the user's
language, and a questionnaire's conflicts (changed in ExportAudit since the export and in the workbook) are
decided one by one in the preview."""

import os
import zipfile

import pytest
from conftest import dialog_open
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_evidence_files import changing_while_copied
from test_questionnaire import fill
from test_testing_gui_cards import drop
from test_testing_gui_import import open_testing_tab, start_import_failing
from test_workflow_findings import open_mini

from exportaudit.core import evidence
from exportaudit.core.session import AssessmentSession
from exportaudit.core.store import open_store
from exportaudit.exchange.questionnaire_export import export_questionnaire
from exportaudit.ui import prompts
from exportaudit.ui.controllers.evidence_facts_dialog import EvidenceFactsDialog
from exportaudit.ui.controllers.questionnaire_preview import QuestionnairePreview
from exportaudit.ui.models.questionnaire import COL_C_EXPORT, COL_C_FIELD, COL_C_ITEM, COL_C_STORE, COL_C_TAKE, COL_C_WORKBOOK
from exportaudit.ui.views.questionnaire_preview_view import TAB_CONFLICTS


def exported_then_changed_on_both_sides(store_path, out):
    """P1 rated 2 with a note at export; afterwards the auditor rates it 4 and rewrites the note, and the client
    answers 1 with another note; the client also rates S1 (a plain change)."""
    with open_store(store_path) as store:
        aid = store.assessments.latest().id
        store.answers.rate(aid, "P1", 2)
        store.answers.set_note(aid, "P1", "Draft policy")
        export_questionnaire(AssessmentSession(store, aid), out, language="en")
        store.answers.rate(aid, "P1", 4)
        store.answers.set_note(aid, "P1", "Checked on site")
    fill(out, {"P1": {"rating": 1, "note": "No policy yet"}, "S1": {"rating": 3}})
    return aid


def test_conflicts_show_three_values_and_only_the_chosen_one_takes_the_workbooks_value(
        make_window, mini_store_path, qtbot, wait_dialog, tmp_path, monkeypatch):
    out = tmp_path / "answered.xlsx"
    aid = exported_then_changed_on_both_sides(mini_store_path, out)
    window = open_mini(make_window, mini_store_path)
    monkeypatch.setattr(prompts, "choose_questionnaire_to_import", lambda parent, folder="": str(out))
    window.import_questionnaire_action.trigger()
    preview = wait_dialog(QuestionnairePreview)
    assert preview.tabs.currentIndex() == TAB_CONFLICTS and preview.tabs.tabText(TAB_CONFLICTS) == "Conflicts (2)"
    table = preview.conflicts_table
    model = table.model()
    shown = {(model.index(r, COL_C_ITEM).data(), model.index(r, COL_C_FIELD).data()):
             tuple(model.index(r, c).data() for c in (COL_C_EXPORT, COL_C_STORE, COL_C_WORKBOOK))
             for r in range(model.rowCount())}
    assert shown == {("P1", "Rating"): ("2 · Developing", "4 · Managed", "1 · Initial"),
                     ("P1", "Notes"): ("Draft policy", "Checked on site", "No policy yet")}
    assert "2 answer(s) were changed both in ExportAudit" in preview.summary_label.text()
    rating_row = next(r for r in range(model.rowCount()) if model.index(r, COL_C_FIELD).data() == "Rating")
    box = model.index(rating_row, COL_C_TAKE)
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    table.setFocus()
    table.setCurrentIndex(box)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # tick "Use the workbook's" for the rating only
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "1 keep ExportAudit's value" in preview.summary_label.text()
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    done = wait_dialog(QMessageBox, "importDoneMessage")
    done.button(QMessageBox.StandardButton.Ok).click()
    with open_store(mini_store_path, read_only=True) as store:
        assert store.answers.get(aid, "P1").level == 1  # chosen: the workbook's
        assert store.answers.get(aid, "P1").note == "Checked on site"  # not chosen: ExportAudit's newer note stays
        assert store.answers.get(aid, "S1").level == 3


def doctype_questionnaire(store_path, out):
    with open_store(store_path, read_only=True) as store:
        export_questionnaire(AssessmentSession(store, store.assessments.latest().id), out, language="en")
    with zipfile.ZipFile(out) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    parts["xl/worksheets/sheet1.xml"] = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + body
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.mark.parametrize("language, words", [("zh", "声明了 DOCTYPE"), ("en", "declares a DOCTYPE")])
def test_a_hostile_questionnaire_is_refused_in_the_users_language(make_window, mini_store_path, wait_dialog, tmp_path,
                                                                  monkeypatch, language, words):
    out = tmp_path / "hostile.xlsx"
    doctype_questionnaire(mini_store_path, out)
    window = open_mini(make_window, mini_store_path, language=language)
    monkeypatch.setattr(prompts, "choose_questionnaire_to_import", lambda parent, folder="": str(out))
    window.import_questionnaire_action.trigger()
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "hostile.xlsx" in box.text() and words in box.text() and "Traceback" not in box.text()
    assert not dialog_open(QuestionnairePreview)


@pytest.mark.parametrize("language, words", [("zh", "这是文本文件"), ("en", "it is a text file")])
def test_a_csv_renamed_xlsx_order_list_is_refused_in_the_users_language(make_window, tt_store_path, qtbot,  # noqa: F811
                                                                       tmp_path, monkeypatch, language, words):
    window = open_testing_tab(make_window, tt_store_path, language=language)
    renamed = tmp_path / "orders.xlsx"
    renamed.write_text("订单号,日期\nSO-1,2026-01-02\n", encoding="utf-8")
    dialog = start_import_failing(window, qtbot, monkeypatch, renamed)
    assert "orders.xlsx" in dialog.error_label.text() and words in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_symbolic_link_attached_from_the_item_panel_is_refused_in_chinese(make_window, mini_store_path, qtbot,
                                                                           wait_dialog, tmp_path, monkeypatch):
    real = tmp_path / "draft.docx"
    real.write_bytes(b"draft")
    link = tmp_path / "signed.pdf"
    link.symlink_to(real)
    window = open_mini(make_window, mini_store_path, language="zh")
    window.assessment.select_item("P1")
    monkeypatch.setattr(prompts, "choose_files_to_attach", lambda parent: [str(link)])
    qtbot.mouseClick(window.assessment_page.workspace.evidence.attach_button, Qt.MouseButton.LeftButton)
    wait_dialog(EvidenceFactsDialog).buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # kind and date
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "signed.pdf 是指向" in box.text() and "draft.docx" in box.text() and "符号链接" in box.text()
    assert window.store.evidence.all(window.assessment.session.assessment_id) == []


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QDragEnterEvent has no QPointF constructor
def test_a_file_that_changes_while_dropped_is_refused_and_nothing_stays(make_window, mini_store_path, qtbot,
                                                                       wait_dialog, tmp_path, monkeypatch):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF" + b"x" * 4000)

    def scanner_still_writing():
        with scan.open("ab") as fh:
            fh.write(b"more pages")

    monkeypatch.setattr(evidence, "CHUNK", 1024)
    monkeypatch.setattr(evidence, "_chunks", changing_while_copied(scanner_still_writing))
    window = open_mini(make_window, mini_store_path)
    window.assessment.select_item("S1")
    drop(window.assessment_page.workspace.evidence, scan)
    wait_dialog(EvidenceFactsDialog).buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # kind and date
    box = wait_dialog(QMessageBox, "errorMessage")
    assert "scan.pdf changed while it was being copied" in box.text()
    folder = window.store.vault.folder
    assert window.store.evidence.all(window.assessment.session.assessment_id) == []
    assert not folder.exists() or [p for p in folder.rglob("*") if p.is_file()] == []
    assert os.path.getsize(scan) == 4014
