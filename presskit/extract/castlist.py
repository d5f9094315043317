"""The cast being gathered: each actor once, in the order first credited, with the character the first
credit that names one gives; a value read at a span (a surname resolved to the full name the article
gave earlier, when asked); and the checks every cast cue makes — the leading words that are no part of
a name ("Actress Jane Roe"), and whether a credit lies in "Other Film, starring …" (another film's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presskit.extract.names import NOT_NAME, person_like
from presskit.extract.result import CastFound, Found

if TYPE_CHECKING:
    from presskit.extract.credits import CreditFinder


class CastList:
    """The cast credits found so far in one article, actors of other films left out by the cues."""

    def __init__(self, cf: CreditFinder) -> None:
        self.text, self.people = cf.text, cf.people
        self.out: list[CastFound] = []
        self.by_actor: dict[str, CastFound] = {}  # each actor's entry in out

    def add(self, actor: Found, char: Found | None) -> None:
        if not person_like(actor.value):
            return
        c = self.by_actor.get(actor.value)
        if c is None:
            self.out.append(self.by_actor.setdefault(actor.value, CastFound(actor, char)))
        elif c.character is None and char is not None:
            c.character = char

    def found(self, s: int, e: int, resolve: bool = False) -> Found:
        v = self.text[s:e]
        full = self.people.canonical(v, s) if resolve else v
        return Found(full, (s, e), inferred=full != v)


def other_film(text: str, pos: int, title: str | None) -> bool:
    """Is pos in "Other Film, starring …" (another film's cast)? "directed by X, starring" is ours."""
    before = text[max(0, pos - 160) : pos]
    if "star" not in before:
        return False
    m = re.search(
        r"([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)*)[’'”\"]?(?:,|\s[-–—]|\s\()\s*(?:starring|which\s+(?:also\s+)?stars)\b[^.;]*$",
        before,
    )
    if m is None:
        return False
    return m.group(1).strip("’'") != title and not re.search(r"\bby\s+$", before[: m.start()])


def strip_lead(name: str, start: int) -> tuple[int, int] | None:
    words = name.split()
    skip = 0
    while words and words[0] in NOT_NAME:
        skip += len(words.pop(0)) + 1
    if len(words) < 2:
        return None
    return start + skip, start + len(name)
