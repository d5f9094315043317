"""The live preview: the exported PDF, re-rendered off the GUI thread when edits pause."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from presskit.ui import colours, worker
from presskit.ui.controller import DocumentController
from presskit.ui.preview_controls import PreviewControls
from presskit.ui.translatable import QT_TRANSLATE_NOOP

DEBOUNCE_MS = 300


class PreviewDock(QDockWidget):
    """Shows the kit as it will print; follows edits after a short pause."""

    rendered = Signal(float)  # seconds from the edit to the preview shown

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(
            parent.tr(QT_TRANSLATE_NOOP("MainWindow", "Preview"))
            if parent
            else QT_TRANSLATE_NOOP("MainWindow", "Preview"),
            parent,
        )
        self.setObjectName("previewDock")
        self.ctl = ctl
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.status.setStyleSheet(colours.text_style(colours.muted(), "padding: 2px 6px;"))
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.controls = PreviewControls(self.view)
        lay.addWidget(self.controls)
        lay.addWidget(self.status)
        self.setWidget(box)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self._buffer: QBuffer | None = None
        self._job: worker.Job | None = None
        self._pending = False
        self._edited_at = time.perf_counter()
        ctl.kitChanged.connect(self.schedule)

    def schedule(self, _path: Any = None) -> None:
        """An edit happened: render once the user pauses."""
        self._edited_at = time.perf_counter()
        if self.isVisible():
            self.timer.start()

    def refresh(self) -> None:
        """Render the current kit in the background (one render at a time, the latest wins)."""
        if self._job is not None:
            self._pending = True
            return
        kit = self.ctl.kit.copy_deep()
        base = self.ctl.path.parent if self.ctl.path else None
        self.status.setText(self.tr("Updating preview…"))
        edited_at = self._edited_at

        def work(job: worker.Job) -> bytes:
            from presskit.pdf import render

            return render(kit, base_dir=base, cancelled=job.cancelled).data

        self._job = worker.start(self, work, lambda data: self._show(data, edited_at), self._failed)

    def _show(self, data: bytes, edited_at: float) -> None:
        self._job = None
        page = self.view.pageNavigator().currentPage()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if 0 < page < self.document.pageCount():
            self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
        self.status.setText(self.tr("{0} pages").format(self.document.pageCount()))
        self.rendered.emit(time.perf_counter() - edited_at)
        if self._pending:
            self._pending = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from presskit.errors import user_message

        self._job = None
        self.status.setText(self.tr("Preview failed: {0}").format(user_message(exc)))
        if self._pending:
            self._pending = False
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Render when the dock is first shown."""
        super().showEvent(event)
        self.timer.start()

    def shutdown(self) -> None:
        """Stop rendering (window closing)."""
        self.timer.stop()
        if self._job is not None:
            self._job.cancel()
