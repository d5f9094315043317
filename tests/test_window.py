"""The window, driven like a publicist would: real widgets through qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTableView

from presskit.document import load_kit
from presskit.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, seed_path: Path) -> MainWindow:  # noqa: ANN001
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(seed_path, clean=True)
    qtbot.waitUntil(lambda: w.ctl.kit.film.title == "Ruby Sparks", timeout=5000)
    assert not w.ctl.modified
    return w


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> list[str]:  # noqa: ANN001
    """Modal dialogs never block a test: record them and answer "Discard" / OK."""
    seen: list[str] = []

    def question(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(args[1])
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    return seen


def field(w: MainWindow, path: str) -> QLineEdit:
    edit = w.findChild(QLineEdit, "field:" + path)
    assert edit is not None, path
    return edit


def test_the_seed_loads_into_the_panels(window: MainWindow) -> None:
    assert field(window, "film.title").text() == "Ruby Sparks"
    assert "Ruby Sparks" in window.windowTitle()
    assert field(window, "credits.directors").text() == "Valerie Faris, Jonathan Dayton"
    cast = window.findChild(QTableView, "table:credits.cast")
    assert cast.model().rowCount() == 4
    assert cast.model().index(0, 0).data() == "Paul Dano"
    assert "Ruby Sparks" in window.article_view.toPlainText()


def test_typing_in_a_field_changes_the_kit_and_undo_restores_it(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    title = field(window, "film.title")
    title.selectAll()
    qtbot.keyClicks(title, "Ruby Sparks (2012)")
    assert window.ctl.kit.film.title == "Ruby Sparks (2012)"
    assert window.ctl.modified and window.isWindowModified()
    assert "Ruby Sparks (2012)" in window.windowTitle()
    window.ctl.undo_stack.undo()  # one step for the whole typing run
    assert window.ctl.kit.film.title == "Ruby Sparks"
    assert title.text() == "Ruby Sparks"
    assert not window.ctl.modified


def test_an_empty_title_is_marked_at_the_field_and_listed(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    title = field(window, "film.title")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert window.ctl.kit.film.title == ""
    assert "A film needs a title." in title.toolTip()
    assert window.problem_list.item(0).text() == "Title: a film needs a title."


def test_an_invalid_email_is_marked_in_the_table_and_the_problems_list(window: MainWindow) -> None:
    from presskit.model import Contact

    window.ctl.insert_row(("contacts",), Contact(name="Ann", email="ann-at-example"))
    table = window.findChild(QTableView, "table:contacts")
    email = table.model().index(0, 3)
    assert email.data(Qt.ItemDataRole.ToolTipRole) == "The email has no @."
    texts = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    assert "Contact 1 (Ann): the email has no @." in texts
    window._jump(window.problem_list.item(texts.index("Contact 1 (Ann): the email has no @.")))
    assert window.current_panel().TITLE == "Contacts"
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == 3


def test_a_kit_without_a_press_contact_says_so_and_the_problem_leads_to_contacts(window: MainWindow) -> None:
    window.ctl.set_field(("film", "title"), "Harbour Lights")
    texts = [window.problem_list.item(i).text() for i in range(window.problem_list.count())]
    wanted = "Contacts: add a press contact with an email or a phone number: whom does a journalist call?"
    assert wanted in texts
    window._jump(window.problem_list.item(texts.index(wanted)))
    assert window.current_panel().TITLE == "Contacts"


def test_add_a_cast_row_then_undo_and_redo(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    panel = next(p for p in window.panels if p.TITLE == "Credits")
    qtbot.mouseClick(panel.cast.buttons["add"], Qt.MouseButton.LeftButton)
    assert len(window.ctl.kit.credits.cast) == 5
    model = panel.cast.model
    model.setData(model.index(4, 0), "Annette Bening")
    assert window.ctl.kit.credits.cast[4].actor == "Annette Bening"
    window.ctl.undo_stack.undo()
    window.ctl.undo_stack.undo()
    assert len(window.ctl.kit.credits.cast) == 4
    window.ctl.undo_stack.redo()
    assert len(window.ctl.kit.credits.cast) == 5


def test_reorder_quotes(window: MainWindow) -> None:
    panel = next(p for p in window.panels if p.TITLE == "Quotes")
    first, second = window.ctl.kit.quotes[0].text, window.ctl.kit.quotes[1].text
    panel.table.view.selectRow(0)
    panel.table.down()
    assert [q.text for q in window.ctl.kit.quotes[:2]] == [second, first]
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.quotes[0].text == first


def test_synopsis_edits_reach_the_kit(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    area = window.findChild(QPlainTextEdit, "field:synopsis.short")
    area.setPlainText("A novelist writes a woman into being.")
    assert window.ctl.kit.synopsis.short == "A novelist writes a woman into being."


def test_save_and_reopen_round_trip(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "ruby.presskit"
    window.ctl.save(path)
    assert not window.ctl.modified
    assert load_kit(path) == window.ctl.kit
    assert "ruby.presskit" in window.windowTitle()


def test_closing_with_changes_asks_and_cancel_keeps_the_window(window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    window.ctl.set_field(("film", "tagline"), "She's out of his mind.")
    asked = []

    def answer(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()
    assert asked == ["Unsaved changes"]
    assert window.isVisible()


def test_a_bad_article_gets_a_message_and_the_kit_is_kept(
    window: MainWindow, tmp_path: Path, dialogs: list[str]
) -> None:
    shown = dialogs
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert not window.open_path(empty)
    assert "empty" in shown[0] and "empty.txt" in shown[0]
    assert window.ctl.kit.film.title == "Ruby Sparks"


def test_export_pdf_from_the_window_runs_in_the_background(window: MainWindow, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    out = tmp_path / "kit.pdf"
    with qtbot.waitSignal(window.exports.exported, timeout=10_000):
        assert window.exports.export_pdf(out)
    assert out.read_bytes().startswith(b"%PDF")


def test_pasted_article_text_is_imported_and_undoable(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText("Harbour Lights, directed by Ada Brenn, opens in theaters on June 2.")
    window.file.paste_article()
    qtbot.waitUntil(lambda: window.ctl.kit.film.title == "Harbour Lights")
    assert window.ctl.kit.film.title == "Harbour Lights"
    assert window.ctl.kit.credits.directors == ["Ada Brenn"]
    window.ctl.undo_stack.undo()
    assert window.ctl.kit.film.title == "Ruby Sparks"


def test_a_file_dropped_on_an_empty_window_is_imported(window: MainWindow, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    """With no kit open; a file dropped on an open kit is added to it (test_add_sources.py)."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window.file.new_kit()
    assert not window.sources.has_kit()
    article = tmp_path / "note.txt"
    article.write_text("Salt Roads, directed by Ivo Lind, opens in the UK on 3 March.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.ctl.kit.film.title == "Salt Roads")
    assert window.ctl.kit.release.date_text == "3 March"


def test_importing_into_a_saved_kit_starts_a_new_untitled_one(window: MainWindow, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    saved = tmp_path / "ruby.presskit"
    window.ctl.save(saved)
    article = tmp_path / "note.txt"
    article.write_text("Salt Roads, directed by Ivo Lind, opens in the UK on 3 March.", encoding="utf-8")
    window.open_path(article)
    qtbot.waitUntil(lambda: window.ctl.kit.film.title == "Salt Roads")
    assert window.ctl.path is None  # saving now asks for a new name: ruby.presskit is never overwritten
    assert load_kit(saved).film.title == "Ruby Sparks"


def test_an_article_opened_over_unsaved_changes_asks_first_and_cancel_keeps_them(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch, dialogs: list[str]
) -> None:  # noqa: ANN001
    window.ctl.set_field(("film", "tagline"), "Be careful what you wish for.")  # typed, not saved
    article = tmp_path / "note.txt"
    article.write_text("Salt Roads, directed by Ivo Lind, opens in the UK on 3 March.", encoding="utf-8")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: dialogs.append(a[1]) or QMessageBox.StandardButton.Cancel
    )
    window.open_path(article)
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert dialogs == ["Unsaved changes"] and window.ctl.kit.film.tagline == "Be careful what you wish for."
    assert window.ctl.kit.film.title == "Ruby Sparks" and window.ctl.modified
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.open_path(article)
    qtbot.waitUntil(lambda: window.ctl.kit.film.title == "Salt Roads")
    window.ctl.undo_stack.undo()  # what was discarded is still one undo away
    assert window.ctl.kit.film.tagline == "Be careful what you wish for."


def test_open_recent_offers_the_first_file_opened_in_a_fresh_session(qtbot, seed_path: Path) -> None:  # noqa: ANN001
    """Open Recent starts disabled when nothing was ever opened; a disabled submenu cannot be opened
    to refill itself, so the file just opened must be there at once."""
    from PySide6.QtCore import QSettings

    QSettings("Presskit", "Presskit").remove("recentFiles")
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.file.recent_menu.isEnabled()
    assert w.open_path(seed_path, clean=True)
    assert w.file.recent_menu.isEnabled()
    assert [a.text() for a in w.file.recent_menu.actions()] == [f"&1 {seed_path.name}"]
    qtbot.waitUntil(lambda: w.ctl.kit.film.title == "Ruby Sparks", timeout=5000)
