"""The article pane of a kit built from many sources: a choice of the kit's documents above the
article text, which shows the chosen one with the values that came from it highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from presskit.model import PressKit, SourceDocument
from presskit.ui.article_view import ArticleView


def document_title(document: SourceDocument) -> str:
    """A document as the switcher lists it: its outlet (or headline), then its file or address."""
    first = document.outlet or document.title
    name = document.name or "(pasted text)"
    return f"{first} — {name}" if first and first != name else name


def document_tip(document: SourceDocument) -> str:
    """Everything the kit remembers about a document, one line each."""
    lines = [document.name, document.title, document.byline and f"By {document.byline}", document.published]
    if document.added:
        lines.append(f"Added {document.added.isoformat()}")
    return "\n".join(line for line in lines if line)


class SourcePane(QWidget):
    """The combo of sources and the article view; ``show_kit`` keeps the chosen source on show."""

    def __init__(self, article: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self.article = article
        self.kit = PressKit()
        self.choice = QComboBox()
        self.choice.setObjectName("sources")
        self.choice.setToolTip(self.tr("Which of the kit's sources the article pane shows"))
        self.choice.currentIndexChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.choice)
        layout.addWidget(article, 1)

    def current(self) -> int:
        """The index in the kit's documents of the source on show."""
        return max(self.choice.currentIndex(), 0)

    def show_kit(self, kit: PressKit) -> None:
        """List the kit's sources and show the one chosen (the first, when it has gone)."""
        self.kit = kit
        keep = self.current() if self.current() < len(kit.documents) else 0
        self.choice.blockSignals(True)
        self.choice.clear()
        for i, document in enumerate(kit.documents):
            self.choice.addItem(document_title(document))
            self.choice.setItemData(i, document_tip(document), Qt.ItemDataRole.ToolTipRole)
        self.choice.setCurrentIndex(keep if kit.documents else -1)
        self.choice.blockSignals(False)
        self.choice.setVisible(bool(kit.documents))
        self.article.show_kit(kit, keep)

    def show_document(self, index: int) -> None:
        """Show one of the kit's sources."""
        if 0 <= index < len(self.kit.documents):
            self.choice.setCurrentIndex(index)

    def reveal(self, field: str) -> bool:
        """Show the source a field's value came from, scrolled to it; False when it has none."""
        found = next((s for s in self.kit.sources if s.field == field or s.field.startswith(field + ".")), None)
        if found is not None and found.document != self.current():
            self.show_document(found.document)
        return self.article.reveal(field)

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.article.current = None
            self.article.show_kit(self.kit, index)
