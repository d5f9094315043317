"""Laurels: a festival's own laurel image, or one drawn in the kit's colours around the words."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from presskit.model import Festival
from presskit.pdf.headings import heading_for, pdf_section
from presskit.pdf.images import PlacedImage
from presskit.pdf.markup import esc
from presskit.pdf.styles import Styles
from presskit.pdf.tables import fast_cell, kit_table
from presskit.text_safety import one_line

W, H = 132.0, 78.0  # a laurel's size when the row has room; narrower when four share a column
GAP = 14.0  # points between two laurels: they never touch
BRANCH = 40.0  # the branches' share of a laurel's width; the words go between them
FLOOR = 5.5  # the smallest size the words are set at before they wrap onto another line


@cache
def _branches(w: float, h: float) -> Any:
    """Both branches' leaves as one path (one drawing operation instead of eighteen), made once per size."""
    from reportlab.pdfgen.pathobject import PDFPathObject

    path = PDFPathObject()
    for side in (-1, 1):
        for i in range(9):
            t = i / 8  # along the branch, bottom to top, bowing outwards in the middle
            cx = w / 2 + side * (w / 2 - 10 - 10 * (1 - math.sin(math.pi * t)))
            cy = 8 + t * (h - 16)
            angle = math.radians(side * (35 - i * 4))
            points = [(2.6 * math.cos(a), 6.5 * math.sin(a)) for a in (k * math.pi / 6 for k in range(12))]
            rotated = [
                (cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle))
                for x, y in points
            ]
            path.moveTo(*rotated[0])
            for x, y in rotated[1:]:
                path.lineTo(x, y)
            path.close()
    return path


def fit_words(text: str, face: str, sizes: tuple[float, ...], width: float, most: int) -> tuple[float, list[str]]:
    """The words on as few lines as fit the width: the largest size that keeps them to one line, else
    wrapped at the floor size onto up to `most` lines (a word wider than the width is set smaller)."""
    line = one_line(text)
    for size in sizes:
        if stringWidth(line, face, size) <= width:
            return size, [line] if line else []
    size = sizes[-1]
    lines: list[str] = []
    for word in line.split():
        if lines and stringWidth(f"{lines[-1]} {word}", face, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > most:  # still too long: the smallest size that holds it on `most` lines, never cut
        lines = lines[: most - 1] + [" ".join(lines[most - 1 :])]
    widest = max(stringWidth(x, face, size) for x in lines)
    return (size * width / widest if widest > width else size), lines


class DrawnLaurel(Flowable):
    """Two leafy branches around the status, the festival and the year; its words stay real text,
    wrapped or set smaller to fit between the branches, never cut."""

    def __init__(self, festival: Festival, face: str, colour: str, width: float = W, status: str = "") -> None:
        super().__init__()
        self.f, self.face, self.colour = festival, face, colour
        inner = width - BRANCH
        self.blocks = [
            fit_words((status or festival.status).upper(), face, (6.5, FLOOR), inner, 2),
            fit_words(festival.name, face, (8.5, 7, 6, FLOOR), inner, 3),
            fit_words(
                " ".join(x for x in (festival.section, str(festival.year or "")) if x), face, (6.5, FLOOR), inner, 2
            ),
        ]
        text_h = sum(len(lines) * (size + 2) + 3 for size, lines in self.blocks)
        self.width, self.height = width, max(H, text_h + 24)  # read by a table cutting a row across pages

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Any = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor(self.colour))
        c.drawPath(_branches(self.width, self.height), stroke=0, fill=1, fillMode=FILL_NON_ZERO)  # solid leaves
        text_h = sum(len(lines) * (size + 2) + 3 for size, lines in self.blocks)
        y = self.height / 2 + text_h / 2
        for size, lines in self.blocks:
            c.setFont(self.face, size)
            for line in lines:
                y -= size + 2
                c.drawCentredString(self.width / 2, y + 1, line)
            y -= 3
        c.restoreState()


def laurel(f: Festival, st: Styles, colour: str, width: float = W) -> Flowable:
    """The festival's laurel image when it has one that can be read, else a drawn laurel."""
    if f.laurel:
        prepared = st.image(f.laurel, width, H)
        if prepared.source:
            return PlacedImage(prepared, width, H)
    face = st.fonts.get("label_font", st["label"].fontName)
    return DrawnLaurel(f, face, colour, width, st.words.get(f"status.{f.status}", f.status))


def laurel_row(festivals: list[Festival], st: Styles, width: float, colour: str) -> Table | None:
    """Up to four laurels side by side (winners first), as wide as the column lets them be, apart."""
    ranked = sorted(festivals, key=lambda f: (f.status != "Winner", f.status != "World Premiere"))[:4]
    if not ranked:
        return None
    each = min(W, (width + GAP) / len(ranked) - GAP)
    cells = [[laurel(f, st, colour, each) for f in ranked]]
    t = Table(cells, colWidths=[each + GAP] * (len(ranked) - 1) + [each], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), GAP),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),  # ReportLab's default would be Helvetica
            ]
        )
    )
    return t


@pdf_section("festivals")
def festivals_section(kit: Any, st: Styles, width: float) -> list[Flowable]:
    """Festivals & awards: the laurels, then each selection and the screenings."""
    out = heading_for("festivals", st)
    row = laurel_row(kit.festivals, st, width, kit.style.ink)
    if row is not None:
        out.append(row)
    rows = [
        [
            fast_cell(st.words.get(f"status.{f.status}", f.status), st["cell_muted"], width * 0.3),
            fast_cell(" — ".join(x for x in (f.name, f.section, str(f.year or "")) if x), st["cell"], width * 0.7),
        ]
        for f in kit.festivals
    ]
    if rows:
        out.append(kit_table(rows, [width * 0.3, width * 0.7], st, columns=[st["cell_muted"], st["cell"]]))
    if kit.screenings:
        from presskit.pdf.markup import web_link

        out.append(Paragraph(esc(st.words["screenings"]), st["h2"]))
        srows = [
            [
                Paragraph(esc(s.when), st["cell_muted"]),
                Paragraph(esc(", ".join(x for x in (s.venue, s.city) if x)), st["cell"]),
                Paragraph(web_link(s.tickets) if s.tickets else "", st["cell"]),
            ]
            for s in kit.screenings
        ]
        out.append(kit_table(srows, [width * 0.3, width * 0.4, width * 0.3], st))
    return out
