"""The window fits a laptop screen: 1280×720, and 2560×1600 at 200 % scale (1280×800 logical)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from tests_support import seeded_window

from presskit.ui.main_window import MainWindow
from presskit.ui.screen_fit import PanelScroll

ROOT = Path(__file__).resolve().parent.parent
ROOM_1280_720 = QSize(1280, 720 - 48)  # less a title bar and a panel or dock of the desktop


@pytest.fixture
def window(qtbot, seed_path: Path) -> MainWindow:  # noqa: ANN001
    QSettings("Presskit", "Presskit").remove("geometry")  # a first start: no size remembered
    return seeded_window(qtbot, seed_path)


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def test_the_window_can_be_made_as_small_as_a_1280_by_720_screen(window: MainWindow) -> None:
    assert fits(window.minimumSizeHint(), ROOM_1280_720), window.minimumSizeHint()
    assert fits(window.minimumSize(), ROOM_1280_720)


def test_the_window_opens_inside_the_screen(window: MainWindow) -> None:
    room = window.screen().availableGeometry()
    assert room.contains(window.frameGeometry())


def test_at_1280_by_720_every_panel_is_reachable_and_the_tall_ones_scroll(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.resize(ROOM_1280_720)
    qtbot.waitUntil(lambda: window.height() <= ROOM_1280_720.height())
    assert window.preview.isVisible() and not window.preview.visibleRegion().isEmpty()
    for i, panel in enumerate(window.panels):
        window.tabs.setCurrentIndex(i)
        scroll = window.tabs.currentWidget()
        assert isinstance(scroll, PanelScroll) and scroll.panel is panel
        for widget, _label, _set in panel.fields.values():
            scroll.ensureWidgetVisible(widget)
            top_left = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
            assert scroll.viewport().rect().contains(top_left), (panel.TITLE, widget.objectName())
    languages = next(i for i, p in enumerate(window.panels) if p.TITLE == "Languages")
    window.tabs.setCurrentIndex(languages)
    assert window.tabs.currentWidget().verticalScrollBar().maximum() > 0  # it scrolls, the window stays


def test_at_200_percent_on_a_2560_by_1600_screen_the_window_fits() -> None:
    code = (
        "from PySide6.QtWidgets import QApplication; from PySide6.QtCore import QStandardPaths;"
        "QStandardPaths.setTestModeEnabled(True); app = QApplication([]);"
        "from presskit.ui.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents();"
        "m = w.minimumSizeHint(); print(app.primaryScreen().devicePixelRatio(), m.width(), m.height())"
    )
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    ratio, width, height = float(out[0]), int(out[1]), int(out[2])
    assert ratio == 2
    assert width * ratio <= 2560 and height * ratio <= 1600 - 2 * 48  # in device pixels, with room for a frame
