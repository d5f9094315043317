"""PDF styles as data: a kit's style (fonts, colours, page) turned into ReportLab paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from presskit.i18n import headings, labels
from presskit.model import KitStyle
from presskit.pdf.fonts import Fallback, register_any
from presskit.pdf.images import Prepared, prepare
from presskit.resources import kit_file


@dataclass
class Styles:
    """The paragraph styles of one export, built from a style, and where its images come from."""

    look: KitStyle
    s: dict[str, ParagraphStyle] = field(default_factory=dict)
    base_dir: Path = field(default_factory=Path.cwd)
    warnings: list[str] = field(default_factory=list)
    fonts: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=lambda: labels("en"))
    headings: dict[str, tuple[str, str]] = field(default_factory=lambda: headings("en"))

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.s[name]

    def image(self, file: str, box_w: float, box_h: float) -> Prepared:
        """An image for the kit, relative paths taken from the document's folder; problems are collected."""
        prepared = prepare(kit_file(file, self.base_dir), box_w, box_h)
        if prepared.problem:
            self.warnings.append(prepared.problem)
        return prepared


def _bold_italic(face: str) -> str:
    """The bold italic face of a family (the last to have all glyphs, when any lacks one)."""
    from reportlab.lib.fonts import tt2ps

    try:
        return str(tt2ps(face, 1, 1))
    except ValueError:
        return face


def build_styles(look: KitStyle, base_dir: Path | None = None, lang: str = "en") -> Styles:
    """A type scale (9 / 10.5 / 13 / 20 / 44 pt) in the style's families and colours."""
    st = Styles(look, base_dir=base_dir or Path.cwd(), words=labels(lang), headings=headings(lang))
    defaults = KitStyle()
    faces = {}
    for role in ("body_font", "display_font", "label_font", "heading_font"):
        face, warning = register_any(getattr(look, role), getattr(defaults, role), st.base_dir)
        faces[role] = face
        if warning:
            st.warnings.append(warning)
    serif, display, sans, heavy = (faces[r] for r in ("body_font", "display_font", "label_font", "heading_font"))
    st.fonts = faces
    Fallback.use([*faces.values(), *(_bold_italic(f) for f in faces.values())])
    ink, muted, accent = (colors.HexColor(c) for c in (look.ink, look.muted, look.accent))
    cover_ink = colors.HexColor(look.cover_ink if look.cover_layout == "dark" else look.ink)
    body = ParagraphStyle(
        "body",
        fontName=serif,
        fontSize=10.5,
        leading=15.5,
        textColor=ink,
        spaceAfter=7,
        allowWidows=0,
        allowOrphans=0,
        alignment=TA_JUSTIFY,  # text ends where the running header does
    )
    st.s.update(
        {
            "body": body,
            "lead": ParagraphStyle("lead", parent=body, fontSize=13, leading=19, spaceAfter=10),
            "h1": ParagraphStyle(
                "h1",
                fontName=heavy,
                fontSize=20,
                leading=24,
                textColor=ink,
                spaceBefore=4,
                spaceAfter=14,
                keepWithNext=0,  # a section starts only where a third of the page is left (builder)
            ),
            "kicker": ParagraphStyle(
                "kicker", fontName=sans, fontSize=8, leading=10, textColor=accent, spaceAfter=4, keepWithNext=1
            ),
            "h2": ParagraphStyle(
                "h2",
                fontName=sans,
                fontSize=9,
                leading=12,
                textColor=muted,
                spaceBefore=10,
                spaceAfter=6,
                keepWithNext=1,
            ),
            "h3": ParagraphStyle(
                "h3",
                fontName=serif,
                fontSize=13,
                leading=17,
                textColor=ink,
                spaceBefore=6,
                spaceAfter=2,
                keepWithNext=1,
            ),
            "label": ParagraphStyle("label", fontName=sans, fontSize=8, leading=11, textColor=muted),
            "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=13, spaceAfter=0, alignment=TA_LEFT),
            "cell_muted": ParagraphStyle(
                "cell_muted", parent=body, fontSize=10, leading=13, textColor=muted, spaceAfter=0, alignment=TA_LEFT
            ),
            "caption": ParagraphStyle(
                "caption", fontName=serif, fontSize=9, leading=12, textColor=ink, spaceBefore=5, spaceAfter=2
            ),
            "pull": ParagraphStyle("pull", fontName=display, fontSize=19, leading=25, textColor=ink, spaceAfter=4),
            "quote": ParagraphStyle(
                "quote",
                fontName=serif,
                fontSize=11.5,
                leading=17,
                textColor=ink,
                spaceAfter=3,
                leftIndent=14,
                alignment=TA_JUSTIFY,
            ),
            "attrib": ParagraphStyle(
                "attrib", fontName=sans, fontSize=8.5, leading=12, textColor=accent, spaceAfter=16, leftIndent=14
            ),
            "cover_title": ParagraphStyle(
                "cover_title", fontName=display, fontSize=44, leading=50, textColor=cover_ink, alignment=TA_LEFT
            ),
            "cover_tag": ParagraphStyle("cover_tag", fontName=display, fontSize=16, leading=22, textColor=cover_ink),
            "cover_small": ParagraphStyle("cover_small", fontName=sans, fontSize=9, leading=14, textColor=accent),
            "toc": ParagraphStyle("toc", fontName=sans, fontSize=11, leading=22, textColor=ink),
            "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        }
    )
    return st
