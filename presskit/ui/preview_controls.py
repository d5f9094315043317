"""Zoom (fit width, fit page, 50–200 %) and page buttons under the preview."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from presskit.ui.translatable import QT_TRANSLATE_NOOP

Zoom = QPdfView.ZoomMode
ZOOMS = [
    (QT_TRANSLATE_NOOP("PreviewControls", "Fit width"), Zoom.FitToWidth, 1.0),
    (QT_TRANSLATE_NOOP("PreviewControls", "Fit page"), Zoom.FitInView, 1.0),
    (QT_TRANSLATE_NOOP("PreviewControls", "50 %"), Zoom.Custom, 0.5),
    (QT_TRANSLATE_NOOP("PreviewControls", "75 %"), Zoom.Custom, 0.75),
    (QT_TRANSLATE_NOOP("PreviewControls", "100 %"), Zoom.Custom, 1.0),
    (QT_TRANSLATE_NOOP("PreviewControls", "150 %"), Zoom.Custom, 1.5),
    (QT_TRANSLATE_NOOP("PreviewControls", "200 %"), Zoom.Custom, 2.0),
]


class PreviewControls(QWidget):
    """Zoom choice, previous / next page and "Page 2 of 7" for a PDF view."""

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.zoom = QComboBox()
        self.zoom.setObjectName("previewZoom")
        self.zoom.setToolTip(self.tr("How large the pages are shown"))
        for text, _mode, _factor in ZOOMS:
            self.zoom.addItem(self.tr(text))
        self.zoom.currentIndexChanged.connect(self.set_zoom)
        self.previous, self.next = QToolButton(), QToolButton()
        for button, text, tip, delta in (
            (self.previous, "‹", QT_TRANSLATE_NOOP("PreviewControls", "Previous page"), -1),
            (self.next, "›", QT_TRANSLATE_NOOP("PreviewControls", "Next page"), 1),
        ):
            button.setText(text)
            button.setToolTip(self.tr(tip))
            button.clicked.connect(lambda _=False, d=delta: self.go(d))
        self.page = QLabel()
        self.page.setObjectName("previewPage")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        for widget in (self.zoom, self.previous, self.page, self.next):
            row.addWidget(widget)
        row.addStretch(1)
        view.pageNavigator().currentPageChanged.connect(lambda _p: self.show_page())
        view.document().pageCountChanged.connect(lambda _n: self.show_page())
        self.show_page()

    def set_zoom(self, index: int) -> None:
        """Show the pages at one of the zooms of ZOOMS."""
        _text, mode, factor = ZOOMS[index]
        self.view.setZoomMode(mode)
        if mode == Zoom.Custom:
            self.view.setZoomFactor(factor)

    def go(self, delta: int) -> None:
        """Show the page delta pages away from the one on show."""
        pages = self.view.document().pageCount()
        navigator = self.view.pageNavigator()
        target = min(max(navigator.currentPage() + delta, 0), max(pages - 1, 0))
        if pages and target != navigator.currentPage():
            navigator.jump(target, QPointF(), navigator.currentZoom())
        self.show_page()

    def show_page(self) -> None:
        """ "Page 2 of 7", and which way there are more pages."""
        pages, current = self.view.document().pageCount(), self.view.pageNavigator().currentPage()
        self.page.setText(self.tr("Page {0} of {1}").format(current + 1, pages) if pages else "")
        self.previous.setEnabled(current > 0)
        self.next.setEnabled(current < pages - 1)
