"""The cover page, a one-sheet: the key art (or a typographic cover without it), the title, a pull
quote, the laurels, the billing block, the contacts with the screener links, the embargo line; and the
contents page."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from presskit.contrast import contrast, readable
from presskit.model import PressKit
from presskit.onesheet import billing, printed_links, pull_quote
from presskit.pdf.billing import BillingBlock
from presskit.pdf.cover_parts import (
    Block,
    Ink,
    columns,
    contact_markup,
    fitted_title,
    flow_block,
    laurels,
    para,
    quote_markup,
    rule,
    title_size,
    tracked,
)
from presskit.pdf.fonts import missing_glyphs
from presskit.pdf.images import PlacedImage, Prepared
from presskit.pdf.keyart import KeyArt, draw_key_art, key_art, natural_height, smallest_height
from presskit.pdf.laurels import laurel
from presskit.pdf.links import link_markup
from presskit.pdf.markup import esc
from presskit.pdf.styles import Styles
from presskit.text_safety import one_line

SCALES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)  # the cover's text is set smaller, step by step, until it fits
LOGO = (130.0, 40.0)  # the distributor's logo at most, under the billing block
BAND = 20.0
MAX_LAURELS = 4  # on the cover; the festivals section lists every one  # height of the embargo band across the top


def inks(kit: PressKit) -> Ink:
    """The cover's colours from the style: the dark layout on its cover colour, the light one on paper."""
    s = kit.style
    if s.cover_layout == "dark":
        accent = s.accent if contrast(s.accent, s.cover_bg) >= 3 else s.cover_ink
        return Ink(s.cover_bg, s.cover_ink, accent, s.cover_ink)
    return Ink("#ffffff", s.ink, readable(s.accent, "#ffffff", 3.0), readable(s.muted))


class CoverPage(Flowable):
    """The whole cover, drawn in page coordinates over the cover frame it is given."""

    def __init__(self, kit: PressKit, st: Styles) -> None:
        super().__init__()
        self.kit, self.st, self.ink = kit, st, inks(kit)
        w, h = kit.style.pagesize
        self.art: KeyArt | None = key_art(kit, st, w, h)
        self.logo = st.image(kit.style.logo, *LOGO) if kit.style.logo.strip() else None
        self.origin = (0.0, 0.0)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return avail_w, avail_h

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - ReportLab's names
        self.origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        c: Any = self.canv
        c.saveState()
        c.translate(-self.origin[0], -self.origin[1])  # page coordinates: the cover bleeds to the edges
        paint(c, self.kit, self.st, self.ink, self.art, self.logo)
        c.restoreState()


def paint(c: Any, kit: PressKit, st: Styles, ink: Ink, art: KeyArt | None, logo: Prepared | None = None) -> None:
    """Lay the cover out and draw it. The art takes the room the text leaves, up to its own size;
    without art, a panel of colour holding the title takes its place."""
    w, h = kit.style.pagesize
    m = kit.style.margin
    c.setFillColor(colors.HexColor(ink.bg))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    top = h - _band(c, kit, st.fonts["label_font"], ink, w, h)
    panel = panel_ink(kit, ink)
    for scale in SCALES:
        heads = _heads(kit, st, panel if art is None else ink, m, w - 2 * m, (40 if art else 76) * scale, scale)
        message = _message(kit, st, ink, m, w - 2 * m, scale)
        if art is None and message:
            message[0].gap = 0  # under the panel, not under a title
        middle = (heads if art else []) + message
        foot = _foot(kit, st, ink, m, w - 2 * m, scale, logo)
        room = top - _height(middle + foot) - m * 0.6 - 56
        least = smallest_height(art, w, h, m) if art else _height(heads) + 2 * m
        if room >= least:
            break
    y_foot = m * 0.6 + _height(foot)
    spare = room - natural_height(art, w, h, m) if art else 0.0
    if art is not None and spare > 100:  # a sparse kit: a larger title rather than empty paper
        middle[: len(heads)] = _heads(kit, st, ink, m, w - 2 * m, 40 + min(24.0, spare / 8), 1.0)
        room = top - _height(middle + foot) - m * 0.6 - 56
    if art is not None:
        lead = max(0.0, min(room, natural_height(art, w, h, m)))
        pad = 0.0 if art.landscape else m * 0.5
        draw_key_art(c, art, 0 if art.landscape else m, top - pad, w if art.landscape else w - 2 * m, lead)
        top -= lead + pad
    else:
        lead = max(_height(heads) + 2 * m, min(room, h * (0.62 if middle else 0.8)))
        c.setFillColor(colors.HexColor(panel.bg))
        c.rect(0, top - lead, w, lead, stroke=0, fill=1)
        _stack(c, heads, top - (lead - _height(heads)) / 2)
        top -= lead
    free = top - y_foot - _height(middle)
    _stack(c, middle, top - free / 2)
    _stack(c, foot, y_foot)


def _height(blocks: list[Block]) -> float:
    return sum(b.height + b.gap for b in blocks)


def _stack(c: Any, blocks: list[Block], y: float) -> None:
    """Draw blocks one under the other from y down."""
    for block in blocks:
        y -= block.gap
        block.draw(c, y)
        y -= block.height


