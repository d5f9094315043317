"""Paragraphs under a press-notes heading of their own ("Logline", "Short synopsis", "Long synopsis")."""

from __future__ import annotations

import re

from presskit.extract.result import Extraction, Found

HEADINGS = {  # the Extraction field -> the headings it is read under
    "logline": ("Logline", "Log line"),
    "synopsis_short": ("Short synopsis",),
    "synopsis_long": ("Long synopsis",),
}


def under_heading(text: str, *headings: str) -> Found | None:
    """The paragraph under the first of these headings standing on its line (a colon allowed), as the
    text has it (line breaks kept); None when the text has no such heading."""
    names = "|".join(re.escape(h) for h in headings)
    m = re.search(rf"(?im)^[ \t]*(?:{names})[ \t]*:?[ \t]*\n+((?:[^\n]+\n?)+)", text)
    if not m:
        return None
    body = m.group(1).rstrip()
    return Found(body, (m.start(1), m.start(1) + len(body))) if body.strip() else None


def read_headed(result: Extraction) -> None:
    """Fill the extraction's headed paragraphs from its text."""
    for field_name, headings in HEADINGS.items():
        setattr(result, field_name, under_heading(result.text, *headings))
