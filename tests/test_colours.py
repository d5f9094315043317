"""Dark and light: error fields, error cells and the article's highlights keep their text readable
(WCAG contrast 4.5:1 or more against the palette's text) in a light and a dark palette."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleFactory, QTableView
from tests_support import seeded_window

from presskit.model import Contact
from presskit.ui import colours
from presskit.ui.main_window import MainWindow


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


pytestmark = pytest.mark.usefixtures("no_dialogs")


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp) -> Iterator[QPalette]:  # noqa: ANN001
    before = QApplication.palette()
    chosen = colours.dark_palette() if request.param == "dark" else QStyleFactory.create("Fusion").standardPalette()
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(before)


@pytest.fixture
def window(qtbot, seed_path: Path, palette: QPalette) -> MainWindow:  # noqa: ANN001
    return seeded_window(qtbot, seed_path)


def test_an_error_field_is_tinted_from_the_palette_and_its_text_stays_readable(
    window: MainWindow, palette: QPalette
) -> None:
    window.ctl.set_field(("film", "title"), "")
    title = window.findChild(QLineEdit, "field:film.title")
    background = QColor(re.search(r"background: (#[0-9a-f]{6})", title.styleSheet()).group(1))
    assert colours.is_dark(palette) == (background.lightnessF() < 0.5)
    assert contrast(background, palette.color(QPalette.ColorRole.Text)) >= 4.5
    message = window.panels[0].fields[("film", "title")][1]
    assert (
        contrast(
            QColor(re.search(r"color: (#[0-9a-f]{6})", message.styleSheet()).group(1)),
            palette.color(QPalette.ColorRole.Window),
        )
        >= 3
    )


def test_an_error_cell_keeps_its_text_readable(window: MainWindow, palette: QPalette) -> None:
    window.ctl.insert_row(("contacts",), Contact(name="Ann", email="ann-at-example"))
    cell = window.findChild(QTableView, "table:contacts").model().index(0, 3)
    background = cell.data(Qt.ItemDataRole.BackgroundRole).color()
    assert contrast(background, palette.color(QPalette.ColorRole.Text)) >= 4.5


def test_the_articles_highlights_keep_its_text_readable(window: MainWindow, palette: QPalette) -> None:
    window.article_view.reveal("film.title")
    backgrounds = {s.format.background().color().name() for s in window.article_view.extraSelections()}
    assert len(backgrounds) >= 2  # found and the one being looked at (and inferred, when any)
    for name in backgrounds:
        assert contrast(QColor(name), palette.color(QPalette.ColorRole.Text)) >= 4.5, name
