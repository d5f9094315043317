"""Where a kit's data names files: stills, festival laurels, the key art, the logo and user fonts.

One list, used by documents (to pack and unpack them), templates and exports, each place named as a
publicist reads it ("still 2", "the logo")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

FONT_ROLES = ("body_font", "display_font", "label_font", "heading_font")
FONT_SUFFIXES = (".ttf", ".otf")


@dataclass
class Reference:
    """One file a kit names: the dict holding it, its key, and how a publicist calls it."""

    holder: dict[str, Any]
    key: str
    what: str

    @property
    def value(self) -> str:
        """The file name as the data gives it."""
        return str(self.holder[self.key])


def is_font_file(value: str) -> bool:
    """A font value that names a file, not one of the shipped families (plain names such as "Lato"):
    anything with a suffix, a slash or a dot, however it ends ("x.ttf/" is a file too)."""
    return value.lower().endswith(FONT_SUFFIXES) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]{0,40}", value)


def style_references(style: Any) -> list[Reference]:
    """The files a style (a kit's or a template's) names: its logo and any user font files."""
    found: list[Reference] = []
    if not isinstance(style, dict):
        return found
    if isinstance(style.get("logo"), str) and style["logo"]:
        found.append(Reference(style, "logo", "the logo"))
    for role in FONT_ROLES:
        value = style.get(role)
        if isinstance(value, str) and is_font_file(value):
            found.append(Reference(style, role, f"the {role.replace('_', ' ')}"))
    return found


def kit_references(data: Any) -> list[Reference]:
    """Every file that kit data (as read from JSON, not yet validated) names."""
    found: list[Reference] = []
    if not isinstance(data, dict):
        return found
    for field, key, what in (("stills", "file", "still"), ("festivals", "laurel", "the laurel of festival")):
        rows = data.get(field)
        for n, row in enumerate(rows if isinstance(rows, list) else [], start=1):
            if isinstance(row, dict) and isinstance(row.get(key), str) and row[key]:
                found.append(Reference(row, key, f"{what} {n}"))
    if isinstance(data.get("key_art"), str) and data["key_art"]:
        found.append(Reference(data, "key_art", "the key art"))
    return found + style_references(data.get("style"))
