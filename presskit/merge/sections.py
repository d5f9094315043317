"""Press notes' labelled sections (Synopsis, Director's Statement, Cast, Crew, About the Filmmakers,
Technical Specifications, Contacts) read into the fields they fill, each with its span."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presskit.durations import parse_minutes
from presskit.extract.names import capital_runs, person_like
from presskit.importer import DEPARTMENTS, contacts_in
from presskit.merge.names import find_person, plain
from presskit.merge.vocabulary import heading_fields, spec_fields, vocabulary
from presskit.model import Bio, CastMember, CrewMember, PressKit, Source

CAST_SPLIT = re.compile(r"\s+(?:as|…+|\.{2,}|–|—|-)\s+|\t+| {2,}")
LABEL = re.compile(r"^\s*([A-Za-z][\w'’ &/-]{1,40}?)\s*:\s*(.+)$")


@dataclass
class Section:
    """A heading's body: what it fills, and the span of its text."""

    target: str
    start: int
    end: int


def bare_title(title: str) -> str:
    """A film's title without what the document calls itself ("Godzilla vs. Kong — Press Notes")."""
    suffixes = "|".join(re.escape(s) for s in vocabulary()["title_suffixes"])
    return re.sub(rf"(?i)\s*[—–:|·-]?\s*\b(?:{suffixes})\s*$", "", title).strip() or title


def find_sections(text: str) -> list[Section]:
    """Each known heading standing on a line of its own, with the text down to the next one."""
    heads: list[tuple[int, int, str]] = []  # (heading start, body start, target)
    pos = 0
    fields = heading_fields()
    for line in text.split("\n"):
        key = plain(line.strip().rstrip(":"))
        if key in fields and len(line) < 60:
            heads.append((pos, pos + len(line) + 1, fields[key]))
        pos += len(line) + 1
    out = []
    for k, (_, body, target) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        while end > body and text[end - 1].isspace():
            end -= 1
        if end > body:
            out.append(Section(target, body, end))
    return out


def fill_from_sections(kit: PressKit, text: str) -> set[str]:
    """Fill a candidate kit from the text's labelled sections (the first of each kind); returns the
    fields that a section set, which may then disagree with the kit (a conflict) rather than be
    ignored as one more article's guess."""
    filled: set[str] = set()
    seen: set[str] = set()
    for sec in find_sections(text):
        if sec.target in seen:
            continue
        seen.add(sec.target)
        body = text[sec.start : sec.end]
        if sec.target in ("synopsis.long", "synopsis.short", "film.logline", "director_statement", "production_notes"):
            _set(kit, sec.target, " ".join(body.split()), sec, filled)
        elif sec.target == "cast":
            _cast(kit, body, sec.start)
        elif sec.target == "crew":
            _crew(kit, body, sec.start)
        elif sec.target == "bios":
            _bios(kit, body, sec.start)
        elif sec.target == "specs":
            _specs(kit, body, sec.start, filled)
        elif sec.target == "contacts":
            _contacts(kit, body, sec.start)
    return filled


def _set(kit: PressKit, target: str, value: str, sec: Section, filled: set[str]) -> None:
    obj = kit
    *parents, last = target.split(".")
    for p in parents:
        obj = getattr(obj, p)
    setattr(obj, last, value)
    kit.sources = [s for s in kit.sources if s.field != target]
    kit.sources.append(Source(field=target, start=sec.start, end=sec.end))
    filled.add(target)


def _lines(body: str, offset: int) -> list[tuple[int, str]]:
    out, pos = [], offset
    for line in body.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out


def _cast(kit: PressKit, body: str, offset: int) -> None:
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


def _crew(kit: PressKit, body: str, offset: int) -> None:
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
                kit.credits.crew.append(CrewMember(name=name, role=role, department=DEPARTMENTS.get(role, "")))
                row = len(kit.credits.crew) - 1
                kit.sources.append(Source(field=f"credits.crew.{row}.name", start=at, end=at + len(name)))


def _bios(kit: PressKit, body: str, offset: int) -> None:
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


def _specs(kit: PressKit, body: str, offset: int, filled: set[str]) -> None:
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


def _contacts(kit: PressKit, body: str, offset: int) -> None:
    """The section's contacts, each with its label as role ("Publicity: …") and its line as source;
    they replace the same addresses found loose in the text."""
    here = {c.email for c in contacts_in(body)}
    kit.contacts = [c for c in kit.contacts if c.email not in here]
    known = {c.email for c in kit.contacts}
    for start, line in _lines(body, offset):
        for contact in contacts_in(line):
            label = LABEL.match(line)
            if contact.email in known:
                continue
            if label and not contact.role and plain(label.group(1)) != plain(contact.name):
                contact.role = label.group(1).strip()
            known.add(contact.email)
            kit.contacts.append(contact)
            kit.sources.append(Source(field=f"contacts.{len(kit.contacts) - 1}", start=start, end=start + len(line)))
