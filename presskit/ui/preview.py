"""The live preview: the exported PDF, re-rendered off the GUI thread when edits pause.

Latency (issue 16, item 9: under 0.3 s from the last keystroke to the page on show): a short pause
(DEBOUNCE_MS) so a word typed is one render, not one per key; a render made out of date by a newer
edit is cancelled instead of waited for; the pages up to the one being looked at are laid out and
shown first, then the whole PDF replaces them (same page, same place); only the pages in view are
drawn (QPdfView asks for those). `pageShown` reports the time to the page on show."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from presskit.ui import colours, worker
from presskit.ui.controller import DocumentController
from presskit.ui.preview_controls import PreviewControls
from presskit.ui.translatable import QT_TRANSLATE_NOOP

DEBOUNCE_MS = 100


class PreviewDock(QDockWidget):
    """Shows the kit as it will print; follows edits after a short pause."""

    rendered = Signal(float)  # seconds from the edit to the new PDF loaded in the view
    pageShown = Signal(float)  # noqa: N815 - seconds from the edit to the page on show drawn from it

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
        self._generation = 0  # the latest render's number: results of older ones are dropped
        self._partial = 0  # the render whose first PDF (first pages, or the whole) is shown
        self._whole_pages = 0  # pages of the last whole PDF (the one on show may be its first pages)
        self._awaiting: tuple[int, float] | None = None  # (page on show, edit time) until it is drawn
        self._edited_at = time.perf_counter()
        ctl.kitChanged.connect(self.schedule)
        renderer = self.view.findChild(QPdfPageRenderer)  # the view's own: it draws the pages in view
        if renderer is not None:
            renderer.pageRendered.connect(self._page_drawn)

    def schedule(self, _path: Any = None) -> None:
        """An edit happened: render once the user pauses."""
        self._edited_at = time.perf_counter()
        if self.isVisible():
            self.timer.start()

    def idle(self) -> bool:
        """No render waiting for the pause, none under way: the preview shows the kit as it is."""
        return self._job is None and not self.timer.isActive()

    def refresh(self) -> None:
        """Render the current kit in the background: first the pages up to the one on show (quick),
        then the whole PDF. A render still under way is out of date, so it is cancelled (it stops at
        its next page) rather than waited for."""
        if self._job is not None:
            self._job.cancel()
        self._generation += 1
        generation = self._generation
        kit = self.ctl.kit.copy_deep()
        base = self.ctl.path.parent if self.ctl.path else None
        self.status.setText(self.tr("Updating preview…"))
        edited_at = self._edited_at
        on_show = self.view.pageNavigator().currentPage() + 1
        first = on_show if on_show < max(self._whole_pages, self.document.pageCount()) else None

        def work(job: worker.Job) -> bytes:
            from presskit.pdf import render

            if first is not None:
                job.partial(render(kit, base_dir=base, cancelled=job.cancelled, through_page=first).data)
            return render(kit, base_dir=base, cancelled=job.cancelled).data

        self._job = worker.start(
            self,
            work,
            lambda data: self._show(data, edited_at, generation),
            lambda exc: self._failed(exc, generation),
            on_partial=lambda data: self._show(data, edited_at, generation, whole=False),
        )

    def _show(self, data: bytes, edited_at: float, generation: int, whole: bool = True) -> None:
        if generation != self._generation:
            return  # a newer render is on its way
        navigator = self.view.pageNavigator()
        page, location = navigator.currentPage(), navigator.currentLocation()
        first_look = self._partial != generation  # the edit's first PDF: its page on show is timed
        self._partial = generation
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        page = page if 0 <= page < self.document.pageCount() else 0
        if page:
            navigator.jump(page, location)  # before the view paints: the page on show is drawn first
        if first_look:
            self._awaiting = (page, edited_at)
        if whole:
            self._job = None
            self._whole_pages = self.document.pageCount()
            self.status.setText(self.tr("{0} pages").format(self.document.pageCount()))
            self.rendered.emit(time.perf_counter() - edited_at)

    def _page_drawn(self, page: int, *_rest: Any) -> None:
        """The view has drawn a page of the new PDF: when it is the one on show, the edit is seen."""
        if self._awaiting is not None and page == self._awaiting[0]:
            self.pageShown.emit(time.perf_counter() - self._awaiting[1])
            self._awaiting = None

    def _failed(self, exc: BaseException, generation: int) -> None:
        from presskit.errors import user_message
        from presskit.pdf.builder import Cancelled

        if generation != self._generation or isinstance(exc, Cancelled):
            return  # cancelled for a newer edit, whose render is on its way
        self._job = None
        self.status.setText(self.tr("Preview failed: {0}").format(user_message(exc)))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Render when the dock is first shown."""
        super().showEvent(event)
        self.timer.start()

    def shutdown(self) -> None:
        """Stop rendering (window closing)."""
        self.timer.stop()
        if self._job is not None:
            self._job.cancel()
