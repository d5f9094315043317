"""Assemble the press kit PDF: cover, contents, then each section with content, in the template's order."""

from __future__ import annotations

import contextlib
import io
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from presskit.errors import PresskitError
from presskit.model import PressKit
from presskit.pdf.canvas import draw_cover_background, numbered_canvas
from presskit.pdf.contents import contents
from presskit.pdf.cover import cover
from presskit.pdf.fonts import FALLBACK, missing_glyphs, register_fallback
from presskit.pdf.sections import DEFAULT_ORDER, SECTIONS
from presskit.pdf.styles import Look, Styles, build_styles
from presskit.text_safety import one_line

rl_config.useA85 = 0  # ASCII85 makes image streams 25% bigger and export ~10x slower; PDF needs no text encoding
SECTION_ROOM = 0.3  # share of a page a section needs left to start on it; else it starts on the next page
SECTION_GAP = 22.0  # points between a section and the next on the same page
HELD_BLOCK = (
    0.6  # share of a page: a first block up to this tall moves with its heading (the page left is still 30% used)
)
SHORT_TABLE = 8  # rows: a table this short starts on the page its heading is on, or both move on
CONTENTS_FROM = 6  # sections a kit must have for a contents list to be worth its room


@dataclass
class Export:
    """A finished PDF and what the publicist should know about it (images that could not be placed)."""

    data: bytes
    warnings: list[str] = field(default_factory=list)


RENDER_LOCK = threading.Lock()  # ReportLab keeps global state (fonts, config): one render at a time


class Cancelled(Exception):
    """The export was cancelled by the user before it finished."""


class KitDocument(BaseDocTemplate):
    """A doc template that turns every section heading into an outline entry and a contents line."""

    cancelled: Callable[[], bool] = staticmethod(lambda: False)  # type: ignore[assignment]
    progress: Callable[[int], None] = staticmethod(lambda page: None)  # type: ignore[assignment]
    sections: dict[str, int]  # bookmark key -> the page the section starts on, for the contents

    def handle_pageBegin(self) -> None:  # noqa: N802 - ReportLab's name
        """Report progress and stop early when cancelled."""
        if self.cancelled():
            raise Cancelled()
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


def with_first_block(part: list[Any], width: float, most: float) -> list[Any]:
    """A section whose heading is kept with what follows it when that is one block no taller than
    `most` (a short paragraph, a quote, a row of stills or laurels): never a heading alone at the foot
    of a page. A longer block is not held back: it starts under its heading and runs on."""
    at = next((i for i, f in enumerate(part) if getattr(f, "outline_key", None)), None)
    if at is None or at + 1 >= len(part) or _height(part[at + 1], width) > most:
        return part
    block = part[at + 1]
    held = block._content if isinstance(block, KeepTogether) else [block]  # nested, it would never fit
    return [KeepTogether([*part[: at + 1], *held]), *part[at + 2 :]]


def _height(block: Any, width: float) -> float:
    if isinstance(block, KeepTogether):
        return sum(_height(f, width) for f in block._content)
    if isinstance(block, Table) and len(block._cellvalues) > SHORT_TABLE:
        return float("inf")  # not wrapped only to learn that it is long
    return float(block.wrap(width, 1e6)[1]) + block.getSpaceBefore() + block.getSpaceAfter()


class Gap(Spacer):
    """Room between two sections on one page; none at the top of a page."""

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        return (avail_w, 0.0) if frame is not None and frame._atTop else (avail_w, self.height)


def render(
    kit: PressKit,
    look: Look | None = None,
    order: list[str] | None = None,
    base_dir: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int], None] | None = None,
    lang: str | None = None,
) -> Export:
    """The PDF of a kit in a language (default: its main one), with the warnings raised while making
    it; raises Cancelled if asked to stop, PresskitError if the fonts cannot print the language."""
    with RENDER_LOCK:
        return _render(kit, look, order, base_dir, cancelled, progress, lang)


def _render(
    kit: PressKit,
    look: Look | None,
    order: list[str] | None,
    base_dir: Path | None,
    cancelled: Callable[[], bool] | None,
    progress: Callable[[int], None] | None,
    lang: str | None,
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
            PageTemplate("cover", [cover_frame], onPage=lambda c, d: draw_cover_background(c, look)),
            PageTemplate("body", [frame]),
        ]
    )
    width = w - 2 * m
    body: list[Any] = []
    entries: list[tuple[str, str]] = []
    for name in order or look.sections or DEFAULT_ORDER:
        part = SECTIONS[name](kit, st, width)
        entries += [(f.outline_title, f"s{f.outline_key}") for f in part if getattr(f, "outline_key", None)]
        if part:  # a section starts on the same page when enough of it is left: no page a fifth used
            part = with_first_block(part, width, (h - 2 * m) * HELD_BLOCK)
            body += [CondPageBreak((h - 2 * m) * SECTION_ROOM), Gap(1, SECTION_GAP), *part] if body else part
    story: list[Any] = cover(kit, st, width, h - 2 * m - 80) + [NextPageTemplate("body"), PageBreak()]
    doc.sections = dict.fromkeys((key for _, key in entries), 0)
    if len(entries) >= CONTENTS_FROM:
        story += contents(st, entries) + [CondPageBreak((h - 2 * m) * SECTION_ROOM)]
    story += body or [Paragraph("This kit has no content yet.", st["body"])]
    toc = st["toc"]
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
    return Export(buf.getvalue(), list(dict.fromkeys(st.warnings)))


def check_glyphs(kit: PressKit, st: Styles, strict: bool) -> None:
    """Name the characters that neither the template's fonts nor the fallback font can print; refuse
    letters of a translation being exported (strict: its language needs other fonts), warn otherwise."""
    text = " ".join(_strings(kit.model_dump(exclude={"source_text", "sources", "style", "translations"})))
    missing = missing_glyphs(st.fonts["body_font"], text) | missing_glyphs(st.fonts["display_font"], text)
    register_fallback()
    missing &= missing_glyphs(FALLBACK, "".join(missing))
    if not missing:
        return
    sample = "".join(sorted(missing)[:12])
    message = (
        f"The template's fonts cannot print some characters of this kit ({sample}); they would appear as empty boxes."
    )
    if strict and any(unicodedata.category(c).startswith("L") for c in missing):
        raise PresskitError(f"{message} Choose a template with fonts for the {kit.language} language.")
    st.warnings.append(message)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def build_pdf(
    kit: PressKit, look: Look | None = None, order: list[str] | None = None, base_dir: Path | None = None
) -> bytes:
    """The PDF of a kit as bytes."""
    return render(kit, look, order, base_dir).data


def _publicist(kit: PressKit) -> str:
    return next((c.name for c in kit.contacts if c.name), "")


def export_pdf(
    kit: PressKit,
    path: str | Path,
    look: Look | None = None,
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
