"""A desktop app's basics: a Help menu (guide on F1, shortcuts, About with the licences), a
tooltip on every action, a toolbar, and Save As remembered in Open Recent."""

from __future__ import annotations

from pathlib import Path

import pytest
from hands import Hands
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from presskit import __version__
from presskit.ui import dialogs
from presskit.ui.help import HelpDialog, about_html
from presskit.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch) -> list[HelpDialog]:  # noqa: ANN001
    """Dialogs the window runs, recorded instead of shown."""
    seen: list[HelpDialog] = []
    monkeypatch.setattr(dialogs, "run", lambda d: seen.append(d) or 0)
    return seen


def test_f1_opens_the_user_guide(window: MainWindow, qtbot, shown: list[HelpDialog]) -> None:  # noqa: ANN001
    Hands(window, qtbot).press(Qt.Key.Key_F1)
    assert [d.windowTitle() for d in shown] == ["Presskit user guide"]
    assert "Import an article" in shown[0].text.toPlainText()


def test_about_names_the_version_and_the_licences_of_fonts_and_libraries() -> None:
    html = about_html()
    assert f"Presskit {__version__}" in html
    assert "Lato" in html and "SIL Open Font License 1.1" in html
    assert "pydantic" in html and "MIT" in html and "reportlab" in html


def test_keyboard_shortcuts_lists_the_menus_and_the_table_keys(window: MainWindow, shown: list[HelpDialog]) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    next(a for a in help_menu.actions() if "Shortcuts" in a.text()).trigger()
    text = shown[0].text.toPlainText()
    assert "Export PDF…" in text and "Ctrl+E" in text and "Tab / Shift+Tab" in text


def test_every_action_says_what_it_does(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions()]
    for menu in menus:
        for act in menu.actions():
            if act.isSeparator() or act.menu():
                continue
            assert act.toolTip() and act.toolTip() != act.text().replace("&", ""), act.text()


def test_the_toolbar_has_the_everyday_actions_and_they_work(window: MainWindow) -> None:
    bar = window.findChild(QToolBar, "mainToolbar")
    assert [a.iconText() for a in bar.actions()] == [
        "Open",
        "Save",
        "Import",
        "Add Sources",
        "Export PDF",
        "Undo",
        "Redo",
        "Preview",
    ]
    assert all(not a.icon().isNull() and a.toolTip() for a in bar.actions())
    window.ctl.set_field(("film", "title"), "Ruby Sparks (2012)")
    bar.actions()[5].trigger()
    assert window.ctl.kit.film.title == "Ruby Sparks"


def test_a_kit_saved_as_is_in_open_recent(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    target = tmp_path / "ruby.presskit"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.file.save_as()
    window.file.fill_recent_menu()
    assert window.file.recent_menu.actions()[0].text() == "&1 ruby.presskit"


def test_an_export_dialog_opens_beside_the_saved_kit(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    kits = tmp_path / "Ruby Sparks kit"
    kits.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(kits / "ruby.presskit"), ""))
    assert window.file.save_as()
    offered: list[str] = []

    def cancel(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)  # where the dialog opens, then the publicist cancels
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.ctl.set_field(("film", "title"), "Ruby Sparks: Director/Writer's Cut")
    window.exports.export_dialog()
    window.exports.export_bundle_dialog()
    assert offered == [
        str(kits / "Ruby Sparks Director Writer's Cut.pdf"),
        str(kits / "Ruby Sparks Director Writer's Cut.zip"),
    ]


def test_the_preview_zooms_and_turns_pages(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtPdfWidgets import QPdfView

    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.refresh()
    controls = preview.controls
    pages = preview.document.pageCount()
    assert controls.page.text() == f"Page 1 of {pages}" and not controls.previous.isEnabled()
    qtbot.mouseClick(controls.next, Qt.MouseButton.LeftButton)
    assert preview.view.pageNavigator().currentPage() == 1 and controls.page.text() == f"Page 2 of {pages}"
    controls.zoom.setCurrentIndex(controls.zoom.findText("200 %"))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and preview.view.zoomFactor() == 2.0
    controls.zoom.setCurrentIndex(controls.zoom.findText("Fit page"))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_a_field_says_what_it_is_for_until_a_problem_takes_its_tooltip(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLineEdit

    title = window.findChild(QLineEdit, "field:film.title")
    runtime = window.findChild(QLineEdit, "field:film.runtime_minutes")
    assert "1h44" in runtime.toolTip()
    assert "cover" in title.toolTip()
    window.ctl.set_field(("film", "title"), "")
    assert title.toolTip() == "A film needs a title."
    window.ctl.undo_stack.undo()
    assert "cover" in title.toolTip()
