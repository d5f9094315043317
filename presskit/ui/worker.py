"""Run domain work (import, export, preview) off the GUI thread and hand the result back as a signal."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int)
    partial = Signal(object)


class Job(QRunnable):
    """A function run in Qt's thread pool; ``cancel()`` sets a flag the function may poll."""

    def __init__(self, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """Has cancel() been called?"""
        return self._cancel.is_set()

    def partial(self, value: Any) -> None:
        """Hand over a first part of the result (a preview's page on show) before the whole."""
        self._emit(self.signals.partial, value)

    def run(self) -> None:
        try:
            result = self.fn(self)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal: Any, value: Any) -> None:
        """Hand the result over, unless the window it was for has gone (the app is closing)."""
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
            if shiboken6.isValid(self.signals):
                signal.emit(value)


def start(
    owner: QObject,
    fn: Callable[[Job], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None],
    on_progress: Callable[[int], None] | None = None,
    on_partial: Callable[[Any], None] | None = None,
) -> Job:
    """Start fn(job) in the pool; callbacks run in the GUI thread, and only while owner still exists."""
    job = Job(fn)

    def guard(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if shiboken6.isValid(owner):
                callback(value)
            else:
                job.cancel()

        return call

    job.signals.finished.connect(guard(on_done))
    job.signals.failed.connect(guard(on_error))
    if on_progress:
        job.signals.progress.connect(guard(on_progress))
    if on_partial:
        job.signals.partial.connect(guard(on_partial))
    QThreadPool.globalInstance().start(job)
    return job
