"""Section headings (a kicker over the title, the title an outline entry and, with a key, a contents
line), and the PDF's drawing functions, one per section of presskit.sections: `@pdf_section("crew")`."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from presskit.model import PressKit
from presskit.pdf.markup import esc
from presskit.pdf.styles import Styles
from presskit.sections import SectionDrawers

DrawSection = Callable[[PressKit, Styles, float], list[Flowable]]
"""A section's flowables for a kit that has content in it, in a frame of a width."""
pdf_section: SectionDrawers[DrawSection] = SectionDrawers("PDF")


def heading(title: str, st: Styles, kicker: str = "", key: str = "") -> list[Flowable]:
    """A section heading; its outline entry (and contents line, when it has a key) is added by the
    document when it is drawn."""
    h = Paragraph(esc(title), st["h1"])
    h.outline_title, h.outline_key = title, key or None  # type: ignore[attr-defined]
    return ([Paragraph(esc(kicker.upper()), st["kicker"])] if kicker else []) + [h]


def heading_for(section: str, st: Styles) -> list[Flowable]:
    """The heading of a section in the export's language (resources/i18n)."""
    title, kicker = st.headings[section]
    return heading(title, st, kicker, section)
