"""The main window's menus and toolbar, put together from the entries the action objects make (each
entry with a mnemonic, a tooltip that says what it does, and the usual shortcut): File from
file_actions, source_actions, export_actions and template_actions; Edit, View and Help here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from presskit.ui import dialogs, icons
from presskit.ui.menu_entry import entry, explain
from presskit.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from presskit.ui.main_window import MainWindow


def build(w: MainWindow) -> dict[str, QAction]:
    """File, Edit, View and Help; returns the actions the toolbar shows."""
    f, s, x, t = w.file, w.sources, w.exports, w.templates
    m = w.menuBar().addMenu(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "&File")))
    m.addActions([f.new_action, t.new_action, f.import_action, f.open_action, s.add_action, s.web_action])
    m.addMenu(f.recent_menu)
    m.addSeparator()
    m.addActions([f.save_action, f.save_as_action, x.pdf_action])
    m.addMenu(x.language_menu)
    m.addActions([x.web_action, x.bundle_action])
    m.addSeparator()
    m.addAction(t.save_action)
    m.addMenu(t.apply_menu)
    m.addAction(t.manage_action)
    m.addSeparator()
    m.addAction(f.quit_action)
    a = {"import": f.import_action, "open": f.open_action, "sources": s.add_action, "save": f.save_action}
    a["export"] = x.pdf_action
    a.update(_edit(w, w.menuBar().addMenu(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "&Edit")))))
    v = w.menuBar().addMenu(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "&View")))
    for dock in (w.problems_dock, w.article_dock, w.preview, w.history_dock):
        v.addAction(dock.toggleViewAction())
    name_docks(w)
    a["preview"] = w.preview.toggleViewAction()
    _help(w)
    return a


def _edit(w: MainWindow, e: QMenu) -> dict[str, QAction]:
    """Undo, Redo, the undo history, Paste Article and Preferences."""
    k, tr = QKeySequence.StandardKey, w.ctx.tr
    undo = w.ctl.undo_stack.createUndoAction(w, tr(QT_TRANSLATE_NOOP("MainWindow", "&Undo")))
    undo.setShortcuts(k.Undo)
    redo = w.ctl.undo_stack.createRedoAction(w, tr(QT_TRANSLATE_NOOP("MainWindow", "&Redo")))
    redo_keys = QKeySequence.keyBindings(k.Redo)
    redo.setShortcuts(redo_keys + [QKeySequence("Ctrl+Shift+Z")] * (QKeySequence("Ctrl+Shift+Z") not in redo_keys))
    explain(undo, tr(QT_TRANSLATE_NOOP("MainWindow", "Undo the last change to the kit")))
    explain(redo, tr(QT_TRANSLATE_NOOP("MainWindow", "Do again what was undone")))
    e.addActions([undo, redo, w.history_dock.toggleViewAction()])
    e.addSeparator()
    e.addAction(w.file.paste_action)
    e.addSeparator()
    e.addAction(w.templates.preferences_action)
    return {"undo": undo, "redo": redo}


def _help(w: MainWindow) -> None:
    from presskit.ui.help import GUIDE, HelpDialog, about_html, shortcuts_html

    h = w.menuBar().addMenu(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "&Help")))
    h.addAction(
        entry(
            w.ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&User Guide…"),
            lambda: dialogs.run(HelpDialog(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "Presskit user guide")), GUIDE, w)),
            QKeySequence.StandardKey.HelpContents,
            QT_TRANSLATE_NOOP("MainWindow", "How to make a press kit, in six steps"),
        )
    )
    h.addAction(
        entry(
            w.ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts…"),
            lambda: dialogs.run(
                HelpDialog(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts")), shortcuts_html(w), w)
            ),
            None,
            QT_TRANSLATE_NOOP("MainWindow", "Every shortcut of the menus and the tables"),
        )
    )
    h.addAction(
        entry(
            w.ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&About Presskit…"),
            lambda: dialogs.run(
                HelpDialog(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "About Presskit")), about_html(), w)
            ),
            None,
            QT_TRANSLATE_NOOP("MainWindow", "Version, and the licences of the fonts and libraries"),
        )
    )


def toolbar(w: MainWindow, actions: dict[str, QAction]) -> QToolBar:
    """Open, Save, Import, Add Sources, Export, Undo, Redo and Preview, with icons and words."""
    bar = w.addToolBar(w.ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "Main")))
    bar.setObjectName("mainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name, label in (
        ("open", QT_TRANSLATE_NOOP("MainWindow", "Open")),
        ("save", QT_TRANSLATE_NOOP("MainWindow", "Save")),
        ("import", QT_TRANSLATE_NOOP("MainWindow", "Import")),
        ("sources", QT_TRANSLATE_NOOP("MainWindow", "Add Sources")),
        ("export", QT_TRANSLATE_NOOP("MainWindow", "Export PDF")),
        ("undo", QT_TRANSLATE_NOOP("MainWindow", "Undo")),
        ("redo", QT_TRANSLATE_NOOP("MainWindow", "Redo")),
        ("preview", QT_TRANSLATE_NOOP("MainWindow", "Preview")),
    ):
        act = actions[name]
        act.setIcon(icons.standard(name))
        act.setIconText(w.ctx.tr(label))
        bar.addAction(act)
    return bar


def name_docks(w: MainWindow) -> None:
    """The docks' entries in View, with mnemonics (a dock's title change resets its entry's text)."""
    for dock, text, tip in (
        (
            w.problems_dock,
            QT_TRANSLATE_NOOP("MainWindow", "&Problems"),
            QT_TRANSLATE_NOOP("MainWindow", "What the kit still needs before it is sent"),
        ),
        (
            w.article_dock,
            QT_TRANSLATE_NOOP("MainWindow", "&Article"),
            QT_TRANSLATE_NOOP(
                "MainWindow", "The kit's sources (articles, reviews, press notes), with what was found in each"
            ),
        ),
        (
            w.preview,
            QT_TRANSLATE_NOOP("MainWindow", "Pre&view"),
            QT_TRANSLATE_NOOP("MainWindow", "The PDF as it will print"),
        ),
        (
            w.history_dock,
            QT_TRANSLATE_NOOP("MainWindow", "Undo &History"),
            QT_TRANSLATE_NOOP("MainWindow", "Every change, to go back to any of them"),
        ),
    ):
        dock.toggleViewAction().setText(w.ctx.tr(text))
        dock.toggleViewAction().setToolTip(w.ctx.tr(tip))
        dock.toggleViewAction().setStatusTip(w.ctx.tr(tip))
