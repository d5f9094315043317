"""The web page's fonts: the template's faces cut down to the alphabets the page prints and written as
WOFF2 (30–50 kB each instead of whole TrueType files of 500–700 kB)."""

from __future__ import annotations

import contextlib
import hashlib
import html
import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from presskit.files import FileRefused, describe, font_stem, read_font
from presskit.fonts import FAMILIES
from presskit.model import KitStyle
from presskit.resources import kit_file, resource
from presskit.web.latin import shipped

logging.getLogger("fontTools").setLevel(logging.ERROR)  # its notes on old fonts' dates are not the publicist's
ROLES = ("body_font", "display_font", "label_font", "heading_font")
ALWAYS = " .,:;!?-–—…'’‘\"“”()/&·0123456789"  # what a form or a later edit of the page may add
LATIN = frozenset([*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x2000, 0x2070), 0x20AC, 0x2122, 0x2605, 0x2606])
KEPT = 32  # fonts cut, kept for the next export
_MADE: dict[tuple[bytes, frozenset[int]], bytes] = {}  # (font's digest, characters) -> WOFF2


@dataclass(frozen=True)
class WebFont:
    """A font file beside the page: the CSS family it serves and its weight."""

    family: str
    file: str
    weight: int = 400


def page_characters(page: str) -> str:
    """Every character the page can show: its text (tags dropped, entities read), in both cases, since
    the stylesheet sets labels in capitals."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    return "".join(sorted(set(text + text.upper() + text.lower() + ALWAYS)))


def cut(data: bytes, unicodes: set[int], flavor: str) -> bytes:
    """The font cut down to these characters (with their kerning and ligatures), as WOFF2."""
    font = TTFont(io.BytesIO(data), lazy=False)
    options = subset.Options()
    options.flavor = flavor
    options.layout_features = ["*"]
    options.hinting = False  # screens at page sizes: hinting is most of a font's bytes and little of its look
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = flavor
    font.save(out)
    return out.getvalue()


def woff2(data: bytes, characters: str) -> bytes:
    """The font as WOFF2, cut down to what the page prints: a page in Latin letters gets the font's Latin
    part (30–50 kB: shipped for the bundled fonts, else cut once per font and kept, as cutting costs
    ~0.5 s a font), a page in other scripts the characters it prints, kept for its next export."""
    unicodes = frozenset(ord(c) for c in characters if c.isprintable() or c == " ")
    digest = hashlib.sha256(data).digest()
    made = shipped(digest) if unicodes <= LATIN else None  # a bundled font's, cut when Presskit was built
    if made is not None:
        return made
    key = (digest, LATIN if unicodes <= LATIN else unicodes)
    if key not in _MADE:
        if len(_MADE) >= KEPT:
            _MADE.pop(next(iter(_MADE)))
        _MADE[key] = cut(data, set(key[1]), "woff2")
    return _MADE[key]


def _sources(style: KitStyle, base: Path | None) -> dict[str, tuple[str, bytes, int]]:
    """Role -> (CSS family, font bytes, weight) for the four roles, plus the body's bold face."""
    out: dict[str, tuple[str, bytes, int]] = {}
    for role in ROLES:
        family = getattr(style, role)
        user = kit_file(family, base)
        if family not in FAMILIES and user.suffix.lower() in (".ttf", ".otf") and describe(user) is None:
            with contextlib.suppress(FileRefused):  # only a real font travels with the page
                out[role] = (font_stem(user), read_font(user), 400)
                continue
        family = family if family in FAMILIES else getattr(KitStyle(), role)
        regular = FAMILIES[family][0]
        out[role] = (regular, resource("fonts", f"{regular}.ttf").read_bytes(), 400)
        if role == "body_font" and FAMILIES[family][1] != regular:
            out["body_bold"] = (regular, resource("fonts", f"{FAMILIES[family][1]}.ttf").read_bytes(), 700)
    return out


def write_fonts(
    style: KitStyle, folder: Path, page: str, base: Path | None = None
) -> tuple[list[WebFont], dict[str, str]]:
    """Write the style's fonts beside the page as WOFF2 subsets of the page's characters (a font that
    cannot be cut down is copied whole, so the page still shows it); returns them, and role -> the
    CSS family the stylesheet names for it."""
    (folder / "fonts").mkdir(exist_ok=True)
    characters = page_characters(page)
    done: dict[tuple[str, int], WebFont] = {}
    sources = _sources(style, base)
    for family, data, weight in sources.values():
        if (family, weight) in done:
            continue
        stem = family if weight == 400 else f"{family}-{weight}"
        try:
            name = f"fonts/{stem}.woff2"
            (folder / name).write_bytes(woff2(data, characters))
        except Exception:  # noqa: BLE001 - fontTools raises many kinds for fonts it cannot cut
            name = f"fonts/{stem}.ttf"
            (folder / name).write_bytes(data)
        done[(family, weight)] = WebFont(family, name, weight)
    return list(done.values()), {role: family for role, (family, _, _) in sources.items() if role in ROLES}
