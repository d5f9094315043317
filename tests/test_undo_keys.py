"""One undo: Ctrl+Z and Ctrl+Shift+Z act on the document wherever the keyboard is, one step per
field typed in, and the modified mark follows. Driven with real key events."""

from __future__ import annotations

from hands import Hands
from PySide6.QtCore import Qt

from presskit.ui.main_window import MainWindow

Key, Mod = Qt.Key, Qt.KeyboardModifier
CTRL, CTRL_SHIFT = Mod.ControlModifier, Mod.ControlModifier | Mod.ShiftModifier


def focus(window: MainWindow, panel: int, *path: str) -> None:
    window.tabs.setCurrentIndex(panel)
    window.panels[panel].fields[path][0].setFocus()


def test_ctrl_z_in_a_field_undoes_the_document_one_field_at_a_time(window: MainWindow, hands: Hands) -> None:
    film = window.ctl.kit.film
    tagline, genre, steps = film.tagline, film.genre, window.ctl.undo_stack.count()
    focus(window, 0, "film", "tagline")
    hands.keys("Love, written", Key.Key_Tab, "Romantic comedy")
    assert (film.tagline, film.genre) == ("Love, written", "Romantic comedy")
    hands.press(Key.Key_Z, CTRL)  # the focus is still in Genre: its whole typing run goes
    assert (film.tagline, film.genre) == ("Love, written", genre)
    hands.press(Key.Key_Z, CTRL)  # then the tagline, as one step
    assert film.tagline == tagline and not window.ctl.modified and not window.isWindowModified()
    assert window.ctl.undo_stack.count() == steps + 2  # one step per field; undoing recorded nothing new
    hands.press(Key.Key_Z, CTRL_SHIFT)
    assert film.tagline == "Love, written" and window.isWindowModified()


def test_typing_again_after_leaving_a_field_is_a_step_of_its_own(window: MainWindow, hands: Hands) -> None:
    steps = window.ctl.undo_stack.count()
    focus(window, 0, "film", "title")
    hands.keys(Key.Key_End, " (2012)", Key.Key_Tab, Key.Key_Backtab, Key.Key_End, "!")
    assert window.ctl.kit.film.title == "Ruby Sparks (2012)!"
    assert window.ctl.undo_stack.count() == steps + 2
    hands.press(Key.Key_Z, CTRL)
    assert window.ctl.undo_stack.index() == steps + 1
    assert window.ctl.kit.film.title == "Ruby Sparks (2012)"
    assert window.panels[0].fields[("film", "title")][0].text() == "Ruby Sparks (2012)"


def test_ctrl_z_in_the_logline_undoes_the_document(window: MainWindow, hands: Hands) -> None:
    before = window.ctl.kit.film.logline
    focus(window, 1, "film", "logline")
    hands.keys(Key.Key_End, " And then she is real.")
    hands.press(Key.Key_Z, CTRL)
    assert window.ctl.kit.film.logline == before and not window.ctl.modified
    hands.press(Key.Key_Z, CTRL_SHIFT)
    assert window.ctl.kit.film.logline == before + " And then she is real."


def test_ctrl_z_in_a_table_undoes_the_last_cell(window: MainWindow, hands: Hands) -> None:
    window.tabs.setCurrentIndex(2)
    view = window.panels[2].cast.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 1))
    hands.keys("Harry's friend", Key.Key_Return)
    assert window.ctl.kit.credits.cast[1].character == "Harry's friend"
    hands.press(Key.Key_Z, CTRL)
    assert window.ctl.kit.credits.cast[1].character == "" and not window.ctl.modified
