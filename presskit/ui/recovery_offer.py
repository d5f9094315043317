"""At start-up, after a crash: the offer to restore the work autosave kept (presskit.ui.autosave)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from presskit.ui.context import WindowContext
from presskit.ui.translatable import QT_TRANSLATE_NOOP


def offer_recovery(ctx: WindowContext) -> bool:
    """Offer the newest recovery copy, saying when it was saved; True when it was restored."""
    from presskit.model import PressKit
    from presskit.recovery import find_recoverable

    found = find_recoverable()
    if not found:
        return False
    latest = found[0]
    what = latest.title or ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "an untitled kit"))
    answer = QMessageBox.question(
        ctx.window,
        ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "Recover unsaved work?")),
        ctx.tr(
            QT_TRANSLATE_NOOP(
                "MainWindow", "Presskit did not close properly. Unsaved work on {0} was saved at {1}. Restore it?"
            )
        ).format(what, latest.saved_at.strftime("%H:%M:%S on %d %B %Y")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        for r in found:
            r.discard()
        return False
    try:
        kit = latest.load()
    except Exception as exc:  # noqa: BLE001
        ctx.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot recover"), exc)
        return False
    ctx.ctl.new(PressKit(), Path(latest.document) if latest.document else None)
    ctx.ctl.replace_kit(kit, ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "Recover unsaved work")))  # unsaved until saved
    for r in found:
        r.discard()
    return True
