"""Laurels: a festival's own laurel image, or one drawn in the kit's colours around the words."""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from presskit.model import Festival
from presskit.pdf.images import PlacedImage
from presskit.pdf.markup import esc, fit_line
from presskit.pdf.styles import Styles
from presskit.pdf.tables import kit_table
from presskit.text_safety import one_line

W, H = 132.0, 78.0
TEXT_W = W - 40  # between the branches


def _branches() -> Any:
    """Both branches' leaves as one path (one drawing operation instead of eighteen)."""
    from reportlab.pdfgen.pathobject import PDFPathObject

    path = PDFPathObject()
    for side in (-1, 1):
        for i in range(9):
            t = i / 8  # along the branch, bottom to top, bowing outwards in the middle
            cx = W / 2 + side * (W / 2 - 10 - 10 * (1 - math.sin(math.pi * t)))
            cy = 8 + t * (H - 16)
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


class DrawnLaurel(Flowable):
    """Two leafy branches around the status, the festival and the year; its words stay real text."""

    def __init__(self, festival: Festival, face: str, colour: str) -> None:
        super().__init__()
        self.f, self.face, self.colour = festival, face, colour
        self.width, self.height = W, H  # read by a table cutting a row across pages

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return W, H

    def draw(self) -> None:
        c: Any = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor(self.colour))
        c.drawPath(_branches(), stroke=0, fill=1, fillMode=FILL_NON_ZERO)  # overlapping leaves stay solid
        lines = [
            (self.f.status.upper(), (6.5, 5.5, 5)),
            (self.f.name, (8.5, 7, 6, 5)[len(self.f.name) >= 22 :]),
            (" ".join(x for x in (self.f.section, str(self.f.year or "")) if x), (6.5, 5.5, 5)),
        ]
        y = H / 2 + 10
        for text, sizes in lines:
            size = next((s for s in sizes if stringWidth(one_line(text), self.face, s) <= TEXT_W), sizes[-1])
            c.setFont(self.face, size)
            c.drawCentredString(W / 2, y, fit_line(text, self.face, size, TEXT_W))  # smaller, then cut
            y -= size + 5
        c.restoreState()


def laurel(f: Festival, st: Styles, colour: str) -> Flowable:
    """The festival's laurel image when it has one that can be read, else a drawn laurel."""
    if f.laurel:
        prepared = st.image(f.laurel, W, H)
        if prepared.source:
            return PlacedImage(prepared, W, H)
    return DrawnLaurel(f, st.fonts.get("label_font", st["label"].fontName), colour)


def laurel_row(festivals: list[Festival], st: Styles, width: float, colour: str) -> Table | None:
    """Up to four laurels side by side (winners first)."""
    ranked = sorted(festivals, key=lambda f: (f.status != "Winner", f.status != "World Premiere"))[:4]
    if not ranked:
        return None
    cells = [[laurel(f, st, colour) for f in ranked]]
    t = Table(cells, colWidths=[min(width / len(ranked), W + 12)] * len(ranked), hAlign="LEFT")
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def festivals_section(kit: Any, st: Styles, width: float) -> list[Flowable]:
    """Festivals & awards: the laurels, then each selection and the screenings."""
    from presskit.pdf.sections import heading_for

    if not kit.festivals and not kit.screenings:
        return []
    out = heading_for("festivals", st)
    row = laurel_row(kit.festivals, st, width, kit.style.ink)
    if row is not None:
        out.append(row)
    rows = [
        [
            Paragraph(esc(f.status), st["cell_muted"]),
            Paragraph(esc(" — ".join(x for x in (f.name, f.section, str(f.year or "")) if x)), st["cell"]),
        ]
        for f in kit.festivals
    ]
    if rows:
        out.append(kit_table(rows, [width * 0.3, width * 0.7], st))
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
