"""Modal dialogs are shown with run(), which deletes each one when it closes.

Dialogs used to stay alive as children of the window until it was destroyed; after Edit ›
Preferences had been opened twice, quitting crashed ("shared QObject was deleted directly")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> int:
    """Show a dialog modally and return its result; the dialog is deleted once control returns to
    the event loop, so what the caller reads from it right after is still there."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
