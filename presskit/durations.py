"""A running time as people write it ("1h44", "104 min", "1:44", "1 h 44 min") in minutes."""

from __future__ import annotations

import re

_HOURS = r"(?:h|hr|hrs|hour|hours|std)\.?"
_MINUTES = r"(?:m|min|mins|minute|minutes|mn|′|')\.?"
_FORMS = [
    re.compile(rf"^(?P<m>\d+)\s*(?:{_MINUTES})?$"),
    re.compile(rf"^(?P<h>\d+)\s*{_HOURS}\s*(?:(?P<m>\d+)\s*(?:{_MINUTES})?)?$"),
    re.compile(r"^(?P<h>\d+):(?P<m>[0-5]\d)$"),
]


def parse_minutes(text: str) -> int | None:
    """Minutes in a running time as typed; None when it is not understood (never a guess)."""
    cleaned = " ".join(text.strip().lower().split())
    for form in _FORMS:
        found = form.match(cleaned)
        if found:
            parts = found.groupdict()
            hours, minutes = int(parts.get("h") or 0), int(parts.get("m") or 0)
            if parts.get("h") is not None and minutes >= 60:
                return None  # "1h75" is a typo, not 135 minutes
            return hours * 60 + minutes
    return None
