"""The window and where a store sits: a read-only folder or a network share opens read-only and says why (in
the user's language), no store is created on a share, and the store's own file is never attached as evidence."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_workspace import open_mini

from exportaudit.core.store import location
from exportaudit.ui import prompts
from exportaudit.ui.instance_lock import lock_path


def test_a_store_in_a_read_only_folder_opens_read_only_and_says_so(make_window, mini_store_path, monkeypatch):
    monkeypatch.setattr(location, "_folder_writable", lambda folder: False)
    window = make_window(mini_store_path)
    assert window.store is not None and window.store.read_only
    banner = window.read_only_banner.message.text()
    assert window.read_only_banner.isVisible() and "folder or on a medium that cannot be written" in banner
    assert not window.new_org_action.isEnabled() and not lock_path(mini_store_path).exists()


def test_a_store_on_a_network_share_opens_read_only_and_says_why_in_chinese(make_window, mini_store_path,
                                                                             monkeypatch):
    monkeypatch.setattr(location, "network_fs", lambda folder: "nfs")
    window = make_window(mini_store_path, language="zh")
    assert window.store is not None and window.store.read_only
    banner = window.read_only_banner.message.text()
    assert "nfs" in banner and "网络" in banner


def test_no_new_store_is_made_on_a_network_share(make_window, tmp_path, monkeypatch, wait_dialog):
    monkeypatch.setattr(location, "network_fs", lambda folder: "cifs")
    window = make_window(None)
    target = tmp_path / "shared" / "new.exportaudit"
    target.parent.mkdir()
    window.open_store(target, create=True)
    box = wait_dialog(QMessageBox)
    assert "network share (cifs)" in box.text() and not target.exists()
    box.close()


def test_the_store_file_itself_is_refused_as_evidence_in_the_window(make_window, mini_store_path, qtbot,
                                                                     monkeypatch, wait_dialog):
    window = open_mini(make_window, mini_store_path, language="zh")
    window.assessment.select_item("P1")
    monkeypatch.setattr(prompts, "choose_files_to_attach", lambda parent: [str(mini_store_path)])
    qtbot.mouseClick(window.assessment_page.workspace.evidence.attach_button, Qt.MouseButton.LeftButton)
    box = wait_dialog(QMessageBox)
    assert "存储库自身的文件" in box.text()
    box.close()
    assert window.store.evidence.all(window.assessment.session.assessment_id) == []


def test_the_store_file_itself_is_refused_as_an_order_list_or_a_questionnaire(make_window, mini_store_path,
                                                                              monkeypatch, wait_dialog):
    window = open_mini(make_window, mini_store_path)
    monkeypatch.setattr(prompts, "choose_order_list", lambda parent: str(mini_store_path))
    assert window.assessment.testing.import_orders() is None
    box = wait_dialog(QMessageBox)
    assert "the open store's own file" in box.text()
    box.close()
    window.workflow.questionnaire.import_file(window.assessment.session, "en", mini_store_path)
    box = wait_dialog(QMessageBox)
    assert "the open store's own file" in box.text() and window.workflow.questionnaire.preview_dialog is None
    box.close()
