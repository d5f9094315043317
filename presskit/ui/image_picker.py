"""An image field: a thumbnail, the file's name, Choose… and Clear; a file is taken only once it is
checked to be an image (files.image_kind), else the field says why and the kit is unchanged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from presskit.errors import PresskitError
from presskit.files import image_kind
from presskit.resources import kit_file
from presskit.ui import colours
from presskit.ui.panels.media import thumbnail

PREVIEW = QSize(120, 80)
FILTER = "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp)"


class ImagePicker(QWidget):
    """Choose, show and clear one image file (what it holds and its button text given translated);
    `chosen(path)` carries a checked image, "" to clear."""

    chosen = Signal(str)

    def __init__(self, what: str, mnemonic_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.thumb = QLabel()
        self.thumb.setFixedSize(PREVIEW)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frame = colours.text_style(colours.muted(), "border: 1px solid palette(mid);")
        self.thumb.setStyleSheet(self.frame)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(colours.text_style(colours.ink(colours.ERROR), "font-size: 11px;"))
        self.refusal.hide()
        self.choose_button = QPushButton(mnemonic_text)
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(lambda: self.chosen.emit(""))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.name)
        side.addLayout(buttons)
        side.addWidget(self.refusal)
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumb)
        row.addLayout(side, 1)
        self.setFocusProxy(self.choose_button)  # Tab to the field, Space to choose
        self.setAcceptDrops(True)
        self.show_file("", None)

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 - Qt's name
        """A panel marks a field breaking a rule with a style sheet: here it frames the thumbnail only
        (on the whole widget it would box every label and button)."""
        self.thumb.setStyleSheet(sheet or self.frame)

    def show_file(self, name: str, base: Path | None) -> None:
        """Show the image a kit names (or that it has none)."""
        self.clear_button.setEnabled(bool(name))
        if not name:
            self.thumb.clear()
            self.thumb.setText(self.tr("No image"))
            self.name.setText(self.tr("No {0} chosen.").format(self.what))
            return
        path = kit_file(name, base)
        self.name.setText(path.name)
        self.name.setToolTip(str(path))
        icon = thumbnail(str(path), path.stat().st_mtime) if path.is_file() else None
        if icon is None:
            self.thumb.clear()
            self.thumb.setText(self.tr("Missing"))
        else:
            self.thumb.setPixmap(icon.pixmap(PREVIEW))

    def pick(self, path: Path) -> bool:
        """Take a file if it is an image; otherwise say why, and change nothing."""
        try:
            image_kind(path)
        except PresskitError as exc:
            self.refusal.setText(str(exc))
            self.refusal.show()
            return False
        self.refusal.hide()
        self.chosen.emit(str(path.resolve()))
        return True

    def choose(self) -> None:
        """Pick the image with a file dialog."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the {0}").format(self.what), "", FILTER)
        if name:
            self.pick(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept one dropped local file."""
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """A dropped file is taken like a chosen one."""
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.pick(files[0]):
            event.acceptProposedAction()
