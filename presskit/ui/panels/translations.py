"""The kit in other languages: pick the language being edited, see the main language beside it,
and which fields are still untranslated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QGridLayout, QHeaderView, QLabel, QPlainTextEdit, QTableView, QWidget

from presskit.i18n import TEXT_FIELDS, languages, untranslated
from presskit.model import PressKit, Translation, get_path
from presskit.ui import colours
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import Panel, register
from presskit.ui.translatable import QT_TRANSLATE_NOOP
from presskit.ui.undo_keys import document_undo_keys

Index = QModelIndex | QPersistentModelIndex
LABELS = {
    "title": QT_TRANSLATE_NOOP("Panel", "Title"),
    "tagline": QT_TRANSLATE_NOOP("Panel", "Tagline"),
    "logline": QT_TRANSLATE_NOOP("Panel", "Logline"),
    "synopsis_short": QT_TRANSLATE_NOOP("Panel", "Short synopsis"),
    "synopsis_long": QT_TRANSLATE_NOOP("Panel", "Long synopsis"),
    "director_statement": QT_TRANSLATE_NOOP("Panel", "Director's statement"),
    "production_notes": QT_TRANSLATE_NOOP("Panel", "Production notes"),
}


@register
class TranslationsPanel(Panel):
    """Edit one language at a time; names, credits and images are shared and not repeated here."""

    TITLE = QT_TRANSLATE_NOOP("Panel", "Languages")
    ORDER = 70

    def __init__(self, ctl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(ctl, parent)
        self.main = QComboBox()
        self.main.setObjectName("field:language")
        self.target = QComboBox()
        self.target.setObjectName("translationLanguage")
        for code, name in languages().items():
            self.main.addItem(f"{name} ({code})", code)
            self.target.addItem(f"{name} ({code})", code)
        self.main.activated.connect(
            lambda _i: ctl.set_field(("language",), self.main.currentData(), "Change main language")
        )
        self.target.currentIndexChanged.connect(lambda _i: self.load(ctl.kit))
        self.form.addRow(self.tr("Main language"), self.main)
        self.form.addRow(self.tr("Editing"), self.target)
        self.missing = QLabel()
        self.missing.setObjectName("untranslated")
        self.missing.setWordWrap(True)
        self.form.addRow("", self.missing)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Main language</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Translation</b>")), 0, 2)
        self.originals: dict[str, QLabel] = {}
        self.edits: dict[str, QPlainTextEdit] = {}
        for row, field in enumerate(TEXT_FIELDS, start=1):
            grid.addWidget(QLabel(self.tr(LABELS[field])), row, 0)
            original = QLabel()
            original.setWordWrap(True)
            original.setStyleSheet(colours.text_style(colours.muted()))
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setUndoRedoEnabled(False)
            document_undo_keys(edit)
            edit.setObjectName(f"translation:{field}")
            edit.setMaximumHeight(70 if field in ("title", "tagline") else 130)
            edit.textChanged.connect(lambda f=field, w=edit: self._edited(f, w.toPlainText()))
            grid.addWidget(original, row, 1)
            grid.addWidget(edit, row, 2)
            self.originals[field], self.edits[field] = original, edit
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)  # the translation as wide as the text it translates
        self.layout_.addLayout(grid)
        self.rows = TranslationRows(self)
        view = QTableView()
        view.setObjectName("translationRows")
        view.setModel(self.rows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        self.layout_.addWidget(QLabel(self.tr("<b>Quotes, captions and biographies</b>")))
        self.layout_.addWidget(view, 1)

    def _label(self, field: str) -> str:
        """ "quotes.0" -> "Quote 1", "synopsis_short" -> "Short synopsis"."""
        kind, _, row = field.partition(".")
        if row:
            return f"{self.tr(dict(TranslationRows.KINDS)[kind])} {int(row) + 1}"
        return self.tr(LABELS[kind])

    def language(self) -> str:
        """The language being edited."""
        return str(self.target.currentData())

    def _edited(self, field: str, text: str) -> None:
        self.translate(field, text)

    def translate(self, field: str, value: Any) -> None:
        """Set one translated field of the language being edited (creating the translation first)."""
        lang = self.language()
        if lang == self.ctl.kit.language:
            return
        if lang not in self.ctl.kit.translations:
            if not value:
                return
            self.ctl.undo_stack.beginMacro(self.tr("Translate {0}").format(field))
            self.ctl.set_field(
                ("translations",), {**self.ctl.kit.translations, lang: Translation()}, f"Add {lang} translation"
            )
            self.ctl.set_field(("translations", lang, field), value, f"Translate {field}", typing=True)
            self.ctl.undo_stack.endMacro()
            return
        self.ctl.set_field(("translations", lang, field), value, f"Translate {field}", typing=True)

    def load(self, kit: PressKit) -> None:
        """Show the main text beside the translation, and what is still untranslated."""
        super().load(kit)
        index = self.main.findData(kit.language)
        if index >= 0 and self.main.currentIndex() != index:
            self.main.setCurrentIndex(index)
        lang = self.language()
        tr = kit.translations.get(lang, Translation())
        same = lang == kit.language
        for field, path in TEXT_FIELDS.items():
            original: Any = get_path(kit, path)
            self.originals[field].setText(str(original)[:400])
            edit = self.edits[field]
            edit.setEnabled(not same)
            value = getattr(tr, field)
            if edit.toPlainText() != value:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
        missing = [] if same else untranslated(kit, lang)
        self.missing.setText(
            self.tr("This is the main language.")
            if same
            else self.tr("Untranslated (the main language is used): {0}").format(
                ", ".join(self._label(m) for m in missing)
            )
            if missing
            else self.tr("Everything is translated.")
        )
        self.missing.setStyleSheet(colours.text_style(colours.ink(colours.WARNING if missing else colours.OK)))
        self.rows.reload()


class TranslationRows(QAbstractTableModel):
    """Each quote, caption and biography: the original beside its translation (editable)."""

    KINDS = (
        ("quotes", QT_TRANSLATE_NOOP("Panel", "Quote")),
        ("captions", QT_TRANSLATE_NOOP("Panel", "Caption")),
        ("bios", QT_TRANSLATE_NOOP("Panel", "Biography")),
    )

    def __init__(self, panel: TranslationsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.items: list[tuple[str, int, str, str]] = []  # kind, row number, row id, original text

    def reload(self) -> None:
        """Rebuild from the kit (rows follow the kit's quotes, stills and bios)."""
        kit = self.panel.ctl.kit
        self.beginResetModel()
        self.items = [("quotes", i, q.id, q.text) for i, q in enumerate(kit.quotes)]
        self.items += [("captions", i, s.id, s.caption) for i, s in enumerate(kit.stills)]
        self.items += [("bios", i, b.id, b.text) for i, b in enumerate(kit.bios)]
        self.endResetModel()

    def rowCount(self, parent: Any = None) -> int:  # noqa: N802
        return len(self.items)

    def columnCount(self, parent: Any = None) -> int:  # noqa: N802
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Kind"), self.tr("Main language"), self.tr("Translation"))[section]
        return None

    def _translated(self, kind: str, row_id: str) -> str:
        tr = self.panel.ctl.kit.translations.get(self.panel.language())
        return getattr(tr, kind).get(row_id, "") if tr else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        kind, row, row_id, original = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            label = dict(self.KINDS)[kind]
            return (f"{label} {row + 1}", original, self._translated(kind, row_id))[index.column()]
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.column() == 2
            and original.strip()
            and not self._translated(kind, row_id).strip()
        ):
            return QBrush(colours.tint(colours.WARNING, 0.12))  # untranslated
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        same = self.panel.language() == self.panel.ctl.kit.language
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 and not same else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != 2:
            return False
        kind, _row, row_id, _original = self.items[index.row()]
        tr = self.panel.ctl.kit.translations.get(self.panel.language())
        current = dict(getattr(tr, kind)) if tr else {}
        if value:
            current[row_id] = str(value)
        else:
            current.pop(row_id, None)
        self.panel.translate(kind, current)
        return True
