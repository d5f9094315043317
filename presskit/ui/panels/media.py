"""Stills (dropped in as files, shown as thumbnails) and biographies."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from presskit.model import Bio, Still
from presskit.resources import kit_file
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import Panel, register
from presskit.ui.panels.table_panel import KitTable
from presskit.ui.translatable import QT_TRANSLATE_NOOP

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".bmp"}
THUMB = QSize(96, 64)


@lru_cache(maxsize=512)
def thumbnail(path: str, mtime: float) -> QIcon:
    """A small icon of an image (scaled while decoding, so a 50-megapixel still costs little)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # EXIF orientation
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QIcon.fromTheme("image-missing")
    return QIcon(QPixmap.fromImage(image))


@register
class StillsPanel(Panel):
    """Production stills with caption and photographer credit; drop image files here."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Stills")
    KEY = "stills"
    ORDER = 55

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.table = KitTable(
            ctl,
            ("stills",),
            [("file", "Image"), ("caption", "Caption"), ("credit", "Credit")],
            Still,
            QT_TRANSLATE_NOOP("KitTable", "&still"),
            decoration=self._icon,
        )
        self.table.view.setIconSize(THUMB)
        self.table.view.verticalHeader().setDefaultSectionSize(THUMB.height() + 8)
        add = QPushButton(self.tr("Add &images…"))
        add.clicked.connect(self.choose)
        self.table.button_row.insertWidget(0, add)
        self.layout_.addWidget(self.table)
        self.setAcceptDrops(True)

    def _icon(self, still: Still) -> QIcon | None:
        path = self._resolve(still.file)
        if path is None or not path.is_file():
            return None
        return thumbnail(str(path), path.stat().st_mtime)

    def _resolve(self, file: str) -> Path | None:
        if not file:
            return None
        return kit_file(file, self.ctl.path.parent if self.ctl.path else None)

    def add_files(self, paths: list[Path]) -> int:
        """Add image files as stills, as one undo step; returns how many were added."""
        images = [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()]
        if not images:
            return 0
        self.ctl.undo_stack.beginMacro(self.tr("Add {0} still(s)").format(len(images)))
        for p in images:
            self.ctl.insert_row(("stills",), Still(file=str(p.resolve()), caption=p.stem.replace("_", " ")))
        self.ctl.undo_stack.endMacro()
        return len(images)

    def choose(self) -> None:
        """Pick images with a file dialog."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add stills"), "", "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp)"
        )
        self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept image files."""
        if any(Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Dropped image files become stills."""
        if self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]):
            event.acceptProposedAction()


@register
class BiosPanel(Panel):
    """Biographies of cast and crew."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Bios")
    KEY = "bios"
    ORDER = 58

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.table = KitTable(
            ctl,
            ("bios",),
            [("name", "Name"), ("role", "Role"), ("text", "Biography")],
            Bio,
            QT_TRANSLATE_NOOP("KitTable", "&biography"),
            wide="text",
        )
        self.layout_.addWidget(self.table)
        self.text_area(QT_TRANSLATE_NOOP("Panel", "Production notes"), ("production_notes",), 140)
