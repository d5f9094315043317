"""The lists and tables inside press-note sections — cast, credits, biographies, technical
specifications, contacts — read line by line, each value with its span. A list ends at the first line
that is not one of its entries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presskit.durations import parse_minutes
from presskit.extract.contacts import find_contacts
from presskit.extract.departments import department_of
from presskit.extract.names import capital_runs, person_like
from presskit.extract.result import CastFound, ContactFound, CrewFound, Found
from presskit.extract.vocab import CREDIT_LABELS, HEADING_WORDS, SPEC_FIELDS
from presskit.matching import PersonIndex, plain

CAST_SPLIT = re.compile(r"\s+(?:as|…+|\.{2,}|–|—|-)\s+|\t+| {2,}")
LABEL = re.compile(r"^\s*([A-Za-z][\w'’ &/-]{1,40}?)\s*:\s*(.+)$")
LISTS = {"director": "directors", "writer": "writers", "producer": "producers"}  # credits with a list of their own
FOLDED_SPECS = {plain(label): target for label, target in SPEC_FIELDS.items()}


@dataclass
class BioFound:
    """A biography: the person's name and the paragraph about them."""

    name: Found
    text: Found


def lines(body: str, offset: int) -> list[tuple[int, str]]:
    """The body's non-blank lines, stripped, each with the offset of its first character."""
    out, pos = [], offset
    for line in body.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out


def _at(value: str, start: int, line: str, after: int = 0) -> Found:
    at = start + line.find(value, after)
    return Found(value, (at, at + len(value)))


def read_cast(body: str, offset: int) -> list[CastFound]:
    """Actors, one to a line, alone or with their character; each actor once."""
    out: list[CastFound] = []
    listed = PersonIndex()
    with_roles: bool | None = None  # a list of "Actor – Character" lines or of names alone, not both
    for start, line in lines(body, offset):
        parts = [p.strip() for p in CAST_SPLIT.split(line, maxsplit=1)]
        actor = parts[0]
        with_roles = len(parts) > 1 if with_roles is None else with_roles
        if (
            not person_like(actor)
            or ":" in line
            or (len(parts) > 1) != with_roles
            or len(actor.split()) > 4
            or HEADING_WORDS & set(plain(actor).split())
        ):
            break  # the list has ended ("Produced by", "Product Specifications")
        if listed.knows(actor):
            continue
        listed.add(actor)
        character = _at(parts[1], start, line, len(actor)) if len(parts) > 1 and parts[1] else None
        out.append(CastFound(_at(actor, start, line), character))
    return out


def read_credits(body: str, offset: int) -> tuple[dict[str, list[Found]], list[CrewFound]]:
    """Credits as 'Role: Name, Name' lines: directors, writers and producers to their lists, the rest to
    the crew with the job as the vocabulary names it ("Music" -> composer)."""
    named: dict[str, list[Found]] = {}
    crew: list[CrewFound] = []
    listed: dict[str, PersonIndex] = {}  # "directors", …, "crew" -> who is in it
    for start, line in lines(body, offset):
        m = LABEL.match(line)
        if not m:
            break  # the credits block has ended
        label = " ".join(m.group(1).lower().split())
        role = CREDIT_LABELS.get(label, label)
        for name in re.split(r",\s*|\s+(?:and|&)\s+", m.group(2)):
            name = name.strip().rstrip(".")
            if not person_like(name):
                continue
            found = _at(name, start, line)
            key = LISTS.get(role, "crew")
            if listed.setdefault(key, PersonIndex()).knows(name):
                continue
            listed[key].add(name)
            if key == "crew":
                crew.append(CrewFound(found, role, department_of(role)))
            else:
                named.setdefault(key, []).append(found)
    return named, crew


def read_bios(body: str, offset: int) -> list[BioFound]:
    """Biographies: a paragraph under a name, or one that starts with the name."""
    out: list[BioFound] = []
    pending: Found | None = None
    for start, para in lines(body, offset):
        runs = capital_runs(para)
        lead = runs[0].text if runs and para.startswith(runs[0].text) else ""
        if person_like(para) and len(para.split()) <= 4:  # a name on its own line, its story below
            pending = Found(para, (start, start + len(para)))
            continue
        name = pending or (Found(lead, (start, start + len(lead))) if person_like(lead) else None)
        pending = None
        if name and len(para.split()) >= 12:
            out.append(BioFound(name, Found(para, (start, start + len(para)))))
    return out


def read_specs(body: str, offset: int) -> dict[str, Found]:
    """Technical specifications as 'Label: value' lines: the film field each fills -> its value as
    written (a running time that gives no minutes, a year that is no year, left out)."""
    out: dict[str, Found] = {}
    for start, line in lines(body, offset):
        m = LABEL.match(line)
        if not m:
            break  # the specifications have ended
        target = FOLDED_SPECS.get(plain(m.group(1)))
        value = m.group(2).strip()
        if (
            not target
            or (target == "runtime_minutes" and parse_minutes(re.sub(r"\s*\(.*\)$", "", value)) is None)
            or (target == "year" and not re.fullmatch(r"\d{4}", value))
        ):
            continue
        at = start + m.start(2)
        out[target] = Found(value, (at, at + len(value)))
    return out


def read_contacts(body: str, offset: int) -> list[ContactFound]:
    """The section's contacts, each with its line's label as role ("Publicity: …"), each address once."""
    out: list[ContactFound] = []
    seen: set[str] = set()
    for start, line in lines(body, offset):
        label = LABEL.match(line)
        for found in find_contacts(line):
            if found.email.value in seen:
                continue
            seen.add(found.email.value)
            found = _shifted(found, start)
            if label and plain(label.group(1)) != plain(found.name.value if found.name else ""):
                role = label.group(1).strip()
                found.role = Found(role, (start + label.start(1), start + label.start(1) + len(role)))
            out.append(found)
    return out


def _shifted(found: ContactFound, by: int) -> ContactFound:
    """A contact read from one line, its spans moved to the line's place in the text."""

    def move(f: Found) -> Found:
        return Found(f.value, (f.span[0] + by, f.span[1] + by)) if f.span else f

    return ContactFound(move(found.email), found.name and move(found.name), found.phone and move(found.phone))
