"""The main window: panels in tabs, the problems dock, the article dock, menus and file life."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

import presskit.ui.panels.sections  # noqa: F401 - registers the panels
from presskit.document import DOCUMENT_SUFFIX
from presskit.errors import user_message
from presskit.problems import Problem
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import PANELS, Panel

ARTICLE_FILTER = "Articles (*.txt *.md *.html *.htm *.docx);;All files (*)"
KIT_FILTER = f"Press kits (*{DOCUMENT_SUFFIX})"


class MainWindow(QMainWindow):
    """One window per open kit."""

    def __init__(self, ctl: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl or DocumentController(self)
        self.settings = QSettings("Presskit", "Presskit")
        self.tabs = QTabWidget()
        self.panels: list[Panel] = []
        for cls in PANELS:
            panel = cls(self.ctl)
            self.panels.append(panel)
            self.tabs.addTab(panel, panel.tr(cls.TITLE))
        self.setCentralWidget(self.tabs)
        self._docks()
        self._menus()
        self.ctl.fileChanged.connect(self._update_title)
        self.ctl.kitChanged.connect(lambda _p: self._update_title())
        self.ctl.problemsChanged.connect(self._show_problems)
        self.ctl.kitChanged.connect(lambda p: self._show_article() if not p else None)
        self.setAcceptDrops(True)
        self.resize(1500, 950)
        self.resizeDocks([self.article_dock], [520], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [130], Qt.Orientation.Vertical)
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.ctl.changed(())
        self._update_title()

    # -- building ---------------------------------------------------------------------------------------
    def _docks(self) -> None:
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        self.problem_list.itemActivated.connect(self._jump)
        self.problem_list.itemClicked.connect(self._jump)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problem_list)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.article_view = QPlainTextEdit()
        self.article_view.setReadOnly(True)
        self.article_dock = QDockWidget(self.tr("Article"), self)
        self.article_dock.setObjectName("articleDock")
        self.article_dock.setWidget(self.article_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.article_dock)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        act = QAction(self.tr(text), self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _menus(self) -> None:
        m = self.menuBar().addMenu(self.tr("&File"))
        self._action(m, "&New Kit", self.new_kit, QKeySequence.StandardKey.New)
        self._action(m, "Open &Article…", self.open_article_dialog, "Ctrl+Shift+O")
        self._action(m, "&Open Kit…", self.open_kit_dialog, QKeySequence.StandardKey.Open)
        m.addSeparator()
        self._action(m, "&Save", self.save, QKeySequence.StandardKey.Save)
        self._action(m, "Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        self._action(m, "&Export PDF…", self.export_dialog, "Ctrl+E")
        m.addSeparator()
        self._action(m, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        e = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.ctl.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctl.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        e.addAction(undo)
        e.addAction(redo)
        e.addSeparator()
        self._action(e, "Paste &Article", self.paste_article, "Ctrl+Shift+V")
        v = self.menuBar().addMenu(self.tr("&View"))
        v.addAction(self.problems_dock.toggleViewAction())
        v.addAction(self.article_dock.toggleViewAction())

    # -- showing ----------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        title = self.ctl.kit.film.title or self.tr("Untitled kit")
        name = self.ctl.path.name if self.ctl.path else self.tr("not saved")
        self.setWindowTitle(f"{title} — {name}[*] — Presskit")
        self.setWindowModified(self.ctl.modified)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problem_list.clear()
        for p in problems:
            item = QListWidgetItem(f"{p.where}: {p.message}")
            item.setData(Qt.ItemDataRole.UserRole, p.path)
            self.problem_list.addItem(item)
        self.problems_dock.setWindowTitle(self.tr("Problems") + f" ({len(problems)})")

    def _show_article(self) -> None:
        if self.article_view.toPlainText() != self.ctl.kit.source_text:
            self.article_view.setPlainText(self.ctl.kit.source_text)

    def _jump(self, item: QListWidgetItem) -> None:
        path = tuple(item.data(Qt.ItemDataRole.UserRole))
        for i, panel in enumerate(self.panels):
            if panel.focus_field(path) or _table_select(panel, path):
                self.tabs.setCurrentIndex(i)
                return

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
            self, self.tr("Unsaved changes"),
            self.tr("This kit has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_kit(self) -> None:
        """Start an empty kit."""
        if self.maybe_save():
            self.ctl.new()

    def open_path(self, path: Path) -> bool:
        """Open a kit document or import an article, depending on the file."""
        if path.suffix == DOCUMENT_SUFFIX:
            return self.open_kit(path)
        return self.import_article(path)

    def import_article(self, path: Path) -> bool:
        """Import an article into the open kit as one undoable step."""
        from presskit.importer import kit_from_article

        try:
            kit = kit_from_article(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing lost
            self.error("Cannot import article", exc)
            return False
        self.ctl.replace_kit(kit, self.tr("Import article"))
        self.statusBar().showMessage(self.tr("Imported {0}").format(path.name), 5000)
        self.settings.setValue("lastArticleDir", str(path.parent))
        return True

    def import_text(self, text: str) -> bool:
        """Import pasted article text into the open kit as one undoable step."""
        from presskit.importer import kit_from_text

        if not text.strip():
            self.error("Nothing to import", ValueError("The clipboard holds no text to import."))
            return False
        try:
            kit = kit_from_text(text)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing lost
            self.error("Cannot import article", exc)
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
            self.ctl.open(path)
        except Exception as exc:  # noqa: BLE001
            self.error("Cannot open kit", exc)
            return False
        self.settings.setValue("lastKitDir", str(path.parent))
        return True

    def open_article_dialog(self) -> None:
        """Choose an article to import."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open article"),
                                              str(self.settings.value("lastArticleDir", "")), ARTICLE_FILTER)
        if name:
            self.import_article(Path(name))

    def open_kit_dialog(self) -> None:
        """Choose a kit document to open."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open kit"),
                                              str(self.settings.value("lastKitDir", "")), KIT_FILTER)
        if name:
            self.open_kit(Path(name))

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.ctl.path is None:
            return self.save_as()
        try:
            self.ctl.save()
        except Exception as exc:  # noqa: BLE001
            self.error("Cannot save", exc)
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
            self.error("Cannot save", exc)
            return False
        self.settings.setValue("lastKitDir", str(path.parent))
        return True

    def export_dialog(self) -> None:
        """Export the kit as PDF, asking first when it has problems."""
        if self.ctl.problems and QMessageBox.question(
                self, self.tr("Export with problems?"),
                self.tr("This kit has {0} problem(s). Export anyway?").format(len(self.ctl.problems))
        ) != QMessageBox.StandardButton.Yes:
            return
        start = (self.ctl.kit.film.title or "press-kit") + ".pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), start, "PDF (*.pdf)")
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, path: Path) -> bool:
        """Write the PDF; a failure is reported and changes nothing."""
        from presskit.pdf import export_pdf

        base = self.ctl.path.parent if self.ctl.path else None
        try:
            warnings = export_pdf(self.ctl.kit, path, base_dir=base)
        except Exception as exc:  # noqa: BLE001
            self.error("Cannot export PDF", exc)
            return False
        if warnings:
            QMessageBox.warning(self, self.tr("Exported with warnings"), "\n".join(warnings))
        self.statusBar().showMessage(self.tr("Exported {0}").format(path.name), 5000)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Ask before losing changes."""
        if self.maybe_save():
            self.settings.setValue("geometry", self.saveGeometry())
            event.accept()
        else:
            event.ignore()


def _table_select(panel: Panel, path: tuple) -> bool:
    from presskit.ui.panels.table_panel import KitTable

    for table in panel.findChildren(KitTable):
        n = len(table.path)
        if path[:n] == table.path and len(path) > n and isinstance(path[n], int):
            cols = [c for c, _ in table.model.columns]
            col = cols.index(path[n + 1]) if len(path) > n + 1 and path[n + 1] in cols else 0
            index = table.model.index(path[n], col)
            table.view.setCurrentIndex(index)
            table.view.setFocus()
            return True
    return False
