"""The main window's menus and toolbar: every entry with a mnemonic (Alt+letter), a tooltip that
says what it does, and the usual shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from presskit.ui import dialogs, icons
from presskit.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from presskit.ui.main_window import MainWindow

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


def action(
    w: MainWindow, menu: QMenu, text: str, slot: Callable[..., Any], shortcut: Shortcut = None, tip: str = ""
) -> QAction:
    """Add one entry to a menu."""
    act = QAction(w.tr(text), w)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    explain(act, w.tr(tip))
    menu.addAction(act)
    return act


def build(w: MainWindow) -> dict[str, QAction]:
    """File, Edit, View and Help; returns the actions the toolbar shows."""
    k = QKeySequence.StandardKey
    m = w.menuBar().addMenu(w.tr(QT_TRANSLATE_NOOP("MainWindow", "&File")))
    a: dict[str, QAction] = {}
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "&New Kit"),
        w.new_kit,
        k.New,
        QT_TRANSLATE_NOOP("MainWindow", "Start an empty press kit"),
    )
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "New from &Template…"),
        w.new_from_template,
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("MainWindow", "Start a kit from a template's look"),
    )
    a["import"] = action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "Open Art&icle…"),
        w.open_article_dialog,
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("MainWindow", "Import an article (text, Markdown, web page, Word) into the kit"),
    )
    a["open"] = action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "&Open Kit…"),
        w.open_kit_dialog,
        k.Open,
        QT_TRANSLATE_NOOP("MainWindow", "Open a saved .presskit document"),
    )
    a["sources"] = action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "A&dd Sources…"),
        w.add_sources_dialog,
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Add articles, reviews and press notes (text, web page, Word, PDF) to this kit, reviewing each change",
        ),
    )
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "Add &from Web Address…"),
        w.add_web_dialog,
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("MainWindow", "Fetch an article or review from a web address and add it to this kit"),
    )
    w.recent_menu = m.addMenu(w.tr(QT_TRANSLATE_NOOP("MainWindow", "Open &Recent")))
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    w.fill_recent_menu()
    m.addSeparator()
    a["save"] = action(
        w, m, QT_TRANSLATE_NOOP("MainWindow", "&Save"), w.save, k.Save, QT_TRANSLATE_NOOP("MainWindow", "Save the kit")
    )
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
        w.save_as,
        k.SaveAs,
        QT_TRANSLATE_NOOP("MainWindow", "Save the kit under a new name"),
    )
    a["export"] = action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "&Export PDF…"),
        lambda: w.export_dialog(),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("MainWindow", "Write the press kit as a PDF"),
    )
    w.language_menu = m.addMenu(w.tr(QT_TRANSLATE_NOOP("MainWindow", "Export PDF in &Language")))
    w.language_menu.aboutToShow.connect(w.fill_language_menu)
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "Export &Web Press Page…"),
        w.export_web_dialog,
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Write a web page folder for the press"),
    )
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "Export Press &Bundle (.zip)…"),
        w.export_bundle_dialog,
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Write one zip with the PDF, the web page and the images"),
    )
    m.addSeparator()
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "Save as Te&mplate…"),
        w.save_as_template,
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Keep this kit's look as a template"),
    )
    w.apply_menu = m.addMenu(w.tr(QT_TRANSLATE_NOOP("MainWindow", "A&pply Template")))
    w.apply_menu.aboutToShow.connect(w.fill_apply_menu)
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "Mana&ge Templates…"),
        w.manage_templates,
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Rename, duplicate, delete and share templates"),
    )
    m.addSeparator()
    action(
        w,
        m,
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        w.close,
        k.Quit,
        QT_TRANSLATE_NOOP("MainWindow", "Close Presskit (it asks before losing changes)"),
    )
    e = w.menuBar().addMenu(w.tr(QT_TRANSLATE_NOOP("MainWindow", "&Edit")))
    a["undo"] = w.ctl.undo_stack.createUndoAction(w, w.tr(QT_TRANSLATE_NOOP("MainWindow", "&Undo")))
    a["undo"].setShortcuts(k.Undo)
    a["redo"] = w.ctl.undo_stack.createRedoAction(w, w.tr(QT_TRANSLATE_NOOP("MainWindow", "&Redo")))
    redo_keys = QKeySequence.keyBindings(k.Redo)
    a["redo"].setShortcuts(redo_keys + [QKeySequence("Ctrl+Shift+Z")] * (QKeySequence("Ctrl+Shift+Z") not in redo_keys))
    explain(a["undo"], w.tr(QT_TRANSLATE_NOOP("MainWindow", "Undo the last change to the kit")))
    explain(a["redo"], w.tr(QT_TRANSLATE_NOOP("MainWindow", "Do again what was undone")))
    e.addAction(a["undo"])
    e.addAction(a["redo"])
    e.addAction(w.history_dock.toggleViewAction())
    e.addSeparator()
    action(
        w,
        e,
        QT_TRANSLATE_NOOP("MainWindow", "Paste &Article"),
        w.paste_article,
        "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP("MainWindow", "Import article text from the clipboard"),
    )
    e.addSeparator()
    action(
        w,
        e,
        QT_TRANSLATE_NOOP("MainWindow", "Pre&ferences…"),
        w.preferences,
        k.Preferences,
        QT_TRANSLATE_NOOP("MainWindow", "Shared template folders"),
    )
    v = w.menuBar().addMenu(w.tr(QT_TRANSLATE_NOOP("MainWindow", "&View")))
    for dock in (w.problems_dock, w.article_dock, w.preview, w.history_dock):
        v.addAction(dock.toggleViewAction())
    name_docks(w)
    a["preview"] = w.preview.toggleViewAction()
    _help(w)
    return a


def _help(w: MainWindow) -> None:
    from presskit.ui.help import GUIDE, HelpDialog, about_html, shortcuts_html

    h = w.menuBar().addMenu(w.tr(QT_TRANSLATE_NOOP("MainWindow", "&Help")))
    action(
        w,
        h,
        QT_TRANSLATE_NOOP("MainWindow", "&User Guide…"),
        lambda: dialogs.run(HelpDialog(w.tr("Presskit user guide"), GUIDE, w)),
        QKeySequence.StandardKey.HelpContents,
        QT_TRANSLATE_NOOP("MainWindow", "How to make a press kit, in five steps"),
    )
    action(
        w,
        h,
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts…"),
        lambda: dialogs.run(HelpDialog(w.tr("Keyboard shortcuts"), shortcuts_html(w), w)),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Every shortcut of the menus and the tables"),
    )
    action(
        w,
        h,
        QT_TRANSLATE_NOOP("MainWindow", "&About Presskit…"),
        lambda: dialogs.run(HelpDialog(w.tr("About Presskit"), about_html(), w)),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Version, and the licences of the fonts and libraries"),
    )


def toolbar(w: MainWindow, actions: dict[str, QAction]) -> QToolBar:
    """Open, Save, Import, Add Sources, Export, Undo, Redo and Preview, with icons and words."""
    bar = w.addToolBar(w.tr(QT_TRANSLATE_NOOP("MainWindow", "Main")))
    bar.setObjectName("mainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name, label in (
        ("open", QT_TRANSLATE_NOOP("MainWindow", "Open")),
        ("save", QT_TRANSLATE_NOOP("MainWindow", "Save")),
        ("import", QT_TRANSLATE_NOOP("MainWindow", "Import")),
        ("sources", QT_TRANSLATE_NOOP("MainWindow", "Add Sources")),
        ("export", "Export PDF"),
        ("undo", QT_TRANSLATE_NOOP("MainWindow", "Undo")),
        ("redo", QT_TRANSLATE_NOOP("MainWindow", "Redo")),
        ("preview", QT_TRANSLATE_NOOP("MainWindow", "Preview")),
    ):
        act = actions[name]
        act.setIcon(icons.standard(name))
        act.setIconText(w.tr(label))
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
        dock.toggleViewAction().setText(w.tr(text))
        dock.toggleViewAction().setToolTip(w.tr(tip))
        dock.toggleViewAction().setStatusTip(w.tr(tip))
