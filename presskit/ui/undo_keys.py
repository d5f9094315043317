"""Ctrl+Z and Ctrl+Shift+Z in a panel's field undo the document, not the field's own typing.

A QLineEdit claims the undo keys for itself (it accepts their ShortcutOverride), so without this
Ctrl+Z in a field undid the field's private history and recorded that as one more edit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _LeaveUndoToTheWindow(QObject):
    """Refuses the field's claim on the undo and redo keys, so the window's actions get them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _KEYS)
        ):
            event.ignore()
            return True
        return False


_filter: _LeaveUndoToTheWindow | None = None


def document_undo_keys(widget: QWidget) -> None:
    """Let the document's undo stack, not this widget, answer Ctrl+Z and Ctrl+Shift+Z."""
    global _filter  # noqa: PLW0603 - one filter for the whole application
    if _filter is None:
        _filter = _LeaveUndoToTheWindow(QApplication.instance())
    widget.installEventFilter(_filter)
