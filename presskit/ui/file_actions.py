"""The File menu's file life: New Kit, Open Article (an import, off the GUI thread), Open Kit, Open
Recent, Save, Save As, Quit; Edit › Paste Article; and files and text dropped on an empty window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from presskit.document import DOCUMENT_SUFFIX
from presskit.ui import worker
from presskit.ui.context import WindowContext
from presskit.ui.menu_entry import entry, numbered
from presskit.ui.recent_files import recent_files, remember
from presskit.ui.translatable import QT_TRANSLATE_NOOP

ARTICLE_FILTER = "Articles and press notes (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)"
KIT_FILTER = f"Press kits (*{DOCUMENT_SUFFIX})"
CANNOT_IMPORT = QT_TRANSLATE_NOOP("MainWindow", "Cannot import article")
CANNOT_SAVE = QT_TRANSLATE_NOOP("MainWindow", "Cannot save")


class FileActions(QObject):
    """The kit's file: its menu entries and their slots."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window)
        self.ctx, self.ctl, self.settings = ctx, ctx.ctl, ctx.settings
        k = QKeySequence.StandardKey
        self.new_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&New Kit"),
            self.new_kit,
            k.New,
            QT_TRANSLATE_NOOP("MainWindow", "Start an empty press kit"),
        )
        self.import_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Open Art&icle…"),
            self.open_article_dialog,
            "Ctrl+Shift+O",
            QT_TRANSLATE_NOOP("MainWindow", "Import an article (text, Markdown, web page, Word, PDF press notes)"),
        )
        self.open_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&Open Kit…"),
            self.open_kit_dialog,
            k.Open,
            QT_TRANSLATE_NOOP("MainWindow", "Open a saved .presskit document"),
        )
        self.recent_menu = QMenu(ctx.tr(QT_TRANSLATE_NOOP("MainWindow", "Open &Recent")), ctx.window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()
        self.save_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&Save"),
            self.save,
            k.Save,
            QT_TRANSLATE_NOOP("MainWindow", "Save the kit"),
        )
        self.save_as_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
            self.save_as,
            k.SaveAs,
            QT_TRANSLATE_NOOP("MainWindow", "Save the kit under a new name"),
        )
        self.quit_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
            ctx.window.close,
            k.Quit,
            QT_TRANSLATE_NOOP("MainWindow", "Close Presskit (it asks before losing changes)"),
        )
        self.paste_action = entry(
            ctx,
            QT_TRANSLATE_NOOP("MainWindow", "Paste &Article"),
            self.paste_article,
            "Ctrl+Shift+V",
            QT_TRANSLATE_NOOP("MainWindow", "Import article text from the clipboard"),
        )

    # -- new, open, save ------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False means the user cancelled."""
        if not self.ctl.modified:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.ctx.window,
            self.tr("Unsaved changes"),
            self.tr("This kit has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def new_kit(self) -> None:
        """Start an empty kit."""
        if self.maybe_save():
            self.ctl.new()

    def open_path(self, path: Path, clean: bool = False) -> bool:
        """Open a kit document or import an article, depending on the file."""
        if path.suffix == DOCUMENT_SUFFIX:
            return self.open_kit(path)
        return self.import_article(path, clean)

    def open_kit(self, path: Path) -> bool:
        """Open a .presskit document (asks to save changes first)."""
        if not self.maybe_save():
            return False
        try:
            left_out = self.ctl.open(path)
        except Exception as exc:  # noqa: BLE001
            self.ctx.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot open kit"), exc)
            return False
        if left_out:
            self.ctx.warn(self.tr("Opened with files left out"), left_out)
        self.settings.setValue("lastKitDir", str(path.parent))
        self._remember(path)
        return True

    def open_article_dialog(self) -> None:
        """Choose an article to import."""
        start = str(self.settings.value("lastArticleDir", ""))
        name, _ = QFileDialog.getOpenFileName(self.ctx.window, self.tr("Open article"), start, ARTICLE_FILTER)
        if name:
            self.import_article(Path(name))

    def open_kit_dialog(self) -> None:
        """Choose a kit document to open."""
        start = str(self.settings.value("lastKitDir", ""))
        name, _ = QFileDialog.getOpenFileName(self.ctx.window, self.tr("Open kit"), start, KIT_FILTER)
        if name:
            self.open_kit(Path(name))

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.ctl.path is None:
            return self.save_as()
        try:
            self.ctl.save()
        except Exception as exc:  # noqa: BLE001
            self.ctx.error(CANNOT_SAVE, exc)
            return False
        self.ctx.status(self.tr("Saved {0}").format(self.ctl.path.name), 4000)
        return True

    def save_as(self) -> bool:
        """Save under a new name."""
        start = str(self.settings.value("lastKitDir", "")) + "/" + (self.ctl.kit.film.title or "kit")
        window = self.ctx.window
        name, _ = QFileDialog.getSaveFileName(window, self.tr("Save kit"), start + DOCUMENT_SUFFIX, KIT_FILTER)
        if not name:
            return False
        path = Path(name if name.endswith(DOCUMENT_SUFFIX) else name + DOCUMENT_SUFFIX)
        try:
            self.ctl.save(path)
        except Exception as exc:  # noqa: BLE001
            self.ctx.error(CANNOT_SAVE, exc)
            return False
        self.settings.setValue("lastKitDir", str(path.parent))
        self._remember(path)  # in File › Open Recent, like a kit that was opened
        self.ctx.status(self.tr("Saved {0}").format(path.name), 4000)
        return True

    def _remember(self, path: Path) -> None:
        """Put a file in File › Open Recent now: an empty, disabled submenu never asks to be refilled."""
        remember(self.settings, path)
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        """Rebuild File > Open Recent."""
        menu = self.recent_menu
        menu.clear()
        for i, f in enumerate(recent_files(self.settings)):
            act = menu.addAction(numbered(i, Path(f).name))
            act.setToolTip(f)
            act.triggered.connect(lambda _=False, p=f: self.open_path(Path(p)))
        menu.setEnabled(bool(menu.actions()))

    # -- import -------------------------------------------------------------------------------------
    def import_article(self, source: Path | str, clean: bool = False) -> bool:
        """Import an article, PDF press notes or a web address as a new kit, read off the GUI thread by
        the function ``presskit import`` uses (:func:`presskit.merge.kit_from_source`); one undoable step."""
        from presskit.files import printable
        from presskit.sources import first_read, is_address

        address = isinstance(source, str) and is_address(source)
        name = printable(str(source) if address else Path(source).name, 200)
        try:
            first = first_read(source)  # quick: empty, binary, oversized and false PDF files refused here
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing lost
            self.ctx.error(CANNOT_IMPORT, exc)
            return False
        if not address:
            self.settings.setValue("lastArticleDir", str(Path(source).parent))
            self._remember(Path(source))

        def work(_job: worker.Job) -> Any:  # the kit remembers the source, by name, as its first document
            from presskit.merge import kit_from_source

            return kit_from_source(first)

        return self.ctx.background.run(
            self.tr("Reading {0}…").format(name),
            work,
            lambda kit: self._imported(kit, name, clean),
            CANNOT_IMPORT,
        )

    def _into_untitled(self) -> bool:
        """An article becomes a new, untitled kit: unsaved changes are offered for saving first, and a
        kit that belongs to a file is never overwritten by an import. False when the user cancels."""
        if not self.maybe_save():
            return False
        if self.ctl.path is None:
            return True
        from presskit.model import PressKit

        self.ctl.new(PressKit())
        return True

    def _imported(self, kit: Any, name: str, clean: bool = False) -> None:
        if not self._into_untitled():
            return
        self.ctl.replace_kit(kit, self.tr("Import article"))
        if clean:  # the file given on the command line: nothing to save yet
            self.ctl.undo_stack.setClean()
        self.ctx.status(self.tr("Imported {0}").format(name), 5000)

    def import_text(self, text: str) -> bool:
        """Import pasted article text as a new kit in one undoable step (a pasted web address alone is
        read from the web, off the GUI thread)."""
        from presskit.merge import kit_from_source
        from presskit.sources import is_address, pasted

        if is_address(text.strip()) and len(text.split()) == 1:  # a link, not an article that starts with one
            return self.import_article(text.strip())
        if not text.strip():
            nothing = ValueError("The clipboard holds no text to import.")
            self.ctx.error(QT_TRANSLATE_NOOP("MainWindow", "Nothing to import"), nothing)
            return False
        try:
            kit = kit_from_source(pasted(text))
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing lost
            self.ctx.error(CANNOT_IMPORT, exc)
            return False
        if not self._into_untitled():
            return False
        self.ctl.replace_kit(kit, self.tr("Paste article"))
        return True

    def paste_article(self) -> None:
        """Import the article text on the clipboard."""
        self.import_text(QApplication.clipboard().text())

    def drop(self, data: QMimeData) -> None:
        """A dropped article is imported, a dropped kit opened, dropped text read as an article."""
        files = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if files:
            self.open_path(files[0])
        elif data.hasText():
            self.import_text(data.text())
