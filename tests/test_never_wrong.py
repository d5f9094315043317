"""Never silently wrong: what is typed is understood or kept as typed and listed as a problem, in
words a publicist uses, and exporting says so first. Driven with real key events."""

from __future__ import annotations

from pathlib import Path

import pytest
from hands import Hands
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from tests_support import seeded_window

from presskit.model import Contact
from presskit.ui.main_window import MainWindow

Key = Qt.Key


@pytest.fixture
def asked(monkeypatch) -> list[str]:  # noqa: ANN001
    """Questions the window asks; every one is answered No."""
    seen: list[str] = []

    def question(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return seen


@pytest.fixture
def window(qtbot, seed_path: Path, asked: list[str]) -> MainWindow:  # noqa: ANN001
    w = seeded_window(qtbot, seed_path)
    w.ctl.set_field(("synopsis", "short"), "A novelist writes a woman into being.")  # what the article left to write
    w.ctl.set_field(("contacts",), [Contact(name="Ann Press", email="ann@example.com")])  # and the press contact
    assert not w.ctl.problems  # so the problems below are the ones typed
    return w


@pytest.fixture
def runtime(window: MainWindow, qtbot) -> QLineEdit:  # noqa: ANN001
    Hands(window, qtbot)
    edit = window.findChild(QLineEdit, "field:film.runtime_minutes")
    edit.setFocus()
    return edit


def problems(window: MainWindow) -> list[str]:
    return [window.problem_list.item(i).text() for i in range(window.problem_list.count())]


@pytest.mark.parametrize("typed", ["1h44", "104 min", "1:44", "1 h 44 min"])
def test_a_running_time_written_the_usual_ways_is_understood(
    window: MainWindow, runtime: QLineEdit, qtbot, typed: str
) -> None:  # noqa: ANN001
    Hands(window, qtbot).keys(typed)
    assert window.ctl.kit.film.runtime_minutes == 104
    assert runtime.text() == typed and not window.ctl.problems  # kept as typed while typing
    Hands(window, qtbot).press(Key.Key_Tab)
    assert runtime.text() == "104"  # leaving the field shows what was understood


def test_text_that_is_not_a_running_time_is_kept_listed_and_warned_about(
    window: MainWindow, runtime: QLineEdit, qtbot, asked: list[str]
) -> None:  # noqa: ANN001
    hands = Hands(window, qtbot)
    hands.keys("1h44x")
    assert window.ctl.kit.film.runtime_minutes is None  # never the "1" typed on the way
    hands.press(Key.Key_Tab)
    assert runtime.text() == "1h44x"
    expected = "Runtime: “1h44x” is not understood. Type the minutes (104) or hours and minutes (1h44, 1:44)."
    assert problems(window) == [expected]
    assert window.problems_dock.windowTitle() == "Problems (1)"
    assert window.panels[0].fields[("film", "runtime_minutes")][1].text().startswith("“1h44x” is not understood")
    window.exports.export_dialog()
    assert "1 problem(s)" in asked[0] and expected in asked[0]
    runtime.setFocus()
    hands.keys(Key.Key_Backspace)
    assert window.ctl.kit.film.runtime_minutes == 104 and problems(window) == []


def test_problems_name_the_row_by_who_it_is(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    from presskit.model import Contact

    window.ctl.insert_row(("contacts",), Contact(name="Sam Lee", email="sam.leepr.com"))  # after the press contact
    window.ctl.set_field(("quotes", 2, "speaker"), "")
    assert "Contact 2 (Sam Lee): the email has no @." in problems(window)
    assert "Quote 3: a quote needs a speaker: who said it?" in problems(window)


def test_a_running_time_that_is_not_understood_is_saved_as_typed_and_reopened(
    window: MainWindow, runtime: QLineEdit, qtbot, tmp_path: Path
) -> None:  # noqa: ANN001
    from presskit.facts import fact_rows
    from presskit.i18n import labels
    from presskit.problems import check
    from presskit.ui.controller import DocumentController

    hands = Hands(window, qtbot)
    runtime.selectAll()
    hands.keys("about two hours", Key.Key_Tab)
    assert (window.ctl.kit.film.runtime_minutes, window.ctl.kit.film.runtime_text) == (None, "about two hours")
    window.ctl.save(tmp_path / "kit.presskit")

    reopened = DocumentController()
    reopened.open(tmp_path / "kit.presskit")
    assert reopened.kit.film.runtime_text == "about two hours"
    expected = "Runtime: “about two hours” is not understood. Type the minutes (104) or hours and minutes (1h44, 1:44)."
    assert [p.text for p in check(reopened.kit)] == [expected]  # what the CLI's check and export say
    assert ("Runtime", "about two hours") in [(label.title(), v) for label, v in fact_rows(reopened.kit, labels("en"))]

    window.open_path(tmp_path / "kit.presskit")
    qtbot.waitUntil(lambda: runtime.text() == "about two hours")
    assert problems(window) == [expected]
    window.ctl.undo_stack.clear()
    runtime.setFocus()
    runtime.selectAll()
    hands.keys("1h44")
    assert (window.ctl.kit.film.runtime_minutes, window.ctl.kit.film.runtime_text) == (104, "")
    assert problems(window) == []
    window.ctl.undo_stack.undo()  # typing the running time was one step: back to the words as typed
    assert (window.ctl.kit.film.runtime_minutes, window.ctl.kit.film.runtime_text) == (None, "about two hours")
