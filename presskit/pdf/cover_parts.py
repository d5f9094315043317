"""The pieces of the cover, each a Block that knows its height for the cover's width and draws itself
centred from a top edge: kicker, title, tagline, pull quote, laurels, release line, billing block,
and the foot with the contacts and the screener links."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from presskit.model import Contact, Quote
from presskit.pdf.markup import esc, mail_link
from presskit.text_safety import one_line


@dataclass
class Ink:
    """The cover's colours: background, text, accent (labels, links), and soft text (billing, foot)."""

    bg: str
    text: str
    accent: str
    soft: str


@dataclass
class Block:
    """A piece of the cover: its height, its gap above, and how to draw it from a top edge."""

    height: float
    draw: Callable[[Any, float], None]
    gap: float = 0.0


def flow_block(item: Flowable, x: float, width: float, gap: float = 0.0, scale: float = 1.0) -> Block:
    """Any flowable (a paragraph, the laurels, the billing block) as a block, centred in the width."""
    w, h = item.wrap(width / scale, 10_000)

    def draw(c: Any, top: float) -> None:
        c.saveState()
        c.translate(x + (width - w * scale) / 2, top - h * scale)
        c.scale(scale, scale)
        item.drawOn(c, 0, 0)
        c.restoreState()

    return Block(h * scale, draw, gap)


def para(text: str, face: str, size: float, colour: str, lead: float = 1.2, align: int = TA_CENTER) -> Paragraph:
    """A paragraph of cover text (markup already escaped)."""
    style = ParagraphStyle(
        "cover", fontName=face, fontSize=size, leading=size * lead, textColor=colors.HexColor(colour), alignment=align
    )
    return Paragraph(text, style)


def tracked(text: str, face: str, size: float, colour: str, x: float, width: float, gap: float = 0.0) -> Block:
    """A short line of spaced capitals (the kicker, the release line), cut to the width if it must be."""
    space = size * 0.1
    line = one_line(text).upper()
    while line and stringWidth(line, face, size) + space * len(line) > width:
        line = line[:-2].rstrip() + "…" if len(line) > 2 else ""

    def draw(c: Any, top: float) -> None:
        wide = stringWidth(line, face, size) + space * (len(line) - 1)
        c.saveState()
        c.setFillColor(colors.HexColor(colour))
        t = c.beginText(x + (width - wide) / 2, top - size)
        t.setFont(face, size)
        t.setCharSpace(space)
        t.textOut(line)
        c.drawText(t)
        c.restoreState()

    return Block(size * 1.25, draw, gap)


def title_size(title: str, face: str, width: float, biggest: float) -> float:
    """The largest size (down to 22 pt) at which every word of the title fits the width, in at most
    three lines."""
    size = biggest
    words = title.split() or [""]
    while size > 22:
        widest = max(stringWidth(w, face, size) for w in words)
        if widest <= width and stringWidth(title, face, size) <= width * 3 * 0.92:
            break
        size -= 2
    return size


def fitted_title(title: str, face: str, size: float, colour: str, width: float, most: float) -> Paragraph:
    """The title at its size, or smaller (to 12 pt) when it would be taller than most; a title longer
    than a cover can hold even then (thousands of characters) ends with an ellipsis on the cover,
    and is whole in the header and the document's properties."""
    while True:
        p = para(esc(title), face, size, colour, 1.1)
        if p.wrap(width, 10_000)[1] <= most or size <= 12:
            break
        size -= 2
    while p.wrap(width, 10_000)[1] > most and len(title) > 1:
        title = title[: int(len(title) * 0.8)].rstrip() + "…"
        p = para(esc(title), face, size, colour, 1.1)
    return p


def quote_markup(q: Quote, label_face: str, accent: str) -> tuple[str, str]:
    """The pull quote's words and its attribution ("— NAME, OUTLET")."""
    who = ", ".join(x for x in (one_line(q.speaker), one_line(q.outlet)) if x)
    return f"<i>“{esc(one_line(q.text))}”</i>", f"— {esc(who.upper())}" if who else ""


def contact_markup(ct: Contact, colour: str) -> str:
    """A contact as the foot of the cover prints it: name, role and company, email, phone."""
    lines = [f"<b>{esc(one_line(ct.name).upper())}</b>"] if ct.name.strip() else []
    lines += [esc(" · ".join(one_line(x) for x in (ct.role, ct.company) if x.strip()))]
    lines += [mail_link(ct.email, colour) if ct.email.strip() else "", esc(one_line(ct.phone))]
    return "<br/>".join(line for line in lines if line)


def columns(cells: list[str], face: str, colour: str, x: float, width: float, size: float) -> Block:
    """Pieces of text side by side (contacts, links), as many columns as pieces, left aligned."""
    gutter = 16.0
    col = (width - gutter * (len(cells) - 1)) / max(1, len(cells))
    paras = [para(cell, face, size, colour, 1.35, TA_LEFT) for cell in cells]
    heights = [p.wrap(col, 10_000)[1] for p in paras]

    def draw(c: Any, top: float) -> None:
        for i, (p, h) in enumerate(zip(paras, heights, strict=True)):
            p.drawOn(c, x + i * (col + gutter), top - h)

    return Block(max(heights, default=0.0), draw)


def rule(colour: str, x: float, width: float, gap: float) -> Block:
    """A hairline across the cover's width."""

    def draw(c: Any, top: float) -> None:
        c.saveState()
        c.setStrokeColor(colors.HexColor(colour))
        c.setLineWidth(0.6)
        c.line(x, top, x + width, top)
        c.restoreState()

    return Block(0.6, draw, gap)


def laurels(items: list[Flowable], x: float, width: float, gap: float, biggest: float) -> Block:
    """Laurels side by side with room between them, centred, smaller when the row would not fit."""
    sizes = [item.wrap(width, 10_000) for item in items]
    space = 12.0
    natural = sum(w for w, _ in sizes) + space * (len(items) - 1)
    scale = min(biggest, width / natural)
    high = max(h for _, h in sizes) * scale

    def draw(c: Any, top: float) -> None:
        left = x + (width - natural * scale) / 2
        for item, (w, h) in zip(items, sizes, strict=True):
            c.saveState()
            c.translate(left, top - high + (high - h * scale) / 2)
            c.scale(scale, scale)
            item.drawOn(c, 0, 0)
            c.restoreState()
            left += (w + space) * scale

    return Block(high, draw, gap)
