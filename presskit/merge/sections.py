"""Press notes' labelled sections (Synopsis, Director's Statement, Cast, Crew, About the Filmmakers,
Technical Specifications, Contacts) read into the fields they fill, each with its span."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presskit.merge.names import plain
from presskit.merge.section_lists import read_bios, read_cast, read_contacts, read_crew, read_specs
from presskit.merge.vocabulary import heading_fields, vocabulary
from presskit.model import PressKit, Source


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
            read_cast(kit, body, sec.start)
        elif sec.target == "crew":
            read_crew(kit, body, sec.start)
        elif sec.target == "bios":
            read_bios(kit, body, sec.start)
        elif sec.target == "specs":
            read_specs(kit, body, sec.start, filled)
        elif sec.target == "contacts":
            read_contacts(kit, body, sec.start)
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
