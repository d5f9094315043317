"""Press contacts in an article: each line holding an email address, with the name and phone on it."""

from __future__ import annotations

import re

from presskit.extract.names import capital_runs, person_like
from presskit.extract.result import ContactFound, Found

EMAIL_IN_TEXT = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_IN_TEXT = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")
MAX_LINE = 200  # a longer "line" is a paragraph that mentions an address, not a contact


def find_contacts(text: str) -> list[ContactFound]:
    """Every address once, as first found, with the first person's name and a phone number on its line."""
    out: list[ContactFound] = []
    seen: set[str] = set()
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line) > MAX_LINE or "@" not in line:
            continue
        email = EMAIL_IN_TEXT.search(line)
        if not email:
            continue
        address = email.group(0).rstrip(".")
        if address in seen:
            continue
        seen.add(address)
        names = [r for r in capital_runs(line) if person_like(r.text)]
        rest = line[: email.start()] + " " * len(email.group(0)) + line[email.end() :]  # offsets kept
        phone = PHONE_IN_TEXT.search(rest)
        out.append(
            ContactFound(
                email=Found(address, (start + email.start(), start + email.start() + len(address))),
                name=Found(names[0].text, (start + names[0].start, start + names[0].end)) if names else None,
                phone=_phone(phone, start),
            )
        )
    return out


def _phone(m: re.Match[str] | None, offset: int) -> Found | None:
    if m is None:
        return None
    value = m.group(0).strip()
    at = offset + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    return Found(value, (at, at + len(value)))
