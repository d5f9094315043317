"""What a publicist sends with the words: the key art and the logo, the trailer, screener and EPK
links (with their password and expiry), and the embargo line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from presskit.model import LINK_KINDS, FieldPath, Link
from presskit.ui.controller import DocumentController
from presskit.ui.image_picker import ImagePicker
from presskit.ui.panels.base import Panel, register
from presskit.ui.panels.table_panel import KitTable
from presskit.ui.translatable import QT_TRANSLATE_NOOP


@register
class ArtLinksPanel(Panel):
    """Key art, logo, links and the embargo line."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Art and links")
    ORDER = 56

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.line(QT_TRANSLATE_NOOP("Panel", "Embargo"), ("embargo",), "e.g. Embargoed until 12 May 2026, 09:00 CET")
        self.key_art = self._picker(
            QT_TRANSLATE_NOOP("Panel", "Key art"), self.tr("key art"), self.tr("Choose &key art…"), ("key_art",)
        )
        self.logo = self._picker(
            QT_TRANSLATE_NOOP("Panel", "Logo"), self.tr("logo"), self.tr("Choose lo&go…"), ("style", "logo")
        )
        self.layout_.addWidget(QLabel(self.tr("<b>Links</b>")))
        self.links = KitTable(
            ctl,
            ("links",),
            [("kind", "Kind"), ("url", "Web address"), ("password", "Password"), ("expires", "Expires")],
            Link,
            QT_TRANSLATE_NOOP("KitTable", "&link"),
            choices={"kind": lambda: list(LINK_KINDS)},
            wide="url",
        )
        self.layout_.addWidget(self.links, 1)

    def _picker(self, label: str, what: str, button: str, path: FieldPath) -> ImagePicker:
        picker = ImagePicker(what, button)
        picker.setObjectName("field:" + ".".join(map(str, path)))
        picker.chosen.connect(lambda name: self._chosen(path, label, name))

        def setter(value: Any) -> None:
            picker.show_file(str(value or ""), self._base())

        self._row(label, picker, path, setter)
        return picker

    def _chosen(self, path: FieldPath, label: str, name: str) -> None:
        verb = self.tr("Choose {0}") if name else self.tr("Clear {0}")
        self.ctl.set_field(path, name, verb.format(label.lower()))

    def _base(self) -> Path | None:
        """Where the kit's relative file names are: beside its document."""
        return self.ctl.path.parent if self.ctl.path else None
