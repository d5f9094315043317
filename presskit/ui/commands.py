"""Every edit of the kit is one small QUndoCommand; the controller pushes them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from presskit.model import FieldPath, PressKit, get_path, set_path

if TYPE_CHECKING:
    from presskit.ui.controller import DocumentController

_MERGE_ID = 1001


class SetField(QUndoCommand):
    """Set one field; keystrokes typed into one field, until the focus leaves it, merge into one
    undo step (`typing` is the controller's typing session, None for an edit that never merges)."""

    def __init__(
        self, ctl: DocumentController, path: FieldPath, value: Any, label: str, typing: int | None = None
    ) -> None:
        super().__init__(label)
        self.ctl, self.path, self.new, self.typing = ctl, path, value, typing
        self.old = get_path(ctl.kit, path)

    def redo(self) -> None:
        set_path(self.ctl.kit, self.path, self.new)
        self.ctl.changed(self.path)

    def undo(self) -> None:
        set_path(self.ctl.kit, self.path, self.old)
        self.ctl.changed(self.path)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (
            isinstance(other, SetField)
            and other.path == self.path
            and other.typing is not None
            and other.typing == self.typing
        ):
            self.new = other.new
            return True
        return False


class ReplaceKit(QUndoCommand):
    """Replace the whole kit (an import, applying a template): one undoable step."""

    def __init__(self, ctl: DocumentController, kit: PressKit, label: str) -> None:
        super().__init__(label)
        self.ctl, self.new, self.old = ctl, kit, ctl.kit

    def redo(self) -> None:
        self.ctl.kit = self.new
        self.ctl.changed(())

    def undo(self) -> None:
        self.ctl.kit = self.old
        self.ctl.changed(())


class InsertRow(QUndoCommand):
    """Add an item to one of the kit's lists (cast, crew, quotes, contacts...)."""

    def __init__(self, ctl: DocumentController, path: FieldPath, row: int, item: Any, label: str) -> None:
        super().__init__(label)
        self.ctl, self.path, self.row, self.item = ctl, path, row, item

    def redo(self) -> None:
        self.ctl.rows(self.path).insert(self.row, self.item)
        self.ctl.changed(self.path)

    def undo(self) -> None:
        del self.ctl.rows(self.path)[self.row]
        self.ctl.changed(self.path)


class RemoveRow(QUndoCommand):
    """Remove an item from one of the kit's lists."""

    def __init__(self, ctl: DocumentController, path: FieldPath, row: int, label: str) -> None:
        super().__init__(label)
        self.ctl, self.path, self.row = ctl, path, row
        self.item = ctl.rows(path)[row]

    def redo(self) -> None:
        del self.ctl.rows(self.path)[self.row]
        self.ctl.changed(self.path)

    def undo(self) -> None:
        self.ctl.rows(self.path).insert(self.row, self.item)
        self.ctl.changed(self.path)


class MoveRow(QUndoCommand):
    """Move an item within a list (reorder quotes, cast...)."""

    def __init__(self, ctl: DocumentController, path: FieldPath, src: int, dst: int, label: str) -> None:
        super().__init__(label)
        self.ctl, self.path, self.src, self.dst = ctl, path, src, dst

    def _move(self, a: int, b: int) -> None:
        rows = self.ctl.rows(self.path)
        rows.insert(b, rows.pop(a))
        self.ctl.changed(self.path)

    def redo(self) -> None:
        self._move(self.src, self.dst)

    def undo(self) -> None:
        self._move(self.dst, self.src)
