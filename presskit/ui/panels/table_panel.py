"""A panel made of one editable table with add, remove and move buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from presskit.ui.controller import DocumentController
from presskit.ui.sheet_view import SheetView
from presskit.ui.table_model import KitListModel
from presskit.ui.translatable import QT_TRANSLATE_NOOP


class ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box offering the usual values of a column (the template's departments)."""

    def __init__(self, options: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt's name
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems(self.options())
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        line = editor.lineEdit()
        if line is not None:  # what is typed replaces the value, as in every other cell
            line.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class KitTable(QWidget):
    """Table view of a kit list with Add / Remove / Up / Down, all undoable."""

    def __init__(
        self,
        ctl: DocumentController,
        path: tuple[str, ...],
        columns: list[tuple[str, str]],
        factory: Callable[[], Any],
        noun: str,
        parent: QWidget | None = None,
        decoration: Callable[[Any], Any] | None = None,
        choices: dict[str, Callable[[], list[str]]] | None = None,
        wide: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctl, self.path = ctl, path
        self.model = KitListModel(ctl, path, columns, factory, decoration)
        self.view = SheetView()
        self.view.setObjectName("table:" + ".".join(path))
        self.view.setModel(self.model)
        self.view.cancelled.connect(self._cancelled)
        self.fresh: int | None = None  # the undo index right after "Add", while the new row is untouched
        self.model.rejected.connect(self._rejected)
        for attr, options in (choices or {}).items():
            column = [c for c, _ in columns].index(attr)
            self.view.setItemDelegateForColumn(column, ChoiceDelegate(options, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive if wide else QHeaderView.ResizeMode.Stretch)
        flags = {attr for attr, _ in columns if isinstance(getattr(factory(), attr, None), bool)}
        for column, (attr, _) in enumerate(columns):
            if wide and attr != wide:  # one long-text column takes the room, the others keep a width
                header.resizeSection(column, header.sectionSizeHint(column) if attr in flags else 150)
        if wide:
            self.view.wide = [c for c, _ in columns].index(wide)
            header.sectionResized.connect(lambda column, _old, _new: self.view.fit_wide(column))
        self.view.setAlternatingRowColors(True)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.button_row = buttons = QHBoxLayout()  # a panel may add buttons of its own here
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", "", self.add),
            ("remove", QT_TRANSLATE_NOOP("KitTable", "Remove"), self.remove),
            ("up", QT_TRANSLATE_NOOP("KitTable", "Move up"), self.up),
            ("down", QT_TRANSLATE_NOOP("KitTable", "Move down"), self.down),
        ):
            # noun may carry the mnemonic of its Add button: "&cast member" gives Alt+C
            b = QPushButton(self.tr(text) if text else self.tr("Add {0}").format(self.tr(noun)))
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.view)
        v.addLayout(buttons)

    def _rejected(self, message: str) -> None:
        """A cell refused what was typed: say why, where the user is looking."""
        QToolTip.showText(self.view.mapToGlobal(self.view.rect().center()), message, self.view)

    def selected_rows(self) -> list[int]:
        """Selected row numbers."""
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def add(self) -> None:
        """Add a row and start typing in its first cell."""
        row = self.model.add_row()
        self.fresh = self.ctl.undo_stack.index()
        index = self.model.index(row, 0)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _cancelled(self, row: int) -> None:
        """Escape in a row just added and not typed in takes the row away again."""
        if self.fresh is not None and self.fresh == self.ctl.undo_stack.index() and row == self.model.rowCount() - 1:
            self.ctl.undo_stack.undo()
        self.fresh = None

    def remove(self) -> None:
        """Remove the selected rows."""
        rows = self.selected_rows()
        if rows:
            self.model.remove_rows(rows)

    def _move(self, delta: int) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            dst = rows[0] + delta
            self.ctl.move_row(self.path, rows[0], dst)
            if 0 <= dst < self.model.rowCount():
                self.view.selectRow(dst)

    def up(self) -> None:
        """Move the selected row up."""
        self._move(-1)

    def down(self) -> None:
        """Move the selected row down."""
        self._move(1)
