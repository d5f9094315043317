"""Assemble the press kit PDF: cover, contents, then each section with content, in the template's order."""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from presskit.errors import PresskitError
from presskit.model import KitStyle, PressKit
from presskit.pdf.canvas import numbered_canvas
from presskit.pdf.contents import contents
from presskit.pdf.cover import cover
from presskit.pdf.flow import SECTION_ROOM, flow
from presskit.pdf.glyphs import check_glyphs
from presskit.pdf.sections import DRAWN
from presskit.pdf.styles import build_styles
from presskit.sections import DEFAULT_ORDER, printed
from presskit.text_safety import one_line

rl_config.useA85 = 0  # ASCII85 makes image streams 25% bigger and export ~10x slower; PDF needs no text encoding
CONTENTS_FROM = 6  # sections a kit must have for a contents list to be worth its room


@dataclass
class Export:
    """A finished PDF and what the publicist should know about it (images that could not be placed)."""

    data: bytes
    warnings: list[str] = field(default_factory=list)


RENDER_LOCK = threading.Lock()  # ReportLab keeps global state (fonts, config): one render at a time


class Cancelled(Exception):
    """The export was cancelled by the user before it finished."""


LAST_WHOLE: dict[str, Any] = {"pages": 0, "sections": {}}  # the last whole PDF made (under RENDER_LOCK)


class _Enough(Exception):
    """The pages asked for are laid out (a preview's first look)."""


class KitDocument(BaseDocTemplate):
    """A doc template that turns every section heading into an outline entry and a contents line."""

    cancelled: Callable[[], bool] = staticmethod(lambda: False)  # type: ignore[assignment]
    progress: Callable[[int], None] = staticmethod(lambda page: None)  # type: ignore[assignment]
    sections: dict[str, int]  # bookmark key -> the page the section starts on, for the contents
    through_page: int | None = None  # stop once this many pages are laid out

    def handle_pageBegin(self) -> None:  # noqa: N802 - ReportLab's name
        """Report progress and stop early when cancelled."""
        if self.cancelled():
            raise Cancelled()
        if self.through_page is not None and self.page >= self.through_page:
            raise _Enough()
        self.progress(self.page + 1)
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - ReportLab's name
        title = one_line(getattr(flowable, "outline_title", "") or "")
        if title:
            key = f"s{getattr(flowable, 'outline_key', None) or id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0, closed=False)
            if key in self.sections:
                self.sections[key] = self.page


def render(
    kit: PressKit,
    look: KitStyle | None = None,
    order: list[str] | None = None,
    base_dir: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int], None] | None = None,
    lang: str | None = None,
    through_page: int | None = None,
) -> Export:
    """The PDF of a kit in a language (default: its main one), with the warnings raised while making
    it; raises Cancelled if asked to stop, PresskitError if the fonts cannot print the language.
    With through_page, only the first pages (the preview's page on show, quickly; the page total and
    the contents' pages of sections not laid out yet are the last whole PDF's)."""
    with RENDER_LOCK:
        return _render(kit, look, order, base_dir, cancelled, progress, lang, through_page)


