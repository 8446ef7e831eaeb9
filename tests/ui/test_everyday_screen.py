"""Everyday use on a 1366×768 laptop: the main window and every dialog fit the screen (size hints within
1366×728, the first window placed inside the available geometry), and the order-import result is no bigger than
its one line needs."""

import inspect
import pkgutil
from importlib import import_module
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QWidget

import exportaudit.ui.controllers as controllers_package
from exportaudit.core.store import open_store
from exportaudit.ui import screen_fit
from exportaudit.ui.screen_fit import SMALLEST_SCREEN, place_on_screen

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less the task bar
HIDPI_150 = QRect(0, 0, 1280, 680)  # 1920×1080 at 150 %: 1280×720 logical, less the task bar




def controller_dialog_classes() -> set[type]:
    """Every dialog the controllers define: a new one must be added to the factories below."""
    found = set()
    for info in pkgutil.iter_modules(controllers_package.__path__):
        module = import_module(f"{controllers_package.__name__}.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(cls)
    return found


def dialog_factories(window) -> dict[type, callable]:
    from exportaudit.core.checklist_loader import load_checklist_file
    from exportaudit.core.opinion import propose_opinion
    from exportaudit.core.records import DocumentRequest
    from exportaudit.core.upgrade import plan_upgrade
    from exportaudit.exchange.questionnaire_import import ImportPreview
    from exportaudit.ui.controllers.about import AboutDialog
    from exportaudit.ui.controllers.action_dialog import ActionDialog
    from exportaudit.ui.controllers.assessment_dialog import AssessmentDialog
    from exportaudit.ui.controllers.draw_sample import DrawSampleDialog
    from exportaudit.ui.controllers.engagement_dialog import EngagementDialog
    from exportaudit.ui.controllers.evidence_facts_dialog import EvidenceFactsDialog
    from exportaudit.ui.controllers.export import ExportDialog
    from exportaudit.ui.controllers.finding_dialog import FindingDialog
    from exportaudit.ui.controllers.history import HistoryDialog
    from exportaudit.ui.controllers.order_import import OrderImportDialog
    from exportaudit.ui.controllers.organisation_dialog import OrganisationDialog
    from exportaudit.ui.controllers.package_merge import PackageMergeDialog
    from exportaudit.ui.controllers.preferences import PreferencesDialog
    from exportaudit.ui.controllers.questionnaire_preview import QuestionnairePreview
    from exportaudit.ui.controllers.reaudit_dialog import ReauditDialog
    from exportaudit.ui.controllers.request_dialog import RequestDialog
    from exportaudit.ui.controllers.test_card import ExceptionFindingDialog, TestCardWindow
    from exportaudit.ui.controllers.text_prompt import TextPrompt
    from exportaudit.ui.controllers.upgrade_dialog import UpgradeDialog
    from exportaudit.ui.controllers.workbook_export import WorkbookExportDialog

    session = window.assessment.session
    store, aid, language = session.store, session.assessment_id, "zh"
    checklist = session.checklist
    sample = store.samples.all(aid)[0]
    cards = [s.id for s in store.samples.orders(sample.id)]
    checks = checklist.transaction_testing.checks
    card = store.results.card(cards[0])
    nothing = lambda *_args: None  # noqa: E731
    return {
        AboutDialog: lambda: AboutDialog(window, language),
        ActionDialog: lambda: ActionDialog(window, language, checklist, store.findings.all(aid), ["Li"], None, None,
                                           nothing),
        AssessmentDialog: lambda: AssessmentDialog(window, language, session.organisation, [checklist], [], "Li",
                                                   nothing),
        DrawSampleDialog: lambda: DrawSampleDialog(window, window.operations, session, language, None, nothing),
        ExportDialog: lambda: ExportDialog(window, session, language),
        EngagementDialog: lambda: EngagementDialog(
            window, language, store.engagements.get(aid), evidence_files=[e.file_name for e in store.evidence.all(aid)],
            samples=store.samples.all(aid), proposed=propose_opinion(2), save=nothing),
        EvidenceFactsDialog: lambda: EvidenceFactsDialog.for_record(window, store.evidence.all(aid)[0], nothing),
        FindingDialog: lambda: FindingDialog(window, language, "POL-01", None, nothing),
        HistoryDialog: lambda: HistoryDialog(window, store, aid, language),
        OrderImportDialog: lambda: OrderImportDialog(window, window.operations, session, language, nothing),
        OrganisationDialog: lambda: OrganisationDialog(window, language, session.organisation, nothing),
        PreferencesDialog: lambda: PreferencesDialog(window, window.settings, nothing),
        QuestionnairePreview: lambda: QuestionnairePreview(window, language, checklist,
                                                           ImportPreview(Path("q.xlsx"), aid)),
        ReauditDialog: lambda: ReauditDialog(window, language, session.assessment, "Li", nothing),
        RequestDialog: lambda: RequestDialog(window, language, "POL-01", "The policy statement, signed",
                                             DocumentRequest("POL-01"), nothing),
        TestCardWindow: lambda: TestCardWindow(window, window.operations, store, checks, language, cards,
                                               cards[0], editable=True, on_changed=nothing),
        ExceptionFindingDialog: lambda: ExceptionFindingDialog(window, window.operations, store, card, checks[0],
                                                               language, nothing),
        TextPrompt: lambda: TextPrompt(window, title="Rename", prompt="New title:", text="2026", required="",
                                       on_accept=nothing),
        WorkbookExportDialog: lambda: WorkbookExportDialog(window, session, language, "Export questionnaire",
                                                           "questionnaire"),
        PackageMergeDialog: lambda: PackageMergeDialog(window, _merge_preview(store, aid), nothing),
        UpgradeDialog: lambda: UpgradeDialog(window, language, plan_upgrade(
            load_checklist_file(Path(__file__).resolve().parent.parent / "data" / "mofcom-icp-1.1.0.toml"), checklist,
            aid, answered=set(), is_final=False, operator_type="agent"), nothing),
    }


def _merge_preview(store, aid):
    """The comparison of a package of the demo assessment with the store it came from."""
    import tempfile

    from exportaudit.exchange.package import export_package, read_package
    from exportaudit.exchange.package_merge import compare_package

    package = export_package(store, aid, Path(tempfile.mkdtemp()) / "demo.eaudit")
    return compare_package(store, read_package(package))


def fits(size: QSize, budget: QSize = SMALLEST_SCREEN) -> bool:
    return size.width() <= budget.width() and size.height() <= budget.height()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_main_window_and_every_dialog_fit_a_1366x768_laptop(make_window, demo_store_path, qtbot, language):
    window = make_window(demo_store_path, language=language)
    window.open_assessment(window.store.assessments.latest().id)
    factories = dialog_factories(window)
    assert controller_dialog_classes() <= set(factories), "a new dialog needs a factory in this test"

    too_big = {}
    for tab in range(window.assessment_page.tabs.count()):  # every page of the main window
        window.assessment_page.tabs.setCurrentIndex(tab)
        if not fits(window.sizeHint()) or not fits(window.minimumSizeHint()):
            too_big[f"main window, tab {tab}"] = window.sizeHint()
    for cls, make in factories.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        if not fits(dialog.sizeHint()) or not fits(dialog.minimumSizeHint()) or not fits(dialog.size()):
            too_big[cls.__name__] = (dialog.sizeHint(), dialog.size())
        dialog.close()
    assert not too_big, "\n".join(f"{k}: {v}" for k, v in too_big.items())


@pytest.mark.parametrize("available", [LAPTOP, HIDPI_150], ids=["1366x768", "1920x1080@150%"])
def test_a_window_too_big_or_off_screen_is_pulled_inside_the_available_geometry(qtbot, available):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1360, 860)  # the size the main window used to open with
    widget.move(200, 150)
    place_on_screen(widget, available)
    assert widget.width() <= available.width() and widget.height() <= available.height()
    frame = widget.frameGeometry()
    assert available.contains(QRect(frame.topLeft(), widget.size()))


