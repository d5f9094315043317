"""The contents: one line per section, linked to it, laid out once. Its page numbers are small forms
that the canvas defines when the document is saved, when every section's page is known, so the kit
is not laid out a second time only to learn them (ReportLab's TableOfContents needs two passes)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer

from presskit.pdf.markup import esc, fit_line
from presskit.pdf.styles import Styles

NUMBER_W = 40.0  # points kept at the right of each line for its page number


def page_form(key: str) -> str:
    """The name of the form that prints the page a section starts on."""
    return f"presskit_toc_{key}"


class ContentsLines(Flowable):
    """The lines of the contents: a section's title, a dotted leader and its page number, the whole
    line a link to the section's bookmark."""

    def __init__(self, entries: list[tuple[str, str]], st: Styles) -> None:
        super().__init__()
        self.entries, self.style = entries, st["toc"]
        self.rule = colors.HexColor(st.look.muted)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width, self.height = avail_w, len(self.entries) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        c: Any = self.canv
        s = self.style
        c.saveState()
        c.setFillColor(s.textColor)
        c.setStrokeColor(self.rule)
        c.setLineWidth(0.5)
        c.setDash(0.5, 3)
        for i, (title, key) in enumerate(self.entries):
            y = self.height - (i + 1) * s.leading + (s.leading - s.fontSize) / 2
            text = fit_line(title, s.fontName, s.fontSize, self.width - NUMBER_W - 12)
            c.setFont(s.fontName, s.fontSize)
            c.drawString(0, y, text)
            end = c.stringWidth(text, s.fontName, s.fontSize) + 6
            if end < self.width - NUMBER_W:
                c.line(end, y + 1, self.width - NUMBER_W + 6, y + 1)
            c.saveState()
            c.translate(self.width, y)
            c.doForm(page_form(key))
            c.restoreState()
            for x0, x1 in ((0, end - 6), (self.width - NUMBER_W, self.width)):  # the title, and its page number
                c.linkRect("", key, (x0, y - 3, x1, y + s.fontSize), relative=1)
        c.restoreState()


def contents(st: Styles, entries: list[tuple[str, str]]) -> list[Flowable]:
    """The contents heading and its lines, for the sections (title, bookmark key) in print order."""
    return [Paragraph(esc(st.words["contents"]), st["h1"]), ContentsLines(entries, st), Spacer(1, 6)]
