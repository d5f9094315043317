"""Work the window runs off the GUI thread (imports, exports, sources being read), with a progress
dialog and Cancel; the job under way is remembered so that closing the window cancels it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from presskit.ui import worker


class Background(QObject):
    """The window's worker: starts jobs in the thread pool, their callbacks only while the window lives."""

    def __init__(self, window: QMainWindow, error: Callable[[str, BaseException], None]) -> None:
        super().__init__(window)
        self.window = window
        self.error = error
        self.busy: worker.Job | None = None

    def start(
        self,
        work: Callable[[worker.Job], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int], None] | None = None,
    ) -> worker.Job:
        """Start work(job); done or failed runs in the GUI thread when it ends."""

        def finished(result: Any) -> None:
            self.busy = None
            done(result)

        def failure(exc: BaseException) -> None:
            self.busy = None
            failed(exc)

        job = worker.start(self.window, work, finished, failure, progress)
        self.busy = job
        return job

    def run(self, label: str, work: Any, done: Any, failure: str, pages: bool = False) -> bool:
        """Run work(job) with a progress dialog and a Cancel button; the window stays live.

        Returns True when the work was started; in tests and for small inputs it usually finishes
        before the dialog would show (it appears only after 400 ms)."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(True)

        def finished(result: Any) -> None:
            dialog.reset()
            if not job.cancelled():
                done(result)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            from presskit.pdf import Cancelled

            if not isinstance(exc, Cancelled) and not job.cancelled():
                self.error(failure, exc)

        def progress(page: int) -> None:
            dialog.setLabelText(self.tr("{0} (page {1})").format(label, page))

        job = self.start(work, finished, failed, progress if pages else None)
        dialog.canceled.connect(job.cancel)
        return True

    def cancel(self) -> None:
        """Stop the job under way (the window is closing)."""
        if self.busy is not None:
            self.busy.cancel()
