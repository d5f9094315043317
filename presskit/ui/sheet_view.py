"""A table view that edits like a spreadsheet: Tab and Shift+Tab commit and move along the row,
Enter commits and moves down, Escape cancels, and Tab past the last cell leaves the table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

Hint = QAbstractItemDelegate.EndEditHint
Cursor = QAbstractItemView.CursorAction


WIDE_MIN = 240  # px: the long-text column never narrower (the table scrolls sideways instead)


class SheetView(QTableView):
    """QTableView with the keys of a spreadsheet; `cancelled(row)` says Escape closed an editor. Its
    `wide` column (a quote's words) takes the width the others leave, at least WIDE_MIN."""

    cancelled = Signal(int)
    wide: int | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def fit_wide(self, moved: int = -1) -> None:
        """Give the wide column the room the other columns leave (after a resize of the view or of a column)."""
        header = self.horizontalHeader()
        if self.wide is None or moved == self.wide:
            return
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.wide)
        header.resizeSection(self.wide, max(WIDE_MIN, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_wide()

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802 - Qt's name
        """Enter (SubmitModelCache) has committed: move down; Escape (RevertModelCache): say so."""
        index = QPersistentModelIndex(self.currentIndex())
        super().closeEditor(editor, hint)
        if hint == Hint.SubmitModelCache:
            self._down()
        elif hint == Hint.RevertModelCache and index.isValid():
            self.cancelled.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter on a cell that is not being edited moves down too, as in a spreadsheet; Ctrl+Tab is
        left to the panel tabs around the table."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:
            event.ignore()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != self.State.EditingState
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.currentIndex().isValid()
        ):
            self._down()
            return
        super().keyPressEvent(event)

    def moveCursor(self, action: Cursor, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        """Tab after the last cell and Shift+Tab before the first leave the table (no wrapping)."""
        current, model = self.currentIndex(), self.model()
        if current.isValid() and model is not None:
            last = current.row() == model.rowCount() - 1 and current.column() == model.columnCount() - 1
            first = current.row() == 0 and current.column() == 0
            if (action == Cursor.MoveNext and last) or (action == Cursor.MovePrevious and first):
                return QModelIndex()
        return super().moveCursor(action, modifiers)

    def _down(self) -> None:
        current = self.currentIndex()
        below = current.sibling(current.row() + 1, current.column()) if current.isValid() else QModelIndex()
        if below.isValid():
            self.setCurrentIndex(below)
