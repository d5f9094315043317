"""Register the shipped open-licence fonts with ReportLab (once per process)."""

from __future__ import annotations

import io
import unicodedata
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from presskit.files import describe, font_stem, printable, read_font
from presskit.fonts import FAMILIES
from presskit.resources import kit_file, resource


def register_any(font: str, fallback: str, base_dir: Path) -> tuple[str, str]:
    """Register a shipped family or a TrueType file; an unusable font falls back with a warning."""
    if font in FAMILIES:
        return register(font), ""
    path = kit_file(font, base_dir)
    if path.suffix.lower() in (".ttf", ".otf") and describe(path) is None:
        try:
            return register_file(str(path)), ""
        except Exception:  # noqa: BLE001 - ReportLab raises many kinds for bad fonts
            return register(
                fallback
            ), f"Font “{printable(path.name)}” is not a font Presskit can use; using {fallback}."
    return register(fallback), f"Font “{printable(Path(font).name)}” was not found; using {fallback}."


def missing_glyphs(face: str, text: str) -> set[str]:
    """The characters of text (letters, digits, punctuation) that a registered font has no glyph for."""
    font = pdfmetrics.getFont(face)
    cmap = getattr(getattr(font, "face", None), "charToGlyph", None)
    if not cmap:
        return set()
    return {
        ch
        for ch in set(text)
        if ch.isprintable()
        and not ch.isspace()
        and ord(ch) not in cmap
        and unicodedata.category(ch)[0] in "LNPS"
        and unicodedata.category(ch) != "Cf"
    }


@cache
def register_file(path: str) -> str:
    """Register a user's TrueType font file under a name derived from its file name."""
    name = "User-" + font_stem(Path(path))
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(read_font(Path(path)))))
    return name


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
