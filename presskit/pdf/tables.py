"""The kit's tables: cells of any length wrap, and a row taller than what is left of a page is cut
across pages instead of stopping the export."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from presskit.pdf.fonts import Fallback
from presskit.pdf.markup import esc
from presskit.pdf.styles import Styles
from presskit.text_safety import clean

ROW_SPLIT_MIN = 40.0  # points: a row is cut only when both of its parts are at least this tall (3 lines)
HEAD_SHARE_MAX = 0.3  # rows repeated on every page a table runs onto take at most this share of a page


def fast_cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A plain string when the text fits on one line (drawn as is: no markup, ~20x cheaper to lay out
    than a Paragraph in a long table), else a wrapping Paragraph of the escaped text."""
    line = clean(text)
    if (
        line.isprintable()
        and (line.isascii() or not any(Fallback.needed(c) for c in line))
        and stringWidth(line, style.fontName, style.fontSize) <= width - 12
    ):
        return line
    return Paragraph(esc(line), style)


class CuttingTable(Table):
    """A table that moves a row to the next page when it can, and cuts it where a page ends when even
    an empty page cannot hold it (ReportLab would stop with a LayoutError)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        frame = getattr(self, "_frame", None)  # set by the frame that asks for the split
        repeat: int | tuple[int, ...] = getattr(self, "repeatRows", 0)  # a count of rows, or the rows' indexes
        head = repeat if isinstance(repeat, int) else max(repeat, default=-1) + 1
        if head:
            if not hasattr(self, "_rowHeights"):  # laid out by the frame's wrap before it asks for a split
                self._calc(availWidth, availHeight)
            page = getattr(frame, "_height", availHeight)
            if sum(self._rowHeights[:head]) > page * HEAD_SHARE_MAX:
                self.repeatRows = 0  # a heading that tall is not repeated: it could never be cut, nor leave room
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts or not getattr(frame, "_atTop", False):
            return parts
        self.splitInRow = 1e-6  # nothing above it on this page: cut at whatever height the page leaves
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]

    def _splitCell(self, value: Any, style: Any, oldHeight: float, newHeight: float, width: float) -> Any:  # noqa: N803
        # ReportLab splits a cell's flowables at the column's width, not the width inside its padding, so
        # the first part is laid out too wide and then overflows its row: split at the inner width
        return super()._splitCell(value, style, oldHeight, newHeight, width - style.leftPadding - style.rightPadding)


def splittable(rows: list[list[Any]], widths: list[float], **kwargs: Any) -> Table:
    """A table whose rows can be cut across pages (ReportLab cuts only cells that hold a list): a row
    at the foot of a page is cut there when both parts are tall enough, else the table breaks before it."""
    cells = [[[cell] if isinstance(cell, Flowable) else cell for cell in row] for row in rows]
    return CuttingTable(cells, colWidths=widths, hAlign="LEFT", splitByRow=0, splitInRow=ROW_SPLIT_MIN, **kwargs)


def kit_table(
    rows: list[list[Any]],
    widths: list[float],
    st: Styles,
    header: bool = False,
    columns: list[ParagraphStyle] | None = None,
    repeat: int = 0,
) -> Table:
    """A ruled table of text cells, its header row (if any; or its first `repeat` rows) repeated on
    every page it runs onto."""
    first = repeat or (1 if header else 0)
    t = splittable(rows, widths, repeatRows=first)
    for i, style in enumerate(columns or []):
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (i, first), (i, -1), style.fontName),
                    ("FONTSIZE", (i, first), (i, -1), style.fontSize),
                    ("LEADING", (i, first), (i, -1), style.leading),
                    ("TEXTCOLOR", (i, first), (i, -1), style.textColor),
                ]
            )
        )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
            ]
        )
    )
    return t
