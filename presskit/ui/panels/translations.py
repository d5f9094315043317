"""The kit in other languages: pick the language being edited, see the main language beside it,
and which fields are still untranslated."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPlainTextEdit, QWidget

from presskit.i18n import TEXT_FIELDS, languages, untranslated
from presskit.model import PressKit, Translation, get_path
from presskit.ui.controller import DocumentController
from presskit.ui.panels.base import Panel, register

LABELS = {"title": "Title", "tagline": "Tagline", "logline": "Logline", "synopsis_short": "Short synopsis",
          "synopsis_long": "Long synopsis", "director_statement": "Director's statement",
          "production_notes": "Production notes"}


@register
class TranslationsPanel(Panel):
    """Edit one language at a time; names, credits and images are shared and not repeated here."""

    TITLE = "Languages"
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
        self.main.activated.connect(lambda _i: ctl.set_field(("language",), self.main.currentData(),
                                                             "Change main language"))
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
            original.setStyleSheet("color: #555;")
            edit = QPlainTextEdit()
            edit.setObjectName(f"translation:{field}")
            edit.setMaximumHeight(70 if field in ("title", "tagline") else 130)
            edit.textChanged.connect(lambda f=field, w=edit: self._edited(f, w.toPlainText()))
            grid.addWidget(original, row, 1)
            grid.addWidget(edit, row, 2)
            self.originals[field], self.edits[field] = original, edit
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)

    def language(self) -> str:
        """The language being edited."""
        return str(self.target.currentData())

    def _edited(self, field: str, text: str) -> None:
        lang = self.language()
        if lang == self.ctl.kit.language:
            return
        if lang not in self.ctl.kit.translations:
            if not text:
                return
            self.ctl.undo_stack.beginMacro(self.tr("Translate {0}").format(field))
            self.ctl.set_field(("translations",), {**self.ctl.kit.translations, lang: Translation()},
                               f"Add {lang} translation")
            self.ctl.set_field(("translations", lang, field), text, f"Translate {field}")
            self.ctl.undo_stack.endMacro()
            return
        self.ctl.set_field(("translations", lang, field), text, f"Translate {field}")

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
        self.missing.setText(self.tr("This is the main language.") if same else
                             self.tr("Untranslated (the main language is used): {0}").format(", ".join(missing))
                             if missing else self.tr("Everything is translated."))
        self.missing.setStyleSheet("color: #b54708;" if missing else "color: #067647;")
