"""The kit's look (from its template): page, margins, fonts, colours (typed or picked), cover, cast
layout, legal line, and which sections print in what order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from presskit.fonts import FAMILIES
from presskit.model import COLOUR_RE, PressKit
from presskit.ui import colours
from presskit.ui.colour_button import ColourButton
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import Panel, register
from presskit.ui.section_list import SectionList
from presskit.ui.translatable import QT_TRANSLATE_NOOP

OTHER_FONT = "Other TrueType font…"
COLOURS = (
    (QT_TRANSLATE_NOOP("Panel", "Text colour"), "ink"),
    (QT_TRANSLATE_NOOP("Panel", "Secondary text colour"), "muted"),
    (QT_TRANSLATE_NOOP("Panel", "Accent colour"), "accent"),
    (QT_TRANSLATE_NOOP("Panel", "Cover colour"), "cover_bg"),
    (QT_TRANSLATE_NOOP("Panel", "Cover text colour"), "cover_ink"),
)


@register
class LookPanel(Panel):
    """Change the kit's look; the content is untouched, and every change can be undone."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Look")
    ORDER = 80

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.combos: dict[str, QComboBox] = {}
        self._choice(QT_TRANSLATE_NOOP("Panel", "Page size"), "page", ["Letter", "A4"])
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0.3, 2.0)
        self.margin.setSingleStep(0.05)
        self.margin.setSuffix(" in")
        self.margin.valueChanged.connect(lambda v: self._set("margin_in", round(v, 2)))
        self.form.addRow(self.tr("Margins"), self.margin)
        for label, attr in (
            (QT_TRANSLATE_NOOP("Panel", "Text font"), "body_font"),
            (QT_TRANSLATE_NOOP("Panel", "Title font"), "display_font"),
            (QT_TRANSLATE_NOOP("Panel", "Label font"), "label_font"),
            (QT_TRANSLATE_NOOP("Panel", "Heading font"), "heading_font"),
        ):
            self._choice(label, attr, [*FAMILIES, OTHER_FONT])
        self.colours: dict[str, QLineEdit] = {}
        self.swatches: dict[str, ColourButton] = {}
        for label, attr in COLOURS:
            edit = QLineEdit()
            edit.setObjectName(f"style:{attr}")
            edit.setPlaceholderText("#RRGGBB")
            edit.textEdited.connect(lambda text, a=attr, w=edit: self._colour(a, text, w))
            swatch = ColourButton(self.tr(label))
            swatch.setObjectName(f"swatch:{attr}")
            swatch.picked.connect(lambda hex_colour, a=attr: self._set(a, hex_colour))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(swatch)
            self.form.addRow(self.tr(label), row)
            self.colours[attr], self.swatches[attr] = edit, swatch
        self._choice(QT_TRANSLATE_NOOP("Panel", "Cover"), "cover_layout", ["dark", "light"])
        self._choice(QT_TRANSLATE_NOOP("Panel", "Cast"), "cast_columns", ["2", "1"])
        self.line(QT_TRANSLATE_NOOP("Panel", "Legal line"), ("style", "legal_line"), "© 2026 … All rights reserved.")
        self.sections = SectionList()
        self.sections.changed.connect(lambda keys: self._set("sections", keys, "Change sections"))
        up, down = QPushButton(self.tr("Move &up")), QPushButton(self.tr("Move do&wn"))
        up.clicked.connect(lambda: self.sections.move_current(-1))
        down.clicked.connect(lambda: self.sections.move_current(1))
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Ticked sections are printed, in this order: drag, or Alt+Up / Alt+Down."))
        hint.setWordWrap(True)
        hint.setStyleSheet(colours.text_style(colours.muted()))
        self.form.addRow(self.tr("Sections"), self.sections)
        self.form.addRow("", buttons)
        self.form.addRow("", hint)
        self.layout_.addStretch(1)

    def _choice(self, label: str, attr: str, options: list[str]) -> None:
        box = QComboBox()
        box.setObjectName(f"style:{attr}")
        box.addItems(options)
        box.activated.connect(lambda _i, a=attr, b=box: self._chosen(a, b.currentText()))
        self.form.addRow(self.tr(label), box)
        self.combos[attr] = box

    def _chosen(self, attr: str, text: str) -> None:
        if text == OTHER_FONT:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a font"), "", "TrueType fonts (*.ttf *.otf)")
            if not name:
                self.load(self.ctl.kit)
                return
            text = name
        self._set(attr, int(text) if attr == "cast_columns" else text)

    def _set(self, attr: str, value: Any, label: str = "") -> None:
        self.ctl.set_field(("style", attr), value, label or f"Change {attr.replace('_', ' ')}")

    def _colour(self, attr: str, text: str, edit: QLineEdit) -> None:
        """A colour is stored only once it is a whole #RRGGBB; until then the field is marked."""
        ok = bool(COLOUR_RE.match(text.strip()))
        edit.setStyleSheet("" if ok else colours.error_style())
        edit.setToolTip("" if ok else self.tr("A colour is written #RRGGBB, e.g. #b08d3c."))
        if ok:
            self._set(attr, text.strip().lower())

    def load(self, kit: PressKit) -> None:
        """Show the kit's look."""
        super().load(kit)
        style = kit.style
        for attr, box in self.combos.items():
            value = str(getattr(style, attr))
            if box.findText(value) < 0 and attr.endswith("_font"):  # a user's font file
                box.insertItem(box.count() - 1, value)
            if box.findText(value) >= 0:
                box.setCurrentText(value)
            box.setToolTip(Path(value).name if attr.endswith("_font") and "/" in value else "")
        if abs(self.margin.value() - style.margin_in) > 1e-6:
            self.margin.blockSignals(True)
            self.margin.setValue(style.margin_in)
            self.margin.blockSignals(False)
        for attr, edit in self.colours.items():
            if not edit.hasFocus() and edit.text().strip().lower() != getattr(style, attr):
                edit.setText(getattr(style, attr))  # not while the publicist is typing a colour
                edit.setStyleSheet("")
            self.swatches[attr].show_colour(getattr(style, attr))
        self.sections.show_sections(style.sections)
