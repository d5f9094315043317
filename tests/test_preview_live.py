"""The preview follows typing: the page being looked at is the one drawn from the new PDF, and a
render made out of date by a newer edit never reaches the screen. (Its speed is in `make bench`,
case preview_refresh.)"""

from __future__ import annotations

from hands import Hands
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from presskit.ui.main_window import MainWindow


def page_text(window: MainWindow, page: int) -> str:
    return window.preview.document.getAllText(page).text()


def test_typing_redraws_the_page_on_show_and_stays_on_it(window: MainWindow, hands: Hands, qtbot) -> None:  # noqa: ANN001
    preview = window.preview
    with qtbot.waitSignal(preview.pageShown, timeout=10_000):
        preview.refresh()
    qtbot.waitUntil(preview.idle, timeout=10_000)
    qtbot.mouseClick(preview.controls.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.controls.next, Qt.MouseButton.LeftButton)
    assert preview.view.pageNavigator().currentPage() == 2
    window.go_to_path(("film", "tagline"))
    tagline = window.findChild(QLineEdit, "field:film.tagline")
    tagline.setFocus()
    pages = preview.document.pageCount()
    shown: list[float] = []
    preview.pageShown.connect(shown.append)
    preview.timer.setInterval(60_000)  # the render starts when the test says, however slow the typing
    hands.keys("She was written into being")
    with qtbot.waitSignal(preview.document.pageCountChanged, check_params_cb=lambda n: n == 3, timeout=10_000):
        preview.timer.stop()
        preview.refresh()  # the pages up to the one on show come first...
    assert "She was written into being" in page_text(window, 0)
    hands.keys("!")  # typed while only those first pages are on show: they come first again
    with qtbot.waitSignal(preview.document.pageCountChanged, check_params_cb=lambda n: n == 3, timeout=10_000):
        preview.timer.stop()
        preview.refresh()
    assert "She was written into being!" in page_text(window, 0)
    qtbot.waitUntil(lambda: preview.document.pageCount() == pages, timeout=10_000)  # ...then the whole
    qtbot.waitUntil(preview.idle, timeout=10_000)
    assert "She was written into being!" in page_text(window, 0) and shown and all(t > 0 for t in shown)
    assert preview.view.pageNavigator().currentPage() == 2  # the new PDF opened where the publicist was


def test_a_render_overtaken_by_a_newer_edit_is_never_shown(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.refresh()
    shown: list[float] = []
    preview.rendered.connect(shown.append)
    window.ctl.set_field(("film", "tagline"), "First thought")
    preview.refresh()
    window.ctl.set_field(("film", "tagline"), "Second thought")
    preview.timer.stop()  # only the two renders asked for here
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.refresh()
    qtbot.wait(200)  # time for the first render to have arrived, had it not been dropped
    assert "Second thought" in page_text(window, 0)
    assert len(shown) == 1
