"""The main window's menus, every entry with a mnemonic (Alt+letter) and the usual shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from presskit.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def numbered(i: int, text: str) -> str:
    """An entry of a menu filled at run time ("&1 ruby.presskit"): its number is its mnemonic."""
    text = text.replace("&", "&&")
    return f"&{i + 1} {text}" if i < 9 else text


def action(w: MainWindow, menu: QMenu, text: str, slot: Callable[..., Any], shortcut: Shortcut = None) -> QAction:
    """Add one entry to a menu."""
    act = QAction(w.tr(text), w)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def build(w: MainWindow) -> None:
    """File, Edit and View."""
    m = w.menuBar().addMenu(w.tr("&File"))
    action(w, m, "&New Kit", w.new_kit, QKeySequence.StandardKey.New)
    action(w, m, "New from &Template…", w.new_from_template, "Ctrl+Shift+N")
    action(w, m, "Open Art&icle…", w.open_article_dialog, "Ctrl+Shift+O")
    action(w, m, "&Open Kit…", w.open_kit_dialog, QKeySequence.StandardKey.Open)
    w.recent_menu = m.addMenu(w.tr("Open &Recent"))
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    w.fill_recent_menu()
    m.addSeparator()
    action(w, m, "&Save", w.save, QKeySequence.StandardKey.Save)
    action(w, m, "Save &As…", w.save_as, QKeySequence.StandardKey.SaveAs)
    action(w, m, "&Export PDF…", lambda: w.export_dialog(), "Ctrl+E")
    w.language_menu = m.addMenu(w.tr("Export PDF in &Language"))
    w.language_menu.aboutToShow.connect(w.fill_language_menu)
    action(w, m, "Export &Web Press Page…", w.export_web_dialog)
    action(w, m, "Export Press &Bundle (.zip)…", w.export_bundle_dialog)
    m.addSeparator()
    action(w, m, "Save as Te&mplate…", w.save_as_template)
    w.apply_menu = m.addMenu(w.tr("A&pply Template"))
    w.apply_menu.aboutToShow.connect(w.fill_apply_menu)
    action(w, m, "Mana&ge Templates…", w.manage_templates)
    m.addSeparator()
    action(w, m, "&Quit", w.close, QKeySequence.StandardKey.Quit)
    e = w.menuBar().addMenu(w.tr("&Edit"))
    undo = w.ctl.undo_stack.createUndoAction(w, w.tr("&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = w.ctl.undo_stack.createRedoAction(w, w.tr("&Redo"))
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    redo.setShortcuts(redo_keys + [QKeySequence("Ctrl+Shift+Z")] * (QKeySequence("Ctrl+Shift+Z") not in redo_keys))
    e.addAction(undo)
    e.addAction(redo)
    e.addAction(w.history_dock.toggleViewAction())
    e.addSeparator()
    action(w, e, "Paste &Article", w.paste_article, "Ctrl+Shift+V")
    e.addSeparator()
    action(w, e, "Pre&ferences…", w.preferences, QKeySequence.StandardKey.Preferences)
    v = w.menuBar().addMenu(w.tr("&View"))
    for dock in (w.problems_dock, w.article_dock, w.preview, w.history_dock):
        v.addAction(dock.toggleViewAction())
    name_docks(w)


def name_docks(w: MainWindow) -> None:
    """The docks' entries in View, with mnemonics (a dock's title change resets its entry's text)."""
    for dock, text in ((w.problems_dock, "&Problems"), (w.article_dock, "&Article"),
                       (w.preview, "Pre&view"), (w.history_dock, "Undo &History")):
        dock.toggleViewAction().setText(w.tr(text))
