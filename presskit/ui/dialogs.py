"""Modal dialogs are shown with run() (waiting) or show() (not waiting), which delete each one when it closes.

Dialogs used to stay alive as children of the window until it was destroyed; after Edit ›
Preferences had been opened twice, quitting crashed ("shared QObject was deleted directly")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> int:
    """Show a dialog modally and return its result; the dialog is deleted once control returns to
    the event loop, so what the caller reads from it right after is still there."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def show(dialog: QDialog, done: Callable[[int], None]) -> None:
    """Open a dialog modal to its window without waiting for it: the window keeps painting (and
    tests can press its keys); done(result) runs when it closes, then the dialog is deleted."""
    dialog.finished.connect(done)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
