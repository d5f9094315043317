"""The cover page (logo, key art, title, tagline, credits, laurels)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepInFrame, Paragraph, Spacer

from presskit.i18n import film_by
from presskit.model import PressKit
from presskit.pdf.images import PlacedImage
from presskit.pdf.laurels import laurel_row
from presskit.pdf.markup import esc
from presskit.pdf.styles import Styles


def cover(kit: PressKit, st: Styles, width: float, height: float) -> list[Any]:
    """The cover, always one page: text too long for it is set smaller rather than run on."""
    f, r = kit.film, kit.release
    out: list[Any] = []
    if st.look.logo:
        logo = st.image(st.look.logo, 150, 50)
        if logo.source:
            out += [PlacedImage(logo, 150, 50), Spacer(1, 12)]
    if kit.stills:
        art = st.image(kit.stills[0].file, width, height * 0.45)
        out += [PlacedImage(art, width, height * 0.45), Spacer(1, 28)]
    else:
        out.append(Spacer(1, 150))
    out += [Paragraph(esc(st.words["press_kit"].upper()), st["cover_small"]), Spacer(1, 10)]
    out.append(Paragraph(esc(f.title or "Untitled film"), st["cover_title"]))
    if f.tagline:
        out += [Spacer(1, 14), Paragraph(esc(f.tagline), st["cover_tag"])]
    if kit.credits.directors:
        out += [
            Spacer(1, 26),
            Paragraph(esc(film_by(st.words, kit.credits.directors)).upper(), st["cover_small"]),
        ]
    line = " · ".join(x for x in (r.date_text, r.venue, r.distributor) if x)
    if line:
        out += [Spacer(1, 6), Paragraph(esc(line.upper()), st["cover_small"])]
    row = laurel_row(
        kit.festivals, st, width, kit.style.cover_ink if kit.style.cover_layout == "dark" else kit.style.ink
    )
    if row is not None:
        out += [Spacer(1, 18), row]
    page = KeepInFrame(0, 0, out, mode="shrink")  # the frame's own size; a cover that fits is drawn as is
    page.outline_title, page.in_toc = f.title or "Untitled film", False  # type: ignore[attr-defined]
    return [page]
