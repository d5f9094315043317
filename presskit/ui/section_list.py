"""The kit's sections in print order, each with a check box to show or hide it: drag to reorder, or
Alt+Up / Alt+Down (and the buttons) on the selected one; Space shows or hides it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from presskit.i18n import headings
from presskit.model import SECTION_NAMES

KEY = Qt.ItemDataRole.UserRole


class SectionList(QListWidget):
    """Every section once; `changed(sections)` gives the shown ones in their order after each change."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("style:sections")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)  # drops from this list only: see dropEvent
        self.setDropIndicatorShown(True)
        self.names = {key: heading for key, (heading, _kicker) in headings().items()}
        self.itemChanged.connect(lambda _item: self.changed.emit(self.shown()))

    def keys(self) -> list[str]:
        """Every section key, in the list's order."""
        return [self.item(i).data(KEY) for i in range(self.count())]

    def shown(self) -> list[str]:
        """The checked sections, in the list's order: what the kit prints."""
        return [k for i, k in enumerate(self.keys()) if self.item(i).checkState() == Qt.CheckState.Checked]

    def show_sections(self, sections: list[str]) -> None:
        """Show a kit's sections: unless the list already says the same, the shown ones in their
        order, then the hidden ones (a hidden section keeps its place while the list is in use)."""
        if self.count() == len(SECTION_NAMES) and self.shown() == sections:
            return
        current = self.currentItem().data(KEY) if self.currentItem() else None
        self.blockSignals(True)
        self.clear()
        for key in self._order(sections):
            item = QListWidgetItem(self.names.get(key, key))  # the headings as the PDF prints them
            item.setData(KEY, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)  # dropped between, never onto
            item.setCheckState(Qt.CheckState.Checked if key in sections else Qt.CheckState.Unchecked)
            self.addItem(item)
            if key == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def _order(self, sections: list[str]) -> list[str]:
        """The shown sections in the kit's order, each hidden one after the section it followed in the
        list (so hiding, undoing and redoing leave it in its place), new ones at the end."""
        order = [k for k in sections if k in SECTION_NAMES]
        before = self.keys() or list(SECTION_NAMES)
        for n, key in enumerate(before):
            if key not in order:
                after = next((k for k in reversed(before[:n]) if k in order), None)
                order.insert(order.index(after) + 1 if after else 0, key)
        return order + [k for k in SECTION_NAMES if k not in order]

    def move_current(self, delta: int) -> None:
        """Move the selected section up (-1) or down (+1)."""
        row = self.currentRow()
        if row < 0 or not 0 <= row + delta < self.count():
            return
        self.blockSignals(True)
        item = self.takeItem(row)
        self.insertItem(row + delta, item)
        self.setCurrentItem(item)
        self.blockSignals(False)
        self.changed.emit(self.shown())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Alt+Up and Alt+Down move the selected section."""
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """A section dragged within the list goes where it is dropped (above or below the row under
        the pointer), and the kit follows; anything dragged in from elsewhere is refused."""
        row = self.currentRow()
        if event.source() is not self or row < 0:
            event.ignore()
            return
        point = event.position().toPoint()
        under = self.indexAt(point)
        target = under.row() if under.isValid() else self.count() - 1
        if under.isValid() and point.y() > self.visualRect(under).center().y():
            target += 1
        target -= 1 if target > row else 0
        event.setDropAction(Qt.DropAction.IgnoreAction)  # moved here: the view must not move it again
        event.accept()
        self.move_current(target - row)
