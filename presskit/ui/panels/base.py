"""What every panel is: a titled widget that shows part of the kit and sends edits to the controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from presskit.model import FieldPath, PressKit, get_path
from presskit.problems import Problem
from presskit.ui import colours
from presskit.ui.controller import DocumentController
from presskit.ui.panels.tips import TIPS
from presskit.ui.translatable import QT_TRANSLATE_NOOP
from presskit.ui.undo_keys import document_undo_keys

PANELS: list[type[Panel]] = []


def whole_number(text: str) -> int | None:
    """A whole number as typed ("2012", "-5"), None when it is not one."""
    text = text.strip()
    return int(text) if text.lstrip("-").isdigit() and text.count("-") <= 1 else None


def register(cls: type[Panel]) -> type[Panel]:
    """Class decorator: add a panel to the window, in ORDER."""
    PANELS.append(cls)
    PANELS.sort(key=lambda c: c.ORDER)
    return cls


class TextArea(QPlainTextEdit):
    """A multi-line field: Tab goes to the next field as everywhere; Ctrl+Tab types a tab character."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the document's undo stack has every keystroke

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+Tab inserts a tab (for the rare text that needs one) instead of changing panels."""
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)


class Panel(QWidget):
    """A section of the kit. Subclasses set TITLE and ORDER and build fields with the helpers below."""

    TITLE: ClassVar[str] = ""
    ORDER: ClassVar[int] = 0

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.fields: dict[FieldPath, tuple[QWidget, QLabel, Callable[[Any], None]]] = {}
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        ctl.kitChanged.connect(lambda _p: self.load(ctl.kit))
        ctl.problemsChanged.connect(self.show_problems)

    def load(self, kit: PressKit) -> None:
        """Show the kit's values in this panel's fields (without moving the cursor of a field being typed in)."""
        for path, (_w, _l, setter) in self.fields.items():
            setter(get_path(kit, path))

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark fields that break a rule, with the message under the field."""
        by_path = {p.path: p.message for p in problems}
        for path, (widget, label, _s) in self.fields.items():
            msg = by_path.get(path)
            widget.setStyleSheet(colours.error_style() if msg else "")
            widget.setToolTip(msg or self.tr(TIPS.get(path, "")))  # the problem, else what the field is for
            label.setText(msg or "")
            label.setVisible(bool(msg))

    def focus_field(self, path: FieldPath) -> bool:
        """Give focus to the widget of a field path, if this panel has it."""
        entry = self.fields.get(path)
        if entry:
            entry[0].setFocus()
            return True
        return False

    # -- field helpers -----------------------------------------------------------------------------------
    def _row(self, label: str, widget: QWidget, path: FieldPath, setter: Callable[[Any], None]) -> None:
        err = QLabel()
        err.setStyleSheet(colours.text_style(colours.ink(colours.ERROR), "font-size: 11px;"))
        err.setWordWrap(True)
        err.hide()
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(err)
        self.form.addRow(self.tr(label), box)
        widget.setObjectName("field:" + ".".join(map(str, path)))
        document_undo_keys(widget)
        self.fields[path] = (widget, err, setter)
        widget.setToolTip(self.tr(TIPS.get(path, "")))

    def line(self, label: str, path: FieldPath, placeholder: str = "") -> QLineEdit:
        """A one-line text field bound to a string field of the kit."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda text: self.ctl.set_field(path, text, f"Edit {label.lower()}", typing=True))

        def setter(value: Any) -> None:
            if edit.text() != (value or ""):
                edit.setText(value or "")

        self._row(label, edit, path, setter)
        return edit

    def number(
        self,
        label: str,
        path: FieldPath,
        placeholder: str = "",
        parse: Callable[[str], int | None] | None = None,
        hint: str = "Type a whole number, e.g. 2012.",
        kept: FieldPath | None = None,
    ) -> QLineEdit:
        """A number field (empty means unknown). What it understands goes into the kit; text it does
        not understand stays in the field as typed, the kit holds no value, and a problem is listed.
        With `kept`, the kit keeps that text itself (saved with the document, its rule is the kit's)."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        read = parse or whole_number

        def edited(text: str) -> None:
            value = read(text) if text.strip() else None
            name = f"Edit {label.lower()}"
            if kept is not None:
                typed = text.strip() if value is None else ""
                self.ctl.set_fields({path: value, kept: typed}, name, typing=True)
                return
            problem = None
            if text.strip() and value is None:
                message = self.tr("“{0}” is not understood. {1}").format(text.strip(), self.tr(hint))
                problem = Problem(path, message)
            self.ctl.set_field(path, value, name, typing=True)
            self.ctl.not_understood(path, problem)

        def setter(value: Any) -> None:
            shown = edit.text().strip()
            typed = str(get_path(self.ctl.kit, kept)) if kept is not None and value is None else ""
            if (shown and read(shown) == value) or (value is None and path in self.ctl.unparsed):
                return  # kept as typed: "1h44" while it means 104, or text listed as a problem
            wanted = typed or ("" if value is None else str(value))
            if shown != wanted:
                edit.setText(wanted)

        def finished() -> None:  # leaving the field shows what was understood: "1h44" becomes "104"
            value = read(edit.text()) if edit.text().strip() else None
            if value is not None and edit.text().strip() != str(value):
                edit.setText(str(value))

        edit.textEdited.connect(edited)
        edit.editingFinished.connect(finished)
        self._row(label, edit, path, setter)
        return edit

    def text_area(self, label: str, path: FieldPath, height: int = 120) -> QPlainTextEdit:
        """A multi-line text field bound to a string field of the kit."""
        edit = TextArea()
        edit.setMinimumHeight(height)
        edit.textChanged.connect(
            lambda: self.ctl.set_field(path, edit.toPlainText(), f"Edit {label.lower()}", typing=True)
        )

        def setter(value: Any) -> None:
            if edit.toPlainText() != (value or ""):
                edit.blockSignals(True)
                edit.setPlainText(value or "")
                edit.blockSignals(False)

        self._row(label, edit, path, setter)
        return edit

    def name_list(
        self, label: str, path: FieldPath, placeholder: str = QT_TRANSLATE_NOOP("Panel", "Names, separated by commas")
    ) -> QLineEdit:
        """A comma-separated list (names, web addresses) bound to a list field."""
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr(placeholder))
        edit.textEdited.connect(
            lambda text: self.ctl.set_field(
                path, [n.strip() for n in text.split(",") if n.strip()], f"Edit {label.lower()}", typing=True
            )
        )

        def setter(value: Any) -> None:
            current = [n.strip() for n in edit.text().split(",") if n.strip()]
            if current != list(value):
                edit.setText(", ".join(value))

        self._row(label, edit, path, setter)
        return edit
