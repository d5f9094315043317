"""Preferences: shared template folders (a team drive) that every kit's template choices include."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KEY = "sharedTemplateDirs"


def shared_folders(settings: QSettings) -> list[str]:
    """The shared template folders set in preferences."""
    return setting_list(settings.value(KEY, []))


def setting_list(value: object) -> list[str]:
    """A list of strings from QSettings, which gives one string for a one-item list, and nothing for none."""
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


class Preferences(QDialog):
    """Add or remove shared template folders."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.folders = QListWidget()
        self.folders.setObjectName("sharedFolders")
        self.folders.addItems(shared_folders(settings))
        add, remove = QPushButton(self.tr("Add folder…")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add)
        remove.clicked.connect(lambda: self.folders.takeItem(self.folders.currentRow()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Shared template folders (for example a team drive):")))
        lay.addWidget(self.folders)
        lay.addLayout(row)
        lay.addWidget(buttons)

    def add(self, folder: str | None = None) -> None:
        """Add a folder (chosen in a dialog unless given)."""
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Shared templates folder"))
        existing = {self.folders.item(i).text() for i in range(self.folders.count())}
        if folder and folder not in existing:
            self.folders.addItem(folder)

    def accept(self) -> None:
        """Keep the list."""
        self.settings.setValue(KEY, [self.folders.item(i).text() for i in range(self.folders.count())])
        super().accept()