def panel_ink(kit: PressKit, ink: Ink) -> Ink:
    """The colours of the title panel of a cover without art: the accent on a dark cover (when the
    cover's own colour reads on it), the ink on paper."""
    s = kit.style
    if s.cover_layout == "dark" and contrast(s.accent, s.cover_bg) >= 4.5:
        return Ink(s.accent, s.cover_bg, s.cover_bg, s.cover_bg)
    if s.cover_layout == "dark":
        return Ink(s.cover_ink, s.cover_bg, s.cover_bg, s.cover_bg)
    light = "#ffffff" if contrast("#ffffff", s.ink) >= 4.5 else s.cover_bg
    return Ink(s.ink, light, light, light)


def _band(c: Any, kit: PressKit, face: str, ink: Ink, w: float, h: float) -> float:
    """The embargo line in a band across the top (its height), or a thin accent band on paper."""
    line = one_line(kit.embargo)
    if not line:
        if kit.style.cover_layout == "light":
            c.setFillColor(colors.HexColor(kit.style.accent))
            c.rect(0, h - 8, w, 8, stroke=0, fill=1)
            return 8.0
        return 0.0
    band = kit.style.accent
    text = ink.bg if contrast(ink.bg, band) >= contrast("#ffffff", band) else "#ffffff"
    if contrast(text, band) < 4.5:
        band, text = ink.text, ink.bg
    c.setFillColor(colors.HexColor(band))
    c.rect(0, h - BAND, w, BAND, stroke=0, fill=1)
    tracked(line, face, 7.5, text, 0, w).draw(c, h - 6)
    return BAND


def _heads(kit: PressKit, st: Styles, ink: Ink, x: float, width: float, biggest: float, scale: float) -> list[Block]:
    """Kicker, title and tagline, the title as large as the width allows up to biggest."""
    f, label, display = kit.film, st.fonts["label_font"], st.fonts["display_font"]
    title = one_line(f.title) or "Untitled film"
    size = title_size(title, display, width, biggest)
    out = [tracked(st.words["press_kit"], label, 8.5 * max(scale, 0.8), ink.accent, x, width)]
    out.append(
        flow_block(
            fitted_title(title, display, size, ink.text, width, kit.style.pagesize[1] * 0.4), x, width, 10 * scale
        )
    )
    if f.tagline.strip():
        out.append(flow_block(para(esc(one_line(f.tagline)), display, 15 * scale, ink.text, 1.3), x, width, size * 0.3))
    return out


def _message(kit: PressKit, st: Styles, ink: Ink, x: float, width: float, scale: float) -> list[Block]:
    """The pull quote and the laurels: what sells the film under its title."""
    label, display = st.fonts["label_font"], st.fonts["display_font"]
    out: list[Block] = []
    q = pull_quote(kit, lambda text: not missing_glyphs(display, text))
    if q is not None:
        words, who = quote_markup(q, label, ink.accent)
        out.append(flow_block(para(words, display, 14 * scale, ink.text, 1.3), x, width * 0.8, 20 * scale))
        out[-1].draw = _shifted(out[-1].draw, width * 0.1)
        if who:
            out.append(flow_block(para(who, label, 7.5 * max(scale, 0.8), ink.accent), x, width, 6 * scale))
    shown = [laurel(f, st, ink.text) for f in kit.festivals[:MAX_LAURELS]]  # in the publicist's order
    if shown:
        out.append(laurels(shown, x, width, 20 * scale, 0.85 * scale))
    return out


def _shifted(draw: Any, dx: float) -> Any:
    def moved(c: Any, top: float) -> None:
        c.saveState()
        c.translate(dx, 0)
        draw(c, top)
        c.restoreState()

    return moved


def _foot(
    kit: PressKit, st: Styles, ink: Ink, x: float, width: float, scale: float, logo: Prepared | None
) -> list[Block]:
    """Release line, billing block, the distributor's logo, a rule, then the contacts and links."""
    r, label = kit.release, st.fonts["label_font"]
    out: list[Block] = []
    line = " · ".join(one_line(v) for v in (r.date_text, r.venue) if v.strip())
    if line:
        out.append(tracked(line, label, 8 * max(scale, 0.8), ink.accent, x, width))
    credits = billing(kit, kit.language)
    block = flow_block(BillingBlock(credits, label, ink.soft, 8.5 * max(scale, 0.7)), x, width, 8)
    if credits and block.height <= kit.style.pagesize[1] * 0.2:  # else only a pathological kit's (cast, crew lists)
        out.append(block)
    if logo is not None and logo.source:
        out.append(flow_block(PlacedImage(logo, LOGO[0] * scale, LOGO[1] * scale), x, width, 12))
    cells = [contact_markup(ct, ink.accent) for ct in kit.contacts[:3] if ct.name.strip() or ct.email.strip()]
    cells += [link_markup(link, kit.language, ink.accent) for link in printed_links(kit)[: 4 - len(cells)]]
    if cells:
        out.append(rule(ink.soft, x, width, 12))
        out.append(columns(cells, label, ink.soft, x, width, 7 * max(scale, 0.85)))
        out[-1].gap = 8
    return out


def cover(kit: PressKit, st: Styles, width: float, height: float) -> list[Any]:
    """The cover, always one page: its text is set smaller rather than run on."""
    page = CoverPage(kit, st)
    page.outline_title, page.in_toc = one_line(kit.film.title) or "Untitled film", False  # type: ignore[attr-defined]
    return [page]
