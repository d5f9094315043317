"""Page furniture: running header with the film's title, "n / N" page numbers, legal line, cover colour."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from presskit.model import KitStyle
from presskit.pdf.contents import page_form
from presskit.pdf.fonts import Fallback, register_fallback
from presskit.pdf.markup import fit_line

TOTAL_FORM = "presskit_page_total"


def numbered_canvas(
    look: KitStyle,
    title: str,
    label_face: str,
    kind: str = "PRESS KIT",
    sections: dict[str, int] | None = None,
    toc_font: tuple[str, float] = ("", 11),
) -> type[Canvas]:
    """A canvas class that writes "n / N" on every page but the cover. Each page is written when it
    ends, so bookmarks and contents links point at the page they were made on; N, known only at the
    end, is one small form that every page draws and that is defined when the document is saved, as
    are the contents' page numbers (sections: bookmark key -> page, filled in while the kit is laid out)."""
    starts = sections if sections is not None else {}

    class NumberedCanvas(Canvas):
        total: int | None = None  # N when only the first pages are written (a preview's first look)

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            if self._pageNumber > 1:
                _furniture(self, look, title, label_face, kind, self._pageNumber)
            super().showPage()

        def save(self) -> None:
            if len(self._code):  # a page still open is ended (with its furniture) first
                self.showPage()
            self.beginForm(TOTAL_FORM)
            self.setFont(label_face, 7.5)
            self.setFillColor(colors.HexColor(look.muted))
            self.drawString(0, 0, str(self.total or self._pageNumber - 1))
            self.endForm()
            for key, page in starts.items():  # right-aligned on the form's origin, inside its box
                self.beginForm(page_form(key), -60, -4, 0, 20)
                self.setFont(toc_font[0] or label_face, toc_font[1])
                self.setFillColor(colors.HexColor(look.ink))
                self.drawRightString(0, 0, str(page) if page else "")
                self.endForm()
            super().save()

    return NumberedCanvas


def text_out(t: PDFTextObject, text: str, face: str, size: float) -> None:
    """Text into a text object, the characters the face lacks (★, a script it does not cover) set in
    the fallback font, as paragraphs set them."""
    for fallback, run in groupby(text, key=Fallback.needed):
        t.setFont(register_fallback() if fallback else face, size)
        t.textOut("".join(run))


def _furniture(c: Canvas, look: KitStyle, title: str, face: str, kind: str, page: int) -> None:
    """The running header (title left, kind right, a rule) and the footer (legal line, "n / N")."""
    w, h = look.pagesize
    m = look.margin
    c.saveState()
    reset = c.beginText()  # the page's own text may have left letter spacing on: the furniture has none
    reset.setCharSpace(0)
    c.drawText(reset)
    c.setFont(face, 7.5)
    c.setFillColor(colors.HexColor(look.muted))
    kind = fit_line(kind, face, 7.5, (w - 2 * m) / 3)
    room = w - 2 * m - c.stringWidth(kind, face, 7.5) - 18  # the title stops short of the kind
    t = c.beginText(m, h - m * 0.55)
    t.setFont(face, 7.5)
    t.setCharSpace(1.2)
    text_out(t, fit_line(title.upper(), face, 7.5, room, char_space=1.2), face, 7.5)
    t.setCharSpace(0)  # the spacing is text state: left on, it would widen every string drawn after
    c.drawText(t)
    c.drawRightString(w - m, h - m * 0.55, kind)
    c.setStrokeColor(colors.HexColor(look.accent))
    c.setLineWidth(0.6)
    c.line(m, h - m * 0.55 - 5, w - m, h - m * 0.55 - 5)
    number = f"{page} / {page}"  # as wide as it will be, near enough: N has as many digits as n, or one more
    left = w / 2 - c.stringWidth(number, face, 7.5) / 2
    c.drawString(left, m * 0.45, f"{page} / ")
    c.saveState()
    c.translate(left + c.stringWidth(f"{page} / ", face, 7.5), m * 0.45)
    c.doForm(TOTAL_FORM)
    c.restoreState()
    if look.legal_line:
        legal = c.beginText(m, m * 0.45)  # left of the page number, never under it
        text_out(legal, fit_line(look.legal_line, face, 6.5, w / 2 - m - c.stringWidth(number, face, 7.5)), face, 6.5)
        c.drawText(legal)
    c.restoreState()
