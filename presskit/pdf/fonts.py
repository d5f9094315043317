"""Register the shipped open-licence fonts with ReportLab (once per process)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from presskit.resources import resource

# family name -> (regular, bold, italic, bold italic) file stems in resources/fonts
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "NotoSerif": ("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"),
    "NotoSerifDisplay": ("NotoSerifDisplay-Regular", "NotoSerifDisplay-Bold", "NotoSerifDisplay-Italic",
                         "NotoSerifDisplay-Bold"),
    "NotoSans": ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
    "Lato": ("Lato-Regular", "Lato-Bold", "Lato-Italic", "Lato-BoldItalic"),
    "LatoBlack": ("Lato-Black", "Lato-Black", "Lato-Black", "Lato-Black"),
    "LatoLight": ("Lato-Light", "Lato-Light", "Lato-Light", "Lato-Light"),
}


@cache
def register(family: str) -> str:
    """Register a family (regular/bold/italic) and return its regular face name for styles."""
    if family not in FAMILIES:
        raise KeyError(f"Unknown font family {family!r}; shipped: {', '.join(FAMILIES)}")
    faces = FAMILIES[family]
    names = []
    for stem in faces:
        if stem not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(stem, str(resource("fonts", f"{stem}.ttf"))))
        names.append(stem)
    regular, bold, italic, bold_italic = names
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, italic)
    addMapping(regular, 1, 1, bold_italic)
    return regular
