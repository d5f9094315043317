"""The imported article beside the panels, with what was extracted highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from presskit.model import PressKit, Source
from presskit.ui import colours
from presskit.ui.selection_use import USES


class ArticleView(QPlainTextEdit):
    """Read-only article text; click a highlight to go to its field, select text to use it."""

    fieldRequested = Signal(str)  # noqa: N815 - dotted field path of a clicked highlight
    useSelection = Signal(str, str)  # noqa: N815 - (kind, see selection_use.USES; selected text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("article")
        self.sources: list[Source] = []
        self.current: str | None = None

    def show_kit(self, kit: PressKit, document: int = 0) -> None:
        """Show one of the kit's documents (its first article unless told) and highlight every value
        that came from it."""
        text = kit.documents[document].text if 0 <= document < len(kit.documents) else ""
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.sources = kit.sources_of(document)
        self._paint()

    def _paint(self) -> None:
        selections = []
        for src in self.sources:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.textCursor()
            sel.cursor.setPosition(src.start)
            sel.cursor.setPosition(src.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            if src.field == self.current:
                fmt.setBackground(colours.tint(colours.FOUND, 0.6))
            else:
                fmt.setBackground(colours.tint(colours.INFERRED if src.inferred else colours.FOUND, 0.25))
            fmt.setToolTip(src.field + (" (inferred)" if src.inferred else ""))
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    def source_at(self, position: int) -> Source | None:
        """The innermost highlight at a character position."""
        hits = [s for s in self.sources if s.start <= position < s.end]
        return min(hits, key=lambda s: s.end - s.start) if hits else None

    def reveal(self, field: str) -> bool:
        """Scroll to the source of a field and mark it; False when it has none."""
        src = next((s for s in self.sources if s.field == field or s.field.startswith(field + ".")), None)
        self.current = src.field if src else None
        self._paint()
        if src is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(src.start)
        self.setTextCursor(cursor)
        self.centerCursor()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A click (not a drag-selection) on a highlight selects the field it filled."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            src = self.source_at(self.cursorForPosition(event.position().toPoint()).position())
            if src:
                self.current = src.field
                self._paint()
                self.fieldRequested.emit(src.field)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """Selected text can fill a quote, the synopsis, a cast or crew row, the title, a director, a
        writer or the release date."""
        menu = self.createStandardContextMenu()
        text = self.textCursor().selectedText().replace("\u2029", "\n").strip()
        if text:
            menu.addSeparator()
            for kind, label in USES:
                act = menu.addAction(self.tr(label))
                act.triggered.connect(lambda _=False, k=kind, t=text: self.useSelection.emit(k, t))
        menu.exec(event.globalPos())
