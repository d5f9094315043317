"""Festivals and awards (with laurels) and screenings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from presskit.model import FESTIVAL_STATUSES, Festival, Screening
from presskit.ui import colours
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import Panel, register
from presskit.ui.panels.table_panel import KitTable
from presskit.ui.translatable import QT_TRANSLATE_NOOP


@register
class FestivalsPanel(Panel):
    """Selections, premieres and prizes; the PDF sets their laurels on the cover."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Festivals")
    KEY = "festivals"
    ORDER = 52

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        hint = QLabel(
            self.tr(
                "Laurel: an image file of the festival's own laurel (optional); without one the "
                "PDF draws a laurel around the festival's name."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(colours.text_style(colours.muted()))
        self.layout_.addWidget(hint)
        self.festivals = KitTable(
            ctl,
            ("festivals",),
            [
                ("name", "Festival"),
                ("section", "Section or award"),
                ("year", "Year"),
                ("status", "Status"),
                ("laurel", "Laurel image"),
            ],
            Festival,
            QT_TRANSLATE_NOOP("KitTable", "fes&tival"),
            choices={"status": lambda: list(FESTIVAL_STATUSES)},
        )
        self.layout_.addWidget(self.festivals, 2)
        self.layout_.addWidget(QLabel(self.tr("<b>Screenings</b>")))
        self.screenings = KitTable(
            ctl,
            ("screenings",),
            [("venue", "Festival or venue"), ("city", "City"), ("when", "Date and time"), ("tickets", "Ticket link")],
            Screening,
            QT_TRANSLATE_NOOP("KitTable", "&screening"),
        )
        self.layout_.addWidget(self.screenings, 1)