def _render(
    kit: PressKit,
    look: KitStyle | None,
    order: list[str] | None,
    base_dir: Path | None,
    cancelled: Callable[[], bool] | None,
    progress: Callable[[int], None] | None,
    lang: str | None,
    through_page: int | None = None,
) -> Export:
    from presskit.i18n import labels, localized

    look = look or kit.style
    words_lang = lang or kit.language
    try:
        labels(words_lang)
    except PresskitError:
        if lang:
            raise
        words_lang = "en"  # a main language without translation files: English headings
    if lang and lang != kit.language:
        kit = localized(kit, lang)
    st = build_styles(look, base_dir, words_lang)
    check_glyphs(kit, st, strict=lang is not None)  # an explicit language must print; by default, warn
    buf = io.BytesIO()
    w, h = look.pagesize
    m = look.margin
    title, genre = one_line(kit.film.title), one_line(kit.film.genre)
    info = {
        "title": title or "Press kit",
        "author": one_line(kit.release.distributor or _publicist(kit)),
        "subject": f"Press kit: {title}".strip(),
        "keywords": ", ".join(x for x in ("press kit", title, genre) if x),
    }
    doc = KitDocument(
        buf,
        pagesize=look.pagesize,
        leftMargin=m,
        rightMargin=m,
        topMargin=m,
        bottomMargin=m,
        **info,
        creator="Presskit",
        initialFontName=st["body"].fontName,
        invariant=rl_config.invariant,
    )
    if cancelled:
        doc.cancelled = cancelled  # type: ignore[method-assign]
    if progress:
        doc.progress = progress  # type: ignore[method-assign]
    frame = Frame(m, m, w - 2 * m, h - 2 * m, id="body", leftPadding=0, rightPadding=0)
    cover_frame = Frame(m, m + 80, w - 2 * m, h - 2 * m - 80, id="cover", leftPadding=0, rightPadding=0)
    doc.addPageTemplates(
        [
            PageTemplate("cover", [cover_frame]),
            PageTemplate("body", [frame]),
        ]
    )
    width = w - 2 * m
    body: list[Any] = []
    shown = printed(order or look.sections or DEFAULT_ORDER, kit)
    sections = [(DRAWN[s.key](kit, st, width), s.starts_page) for s in shown]
    body, entries = flow(sections, width, h - 2 * m)
    story: list[Any] = cover(kit, st, width, h - 2 * m - 80) + [NextPageTemplate("body"), PageBreak()]
    doc.sections = dict.fromkeys((key for _, key in entries), 0)
    if len(entries) >= CONTENTS_FROM:
        story += contents(st, entries) + [CondPageBreak((h - 2 * m) * SECTION_ROOM)]
    story += body or [Paragraph("This kit has no content yet.", st["body"])]
    toc = st["toc"]
    doc.through_page = through_page
    try:
        doc.build(
            story,
            canvasmaker=numbered_canvas(
                look,
                title or "Press kit",
                st.fonts["label_font"],
                st.words["press_kit"].upper(),
                doc.sections,
                (toc.fontName, toc.fontSize),
            ),
        )
    except _Enough:
        _first_pages_only(doc)
        doc.canv.save()  # the pages laid out so far
        return Export(buf.getvalue(), list(dict.fromkeys(st.warnings)))
    LAST_WHOLE.update(pages=doc.canv.getPageNumber() - 1, sections=dict(doc.sections))
    return Export(buf.getvalue(), list(dict.fromkeys(st.warnings)))


def _first_pages_only(doc: KitDocument) -> None:
    """The first pages alone: "n / N" and the contents' page numbers of sections not laid out yet are
    the last whole PDF's, and their contents lines lead to page 1 (a preview replaces these pages
    with the whole PDF a moment later)."""
    doc.canv.total = max(LAST_WHOLE["pages"], doc.canv.getPageNumber() - 1)  # type: ignore[attr-defined]
    for key, page in doc.sections.items():
        if not page:
            doc.sections[key] = LAST_WHOLE["sections"].get(key, 0)
            dest = doc.canv._bookmarkReference(key)
            dest.fit()
            dest.setPage(PDFObjectReference("Page1"))


def build_pdf(
    kit: PressKit, look: KitStyle | None = None, order: list[str] | None = None, base_dir: Path | None = None
) -> bytes:
    """The PDF of a kit as bytes."""
    return render(kit, look, order, base_dir).data


def _publicist(kit: PressKit) -> str:
    return next((c.name for c in kit.contacts if c.name), "")


def export_pdf(
    kit: PressKit,
    path: str | Path,
    look: KitStyle | None = None,
    order: list[str] | None = None,
    base_dir: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int], None] | None = None,
    lang: str | None = None,
) -> list[str]:
    """Write the kit's PDF to path (replaced only when complete); returns warnings about images."""
    result = render(kit, look, order, base_dir, cancelled, progress, lang)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.unlink(missing_ok=True)  # a link planted under the temporary name is never followed
        tmp.write_bytes(result.data)
        tmp.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise PresskitError(f"Cannot write “{target}”: {exc.strerror}. Choose another folder.") from exc
    return result.warnings
