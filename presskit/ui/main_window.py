"""The main window: panels in tabs, the docks (problems, article, preview, undo history), and the parts
that make its menus (one action object per menu area, see menus.py), which it owns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QTabWidget,
    QUndoView,
    QWidget,
)

import presskit.ui.panels.art_links  # noqa: F401 - registers the panels
import presskit.ui.panels.festival_panel  # noqa: F401
import presskit.ui.panels.look  # noqa: F401
import presskit.ui.panels.media  # noqa: F401
import presskit.ui.panels.sections  # noqa: F401
import presskit.ui.panels.translations  # noqa: F401
from presskit.model import FieldPath
from presskit.problems import Problem
from presskit.ui import menus
from presskit.ui.article_view import ArticleView
from presskit.ui.autosave import Autosaver
from presskit.ui.context import WindowContext
from presskit.ui.controller import DocumentController
from presskit.ui.export_actions import ExportActions
from presskit.ui.file_actions import FileActions
from presskit.ui.panels.base import PANELS, Panel
from presskit.ui.preview import PreviewDock
from presskit.ui.recovery_offer import offer_recovery
from presskit.ui.screen_fit import PanelScroll, dock_widths, fit_to_screen
from presskit.ui.source_actions import SourceActions
from presskit.ui.source_switcher import SourcePane
from presskit.ui.table_model import KitListModel
from presskit.ui.template_actions import TemplateActions


class MainWindow(QMainWindow):
    """One window per open kit: it owns the controller, the panels and docks, and one action object
    per menu area (file, sources, exports, templates), each handed the same WindowContext."""

    def __init__(self, ctl: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl or DocumentController(self)
        self.settings = QSettings("Presskit", "Presskit")
        self.ctx = WindowContext(self.ctl, self, self.settings)
        self.tabs = QTabWidget()
        self.panels: list[Panel] = []
        for cls in PANELS:
            panel = cls(self.ctl)
            self.panels.append(panel)
            self.tabs.addTab(PanelScroll(panel), panel.tr(cls.TITLE))
        self.setCentralWidget(self.tabs)
        self._docks()
        self.file = FileActions(self.ctx)
        self.sources = SourceActions(self.ctx, self.source_pane)
        self.exports = ExportActions(self.ctx)
        self.templates = TemplateActions(self.ctx, self.file.maybe_save)
        self.toolbar = menus.toolbar(self, menus.build(self))
        self.ctl.fileChanged.connect(self._update_title)
        self.ctl.kitChanged.connect(lambda _p: self._update_title())
        self.ctl.problemsChanged.connect(self._show_problems)
        self.ctl.kitChanged.connect(lambda p: self.source_pane.show_kit(self.ctl.kit) if not p else None)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)  # a bound slot: disconnected when we go
        self.setAcceptDrops(True)
        fit_to_screen(self)
        article, preview = dock_widths(self.width())
        self.resizeDocks([self.article_dock, self.preview], [article, preview], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [110], Qt.Orientation.Vertical)
        geometry, state = self.settings.value("geometry"), self.settings.value("windowState")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.autosaver = Autosaver(self.ctl, self)
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
        self.article_view = ArticleView()
        self.article_view.fieldRequested.connect(self.go_to_field)
        self.article_view.useSelection.connect(self.use_selection)
        self.article_dock = QDockWidget(self.tr("Article"), self)
        self.article_dock.setObjectName("articleDock")
        self.source_pane = SourcePane(self.article_view)
        self.article_dock.setWidget(self.source_pane)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.article_dock)
        self.preview = PreviewDock(self.ctl, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview)
        self.history_dock = QDockWidget(self.tr("Undo history"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(QUndoView(self.ctl.undo_stack))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.problems_dock, self.history_dock)
        self.problems_dock.raise_()

    # -- life -------------------------------------------------------------------------------------------
    def open_path(self, path: Path, clean: bool = False) -> bool:
        """Open a kit document or import an article (the file named on the command line)."""
        return self.file.open_path(path, clean)

    def offer_recovery(self) -> bool:
        """At start-up, after a crash: offer the newest recovery copy."""
        return offer_recovery(self.ctx)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept files (articles, kits) and text dragged onto the window."""
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Files or a link dropped on an open kit are added as sources; otherwise an article is
        imported, a kit opened, dropped text read as an article."""
        if not self.sources.drop(event.mimeData()):
            self.file.drop(event.mimeData())
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Ask before losing changes."""
        if self.file.maybe_save():
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("windowState", self.saveState())
            self.shutdown()
            event.accept()
        else:
            event.ignore()

    def shutdown(self) -> None:
        """Stop background work before the window goes; a clean close leaves no recovery copy."""
        self.ctx.background.cancel()
        self.preview.shutdown()
        self.autosaver.stop()

    # -- showing ----------------------------------------------------------------------------------------
    def current_panel(self) -> Panel:
        """The panel of the tab on show."""
        return self.panels[self.tabs.currentIndex()]

    def _update_title(self) -> None:
        title = self.ctl.kit.film.title or self.tr("Untitled kit")
        name = self.ctl.path.name if self.ctl.path else self.tr("not saved")
        self.setWindowTitle(f"{title} — {name}[*] — Presskit")
        self.setWindowModified(self.ctl.modified)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problem_list.clear()
        for p in problems:
            item = QListWidgetItem(p.text)
            item.setData(Qt.ItemDataRole.UserRole, p.path)
            self.problem_list.addItem(item)
        self.problems_dock.setWindowTitle(self.tr("Problems") + f" ({len(problems)})")
        menus.name_docks(self)

    def _jump(self, item: QListWidgetItem) -> None:
        self.go_to_path(tuple(item.data(Qt.ItemDataRole.UserRole)))

    def go_to_path(self, path: FieldPath) -> bool:
        """Show the panel holding a field and put the cursor in it."""
        for i, panel in enumerate(self.panels):
            if panel.focus_field(path) or _table_select(panel, path):
                self.tabs.setCurrentIndex(i)
                return True
        return False

    def go_to_field(self, dotted: str) -> bool:
        """A highlight in the article was clicked: select the field it filled."""
        path = tuple(int(p) if p.isdigit() else p for p in dotted.split("."))
        if path[:2] in (("credits", "directors"), ("credits", "writers")):
            path = path[:2]
        if path == ("synopsis", "long"):
            path = ("synopsis", "long")
        return self.go_to_path(path)

    def _focus_changed(self, _old: QWidget | None = None, widget: QWidget | None = None) -> None:
        """Selecting a field scrolls the article to where it came from; leaving a field ends its undo step."""
        self.ctl.end_typing()
        name = widget.objectName() if widget else ""
        if name.startswith("field:"):
            self.source_pane.reveal(name[len("field:") :])
        elif name.startswith("table:") and isinstance(widget, QAbstractItemView):
            index, model = widget.currentIndex(), widget.model()
            if index.isValid() and isinstance(model, KitListModel):
                column = model.columns[index.column()][0]
                self.source_pane.reveal(f"{name[len('table:') :]}.{index.row()}.{column}")

    def use_selection(self, kind: str, text: str) -> None:
        """Fill a field from text selected in the article (one undo step) and show that field."""
        from presskit.ui.selection_use import use_selection

        self.go_to_path(use_selection(self.ctl, kind, text))


def _table_select(panel: Panel, path: FieldPath) -> bool:
    from presskit.ui.panels.table_panel import KitTable

    for table in panel.findChildren(KitTable):
        n = len(table.path)
        if path == table.path:  # the list as a whole (no press contact yet): its table, ready to add one
            (table.view if table.model.rowCount() else table.buttons["add"]).setFocus()
            return True
        row, attr = (path[n], path[n + 1] if len(path) > n + 1 else "") if len(path) > n else (None, "")
        if path[:n] == table.path and isinstance(row, int):
            cols = [c for c, _ in table.model.columns]
            col = cols.index(attr) if isinstance(attr, str) and attr in cols else 0
            index = table.model.index(row, col)
            table.view.setCurrentIndex(index)
            table.view.setFocus()
            return True
    return False
