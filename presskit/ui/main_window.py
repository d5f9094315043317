"""The main window: panels in tabs, the problems dock, the article dock, menus and file life."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTabWidget,
    QUndoView,
    QWidget,
)

import presskit.ui.panels.festival_panel  # noqa: F401 - registers the panels
import presskit.ui.panels.look  # noqa: F401
import presskit.ui.panels.media  # noqa: F401
import presskit.ui.panels.sections  # noqa: F401
import presskit.ui.panels.translations  # noqa: F401
from presskit.model import CastMember, FieldPath, PressKit, Quote
from presskit.problems import Problem
from presskit.ui import dialogs, menus
from presskit.ui.article_view import ArticleView
from presskit.ui.autosave import Autosaver
from presskit.ui.controller import DocumentController
from presskit.ui.export_actions import ExportActions
from presskit.ui.panels.base import PANELS, Panel
from presskit.ui.preview import PreviewDock
from presskit.ui.screen_fit import PanelScroll, dock_widths, fit_to_screen
from presskit.ui.source_actions import SourceActions
from presskit.ui.source_switcher import SourcePane
from presskit.ui.table_model import KitListModel
from presskit.ui.template_actions import TemplateActions
from presskit.ui.translatable import QT_TRANSLATE_NOOP


class MainWindow(SourceActions, TemplateActions, ExportActions):
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
            self.tabs.addTab(PanelScroll(panel), panel.tr(cls.TITLE))
        self.setCentralWidget(self.tabs)
        self._docks()
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

    # -- showing ----------------------------------------------------------------------------------------
    def fill_language_menu(self) -> None:
        """File > Export PDF in Language: the main language and every translation of the kit."""
        from presskit.i18n import languages

        names = languages()
        self.language_menu.clear()
        for i, code in enumerate([self.ctl.kit.language, *self.ctl.kit.translations]):
            act = self.language_menu.addAction(menus.numbered(i, f"{names.get(code, code)} ({code})"))
            act.triggered.connect(lambda _=False, c=code: self.export_dialog(c))

    def preferences(self) -> None:
        """Edit the preferences (shared template folders)."""
        from presskit.ui.preferences import Preferences

        dialogs.run(Preferences(self.settings, self))

    def shutdown(self) -> None:
        """Stop background work before the window goes; a clean close leaves no recovery copy."""
        super().shutdown()
        self.preview.shutdown()
        self.autosaver.stop()

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest recovery copy, saying when it was saved."""
        from presskit.recovery import find_recoverable

        found = find_recoverable()
        if not found:
            return False
        latest = found[0]
        what = latest.title or self.tr("an untitled kit")
        answer = QMessageBox.question(
            self,
            self.tr("Recover unsaved work?"),
            self.tr("Presskit did not close properly. Unsaved work on {0} was saved at {1}. Restore it?").format(
                what, latest.saved_at.strftime("%H:%M:%S on %d %B %Y")
            ),
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
            self.error(QT_TRANSLATE_NOOP("MainWindow", "Cannot recover"), exc)
            return False
        self.ctl.new(PressKit(), Path(latest.document) if latest.document else None)
        self.ctl.replace_kit(kit, self.tr("Recover unsaved work"))  # unsaved until the user saves
        for r in found:
            r.discard()
        return True

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
        """Fill a field from text selected in the article."""
        text = " ".join(text.split())
        if kind == "quote":
            self.ctl.insert_row(("quotes",), Quote(text=text.strip('“”"')))
            self.go_to_path(("quotes", len(self.ctl.kit.quotes) - 1, "speaker"))
        elif kind == "cast":
            self.ctl.insert_row(("credits", "cast"), CastMember(actor=text))
            self.go_to_path(("credits", "cast", len(self.ctl.kit.credits.cast) - 1, "character"))
        else:
            current = self.ctl.kit.synopsis.long
            self.ctl.set_field(("synopsis", "long"), f"{current}\n\n{text}".strip(), "Use as synopsis")
            self.go_to_path(("synopsis", "long"))


def _table_select(panel: Panel, path: FieldPath) -> bool:
    from presskit.ui.panels.table_panel import KitTable

    for table in panel.findChildren(KitTable):
        n = len(table.path)
        row, attr = (path[n], path[n + 1] if len(path) > n + 1 else "") if len(path) > n else (None, "")
        if path[:n] == table.path and isinstance(row, int):
            cols = [c for c, _ in table.model.columns]
            col = cols.index(attr) if isinstance(attr, str) and attr in cols else 0
            index = table.model.index(row, col)
            table.view.setCurrentIndex(index)
            table.view.setFocus()
            return True
    return False
