"""Assemble the press kit PDF: cover, then each section with content, in the template's order."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer

from presskit.errors import PresskitError
from presskit.model import PressKit
from presskit.pdf.canvas import draw_cover_background, numbered_canvas
from presskit.pdf.markup import esc
from presskit.pdf.sections import DEFAULT_ORDER, SECTIONS
from presskit.pdf.styles import Look, Styles, build_styles


class KitDocument(BaseDocTemplate):
    """A doc template that turns every section heading into a PDF outline entry."""

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab's name
        title = getattr(flowable, "outline_title", None)
        if title:
            key = f"s{self.page}_{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0, closed=False)


def _cover(kit: PressKit, st: Styles) -> list[Any]:
    f, r = kit.film, kit.release
    out: list[Any] = [Spacer(1, 150)]
    out.append(Paragraph("PRESS KIT", st["cover_small"]))
    out.append(Spacer(1, 10))
    title = Paragraph(esc(f.title or "Untitled film"), st["cover_title"])
    title.outline_title = f.title or "Untitled film"  # type: ignore[attr-defined]
    out.append(title)
    if f.tagline:
        out += [Spacer(1, 14), Paragraph(esc(f.tagline), st["cover_tag"])]
    if kit.credits.directors:
        out += [Spacer(1, 26), Paragraph(esc("A film by " + " & ".join(kit.credits.directors)).upper(),
                                         st["cover_small"])]
    line = " · ".join(x for x in (r.date_text, r.venue, r.distributor) if x)
    if line:
        out += [Spacer(1, 6), Paragraph(esc(line.upper()), st["cover_small"])]
    return out


def build_pdf(kit: PressKit, look: Look | None = None, order: list[str] | None = None) -> bytes:
    """The PDF of a kit as bytes."""
    look = look or Look()
    st = build_styles(look)
    buf = io.BytesIO()
    w, h = look.pagesize
    m = look.margin
    doc = KitDocument(buf, pagesize=look.pagesize, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                      title=kit.film.title or "Press kit", author=kit.release.distributor or _publicist(kit),
                      subject=f"Press kit: {kit.film.title}".strip(),
                      keywords=", ".join(x for x in ("press kit", kit.film.title, kit.film.genre) if x),
                      creator="Presskit", initialFontName=st["body"].fontName)
    frame = Frame(m, m, w - 2 * m, h - 2 * m, id="body", leftPadding=0, rightPadding=0)
    cover_frame = Frame(m, m + 80, w - 2 * m, h - 2 * m - 80, id="cover", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=lambda c, d: draw_cover_background(c, look)),
        PageTemplate("body", [frame]),
    ])
    story: list[Any] = _cover(kit, st) + [NextPageTemplate("body"), PageBreak()]
    width = w - 2 * m
    first = True
    for name in order or DEFAULT_ORDER:
        part = SECTIONS[name](kit, st, width)
        if not part:
            continue
        if not first and name in ("facts", "synopsis", "cast", "quotes", "contacts"):
            story.append(PageBreak())
        elif not first:
            story.append(Spacer(1, 22))
        story += part
        first = False
    if first:
        story.append(Paragraph("This kit has no content yet.", st["body"]))
    doc.build(story, canvasmaker=numbered_canvas(look, kit.film.title or "Press kit"))
    return buf.getvalue()


def _publicist(kit: PressKit) -> str:
    return next((c.name for c in kit.contacts if c.name), "")


def export_pdf(kit: PressKit, path: str | Path, look: Look | None = None) -> None:
    """Write the kit's PDF to path; the old file is replaced only when the new one is complete."""
    data = build_pdf(kit, look)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise PresskitError(f"Cannot write “{target}”: {exc.strerror}. Choose another folder.") from exc
