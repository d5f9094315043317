"""The window on a laptop screen: panels scroll instead of setting the window's minimum height,
and the first window is sized to the screen it opens on (1280×720 and 200 % scale included)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QWidget

PREFERRED = (1560, 960)  # on a large screen; never more than the screen's available room


class PanelScroll(QScrollArea):
    """A panel in a tab: it scrolls when the window is shorter than the panel wants to be."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__()
        self.panel = panel
        self.setObjectName("scroll:" + type(panel).__name__)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(panel)


def fit_to_screen(window: QMainWindow) -> None:
    """Size a window to its screen's available room (less a margin for the frame) and centre it;
    the docks get shares of that width, so the preview stays in view at 1280 pixels."""
    screen = window.screen()
    room = screen.availableGeometry()
    width = min(PREFERRED[0], room.width() - 16)
    height = min(PREFERRED[1], room.height() - 48)  # the title bar and the frame
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(room.center())
    window.move(max(frame.left(), room.left()), max(frame.top(), room.top()))


def dock_widths(width: int) -> tuple[int, int]:
    """Article and preview dock widths for a window this wide: fixed on big screens, shares on small."""
    return min(430, int(width * 0.27)), min(520, int(width * 0.3))
