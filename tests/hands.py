"""Real key presses for window tests: what a publicist's hands do, not setData or setText.

Text goes to whichever widget has the keyboard focus as QKeyEvents; single keys go through the
window, so shortcuts and mnemonics (Alt+letter) work as they do under a real keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

Mod = Qt.KeyboardModifier


class Hands:
    """Types and presses keys into a shown, active window."""

    def __init__(self, window: QMainWindow, qtbot) -> None:  # noqa: ANN001
        self.window, self.qtbot = window, qtbot
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def focus(self) -> QWidget:
        """The widget the keyboard types into."""
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """Type text, one key event per character, each into whichever widget has the focus then (the
        first key typed on a table cell opens its editor, the rest go into that editor)."""
        for char in text:
            QTest.keyClicks(self.focus(), char)

    def press(self, key: Qt.Key, modifier: Mod = Mod.NoModifier) -> None:
        """Press and release one key (with modifiers) on the window."""
        QTest.keyClick(self.window.windowHandle(), key, modifier)

    def keys(self, *strokes: str | Qt.Key) -> None:
        """Type a sequence: strings are typed, keys are pressed ("Annette Bening", Tab, "Gertrude")."""
        for stroke in strokes:
            self.type(stroke) if isinstance(stroke, str) else self.press(stroke)

    def mnemonic(self, letter: Qt.Key, until) -> None:  # noqa: ANN001
        """Alt+letter clicks a button after Qt's short press animation: wait until it has acted."""
        self.press(letter, Mod.AltModifier)
        self.qtbot.waitUntil(until)
