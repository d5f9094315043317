"""The one owner of the open kit: its undo stack, its file, its problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from presskit.document import load_document, save_kit, sweep_temp
from presskit.model import PressKit, get_path
from presskit.problems import Problem, check
from presskit.ui import commands


class DocumentController(QObject):
    """Owns the kit; panels show it and send edits here as undoable commands."""

    kitChanged = Signal(tuple)  # noqa: N815 - Qt signal style; the changed path, () for everything
    problemsChanged = Signal(list)  # noqa: N815
    fileChanged = Signal()  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kit = PressKit()
        self.path: Path | None = None
        self.problems: list[Problem] = check(self.kit)
        self.undo_stack = QUndoStack(self)
        self._typing = 0
        self.unparsed: dict[tuple[str | int, ...], Problem] = {}  # typed text a field did not understand
        self.undo_stack.cleanChanged.connect(self.fileChanged)

    # -- edits -------------------------------------------------------------------------------------
    def set_field(
        self, path: tuple[str | int, ...], value: Any, label: str | None = None, typing: bool = False
    ) -> None:
        """Change one field (undoable); nothing happens when the value is unchanged. Edits made
        `typing` into the same field merge into one undo step until end_typing()."""
        if get_path(self.kit, path) == value:
            return
        name = str(path[-1]).replace("_", " ")
        session = self._typing if typing else None
        self.undo_stack.push(commands.SetField(self, path, value, label or f"Edit {name}", session))

    def set_fields(self, values: dict[tuple[str | int, ...], Any], label: str, typing: bool = False) -> None:
        """Change several fields as one undo step; nothing happens when none of them changes."""
        if all(get_path(self.kit, path) == value for path, value in values.items()):
            return
        session = self._typing if typing else None
        self.undo_stack.push(commands.SetFields(self, values, label, session))

    def end_typing(self) -> None:
        """The focus left a field: what is typed next is a new undo step, even in the same field."""
        self._typing += 1

    def insert_row(self, path: tuple[str | int, ...], item: Any, row: int | None = None) -> int:
        """Add an item to a list of the kit; returns its row."""
        row = len(self.rows(path)) if row is None else row
        self.undo_stack.push(commands.InsertRow(self, path, row, item, f"Add {path[-1]} row"))
        return row

    def remove_row(self, path: tuple[str | int, ...], row: int) -> None:
        """Remove one item of a list of the kit."""
        self.undo_stack.push(commands.RemoveRow(self, path, row, f"Remove {path[-1]} row"))

    def move_row(self, path: tuple[str | int, ...], src: int, dst: int) -> None:
        """Move one item of a list of the kit."""
        if src != dst and 0 <= dst < len(self.rows(path)):
            self.undo_stack.push(commands.MoveRow(self, path, src, dst, f"Move {path[-1]} row"))

    def replace_kit(self, kit: PressKit, label: str) -> None:
        """Replace the whole kit in one undoable step (an import)."""
        self.undo_stack.push(commands.ReplaceKit(self, kit, label))

    def rows(self, path: tuple[str | int, ...]) -> list[Any]:
        """The list at a path of the kit."""
        value = get_path(self.kit, path)
        assert isinstance(value, list)
        return value

    def not_understood(self, path: tuple[str | int, ...], problem: Problem | None) -> None:
        """A field holds typed text it could not turn into a value (the kit keeps no value there):
        list it as a problem until the field is understood or the kit gets a value there again."""
        if problem is None:
            self.unparsed.pop(path, None)
        else:
            self.unparsed[path] = problem
        self._recheck()

    def changed(self, path: tuple[str | int, ...]) -> None:
        """Called by commands: re-check the rules and tell the panels."""
        self._check()
        self.kitChanged.emit(path)
        self.problemsChanged.emit(self.problems)

    def _recheck(self) -> None:
        self._check()
        self.problemsChanged.emit(self.problems)

    def _check(self) -> None:
        self.unparsed = {p: u for p, u in self.unparsed.items() if _empty_at(self.kit, p)}
        self.problems = [*self.unparsed.values(), *check(self.kit)]

    # -- file life -----------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        """Unsaved changes: simply the undo stack's clean state."""
        return not self.undo_stack.isClean()

    def new(self, kit: PressKit | None = None, path: Path | None = None) -> None:
        """Start over with a kit (no undo history, clean)."""
        self.kit = kit or PressKit()
        self.path = path
        self.unparsed.clear()
        self.undo_stack.clear()
        self.changed(())
        self.fileChanged.emit()

    def open(self, path: Path) -> list[str]:
        """Open a .presskit document (raises PresskitError with a clear message); returns what was
        left out of it (files it names but does not carry)."""
        opened = load_document(path)
        sweep_temp(path)  # what an interrupted save of this document left beside it
        self.new(opened.kit, path)
        return opened.warnings

    def save(self, path: Path | None = None) -> None:
        """Save to path (or the current file); the kit stays open and intact if saving fails."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name to save to")
        save_kit(self.kit, target)
        self.path = target
        self.undo_stack.setClean()
        self.fileChanged.emit()


def _empty_at(kit: PressKit, path: tuple[str | int, ...]) -> bool:
    try:
        return get_path(kit, path) is None
    except (LookupError, AttributeError, TypeError):
        return False
