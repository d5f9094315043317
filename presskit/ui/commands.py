"""Every edit of the kit is one small QUndoCommand; the controller pushes them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from presskit.model import TRANSLATED_ROWS, FieldPath, PressKit, Row, get_path, new_id, set_path

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


class SetFields(QUndoCommand):
    """Set several fields as one step (a running time and the text it was typed as); merges like
    SetField while the same fields are typed into."""

    def __init__(self, ctl: DocumentController, values: dict[FieldPath, Any], label: str, typing: int | None) -> None:
        super().__init__(label)
        self.ctl, self.new, self.typing = ctl, dict(values), typing
        self.old = {path: get_path(ctl.kit, path) for path in values}

    def _apply(self, values: dict[FieldPath, Any]) -> None:
        for path, value in values.items():
            set_path(self.ctl.kit, path, value)
        self.ctl.changed(_common(list(values)))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return _MERGE_ID + 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetFields) or other.new.keys() != self.new.keys():
            return False
        if other.typing is not None and other.typing == self.typing:
            self.new = other.new
            return True
        return False


def _common(paths: list[FieldPath]) -> FieldPath:
    """The longest path all of paths start with: what the panels are told has changed."""
    first = paths[0]
    n = 0
    while n < len(first) and all(len(p) > n and p[n] == first[n] for p in paths):
        n += 1
    return first[:n]


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
    """Add an item to one of the kit's lists (cast, crew, quotes, contacts...); an item whose id a row
    of the list already has (the same row pasted twice) gets a new one, so no translation is shared."""

    def __init__(self, ctl: DocumentController, path: FieldPath, row: int, item: Any, label: str) -> None:
        super().__init__(label)
        if isinstance(item, Row) and item.id in {other.id for other in ctl.rows(path)}:
            item = item.model_copy(update={"id": new_id()})
        self.ctl, self.path, self.row, self.item = ctl, path, row, item

    def redo(self) -> None:
        self.ctl.rows(self.path).insert(self.row, self.item)
        self.ctl.changed(self.path)

    def undo(self) -> None:
        del self.ctl.rows(self.path)[self.row]
        self.ctl.changed(self.path)


class RemoveRow(QUndoCommand):
    """Remove an item from one of the kit's lists, with its translations; undo brings both back."""

    def __init__(self, ctl: DocumentController, path: FieldPath, row: int, label: str) -> None:
        super().__init__(label)
        self.ctl, self.path, self.row = ctl, path, row
        self.item = ctl.rows(path)[row]
        self.kind = next((kind for kind, (rows, _a) in TRANSLATED_ROWS.items() if rows == path), None)
        self.tables: dict[str, dict[str, str]] = {}  # language -> its translations of this kind, before

    def redo(self) -> None:
        del self.ctl.rows(self.path)[self.row]
        if self.kind is not None:
            for lang, tr in self.ctl.kit.translations.items():
                table: dict[str, str] = getattr(tr, self.kind)
                if self.item.id in table:
                    self.tables[lang] = table
                    setattr(tr, self.kind, {k: v for k, v in table.items() if k != self.item.id})
        self.ctl.changed(self.path)

    def undo(self) -> None:
        self.ctl.rows(self.path).insert(self.row, self.item)
        for lang, table in self.tables.items():
            setattr(self.ctl.kit.translations[lang], str(self.kind), table)
        self.tables = {}
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
