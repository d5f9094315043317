"""Autosave: every 30 s of unsaved changes a recovery copy is written; a clean close removes it."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal

from presskit.recovery import Slot
from presskit.ui.controller import DocumentController

INTERVAL_MS = int(os.environ.get("PRESSKIT_AUTOSAVE_MS", "30000"))


class Autosaver(QObject):
    """Writes the controller's kit to its recovery slot while there are unsaved changes."""

    saved = Signal(str)

    def __init__(self, ctl: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.slot = Slot()
        self.failed = ""
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctl.kitChanged.connect(self._changed)
        ctl.fileChanged.connect(self._file_changed)

    def _changed(self, _path: tuple[str | int, ...]) -> None:
        self._dirty = True

    def _file_changed(self) -> None:
        if not self.ctl.modified:  # saved (or back at the saved state): the recovery copy is stale
            self._dirty = False
            self.slot.clear()

    def tick(self) -> None:
        """Write a recovery copy if anything changed since the last one."""
        if not (self._dirty and self.ctl.modified):
            return
        base = self.ctl.path.parent if self.ctl.path else None
        try:
            self.slot.write(self.ctl.kit, self.ctl.path, base)
        except Exception as exc:  # noqa: BLE001 - autosave must never take the editor down
            self.failed = str(exc)
            return
        self._dirty = False
        self.saved.emit(str(self.slot.path))

    def stop(self) -> None:
        """A clean close: stop and remove the recovery copy."""
        self.timer.stop()
        self.slot.clear()
