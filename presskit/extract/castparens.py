"""Cast from parentheses: "Actor (Character)" in a cast list, "Character (Actor)" in prose, "two sisters
(Jane Roe and Ann Doe)" (actors, their roles only described) and "Margaret Hale (Chastain)" (a surname
in parentheses, resolved). The pattern is tried only around each " (", not from every character."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presskit.extract.castlist import CastList
from presskit.extract.names import CHAR, NOT_IN_NAME, NOT_NAME, person_like
from presskit.extract.result import Found
from presskit.extract.vocab import CALENDAR

if TYPE_CHECKING:
    from presskit.extract.credits import CreditFinder

PAREN_RE = re.compile(r"(\b[\w'’\-]{1,40}(?:\s[A-Z][\w'’\-]{1,40}){0,2})\s\(([^()“”\"]{2,60})\)")


def add_parens(cf: CreditFinder, cast: CastList) -> None:
    """Add every "Actor (Character)" and "Character (Actor)" outside quotations."""
    text, people, index = cf.text, cf.people, cf.index
    add, found = cast.add, cast.found
    for m in _parens(text):
        inside = m.group(2).strip()
        if index.in_quote(m.start()):
            continue
        run = _run_before(text, m.start(2) - 2)  # the capitalised words right before "("
        full = people.resolve(inside) if re.fullmatch(r"[A-Z][\w’'\-]+", inside) else None
        if full and " " in full and run and full != run[0]:  # "Margaret Hale (Chastain)": a surname
            add(Found(full, (m.start(2), m.start(2) + len(inside)), inferred=True), found(run[1], run[1] + len(run[0])))
            continue
        group = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s*&\s*", inside) if p.strip()]
        if len(group) >= 2 and all(person_like(p) for p in group) and (not run or not person_like(run[0])):
            for p in group:  # "two sisters (Jane Roe and Ann Doe)": actors, roles only described
                start = m.start(2) + m.group(2).find(p)
                add(found(start, start + len(p)), None)
            continue
        named_inside = person_like(inside) and " " in inside
        role_inside = (
            len(inside.split()) <= 4
            and not re.search(r"\d|[,;]", inside)
            and inside[:1].isupper()
            and all(w[:1].isupper() or w == "of" for w in inside.split())
        )
        if run and person_like(run[0]) and role_inside and (not named_inside or _listed(text, run[1])):
            add(found(run[1], run[1] + len(run[0])), found(m.start(2), m.start(2) + len(inside)))  # Actor (Role)
        elif named_inside:
            if run and (len(run[0].split()) > 3 or any(w in NOT_IN_NAME for w in run[0].split())):
                continue  # "Some Film Festival (Special Presentations)": an institution, not a role
            role = found(run[1], run[1] + len(run[0])) if run else None  # "his therapist (Jane Roe)": none
            add(found(m.start(2), m.start(2) + len(inside)), role)  # Role (Actor)


PAREN_BACK, PAREN_AHEAD = 124, 64  # PAREN_RE's words before " (" and what follows it, at their longest


def _parens(text: str) -> list[re.Match[str]]:
    """PAREN_RE.finditer(text), tried only around each " (": a match holds exactly one (its words and
    its inside hold no parenthesis) and ends with its ")", so a match starting at or before a " (" is
    that one's, found by a search from PAREN_BACK characters before it to the furthest its ")" can
    lie, not by trying the pattern from every character of the text."""
    out: list[re.Match[str]] = []
    done = 0  # where the last match ended: finditer goes on from there
    for at in _opening_parens(text):
        if at < done:
            continue
        m = PAREN_RE.search(text, max(done, at - PAREN_BACK), at + PAREN_AHEAD)
        if m and m.start() <= at:
            out.append(m)
            done = m.end()
    return out


def _opening_parens(text: str) -> list[int]:
    """Where a white space then "(" starts (white space as str.isspace reads it, and a pattern's \\s)."""
    out = []
    i = text.find("(", 1)
    while i >= 0:
        if text[i - 1].isspace():
            out.append(i - 1)
        i = text.find("(", i + 1)
    return out


RUN_STOP = NOT_NAME - CALENDAR  # before a parenthesis, "June (Jane Roe)" is a character called June


def _run_before(text: str, end: int) -> tuple[str, int] | None:
    """The run of capitalised words ending at end (exclusive), with its start."""
    m = re.search(rf"({CHAR})$", text[max(0, end - 80) : end])
    if not m:
        return None
    words = m.group(1).split()
    while words and (words[0] in RUN_STOP or words[0] in ("the",)):
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    return name, end - len(name)


def _listed(text: str, start: int) -> bool:
    """Is the name at start part of a cast list ("stars A (X), B (Y)", "with A (X)")?"""
    before = text[max(0, start - 60) : start]
    return bool(re.search(r"(?:\bstars?|\bstarring|\bfeatures?|\bincludes?|\bwith|\band|,|:)\s*$", before))