def test_the_first_window_opens_inside_the_screen_with_its_status_bar_visible(make_window, demo_store_path):
    window = make_window(demo_store_path)
    available = screen_fit.available_geometry(window)
    frame = window.frameGeometry()
    assert available.contains(frame.topLeft()) and frame.bottom() <= available.bottom()
    assert window.statusBar().isVisible() and window.statusBar().geometry().bottom() < window.height()


def test_the_order_import_result_is_sized_to_its_one_line(make_window, demo_store_path, qtbot, tmp_path):
    from exportaudit.ui.controllers.order_import import OrderImportDialog

    window = make_window(demo_store_path)
    window.open_assessment(window.store.assessments.latest().id)
    orders = tmp_path / "orders.csv"
    orders.write_text("order_id,customer,destination,date,value\nSO-1,Acme,DE,2026-03-01,100\n", encoding="utf-8")
    imported = []
    dialog = OrderImportDialog(window, window.operations, window.assessment.session, "en", imported.append)
    dialog.show()
    mapping_height = dialog.height()
    dialog.open_file(orders)
    qtbot.waitUntil(lambda: dialog.table is not None)
    dialog.start_import()
    qtbot.waitUntil(lambda: bool(imported) and dialog.result_label.isVisible())
    assert "Every row was read." in dialog.result_label.text()
    assert not dialog.problems_table.isVisible()
    qtbot.waitUntil(lambda: dialog.height() < mapping_height / 2)
    assert dialog.width() <= 720
    with open_store(demo_store_path, create=False) as store:
        assert len(store.orders.lists(window.assessment.session.assessment_id)) == 2


def test_the_dashboard_columns_fit_their_headers_and_unanswered_elements_are_gaps(make_window, demo_store_path, qtbot):
    from exportaudit.ui.models.element_table import COL_CAPPED, COL_ELEMENT, COL_SAMPLE_EXCEPTIONS, COL_UNEVIDENCED
    from exportaudit.ui.views.assessment_page_view import TAB_DASHBOARD

    window = make_window(demo_store_path)
    window.open_assessment(window.store.assessments.latest().id)
    window.resize(1340, 680)
    window.assessment.show_tab(TAB_DASHBOARD)
    dashboard = window.assessment.dashboard.view
    table = dashboard.table
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(COL_ELEMENT) > 0)
    for column in (COL_CAPPED, COL_UNEVIDENCED, COL_SAMPLE_EXCEPTIONS):
        title = table.model().headerData(column, header.orientation())
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title)
    assert header.sectionSize(COL_ELEMENT) < table.viewport().width() / 2

    assert not dashboard.radar.has_gaps()  # every element of the demo has a level


def test_an_unanswered_element_is_a_gap_on_the_radar_with_a_legend_entry(qtbot):
    from exportaudit.ui.widgets.radar_chart import RadarChart, RadarSeries

    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.resize(600, 480)
    radar.set_legend("Assessed level", "Target")
    radar.set_series(RadarSeries(("A", "B", "C", "D"), (3, None, 3, 3), (None, None, None, None)))
    assert radar.has_gaps() and radar.gap_legend() == "not assessed yet (no level)"
