"""The fixed words of a kit (section headings, labels), shared by the PDF and the web page."""

from __future__ import annotations

HEADINGS: dict[str, tuple[str, str]] = {  # section -> (heading, kicker)
    "facts": ("At a Glance", "Fact sheet"),
    "synopsis": ("Synopsis", "The story"),
    "statement": ("Director's Statement", ""),
    "cast": ("Cast", "Credits"),
    "crew": ("Crew", ""),
    "bios": ("Biographies", "Cast & crew"),
    "quotes": ("What They Say", "Quotes"),
    "stills": ("Stills", "Images"),
    "notes": ("Production Notes", "About the production"),
    "release": ("Release", ""),
    "contacts": ("Contacts", "Press"),
}
