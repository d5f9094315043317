"""The lists and tables inside press-note sections — cast, credits, biographies, technical
specifications, contacts — read line by line into the kit, each value with its span. A list ends at
the first line that is not one of its entries."""

from __future__ import annotations

import re

from presskit.durations import parse_minutes
from presskit.extract.contacts import find_contacts
from presskit.extract.departments import department_of
from presskit.extract.names import capital_runs, person_like
from presskit.extract.result import ContactFound
from presskit.merge.names import find_person, plain
from presskit.merge.vocabulary import spec_fields, vocabulary
from presskit.model import Bio, CastMember, Contact, CrewMember, PressKit, Source

CAST_SPLIT = re.compile(r"\s+(?:as|…+|\.{2,}|–|—|-)\s+|\t+| {2,}")
LABEL = re.compile(r"^\s*([A-Za-z][\w'’ &/-]{1,40}?)\s*:\s*(.+)$")


def _lines(body: str, offset: int) -> list[tuple[int, str]]:
    out, pos = [], offset
    for line in body.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out


def read_cast(kit: PressKit, body: str, offset: int) -> None:
    """Actors, one to a line, alone or with their character."""
    actors = [c.actor for c in kit.credits.cast]
    not_names = set(vocabulary()["not_name_words"])
    with_roles: bool | None = None  # a list of "Actor – Character" lines or of names alone, not both
    for start, line in _lines(body, offset):
        parts = [p.strip() for p in CAST_SPLIT.split(line, maxsplit=1)]
        actor = parts[0]
        with_roles = len(parts) > 1 if with_roles is None else with_roles
        if (
            not person_like(actor)
            or ":" in line
            or (len(parts) > 1) != with_roles
            or len(actor.split()) > 4
            or not_names & set(plain(actor).split())
        ):
            break  # the list has ended ("Produced by", "Product Specifications")
        if find_person(actor, actors) is not None:
            continue
        character = parts[1] if len(parts) > 1 else ""
        actors.append(actor)
        kit.credits.cast.append(CastMember(actor=actor, character=character))
        row = len(kit.credits.cast) - 1
        kit.sources.append(Source(field=f"credits.cast.{row}.actor", start=start, end=start + len(actor)))


def read_crew(kit: PressKit, body: str, offset: int) -> None:
    """Credits as 'Role: Name, Name' lines: directors, writers and producers to their lists, the rest to the crew."""
    roles = vocabulary()["roles"]
    for start, line in _lines(body, offset):
        m = LABEL.match(line)
        if not m:
            break  # the credits block has ended
        role = " ".join(m.group(1).lower().split())
        for name in re.split(r",\s*|\s+(?:and|&)\s+", m.group(2)):
            name = name.strip().rstrip(".")
            if not person_like(name):
                continue
            at = start + line.find(name)
            key = roles.get(role)
            if key:
                names = getattr(kit.credits, key)
                if find_person(name, names) is None:
                    names.append(name)
                    kit.sources.append(Source(field=f"credits.{key}.{len(names) - 1}", start=at, end=at + len(name)))
            elif find_person(name, [c.name for c in kit.credits.crew]) is None:
                kit.credits.crew.append(CrewMember(name=name, role=role, department=department_of(role)))
                row = len(kit.credits.crew) - 1
                kit.sources.append(Source(field=f"credits.crew.{row}.name", start=at, end=at + len(name)))


def read_bios(kit: PressKit, body: str, offset: int) -> None:
    """Biographies: a paragraph under a name, or one that starts with the name."""
    pending = ""
    for start, para in _lines(body, offset):
        runs = capital_runs(para)
        lead = runs[0].text if runs and para.startswith(runs[0].text) else ""
        if person_like(para) and len(para.split()) <= 4:  # a name on its own line, its story below
            pending = para
            continue
        name = pending or (lead if person_like(lead) else "")
        pending = ""
        if name and len(para.split()) >= 12:
            kit.bios.append(Bio(name=name, text=para))
            kit.sources.append(Source(field=f"bios.{len(kit.bios) - 1}.text", start=start, end=start + len(para)))


def read_specs(kit: PressKit, body: str, offset: int, filled: set[str]) -> None:
    """Technical specifications as 'Label: value' lines into the film's facts."""
    specs = spec_fields()
    for start, line in _lines(body, offset):
        m = LABEL.match(line)
        if not m:
            break  # the specifications have ended
        target = specs.get(plain(m.group(1)))
        if not target:
            continue
        value = m.group(2).strip()
        if target == "runtime_minutes":
            minutes = parse_minutes(re.sub(r"\s*\(.*\)$", "", value))
            if minutes is None:
                continue
            kit.film.runtime_minutes = minutes
        elif target == "year":
            year = re.fullmatch(r"\d{4}", value)
            if not year:
                continue
            kit.film.year = int(value)
        else:
            setattr(kit.film, target, value)
        at = start + m.start(2)
        kit.sources.append(Source(field=f"film.{target}", start=at, end=at + len(value)))
        filled.add(f"film.{target}")
        kit.credits.crew = [c for c in kit.credits.crew if c.name != value]  # "Sound: Dolby Atmos" is no person


def read_contacts(kit: PressKit, body: str, offset: int) -> None:
    """The section's contacts, each with its label as role ("Publicity: …") and the spans of its name,
    address and phone; they replace the same addresses found loose in the text."""
    here = {c.email.value for c in find_contacts(body)}
    kept = [i for i, c in enumerate(kit.contacts) if c.email not in here]
    _renumber_contacts(kit, kept)
    known = {c.email for c in kit.contacts}
    for start, line in _lines(body, offset):
        for found in find_contacts(line):
            contact = _contact(found)
            label = LABEL.match(line)
            if contact.email in known:
                continue
            if label and plain(label.group(1)) != plain(contact.name):
                contact.role = label.group(1).strip()
            known.add(contact.email)
            kit.contacts.append(contact)
            row = len(kit.contacts) - 1
            for part in ("name", "email", "phone"):
                f = getattr(found, part)
                if f is not None and f.span is not None:
                    field = f"contacts.{row}.{part}"
                    kit.sources.append(Source(field=field, start=start + f.span[0], end=start + f.span[1]))


def _contact(found: ContactFound) -> Contact:
    return Contact(
        name=found.name.value if found.name else "",
        email=found.email.value,
        phone=found.phone.value if found.phone else "",
    )


def _renumber_contacts(kit: PressKit, kept: list[int]) -> None:
    """Keep only these contact rows, their sources following them to their new row numbers."""
    new_row = {old: new for new, old in enumerate(kept)}
    sources = []
    for s in kit.sources:
        parts = s.field.split(".")
        if parts[0] == "contacts" and len(parts) > 1 and parts[1].isdigit():
            if int(parts[1]) not in new_row:
                continue
            s = s.model_copy(update={"field": ".".join(["contacts", str(new_row[int(parts[1])]), *parts[2:]])})
        sources.append(s)
    kit.sources = sources
    kit.contacts = [kit.contacts[i] for i in kept]
