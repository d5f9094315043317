"""Press notes' labelled sections (Synopsis, Director's Statement, Cast, Crew, About the Filmmakers,
Technical Specifications, Contacts): each heading standing on a line of its own, and what its body
holds, every value with its span in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presskit.extract.notes_lists import BioFound, read_bios, read_cast, read_contacts, read_credits, read_specs
from presskit.extract.result import CastFound, ContactFound, CrewFound, Found
from presskit.extract.vocab import SECTION_HEADINGS, SECTIONS, TITLE_SUFFIXES
from presskit.matching import plain

TEXTS = ("synopsis.long", "synopsis.short", "film.logline", "director_statement", "production_notes")
HEADINGS = {plain(h): None for h in SECTION_HEADINGS} | {plain(h): t for t, hs in SECTIONS.items() for h in hs}
SUFFIX = re.compile(rf"(?i)\s*[—–:|·-]?\s*\b(?:{'|'.join(re.escape(s) for s in TITLE_SUFFIXES)})\s*$")


@dataclass
class Section:
    """A heading's body: what it fills (None: nothing, as "Awards"), and the span of its text."""

    target: str | None
    start: int
    end: int


@dataclass
class NotesFound:
    """What the labelled sections hold (the first section of each kind is read)."""

    texts: dict[str, Found] = field(default_factory=dict)  # a field in TEXTS -> the section's body
    cast: list[CastFound] = field(default_factory=list)
    credits: dict[str, list[Found]] = field(default_factory=dict)  # "directors", "writers", "producers"
    crew: list[CrewFound] = field(default_factory=list)
    bios: list[BioFound] = field(default_factory=list)
    specs: dict[str, Found] = field(default_factory=dict)  # a film field ("runtime_minutes") -> as written
    contacts: list[ContactFound] = field(default_factory=list)

    def explicit(self) -> set[str]:
        """The kit fields a section sets outright: a disagreement with the kit is a conflict, not one
        more article's guess."""
        return set(self.texts) | {f"film.{name}" for name in self.specs}

    def values(self) -> list[tuple[str, Found | None]]:
        """Every value found, named as the kit names its field (for ``presskit extract --sources``)."""
        out: list[tuple[str, Found | None]] = list(self.texts.items())
        out += [(f"film.{name}", found) for name, found in self.specs.items()]
        for c in self.cast:
            out += [("cast.actor", c.actor), ("cast.character", c.character)]
        out += [(f"credits.{key}", found) for key, names in self.credits.items() for found in names]
        out += [("crew", c.name) for c in self.crew]
        for b in self.bios:
            out += [("bios.name", b.name), ("bios.text", b.text)]
        return out


def bare_title(title: Found | None) -> Found | None:
    """A film's title without what the document calls itself ("Godzilla vs. Kong — Press Notes")."""
    if title is None:
        return None
    cut = SUFFIX.sub("", title.value)
    value = cut.strip()
    if not value or cut == title.value:  # no suffix: the title as found
        return title
    span = (title.span[0], title.span[0] + len(value)) if title.span and title.value.startswith(value) else None
    return Found(value, span, title.inferred or span is None)


def with_section_contacts(loose: list[ContactFound], section: list[ContactFound]) -> list[ContactFound]:
    """The contacts found anywhere, those of a Contacts section replaced by the section's own (with
    their labels as roles) at the end."""
    listed = {c.email.value for c in section}
    return [c for c in loose if c.email.value not in listed] + section


def find_sections(text: str) -> list[Section]:
    """Each known heading standing on a line of its own, with the text down to the next one."""
    heads: list[tuple[int, int, str | None]] = []  # (heading start, body start, target)
    pos = 0
    for line in text.split("\n"):
        key = plain(line.strip().rstrip(":"))
        if key in HEADINGS and len(line) < 60:
            heads.append((pos, pos + len(line) + 1, HEADINGS[key]))
        pos += len(line) + 1
    out = []
    for k, (_, body, target) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        while end > body and text[end - 1].isspace():
            end -= 1
        if end > body:
            out.append(Section(target, body, end))
    return out


def read_notes(text: str) -> NotesFound:
    """The labelled sections of a text, the first of each kind."""
    out = NotesFound()
    seen: set[str] = set()
    for sec in find_sections(text):
        if sec.target is None or sec.target in seen:
            continue
        seen.add(sec.target)
        body = text[sec.start : sec.end]
        if sec.target in TEXTS:
            out.texts[sec.target] = Found(body, (sec.start, sec.end))
        elif sec.target == "cast":
            out.cast = read_cast(body, sec.start)
        elif sec.target == "crew":
            out.credits, out.crew = read_credits(body, sec.start)
        elif sec.target == "bios":
            out.bios = read_bios(body, sec.start)
        elif sec.target == "specs":
            out.specs = read_specs(body, sec.start)
        elif sec.target == "contacts":
            out.contacts = read_contacts(body, sec.start)
    return out
