"""The fixed words of a kit (section headings, labels) in English; other languages via presskit.i18n."""

from __future__ import annotations

from presskit.i18n import headings

HEADINGS: dict[str, tuple[str, str]] = headings("en")
