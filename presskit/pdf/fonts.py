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

FALLBACK = "DejaVuSans"  # a shipped font with the symbols the text fonts lack (★, arrows, check marks)


class Fallback:
    """Which characters the export's fonts cannot print and the fallback font can: those are set in
    the fallback font, inside the text's own paragraph (set once per export, under the render lock)."""

    faces: tuple[str, ...] = ()
    cover: dict[int, int] = {}
    gaps: dict[str, bool] = {}

    @classmethod
    def use(cls, faces: list[str]) -> None:
        cls.faces, cls.cover, cls.gaps = tuple(faces), _cmap(register_fallback()), {}

    @classmethod
    def needed(cls, ch: str) -> bool:
        """Whether a character is missing from one of the export's fonts and in the fallback font."""
        hit = cls.gaps.get(ch)
        if hit is None:
            code = ord(ch)
            hit = code in cls.cover and any(code not in _cmap(face) for face in cls.faces)
            cls.gaps[ch] = hit
        return hit


def _cmap(face: str) -> dict[int, int]:
    return getattr(getattr(pdfmetrics.getFont(face), "face", None), "charToGlyph", None) or {}


@cache
def register_fallback() -> str:
    """Register the fallback font (bold and italic map to it too: it has one face)."""
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK, str(resource("fonts", f"{FALLBACK}.ttf"))))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)
    return FALLBACK


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
