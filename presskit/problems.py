"""Turn the kit's rules into small immutable problems the editor and the CLI can show, worded for
a publicist: "Contact 1 (Sam Lee): the email has no @", not "contacts › 1 › email"."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from presskit.model import FieldPath, PressKit, get_path

# what one row of a list is called, and the fields that name it ("Quote 3 (Justin Chang)")
ROWS: dict[FieldPath, tuple[str, tuple[str, ...]]] = {
    ("credits", "cast"): ("Cast member", ("actor", "character")),
    ("credits", "crew"): ("Crew member", ("name",)),
    ("quotes",): ("Quote", ("speaker", "outlet")),
    ("contacts",): ("Contact", ("name", "company", "email")),
    ("festivals",): ("Festival", ("name",)),
    ("screenings",): ("Screening", ("venue", "city")),
    ("stills",): ("Still", ("caption", "file")),
    ("bios",): ("Biography", ("name",)),
    ("release", "territories"): ("Territory", ("name",)),
    ("links",): ("Link", ("kind",)),
}
FIELDS = {
    "runtime_minutes": "Runtime",
    "date_text": "Release date",
    "logline": "Logline",
    "tickets": "Ticket link",
    "website": "Website",
    "social_links": "Social links",
    "aspect_ratio": "Aspect ratio",
    "accent_color": "Accent colour",
    "director_statement": "Director's statement",
    "key_art": "Key art",
    "embargo": "Embargo line",
    "short": "Short synopsis",
    "long": "Long synopsis",
}


@dataclass(frozen=True)
class Problem:
    """One broken rule: where it is in the kit and what a publicist should do about it."""

    path: FieldPath
    message: str
    where: str = ""  # a readable location, such as "Contact 1 (Sam Lee)" or "Runtime"

    def __post_init__(self) -> None:
        if not self.where:
            object.__setattr__(self, "where", describe(self.path))

    @property
    def text(self) -> str:
        """The problem as one line: "Contact 1 (Sam Lee): the email has no @."."""
        first_word = self.message.split(" ", 1)[0]
        keep = first_word[1:].lower() != first_word[1:]  # "DCP", "URL" keep their capitals
        message = self.message if keep else self.message[:1].lower() + self.message[1:]
        return f"{self.where}: {message}"


def describe(path: FieldPath, kit: PressKit | None = None) -> str:
    """Where a field is, in the words of the editor's panels (rows counted from 1, named by their item)."""
    for prefix, (noun, naming) in ROWS.items():
        n = len(prefix)
        index = path[n] if len(path) > n else None
        if path[:n] == prefix and isinstance(index, int):
            row = f"{noun} {index + 1}"
            name = _name(kit, path[: n + 1], naming) if kit is not None else ""
            return f"{row} ({name})" if name else row  # the message says which of its fields
    fields = [p for p in path if isinstance(p, str)]
    if path[:1] == ("translations",) and len(path) > 2:
        return f"Translation ({path[1]}) › {_field(str(path[-1])).lower()}"
    return _field(fields[-1]) if fields else "The kit"


def _field(attr: str) -> str:
    return FIELDS.get(attr, attr.replace("_", " ").capitalize())


def _name(kit: PressKit, row: FieldPath, naming: tuple[str, ...]) -> str:
    try:
        item: Any = get_path(kit, row)
    except (LookupError, AttributeError, TypeError):
        return ""
    for attr in naming:
        value = str(getattr(item, attr, "") or "").strip()
        if value:
            return value if len(value) <= 40 else value[:39] + "…"
    return ""


def check(kit: PressKit) -> list[Problem]:
    """Every rule the kit breaks, in document order; empty when it is ready to send."""
    try:
        PressKit.model_validate(kit.model_dump(), context={"strict": True})
    except ValidationError as exc:
        found = [_problem(err, kit) for err in exc.errors()] + _synopsis(kit) + duplicate_images(kit) + _contact(kit)
        order = list(PressKit.model_fields)  # the synopsis's problem among the others, where the kit has it
        return sorted(found, key=lambda p: order.index(p.path[0]) if p.path and p.path[0] in order else len(order))
    return _synopsis(kit) + duplicate_images(kit) + _contact(kit)


def _contact(kit: PressKit) -> list[Problem]:
    """A kit that names its film needs someone a journalist can reach (an email or a phone number)."""
    if not kit.film.title.strip() or any(c.email.strip() or c.phone.strip() for c in kit.contacts):
        return []
    return [Problem(("contacts",), "Add a press contact with an email or a phone number: whom does a journalist call?")]


def _synopsis(kit: PressKit) -> list[Problem]:
    """A long synopsis needs a short one of its own, not its first lines (an article gives one story)."""
    short, long = (" ".join(x.split()) for x in (kit.synopsis.short, kit.synopsis.long))
    path: FieldPath = ("synopsis", "short")
    if long and not short:
        return [Problem(path, "Write a short synopsis of two or three sentences: the article gave only one.")]
    if long and short != long and long.startswith(short.rstrip("…").rstrip()):
        return [Problem(path, "The short synopsis is the start of the long one: tell the story in brief instead.")]
    return []


def duplicate_images(kit: PressKit) -> list[Problem]:
    """The same image file used twice among the key art and the stills: the second use is listed
    (a journalist gets the same picture twice)."""
    seen: dict[str, str] = {}
    found = []
    uses: list[tuple[FieldPath, str, str]] = [(("key_art",), kit.key_art, "the key art")]
    uses += [(("stills", i, "file"), s.file, f"still {i + 1}") for i, s in enumerate(kit.stills)]
    for path, name, what in uses:
        key = os.path.normpath(name.strip()) if name.strip() else ""
        if key and key in seen:
            found.append(Problem(path, f"The same image as {seen[key]}.", describe(path, kit)))
        elif key:
            seen[key] = what
    return found


def _problem(err: ErrorDetails, kit: PressKit) -> Problem:
    message = str(err.get("msg", "Invalid value"))
    message = message.removeprefix("Value error, ")
    path = tuple(err.get("loc", ()))
    return Problem(path, message, describe(path, kit))
