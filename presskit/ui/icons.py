"""Every icon Presskit uses is named here and nowhere else."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from presskit.resources import resource

APP = "presskit.svg"
_SP = QStyle.StandardPixmap
# toolbar icons: the desktop theme's, else the style's own
STANDARD = {
    "open": (QIcon.ThemeIcon.DocumentOpen, _SP.SP_DialogOpenButton),
    "save": (QIcon.ThemeIcon.DocumentSave, _SP.SP_DialogSaveButton),
    "import": (QIcon.ThemeIcon.DocumentNew, _SP.SP_FileIcon),
    "sources": (QIcon.ThemeIcon.ListAdd, _SP.SP_FileDialogNewFolder),
    "export": (QIcon.ThemeIcon.DocumentPrint, _SP.SP_DriveFDIcon),
    "undo": (QIcon.ThemeIcon.EditUndo, _SP.SP_ArrowBack),
    "redo": (QIcon.ThemeIcon.EditRedo, _SP.SP_ArrowForward),
    "preview": (QIcon.ThemeIcon.DocumentPrintPreview, _SP.SP_FileDialogContentsView),
}


def icon(name: str) -> QIcon:
    """An icon shipped in resources/icons."""
    return QIcon(str(resource("icons", name)))


def standard(name: str) -> QIcon:
    """A toolbar icon by what it does ("open", "save", "undo"...)."""
    themed, fallback = STANDARD[name]
    found = QIcon.fromTheme(themed)
    style = QApplication.style()
    return found if not found.isNull() or style is None else style.standardIcon(fallback)
