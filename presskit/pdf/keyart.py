"""The key art on the cover: a landscape image across the full width of the page (trimmed a little at
top and bottom when the page has less room), a portrait poster whole, never cropped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from presskit.model import PressKit
from presskit.pdf.images import Prepared
from presskit.pdf.styles import Styles

LANDSCAPE = 1.15  # width / height from which key art is set across the page
MOST_TRIM = 0.8  # a landscape image keeps at least this share of its height, else it is fitted whole
MOST_WIDEN = 1.35  # a page with room sets a landscape image this much taller, trimming its sides


@dataclass
class KeyArt:
    """The key art ready to place: the image and its proportions."""

    image: Prepared

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.image.width / self.image.height

    @property
    def landscape(self) -> bool:
        """Wide enough to be set across the page."""
        return self.aspect >= LANDSCAPE


def key_art(kit: PressKit, st: Styles, page_w: float, page_h: float) -> KeyArt | None:
    """The kit's own key art when it has one that can be placed (a problem is a warning); never a still."""
    if not kit.key_art.strip():
        return None
    prepared = st.image(kit.key_art, page_w * MOST_WIDEN, page_h * 0.6)  # its widest, trimmed
    if prepared.source is None or not prepared.width or not prepared.height:
        return None
    return KeyArt(prepared)


def natural_height(art: KeyArt, page_w: float, page_h: float, margin: float) -> float:
    """The most height the art takes: a landscape image across the page (a little taller, its sides
    trimmed, up to half the page), a poster most of the upper page."""
    if art.landscape:
        return min(page_w / art.aspect * MOST_WIDEN, max(page_w / art.aspect, page_h * 0.5))
    return min(page_h * 0.56, (page_w - 2 * margin) / art.aspect)


def smallest_height(art: KeyArt, page_w: float, page_h: float, margin: float) -> float:
    """Below this the art no longer leads the cover: the text is set smaller instead."""
    return min(natural_height(art, page_w, page_h, margin), page_h * (0.2 if art.landscape else 0.3))


def draw_key_art(c: Any, art: KeyArt, x: float, top: float, width: float, height: float) -> None:
    """Draw the art in the band (x, top, width, height): across it, trimmed, when it keeps most of its
    height; otherwise whole and centred."""
    src, aspect = art.image.source, art.aspect
    full_w, full_h = width, width / aspect
    c.saveState()
    if art.landscape and height >= full_h * MOST_TRIM:
        if height > full_h:  # taller than the width gives: the sides are trimmed evenly
            full_w, full_h = height * aspect, height
        p = c.beginPath()
        p.rect(x, top - height, width, height)
        c.clipPath(p, stroke=0, fill=0)
        c.drawImage(src, x + (width - full_w) / 2, top - height / 2 - full_h / 2, full_w, full_h, mask="auto")
    else:
        h = min(height, width / aspect)
        w = h * aspect
        c.drawImage(src, x + (width - w) / 2, top - h, w, h, mask="auto")
    c.restoreState()
