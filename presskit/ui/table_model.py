"""A Qt table model over one list of the kit (cast, crew, quotes, contacts); edits go through undo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from presskit.model import FieldPath
from presskit.problems import Problem
from presskit.ui import colours
from presskit.ui.controller import DocumentController

Index = QModelIndex | QPersistentModelIndex


class KitListModel(QAbstractTableModel):
    """Rows are items of a kit list, columns are their fields; problems colour their cells."""

    rejected = Signal(str)  # a value of the wrong type was typed into a cell (the kit is unchanged)

    def __init__(
        self,
        ctl: DocumentController,
        path: tuple[str, ...],
        columns: list[tuple[str, str]],
        factory: Callable[[], Any],
        decoration: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(ctl)
        self.ctl, self.path, self.columns, self.factory = ctl, path, columns, factory
        self.decoration = decoration
        self.problems: dict[tuple[int, str], str] = {}
        ctl.kitChanged.connect(self._kit_changed)
        ctl.problemsChanged.connect(self._problems_changed)

    def items(self) -> list[Any]:
        """The kit list this model shows."""
        return self.ctl.rows(self.path)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attr = self.columns[index.column()][0]
        value = getattr(self.items()[index.row()], attr)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None if isinstance(value, bool) else value  # a flag shows as its check box only
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self.decoration:
            return self.decoration(self.items()[index.row()])
        if role == Qt.ItemDataRole.CheckStateRole and isinstance(value, bool):
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        msg = self.problems.get((index.row(), attr))
        if msg and role == Qt.ItemDataRole.ToolTipRole:
            return msg
        if msg and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours.tint(colours.ERROR))
        return None

    # -- drag to reorder -------------------------------------------------------------------------------
    MIME = "application/x-presskit-row"

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(self.MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: Index,
    ) -> bool:
        if not data.hasFormat(self.MIME):
            return False
        src = int(bytes(data.data(self.MIME).data()).decode() or -1)
        dst = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if src < 0:
            return False
        dst = dst - 1 if dst > src else dst
        self.ctl.move_row(self.path, src, min(max(dst, 0), self.rowCount() - 1))
        return False  # the move is done by the controller; the view must not remove the source row

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = super().flags(index) | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        attr = self.columns[index.column()][0]
        if index.isValid() and isinstance(getattr(self.items()[index.row()], attr), bool):
            return (base & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        attr = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        item = self.items()[index.row()]
        if isinstance(value, str) and not isinstance(getattr(item, attr), str):
            value = value.strip() or None  # a number column: empty means unknown
        try:
            type(item).__pydantic_validator__.validate_assignment(item.model_copy(), attr, value)
        except ValidationError as exc:
            self.rejected.emit(f"{self.columns[index.column()][1]}: {exc.errors()[0]['msg']}")
            return False
        self.ctl.set_field((*self.path, index.row(), attr), value, f"Edit {self.columns[index.column()][1].lower()}")
        return True

    def add_row(self) -> int:
        """Append a new empty item (undoable)."""
        return self.ctl.insert_row(self.path, self.factory())

    def remove_rows(self, rows: list[int]) -> None:
        """Remove items, as one undo step."""
        self.ctl.undo_stack.beginMacro(f"Remove {len(rows)} row(s)")
        for row in sorted(rows, reverse=True):
            self.ctl.remove_row(self.path, row)
        self.ctl.undo_stack.endMacro()

    def _kit_changed(self, path: FieldPath) -> None:
        n = len(self.path)
        row, attr = path[n : n + 1], path[n + 1 : n + 2]
        if (
            len(path) == n + 2
            and path[:n] == self.path
            and isinstance(row[0], int)
            and row[0] < self.rowCount()
            and isinstance(attr[0], str)
            and attr[0] in self._attrs()
        ):
            # one cell changed: say so, without a reset that would drop the cursor and the open editor
            # (a reset made Tab after typing a new row move to row 1 and type into it)
            cell = self.index(row[0], self._attrs().index(attr[0]))
            self.dataChanged.emit(cell, cell)
            return
        if not path or path[:n] == self.path or self.path[: len(path)] == path:
            self.beginResetModel()
            self.endResetModel()

    def _attrs(self) -> list[str]:
        return [attr for attr, _ in self.columns]

    def _problems_changed(self, problems: list[Problem]) -> None:
        n = len(self.path)
        self.problems = {
            (row, str(p.path[n + 1])): p.message
            for p in problems
            if p.path[:n] == self.path and len(p.path) > n + 1 and isinstance(row := p.path[n], int)
        }
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
