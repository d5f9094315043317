"""One menu entry (a QAction) as every action object makes it: translated words with a mnemonic, the
usual shortcut, and a tooltip and status-bar line that say what it does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from presskit.ui.context import WindowContext

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def numbered(i: int, text: str) -> str:
    """An entry of a menu filled at run time ("&1 ruby.presskit"): its number is its mnemonic."""
    text = text.replace("&", "&&")
    return f"&{i + 1} {text}" if i < 9 else text


def explain(act: QAction, tip: str) -> None:
    """A tooltip and status-bar line for an action, with its shortcut."""
    keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    act.setToolTip(f"{tip} ({keys})" if keys else tip)
    act.setStatusTip(tip)


def entry(ctx: WindowContext, text: str, slot: Callable[..., Any], shortcut: Shortcut = None, tip: str = "") -> QAction:
    """A menu entry of the window; text and tip are marked QT_TRANSLATE_NOOP("MainWindow", …)."""
    act = QAction(ctx.tr(text), ctx.window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    explain(act, ctx.tr(tip))
    return act
