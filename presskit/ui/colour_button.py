"""A colour swatch button beside a #RRGGBB field: it shows the colour and opens the colour dialog."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QToolButton, QWidget

from presskit.ui import dialogs

SWATCH = QSize(28, 18)


class ColourButton(QToolButton):
    """Shows a colour (its name given translated); clicked, asks for another in QColorDialog and
    says `picked("#rrggbb")`."""

    picked = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.colour = QColor("#000000")
        self.setIconSize(SWATCH)
        self.setToolTip(self.tr("Choose the {0} in a colour dialog").format(name))
        self.setAccessibleName(self.tr("Choose {0}").format(name))
        self.clicked.connect(self.choose)

    def show_colour(self, hex_colour: str) -> None:
        """Fill the swatch with a colour (a field still being typed keeps the last whole one)."""
        colour = QColor(hex_colour)
        if not colour.isValid() or colour == self.colour:
            return
        self.colour = colour
        swatch = QPixmap(SWATCH)
        swatch.fill(colour)
        self.setIcon(QIcon(swatch))

    def dialog(self) -> QColorDialog:
        """The colour dialog, starting at the colour shown (Qt's own, so it looks the same everywhere)."""
        box = QColorDialog(self.colour, self)
        box.setWindowTitle(self.tr("Choose the {0}").format(self.name))
        box.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        return box

    def choose(self) -> None:
        """Ask for a colour; a chosen one is said as #rrggbb, Cancel changes nothing."""
        box = self.dialog()
        if dialogs.run(box) == QColorDialog.DialogCode.Accepted:
            self.picked.emit(box.selectedColor().name())
