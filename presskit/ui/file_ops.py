"""File life of the window: import, open, save, export (off the GUI thread), recent files, drops."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog

from presskit.document import DOCUMENT_SUFFIX
from presskit.errors import user_message
from presskit.ui import worker
from presskit.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from presskit.ui.controller import DocumentController
ARTICLE_FILTER = "Articles (*.txt *.md *.html *.htm *.docx);;All files (*)"
KIT_FILTER = f"Press kits (*{DOCUMENT_SUFFIX})"
MAX_RECENT = 8


class FileOps(QMainWindow):
    """The document life of the main window; mixed into MainWindow."""

    exported = Signal(str)
    ctl: DocumentController
    settings: QSettings
    busy: worker.Job | None = None
    recent_menu: QMenu  # File › Open Recent and File › Export PDF in Language, made by presskit.ui.menus
    language_menu: QMenu

    def shutdown(self) -> None:
        """Stop background work before the window goes."""
        if self.busy is not None:
            self.busy.cancel()

    # -- file life --------------------------------------------------------------------------------------
    def error(self, title: str, exc: BaseException) -> None:
        """Show a failure as a sentence; the kit on screen is untouched."""
        self.statusBar().showMessage(user_message(exc), 8000)
        QMessageBox.warning(self, self.tr(title), user_message(exc))

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False means the user cancelled."""
        if not self.ctl.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This kit has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_kit(self) -> None:
        """Start an empty kit."""
        if self.maybe_save():
            self.ctl.new()

    def open_path(self, path: Path, clean: bool = False) -> bool:
        """Open a kit document or import an article, depending on the file."""
        if path.suffix == DOCUMENT_SUFFIX:
            return self.open_kit(path)
        return self.import_article(path, clean)

    def import_article(self, path: Path, clean: bool = False) -> bool:
        """Import an article into the open kit, reading it off the GUI thread; one undoable step."""
        from presskit.extract.loading import read_article
        from presskit.files import printable
        from presskit.importer import kind_of, kit_from_text

        try:
            text = read_article(path)  # quick: empty, binary and oversized files are refused here
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing lost
            self.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot import article"), exc)
            return False
        self.settings.setValue("lastArticleDir", str(path.parent))
        self._remember(path)

        def work(_job: worker.Job) -> Any:  # the kit remembers the file, by name, as its first source
            kit = kit_from_text(text)
            kit.documents[0] = kit.documents[0].model_copy(
                update={"name": printable(path.name, 200), "kind": kind_of(path)}
            )
            return kit

        return self._background(
            self.tr("Reading {0}…").format(path.name),
            work,
            lambda kit: self._imported(kit, path.name, clean),
            QT_TRANSLATE_NOOP("MainWindow", "Cannot import article"),
        )

    def _into_untitled(self) -> bool:
        """An article becomes a new, untitled kit: a kit that belongs to a file is never overwritten by
        an import (its changes are offered for saving first). False when the user cancels."""
        if self.ctl.path is None:
            return True
        if not self.maybe_save():
            return False
        from presskit.model import PressKit

        self.ctl.new(PressKit())
        return True

    def _imported(self, kit: Any, name: str, clean: bool = False) -> None:
        if not self._into_untitled():
            return
        self.ctl.replace_kit(kit, self.tr("Import article"))
        if clean:  # the file given on the command line: nothing to save yet
            self.ctl.undo_stack.setClean()
        self.statusBar().showMessage(self.tr("Imported {0}").format(name), 5000)

    def _background(self, label: str, work: Any, done: Any, failure: str, pages: bool = False) -> bool:
        """Run work(job) in the pool with a progress dialog and a Cancel button; the window stays live.

        Returns True when the work was started; in tests and for small inputs it usually finishes
        before the dialog would show (it appears only after 400 ms)."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(True)

        def finished(result: Any) -> None:
            dialog.reset()
            self.busy = None
            if not job.cancelled():
                done(result)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            self.busy = None
            from presskit.pdf import Cancelled

            if not isinstance(exc, Cancelled) and not job.cancelled():
                self.error(failure, exc)

        def progress(page: int) -> None:
            dialog.setLabelText(self.tr("{0} (page {1})").format(label, page))

        job = worker.start(self, work, finished, failed, progress if pages else None)
        dialog.canceled.connect(job.cancel)
        self.busy = job
        return True

    def import_text(self, text: str) -> bool:
        """Import pasted article text into the open kit as one undoable step."""
        from presskit.importer import kit_from_text

        if not text.strip():
            self.error(
                QT_TRANSLATE_NOOP("MainWindow", "Nothing to import"),
                ValueError("The clipboard holds no text to import."),
            )
            return False
        try:
            kit = kit_from_text(text)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing lost
            self.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot import article"), exc)
            return False
        if not self._into_untitled():
            return False
        self.ctl.replace_kit(kit, self.tr("Paste article"))
        return True

    def paste_article(self) -> None:
        """Import the article text on the clipboard."""
        self.import_text(QApplication.clipboard().text())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept files (articles, kits) and text dragged onto the window."""
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """A dropped article is imported, a dropped kit opened, dropped text read as an article."""
        data = event.mimeData()
        files = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if files:
            self.open_path(files[0])
        elif data.hasText():
            self.import_text(data.text())
        event.acceptProposedAction()

    def open_kit(self, path: Path) -> bool:
        """Open a .presskit document (asks to save changes first)."""
        if not self.maybe_save():
            return False
        try:
            left_out = self.ctl.open(path)
        except Exception as exc:  # noqa: BLE001
            self.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot open kit"), exc)
            return False
        if left_out:
            QMessageBox.warning(self, self.tr("Opened with files left out"), "\n".join(left_out))
        self.settings.setValue("lastKitDir", str(path.parent))
        self._remember(path)
        return True

    def open_article_dialog(self) -> None:
        """Choose an article to import."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open article"), str(self.settings.value("lastArticleDir", "")), ARTICLE_FILTER
        )
        if name:
            self.import_article(Path(name))

    def open_kit_dialog(self) -> None:
        """Choose a kit document to open."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open kit"), str(self.settings.value("lastKitDir", "")), KIT_FILTER
        )
        if name:
            self.open_kit(Path(name))

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.ctl.path is None:
            return self.save_as()
        try:
            self.ctl.save()
        except Exception as exc:  # noqa: BLE001
            self.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot save"), exc)
            return False
        self.statusBar().showMessage(self.tr("Saved {0}").format(self.ctl.path.name), 4000)
        return True

    def save_as(self) -> bool:
        """Save under a new name."""
        start = str(self.settings.value("lastKitDir", "")) + "/" + (self.ctl.kit.film.title or "kit")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save kit"), start + DOCUMENT_SUFFIX, KIT_FILTER)
        if not name:
            return False
        path = Path(name if name.endswith(DOCUMENT_SUFFIX) else name + DOCUMENT_SUFFIX)
        try:
            self.ctl.save(path)
        except Exception as exc:  # noqa: BLE001
            self.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot save"), exc)
            return False
        self.settings.setValue("lastKitDir", str(path.parent))
        self._remember(path)  # in File › Open Recent, like a kit that was opened
        self.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 4000)
        return True

    # -- recent files -------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        """Recently opened articles and kits, newest first, that still exist."""
        from presskit.ui.preferences import setting_list

        items = setting_list(self.settings.value("recentFiles", []))
        return [f for f in items if Path(f).exists()][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        items = [str(path.resolve())] + [f for f in self.recent_files() if f != str(path.resolve())]
        self.settings.setValue("recentFiles", items[:MAX_RECENT])

    def fill_recent_menu(self) -> None:
        """Rebuild File > Open Recent."""
        menu = self.recent_menu
        menu.clear()
        from presskit.ui.menus import numbered

        for i, f in enumerate(self.recent_files()):
            act = menu.addAction(numbered(i, Path(f).name))
            act.setToolTip(f)
            act.triggered.connect(lambda _=False, p=f: self.open_path(Path(p)))
        menu.setEnabled(bool(menu.actions()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Ask before losing changes."""
        if self.maybe_save():
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("windowState", self.saveState())
            self.shutdown()
            event.accept()
        else:
            event.ignore()
